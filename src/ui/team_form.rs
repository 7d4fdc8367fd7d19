//! The team form on top of a screen: the team's name and who took part.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use super::chrome::{centered, width};
use super::theme;
use crate::app::{App, TeamForm};
use crate::strings as s;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, form: &TeamForm) {
    if app.session.is_none() {
        return;
    }
    let rect = centered(area, 80, 7);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme::focused_border())
        .title(Span::styled(format!(" {} ", s::TEAM_TITLE), theme::title()));
    let inner = usize::from(rect.width.saturating_sub(2));
    let fields = [
        (s::NEW_TEAM, &form.team, ""),
        (
            s::NEW_PARTICIPANTS,
            &form.participants,
            s::NEW_PARTICIPANTS_HINT,
        ),
    ];
    let mut lines = vec![Line::default()];
    for (i, (label, value, placeholder)) in fields.into_iter().enumerate() {
        let focused = i == form.field;
        let head = format!("{}{label:<11}", if focused { "▶ " } else { "  " });
        let room = inner.saturating_sub(width(&head) + 1);
        let value = if value.is_empty() && !focused {
            Span::styled(placeholder.to_string(), theme::dim())
        } else {
            Span::raw(value.shown(Some(room), focused))
        };
        let style = if focused {
            theme::title()
        } else {
            theme::dim()
        };
        lines.push(Line::from(vec![Span::styled(head, style), value]));
        lines.push(Line::default());
    }
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
