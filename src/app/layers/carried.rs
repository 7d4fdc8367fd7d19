//! `h`: last time's actions, carried into this assessment, to mark how far each got.

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::super::keymap::{Action, Binding, Context::Carried as Here, Key, b};
use super::super::msg::Effect;
use super::super::{App, nav};
use super::{Overlay, action_text};
use crate::assessment::ActionStatus;
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::frame::{centered, popup};
use crate::widgets::measure::{truncate_cells, width};
use crate::widgets::theme;

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down), Key::Char('k'), Key::Char('j')], "↑↓/jk", s::HELP_MOVE, Some(s::HINT_MOVE), Action::Down),
    b(&[Here], &[Key::Char(' ')], "Mellemrum", s::HELP_CARRIED_STATUS, Some(s::HINT_CARRIED_STATUS), Action::Toggle),
    b(&[Here], &[Key::Code(KeyCode::Esc), Key::Code(KeyCode::Enter)], "Esc", s::HELP_CARRIED_CLOSE, Some(s::HINT_CARRIED_CLOSE), Action::Back),
];

/// Moving, marking (each mark one change), closing.
pub(super) fn on(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let rows = app.carried_actions();
    let Some(Overlay::Carried { selected }) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::Back) => app.close_overlay(),
        Some(action @ (Action::Up | Action::Down)) => {
            *selected = nav::step(*selected, action, rows.len(), 1);
            Vec::new()
        }
        Some(Action::Toggle) => match rows.get(*selected).copied() {
            Some(i) => app.commit_change(|a| {
                if let Some(t) = a.actions.get_mut(i) {
                    t.status = next_status(t.status);
                }
            }),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// udført → i gang → ikke startet → droppet → not marked → udført …
fn next_status(status: Option<ActionStatus>) -> Option<ActionStatus> {
    match status {
        None => Some(ActionStatus::Done),
        Some(ActionStatus::Done) => Some(ActionStatus::InProgress),
        Some(ActionStatus::InProgress) => Some(ActionStatus::NotStarted),
        Some(ActionStatus::NotStarted) => Some(ActionStatus::Dropped),
        Some(ActionStatus::Dropped) => None,
    }
}

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, selected: usize, areas: &mut Areas) {
    let Some(session) = &app.session else {
        return;
    };
    let rect = centered(area, area.width.min(100), area.height);
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::CARRIED_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let w = usize::from(inner.width);
    let status_w: usize = 15;
    let mut lines = vec![
        Line::styled(s::CARRIED_HELP_LINE, theme::dim()),
        Line::default(),
    ];
    for (row, i) in app.carried_actions().into_iter().enumerate() {
        let Some(todo) = session.assessment.actions.get(i) else {
            continue;
        };
        let marker = if row == selected { "▶ " } else { "  " };
        let status = todo.status.map_or("ikke markeret", |st| st.label());
        let status = format!("[{status}]");
        let pad = status_w.saturating_sub(width(&status));
        let text = format!("{} {}", clean_line(&todo.anvisning), action_text(todo));
        let room = w.saturating_sub(2 + status_w + 1);
        let style = if row == selected {
            theme::selected()
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, theme::key()),
            Span::styled(format!("{status}{} ", " ".repeat(pad)), theme::title()),
            Span::styled(truncate_cells(&text, room), style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    // The terminal's cursor on the selection's marker, for magnifiers and readers.
    areas.focus_marker(frame.buffer_mut(), rect);
}
