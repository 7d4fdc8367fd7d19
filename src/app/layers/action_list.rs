//! The list of actions: one anvisning's (`A` on the card screen) or all of them (`A` on the
//! overview). Every action in it can be opened, given a status and deleted (after a question);
//! the form, a question or the help opens on top of it, so closing it returns here.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, ListState, Paragraph, Wrap};

use super::super::keymap::{Action, Binding, Context::Actions as Here, Key, b};
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Areas};
use super::{ActionForm, Confirm, Overlay, Pending};
use crate::assessment::{Action as Todo, ActionStatus, Assessment};
use crate::date::{danish_date, parse_danish};
use crate::strings as s;
use crate::text::{clean_line, truncate};
use crate::widgets::frame::{centered, marked_list, popup};
use crate::widgets::measure::{truncate_cells, width};
use crate::widgets::theme;

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Char('a')], "a", s::HELP_ADD_ACTION, Some(s::HINT_ADD_ACTION), Action::AddAction),
    b(&[Here], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_ACTION_OPEN, Some(s::HINT_ACTION_OPEN), Action::EditAction),
    b(&[Here], &[Key::Char(' ')], "Mellemrum", s::HELP_ACTION_STATUS, Some(s::HINT_ACTION_STATUS), Action::Toggle),
    b(&[Here], &[Key::Char('d'), Key::Code(KeyCode::Delete), Key::Code(KeyCode::Backspace)], "d/Del", s::HELP_ACTION_DELETE, Some(s::HINT_ACTION_DELETE), Action::Delete),
];

