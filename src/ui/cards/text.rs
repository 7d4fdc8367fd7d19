//! The card's own text (purpose, what it supports, worth knowing, legislation), built and
//! wrapped once per card, search hit and width; a search hit marked and scrolled to.

use std::hash::{Hash, Hasher};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Areas, Pane, Scrollable, Seek, Target};
use crate::deck::Guideline;
use crate::strings as s;
use crate::text::{clean_line, clean_text};

use super::super::chrome::pane_block;
use super::super::scroll::{self, Keep};
use super::super::{markdown, theme};

/// The card's own text: purpose, what it supports, worth knowing, legislation.
pub fn card_text(app: &App, card: &Guideline) -> Vec<Line<'static>> {
    let mut lines = card_head(app, card);
    lines.extend(legislation(card));
    lines
}

pub(super) fn heading(lines: &mut Vec<Line<'static>>, text: &str) {
    lines.push(Line::default());
    lines.push(Line::styled(text.to_string(), theme::heading()));
}

/// Title, principles, purpose, what it supports, worth knowing.
pub(super) fn card_head(app: &App, card: &Guideline) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        format!("{} {}", clean_line(&card.id), clean_line(&card.title)),
        theme::title(),
    )];
    let principles: Vec<String> = card
        .principles
        .iter()
        .filter_map(|p| app.deck.principles.iter().find(|x| x.id == *p))
        .map(|p| format!("{} {}", p.id, clean_line(&p.title)))
        .collect();
    if !principles.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", s::PRINCIPLES), theme::dim()),
            Span::raw(principles.join(" · ")),
        ]));
    }
    heading(&mut lines, s::PURPOSE);
    lines.extend(
        clean_text(&card.purpose)
            .lines()
            .map(|l| Line::raw(l.to_string())),
    );
    if !card.supports.is_empty() {
        heading(&mut lines, s::SUPPORTS);
        lines.extend(
            card.supports
                .iter()
                .map(|x| Line::raw(format!("• {}", clean_line(x)))),
        );
    }
    if !card.worth_knowing.is_empty() {
        heading(&mut lines, s::WORTH_KNOWING);
        lines.extend(markdown::render(&card.worth_knowing));
    }
    lines
}

pub(super) fn legislation(card: &Guideline) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if !card.legislation.is_empty() {
        heading(&mut lines, s::LEGISLATION);
        lines.extend(
            card.legislation
                .iter()
                .map(|x| Line::raw(format!("• {}", clean_line(x)))),
        );
    }
    lines
}

pub(super) fn draw_text(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    card: &Guideline,
    areas: &mut Areas,
) {
    let title = format!(
        " {} {} ",
        clean_line(&card.id),
        clean_line(&card.short_title())
    );
    let block = pane_block(title, app.cards.pane == Pane::Text);
    // The card's text depends on the card, a search hit and the width alone: it is built and
    // wrapped once, not every frame.
    let seek = app.cards.seek.as_ref();
    let width = scroll::text_width(&block, area);
    let key = {
        let mut h = std::hash::DefaultHasher::new();
        (&card.id, seek, width).hash(&mut h);
        h.finish()
    };
    let text = app.memo.get("card text", key, || {
        let (lines, hit) = marked(card_text(app, card), seek);
        (scroll::Wrapped::new(&lines, width), hit)
    });
    let (wrapped, hit) = &*text;
    areas.target(area, Target::Pane(Pane::Text));
    let keep = hit.map_or(Keep::Nothing, Keep::LineAtTop);
    let extent = scroll::draw_wrapped(frame, area, block, wrapped, app.cards.text, keep);
    areas.pane(area, Scrollable::CardText, extent);
}

/// The card text with a search hit marked: the lines, and which line to scroll to (the `nth`
/// matching line of the part of the card the hit is in).
pub(super) fn marked(
    lines: Vec<Line<'static>>,
    seek: Option<&Seek>,
) -> (Vec<Line<'static>>, Option<usize>) {
    let Some(seek) = seek else {
        return (lines, None);
    };
    // `deck::search` names the parts of a card; these are the ones the card text shows.
    let heading = match seek.field {
        "Formål" => Some(s::PURPOSE),
        "Understøtter" => Some(s::SUPPORTS),
        "Værd at vide" => Some(s::WORTH_KNOWING),
        "Lovgivning" => Some(s::LEGISLATION),
        _ => None,
    };
    let from = heading
        .and_then(|h| {
            lines
                .iter()
                .position(|l| l.spans.len() == 1 && l.spans[0].content == h)
        })
        .unwrap_or(0);
    let mut seen = 0;
    let mut hit = None;
    let lines = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let (line, found) = scroll::mark(line, &seek.needle);
            if found && i >= from && hit.is_none() {
                if seen == seek.nth {
                    hit = Some(i);
                }
                seen += 1;
            }
            line
        })
        .collect();
    (lines, hit)
}
