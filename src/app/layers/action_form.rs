//! The small form for an action: what, who, by when, tied to an anvisning (`a` on an
//! anvisning or in the action list, Enter on a listed action). Like the editor, every keystroke
//! lands in the assessment at once, so an action being typed survives a crash; closing commits.

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::super::keymap::{Action, Binding, Context::ActionForm as Here, Key, b};
use super::super::limit::MAX_LINE_CHARS;
use super::super::msg::Effect;
use super::super::{App, Edit, LineInput};
use super::{Overlay, status_label};
use crate::assessment::{Action as Todo, Assessment};
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::fields::field_lines;
use crate::widgets::frame::{centered, popup};
use crate::widgets::theme;

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_ACTION_ENTER, Some(s::HINT_NEXT_FIELD), Action::NextField),
    b(&[Here], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_SAVE_CLOSE, Some(s::HINT_SAVE_CLOSE), Action::SaveAndClose),
    b(&[Here], &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down)], "↑↓", s::HELP_FIELD_UP_DOWN, None, Action::Down),
    b(&[Here], &[Key::Code(KeyCode::Tab), Key::Code(KeyCode::BackTab)], "Tab", s::HELP_FIELD, Some(s::HINT_FIELD), Action::NextPane),
];

/// The form's three lines.
pub const FIELDS: usize = 3;

/// After the three lines, Tab (or ↓) reaches the status; Mellemrum changes it there.
pub const STATUS_FIELD: usize = FIELDS;

/// The places Tab goes through: the three lines and the status.
const STOPS: usize = FIELDS + 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionForm {
    pub anvisning: String,
    /// The action's place in `Assessment::actions`.
    pub index: usize,
    /// 0 what, 1 who, 2 by when, 3 the status.
    pub field: usize,
    /// The three lines as typed; each change is written through to the action.
    pub inputs: [LineInput; FIELDS],
}

impl ActionForm {
    /// Adds an empty action for `anvisning` and opens it.
    pub fn new_action(a: &mut Assessment, anvisning: &str) -> ActionForm {
        a.actions.push(Todo {
            anvisning: anvisning.to_string(),
            ..Todo::default()
        });
        ActionForm {
            anvisning: anvisning.to_string(),
            index: a.actions.len() - 1,
            field: 0,
            inputs: std::array::from_fn(|_| LineInput::empty(MAX_LINE_CHARS)),
        }
    }

    /// Opens the action at `index` in `Assessment::actions`, if there is one.
    pub fn edit(a: &Assessment, index: usize) -> Option<ActionForm> {
        let todo = a.actions.get(index)?;
        Some(ActionForm {
            anvisning: todo.anvisning.clone(),
            index,
            field: 0,
            // The date as the minutes write it ("31. marts 2027"); it reads back on close.
            inputs: [&todo.what, &todo.who, &crate::date::danish_date(&todo.due)]
                .map(|t| LineInput::new(t, MAX_LINE_CHARS)),
        })
    }

    pub fn text_mut<'a>(&self, a: &'a mut Assessment) -> Option<&'a mut String> {
        let todo = a.actions.get_mut(self.index)?;
        Some(match self.field {
            0 => &mut todo.what,
            1 => &mut todo.who,
            _ => &mut todo.due,
        })
    }

    /// Closes the form: an action with nothing in it is removed; a date in a Danish form is
    /// written as YYYY-MM-DD. Returns a warning when the date was not understood (it is kept).
    pub fn close(&self, a: &mut Assessment) -> Option<String> {
        let todo = a.actions.get_mut(self.index)?;
        todo.what = todo.what.trim().to_string();
        todo.who = todo.who.trim().to_string();
        todo.due = todo.due.trim().to_string();
        if todo.what.is_empty() && todo.who.is_empty() && todo.due.is_empty() {
            a.actions.remove(self.index);
            return None;
        }
        if todo.due.is_empty() {
            return None;
        }
        match crate::date::parse_danish(&todo.due) {
            Some(date) => {
                todo.due = date;
                None
            }
            None => Some(todo.due.clone()),
        }
    }
}

