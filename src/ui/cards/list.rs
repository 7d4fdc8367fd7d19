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
            let title = truncate_cells(&clean_line(&g.short_title()), room);
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
