//! Scrolled panes: text counted in wrapped rows (the rows the window really shows), clamped so
//! the last row can reach the bottom and no further, with a scrollbar when it does not fit.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap};

use super::theme;
use crate::app::{Extent, Scroll};

/// What must be on screen while the pane is not scrolled by hand.
pub enum Keep {
    Nothing,
    /// These lines, as much of them as fits (a selected item).
    Lines(Range<usize>),
    /// This line near the top (a search hit).
    LineAtTop(usize),
}

/// Draws `lines` in `block`, wrapped to its inner width, from `scroll.top` (clamped) or from
/// where `keep` needs it. Returns how it was drawn, for `update` and the mouse.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    block: Block<'_>,
    lines: Vec<Line<'_>>,
    scroll: Scroll,
    keep: Keep,
) -> Extent {
    let inner = block.inner(area);
    let width = inner.width.max(1);
    let rows_of = |lines: &[Line<'_>]| {
        Paragraph::new(lines.to_vec())
            .wrap(Wrap { trim: false })
            .line_count(width)
    };
    let keep_rows = match keep {
        Keep::Nothing => None,
        Keep::Lines(range) => {
            let start = range.start.min(lines.len());
            let end = range.end.clamp(start, lines.len());
            let first = rows_of(&lines[..start]);
            Some((first, first + rows_of(&lines[start..end]), false))
        }
        Keep::LineAtTop(line) => {
            let first = rows_of(&lines[..line.min(lines.len())]);
            Some((first, first + 1, true))
        }
    };
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let rows = to_u16(paragraph.line_count(width));
    let height = inner.height;
    let max = rows.saturating_sub(height);
    let mut top = scroll.top;
    if let (Some((start, end, at_top)), false) = (keep_rows, scroll.free) {
        top = follow(top, to_u16(start), to_u16(end), height, at_top);
    }
    let top = top.min(max);
    frame.render_widget(paragraph.block(block).scroll((top, 0)), area);
    if max > 0 && area.height > 2 {
        let mut state = ScrollbarState::new(usize::from(max) + 1).position(usize::from(top));
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .thumb_style(theme::focused_border())
                .track_style(theme::dim()),
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
    Extent { top, max, height }
}

/// The smallest move from `top` that shows rows `start..end` (their start when they are taller
/// than the pane); with `at_top`, `start` goes one row below the top edge.
pub fn follow(top: u16, start: u16, end: u16, height: u16, at_top: bool) -> u16 {
    if at_top {
        return start.saturating_sub(1);
    }
    let len = end.saturating_sub(start);
    if start < top || len >= height {
        start
    } else if end > top + height {
        end - height
    } else {
        top
    }
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// `line` with every case-insensitive occurrence of `needle` marked; true when there was one.
pub fn mark(line: Line<'static>, needle: &str) -> (Line<'static>, bool) {
    let needle: Vec<char> = needle.trim().chars().map(lower).collect();
    if needle.is_empty() {
        return (line, false);
    }
    let chars: Vec<(char, Style)> = line
        .spans
        .iter()
        .flat_map(|s| s.content.chars().map(move |c| (c, s.style)))
        .collect();
    let folded: Vec<char> = chars.iter().map(|(c, _)| lower(*c)).collect();
    let mut hit = vec![false; chars.len()];
    let mut i = 0;
    while i + needle.len() <= folded.len() {
        if folded[i..i + needle.len()] == needle[..] {
            hit[i..i + needle.len()].fill(true);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    if !hit.contains(&true) {
        return (line, false);
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = None;
    for ((c, style), marked) in chars.into_iter().zip(hit) {
        let style = if marked { theme::found(style) } else { style };
        if run_style.is_some_and(|s| s != style) {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                run_style.unwrap_or_default(),
            ));
        }
        run_style = Some(style);
        run.push(c);
    }
    if let Some(style) = run_style {
        spans.push(Span::styled(run, style));
    }
    let mut out = Line::from(spans);
    out.style = line.style;
    out.alignment = line.alignment;
    (out, true)
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_moves_as_little_as_it_can() {
        assert_eq!(follow(0, 2, 4, 10, false), 0);
        assert_eq!(follow(0, 12, 15, 10, false), 5);
        assert_eq!(follow(8, 3, 4, 10, false), 3);
        // Taller than the pane: its start at the top.
        assert_eq!(follow(0, 12, 30, 10, false), 12);
        assert_eq!(follow(0, 12, 13, 10, true), 11);
    }

    #[test]
    fn marking_finds_danish_letters_in_any_case() {
        let (line, found) = mark(Line::raw("Serviceloven § 101 og ÅRSAG"), "årsag");
        assert!(found);
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "Serviceloven § 101 og ÅRSAG");
        assert!(line.spans.len() >= 2);
        assert!(!mark(Line::raw("intet"), "x").1);
    }

    #[test]
    fn a_long_text_stops_with_its_last_row_at_the_bottom() {
        let backend = ratatui::backend::TestBackend::new(20, 6);
        let mut terminal = ratatui::Terminal::new(backend).unwrap();
        let lines: Vec<Line> = (0..10)
            .map(|i| Line::raw(format!("linje {i} er lang nok til at ombrydes")))
            .collect();
        let mut extent = Extent::default();
        terminal
            .draw(|f| {
                extent = draw(
                    f,
                    f.area(),
                    Block::bordered(),
                    lines,
                    Scroll {
                        top: 500,
                        free: true,
                    },
                    Keep::Nothing,
                );
            })
            .unwrap();
        assert_eq!(extent.height, 4);
        assert!(extent.max > 10, "wrapped rows, not lines: {extent:?}");
        assert_eq!(extent.top, extent.max);
    }
}
