//! The home screen: start, continue, read, help.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use super::chrome::{truncate_cells, truncate_middle, width};
use super::theme;
use crate::app::{App, Areas, Extent, HomeItem, Scrollable, Target};
use crate::report::danish_date;
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::frame::with_marker;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let box_width = area.width.min(76);
    let x = area.x + (area.width - box_width) / 2;
    let area = Rect {
        x,
        width: box_width,
        ..area
    };
    let [intro, list] = Layout::vertical([Constraint::Length(4), Constraint::Fill(1)]).areas(area);
    let deck = &app.deck;
    let intro_lines = vec![
        Line::styled(clean_line(&deck.name), theme::title()),
        Line::styled(
            format!(
                "{} kort · {} anvisninger · udgave {}",
                deck.guidelines.len(),
                deck.anvisning_count(),
                clean_line(&deck.edition),
            ),
            theme::dim(),
        ),
        Line::styled(s::HOME_INTRO, theme::dim()),
    ];
    frame.render_widget(Paragraph::new(intro_lines).wrap(Wrap { trim: true }), intro);

    let inner = usize::from(list.width.saturating_sub(2));
    let mut items = Vec::new();
    // For every list item: the home item it is, if any (headings and blanks are not).
    let mut of_item = Vec::new();
    let mut selected_row = 0;
    for (i, item) in app.home_items().into_iter().enumerate() {
        if i == app.home_selected {
            selected_row = items.len();
        }
        let line = match item {
            HomeItem::Continue(j) => {
                let entry = &app.saved[j];
                let label = s::home_continue(&entry.team, entry.place.as_deref());
                vec![Line::styled(
                    format!(
                        "  → {}",
                        truncate_cells(&clean_line(&label), inner.saturating_sub(4))
                    ),
                    theme::title(),
                )]
            }
            HomeItem::New => vec![Line::raw(format!("  + {}", s::HOME_NEW))],
            HomeItem::Browse => vec![Line::raw(format!("  ▤ {}", s::HOME_BROWSE))],
            HomeItem::Practice => {
                let label = match &app.practice {
                    Some(Ok(n)) if *n > 0 => s::home_practice_due(*n),
                    Some(Err(_)) => s::HOME_PRACTICE_UNREADABLE.to_string(),
                    _ => s::HOME_PRACTICE.to_string(),
                };
                vec![Line::raw(format!("  ✎ {label}"))]
            }
            HomeItem::Overview => vec![Line::raw(format!("  ▦ {}", s::HOME_OVERVIEW))],
            HomeItem::Help => vec![Line::raw(format!("  ? {}", s::HOME_HELP))],
            // Rows farther from the selection than the list is high are never on screen: a
            // blank of the same height keeps the list's scrolling, without the work of a row.
            HomeItem::Saved(j) if i.abs_diff(app.home_selected) > usize::from(list.height) => {
                vec![Line::default(); saved_height(&app.saved[j])]
            }
            HomeItem::Saved(j) => saved_line(app, j, inner),
        };
        let line = if i == app.home_selected {
            with_marker(line)
        } else {
            line
        };
        items.push(ListItem::new(line));
        of_item.push(Some(i));
        if item == HomeItem::Help {
            let before = items.len();
            items.push(ListItem::new(Line::default()));
            items.push(ListItem::new(Line::styled(
                format!("  {}", s::HOME_SAVED),
                theme::heading(),
            )));
            if let Some((read, total)) = app.listing {
                items.push(ListItem::new(Line::styled(
                    format!("  {} {read} af {total}", s::HOME_READING),
                    theme::dim(),
                )));
            } else if app.saved.is_empty() {
                items.push(ListItem::new(Line::styled(
                    format!("  {}", s::HOME_NONE_SAVED),
                    theme::dim(),
                )));
            }
            of_item.resize(of_item.len() + items.len() - before, None);
        }
    }
    let heights: Vec<u16> = items
        .iter()
        .map(|item| u16::try_from(item.height()).unwrap_or(u16::MAX))
        .collect();
    let mut state = ListState::default().with_selected(Some(selected_row));
    let list_widget = List::new(items)
        .block(
            Block::default()
                .borders(Borders::TOP)
                .border_set(theme::border_set(theme::BorderKind::Plain))
                .border_style(theme::dim()),
        )
        .highlight_style(theme::selected());
    frame.render_stateful_widget(list_widget, list, &mut state);
    areas.focus_marker(frame.buffer_mut(), list);

    // The list's own scrolling (it keeps the selection in sight) decides what is where.
    let inner = Rect {
        y: list.y.saturating_add(1),
        height: list.height.saturating_sub(1),
        ..list
    };
    areas.pane(
        inner,
        Scrollable::Home,
        Extent {
            top: rows(&heights[..state.offset().min(heights.len())]),
            max: rows(&heights).saturating_sub(inner.height),
            height: inner.height,
        },
    );
    let mut y = inner.y;
    let bottom = inner.y.saturating_add(inner.height);
    for (height, item) in heights.iter().zip(&of_item).skip(state.offset()) {
        if y >= bottom {
            break;
        }
        let shown = (*height).min(bottom - y);
        if let Some(i) = item {
            areas.target(
                Rect::new(inner.x, y, inner.width, shown),
                Target::HomeItem(*i),
            );
        }
        y = y.saturating_add(shown);
    }
}

