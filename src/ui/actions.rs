//! The list of actions and the yes-or-no question, on top of a screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, ListItem, ListState, Paragraph, Wrap};

use super::chrome::{centered, truncate_cells, width};
use super::theme;
use crate::app::{ActionList, App};
use crate::assessment::{Action as Todo, ActionStatus};
use crate::date::{danish_date, parse_danish};
use crate::strings as s;
use crate::text::clean_line;

fn popup(title: String) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme::focused_border())
        .title(Span::styled(title, theme::title()))
}

/// No status is an open action: "åben"; otherwise the model's own word.
pub fn status_label(status: Option<ActionStatus>) -> &'static str {
    status.map_or(s::ACTION_OPEN, ActionStatus::label)
}

/// A date that is neither empty nor understood: shown as typed, with a warning beside it, so
/// the warning goes away by itself once the date is fixed.
pub fn bad_date(todo: &Todo) -> bool {
    !todo.due.is_empty() && parse_danish(&todo.due).as_deref() != Some(todo.due.as_str())
}

pub fn draw_list(frame: &mut Frame, area: Rect, app: &App, list: &ActionList) {
    let Some(session) = &app.session else {
        return;
    };
    let a = &session.assessment;
    let indices = list.indices(a);
    let title = match &list.anvisning {
        Some(id) => format!(" {} {} ", s::ACTIONS_TITLE, clean_line(id)),
        None => format!(" {} ", s::ACTIONS_ALL_TITLE),
    };
    let rows: usize = indices
        .iter()
        .filter_map(|&i| a.actions.get(i))
        .map(|t| {
            if t.who.is_empty() && t.due.is_empty() {
                1
            } else {
                2
            }
        })
        .sum();
    let height = u16::try_from(rows + 3).unwrap_or(u16::MAX);
    let rect = centered(area, 90, height.clamp(5, area.height));
    frame.render_widget(Clear, rect);
    let block = popup(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if indices.is_empty() {
        let empty = match list.anvisning {
            Some(_) => s::ACTIONS_NONE_HERE,
            None => s::ACTIONS_NONE,
        };
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {empty}"), theme::dim()))
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    let w = usize::from(inner.width);
    let items: Vec<ListItem> = indices
        .iter()
        .filter_map(|&i| a.actions.get(i))
        .map(|todo| {
            let badge = format!("[{}]", status_label(todo.status));
            let mut head = format!("{badge:<9} ");
            if list.anvisning.is_none() {
                head.push_str(&format!("{:<8} ", clean_line(&todo.anvisning)));
            }
            let style = if todo.status == Some(ActionStatus::Done) {
                theme::ok()
            } else {
                theme::title()
            };
            let room = w.saturating_sub(width(&head));
            let mut first = vec![
                Span::styled(head.clone(), style),
                Span::raw(truncate_cells(&clean_line(&todo.what), room)),
            ];
            if todo.what.trim().is_empty() {
                first.truncate(1);
            }
            let indent = " ".repeat(width(&head));
            let mut detail = Vec::new();
            if !todo.who.is_empty() {
                detail.push(format!("{}: {}", s::ACTION_WHO, clean_line(&todo.who)));
            }
            if !todo.due.is_empty() {
                detail.push(format!(
                    "{}: {}",
                    s::ACTION_DUE,
                    clean_line(&danish_date(&todo.due))
                ));
            }
            let mut second = vec![Span::styled(
                truncate_cells(&format!("{indent}{}", detail.join(" · ")), w),
                theme::dim(),
            )];
            if bad_date(todo) {
                second.push(Span::styled(
                    format!(" ⚠ {}", s::ACTION_DATE_WARNING),
                    theme::error(),
                ));
            }
            // Who and when on a line of their own, when there is anything to say.
            if detail.is_empty() && !bad_date(todo) {
                ListItem::new(Line::from(first))
            } else {
                ListItem::new(vec![Line::from(first), Line::from(second)])
            }
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(list.selected.min(indices.len() - 1)));
    // The marker shows the selected row without colour, as everywhere else.
    frame.render_stateful_widget(super::chrome::marked_list(items), inner, &mut state);
}
