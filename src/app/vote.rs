//! A silent voting round: everyone scores hidden, the votes are revealed together, the team
//! agrees. A pure state machine: it owns the hidden votes until the reveal, and the assessment
//! learns of the round only through [`Round::results`], committed once when the round closes
//! (so undo sees the whole round as one step).

use ratatui::crossterm::event::KeyEvent;

use super::keymap::Context;
use super::{Edit, LineInput};
use crate::assessment::{NonScore, Score, VoteStats};

mod round;
pub use round::Round;

/// The round as the app holds it. The dissent note a disagreement asks for is an editor layer
/// on top of it, so closing the note returns to the round.
pub struct VoteView {
    pub round: Round,
    /// Enter on a reveal without a median: say so until the next key.
    pub no_median: bool,
}

impl VoteView {
    pub fn new(round: Round) -> VoteView {
        VoteView {
            round,
            no_median: false,
        }
    }

    /// Each step is its own key context, so hints and help follow the step.
    pub fn context(&self) -> Context {
        match self.round.step {
            Step::Confirm { .. } if self.round.card => Context::VoteCardAsk,
            Step::Confirm { .. } => Context::VoteConfirm,
            Step::CancelAsk { .. } => Context::VoteCancelAsk,
            Step::Collecting { .. } => Context::VoteCast,
            Step::Tally { .. } => Context::VoteTally,
            Step::Revealed { .. } => Context::VoteReveal,
        }
    }
}

/// Where the round is. Each step is its own key context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The `item`-th anvisning already holds votes: vote on it again? In a card round a no
    /// leaves that one out (never the whole card); in a round on one anvisning it ends the round.
    Confirm { item: usize },
    /// Esc with hidden votes cast (or a tally typed): throw them away? A no goes `back`.
    CancelAsk { back: Box<Step> },
    /// `voter` (index into the voters) scores `item` (index into the anvisninger), hidden.
    Collecting { voter: usize, item: usize },
    /// The team types its counts ("2 × 3, 1 × 4") for the one anvisning.
    Tally {
        text: LineInput,
        error: Option<String>,
    },
    /// The votes on the `at`-th anvisning of the reveal order are on the table.
    Revealed { at: usize },
}

/// What a key means to the round; the update layer turns key-map actions into these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The current voter's hidden score (a level or ved ikke).
    Vote(Score),
    /// The current voter is not here: skip them for the whole round.
    Skip,
    /// Take back the last hidden vote or skip (a mistyped key), unseen.
    TakeBack,
    /// Yes to the question asked (vote again; throw the hidden votes away).
    Confirm,
    /// No to the question asked (leave this anvisning out; go on with the round).
    Decline,
    /// Esc before the reveal: asks first when there is something to lose.
    Cancel,
    /// Agree on the median.
    Agree,
    /// Agree on another value.
    AgreeOn(Score),
    /// Go on to the next reveal without agreeing (the votes are kept, the score is not set).
    Next,
    /// A key for the tally's line: typing, Backspace, the cursor keys.
    Edit(KeyEvent),
    /// Read the typed tally and reveal it.
    Submit,
}

/// What happened, for the update layer to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Nothing,
    /// A key for the tally's line: what it did there.
    Edited(Edit),
    /// The round moved on (a vote was taken, a voter skipped, the reveal began).
    Moved,
    /// Enter on a reveal with no median (only "ved ikke" votes): a digit is needed.
    NoMedian,
    /// The team agreed on `anvisning`; `flagged` when the votes disagreed (open the dissent note).
    Agreed {
        anvisning: String,
        flagged: bool,
    },
    /// Nothing is left to reveal: close the round.
    Finished,
    /// Every voter was skipped: nothing to reveal.
    NoVotes,
    /// The round is called off before the reveal: the hidden votes go, unseen.
    Cancelled,
    /// Every anvisning of a card round held votes and each was left out: nothing to vote on.
    NothingLeft,
    /// Backspace before anyone has voted: nothing to take back.
    NothingToTakeBack,
}

/// What the round leaves in the assessment (in `session`, so every front-end records it the
/// same way).
pub use crate::session::round::VoteResult;

/// One revealed anvisning, as the view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal<'a> {
    pub anvisning: &'a str,
    /// Each voter's vote in the listed order; `None` for an absent voter. Empty for a tally or
    /// an anonymous assessment.
    pub named: Vec<(&'a str, Option<Score>)>,
    pub stats: VoteStats,
    /// 1-based place in the reveal order, and how many reveals there are.
    pub place: (usize, usize),
    pub agreed: Option<Score>,
}

/// `u` in a round: the "ved ikke" vote.
pub const UNKNOWN_VOTE: Score = Score::Other(NonScore::Unknown);

#[cfg(test)]
mod tests;
