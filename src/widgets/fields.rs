//! A form's one-line fields, drawn alike in every form: a blank line, then each field on its
//! own line followed by a blank one; the field in focus marked `▶` with its cursor, an empty one
//! out of focus showing its placeholder. A long text shows the part around the cursor.

use ratatui::text::{Line, Span};

use super::line_input::LineInput;
use super::measure::width;
use super::theme;

/// `fields`: (label, input, placeholder); `focused`: the index in focus; `label_width`: the
/// column the texts start at (after the marker); `inner`: the form's inner width.
pub fn field_lines(
    fields: &[(&str, &LineInput, &str)],
    focused: usize,
    label_width: usize,
    inner: usize,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    for (i, (label, value, placeholder)) in fields.iter().enumerate() {
        let focused = i == focused;
        let head = format!("{}{label:<label_width$}", if focused { "▶ " } else { "  " });
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
    lines
}
