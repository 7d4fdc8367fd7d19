//! The card's anvisninger: badge, score, and the selected one expanded with its details,
//! the agreed round's votes and dissent, its actions and notes.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::app::{App, Pane};
use crate::assessment::{NonScore, Score};
use crate::deck::{Guideline, Kind};
use crate::strings as s;
use crate::text::{clean_line, clean_text};

use super::super::chrome::{score_cell, truncate_cells, width, wrap};
use super::super::scroll;
use super::super::theme;
use super::action_text;

/// Below this many cells for its text, a row shows the short badges ([SKAL], [BØR]): the
/// text is what tells one anvisning from the next.
const ROOMY_TEXT: usize = 40;

/// An anvisning's badge in brackets: the long word, or the short one where room is tight.
fn badge(kind: Kind, short: bool) -> String {
    let word = match (kind, short) {
        (Kind::Requirement, false) => Kind::Requirement.badge(),
        (Kind::Recommendation, false) => Kind::Recommendation.badge(),
        (Kind::Requirement, true) => s::BADGE_SHORT_REQUIREMENT,
        (Kind::Recommendation, true) => s::BADGE_SHORT_RECOMMENDATION,
    };
    format!("[{word}]")
}

/// Last time's score as a short word beside the row.
fn last_word(score: Option<Score>) -> String {
    match score {
        Some(Score::Level(v)) => v.to_string(),
        Some(Score::Other(NonScore::Unknown)) => "?".to_string(),
        Some(Score::Other(NonScore::NotRelevant)) => "i.r.".to_string(),
        None => "–".to_string(),
    }
}

/// The pane's title, its lines fitted to `inner` cells, and the lines of each item.
pub(super) fn anvisninger_lines(
    app: &App,
    card: &Guideline,
    inner: usize,
) -> (String, Vec<Line<'static>>, Vec<std::ops::Range<usize>>) {
    let focused = app.cards.pane == Pane::Anvisninger;
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
    // Each column as wide as this card needs, so the text keeps the rest of the row.
    let id_w = card
        .anvisninger
        .iter()
        .map(|a| width(&clean_line(&a.id)))
        .max()
        .unwrap_or(0)
        + 1;
    let score_of = |a: &crate::deck::Anvisning| {
        if answers.is_some() {
            score_cell(answers.and_then(|x| x.answer(&a.id)), &app.deck)
        } else {
            (String::new(), Style::default())
        }
    };
    let score_w = card
        .anvisninger
        .iter()
        .map(|a| width(&score_of(a).0))
        .max()
        .unwrap_or(0);
    let last_of = |a: &crate::deck::Anvisning| {
        app.earlier
            .as_ref()
            .map(|e| last_word(e.assessment.answer(&a.id).and_then(|x| x.score)))
    };
    let last_w = card
        .anvisninger
        .iter()
        .filter_map(|a| last_of(a).map(|w| width(&w)))
        .max();
    let flags_of = |a: &crate::deck::Anvisning| {
        let answer = answers.and_then(|x| x.answer(&a.id));
        let mut flags = String::new();
        if answer.is_some_and(|x| x.focus) {
            flags.push('◆');
        }
        if answer.is_some_and(|x| !x.note.trim().is_empty()) {
            flags.push('✎');
        }
        flags
    };
    // The flags' column only as wide as this card's flags.
    let flags_w = card
        .anvisninger
        .iter()
        .map(|a| width(&flags_of(a)))
        .max()
        .unwrap_or(0);
    // marker, id, flags with a space each side, last time's "sidst N ", the score, a space.
    let fixed = 2
        + id_w
        + flags_w
        + 1
        + usize::from(flags_w > 0)
        + last_w.map_or(0, |w| width(s::LAST_SHORT) + w + 3)
        + score_w
        + 1;
    let long = width(&badge(Kind::Recommendation, false)) + 1;
    let short_badges = inner.saturating_sub(fixed + long) < ROOMY_TEXT;
    let badge_w = if short_badges {
        width(&badge(Kind::Requirement, true)) + 1
    } else {
        long
    };
    let room = inner.saturating_sub(fixed + badge_w);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut rows = Vec::new();
    for (i, a) in card.anvisninger.iter().enumerate() {
        let start = lines.len();
        let answer = answers.and_then(|x| x.answer(&a.id));
        let selected = i == app.cards.anvisning;
        let badge_style = match a.kind {
            Kind::Requirement => theme::requirement(),
            Kind::Recommendation => theme::recommendation(),
        };
        let marker = if selected { "▶ " } else { "  " };
        let id = format!("{:<id_w$}", clean_line(&a.id));
        let flags = flags_of(a);
        let (score, score_style) = score_of(a);
        // Last time's score beside this year's field, never in it.
        let last = match (last_of(a), last_w) {
            (Some(word), Some(w)) => format!("{} {word:<w$}  ", s::LAST_SHORT),
            _ => String::new(),
        };
        let text = clean_line(&a.text);
        let first = truncate_cells(&text, room);
        let pad = room.saturating_sub(width(&first));
        lines.push(Line::from(vec![
            Span::raw(marker),
            Span::styled(id, theme::title()),
            Span::styled(
                format!("{:<badge_w$}", badge(a.kind, short_badges)),
                badge_style,
            ),
            Span::raw(first),
            Span::raw(" ".repeat(pad)),
            Span::styled(
                format!(" {flags:>flags_w$}{}", if flags_w > 0 { " " } else { "" }),
                theme::title(),
            ),
            Span::styled(last, theme::dim()),
            Span::styled(format!("{score:<score_w$} "), score_style),
        ]));
        // Expanded only where the team is working; elsewhere the list is an overview.
        if selected && focused {
            let actions: Vec<&crate::assessment::Action> = answers
                .map(|x| x.actions.iter().filter(|t| t.anvisning == a.id).collect())
                .unwrap_or_default();
            let participants = answers.map_or(&[][..], |x| x.participants.as_slice());
            let last_goal = app
                .earlier
                .as_ref()
                .and_then(|e| e.assessment.answer(&a.id))
                .and_then(|x| x.goal);
            lines.extend(expanded(
                &app.deck,
                participants,
                a,
                (answer, last_goal),
                &actions,
                inner,
            ));
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
    (title, lines, rows)
}

/// The selected anvisning in full: text, detail points, and what the team wrote.
pub(super) fn expanded(
    deck: &crate::deck::Deck,
    participants: &[String],
    a: &crate::deck::Anvisning,
    (answer, last_goal): (Option<&crate::assessment::Answer>, Option<u8>),
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
    // Last time's goal beside this time's score (an assessment built on an earlier one).
    if let Some(goal) = last_goal {
        lines.push(Line::styled(
            format!("{INDENT}{}: {goal}", s::GOAL_LAST),
            theme::title(),
        ));
    }
    let Some(answer) = answer else {
        return lines;
    };
    if let Some(goal) = crate::report::goal_basis_text(answer) {
        lines.push(Line::styled(format!("{INDENT}{goal}"), theme::title()));
    }
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
        && let Some(votes) = crate::report::votes_text(deck, participants, answer)
    {
        labelled(s::VOTES_LABEL, &votes);
    }
    labelled(s::DISSENT_LABEL, &answer.dissent);
    lines
}
