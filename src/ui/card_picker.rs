//! The card picker of an open assessment: every card of the deck, the chosen ones ticked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, ListItem, ListState};

use super::chrome::{centered, truncate_cells};
use super::theme;
use crate::app::{App, CardPicker, recorded};
use crate::strings as s;
use crate::text::clean_line;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, picker: &CardPicker) {
    let Some(session) = &app.session else {
        return;
    };
    let a = &session.assessment;
    let chosen: Vec<&str> = a.chosen(&app.deck).iter().map(|g| g.id.as_str()).collect();
    let rect = centered(area, 90, area.height);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme::focused_border())
        .title(Span::styled(format!(" {} ", s::PICK_TITLE), theme::title()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let w = usize::from(inner.width.saturating_sub(1));
    let items: Vec<ListItem> = app
        .deck
        .guidelines
        .iter()
        .map(|g| {
            let on = chosen.contains(&g.id.as_str());
            let tick = if on { "[x]" } else { "[ ]" };
            let (answers, actions) = recorded(a, g);
            let tail = match s::recorded(answers, actions) {
                t if t.is_empty() => t,
                t => format!("  {t}"),
            };
            let text = format!(" {tick} {:<5} {}", g.id, clean_line(&g.short_title()));
            let room = w.saturating_sub(tail.chars().count());
            let style = if on { theme::title() } else { theme::dim() };
            ListItem::new(Line::from(vec![
                Span::styled(format!("{:<room$}", truncate_cells(&text, room)), style),
                Span::styled(tail, theme::dim()),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(picker.cursor));
    frame.render_stateful_widget(super::chrome::marked_list(items), inner, &mut state);
}