fn rows(heights: &[u16]) -> u16 {
    heights.iter().fold(0, |sum, h| sum.saturating_add(*h))
}

/// The rows [`saved_line`] gives an entry.
fn saved_height(entry: &crate::app::SavedEntry) -> usize {
    if entry.progress.is_some() && entry.problem.is_none() {
        2
    } else {
        1
    }
}

/// Two lines per saved assessment: the team and when it was made, how far it has come; then
/// when it was last changed (the list's order) and, where two rows would read the same, the
/// file name that tells them apart.
fn saved_line(app: &App, i: usize, inner: usize) -> Vec<Line<'static>> {
    let entry = &app.saved[i];
    let mark = if app.marked.contains(&entry.path) {
        "  ☑ "
    } else {
        "  ☐ "
    };
    let file_name = entry
        .path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let Some((done, total)) = entry.progress.filter(|_| entry.problem.is_none()) else {
        let right = format!("⚠ {} ", s::HOME_UNREADABLE);
        let room = inner.saturating_sub(4 + width(&right));
        let name = truncate_cells(&clean_line(&file_name), room);
        let pad = room.saturating_sub(width(&name));
        return vec![Line::from(vec![
            Span::raw(mark),
            Span::styled(name, theme::error()),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, theme::dim()),
        ])];
    };
    let mut right = format!("{done}/{total} {}", s::ASSESSED);
    if entry.unknown > 0 {
        right.push_str(&format!(" · {} {}", entry.unknown, s::UNKNOWN_SHORT));
    }
    right.push(' ');
    let name = format!(
        "{} · {} {}",
        entry.team,
        s::HOME_CREATED,
        danish_date(&entry.created)
    );
    // One column always stays between the name and the count, so they never read as one.
    let room = inner.saturating_sub(4 + 1 + width(&right));
    let name = truncate_cells(&clean_line(&name), room);
    let pad = room.saturating_sub(width(&name)) + 1;
    let looks_alike = app.looks_alike(entry);
    let mut second = format!("{} {}", s::HOME_UPDATED, danish_date(&entry.updated));
    if looks_alike {
        // The file's name tells the two apart; cut in its middle, its end ("-kopi", "-3")
        // is what differs.
        let room = inner.saturating_sub(4 + width(&second) + 3);
        second.push_str(&format!(
            " · {}",
            truncate_middle(&clean_line(&file_name), room)
        ));
    }
    vec![
        Line::from(vec![
            Span::raw(mark),
            Span::styled(name, theme::title()),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, theme::dim()),
        ]),
        Line::styled(
            format!(
                "    {}",
                truncate_cells(&clean_line(&second), inner.saturating_sub(4))
            ),
            theme::dim(),
        ),
    ]
}
