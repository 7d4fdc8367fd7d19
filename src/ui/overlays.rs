//! What opens on top of a screen: help, the text editor, search, and messages.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph};

use super::chrome::{centered, truncate_cells, width};
use super::theme;
use crate::app::{App, SearchState};
use crate::deck::search;
use crate::strings as s;
// The round's view draws its dissent note with the editor's drawing.
pub(super) use crate::app::draw_editor;
pub(super) use crate::widgets::frame::popup;

pub fn draw_search(frame: &mut Frame, area: Rect, app: &App, state: &SearchState) {
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
    let w = usize::from(results.width);
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
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme::selected()),
        results,
        &mut list_state,
    );
}
