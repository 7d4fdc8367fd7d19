//! The list of actions: one anvisning's (from the card screen) or all of them (from the
//! overview). Every action in it can be opened, given a status and deleted.

use crate::assessment::{ActionStatus, Assessment};

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
