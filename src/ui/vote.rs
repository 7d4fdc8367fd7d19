//! The voting round on top of the card screen: whose turn it is while votes are hidden (never
//! a value), then the reveal with each vote, a histogram, the median and spread, and
//! disagreement said in words.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::chrome::{centered, truncate_cells, width, wrap};
use super::overlays::{draw_editor, popup};
use super::theme;
use crate::app::vote::{Reveal, Round, Step, VoteView};
use crate::app::{App, Context, EditTarget, Editor, LineInput};
use crate::assessment::{
    Agreement, MEDIAN_RULE, MEDIAN_RULE_REQUIREMENT, NonScore, Score, kind_rule, kind_text,
    relevance_text, tally_text,
};
use crate::deck::{Anvisning, Kind};
use crate::strings as s;
use crate::text::{clean_line, clean_text};

/// Widest the histogram's bars get, in cells.
const BAR: usize = 20;

/// The anvisning's text above a round gets at most this many lines.
const TEXT_LINES: usize = 3;

/// `note`: the dissent note open on top of the round, drawn under the votes it is about.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, view: &VoteView, note: Option<&Editor>) {
    let round = &view.round;
    let title = match round.step {
        Step::Confirm { .. } => s::VOTE_CONFIRM_TITLE,
        Step::Tally { .. } => s::TALLY_TITLE,
        _ => s::VOTE_TITLE,
    };
    // The whole body is cleared, however wide: the card's scores behind the round stay out of
    // sight and out of mind (an old score must not anchor the hidden votes).
    frame.render_widget(Clear, area);
    if let Some(editor) = note {
        draw_with_note(frame, area, app, round, editor);
        return;
    }
    let rect = centered(area, area.width.min(100), area.height);
    let block = popup(format!(" {title} "));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let w = usize::from(inner.width.saturating_sub(1)).max(10);
    let height = usize::from(inner.height);
    let lines = match &round.step {
        Step::Confirm { item } if view.context() == Context::VoteCardAsk => {
            card_ask_lines(app, round, *item, w, height)
        }
        Step::Confirm { .. } => confirm_lines(app, round, w),
        Step::CancelAsk { .. } => cancel_lines(round, w),
        Step::Collecting { .. } => collecting_lines(app, round, w, height),
        Step::Tally { text, error } => tally_lines(app, round, text, error.as_deref(), w),
        Step::Revealed { .. } => round
            .reveal()
            .map(|r| reveal_lines(app, round, &r, view.no_median, w, height))
            .unwrap_or_default(),
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The footer's first line while a round is open: the scale, never the card's scores.
/// The scale under a round, fitted to `cols`: every level keeps its digit, and the labels are
/// shortened evenly when the whole line would not fit (the top level is never cut off).
pub fn scale_line(app: &App, cols: usize) -> Line<'static> {
    let levels = &app.deck.scale;
    let head = format!(" {}: ", s::LEGEND_TITLE);
    let full: Vec<String> = levels
        .iter()
        .map(|l| format!("{} {}", l.value, clean_line(&l.label)))
        .collect();
    let joined = full.join(" · ");
    let text = if width(&head) + width(&joined) <= cols {
        format!("{head}{joined}")
    } else {
        let n = levels.len().max(1);
        let room = cols.saturating_sub(1 + 3 * (n - 1)) / n;
        let short: Vec<String> = full
            .iter()
            .map(|l| truncate_cells(l, room.max(1)))
            .collect();
        format!(" {}", short.join(" · "))
    };
    Line::styled(text, theme::dim())
}

fn find<'a>(app: &'a App, id: &str) -> Option<&'a Anvisning> {
    app.deck.anvisninger().find(|a| a.id == id)
}

/// "2.1.1 [LOVKRAV]" and the anvisning's text, wrapped to at most `most` lines (cut with "…").
fn anvisning_lines(app: &App, id: &str, w: usize, most: usize) -> Vec<Line<'static>> {
    let Some(a) = find(app, id) else {
        return vec![Line::styled(clean_line(id), theme::title())];
    };
    let (badge, style) = match a.kind {
        Kind::Requirement => (Kind::Requirement.badge(), theme::requirement()),
        Kind::Recommendation => (Kind::Recommendation.badge(), theme::recommendation()),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(clean_line(&a.id), theme::title()),
        Span::raw(" "),
        Span::styled(format!("[{badge}]"), style),
    ])];
    let text = wrap(&clean_line(&a.text), w);
    let cut = text.len() > most;
    for (i, line) in text.into_iter().take(most).enumerate() {
        let line = if cut && i + 1 == most {
            truncate_cells(&format!("{line} …"), w)
        } else {
            line
        };
        lines.push(Line::raw(line));
    }
    lines
}

