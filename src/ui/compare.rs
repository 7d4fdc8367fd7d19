//! The compare screen: guidelines side by side with the change and grouped bars; the selected
//! guideline's anvisninger with every side's score and note; what rose, fell and is still below 3.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState, Paragraph};

use super::chrome::{pane_block, truncate_cells, width, wrap};
use super::scroll::{self, Keep};
use super::theme;
use crate::app::areas::MARKER;
use crate::app::{App, Areas, ComparePane, CompareView, Scroll, Scrollable};
use crate::compare::format::{
    DIFFERENT_TEAMS, decimal, letter, level_change, score_text, shown_change,
};
use crate::compare::{Comparison, GuidelineRow};
use crate::deck::Kind;
use crate::strings as s;
use crate::text::{clean_line, clean_text};

/// Fill characters that tell the columns' bars apart without colour.
const FILLS: [char; 4] = ['█', '▓', '▒', '▞'];

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let Some(view) = &app.comparison else {
        return;
    };
    let c = &view.comparison;
    let shown = shown_columns(c.columns.len(), usize::from(area.width));
    let legend_text = legend_lines(c, &shown, usize::from(area.width));
    // A blank line under the legend; never more than a third of the screen.
    let legend_height = u16::try_from(legend_text.len() + 1)
        .unwrap_or(u16::MAX)
        .min(area.height / 3);
    // The pane in focus gets the larger share.
    let (top_share, bottom_share) = match view.pane {
        ComparePane::Guidelines => (3, 2),
        _ => (2, 3),
    };
    let [legend, top, bottom] = Layout::vertical([
        Constraint::Length(legend_height),
        Constraint::Fill(top_share),
        Constraint::Fill(bottom_share),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(legend_text), legend);
    draw_guidelines(frame, top, view, &shown, areas);
    match view.pane {
        ComparePane::Movements => draw_movements(frame, bottom, view, areas),
        _ => draw_anvisninger(frame, bottom, view, &shown, areas),
    }
}

/// Which columns fit: all when there is room, else the first and the last (the change is always
/// between those two).
fn shown_columns(n: usize, w: usize) -> Vec<usize> {
    let room_for = w.saturating_sub(6 + 20 + 9 + 2) / 6;
    if n <= room_for.max(2) {
        (0..n).collect()
    } else {
        vec![0, n - 1]
    }
}

