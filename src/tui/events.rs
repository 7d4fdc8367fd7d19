//! The one place where terminal events become messages.

use ratatui::crossterm::event::{Event, KeyEventKind};

use crate::app::Msg;

/// Key presses (not releases or repeats from terminals that report them) and pastes. A resize
/// needs no message: the next frame is drawn at the new size.
pub fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        _ => None,
    }
}
