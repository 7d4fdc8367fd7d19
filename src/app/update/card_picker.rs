//! Adding a card to an open assessment, or taking one out. A card with answers is only taken
//! out once the team has said yes; until then every answer stays in the file.

use super::super::card_picker::{drop_answers, recorded, with_card};
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, CardPicker, CardView, Confirm, Overlay, Pending};
use crate::strings as s;

pub(super) fn open(app: &mut App) -> Vec<Effect> {
    if app.session.is_none() {
        return Vec::new();
    }
    // Start on the card being looked at.
    let current = app.current_card().map(|g| g.id.clone());
    let cursor = app
        .deck
        .guidelines
        .iter()
        .position(|g| Some(&g.id) == current.as_ref())
        .unwrap_or(0);
    app.push(Overlay::Cards(CardPicker { cursor }));
    Vec::new()
}

pub(crate) fn key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let n = app.deck.guidelines.len();
    let Some(Overlay::Cards(picker)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::Back) => app.close_overlay(),
        Some(Action::Up | Action::Down | Action::PageUp | Action::PageDown) => {
            picker.cursor = nav::step(picker.cursor, action.unwrap_or(Action::Down), n, 5);
            Vec::new()
        }
        Some(Action::Toggle) => {
            let cursor = picker.cursor;
            toggle(app, cursor)
        }
        _ => Vec::new(),
    }
}

fn toggle(app: &mut App, cursor: usize) -> Vec<Effect> {
    let (Some(g), Some(session)) = (app.deck.guidelines.get(cursor), &app.session) else {
        return Vec::new();
    };
    let a = &session.assessment;
    let id = g.id.clone();
    let chosen = a.chosen(&app.deck).iter().any(|x| x.id == id);
    if !chosen {
        return set(app, &id, true);
    }
    if a.chosen(&app.deck).len() == 1 {
        app.set_error(s::CARD_LAST);
        return Vec::new();
    }
    let (answers, actions) = recorded(a, g);
    if answers + actions == 0 {
        return set(app, &id, false);
    }
    app.push(Overlay::Confirm(Confirm {
        question: format!(
            "{} {id} ({}) {}?",
            s::CARD_REMOVE_ASK,
            s::recorded(answers, actions),
            s::CARD_REMOVE_ASK_TAIL
        ),
        pending: Pending::RemoveCard(id),
    }));
    Vec::new()
}

/// Puts card `id` in (`on`) or takes it out with what was recorded on it, as one change; the
/// card screen stays on the card it showed when that card is still there.
pub(super) fn set(app: &mut App, id: &str, on: bool) -> Vec<Effect> {
    let Some(g) = app.deck.guideline(id).cloned() else {
        return Vec::new();
    };
    let showing = app.current_card().map(|g| g.id.clone());
    let deck = &app.deck;
    let cards = app
        .session
        .as_ref()
        .map(|s| with_card(&s.assessment, deck, id, on))
        .unwrap_or_default();
    let effects = app.commit_change(|a| {
        a.cards = cards;
        if !on {
            drop_answers(a, &g);
        }
    });
    let chosen = app.chosen();
    match chosen.iter().position(|g| Some(&g.id) == showing.as_ref()) {
        Some(i) if i != app.cards.card => {
            app.cards.card = i;
        }
        Some(_) => {}
        None => {
            let card = app.cards.card.min(chosen.len().saturating_sub(1));
            app.cards = CardView {
                card,
                pane: app.cards.pane,
                ..CardView::default()
            };
        }
    }
    let word = if on { s::CARD_ADDED } else { s::CARD_REMOVED };
    app.set_status(format!("{word} {id}"));
    effects
}
