//! The summary of the open assessment: progress, legal requirements not yet secured (first, as
//! DESIGN.md asks), focus areas, then averages per guideline as bars.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use std::ops::Range;

use ratatui::widgets::{Block, Borders};

use super::chrome::{bar, truncate_cells, width, wrap};
use super::scroll::{self, Keep};
use super::theme;
use crate::app::{App, Areas, Scrollable, Target};
use crate::assessment::summarize;
use crate::strings as s;
use crate::text::clean_line;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let Some(session) = &app.session else {
        return;
    };
    let (mut lines, links) = summary_lines(
        app,
        &session.assessment,
        usize::from(area.width.saturating_sub(2)),
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme::dim())
        .title(Span::styled(
            format!(" {} · {} ", s::SUMMARY_TITLE, s::SUMMARY_HINT),
            theme::title(),
        ));
    let inner = block.inner(area);
    let selected = links.get(app.cards.summary_link).cloned();
    if let Some(rows) = &selected {
        for line in &mut lines[rows.clone()] {
            *line = std::mem::take(line).patch_style(theme::selected());
        }
    }
    let keep = selected.map_or(Keep::Nothing, Keep::Lines);
    let extent = scroll::draw(frame, area, block, lines, app.cards.summary, keep);
    areas.pane(area, Scrollable::Summary, extent);
    for (i, rows) in links.iter().enumerate() {
        let start = rows.start.max(usize::from(extent.top));
        let end = rows
            .end
            .min(usize::from(extent.top) + usize::from(inner.height));
        if start < end {
            let y = inner.y + u16::try_from(start - usize::from(extent.top)).unwrap_or(0);
            let h = u16::try_from(end - start).unwrap_or(0);
            areas.target(
                Rect::new(inner.x, y, inner.width, h),
                Target::SummaryLink(i),
            );
        }
    }
}

