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
            inputs: [&todo.what, &todo.who, &todo.due].map(|t| LineInput::new(t, MAX_LINE_CHARS)),
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
        match normalize_date(&todo.due) {
            Some(date) => {
                todo.due = date;
                None
            }
            None => Some(todo.due.clone()),
        }
    }
}

/// `2027-03-31`, `31-03-2027`, `31.3.2027` or `31/3/2027` → `2027-03-31`; `None` otherwise.
pub fn normalize_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['-', '.', '/']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 {
        (*a, *b, *c)
    } else {
        (*c, *b, *a)
    };
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=9999).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_danish_forms_become_iso() {
        assert_eq!(normalize_date("2027-03-31").as_deref(), Some("2027-03-31"));
        assert_eq!(normalize_date("31-03-2027").as_deref(), Some("2027-03-31"));
        assert_eq!(normalize_date("1.2.2027").as_deref(), Some("2027-02-01"));
        assert_eq!(normalize_date("29/2/2028").as_deref(), Some("2028-02-29"));
        assert_eq!(normalize_date("29/2/2027"), None);
        assert_eq!(normalize_date("til sommer"), None);
        assert_eq!(normalize_date("2027-13-01"), None);
    }
}
