//! The reading view: the whole card on the full window, for reading aloud.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Areas, Scrollable};
use crate::deck::{Guideline, Kind};
use crate::strings as s;
use crate::text::clean_line;

use super::super::chrome::{pane_block, score_cell};
use super::super::scroll::{self, Keep};
use super::super::theme;
use super::text::{card_head, heading, legislation, marked};

/// The whole card for the reading view: its text, the questions, every anvisning with its
/// details and the team's score, then the legislation.
pub fn reading_lines(app: &App, card: &Guideline) -> Vec<Line<'static>> {
    let mut lines = card_head(app, card);
    if !card.questions.is_empty() {
        heading(&mut lines, s::PANE_QUESTIONS);
        for (i, q) in card.questions.iter().enumerate() {
            lines.push(Line::raw(format!("{}. {}", i + 1, clean_line(&q.text))));
        }
    }
    heading(&mut lines, s::PANE_ANVISNINGER);
    let answers = app.session.as_ref().map(|s| &s.assessment);
    for a in &card.anvisninger {
        let (badge, style) = match a.kind {
            Kind::Requirement => (Kind::Requirement.badge(), theme::requirement()),
            Kind::Recommendation => (Kind::Recommendation.badge(), theme::recommendation()),
        };
        let mut spans = vec![
            Span::styled(format!("{} ", clean_line(&a.id)), theme::title()),
            Span::styled(format!("[{badge}] "), style),
            Span::raw(clean_line(&a.text)),
        ];
        if answers.is_some() {
            let (score, score_style) = score_cell(answers.and_then(|x| x.answer(&a.id)), &app.deck);
            spans.push(Span::styled(format!("  {score}"), score_style));
        }
        lines.push(Line::from(spans));
        for d in &a.details {
            lines.push(Line::styled(format!("  • {}", clean_line(d)), theme::dim()));
        }
    }
    lines.extend(legislation(card));
    lines
}

/// The reading view: the whole card on the full window.
pub fn draw_reading(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let Some(card) = app.reading_card() else {
        return;
    };
    let (lines, hit) = marked(reading_lines(app, card), app.cards.seek.as_ref());
    // A card outside the assessment says so in its frame for as long as it is shown.
    let hint = if app.cards.outside.is_some() {
        s::READING_OUTSIDE_HINT
    } else {
        s::READING_HINT
    };
    let title = format!(
        " {} {} · {hint} ",
        clean_line(&card.id),
        clean_line(&card.short_title()),
    );
    let keep = hit.map_or(Keep::Nothing, Keep::LineAtTop);
    let extent = scroll::draw(
        frame,
        area,
        pane_block(title, true),
        lines,
        app.cards.reading,
        keep,
    );
    areas.pane(area, Scrollable::Reading, extent);
}
