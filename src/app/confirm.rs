//! A question before something that cannot be seen undone at a glance (deleting an action,
//! removing a card that has answers, deleting an assessment). The pending change is data: it
//! comes back to `update` only once the user has said yes.

use std::path::PathBuf;

pub struct Confirm {
    pub question: String,
    pub pending: Pending,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Delete this action (its place in `Assessment::actions`).
    DeleteAction(usize),
    /// Take this card (a guideline id) out of the assessment, with what was recorded on it.
    RemoveCard(String),
    /// Move this saved assessment to the store's wastebasket.
    DeleteAssessment(PathBuf),
}
