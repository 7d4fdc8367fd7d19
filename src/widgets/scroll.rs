//! Scrolled panes: text counted in wrapped rows (the rows the window really shows), clamped so
//! the last row can reach the bottom and no further, with a scrollbar when it does not fit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Widget, Wrap,
};

use super::theme;

/// A pane's scroll position in wrapped rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    pub top: u16,
    /// Scrolled by hand: the view no longer pulls the selection (or a search hit) into view.
    pub free: bool,
}

/// How a scrolled pane was drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extent {
    /// The first row shown (after clamping).
    pub top: u16,
    /// The largest useful `top`: the last row of the content sits on the pane's last row.
    pub max: u16,
    /// Rows the pane shows at once.
    pub height: u16,
}

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
    let width = block.inner(area).width.max(1);
    draw_wrapped(frame, area, block, &wrapped(&lines, width), scroll, keep)
}

/// The width `lines` wrap to in `block` drawn over `area`.
pub fn text_width(block: &Block<'_>, area: Rect) -> u16 {
    block.inner(area).width.max(1)
}

/// `draw` for text already wrapped to the block's inner width (`Wrapped::new`), e.g. kept by
/// the caller for as long as the text does not change.
pub fn draw_wrapped(
    frame: &mut Frame,
    area: Rect,
    block: Block<'_>,
    wrapped: &Wrapped,
    scroll: Scroll,
    keep: Keep,
) -> Extent {
    let inner = block.inner(area);
    let lines = wrapped.starts.len() - 1;
    let rows_before = |line: usize| wrapped.starts[line.min(lines)];
    let keep_rows = match keep {
        Keep::Nothing => None,
        Keep::Lines(range) => {
            let start = range.start.min(lines);
            let end = range.end.clamp(start, lines);
            Some((rows_before(start), rows_before(end), false))
        }
        Keep::LineAtTop(line) => {
            let first = rows_before(line);
            Some((first, first + 1, true))
        }
    };
    let rows = to_u16(wrapped.rows());
    let height = inner.height;
    let max = rows.saturating_sub(height);
    let mut top = scroll.top;
    if let (Some((start, end, at_top)), false) = (keep_rows, scroll.free) {
        top = follow(top, to_u16(start), to_u16(end), height, at_top);
    }
    let top = top.min(max);
    frame.render_widget(block, area);
    wrapped.show(frame.buffer_mut(), inner, top);
    if max > 0 && area.height > 2 {
        let mut state = ScrollbarState::new(usize::from(max) + 1).position(usize::from(top));
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .symbols(theme::scrollbar())
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

/// Text wrapped to a width, drawn once off screen: a frame shows the rows it needs from here,
/// so a pane whose text did not change is never wrapped again (wrapping was most of a frame).
pub struct Wrapped {
    /// Every row, as ratatui's word wrapping draws it.
    buffer: Buffer,
    /// Where each line's rows start; the last entry is the number of rows.
    starts: Vec<usize>,
}

impl Wrapped {
    pub fn new(lines: &[Line<'_>], width: u16) -> Wrapped {
        // Each line wraps on its own: the rows of a run of lines are the sum of theirs. A
        // bullet's or a number's line wraps beside its mark (a hanging indent).
        let parts: Vec<(Option<Line<'_>>, Line<'_>, u16)> = lines
            .iter()
            .map(|line| match hanging(line, width) {
                Some(hang) => {
                    let (mark, rest) = split_at_cells(line, hang);
                    (Some(mark), rest, hang)
                }
                None => (None, line.clone(), 0),
            })
            .collect();
        let mut starts = Vec::with_capacity(lines.len() + 1);
        let mut rows = 0;
        starts.push(0);
        for (_, rest, hang) in &parts {
            rows += Paragraph::new(rest.clone())
                .wrap(Wrap { trim: false })
                .line_count(width - hang);
            starts.push(rows);
        }
        let area = Rect::new(0, 0, width, to_u16(rows));
        let mut buffer = Buffer::empty(area);
        for ((mark, rest, hang), span) in parts.into_iter().zip(starts.windows(2)) {
            let y = to_u16(span[0]);
            let height = to_u16(span[1]).saturating_sub(y);
            if let Some(mark) = mark {
                mark.render(Rect::new(0, y, hang, 1), &mut buffer);
            }
            Paragraph::new(rest)
                .wrap(Wrap { trim: false })
                .render(Rect::new(hang, y, width - hang, height), &mut buffer);
        }
        Wrapped { buffer, starts }
    }

    fn rows(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    /// Copies the rows from `top` into `area` of `buf`, as many as fit, a row at a time.
    fn show(&self, buf: &mut Buffer, area: Rect, top: u16) {
        let have = self.buffer.area;
        let area = area.intersection(buf.area);
        let w = usize::from(area.width.min(have.width));
        for y in 0..area.height {
            let row = top.saturating_add(y);
            if row >= have.height {
                break;
            }
            let from = usize::from(row) * usize::from(have.width);
            let to = buf.index_of(area.x, area.y + y);
            buf.content[to..to + w].clone_from_slice(&self.buffer.content[from..from + w]);
        }
    }
}

/// The width of a line's leading mark, when it has one its wrapped rows should hang beside:
/// indent, then a bullet (`•`, `-`, `–`, `*`) or a number (`1.`, `3.7.2`), then a space. `None`
/// for other lines, and where the mark would take half the width.
fn hanging(line: &Line<'_>, width: u16) -> Option<u16> {
    if line
        .alignment
        .is_some_and(|a| a != ratatui::layout::Alignment::Left)
    {
        return None;
    }
    let text: String = line
        .spans
        .iter()
        .flat_map(|s| s.content.chars())
        .take(24)
        .collect();
    let body = text.trim_start_matches(' ');
    let indent = text.len() - body.len();
    let mark = if let Some(rest) = body.strip_prefix(['•', '-', '–', '*']) {
        body.len() - rest.len()
    } else {
        let digits = body
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(body.len());
        if digits == 0 || !body.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        digits
    };
    let after = &body[mark..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    if spaces == 0 || after.trim().is_empty() {
        return None;
    }
    let hang = super::measure::width(&text[..indent + mark + spaces]);
    let hang = u16::try_from(hang).ok()?;
    (hang * 2 <= width).then_some(hang)
}

/// `line` cut after its first `cells` terminal cells (at a character), styles kept.
fn split_at_cells<'a>(line: &Line<'a>, cells: u16) -> (Line<'a>, Line<'a>) {
    let mut left: Vec<Span<'a>> = Vec::new();
    let mut right: Vec<Span<'a>> = Vec::new();
    let mut used = 0usize;
    let cells = usize::from(cells);
    for span in &line.spans {
        if used >= cells {
            right.push(span.clone());
            continue;
        }
        let mut cut = span.content.len();
        let mut w = used;
        for (i, c) in span.content.char_indices() {
            if w >= cells {
                cut = i;
                break;
            }
            w += super::measure::width(c.encode_utf8(&mut [0; 4]));
        }
        used = w;
        let (a, b) = span.content.split_at(cut);
        left.push(Span::styled(a.to_string(), span.style));
        if !b.is_empty() {
            right.push(Span::styled(b.to_string(), span.style));
        }
    }
    let mut l = Line::from(left);
    l.style = line.style;
    let mut r = Line::from(right);
    r.style = line.style;
    (l, r)
}

/// How many wrapped texts are kept: the panes of one screen and a few more.
const KEPT: usize = 16;

thread_local! {
    static WRAPPED: RefCell<HashMap<(u64, u16), Rc<Wrapped>>> = RefCell::new(HashMap::new());
}

/// `lines` wrapped to `width`, from the kept ones when the same text was drawn at that width
/// before (the text itself is the key, so a change anywhere in it is a new text).
fn wrapped(lines: &[Line<'_>], width: u16) -> Rc<Wrapped> {
    let mut hasher = std::hash::DefaultHasher::new();
    for line in lines {
        line.hash(&mut hasher);
    }
    let key = (hasher.finish(), width);
    WRAPPED.with_borrow_mut(|kept| {
        if let Some(w) = kept.get(&key) {
            return Rc::clone(w);
        }
        if kept.len() >= KEPT {
            kept.clear();
        }
        let w = Rc::new(Wrapped::new(lines, width));
        kept.insert(key, Rc::clone(&w));
        w
    })
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

    /// The rows of `lines` wrapped to `width`, as text.
    fn rows(lines: &[Line<'_>], width: u16) -> Vec<String> {
        let w = Wrapped::new(lines, width);
        (0..w.buffer.area.height)
            .map(|y| {
                (0..width)
                    .map(|x| w.buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    /// Issue 19: a wrapped bullet or numbered line hangs beside its mark.
    #[test]
    fn bullets_and_numbers_wrap_with_a_hanging_indent() {
        let lines = [
            Line::raw("• et punkt der er for langt til en linje"),
            Line::raw("  - et indrykket punkt der også ombrydes"),
            Line::raw("12. et nummer der ombrydes her"),
            Line::raw("almindelig tekst der ombrydes som før"),
        ];
        assert_eq!(
            rows(&lines, 20),
            [
                "• et punkt der er",
                "  for langt til en",
                "  linje",
                "  - et indrykket",
                "    punkt der også",
                "    ombrydes",
                "12. et nummer der",
                "    ombrydes her",
                "almindelig tekst der",
                "ombrydes som før",
            ]
        );
        assert_eq!(hanging(&Line::raw("•"), 20), None);
        assert_eq!(hanging(&Line::raw("-5 grader"), 20), None);
        assert_eq!(hanging(&Line::raw("3.7.2 Planen"), 20), Some(6));
        // Styles stay with their text on both sides of the cut.
        let styled = Line::from(vec![Span::styled("• ", theme::dim()), Span::raw("tekst")]);
        let (mark, rest) = split_at_cells(&styled, 2);
        assert_eq!(mark.spans[0].style, theme::dim());
        assert_eq!(rest.to_string(), "tekst");
    }

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
