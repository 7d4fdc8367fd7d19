//! The overview of many teams: one row per team, one column per guideline (or, drilled into a
//! guideline, per anvisning), the number in every cell. The selected cell is reversed and its
//! row and column marked, so nothing rests on colour; a line under the table says what the
//! selected cell is in words.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::chrome::{pane_block, truncate_cells, width};
use super::theme;
use crate::aggregate::{Row, column_head, fit_label};
use crate::app::{Areas, Column, Extent, OverviewView, Scrollable, Target};
use crate::number::decimal;
use crate::strings as s;
use crate::text::clean_line;

/// Widest and narrowest team label.
const LABEL: usize = 40;
const MIN_LABEL: usize = 14;

pub fn draw(frame: &mut Frame, area: Rect, view: &OverviewView, areas: &mut Areas) {
    let [top, table, detail] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(head_lines(view)).wrap(Wrap { trim: true }),
        top,
    );
    let title = match view.drill {
        Some(g) => {
            let head = &view.overview.guidelines[g];
            format!(
                " {} {} · anvisninger ",
                clean_line(&head.id),
                clean_line(&head.short_title)
            )
        }
        None => format!(" {} · gennemsnit pr. retningslinje ", s::OVERVIEW_TITLE),
    };
    let block = pane_block(title, true);
    let inner = block.inner(table);
    frame.render_widget(block, table);
    if view.overview.rows.is_empty() {
        frame.render_widget(Line::styled(s::OVERVIEW_NONE, theme::dim()), inner);
    } else {
        frame.render_widget(Paragraph::new(table_lines(view, inner, areas)), inner);
        areas.focus_marker(frame.buffer_mut(), inner);
    }
    frame.render_widget(
        Paragraph::new(detail_line(view)).wrap(Wrap { trim: true }),
        detail,
    );
}

fn head_lines(view: &OverviewView) -> Vec<Line<'static>> {
    let o = &view.overview;
    let mut first = format!(
        "{} · {} læst · {}",
        s::counted(o.teams, "team", "teams"),
        s::counted(o.read, "vurdering", "vurderinger"),
        clean_line(&view.folder)
    );
    if !o.unreadable.is_empty() {
        first.push_str(&format!(
            " · ⚠ {} {}",
            o.unreadable.len(),
            s::OVERVIEW_UNREADABLE
        ));
    }
    let mut second = Vec::new();
    if let Some(column) = view.sort {
        second.push(format!(
            "{} {} ({})",
            s::OVERVIEW_SORTED,
            clean_line(view.head(column)),
            s::OVERVIEW_LOWEST_FIRST
        ));
    }
    if view.requirements_only {
        second.push(s::OVERVIEW_REQUIREMENTS.to_string());
    }
    vec![
        Line::styled(first, theme::dim()),
        Line::styled(second.join(" · "), theme::heading()),
    ]
}

/// A column's head as drawn: guideline ids shortened to fit four characters (".10").
fn head_text(view: &OverviewView, column: Column) -> String {
    match column {
        Column::Guideline(_) => column_head(view.head(column)),
        Column::Anvisning(_) => view.head(column).to_string(),
    }
}

/// The width of every value column: wide enough for its head and for "2,4", and a space.
fn column_width(view: &OverviewView, columns: &[Column]) -> usize {
    columns
        .iter()
        .map(|&c| width(&head_text(view, c)))
        .max()
        .unwrap_or(3)
        .max(3)
        + 1
}

fn table_lines(view: &OverviewView, area: Rect, areas: &mut Areas) -> Vec<Line<'static>> {
    let columns = view.columns();
    let cell = column_width(view, &columns);
    let w = usize::from(area.width);
    // The room the columns leave, but never less than the labels need (up to half the width):
    // a place cut away would leave two "Team Nord" rows alike.
    let label = w
        .saturating_sub(columns.len() * cell)
        .max((view.label_width + 3).min(w / 2))
        .clamp(MIN_LABEL.min(w / 2), LABEL);
    let fit = (w.saturating_sub(label) / cell).max(1);
    // The window of columns: the selected one is always in it.
    let first_col = view
        .column
        .saturating_sub(fit - 1)
        .min(columns.len().saturating_sub(fit));
    let shown = &columns[first_col..(first_col + fit).min(columns.len())];

    let rows_room = usize::from(area.height).saturating_sub(1).max(1);
    let first_row = view.row.saturating_sub(rows_room - 1);
    cell_targets(
        areas,
        area,
        view,
        (first_row, rows_room),
        (first_col, shown.len()),
        label,
        cell,
    );

    let mut head = vec![Span::raw(format!("{:<label$}", ""))];
    for (j, &c) in shown.iter().enumerate() {
        let text = format!("{:>cell$}", clean_line(&head_text(view, c)));
        let style = if first_col + j == view.column {
            theme::selected()
        } else {
            theme::title()
        };
        head.push(Span::styled(text, style));
    }
    let mut lines = vec![Line::from(head)];
    for (pos, &i) in view
        .order
        .iter()
        .enumerate()
        .skip(first_row)
        .take(rows_room)
    {
        let row = &view.overview.rows[i];
        lines.push(row_line(view, row, pos, shown, first_col, label, cell));
    }
    lines
}

