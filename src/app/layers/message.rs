//! A message that needs to be read (why a file could not be opened, where the minutes went):
//! it stays until Esc.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::super::keymap::Action;
use super::Outcome;
use crate::strings as s;
use crate::text::{clean_line, clean_text};
use crate::widgets::frame::{centered, popup};

/// Esc (or `?`) closes; nothing else is done here.
pub(super) fn on(action: Option<Action>) -> Outcome {
    match action {
        Some(Action::Back | Action::Help) => Outcome::Close,
        _ => Outcome::Stay,
    }
}

pub(super) fn draw(frame: &mut Frame, area: Rect, title: &str, body: &str) {
    let lines: Vec<Line> = clean_text(body)
        .lines()
        .map(|l| Line::raw(l.to_string()))
        .collect();
    // Long lines wrap: count the rows they take at the popup's inner width (a tenth more for
    // words carried to the next row), so the end of a message is never cut off.
    let inner = usize::from(90u16.min(area.width).saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| match l.width() {
            0 => 1,
            w if w <= inner => 1,
            w => (w + w / 10).div_ceil(inner),
        })
        .sum();
    let height = u16::try_from(rows + 4).unwrap_or(u16::MAX);
    let rect = centered(area, 90, height.min(area.height));
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} · {} ", clean_line(title), s::CLOSE_HINT));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}