/// One entry per shown column: a line each for up to four, else packed side by side as the width
/// allows, so every column is named however many there are.
fn legend_lines(c: &Comparison, shown: &[usize], width: usize) -> Vec<Line<'static>> {
    let pack = shown.len() > 4;
    let mut lines: Vec<Line> = Vec::new();
    let mut line: Vec<Span> = Vec::new();
    let mut used = 0;
    for &i in shown {
        let col = &c.columns[i];
        let mut entry = vec![
            Span::styled(format!(" {} ", letter(i)), theme::title()),
            Span::raw(format!("{} ", FILLS[i % FILLS.len()])),
            Span::raw(clean_line(&col.label)),
        ];
        if !col.deck_matches {
            entry.push(Span::styled(
                format!(
                    "  ({} {}, {})",
                    s::COMPARE_DECK,
                    clean_line(&col.deck_edition),
                    s::COMPARE_DECK_OTHER
                ),
                theme::error(),
            ));
        }
        entry.push(Span::raw("  "));
        let w: usize = entry.iter().map(|s| s.width()).sum();
        if used > 0 && (!pack || used + w > width) {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        used += w;
        line.extend(entry);
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    if shown.len() < c.columns.len() {
        lines.push(Line::styled(
            format!(
                " {} {} {}",
                s::COMPARE_SHOWING_ENDS,
                c.columns.len(),
                s::COMPARE_SEE_ALL
            ),
            theme::dim(),
        ));
    }
    lines
}

fn value_cells(row: &GuidelineRow, shown: &[usize]) -> String {
    shown
        .iter()
        .map(|&i| match row.averages.get(i).copied().flatten() {
            Some(v) => format!("{:>5}", decimal(v)),
            None => format!("{:>5}", "–"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn bars(row: &GuidelineRow, shown: &[usize], max: u8, cells: usize) -> String {
    shown
        .iter()
        .map(|&i| {
            let fill = FILLS[i % FILLS.len()];
            let filled = row
                .averages
                .get(i)
                .copied()
                .flatten()
                .map_or(0, |v| {
                    ((v / f64::from(max.max(1))) * cells as f64).round() as usize
                })
                .min(cells);
            format!(
                "▕{}{}▏",
                fill.to_string().repeat(filled),
                " ".repeat(cells - filled)
            )
        })
        .collect::<Vec<_>>()
        .join("")
}

fn draw_guidelines(
    frame: &mut Frame,
    area: Rect,
    view: &CompareView,
    shown: &[usize],
    areas: &mut Areas,
) {
    let c = &view.comparison;
    // The border, and a column for the selection's marker.
    let inner = usize::from(area.width.saturating_sub(3));
    let values_w = shown.len() * 6;
    let change_w = 9;
    let bar_cells = if inner > 70 + shown.len() * 8 { 6 } else { 0 };
    let bars_w = if bar_cells > 0 {
        shown.len() * (bar_cells + 2) + 1
    } else {
        0
    };
    let title_w = inner
        .saturating_sub(6 + values_w + change_w + bars_w + 1)
        .max(8);
    let header = format!(
        "{:<6}{:<title_w$}{} {:>8}",
        "Id",
        "Retningslinje",
        shown
            .iter()
            .map(|&i| format!("{:>5}", letter(i)))
            .collect::<Vec<_>>()
            .join(" "),
        if c.same_team { s::COMPARE_CHANGE } else { "" }
    );
    let mut items = vec![ListItem::new(Line::styled(header, theme::dim()))];
    for row in &c.guidelines {
        let title = truncate_cells(&clean_line(&row.short_title), title_w.saturating_sub(1));
        let pad = title_w.saturating_sub(width(&title));
        let mut spans = vec![
            Span::styled(format!("{:<6}", clean_line(&row.id)), theme::title()),
            Span::raw(title),
            Span::raw(" ".repeat(pad)),
            Span::raw(value_cells(row, shown)),
            Span::styled(format!(" {:>8}", shown_change(row, shown)), theme::title()),
        ];
        if bar_cells > 0 {
            spans.push(Span::raw(format!(
                " {}",
                bars(row, shown, c.max_level, bar_cells)
            )));
        }
        items.push(ListItem::new(Line::from(spans)));
    }
    let focused = view.pane == ComparePane::Guidelines;
    let mut state = ListState::default().with_selected(Some(view.guideline + 1));
    let list = List::new(items)
        .block(pane_block(
            format!(" {} · gennemsnit pr. retningslinje ", s::COMPARE_TITLE),
            focused,
        ))
        .highlight_style(if focused {
            theme::selected()
        } else {
            Style::default()
        })
        .highlight_symbol(MARKER)
        .highlight_spacing(HighlightSpacing::Always);
    frame.render_stateful_widget(list, area, &mut state);
    if focused {
        areas.focus_marker(frame.buffer_mut(), area);
    }
}

fn draw_anvisninger(
    frame: &mut Frame,
    area: Rect,
    view: &CompareView,
    shown: &[usize],
    areas: &mut Areas,
) {
    let c = &view.comparison;
    let Some(row) = c.guidelines.get(view.guideline) else {
        return;
    };
    let focused = view.pane == ComparePane::Anvisninger;
    let inner = usize::from(area.width.saturating_sub(2));
    let cells_w = shown.len() * 4;
    let mut keep = 0..0;
    let mut all: Vec<Line<'static>> = Vec::new();
    for (j, a) in row.anvisninger.iter().enumerate() {
        {
            let selected = focused && j == view.anvisning;
            let badge = match a.kind {
                Kind::Requirement => "[LOVKRAV]    ",
                Kind::Recommendation => "[ANBEFALING] ",
            };
            let cells: String = shown
                .iter()
                .map(|&i| {
                    let score = a.cells.get(i).and_then(|x| x.score);
                    let text = match score {
                        Some(crate::assessment::Score::Level(v)) => v.to_string(),
                        Some(crate::assessment::Score::Other(
                            crate::assessment::NonScore::NotRelevant,
                        )) => "IR".into(),
                        Some(_) => "?".into(),
                        None => "–".into(),
                    };
                    format!("{text:>3} ")
                })
                .collect();
            let change = format!("{:>6} ", level_change(a.change));
            let head = format!(
                "{}{:<8}",
                if selected { "▶ " } else { "  " },
                clean_line(&a.id)
            );
            let room = inner.saturating_sub(width(&head) + badge.len() + cells_w + 7);
            let mut lines = vec![Line::from(vec![
                Span::styled(head, theme::title()),
                Span::styled(
                    badge.to_string(),
                    if a.kind == Kind::Requirement {
                        theme::requirement()
                    } else {
                        theme::recommendation()
                    },
                ),
                Span::raw(cells),
                Span::styled(change, theme::title()),
                Span::raw(truncate_cells(&clean_line(&a.text), room)),
            ])];
            if selected {
                for l in wrap(&clean_line(&a.text), inner.saturating_sub(4)) {
                    lines.push(Line::raw(format!("    {l}")));
                }
                for (i, cell) in a.cells.iter().enumerate() {
                    let mut said = vec![format!("{}: {}", letter(i), score_text(cell.score))];
                    if !cell.reason.trim().is_empty() {
                        said.push(format!("begrundelse: {}", cell.reason.trim()));
                    }
                    if cell.focus {
                        said.push("◆ fokus".into());
                    }
                    let head = said.join(" · ");
                    lines.push(Line::styled(
                        format!("    {}", clean_line(&head)),
                        theme::title(),
                    ));
                    if !cell.note.trim().is_empty() {
                        for l in wrap(&clean_text(cell.note.trim()), inner.saturating_sub(8)) {
                            lines.push(Line::styled(
                                format!("      {} {l}", theme::vertical()),
                                theme::ok(),
                            ));
                        }
                    }
                }
                keep = all.len()..all.len() + lines.len();
            }
            all.extend(lines);
        }
    }
    let title = format!(
        " {} {} · Enter/Tab: noter og scorer ",
        clean_line(&row.id),
        clean_line(&row.short_title)
    );
    // The selected anvisning with every side's note stays in view (its start, when taller)
    // until the page keys scroll it.
    let extent = scroll::draw(
        frame,
        area,
        // The short cells are explained where they are read.
        pane_block(title, focused).title_bottom(Line::styled(
            format!(" {} ", s::COMPARE_CELLS),
            theme::dim(),
        )),
        all,
        view.anvisninger,
        Keep::Lines(keep),
    );
    areas.pane(area, Scrollable::CompareAnvisninger, extent);
    if focused {
        areas.focus_marker(frame.buffer_mut(), area);
    }
}

pub fn movement_lines(c: &Comparison, inner: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let item = |lines: &mut Vec<Line<'static>>, head: String, text: &str| {
        let pad = " ".repeat(width(&head));
        for (i, l) in wrap(&clean_line(text), inner.saturating_sub(width(&head)))
            .into_iter()
            .enumerate()
        {
            lines.push(Line::raw(format!(
                "{}{l}",
                if i == 0 { &head } else { &pad }
            )));
        }
    };
    let section = |lines: &mut Vec<Line<'static>>, title: &str, empty: bool| {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title.to_string(), theme::heading()));
        if empty {
            lines.push(Line::styled("Ingen.", theme::dim()));
        }
    };
    if !c.same_team {
        lines.push(Line::styled(DIFFERENT_TEAMS, theme::dim()));
    }
    let moved: &[(&str, &Vec<_>)] = if c.same_team {
        &[("Steget", &c.rose), ("Faldet", &c.fell)]
    } else {
        &[]
    };
    for &(title, moves) in moved {
        section(&mut lines, title, moves.is_empty());
        for m in moves {
            let head = format!(
                "{:<8} {} → {} {:>5}  ",
                m.anvisning,
                m.from,
                m.to,
                level_change(Some(m.change))
            );
            item(&mut lines, head, &m.text);
        }
    }
    // "Still" speaks of one team over time; between teams it is each team's own last value.
    let below_title = if c.same_team {
        "Lovkrav stadig under 3"
    } else {
        "Lovkrav under 3"
    };
    section(&mut lines, below_title, c.still_below.is_empty());
    for b in &c.still_below {
        item(
            &mut lines,
            format!("{:<8} {} ({})  ", b.anvisning, b.level, letter(b.column)),
            &b.text,
        );
    }
    let unmatched = &c.unmatched;
    section(
        &mut lines,
        s::COMPARE_UNMATCHED,
        unmatched.not_in_deck.is_empty() && unmatched.not_chosen.is_empty(),
    );
    for o in &unmatched.not_in_deck {
        let sides: Vec<String> = o
            .cells
            .iter()
            .enumerate()
            .filter(|(_, cell)| cell.score.is_some() || !cell.note.is_empty())
            .map(|(i, cell)| format!("{} {}", letter(i), score_text(cell.score)))
            .collect();
        item(
            &mut lines,
            format!("{:<8} ", clean_line(&o.id)),
            &format!("{} · {}", s::COMPARE_NOT_IN_DECK, sides.join(", ")),
        );
    }
    for n in &unmatched.not_chosen {
        let missing: Vec<String> = n.not_chosen_in.iter().map(|&i| letter(i)).collect();
        item(
            &mut lines,
            format!("{:<8} ", clean_line(&n.guideline)),
            &format!(
                "{} {} – {} {}",
                s::COMPARE_CARD_NOT_CHOSEN,
                missing.join(", "),
                n.anvisninger.len(),
                s::COMPARE_WITHOUT_COMPARISON
            ),
        );
    }
    lines
}

fn draw_movements(frame: &mut Frame, area: Rect, view: &CompareView, areas: &mut Areas) {
    let inner = usize::from(area.width.saturating_sub(2));
    let lines = movement_lines(&view.comparison, inner);
    let scroll = Scroll {
        top: view.scroll,
        free: true,
    };
    let extent = scroll::draw(
        frame,
        area,
        pane_block(format!(" {} ", s::COMPARE_MOVEMENTS), true),
        lines,
        scroll,
        Keep::Nothing,
    );
    areas.pane(area, Scrollable::Movements, extent);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;
    use crate::compare::compare;
    use crate::deck::Deck;

    #[test]
    fn the_legend_names_every_shown_column() {
        let deck = Deck::embedded();
        let teams: Vec<Assessment> = (1..=5)
            .map(|i| Assessment::new(&deck, &format!("Team {i}"), vec![], vec![], "2026-12-01"))
            .collect();
        let items: Vec<(String, &Assessment)> = teams.iter().map(|a| (a.team.clone(), a)).collect();
        let c = compare(&items, &deck);
        let shown: Vec<usize> = (0..5).collect();
        let text: String = legend_lines(&c, &shown, 120)
            .iter()
            .map(|l| l.to_string() + "\n")
            .collect();
        for (letter, team) in ["A", "B", "C", "D", "E"].iter().zip(1..=5) {
            assert!(text.contains(&format!(" {letter} ")), "{letter}: {text}");
            assert!(text.contains(&format!("Team {team}")), "{team}: {text}");
        }
        assert!(text.lines().count() < 5, "five entries are packed: {text}");
    }
}
