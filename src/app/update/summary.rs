//! The overview of the assessment so far.

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Screen};

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let view = &mut app.cards;
    match action {
        Action::Back => app.screen = Screen::Cards,
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            view.summary_scroll = nav::scroll(view.summary_scroll, action, u16::MAX);
        }
        Action::NextCard | Action::PreviousCard => {
            app.screen = Screen::Cards;
            return super::cards::action(app, action);
        }
        Action::Actions => return super::actions::open_list(app, None),
        _ => {}
    }
    Vec::new()
}
