//! Last time on the table: the question whether to build on the team's last assessment, and
//! the list of last time's actions to mark.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::chrome::{centered, truncate_cells, width};
use super::overlays::popup;
use super::theme;
use crate::app::App;
use crate::strings as s;
use crate::text::clean_line;

pub fn draw_build_on(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    path: &std::path::Path,
    created: &str,
) {
    let team = app
        .session
        .as_ref()
        .map(|x| clean_line(&x.assessment.team))
        .unwrap_or_default();
    let file = path
        .file_name()
        .map(|n| clean_line(&n.to_string_lossy()))
        .unwrap_or_default();
    let lines = vec![
        Line::raw(format!(
            "{team} {} {} ({file}).",
            s::BUILD_ON_HAS,
            crate::report::danish_date(created)
        )),
        Line::default(),
        Line::raw(s::BUILD_ON_BODY),
    ];
    let rect = centered(area, 70, 10);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(popup(format!(" {} ", s::BUILD_ON_TITLE)))
            .wrap(Wrap { trim: true }),
        rect,
    );
}

pub fn draw_carried(frame: &mut Frame, area: Rect, app: &App, selected: usize) {
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
        let text = format!(
            "{} {}",
            clean_line(&todo.anvisning),
            super::cards::action_text(todo)
        );
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
}