/// Rows a line takes when wrapped to `w` cells.
fn rows(lines: &[Line], w: usize) -> usize {
    lines.iter().map(|l| l.width().div_ceil(w).max(1)).sum()
}

/// A text wrapped to `w` cells, one styled line per row, so the rows can be counted.
fn para(text: &str, style: Style, w: usize) -> Vec<Line<'static>> {
    wrap(text, w)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// The anvisning above a step's own lines, fitted to `height` rows: when they do not all fit,
/// blank spacer lines go (the last first), then the anvisning's text is cut shorter (its id
/// stays), so what to press next never falls below the edge of a small window.
fn fit(
    app: &App,
    id: &str,
    mut body: Vec<Line<'static>>,
    w: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let head = rows(&anvisning_lines(app, id, w, TEXT_LINES), w);
    while head + rows(&body, w) > height {
        let Some(blank) = body.iter().rposition(|l| l.width() == 0) else {
            break;
        };
        body.remove(blank);
    }
    let room = height.saturating_sub(rows(&body, w) + 1);
    let mut lines = anvisning_lines(app, id, w, room.min(TEXT_LINES));
    lines.extend(body);
    lines
}

fn confirm_lines(app: &App, round: &Round, w: usize) -> Vec<Line<'static>> {
    let ids: Vec<String> = round.items().iter().map(|i| clean_line(i)).collect();
    let mut lines = if ids.len() == 1 {
        anvisning_lines(app, &ids[0], w, TEXT_LINES)
    } else {
        Vec::new()
    };
    lines.push(Line::default());
    // Name only the anvisninger that hold votes: a card round may replace just one of them.
    let assessment = app.session.as_ref().map(|x| &x.assessment);
    let voted: Vec<&str> = round
        .items()
        .iter()
        .zip(&ids)
        .filter(|(id, _)| {
            assessment
                .and_then(|a| a.answer(id))
                .is_some_and(|x| x.has_votes())
        })
        .map(|(_, shown)| shown.as_str())
        .collect();
    let which = if voted.is_empty() {
        ids.join(", ")
    } else {
        voted.join(", ")
    };
    lines.extend(para(
        &format!("{which} {}", s::VOTE_REPLACES),
        Style::default(),
        w,
    ));
    lines
}

/// A card round asks about one anvisning that already holds votes: vote again, or leave it out.
fn card_ask_lines(
    app: &App,
    round: &Round,
    item: usize,
    w: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let Some(id) = round.items().get(item) else {
        return Vec::new();
    };
    let mut body = vec![Line::default()];
    body.extend(para(
        &format!("{} {}", clean_line(id), s::VOTE_CARD_ASK),
        Style::default(),
        w,
    ));
    body.push(Line::default());
    body.extend(para(s::VOTE_CARD_ASK_KEYS, theme::dim(), w));
    fit(app, id, body, w, height)
}

/// Esc with hidden votes: how many would go, never what they are.
fn cancel_lines(round: &Round, w: usize) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    lines.extend(para(
        &s::vote_cancel_question(round.hidden_votes()),
        theme::heading(),
        w,
    ));
    lines.push(Line::default());
    lines.extend(para(s::VOTE_CANCEL_WHY, theme::dim(), w));
    lines
}

