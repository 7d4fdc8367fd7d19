//! The team's name and participants in an open assessment, changed later. Like the action
//! form, every keystroke lands in the assessment at once.

use super::LineInput;
use super::limit::{MAX_LINE_CHARS, MAX_LONG_LINE_CHARS};
use crate::assessment::Assessment;

/// The form's two lines.
pub const TEAM_FIELDS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamForm {
    /// 0 the team, 1 the participants.
    pub field: usize,
    /// The team's name, written through to the assessment.
    pub team: LineInput,
    /// The participants as typed, comma-separated; the assessment gets the names.
    pub participants: LineInput,
}

impl TeamForm {
    pub fn open(a: &Assessment) -> TeamForm {
        TeamForm {
            field: 0,
            team: LineInput::new(&a.team, MAX_LINE_CHARS),
            participants: LineInput::new(&a.participants.join(", "), MAX_LONG_LINE_CHARS),
        }
    }

    /// The field in focus.
    pub fn input_mut(&mut self) -> &mut LineInput {
        match self.field {
            0 => &mut self.team,
            _ => &mut self.participants,
        }
    }
}

/// "Åse, Bo ," → ["Åse", "Bo"].
pub fn split_participants(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}
