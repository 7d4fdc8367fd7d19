//! The small form for an action: what, who, by when, tied to an anvisning. Like the editor, every
//! keystroke lands in the assessment at once, so an action being typed survives a crash.

use super::LineInput;
use super::limit::MAX_LINE_CHARS;
use crate::assessment::{Action as Todo, Assessment};

/// The form's three lines.
pub const FIELDS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionForm {
    pub anvisning: String,
    /// The action's place in `Assessment::actions`.
    pub index: usize,
    /// 0 what, 1 who, 2 by when.
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
