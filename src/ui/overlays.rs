//! The layers draw themselves (`app/layers/`); what the round's view (`ui/vote.rs`) still takes
//! from here: the popup frame and the editor's drawing for its dissent note.

pub(super) use crate::app::draw_editor;
pub(super) use crate::widgets::frame::popup;
