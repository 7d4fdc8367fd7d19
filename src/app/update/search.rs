//! The search overlay: type to search the deck, Enter opens the hit.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Overlay, Pane, Screen};
use crate::deck::search;

pub(super) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let hits = match &app.overlay {
        Some(Overlay::Search(st)) => search(&app.deck, &st.query),
        _ => return Vec::new(),
    };
    match action {
        Some(Action::Back) => return app.close_overlay(),
        Some(Action::Open) => {
            let Some(Overlay::Search(st)) = &app.overlay else {
                return Vec::new();
            };
            if let Some(hit) = hits.get(st.selected) {
                let chosen = app.chosen();
                if let Some(card) = chosen.iter().position(|g| g.id == hit.guideline) {
                    let anvisning = hit
                        .anvisning
                        .as_ref()
                        .and_then(|id| chosen[card].anvisninger.iter().position(|a| &a.id == id));
                    app.cards.card = card;
                    app.cards.scroll = 0;
                    app.cards.question = 0;
                    app.cards.anvisning = anvisning.unwrap_or(0);
                    if anvisning.is_some() {
                        app.cards.pane = Pane::Anvisninger;
                    }
                    app.screen = Screen::Cards;
                }
            }
            return app.close_overlay();
        }
        _ => {}
    }
    let Some(Overlay::Search(st)) = &mut app.overlay else {
        return Vec::new();
    };
    match (action, key.code) {
        (Some(action @ (Action::Up | Action::Down)), KeyCode::Up | KeyCode::Down) => {
            st.selected = nav::step(st.selected, action, hits.len(), 1);
        }
        (_, KeyCode::Backspace) => {
            st.query.pop();
            st.selected = 0;
        }
        (_, KeyCode::Char(c)) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            st.query.push(c);
            st.selected = 0;
        }
        _ => {}
    }
    Vec::new()
}
