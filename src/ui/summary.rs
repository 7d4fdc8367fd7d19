//! The summary of the open assessment: progress, legal requirements not yet secured (first, as
//! DESIGN.md asks), focus areas, then averages per guideline as bars.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use std::ops::Range;

use super::chrome::{bar, truncate_cells, width, wrap};
use super::scroll::{self, Keep};
use super::theme;
use crate::app::{App, Areas, Scrollable, Section, SummaryLine, Target, summary_lines};
use crate::assessment::summarize;
use crate::strings as s;
use crate::text::clean_line;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let Some(session) = &app.session else {
        return;
    };
    let (mut lines, links) = drawn_lines(
        app,
        &session.assessment,
        // Two columns are the gutter for the selection's marker.
        usize::from(area.width.saturating_sub(4)),
    );
    let block = super::chrome::bordered(theme::BorderKind::Plain)
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
    let marked = selected.as_ref().map(|r| r.start);
    for (i, line) in lines.iter_mut().enumerate() {
        let gutter = if Some(i) == marked { "▶ " } else { "  " };
        line.spans.insert(0, Span::raw(gutter));
    }
    let keep = selected.map_or(Keep::Nothing, Keep::Lines);
    let extent = scroll::draw(frame, area, block, lines, app.cards.summary, keep);
    areas.pane(area, Scrollable::Summary, extent);
    areas.focus_marker(frame.buffer_mut(), inner);
    // Each line is one row (the view wraps them itself), so the lines are the rows.
    super::cards::item_targets(areas, inner, extent.top, &links, Target::SummaryLink);
}

/// The overview as lines at `inner` columns, and the rows of each line that leads somewhere.
fn drawn_lines(
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
        deck.anvisninger()
            .find(|a| a.id == id)
            .map(|a| a.text.as_str())
            .unwrap_or_default()
    };
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
    // "2.1  Anvendelse af metoder   ▕████░░░░▏ 2,4  5/5"
    let bar_cells = (inner / 4).clamp(5, 20);
    let tail = bar_cells + 2 + 12;
    let title_room = inner.saturating_sub(6 + tail).max(6);

    // The rows of each line that leads somewhere, in the order of `App::summary_links`: both
    // come from the one list of the overview's lines.
    let shown = summary_lines(assessment, deck, &summary);
    let mut links: Vec<Range<usize>> = Vec::new();
    for section in Section::ORDER {
        let in_section: Vec<&SummaryLine> =
            shown.iter().filter(|l| l.section() == section).collect();
        let (title, none) = match section {
            Section::Below => (s::SUMMARY_BELOW, Some(s::SUMMARY_BELOW_NONE)),
            Section::Focus => (s::SUMMARY_FOCUS, Some(s::SUMMARY_FOCUS_NONE)),
            Section::Disputed => (s::SUMMARY_DISPUTED, None),
            Section::Actions => (s::SUMMARY_ACTIONS, Some(s::ACTION_NONE_YET)),
            Section::Parked => (s::SUMMARY_PARKED, None),
            Section::Averages => (s::SUMMARY_AVERAGES, None),
        };
        // Disagreement and parked topics have a heading only when there are some.
        if in_section.is_empty() && none.is_none() && section != Section::Averages {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::styled(title, theme::heading()));
        if let (true, Some(none)) = (in_section.is_empty(), none) {
            lines.push(Line::styled(none, theme::dim()));
        }
        for line in in_section {
            let start = lines.len();
            match line {
                SummaryLine::Below { id, score } => {
                    let score = crate::compare::format::score_text(Some(*score));
                    item(
                        &mut lines,
                        format!("{score} [LOVKRAV] {id:<8} "),
                        anvisning(id),
                    );
                }
                SummaryLine::Focus { id } => item(&mut lines, format!("◆ {id:<8} "), anvisning(id)),
                SummaryLine::Disputed { id } => {
                    let answer = assessment.answer(id);
                    let score = answer
                        .and_then(|x| x.score)
                        .and_then(|x| x.level())
                        .map_or("–".to_string(), |v| v.to_string());
                    item(&mut lines, format!("{score} {id:<8} "), anvisning(id));
                    // The kind in the reveal's words: "Polariseret · 4 stemmer".
                    if let Some(kind) = answer.filter(|x| x.has_votes()).and_then(|x| {
                        crate::assessment::kind_text(&crate::assessment::vote_stats(
                            x.all_votes(),
                            &deck.scale_values(),
                        ))
                    }) {
                        item(&mut lines, " ".repeat(11), &kind);
                    }
                    if let Some(dissent) =
                        answer.map(|x| x.dissent.trim()).filter(|d| !d.is_empty())
                    {
                        item(&mut lines, format!("    {}: ", s::SUMMARY_DISSENT), dissent);
                    }
                }
                SummaryLine::Action(todo) => {
                    let status = match (todo.carried, todo.status) {
                        (_, Some(st)) => format!("[{}] ", st.label()),
                        (true, None) => format!("[{}] ", s::CARRIED_UNMARKED),
                        (false, None) => String::new(),
                    };
                    item(
                        &mut lines,
                        format!("→ {:<8} {status}", todo.anvisning),
                        &super::cards::action_text(todo),
                    );
                }
                SummaryLine::Parked(p) => {
                    let place = if p.anvisning.is_empty() {
                        String::new()
                    } else {
                        format!("{:<8} ", p.anvisning)
                    };
                    item(&mut lines, format!("• {place}"), &p.text);
                }
                SummaryLine::Guideline(g) => {
                    lines.push(guideline_line(deck, g, max, bar_cells, title_room));
                }
            }
            if line.link().is_some() {
                links.push(start..lines.len());
            }
        }
    }

    if !summary.orphans.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(s::SUMMARY_ORPHANS, theme::heading()));
        lines.push(Line::raw(summary.orphans.join(", ")));
    }
    (lines, links)
}

/// A card's line among the averages: id, short title, a bar, the average, how many answered.
fn guideline_line(
    deck: &crate::deck::Deck,
    g: &crate::assessment::GuidelineSummary,
    max: f64,
    bar_cells: usize,
    title_room: usize,
) -> Line<'static> {
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
    Line::from(vec![
        Span::styled(format!("{:<6}", clean_line(&g.id)), theme::title()),
        Span::raw(title),
        Span::raw(" ".repeat(pad)),
        Span::raw(format!(" {graph} ")),
        Span::styled(format!("{average:>3}"), theme::title()),
        Span::styled(format!(" {:>3}/{:<3}", g.answered, g.total), theme::dim()),
    ])
}
