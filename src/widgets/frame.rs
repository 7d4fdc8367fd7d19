//! The frames places are drawn in: a pane's border (thick in focus), a popup's, a popup's place
//! in the middle of the screen, and a list whose selected row is marked.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, HighlightSpacing, List, ListItem};

use super::theme::{self, BorderKind};

/// A frame on all sides, drawn with the characters `--rammer` chose.
pub fn bordered(kind: BorderKind) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_set(theme::border_set(kind))
}

/// A bordered pane; the one in focus has a thick border and a bold title, not only a colour.
pub fn pane_block(title: String, focused: bool) -> Block<'static> {
    let title_style = if focused {
        theme::focused_border()
    } else {
        theme::title()
    };
    if focused {
        bordered(BorderKind::Thick)
            .border_style(theme::focused_border())
            .title(Span::styled(title, title_style))
    } else {
        bordered(BorderKind::Plain)
            .border_style(theme::dim())
            .title(Span::styled(title, title_style))
    }
}

/// A centered rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// A list whose selected row is marked `▶`, not only by colour; the marker's column is kept
/// whether a row is selected or not, so rows never shift.
pub fn marked_list(items: Vec<ListItem<'static>>) -> List<'static> {
    List::new(items)
        .highlight_style(theme::selected())
        .highlight_symbol("▶")
        .highlight_spacing(HighlightSpacing::Always)
}

/// The selected item's lines with the marker `▶` in their first column (which the item leaves
/// blank for it), so the selection shows without colour and the cursor has a place to sit.
pub fn with_marker(mut lines: Vec<Line<'static>>) -> Vec<Line<'static>> {
    if let Some(span) = lines.first_mut().and_then(|l| l.spans.first_mut())
        && let Some(rest) = span.content.strip_prefix(' ')
    {
        span.content = format!("▶{rest}").into();
    }
    lines
}

/// A popup's frame: a double border and a bold title.
pub fn popup(title: String) -> Block<'static> {
    bordered(BorderKind::Double)
        .border_style(theme::focused_border())
        .title(Span::styled(title, theme::title()))
}
