//! The card screen: the list of cards, the card's text, its reflection questions and its
//! anvisninger with their scores.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::chrome::{pane_block, score_cell, truncate_cells, width, wrap};
use super::{markdown, theme};
use crate::app::{App, Pane};
use crate::assessment::{NonScore, Score};
use crate::deck::{Guideline, Kind};
use crate::strings as s;
use crate::text::{clean_line, clean_text};

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
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
        draw_list(frame, list_area, app, &chosen);
    }
    let focus = app.cards.pane;
    // Small windows show one pane at a time: the one in focus.
    if right.height < 14 {
        match focus {
            Pane::Text => draw_text(frame, right, app, card),
            Pane::Questions => draw_questions(frame, right, app, card),
            Pane::List if list_width == 0 => draw_list(frame, right, app, &chosen),
            _ => draw_anvisninger(frame, right, app, card),
        }
        return;
    }
    let weight = |pane: Pane, base: u16| if pane == focus { base + 3 } else { base };
    let [text, questions, anvisninger] = Layout::vertical([
        Constraint::Fill(weight(Pane::Text, 3)),
        Constraint::Fill(weight(Pane::Questions, 2)),
        Constraint::Fill(weight(Pane::Anvisninger, 4) + u16::from(focus == Pane::List) * 3),
    ])
    .areas(right);
    if focus == Pane::List && list_width == 0 {
        draw_list(frame, text, app, &chosen);
    } else {
        draw_text(frame, text, app, card);
    }
    draw_questions(frame, questions, app, card);
    draw_anvisninger(frame, anvisninger, app, card);
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, chosen: &[&Guideline]) {
    let focused = app.cards.pane == Pane::List;
    let inner = usize::from(area.width.saturating_sub(2));
    let items: Vec<ListItem> = chosen
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
            ListItem::new(Line::from(vec![
                Span::raw(head),
                Span::raw(title),
                Span::raw(" ".repeat(pad)),
                Span::styled(progress, theme::dim()),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.cards.card));
    let list = List::new(items)
        .block(pane_block(format!(" {} ", s::PANE_CARDS), focused))
        .highlight_style(if focused {
            theme::selected()
        } else {
            Style::default()
        });
    frame.render_stateful_widget(list, area, &mut state);
}

/// The card's own text: purpose, what it supports, worth knowing, legislation.
pub fn card_text(app: &App, card: &Guideline) -> Vec<Line<'static>> {
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
    let heading = |lines: &mut Vec<Line<'static>>, text: &str| {
        lines.push(Line::default());
        lines.push(Line::styled(text.to_string(), theme::heading()));
    };
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

fn draw_text(frame: &mut Frame, area: Rect, app: &App, card: &Guideline) {
    let lines = card_text(app, card);
    let max_scroll = u16::try_from(lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let title = format!(
        " {} {} ",
        clean_line(&card.id),
        clean_line(&card.short_title())
    );
    let paragraph = Paragraph::new(lines)
        .block(pane_block(title, app.cards.pane == Pane::Text))
        .wrap(Wrap { trim: false })
        .scroll((app.cards.scroll.min(max_scroll), 0));
    frame.render_widget(paragraph, area);
}

fn draw_questions(frame: &mut Frame, area: Rect, app: &App, card: &Guideline) {
    let focused = app.cards.pane == Pane::Questions;
    let inner = usize::from(area.width.saturating_sub(2));
    let max_lines = usize::from(area.height.saturating_sub(2)).max(1);
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
    let items: Vec<ListItem> = card
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let mark = if reflection(i).is_some() { "✓" } else { " " };
            let head = format!("{mark}{}. ", i + 1);
            let q = clean_line(&q.text);
            if i != app.cards.question || !focused {
                let room = inner.saturating_sub(width(&head));
                return ListItem::new(Line::raw(format!("{head}{}", truncate_cells(&q, room))));
            }
            let indent = " ".repeat(width(&head));
            let mut lines: Vec<Line> = wrap(&q, inner.saturating_sub(width(&head)))
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
                            lines.push(Line::styled(format!("{indent}│ {l}"), theme::ok()));
                        }
                    }
                    None => lines.push(Line::styled(
                        format!("{indent}{}", s::NO_ANSWER_YET),
                        theme::dim(),
                    )),
                }
            }
            lines.truncate(max_lines);
            ListItem::new(Text::from(lines))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.cards.question));
    let list = List::new(items)
        .block(pane_block(title, focused))
        .highlight_style(if focused {
            theme::selected()
        } else {
            Style::default()
        });
    frame.render_stateful_widget(list, area, &mut state);
}

