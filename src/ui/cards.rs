//! The card screen: the list of cards, the card's text, its reflection questions and its
//! anvisninger with their scores.

use std::hash::{Hash, Hasher};
use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::chrome::{ScaleCells, pane_block, score_cell, truncate_cells, width, wrap};
use super::scroll::{self, Keep};
use super::{markdown, theme};
use crate::app::{App, Areas, Pane, Scroll, Scrollable, Seek, Target};
use crate::assessment::{NonScore, Score};
use crate::deck::{Guideline, Kind};
use crate::strings as s;
use crate::text::{clean_line, clean_text};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let chosen = app.chosen();
    let Some(card) = chosen.get(app.cards.card).copied() else {
        return;
    };
    let list_width = match area.width {
        w if w >= 100 => 30,
        w if w >= 70 => 20,
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
            Pane::Questions => draw_questions(frame, right, app, card, areas),
            Pane::List if list_width == 0 => draw_list(frame, right, app, &chosen, areas),
            _ => draw_anvisninger(frame, right, app, card, areas),
        }
        return;
    }
    // The pane in focus gets the room; the others keep enough to be found and clicked.
    let h = right.height;
    let n = u16::try_from(card.anvisninger.len()).unwrap_or(u16::MAX);
    let listed = |most: u16| Constraint::Length((n + 2).min(most).max(3));
    let [text, questions, anvisninger] = match focus {
        Pane::Text | Pane::List => {
            Layout::vertical([Constraint::Fill(1), Constraint::Length(3), listed(h / 3)])
        }
        Pane::Questions => Layout::vertical([
            Constraint::Length((h / 4).max(3)),
            Constraint::Fill(1),
            listed(h / 4),
        ]),
        Pane::Anvisninger => Layout::vertical([
            Constraint::Length((h * 2 / 5).max(4)),
            Constraint::Length(3),
            Constraint::Fill(1),
        ]),
    }
    .areas(right);
    if focus == Pane::List && list_width == 0 {
        draw_list(frame, text, app, &chosen, areas);
    } else {
        draw_text(frame, text, app, card, areas);
    }
    draw_questions(frame, questions, app, card, areas);
    draw_anvisninger(frame, anvisninger, app, card, areas);
}

/// Click targets for the items of a scrolled list: item `i` covers `rows[i]` (content rows);
/// only the part inside the pane's inner area, after scrolling by `top`, is clickable.
fn item_targets(
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

fn draw_list(frame: &mut Frame, area: Rect, app: &App, chosen: &[&Guideline], areas: &mut Areas) {
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
        target: Target::Card,
    };
    draw_items(frame, area, areas, block, lines, items);
}

/// A pane of items, each a range of lines: which pane it is, how it scrolls, and what a click
/// on an item selects.
struct Items<'r, T: Fn(usize) -> Target> {
    pane: Pane,
    scroll: Scroll,
    /// `None` for a pane that only follows its selection.
    scrollable: Option<Scrollable>,
    rows: &'r [Range<usize>],
    selected: usize,
    target: T,
}

/// Draws a pane of items scrolled so the selected one stays in view, and records the pane and
/// every visible item for clicks.
fn draw_items<T: Fn(usize) -> Target>(
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
}

/// The card's own text: purpose, what it supports, worth knowing, legislation.
pub fn card_text(app: &App, card: &Guideline) -> Vec<Line<'static>> {
    let mut lines = card_head(app, card);
    lines.extend(legislation(card));
    lines
}

fn heading(lines: &mut Vec<Line<'static>>, text: &str) {
    lines.push(Line::default());
    lines.push(Line::styled(text.to_string(), theme::heading()));
}

/// Title, principles, purpose, what it supports, worth knowing.
fn card_head(app: &App, card: &Guideline) -> Vec<Line<'static>> {
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

