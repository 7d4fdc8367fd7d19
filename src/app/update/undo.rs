//! `z` and `Z`: undo and redo on the open assessment. Each is saved like any other change.

use super::super::App;
use super::super::keymap::Action;
use super::super::msg::Effect;
use crate::strings as s;
use crate::text::clean_line;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        return Vec::new();
    };
    let (done, word, nothing) = match action {
        Action::Redo => (session.redo(&app.today), s::REDONE, s::NOTHING_TO_REDO),
        _ => (session.undo(&app.today), s::UNDONE, s::NOTHING_TO_UNDO),
    };
    let Some(what) = done else {
        app.set_status(nothing);
        return Vec::new();
    };
    app.set_status(format!("{word} {}", clean_line(&what)));
    // Undoing an added card can leave the view past the end of the list.
    let cards = app.chosen().len();
    if app.cards.card >= cards {
        app.cards.card = cards.saturating_sub(1);
        app.cards.anvisning = 0;
        app.cards.question = 0;
    }
    vec![Effect::Save]
}