/// The status after this one when the team presses Mellemrum: åben → i gang → udført → åben.
/// A status set when looking back (ikke startet, droppet) moves on the same way.
pub fn next_status(status: Option<ActionStatus>) -> Option<ActionStatus> {
    match status {
        None | Some(ActionStatus::NotStarted) => Some(ActionStatus::InProgress),
        Some(ActionStatus::InProgress) => Some(ActionStatus::Done),
        Some(ActionStatus::Done | ActionStatus::Dropped) => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionList {
    /// The anvisning whose actions are listed; `None` lists every action.
    pub anvisning: Option<String>,
    /// Row in the list (not an index into `Assessment::actions`).
    pub selected: usize,
}

impl ActionList {
    pub fn new(anvisning: Option<String>) -> ActionList {
        ActionList {
            anvisning,
            selected: 0,
        }
    }

    /// The listed actions' places in `Assessment::actions`, in the order they were added.
    pub fn indices(&self, a: &Assessment) -> Vec<usize> {
        a.actions
            .iter()
            .enumerate()
            .filter(|(_, t)| self.anvisning.as_ref().is_none_or(|id| t.anvisning == *id))
            .map(|(i, _)| i)
            .collect()
    }

    /// The selected action's place in `Assessment::actions`.
    pub fn current(&self, a: &Assessment) -> Option<usize> {
        self.indices(a).get(self.selected).copied()
    }

    /// Keeps the selection on a row after the list grew or shrank.
    pub fn clamp(&mut self, a: &Assessment) {
        self.selected = self.selected.min(self.indices(a).len().saturating_sub(1));
    }
}

/// Adds an empty action to `anvisning` and opens it; an empty one is dropped when it closes.
pub(crate) fn add(app: &mut App, anvisning: &str) -> Vec<Effect> {
    let Some(session) = app.session.as_mut().filter(|s| !s.read_only) else {
        return Vec::new();
    };
    session.begin_draft();
    let form = ActionForm::new_action(&mut session.assessment, anvisning);
    app.push(Overlay::Action(form));
    Vec::new()
}

pub(crate) fn open_list(app: &mut App, anvisning: Option<String>) -> Vec<Effect> {
    if app.session.is_some() {
        app.push(Overlay::Actions(ActionList::new(anvisning)));
    }
    Vec::new()
}

/// Keys in the list of actions. The form, a question or the help opens on top of the list,
/// so closing it returns here.
pub(super) fn on(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let (Some(action), Some(Overlay::Actions(list)), Some(session)) =
        (action, app.layers.last_mut(), &app.session)
    else {
        return Vec::new();
    };
    let a = &session.assessment;
    let current = list.current(a);
    let anvisning = list.anvisning.clone();
    match action {
        Action::Back => return app.close_overlay(),
        Action::Up | Action::Down => {
            list.selected = nav::step(list.selected, action, list.indices(a).len(), 1);
            return Vec::new();
        }
        _ => {}
    }
    match (action, current) {
        (Action::AddAction, _) => match anvisning {
            Some(id) => return add(app, &id),
            None => app.set_status(s::ACTIONS_ADD_FROM_CARD),
        },
        (Action::EditAction, Some(index)) => {
            let form = app
                .session
                .as_ref()
                .and_then(|s| ActionForm::edit(&s.assessment, index));
            if let Some(form) = form {
                app.push(Overlay::Action(form));
            }
        }
        (Action::Toggle, Some(index)) => {
            return app.commit_change(|a| {
                if let Some(todo) = a.actions.get_mut(index) {
                    todo.status = next_status(todo.status);
                }
            });
        }
        (Action::Delete, Some(index)) => {
            let what = app
                .session
                .as_ref()
                .and_then(|s| s.assessment.actions.get(index))
                .map(|t| truncate(&clean_line(&t.what), 50))
                .unwrap_or_default();
            app.push(Overlay::Confirm(Confirm {
                question: format!("{} »{what}«?", s::ACTION_DELETE_ASK),
                pending: Pending::DeleteAction(index),
            }));
        }
        _ => {}
    }
    Vec::new()
}

/// No status is an open action: "åben"; otherwise the model's own word.
pub fn status_label(status: Option<ActionStatus>) -> &'static str {
    status.map_or(s::ACTION_OPEN, ActionStatus::label)
}

/// The status column's least width: "[udført]" and a space, so the usual statuses keep one
/// column however the list is filled.
const BADGE_CELLS: usize = 9;

/// `text` followed by spaces up to `cells` terminal cells.
fn pad_cells(text: &str, cells: usize) -> String {
    format!("{text}{}", " ".repeat(cells.saturating_sub(width(text))))
}

/// A date that is neither empty nor understood: shown as typed, with a warning beside it, so
/// the warning goes away by itself once the date is fixed.
pub fn bad_date(todo: &Todo) -> bool {
    !todo.due.is_empty() && parse_danish(&todo.due).as_deref() != Some(todo.due.as_str())
}

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, list: &ActionList, areas: &mut Areas) {
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
    // The columns are as wide as their widest entry, counted in cells: every status and
    // every anvisning the list shows (issue 19: "[ikke startet]" pushed its row aside).
    let badge_cells = indices
        .iter()
        .filter_map(|&i| a.actions.get(i))
        .map(|t| width(status_label(t.status)) + 2)
        .max()
        .unwrap_or(0)
        .max(BADGE_CELLS);
    let id_cells = indices
        .iter()
        .filter_map(|&i| a.actions.get(i))
        .map(|t| width(&clean_line(&t.anvisning)))
        .max()
        .unwrap_or(0);
    let items: Vec<ListItem> = indices
        .iter()
        .filter_map(|&i| a.actions.get(i))
        .map(|todo| {
            let badge = format!("[{}]", status_label(todo.status));
            let mut head = pad_cells(&badge, badge_cells + 1);
            if list.anvisning.is_none() {
                head.push_str(&pad_cells(&clean_line(&todo.anvisning), id_cells + 1));
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
    frame.render_stateful_widget(marked_list(items), inner, &mut state);
    // The terminal's cursor on the selection's marker, for magnifiers and readers.
    areas.focus_marker(frame.buffer_mut(), rect);
}

/// "Lav en fast tjekliste – Anne, senest 31. januar 2027"
pub fn action_text(todo: &Todo) -> String {
    let mut text = clean_line(&todo.what);
    if !todo.who.is_empty() {
        text.push_str(&format!(" – {}", clean_line(&todo.who)));
    }
    if !todo.due.is_empty() {
        text.push_str(&format!(
            ", senest {}",
            clean_line(&crate::date::danish_date(&todo.due))
        ));
    }
    text
}
