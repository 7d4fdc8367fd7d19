//! The card screen: the list of cards, the card's text, its reflection questions and its
//! anvisninger with their scores.

mod anvisninger;
mod list;
mod questions;
mod reading;
mod scale;
mod text;

pub use reading::draw_reading;
pub use scale::context_line;

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::app::{App, Areas, Pane, Scroll, Scrollable, Target};
use crate::deck::Guideline;

use super::chrome::pane_block;
use super::scroll::{self, Keep};
use list::draw_list;
use text::draw_text;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let chosen = app.chosen();
    let Some(card) = chosen.get(app.cards.card).copied() else {
        return;
    };
    // Narrow windows give the list what the cards' short names need, and no more than 24.
    let list_width = match area.width {
        w if w >= 100 => 30,
        w if w >= 70 => list::needed_width(app, &chosen).clamp(20, 24),
        _ => 0,
    };
    let [list_area, right] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(area);
    if list_width > 0 {
        draw_list(frame, list_area, app, &chosen, areas);
    }
    let focus = app.cards.pane;
    // Small windows show one pane at a time: the one in focus.
    if right.height < 14 {
        match focus {
            Pane::Text => draw_text(frame, right, app, card, areas),
            Pane::Questions => draw_card_items(frame, right, app, card, Pane::Questions, areas),
            Pane::List if list_width == 0 => draw_list(frame, right, app, &chosen, areas),
            _ => draw_card_items(frame, right, app, card, Pane::Anvisninger, areas),
        }
        return;
    }
    // The pane in focus gets the room it needs; the others keep enough to be found and
    // clicked, and the card's text (always long) takes what is left, so a short pane never
    // holds rows a long one needs.
    let h = right.height;
    let inner = usize::from(right.width.saturating_sub(2));
    let need = |lines: usize| u16::try_from(lines + 2).unwrap_or(u16::MAX);
    let n = u16::try_from(card.anvisninger.len()).unwrap_or(u16::MAX);
    let listed = |most: u16| (n + 2).min(most).max(3);
    // The card's text keeps a quarter of the height whichever pane has the focus.
    let text_least = (h / 4).max(4);
    let (questions_h, anvisninger_h) = match focus {
        Pane::Text | Pane::List => (3, listed(h / 3)),
        Pane::Questions => {
            let anvisninger_h = listed(h / 4);
            let most = h.saturating_sub(anvisninger_h + text_least);
            let wanted = need(questions::questions_lines(app, card, inner).1.len());
            (wanted.clamp(3, most.max(3)), anvisninger_h)
        }
        Pane::Anvisninger => {
            let most = h.saturating_sub(3 + text_least);
            let wanted = need(anvisninger::anvisninger_lines(app, card, inner).1.len());
            (3, wanted.clamp(3, most.max(3)))
        }
    };
    let [text, questions, anvisninger] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(questions_h),
        Constraint::Length(anvisninger_h),
    ])
    .areas(right);
    if focus == Pane::List && list_width == 0 {
        draw_list(frame, text, app, &chosen, areas);
    } else {
        draw_text(frame, text, app, card, areas);
    }
    draw_card_items(frame, questions, app, card, Pane::Questions, areas);
    draw_card_items(frame, anvisninger, app, card, Pane::Anvisninger, areas);
}

/// Click targets for the items of a scrolled list: item `i` covers `rows[i]` (content rows);
/// only the part inside the pane's inner area, after scrolling by `top`, is clickable.
pub(super) fn item_targets(
    areas: &mut Areas,
    inner: Rect,
    top: u16,
    rows: &[Range<usize>],
    target: impl Fn(usize) -> Target,
) {
    for (i, r) in rows.iter().enumerate() {
        let start = r.start.max(usize::from(top));
        let end = r.end.min(usize::from(top) + usize::from(inner.height));
        if start >= end {
            continue;
        }
        let y = inner.y + u16::try_from(start - usize::from(top)).unwrap_or(0);
        let height = u16::try_from(end - start).unwrap_or(0);
        areas.target(Rect::new(inner.x, y, inner.width, height), target(i));
    }
}

/// A pane of items, each a range of lines: which pane it is, how it scrolls, and what a click
/// on an item selects.
pub(super) struct Items<'r, T: Fn(usize) -> Target> {
    pane: Pane,
    scroll: Scroll,
    /// `None` for a pane that only follows its selection.
    scrollable: Option<Scrollable>,
    rows: &'r [Range<usize>],
    selected: usize,
    /// The keys act here: the cursor goes to the selected item's marker.
    focused: bool,
    target: T,
}

/// The card's questions (`Pane::Questions`) or its anvisninger (any other pane) in their pane:
/// the selected one kept in view, each one clickable.
fn draw_card_items(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    card: &Guideline,
    pane: Pane,
    areas: &mut Areas,
) {
    let inner = usize::from(area.width.saturating_sub(2));
    let c = &app.cards;
    let ((title, lines, rows), scroll, scrollable, selected, target) = match pane {
        Pane::Questions => (
            questions::questions_lines(app, card, inner),
            c.questions,
            Scrollable::Questions,
            c.question,
            Target::Question as fn(usize) -> Target,
        ),
        _ => (
            anvisninger::anvisninger_lines(app, card, inner),
            c.anvisninger,
            Scrollable::Anvisninger,
            c.anvisning,
            Target::Anvisning as fn(usize) -> Target,
        ),
    };
    let focused = c.pane == pane;
    let items = Items {
        pane,
        scroll,
        scrollable: Some(scrollable),
        rows: &rows,
        selected,
        focused,
        target,
    };
    draw_items(frame, area, areas, pane_block(title, focused), lines, items);
}

/// Draws a pane of items scrolled so the selected one stays in view, and records the pane and
/// every visible item for clicks.
pub(super) fn draw_items<T: Fn(usize) -> Target>(
    frame: &mut Frame,
    area: Rect,
    areas: &mut Areas,
    block: ratatui::widgets::Block<'static>,
    lines: Vec<Line<'static>>,
    items: Items<T>,
) {
    let inner_rect = block.inner(area);
    areas.target(area, Target::Pane(items.pane));
    let keep = items.rows.get(items.selected).cloned().unwrap_or(0..0);
    let extent = scroll::draw(frame, area, block, lines, items.scroll, Keep::Lines(keep));
    if let Some(scrollable) = items.scrollable {
        areas.pane(area, scrollable, extent);
    }
    item_targets(areas, inner_rect, extent.top, items.rows, items.target);
    if items.focused {
        areas.focus_marker(frame.buffer_mut(), inner_rect);
    }
}

pub use crate::app::action_text;
