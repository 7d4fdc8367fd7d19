//! The open assessment, without any UI: where it lives, whether it may change, its history
//! (undo and redo), and the two ways it changes: a committed change (one undo step, dated,
//! pruned) and a draft (text being typed, in the assessment at once). The app's screens drive
//! it; another front-end could drive the same.

pub mod changes;
mod history;
pub mod round;

use std::path::PathBuf;

pub use history::History;

use crate::assessment::Assessment;

/// An open assessment and where it lives.
pub struct Session {
    pub assessment: Assessment,
    /// `None` until the runner has given it a file.
    pub path: Option<PathBuf>,
    /// Another refleks has the file open: look, but do not change.
    pub read_only: bool,
    /// Undo and redo, for as long as the assessment is open.
    pub history: History,
    /// The assessment as it was before the text now being typed (editor, action form), so the
    /// whole edit becomes one undo step when it is committed.
    pub draft_base: Option<Assessment>,
}

impl Session {
    pub fn new(assessment: Assessment, path: Option<PathBuf>, read_only: bool) -> Session {
        Session {
            assessment,
            path,
            read_only,
            history: History::default(),
            draft_base: None,
        }
    }

    /// Remembers the assessment before a draft starts; later drafts of the same edit keep it.
    pub fn begin_draft(&mut self) {
        if self.draft_base.is_none() {
            self.draft_base = Some(self.assessment.clone());
        }
    }

    /// A committed change: the undo step (from before the draft, when text was being typed),
    /// pruning, the date. False, and nothing changes, when the file may not be changed.
    pub fn commit(&mut self, today: &str, change: impl FnOnce(&mut Assessment)) -> bool {
        if self.read_only {
            return false;
        }
        // A typed edit began before its first keystroke; everything since is one step.
        let before = self
            .draft_base
            .take()
            .unwrap_or_else(|| self.assessment.clone());
        change(&mut self.assessment);
        self.assessment.prune();
        self.history.record(&before, &self.assessment);
        self.assessment.updated = today.to_string();
        true
    }

    /// Text being typed: in the assessment at once, one undo step when it is committed.
    /// False, and nothing changes, when the file may not be changed.
    pub fn draft(&mut self, today: &str, change: impl FnOnce(&mut Assessment)) -> bool {
        if self.read_only {
            return false;
        }
        self.begin_draft();
        change(&mut self.assessment);
        self.assessment.updated = today.to_string();
        true
    }

    /// Takes the last committed change back: what it was, in words, or `None` when there is
    /// nothing to take back or the file may not change. Dated and pruned like a commit.
    pub fn undo(&mut self, today: &str) -> Option<String> {
        self.step(today, false)
    }

    /// Puts back what [`Session::undo`] took back.
    pub fn redo(&mut self, today: &str) -> Option<String> {
        self.step(today, true)
    }

    fn step(&mut self, today: &str, redo: bool) -> Option<String> {
        if self.read_only {
            return None;
        }
        let what = if redo {
            self.history.redo(&mut self.assessment)
        } else {
            self.history.undo(&mut self.assessment)
        }?;
        self.assessment.prune();
        self.assessment.updated = today.to_string();
        Some(what)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Score;
    use crate::deck::Deck;

    fn session(read_only: bool) -> Session {
        let a = Assessment::new(&Deck::embedded(), "Team", vec![], vec![], "2026-12-01");
        Session::new(a, None, read_only)
    }

    #[test]
    fn a_draft_and_its_commit_are_one_undo_step_dated_today() {
        let mut s = session(false);
        assert!(s.draft("2026-12-02", |a| a.answer_mut("2.1.1").note = "N".into()));
        assert!(s.draft("2026-12-02", |a| a.answer_mut("2.1.1").note = "Note".into()));
        assert!(s.commit("2026-12-03", |a| {
            a.answer_mut("2.1.1").score = Some(Score::Level(2));
        }));
        assert_eq!(s.assessment.updated, "2026-12-03");
        let mut now = s.assessment.clone();
        assert!(s.history.undo(&mut now).is_some());
        assert!(now.answer("2.1.1").is_none_or(|x| x.note.is_empty()));
        assert!(s.history.undo(&mut now).is_none(), "one step");
    }

    #[test]
    fn undo_and_redo_are_dated_and_say_what() {
        let mut s = session(false);
        s.commit("2026-12-02", |a| {
            a.answer_mut("2.1.1").score = Some(Score::Level(3))
        });
        assert!(s.undo("2026-12-04").is_some());
        assert!(s.assessment.answer("2.1.1").is_none(), "pruned");
        assert_eq!(s.assessment.updated, "2026-12-04");
        assert!(s.undo("2026-12-04").is_none());
        assert!(s.redo("2026-12-05").is_some());
        assert_eq!(
            s.assessment.answer("2.1.1").and_then(|a| a.score),
            Some(Score::Level(3))
        );
    }

    #[test]
    fn a_read_only_session_changes_nothing() {
        let mut s = session(true);
        let before = s.assessment.clone();
        assert!(!s.draft("2026-12-02", |a| a.team = "X".into()));
        assert!(!s.commit("2026-12-02", |a| a.team = "X".into()));
        assert_eq!(s.assessment, before);
    }
}
