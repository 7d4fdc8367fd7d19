//! The team's name and participants in an open assessment, changed later. Like the action
//! form, every keystroke lands in the assessment at once.

use crate::assessment::Assessment;

/// The form's two lines.
pub const TEAM_FIELDS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamForm {
    /// 0 the team, 1 the participants.
    pub field: usize,
    /// The participants as typed, comma-separated; the assessment gets the names.
    pub participants: String,
}

impl TeamForm {
    pub fn open(a: &Assessment) -> TeamForm {
        TeamForm {
            field: 0,
            participants: a.participants.join(", "),
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
