//! The summary of the open assessment: progress, legal requirements not yet secured (first, as
//! DESIGN.md asks), focus areas, then averages per guideline as bars.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::chrome::{bar, truncate_cells, width, wrap};
use super::theme;
use crate::app::App;
use crate::assessment::summarize;
use crate::strings as s;
use crate::text::clean_line;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Some(session) = &app.session else {
        return;
    };
    let lines = summary_lines(
        app,
        &session.assessment,
        usize::from(area.width.saturating_sub(2)),
    );
    let max_scroll = u16::try_from(lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme::dim())
        .title(Span::styled(
            format!(" {} ", s::SUMMARY_TITLE),
            theme::title(),
        ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((app.cards.summary_scroll.min(max_scroll), 0)),
        area,
    );
}

pub fn summary_lines(
    app: &App,
    assessment: &crate::assessment::Assessment,
    inner: usize,
) -> Vec<Line<'static>> {
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
        item(&mut lines, format!("{score} [LOVKRAV] {id:<8} "), text);
    }

    lines.push(Line::default());
    lines.push(Line::styled(s::SUMMARY_FOCUS, theme::heading()));
    if summary.focus.is_empty() {
        lines.push(Line::styled(s::SUMMARY_FOCUS_NONE, theme::dim()));
    }
    for id in &summary.focus {
        let text = anvisning(id).map(|a| a.text.as_str()).unwrap_or_default();
        item(&mut lines, format!("◆ {id:<8} "), text);
    }

    lines.push(Line::default());
    lines.push(Line::styled(s::SUMMARY_ACTIONS, theme::heading()));
    if assessment.actions.is_empty() {
        lines.push(Line::styled(s::ACTION_NONE_YET, theme::dim()));
    }
    for todo in &assessment.actions {
        item(
            &mut lines,
            format!("→ {:<8} ", todo.anvisning),
            &super::cards::action_text(todo),
        );
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
    lines
}
