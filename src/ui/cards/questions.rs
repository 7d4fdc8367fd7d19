//! The card's reflection questions and the team's answers.

use ratatui::text::Line;

use crate::app::{App, Pane};
use crate::deck::Guideline;
use crate::strings as s;
use crate::text::{clean_line, clean_text};

use super::super::chrome::{truncate_cells, width, wrap};
use super::super::theme;

/// The pane's title, its lines fitted to `inner` cells, and the lines of each item.
pub(super) fn questions_lines(
    app: &App,
    card: &Guideline,
    inner: usize,
) -> (String, Vec<Line<'static>>, Vec<std::ops::Range<usize>>) {
    let focused = app.cards.pane == Pane::Questions;
    let reflection = |i: usize| {
        app.session
            .as_ref()
            .and_then(|s| s.assessment.reflection(&card.id, i + 1))
            .filter(|t| !t.trim().is_empty())
    };
    let answered = (0..card.questions.len())
        .filter(|i| reflection(*i).is_some())
        .count();
    let title = match &app.session {
        Some(_) => format!(
            " {} · {} {answered} af {} ",
            s::PANE_QUESTIONS,
            s::ANSWERED,
            card.questions.len()
        ),
        None => format!(" {} ", s::PANE_QUESTIONS),
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut rows = Vec::new();
    for (i, q) in card.questions.iter().enumerate() {
        let start = lines.len();
        // The selection's marker as well as reverse video, then whether it is answered.
        let marker = if i == app.cards.question { "▶" } else { " " };
        let mark = if reflection(i).is_some() { "✓" } else { " " };
        let head = format!("{marker}{mark}{}. ", i + 1);
        let q = clean_line(&q.text);
        if i != app.cards.question || !focused {
            let room = inner.saturating_sub(width(&head));
            lines.push(Line::raw(format!("{head}{}", truncate_cells(&q, room))));
            rows.push(start..lines.len());
            continue;
        }
        let indent = " ".repeat(width(&head));
        let mut item: Vec<Line<'static>> = wrap(&q, inner.saturating_sub(width(&head)))
            .into_iter()
            .enumerate()
            .map(|(j, l)| Line::raw(format!("{}{l}", if j == 0 { &head } else { &indent })))
            .collect();
        if app.session.is_some() {
            match reflection(i) {
                Some(answer) => {
                    for l in wrap(
                        &clean_text(answer),
                        inner.saturating_sub(width(&indent) + 2),
                    ) {
                        item.push(Line::styled(
                            format!("{indent}{} {l}", theme::vertical()),
                            theme::ok(),
                        ));
                    }
                }
                None => item.push(Line::styled(
                    format!("{indent}{}", s::NO_ANSWER_YET),
                    theme::dim(),
                )),
            }
        }
        lines.extend(item.into_iter().map(|l| l.patch_style(theme::selected())));
        rows.push(start..lines.len());
    }
    (title, lines, rows)
}
