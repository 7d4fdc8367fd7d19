//! How much a field takes. Every typed or pasted character of every field passes here, so no
//! field grows past what the store reads back (`store::MAX_FILE_BYTES`) and nothing is left out
//! without a word in the status line.

use super::{App, Edit, Editor, Status};
use crate::strings as s;

/// A note, reason or answer: some ten pages, far more than a workshop writes.
pub const MAX_FIELD_CHARS: usize = 20_000;
/// A name, a date, an action, a search or a tally: one line.
pub const MAX_LINE_CHARS: usize = 200;
/// A list of participants on one line, or a folder's path: several names' worth.
pub const MAX_LONG_LINE_CHARS: usize = 1_000;

/// A note's editor after a key or a paste: input that made the text longer than a note holds
/// is taken back at once.
pub(crate) fn editor_fits(editor: &mut Editor) -> Result<(), String> {
    let result = fits(editor.text().chars().count(), MAX_FIELD_CHARS);
    if result.is_err() {
        editor.area.undo();
    }
    result
}

pub(crate) use crate::widgets::line_input::fits;

/// What a one-line field did with a key or a paste, said on the status line where it needs
/// saying: `None` when the key was not the field's, else whether the text changed.
pub(crate) fn edited(status: &mut Option<Status>, edit: Edit) -> Option<bool> {
    match edit {
        Edit::NotMine => None,
        Edit::Moved => Some(false),
        Edit::Changed => {
            say_if_full(status, Ok(()));
            Some(true)
        }
        Edit::Full(why) => {
            say_if_full(status, Err(why));
            Some(false)
        }
    }
}

/// A field that would not take the input says so in the status line; once input fits again
/// (Backspace made room), the word goes.
fn say_if_full(status: &mut Option<Status>, result: Result<(), String>) {
    match result {
        Err(full) => {
            *status = Some(Status {
                text: full,
                error: true,
            })
        }
        Ok(()) => {
            if status
                .as_ref()
                .is_some_and(|st| st.text.starts_with(s::FIELD_FULL))
            {
                *status = None;
            }
        }
    }
}

impl App {
    /// A field that would not take the input says so in the status line; once input fits
    /// again (Backspace made room), the word goes.
    pub(crate) fn say_if_full(&mut self, result: Result<(), String>) {
        say_if_full(&mut self.status, result);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_says_how_much_the_field_takes() {
        assert_eq!(fits(4, 4), Ok(()));
        let refused = fits(5, 4).unwrap_err();
        assert!(refused.contains("højst rumme 4 tegn"), "{refused}");
        assert!(
            fits(20_001, MAX_FIELD_CHARS)
                .unwrap_err()
                .contains("20.000 tegn")
        );
    }
}