/// Click targets for what `table_lines` draws: the heads (row 0), then each shown team's name
/// and cells, for the rows and columns the window shows (the first and how many).
fn cell_targets(
    areas: &mut Areas,
    area: Rect,
    view: &OverviewView,
    (first_row, rows_room): (usize, usize),
    (first_col, shown): (usize, usize),
    label: usize,
    cell: usize,
) {
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let body = Rect {
        y: area.y.saturating_add(1),
        height: area.height.saturating_sub(1),
        ..area
    };
    let rows = view.order.len();
    areas.pane(
        body,
        Scrollable::Teams,
        Extent {
            top: to_u16(first_row),
            max: to_u16(rows.saturating_sub(rows_room)),
            height: body.height,
        },
    );
    let label_w = to_u16(label).min(area.width);
    let cell_w = to_u16(cell);
    let x_of = |j: usize| {
        area.x
            .saturating_add(label_w.saturating_add(to_u16(j).saturating_mul(cell_w)))
    };
    let visible = |r: Rect| r.intersection(area);
    for j in 0..shown {
        let rect = visible(Rect::new(x_of(j), area.y, cell_w, 1));
        areas.target(rect, Target::Head(first_col + j));
    }
    for (k, row) in (first_row..rows).take(rows_room).enumerate() {
        let y = body.y.saturating_add(to_u16(k));
        if y >= body.y.saturating_add(body.height) {
            break;
        }
        areas.target(visible(Rect::new(area.x, y, label_w, 1)), Target::Team(row));
        for j in 0..shown {
            let rect = visible(Rect::new(x_of(j), y, cell_w, 1));
            areas.target(
                rect,
                Target::Cell {
                    row,
                    column: first_col + j,
                },
            );
        }
    }
}

fn row_line(
    view: &OverviewView,
    row: &Row,
    pos: usize,
    shown: &[Column],
    first_col: usize,
    label: usize,
    cell: usize,
) -> Line<'static> {
    let selected = pos == view.row;
    let mark = if selected { "▶ " } else { "  " };
    // The team is shortened before its place, so two "Team Nord" rows stay apart.
    let name = match view.place(row) {
        Some(place) => format!(
            "{mark}{}",
            fit_label(&view.overview.label(row), place, label.saturating_sub(3))
        ),
        None => format!("{mark}{}", clean_line(&view.overview.label(row))),
    };
    let name = truncate_cells(&name, label - 1);
    let pad = label.saturating_sub(width(&name));
    let mut spans = vec![
        Span::styled(
            name,
            if selected {
                theme::title()
            } else {
                ratatui::style::Style::default()
            },
        ),
        Span::raw(" ".repeat(pad)),
    ];
    for (j, &c) in shown.iter().enumerate() {
        let text = format!("{:>cell$}", value_text(view.value(row, c), c));
        let style = if selected && first_col + j == view.column {
            theme::selected()
        } else if view.value(row, c).is_none() {
            theme::dim()
        } else {
            ratatui::style::Style::default()
        };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

fn value_text(value: Option<f64>, column: Column) -> String {
    match (value, column) {
        (None, _) => "–".to_string(),
        // A level is a whole number.
        (Some(v), Column::Anvisning(_)) => format!("{v:.0}"),
        (Some(v), Column::Guideline(_)) => decimal(v),
    }
}

/// The selected cell in words: team, place, column, the number and what it is made of.
fn detail_line(view: &OverviewView) -> Vec<Line<'static>> {
    let (Some(row), Some(&column)) = (view.selected_row(), view.columns().get(view.column)) else {
        return Vec::new();
    };
    let o = &view.overview;
    let what = match column {
        Column::Guideline(g) => {
            let c = &row.cells[g];
            let head = &o.guidelines[g];
            let mean = if view.requirements_only {
                row.requirement_mean(head, &o.kinds)
            } else {
                c.mean
            };
            format!(
                "{} {}: {} · {} af {} med niveau · {} lovkrav under 3",
                clean_line(&head.id),
                clean_line(&head.short_title),
                value_text(mean, column),
                c.scored,
                c.of,
                c.below
            )
        }
        Column::Anvisning(i) => {
            let a = &o.anvisninger[i];
            let kind = match a.kind {
                crate::deck::Kind::Requirement => "lovkrav",
                crate::deck::Kind::Recommendation => "anbefaling",
            };
            format!(
                "{} ({kind}): {}",
                clean_line(&a.id),
                value_text(view.value(row, column), column)
            )
        }
    };
    vec![Line::from(vec![
        Span::styled(
            format!(
                "{} · {} · {}  ",
                clean_line(&row.team),
                clean_line(&row.place),
                clean_line(&row.created)
            ),
            theme::title(),
        ),
        Span::raw(what),
    ])]
}
