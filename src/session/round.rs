//! What a voting round leaves in the assessment, recorded the same way by every front-end (the
//! TUI's round layer, the line mode): the round itself (`app::vote::Round`) hands over its
//! results; this writes them.

use std::collections::BTreeMap;

use crate::assessment::{Assessment, Score};

/// What the round leaves in the assessment for one anvisning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteResult {
    pub anvisning: String,
    /// By name; empty in an anonymous assessment.
    pub votes: BTreeMap<String, Score>,
    /// Votes without names: a typed tally, or every vote of an anonymous assessment.
    pub tally: Vec<Score>,
    /// The score the team agreed on, if it did.
    pub agreed: Option<Score>,
    /// Who was away, in the voters' order; `None` for votes read back from the file (what
    /// the file says stays).
    pub absent: Option<Vec<String>>,
}

/// A round's results in the assessment: its votes replace the earlier ones; an agreed score
/// is set, and an anvisning the team passed over keeps its score.
pub fn record_round(a: &mut Assessment, results: Vec<VoteResult>) {
    for r in results {
        let answer = a.answer_mut(&r.anvisning);
        answer.votes = r.votes;
        answer.tally = r.tally;
        if let Some(absent) = r.absent {
            answer.absent = absent;
        }
        if let Some(score) = r.agreed {
            answer.score = Some(score);
        }
    }
}

/// True when recording `results` would change what the assessment says (so a save, and an
/// undo step, is worth making).
pub fn round_changes(a: &Assessment, results: &[VoteResult]) -> bool {
    let mut after = a.clone();
    record_round(&mut after, results.to_vec());
    after.prune();
    after.answers != a.answers
}