pub fn summary_lines(
    app: &App,
    assessment: &crate::assessment::Assessment,
    inner: usize,
) -> (Vec<Line<'static>>, Vec<Range<usize>>) {
    let deck = &app.deck;
    let summary = summarize(assessment, deck);
    let (done, total) = summary.progress;
    let max = f64::from(deck.max_level().max(1));
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}: ", s::SUMMARY_PROGRESS), theme::title()),
        Span::raw(format!(
            "{done} af {total} anvisninger {}",
            bar(done, total, 20)
        )),
    ])];
    if summary.unknown > 0 {
        lines[0].push_span(Span::raw(format!(
            " · {} {}",
            summary.unknown,
            s::UNKNOWN_SHORT
        )));
    }

    let anvisning = |id: &str| {
        deck.guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .find(|a| a.id == id)
    };
    // The rows of each line that leads somewhere, in the order of `App::summary_links`.
    let mut links: Vec<Range<usize>> = Vec::new();
    let item = |lines: &mut Vec<Line<'static>>, head: String, text: &str| {
        let indent = " ".repeat(width(&head));
        for (i, l) in wrap(&clean_line(text), inner.saturating_sub(width(&head)))
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { head.clone() } else { indent.clone() };
            lines.push(Line::raw(format!("{lead}{l}")));
        }
    };

    lines.push(Line::default());
    lines.push(Line::styled(s::SUMMARY_BELOW, theme::heading()));
    if summary.requirements_below.is_empty() {
        lines.push(Line::styled(s::SUMMARY_BELOW_NONE, theme::dim()));
    }
    for (id, _, score) in &summary.requirements_below {
        let text = anvisning(id).map(|a| a.text.as_str()).unwrap_or_default();
        let score = crate::compare::format::score_text(Some(*score));
        let start = lines.len();
        item(&mut lines, format!("{score} [LOVKRAV] {id:<8} "), text);
        links.push(start..lines.len());
    }

    lines.push(Line::default());
    lines.push(Line::styled(s::SUMMARY_FOCUS, theme::heading()));
    if summary.focus.is_empty() {
        lines.push(Line::styled(s::SUMMARY_FOCUS_NONE, theme::dim()));
    }
    for id in &summary.focus {
        let text = anvisning(id).map(|a| a.text.as_str()).unwrap_or_default();
        let start = lines.len();
        item(&mut lines, format!("◆ {id:<8} "), text);
        links.push(start..lines.len());
    }

    let disputed = crate::assessment::disputed(assessment, deck);
    if !disputed.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(s::SUMMARY_DISPUTED, theme::heading()));
        for id in disputed {
            let text = anvisning(id).map(|a| a.text.as_str()).unwrap_or_default();
            let answer = assessment.answer(id);
            let score = answer
                .and_then(|x| x.score)
                .and_then(|x| x.level())
                .map_or("–".to_string(), |v| v.to_string());
            let start = lines.len();
            item(&mut lines, format!("{score} {id:<8} "), text);
            if let Some(dissent) = answer.map(|x| x.dissent.trim()).filter(|d| !d.is_empty()) {
                item(&mut lines, format!("    {}: ", s::SUMMARY_DISSENT), dissent);
            }
            links.push(start..lines.len());
        }
    }

    lines.push(Line::default());
    lines.push(Line::styled(s::SUMMARY_ACTIONS, theme::heading()));
    if assessment.actions.is_empty() {
        lines.push(Line::styled(s::ACTION_NONE_YET, theme::dim()));
    }
    // Last time's actions first: they are what the team said it would do.
    let mut todos: Vec<&crate::assessment::Action> = assessment.actions.iter().collect();
    todos.sort_by_key(|t| !t.carried);
    for todo in todos {
        let status = match (todo.carried, todo.status) {
            (_, Some(st)) => format!("[{}] ", st.label()),
            (true, None) => format!("[{}] ", s::CARRIED_UNMARKED),
            (false, None) => String::new(),
        };
        let start = lines.len();
        item(
            &mut lines,
            format!("→ {:<8} {status}", todo.anvisning),
            &super::cards::action_text(todo),
        );
        links.push(start..lines.len());
    }

    if !assessment.parked.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(s::SUMMARY_PARKED, theme::heading()));
        for p in &assessment.parked {
            let place = if p.anvisning.is_empty() {
                String::new()
            } else {
                format!("{:<8} ", p.anvisning)
            };
            let start = lines.len();
            item(&mut lines, format!("• {place}"), &p.text);
            if !p.anvisning.is_empty() {
                links.push(start..lines.len());
            }
        }
    }

    lines.push(Line::default());
    lines.push(Line::styled(s::SUMMARY_AVERAGES, theme::heading()));
    // "2.1  Anvendelse af metoder   ▕████░░░░▏ 2,4  5/5"
    let bar_cells = (inner / 4).clamp(5, 20);
    let tail = bar_cells + 2 + 12;
    let title_room = inner.saturating_sub(6 + tail).max(6);
    for g in &summary.guidelines {
        let short = deck
            .guideline(&g.id)
            .map(|x| x.short_title())
            .unwrap_or_else(|| g.title.clone());
        let title = truncate_cells(&clean_line(&short), title_room);
        let pad = title_room.saturating_sub(width(&title));
        let (graph, average) = match g.average {
            Some(avg) => {
                let filled = ((avg / max) * bar_cells as f64).round() as usize;
                (
                    bar(filled, bar_cells, bar_cells),
                    crate::number::decimal(avg),
                )
            }
            None => (format!("▕{}▏", " ".repeat(bar_cells)), "–".to_string()),
        };
        links.push(lines.len()..lines.len() + 1);
        lines.push(Line::from(vec![
            Span::styled(format!("{:<6}", clean_line(&g.id)), theme::title()),
            Span::raw(title),
            Span::raw(" ".repeat(pad)),
            Span::raw(format!(" {graph} ")),
            Span::styled(format!("{average:>3}"), theme::title()),
            Span::styled(format!(" {:>3}/{:<3}", g.answered, g.total), theme::dim()),
        ]));
    }

    if !summary.orphans.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(s::SUMMARY_ORPHANS, theme::heading()));
        lines.push(Line::raw(summary.orphans.join(", ")));
    }
    (lines, links)
}
