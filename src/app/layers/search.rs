//! `/`: search the deck. Type to search (hits ranked, as `deck::search` finds them), ↑↓ pick a
//! hit, Enter lands on it: the card opened at the anvisning, the question, or the line.

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, ListState, Paragraph};

use super::super::keymap::{Action, Binding, Context::Search as Here, Key, b};
use super::super::limit::MAX_LINE_CHARS;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Edit, LineInput, Pane, Screen, Scroll, Seek};
use super::Overlay;
use crate::deck::search;
use crate::strings as s;
use crate::widgets::frame::{centered, marked_list, popup};
use crate::widgets::measure::{truncate_cells, width};
use crate::widgets::theme;

/// Enter lands on the hit; in the search, j and k are text: only the arrows move.
#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_OPEN, Some(s::HINT_OPEN), Action::Open),
    b(&[Here], &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down)], "↑↓", s::HELP_MOVE, Some(s::HINT_MOVE), Action::Down),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchState {
    pub query: LineInput,
    pub selected: usize,
}

impl Default for SearchState {
    fn default() -> SearchState {
        SearchState {
            query: LineInput::empty(MAX_LINE_CHARS),
            selected: 0,
        }
    }
}

pub(super) fn on(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
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
        // A card the assessment has not chosen: open to read, with + to add it.
        if app.deck.guideline(guideline).is_some() {
            app.cards.outside = Some(guideline.to_string());
            app.cards.seek = Some(seek);
            app.cards.reading = Scroll::default();
            app.screen = Screen::Reading;
            app.set_status(s::reading_outside(guideline));
        }
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

pub(super) fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    state: &SearchState,
    areas: &mut Areas,
) {
    let rect = centered(area, 90, area.height.saturating_sub(2).max(3));
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::SEARCH_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [input, results] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(s::SEARCH_PROMPT, theme::key()),
            Span::raw(state.query.shown(None, true)),
        ])),
        input,
    );
    let query = state.query.text();
    let hits = search(&app.deck, query);
    if query.trim().is_empty() || hits.is_empty() {
        let text = if query.trim().is_empty() {
            s::SEARCH_EMPTY
        } else {
            s::SEARCH_NONE
        };
        frame.render_widget(Line::styled(text, theme::dim()), results);
        return;
    }
    // A column for the selection's marker.
    let w = usize::from(results.width.saturating_sub(1));
    let items: Vec<ListItem> = hits
        .iter()
        .map(|h| {
            let place = match &h.anvisning {
                Some(id) => format!("{} {}", h.field, id),
                None => h.field.to_string(),
            };
            let head = format!("{:<5} {place}: ", h.guideline);
            let room = w.saturating_sub(width(&head));
            ListItem::new(Line::from(vec![
                Span::styled(head, theme::title()),
                Span::raw(truncate_cells(&h.line, room)),
            ]))
        })
        .collect();
    let mut list_state =
        ListState::default().with_selected(Some(state.selected.min(hits.len() - 1)));
    frame.render_stateful_widget(marked_list(items), results, &mut list_state);
    // The terminal's cursor on the selection's marker, for magnifiers and readers.
    areas.focus_marker(frame.buffer_mut(), rect);
}