pub(super) fn on(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let on_status = matches!(app.overlay(), Some(Overlay::Action(f)) if f.field == STATUS_FIELD);
    if on_status {
        // The status is no text: Mellemrum moves it on, as in the list of actions.
        if key.code == KeyCode::Char(' ')
            && key.modifiers.difference(KeyModifiers::SHIFT).is_empty()
        {
            return status(app);
        }
    } else if let Some(effects) = edit(app, |input| input.key(&key)) {
        return effects;
    }
    let Some(Overlay::Action(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::SaveAndClose) => app.close_overlay(),
        // Enter in the last line (or on the status) saves and closes.
        Some(Action::NextField) if form.field + 1 >= FIELDS => app.close_overlay(),
        Some(Action::NextField | Action::NextPane | Action::Down) => {
            form.field = (form.field + 1) % STOPS;
            Vec::new()
        }
        Some(Action::PreviousPane | Action::Up) => {
            form.field = (form.field + STOPS - 1) % STOPS;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The action's status moved on (åben → i gang → udført → åben), written through like the text.
fn status(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Action(form)) = app.overlay() else {
        return Vec::new();
    };
    let index = form.index;
    app.draft_change(|a| {
        if let Some(todo) = a.actions.get_mut(index) {
            todo.status = super::action_list::next_status(todo.status);
        }
    })
}

/// The action form's field in focus changed by `change` (a key or a paste); what changed is
/// written through to the action at once. `None` when the key was not the field's.
fn edit(app: &mut App, change: impl FnOnce(&mut LineInput) -> Edit) -> Option<Vec<Effect>> {
    let Some(Overlay::Action(form)) = app.layers.last_mut() else {
        return Some(Vec::new());
    };
    if form.field >= FIELDS {
        return Some(Vec::new());
    }
    let edit = change(&mut form.inputs[form.field]);
    let form = form.clone();
    if !app.edited(edit)? {
        return Some(Vec::new());
    }
    let text = form.inputs[form.field].text().to_string();
    Some(app.draft_change(|a| {
        if let Some(field) = form.text_mut(a) {
            *field = text;
        }
    }))
}

/// A paste in the action form's field in focus.
pub(super) fn paste(app: &mut App, line: &str) -> Vec<Effect> {
    edit(app, |input| input.paste(line)).unwrap_or_default()
}

/// Closing commits the action (one undo step); an empty one goes, and every close says how it
/// went, so a warning about a date now fixed is gone.
pub(super) fn close(app: &mut App, form: &ActionForm) -> Vec<Effect> {
    let mut bad_date = None;
    let effects = app.commit_change(|a| bad_date = form.close(a));
    match bad_date {
        Some(date) => app.set_error(format!("{}: »{}«", s::ACTION_BAD_DATE, clean_line(&date))),
        None => app.set_status(s::ACTION_SAVED),
    }
    effects
}

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, form: &ActionForm, areas: &mut Areas) {
    let Some(todo) = app
        .session
        .as_ref()
        .and_then(|s| s.assessment.actions.get(form.index))
    else {
        return;
    };
    let rect = centered(area, 80, 11);
    frame.render_widget(Clear, rect);
    let block = popup(format!(
        " {} {} ",
        s::ACTION_TITLE,
        clean_line(&form.anvisning)
    ));
    let inner = usize::from(rect.width.saturating_sub(2));
    let [what, who, due] = &form.inputs;
    let fields = [
        (s::ACTION_WHAT, what, ""),
        (s::ACTION_WHO, who, ""),
        (s::ACTION_DUE, due, s::ACTION_DUE_HINT),
    ];
    let mut lines = field_lines(&fields, form.field, 9, inner);
    let on_status = form.field == STATUS_FIELD;
    let (marker, style) = if on_status {
        ("▶ ", theme::title())
    } else {
        ("  ", theme::dim())
    };
    let mut status = vec![
        Span::styled(format!("{marker}{:<9}", s::ACTION_STATUS_LABEL), style),
        Span::raw(status_label(todo.status)),
    ];
    if on_status {
        status.push(Span::styled(
            format!("  ({})", s::ACTION_STATUS_SPACE),
            theme::dim(),
        ));
    }
    lines.push(Line::from(status));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    // The terminal's cursor on the text's cursor (or the selection's marker), for magnifiers.
    areas.focus_caret(frame.buffer_mut(), rect);
}
