//! The search overlay: type to search the deck, Enter opens the hit.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Edit, Overlay, Pane, Screen, Scroll, Seek};
use crate::deck::search;

pub(crate) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let hits = match app.overlay() {
        Some(Overlay::Search(st)) => search(&app.deck, st.query.text()),
        _ => return Vec::new(),
    };
    match action {
        Some(Action::Back) => return app.close_overlay(),
        Some(Action::Open) => {
            let Some(Overlay::Search(st)) = app.overlay() else {
                return Vec::new();
            };
            let (selected, query) = (st.selected, st.query.text().to_string());
            if let Some(hit) = hits.get(selected) {
                // Which of this part's matching lines it is, so the view finds the right one.
                let nth = hits[..selected]
                    .iter()
                    .filter(|h| {
                        h.guideline == hit.guideline
                            && h.field == hit.field
                            && h.anvisning == hit.anvisning
                    })
                    .count();
                let seek = Seek {
                    needle: query.trim().to_string(),
                    field: hit.field,
                    nth,
                };
                land(app, &hit.guideline, hit.anvisning.as_deref(), seek);
            }
            return app.close_overlay();
        }
        _ => {}
    }
    let Some(Overlay::Search(st)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match (action, key.code) {
        (Some(action @ (Action::Up | Action::Down)), KeyCode::Up | KeyCode::Down) => {
            st.selected = nav::step(st.selected, action, hits.len(), 1);
        }
        _ => {
            let edit = st.query.key(&key);
            if edit == Edit::Changed {
                st.selected = 0;
            }
            app.edited(edit);
        }
    }
    Vec::new()
}

/// Opens the card of a hit at the hit: the anvisning selected, the question selected, or the
/// card text scrolled to the line; the match is marked until the card changes.
fn land(app: &mut App, guideline: &str, anvisning: Option<&str>, seek: Seek) {
    let chosen = app.chosen();
    let Some(card) = chosen.iter().position(|g| g.id == guideline) else {
        return;
    };
    let found = |text: &str| text.to_lowercase().contains(&seek.needle.to_lowercase());
    let anvisning =
        anvisning.and_then(|id| chosen[card].anvisninger.iter().position(|a| a.id == id));
    let question = chosen[card]
        .questions
        .iter()
        .filter(|q| found(&q.text))
        .nth(seek.nth);
    let question = question.and_then(|q| chosen[card].questions.iter().position(|x| x == q));
    let field = seek.field;
    app.screen = Screen::Cards;
    app.goto_card(card);
    app.cards.seek = Some(seek);
    app.cards.text = Scroll::default();
    match (anvisning, field) {
        (Some(i), _) => {
            app.cards.pane = Pane::Anvisninger;
            app.cards.anvisning = i;
            app.cards.anvisninger = Scroll::default();
        }
        (None, "Spørgsmål") => {
            app.cards.pane = Pane::Questions;
            app.cards.question = question.unwrap_or(0);
            app.cards.questions = Scroll::default();
        }
        _ => app.cards.pane = Pane::Text,
    }
}