fn collecting_lines(app: &App, round: &Round, w: usize, height: usize) -> Vec<Line<'static>> {
    let Some((voter, item)) = round.turn() else {
        return Vec::new();
    };
    let mut lines = vec![Line::default()];
    let mut turn = vec![Span::styled(
        format!("▶ {} {}", clean_line(voter), s::VOTE_TURN),
        theme::heading(),
    )];
    let n = round.items().len();
    if n > 1 {
        let at = round.items().iter().position(|i| i == item).unwrap_or(0) + 1;
        turn.push(Span::styled(
            format!("  (anvisning {at} {} {n})", s::VOTE_OF),
            theme::dim(),
        ));
    }
    lines.push(Line::from(turn));
    lines.extend(para(s::VOTE_HIDDEN, theme::dim(), w));
    lines.push(Line::default());
    let name_w = round
        .voters()
        .iter()
        .map(|v| width(&clean_line(v)))
        .max()
        .unwrap_or(0)
        .min(24);
    let (done, present) = round.voted();
    let current = round.voters().iter().position(|v| v == voter);
    // Whose turn, who is done, who waits: never what anyone voted.
    for (i, name) in round.voters().iter().enumerate() {
        let (mark, state, style) = if round.is_absent(i) {
            (" ", s::VOTE_ABSENT, theme::dim())
        } else if Some(i) == current {
            ("▶", s::VOTE_TURN, theme::heading())
        } else if current.is_some_and(|c| i < c) {
            ("✓", s::VOTE_DONE, theme::ok())
        } else {
            (" ", s::VOTE_WAITING, theme::dim())
        };
        let name = truncate_cells(&clean_line(name), name_w);
        let pad = name_w - width(&name);
        lines.push(Line::from(vec![
            Span::styled(format!("  {mark} {name}{} ", " ".repeat(pad)), style),
            Span::styled(state.to_string(), style),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!("{done} {} {present} {}", s::VOTE_OF, s::VOTE_HAVE_VOTED),
        theme::title(),
    ));
    fit(app, item, lines, w, height)
}

fn tally_lines(
    app: &App,
    round: &Round,
    text: &LineInput,
    error: Option<&str>,
    w: usize,
) -> Vec<Line<'static>> {
    let mut lines = round
        .items()
        .first()
        .map(|id| anvisning_lines(app, id, w, TEXT_LINES))
        .unwrap_or_default();
    lines.push(Line::default());
    lines.push(Line::raw(s::TALLY_PROMPT));
    lines.push(Line::default());
    let (before, after) = text.around_cursor(None);
    lines.push(Line::from(vec![
        Span::styled("> ", theme::key()),
        Span::raw(before),
        Span::styled("▏", theme::key()),
        Span::raw(after),
    ]));
    if let Some(e) = error {
        lines.push(Line::default());
        lines.push(Line::styled(format!("⚠ {}", clean_line(e)), theme::error()));
    }
    lines
}

fn vote_word(score: Score) -> String {
    match score {
        Score::Level(v) => v.to_string(),
        Score::Other(NonScore::Unknown) => s::REVEAL_UNKNOWN.to_string(),
        Score::Other(NonScore::NotRelevant) => s::REVEAL_NOT_RELEVANT.to_string(),
    }
}

