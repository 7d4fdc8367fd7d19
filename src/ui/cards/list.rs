//! The card screen's list of cards: progress per card, the current one marked.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Areas, Pane, Scroll, Target};
use crate::assessment::Score;
use crate::deck::Guideline;
use crate::strings as s;
use crate::text::clean_line;

use super::super::chrome::{pane_block, truncate_cells, width};
use super::super::theme;
use super::{Items, draw_items};

pub(super) fn draw_list(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    chosen: &[&Guideline],
    areas: &mut Areas,
) {
    let focused = app.cards.pane == Pane::List;
    let inner = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = chosen
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let marker = if i == app.cards.card { "▶" } else { " " };
            let progress = match &app.session {
                Some(session) => {
                    let done = g
                        .anvisninger
                        .iter()
                        .filter(|a| {
                            session
                                .assessment
                                .answer(&a.id)
                                .and_then(|x| x.score)
                                .is_some_and(Score::is_assessed)
                        })
                        .count();
                    format!(" {done}/{}", g.anvisninger.len())
                }
                None => String::new(),
            };
            let head = format!("{marker}{:<5}", clean_line(&g.id));
            let room = inner.saturating_sub(width(&head) + width(&progress));
            // The whole short title where it fits, else the card's short name: the list must
            // tell 3.4 (Garanti) from 3.7 (Plan) at any width.
            let short = clean_line(&g.short_title());
            let name = if width(&short) <= room {
                short
            } else {
                clean_line(&g.list_title())
            };
            let title = truncate_cells(&name, room);
            let pad = room.saturating_sub(width(&title));
            let line = Line::from(vec![
                Span::raw(head),
                Span::raw(title),
                Span::raw(" ".repeat(pad)),
                Span::styled(progress, theme::dim()),
            ]);
            if i == app.cards.card && focused {
                line.patch_style(theme::selected())
            } else {
                line
            }
        })
        .collect();
    let block = pane_block(format!(" {} ", s::PANE_CARDS), focused);
    let rows: Vec<Range<usize>> = (0..chosen.len()).map(|i| i..i + 1).collect();
    // The list follows the chosen card; it has no scroll position of its own.
    let items = Items {
        pane: Pane::List,
        scroll: Scroll::default(),
        scrollable: None,
        rows: &rows,
        selected: app.cards.card,
        focused,
        target: Target::Card,
    };
    draw_items(frame, area, areas, block, lines, items);
}

/// How wide the list needs to be to show every card's short name beside its id and count
/// (borders included).
pub(super) fn needed_width(app: &App, chosen: &[&Guideline]) -> u16 {
    let widest = chosen
        .iter()
        .map(|g| {
            let count = if app.session.is_some() {
                width(&format!(" 0/{}", g.anvisninger.len()))
            } else {
                0
            };
            1 + 5 + width(&clean_line(&g.list_title())) + count
        })
        .max()
        .unwrap_or(0);
    u16::try_from(widest + 2).unwrap_or(u16::MAX)
}