/// Width of the badge column: the longer of the two badges, in brackets, and a space.
const BADGE: usize = 13;

fn draw_anvisninger(frame: &mut Frame, area: Rect, app: &App, card: &Guideline) {
    let focused = app.cards.pane == Pane::Anvisninger;
    let inner = usize::from(area.width.saturating_sub(2));
    let max_lines = usize::from(area.height.saturating_sub(2)).max(1);
    let answers = app.session.as_ref().map(|s| &s.assessment);
    let done = card
        .anvisninger
        .iter()
        .filter(|a| {
            answers
                .and_then(|x| x.answer(&a.id))
                .is_some_and(|x| x.score.is_some())
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
    let items: Vec<ListItem> = card
        .anvisninger
        .iter()
        .enumerate()
        .map(|(i, a)| {
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
            let tail = format!(" {flags:>2} {score:<9}");
            let room = inner.saturating_sub(2 + width(&id) + BADGE + width(&tail));
            let text = clean_line(&a.text);
            let first = truncate_cells(&text, room);
            let pad = room.saturating_sub(width(&first));
            let mut lines = vec![Line::from(vec![
                Span::raw(marker),
                Span::styled(id, theme::title()),
                Span::styled(format!("{badge:<BADGE$}"), badge_style),
                Span::raw(first),
                Span::raw(" ".repeat(pad)),
                Span::styled(format!(" {flags:>2} "), theme::title()),
                Span::styled(format!("{score:<9}"), score_style),
            ])];
            if selected {
                let actions: Vec<&crate::assessment::Action> = answers
                    .map(|x| x.actions.iter().filter(|t| t.anvisning == a.id).collect())
                    .unwrap_or_default();
                lines.extend(expanded(a, answer, &actions, inner));
                // An item taller than the pane would not be drawn at all.
                lines.truncate(max_lines);
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.cards.anvisning));
    let list = List::new(items)
        .block(pane_block(title, focused))
        .highlight_style(if focused {
            Style::default().add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            Style::default()
        });
    frame.render_stateful_widget(list, area, &mut state);
}

/// The selected anvisning in full: text, detail points, and what the team wrote.
fn expanded(
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
        let text = action_text(todo);
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
    lines
}

/// The footer's first line on the card screen: the selected level, or the scale.
pub fn context_line(app: &App) -> Line<'static> {
    let deck = &app.deck;
    let answer = app
        .current_anvisning_id()
        .and_then(|id| app.session.as_ref()?.assessment.answer(&id).cloned());
    let described = match answer.and_then(|a| a.score) {
        Some(Score::Level(v)) if app.cards.pane == Pane::Anvisninger => deck.level(v).map(|l| {
            format!(
                " {v} {}: {}",
                clean_line(&l.label),
                clean_line(&l.description)
            )
        }),
        Some(Score::Other(n)) if app.cards.pane == Pane::Anvisninger => {
            let l = match n {
                NonScore::NotRelevant => &deck.non_scores.not_relevant,
                NonScore::Unknown => &deck.non_scores.unknown,
            };
            Some(format!(
                " {}: {}",
                clean_line(&l.label),
                clean_line(&l.description)
            ))
        }
        _ => None,
    };
    let text = described.unwrap_or_else(|| {
        let levels: Vec<String> = deck
            .scale
            .iter()
            .map(|l| format!("{} {}", l.value, clean_line(&l.label)))
            .collect();
        format!(" {}: {}", s::LEGEND_TITLE, levels.join(" · "))
    });
    Line::styled(text, theme::dim())
}

/// "Lav en fast tjekliste – Anne, senest 2027-01-31"
pub fn action_text(todo: &crate::assessment::Action) -> String {
    let mut text = clean_line(&todo.what);
    // How far it has come, as the minutes say it ("i gang", "udført (fra sidst)").
    let status = crate::report::status_text(todo);
    if !status.is_empty() {
        text.push_str(&format!(" · {status}"));
    }
    if !todo.who.is_empty() {
        text.push_str(&format!(" – {}", clean_line(&todo.who)));
    }
    if !todo.due.is_empty() {
        text.push_str(&format!(", senest {}", clean_line(&todo.due)));
    }
    text
}