/// "Anna 2 · Bo 3 · Ceylan 3", or the counts when there are no names.
fn votes_text(r: &Reveal) -> String {
    if r.named.is_empty() {
        return tally_text(&r.stats);
    }
    r.named
        .iter()
        .filter_map(|(name, vote)| vote.map(|v| format!("{} {}", clean_line(name), vote_word(v))))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "Median 3 · spredning 2–3 · 1 ved ikke (…)".
fn about_text(r: &Reveal) -> String {
    let mut about = Vec::new();
    if let Some(m) = r.stats.median {
        about.push(format!("{} {m}", s::REVEAL_MEDIAN));
    }
    if let Some((lo, hi)) = r.stats.spread {
        about.push(format!("{} {lo}–{hi}", s::REVEAL_SPREAD));
    }
    // Off the scale: mentioned, never part of the median or the kind.
    let off: Vec<String> = [
        (r.stats.unknown, s::REVEAL_UNKNOWN),
        (r.stats.not_relevant, s::REVEAL_NOT_RELEVANT),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect();
    if !off.is_empty() {
        about.push(format!(
            "{} ({})",
            off.join(", "),
            s::REVEAL_UNKNOWN_NOT_COUNTED
        ));
    }
    about.join(" · ")
}

/// The dissent note under a short account of the votes it is about (who voted what, median,
/// spread), which stays in sight while the team writes. The round may already stand on its
/// next reveal; that one waits out of sight until the note is closed.
fn draw_with_note(frame: &mut Frame, area: Rect, app: &App, round: &Round, editor: &Editor) {
    let id = match &editor.target {
        EditTarget::Dissent { anvisning } | EditTarget::Reason { anvisning } => anvisning.as_str(),
        _ => "",
    };
    let w = usize::from(area.width.min(100).saturating_sub(3)).max(10);
    let lines: Vec<Line<'static>> = round
        .reveal_of(id)
        .map(|r| {
            let mut lines = para(
                &format!(
                    "{} · {}: {}",
                    clean_line(id),
                    s::REVEAL_VOTES,
                    votes_text(&r)
                ),
                theme::heading(),
                w,
            );
            lines.extend(para(&about_text(&r), theme::title(), w));
            lines
        })
        .unwrap_or_default();
    let top = u16::try_from(rows(&lines, w) + 2)
        .unwrap_or(u16::MAX)
        .min(area.height / 3);
    let [head, rest] = Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area);
    let rect = centered(head, head.width.min(100), head.height);
    let block = popup(format!(" {} ", s::VOTE_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    draw_editor(frame, rest, app, editor);
}

fn reveal_lines(
    app: &App,
    round: &Round,
    r: &Reveal,
    no_median: bool,
    w: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let (at, of) = r.place;
    if of > 1 {
        lines.push(Line::styled(
            format!(
                "{} {at} {} {of}, {}",
                s::REVEAL_SHOWING,
                s::VOTE_OF,
                s::REVEAL_ORDER
            ),
            theme::dim(),
        ));
    }
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", s::REVEAL_VOTES), theme::heading()),
        Span::raw(votes_text(r)),
    ]));
    if r.named.is_empty() && !round.voters().is_empty() {
        lines.push(Line::styled(s::REVEAL_ANONYMOUS, theme::dim()));
    }
    lines.push(Line::default());
    let most = r
        .stats
        .histogram
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    let label_w = app
        .deck
        .scale
        .iter()
        .map(|l| width(&clean_line(&l.label)))
        .max()
        .unwrap_or(0)
        .min(26);
    for (level, n) in &r.stats.histogram {
        let label = app
            .deck
            .level(*level)
            .map(|l| truncate_cells(&clean_line(&l.label), label_w))
            .unwrap_or_default();
        let pad = label_w - width(&label);
        let bar = "█".repeat(n * BAR / most);
        let count = if *n > 0 {
            format!(" {n}")
        } else {
            String::new()
        };
        let style = if Some(*level) == r.stats.median {
            theme::title()
        } else {
            Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{level} {label}{} {}", " ".repeat(pad), theme::vertical()),
                theme::dim(),
            ),
            Span::styled(format!("{bar}{count}"), style),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::styled(about_text(r), theme::title()));
    // The kind in words with the count, then its rule: what the team is looking at and why.
    if let (Some(kind), Some(text)) = (r.stats.kind, kind_text(&r.stats)) {
        let (head, style) = match kind {
            k if k.flagged() => (format!("{}: {text}", s::REVEAL_DISAGREE), theme::error()),
            Agreement::Agreed => (text, theme::ok()),
            _ => (text, theme::title()),
        };
        lines.extend(para(&head, style, w));
        let mut rule = kind_rule(kind, &app.deck.scale_values());
        if kind.flagged() {
            rule = format!("{rule} {}", s::REVEAL_TALK);
        }
        lines.extend(para(&rule, theme::dim(), w));
    }
    if let Some(text) = relevance_text(&r.stats) {
        lines.extend(para(
            &format!("{}: {text}", s::REVEAL_DISAGREE),
            theme::error(),
            w,
        ));
        lines.extend(para(s::KIND_RULE_RELEVANCE, theme::dim(), w));
    }
    if r.stats.counted > 1 && r.stats.counted.is_multiple_of(2) {
        // The reason for the lower median holds only where the law sets the bar.
        let requirement = app
            .deck
            .anvisninger()
            .find(|x| x.id == r.anvisning)
            .is_some_and(|x| x.kind == crate::deck::Kind::Requirement);
        let rule = if requirement {
            MEDIAN_RULE_REQUIREMENT
        } else {
            MEDIAN_RULE
        };
        lines.extend(para(rule, theme::dim(), w));
    }
    // Only "ved ikke": say at once that there is no median for Enter (in red once tried).
    if r.agreed.is_none() && r.stats.median.is_none() {
        let style = if no_median {
            theme::error()
        } else {
            Style::default()
        };
        lines.extend(para(s::REVEAL_NO_MEDIAN, style, w));
    }
    if r.agreed.is_none()
        && let Some(m) = r.stats.median
    {
        let then = if r.stats.disagreement {
            format!(" {}", s::REVEAL_THEN_DISSENT)
        } else {
            String::new()
        };
        let what = format!("{} {m}. {}{then}", s::REVEAL_AGREE_ON, s::REVEAL_OR_TYPE);
        lines.extend(para(&what, Style::default(), w));
    }
    if let Some(agreed) = r.agreed {
        lines.push(Line::styled(
            format!("{} {}.", s::REVEAL_AGREE, vote_word(agreed)),
            theme::ok(),
        ));
    }
    let mut lines = fit(app, r.anvisning, lines, w, height);
    // The anvisning's note (merged pre-assessments gather everyone's as "Navn: …") takes the
    // rows left over, so it never pushes what to press off a small window.
    let note = app
        .session
        .as_ref()
        .and_then(|x| x.assessment.answer(r.anvisning))
        .map(|x| x.note.trim())
        .unwrap_or_default();
    // A blank line and the heading come before the text.
    let room = height.saturating_sub(rows(&lines, w) + 2);
    if !note.is_empty() && room > 0 {
        let mut text = para(&clean_text(note), Style::default(), w);
        if text.len() > room {
            text.truncate(room);
            if let Some(last) = text.last_mut() {
                *last = Line::raw(truncate_cells(&format!("{last} …"), w));
            }
        }
        lines.push(Line::default());
        lines.push(Line::styled(s::NOTE, theme::heading()));
        lines.extend(text);
    }
    lines
}
