//! Changes to an assessment that more than one front-end makes (the TUI, the line mode): written
//! once here, committed by each through [`super::Session::commit`].

use crate::assessment::{Action, ActionStatus, Assessment};

/// The new assessment builds on `earlier` (its file's name `name`): last time's open actions
/// come along, marked as carried and with no status yet, each once however often this is done.
/// How many were carried.
pub fn build_on(a: &mut Assessment, name: String, earlier: &Assessment) -> usize {
    a.builds_on = name;
    let mut carried = 0;
    for todo in earlier
        .actions
        .iter()
        .filter(|t| ActionStatus::is_open(t.status))
    {
        let known = a
            .actions
            .iter()
            .any(|t| t.carried && t.anvisning == todo.anvisning && t.what == todo.what);
        if !known {
            a.actions.push(Action {
                status: None,
                carried: true,
                ..todo.clone()
            });
            carried += 1;
        }
    }
    carried
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;

    #[test]
    fn open_actions_are_carried_once_and_done_ones_stay_behind() {
        let deck = Deck::embedded();
        let mut earlier = Assessment::new(&deck, "T", vec![], vec![], "2025-12-01");
        for (what, status) in [("Åben", None), ("Udført", Some(ActionStatus::Done))] {
            earlier.actions.push(Action {
                anvisning: "2.1.1".into(),
                what: what.into(),
                status,
                ..Action::default()
            });
        }
        let mut a = Assessment::new(&deck, "T", vec![], vec![], "2026-12-01");
        assert_eq!(build_on(&mut a, "t-2025-12-01.toml".into(), &earlier), 1);
        assert_eq!(build_on(&mut a, "t-2025-12-01.toml".into(), &earlier), 0);
        assert_eq!(a.builds_on, "t-2025-12-01.toml");
        assert_eq!(a.actions.len(), 1);
        assert!(a.actions[0].carried && a.actions[0].status.is_none());
    }
}
