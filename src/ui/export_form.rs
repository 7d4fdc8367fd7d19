//! The folder for the minutes, on top of a screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::chrome::{centered, width};
use super::theme;
use crate::app::ExportForm;
use crate::strings as s;

pub fn draw(frame: &mut Frame, area: Rect, form: &ExportForm) {
    let rect = centered(area, 80, 8);
    frame.render_widget(Clear, rect);
    let block = super::overlays::popup(format!(" {} ", s::EXPORT_TITLE));
    let inner = usize::from(rect.width.saturating_sub(2));
    let head = format!("▶ {:<7}", s::EXPORT_FOLDER);
    let room = inner.saturating_sub(width(&head) + 1);
    let lines = vec![
        Line::default(),
        Line::from(vec![
            Span::styled(head, theme::title()),
            Span::raw(form.folder.shown(Some(room), true)),
        ]),
        Line::default(),
        Line::styled(format!("  {}", s::EXPORT_NOTE), theme::dim()),
        Line::styled(format!("  {}", s::EXPORT_NO_OVERWRITE), theme::dim()),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}
