//! The card's anvisninger: badge, score, and the selected one expanded with its details,
//! the agreed round's votes and dissent, its actions and notes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::app::{App, Areas, Pane, Scrollable, Target};
use crate::assessment::{NonScore, Score};
use crate::deck::{Guideline, Kind};
use crate::strings as s;
use crate::text::{clean_line, clean_text};

use super::super::chrome::{pane_block, score_cell, truncate_cells, width, wrap};
use super::super::scroll;
use super::super::theme;
use super::{Items, action_text, draw_items};

/// Width of the badge column: the longer of the two badges, in brackets, and a space.
pub(super) const BADGE: usize = 13;

pub(super) fn draw_anvisninger(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    card: &Guideline,
    areas: &mut Areas,
) {
    let focused = app.cards.pane == Pane::Anvisninger;
    let inner = usize::from(area.width.saturating_sub(2));
    let answers = app.session.as_ref().map(|s| &s.assessment);
    let done = card
        .anvisninger
        .iter()
        .filter(|a| {
            answers
                .and_then(|x| x.answer(&a.id))
                .and_then(|x| x.score)
                .is_some_and(Score::is_assessed)
        })
        .count();
    let title = match answers {
        Some(_) => format!(
            " {} · {done}/{} {} ",
            s::PANE_ANVISNINGER,
            card.anvisninger.len(),
            s::ASSESSED
        ),
        None => format!(" {} ", s::PANE_ANVISNINGER),
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut rows = Vec::new();
    for (i, a) in card.anvisninger.iter().enumerate() {
        let start = lines.len();
        let answer = answers.and_then(|x| x.answer(&a.id));
        let selected = i == app.cards.anvisning;
        let (badge, badge_style) = match a.kind {
            Kind::Requirement => (
                format!("[{}]", Kind::Requirement.badge()),
                theme::requirement(),
            ),
            Kind::Recommendation => (
                format!("[{}]", Kind::Recommendation.badge()),
                theme::recommendation(),
            ),
        };
        let marker = if selected { "▶ " } else { "  " };
        let id = format!("{:<8}", clean_line(&a.id));
        let mut flags = String::new();
        if answer.is_some_and(|x| x.focus) {
            flags.push('◆');
        }
        if answer.is_some_and(|x| !x.note.trim().is_empty()) {
            flags.push('✎');
        }
        let (score, score_style) = if answers.is_some() {
            score_cell(answer, &app.deck)
        } else {
            (String::new(), Style::default())
        };
        // Last time's score beside this year's field, never in it.
        let last = app.earlier.as_ref().map(|e| {
            let word = match e.assessment.answer(&a.id).and_then(|x| x.score) {
                Some(Score::Level(v)) => v.to_string(),
                Some(Score::Other(NonScore::Unknown)) => "?".to_string(),
                Some(Score::Other(NonScore::NotRelevant)) => "i.r.".to_string(),
                None => "–".to_string(),
            };
            format!("{} {word:<4} ", s::LAST_SHORT)
        });
        let last = last.unwrap_or_default();
        let tail = format!(" {flags:>2} {last}{score:<9}");
        let room = inner.saturating_sub(2 + width(&id) + BADGE + width(&tail));
        let text = clean_line(&a.text);
        let first = truncate_cells(&text, room);
        let pad = room.saturating_sub(width(&first));
        lines.push(Line::from(vec![
            Span::raw(marker),
            Span::styled(id, theme::title()),
            Span::styled(format!("{badge:<BADGE$}"), badge_style),
            Span::raw(first),
            Span::raw(" ".repeat(pad)),
            Span::styled(format!(" {flags:>2} "), theme::title()),
            Span::styled(last, theme::dim()),
            Span::styled(format!("{score:<9}"), score_style),
        ]));
        // Expanded only where the team is working; elsewhere the list is an overview.
        if selected && focused {
            let actions: Vec<&crate::assessment::Action> = answers
                .map(|x| x.actions.iter().filter(|t| t.anvisning == a.id).collect())
                .unwrap_or_default();
            lines.extend(expanded(&app.deck, a, answer, &actions, inner));
            if let Some(seek) = &app.cards.seek {
                for line in &mut lines[start..] {
                    *line = scroll::mark(std::mem::take(line), &seek.needle).0;
                }
            }
            for line in &mut lines[start..] {
                *line = std::mem::take(line).patch_style(Modifier::BOLD);
            }
        }
        rows.push(start..lines.len());
    }
    let items = Items {
        pane: Pane::Anvisninger,
        scroll: app.cards.anvisninger,
        scrollable: Some(Scrollable::Anvisninger),
        rows: &rows,
        selected: app.cards.anvisning,
        focused,
        target: Target::Anvisning,
    };
    draw_items(frame, area, areas, pane_block(title, focused), lines, items);
}

/// The selected anvisning in full: text, detail points, and what the team wrote.
pub(super) fn expanded(
    deck: &crate::deck::Deck,
    a: &crate::deck::Anvisning,
    answer: Option<&crate::assessment::Answer>,
    actions: &[&crate::assessment::Action],
    inner: usize,
) -> Vec<Line<'static>> {
    const INDENT: &str = "    ";
    let room = inner.saturating_sub(INDENT.len());
    let mut lines: Vec<Line<'static>> = wrap(&clean_line(&a.text), room)
        .into_iter()
        .map(|l| Line::raw(format!("{INDENT}{l}")))
        .collect();
    for d in &a.details {
        for (j, l) in wrap(&clean_line(d), room.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let bullet = if j == 0 { "• " } else { "  " };
            lines.push(Line::styled(format!("{INDENT}{bullet}{l}"), theme::dim()));
        }
    }
    for todo in actions {
        // How far it has come, as the minutes say it ("i gang", "udført (fra sidst)").
        let mut text = action_text(todo);
        let status = crate::report::status_text(todo);
        if !status.is_empty() {
            text = format!("{text} · {}", clean_line(&status));
        }
        let head = format!("{}: ", s::ACTION_LABEL);
        let pad = " ".repeat(width(&head));
        for (j, l) in wrap(&text, room.saturating_sub(width(&head)))
            .into_iter()
            .enumerate()
        {
            let lead = if j == 0 { head.as_str() } else { pad.as_str() };
            lines.push(Line::styled(format!("{INDENT}{lead}{l}"), theme::title()));
        }
    }
    let Some(answer) = answer else {
        return lines;
    };
    if answer.focus {
        lines.push(Line::styled(
            format!("{INDENT}◆ {}", s::FOCUS),
            theme::title(),
        ));
    }
    let mut labelled = |label: &str, text: &str| {
        if text.trim().is_empty() {
            return;
        }
        let head = format!("{label}: ");
        let pad = " ".repeat(width(&head));
        for (j, l) in wrap(&clean_text(text), room.saturating_sub(width(&head)))
            .into_iter()
            .enumerate()
        {
            let lead = if j == 0 { head.as_str() } else { pad.as_str() };
            lines.push(Line::styled(format!("{INDENT}{lead}{l}"), theme::ok()));
        }
    };
    if answer.score == Some(Score::Other(NonScore::NotRelevant)) || !answer.reason.is_empty() {
        labelled(s::REASON, &answer.reason);
    }
    labelled(s::NOTE, &answer.note);
    // How the last round went, in the reports' words. A round in progress covers the whole
    // card (ui::vote clears the body), so old votes never show beside hidden ones; votes the
    // team has not agreed on wait for their reveal (`r`), so they are not shown before it.
    if answer.score.is_some()
        && let Some(votes) = crate::report::votes_text(deck, answer)
    {
        labelled(s::VOTES_LABEL, &votes);
    }
    labelled(s::DISSENT_LABEL, &answer.dissent);
    lines
}