fn legislation(card: &Guideline) -> Vec<Line<'static>> {
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
    let Some(card) = app.current_card() else {
        return;
    };
    let (lines, hit) = marked(reading_lines(app, card), app.cards.seek.as_ref());
    let title = format!(
        " {} {} · {} ",
        clean_line(&card.id),
        clean_line(&card.short_title()),
        s::READING_HINT
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

fn draw_text(frame: &mut Frame, area: Rect, app: &App, card: &Guideline, areas: &mut Areas) {
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
fn marked(lines: Vec<Line<'static>>, seek: Option<&Seek>) -> (Vec<Line<'static>>, Option<usize>) {
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

fn draw_questions(frame: &mut Frame, area: Rect, app: &App, card: &Guideline, areas: &mut Areas) {
    let focused = app.cards.pane == Pane::Questions;
    let inner = usize::from(area.width.saturating_sub(2));
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
        let mark = if reflection(i).is_some() { "✓" } else { " " };
        let head = format!("{mark}{}. ", i + 1);
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
                        item.push(Line::styled(format!("{indent}│ {l}"), theme::ok()));
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
    let items = Items {
        pane: Pane::Questions,
        scroll: app.cards.questions,
        scrollable: Some(Scrollable::Questions),
        rows: &rows,
        selected: app.cards.question,
        target: Target::Question,
    };
    draw_items(frame, area, areas, pane_block(title, focused), lines, items);
}

/// Width of the badge column: the longer of the two badges, in brackets, and a space.
const BADGE: usize = 13;

fn draw_anvisninger(frame: &mut Frame, area: Rect, app: &App, card: &Guideline, areas: &mut Areas) {
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
        target: Target::Anvisning,
    };
    draw_items(frame, area, areas, pane_block(title, focused), lines, items);
}

/// The selected anvisning in full: text, detail points, and what the team wrote.
fn expanded(
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

/// The footer's first line on the card screen: the selected level, or the scale (fitted to
/// `w` columns: the labels are shortened evenly rather than the last ones cut off).
pub fn context_line(app: &App, w: usize) -> (Line<'static>, ScaleCells) {
    let deck = &app.deck;
    let answer = app
        .current_anvisning_id()
        .and_then(|id| app.session.as_ref()?.assessment.answer(&id).cloned());
    let score = answer
        .and_then(|a| a.score)
        .filter(|_| app.cards.pane == Pane::Anvisninger);
    let described = match score {
        Some(Score::Level(v)) => deck
            .level(v)
            .map(|l| format!("{}: {}", clean_line(&l.label), clean_line(&l.description))),
        Some(Score::Other(n)) => {
            let l = match n {
                NonScore::NotRelevant => &deck.non_scores.not_relevant,
                NonScore::Unknown => &deck.non_scores.unknown,
            };
            Some(format!(
                "{}: {}",
                clean_line(&l.label),
                clean_line(&l.description)
            ))
        }
        None => None,
    };
    // With a score: the values stay clickable (the chosen one in brackets) and its meaning
    // follows.
    if let Some(meaning) = described {
        let current = score.and_then(Score::level);
        let mut text = String::new();
        let mut cells = Vec::new();
        for l in &deck.scale {
            let piece = if Some(l.value) == current {
                format!("[{}]", l.value)
            } else {
                format!(" {} ", l.value)
            };
            let at = u16::try_from(width(&text)).unwrap_or(u16::MAX);
            cells.push((at, u16::try_from(width(&piece)).unwrap_or(0), l.value));
            text.push_str(&piece);
        }
        text.push_str("  ");
        text.push_str(&meaning);
        return (Line::styled(truncate_cells(&text, w), theme::dim()), cells);
    }
    let labels: Vec<(u8, String)> = deck
        .scale
        .iter()
        .map(|l| (l.value, clean_line(&l.label)))
        .collect();
    let joined = |title: bool, rooms: &[usize]| {
        let mut text = if title {
            format!(" {}: ", s::LEGEND_TITLE)
        } else {
            " ".to_string()
        };
        let mut cells = Vec::new();
        for (i, ((v, label), room)) in labels.iter().zip(rooms).enumerate() {
            if i > 0 {
                text.push_str(" · ");
            }
            let p = format!("{v} {}", truncate_cells(label, *room));
            let at = u16::try_from(width(&text)).unwrap_or(u16::MAX);
            cells.push((at, u16::try_from(width(&p)).unwrap_or(0), *v));
            text.push_str(&p);
        }
        (text, cells)
    };
    let mut rooms: Vec<usize> = labels.iter().map(|(_, l)| width(l)).collect();
    let (mut text, mut cells) = joined(true, &rooms);
    if width(&text) > w {
        (text, cells) = joined(false, &rooms);
    }
    // The longest label gives way first, one cell at a time, so short ones stay whole.
    while width(&text) > w {
        let Some(longest) = (0..rooms.len()).max_by_key(|&i| rooms[i]) else {
            break;
        };
        if rooms[longest] <= 2 {
            break;
        }
        rooms[longest] -= 1;
        (text, cells) = joined(false, &rooms);
    }
    (Line::styled(text, theme::dim()), cells)
}

/// "Lav en fast tjekliste – Anne, senest 2027-01-31"
pub fn action_text(todo: &crate::assessment::Action) -> String {
    let mut text = clean_line(&todo.what);
    if !todo.who.is_empty() {
        text.push_str(&format!(" – {}", clean_line(&todo.who)));
    }
    if !todo.due.is_empty() {
        text.push_str(&format!(", senest {}", clean_line(&todo.due)));
    }
    text
}
