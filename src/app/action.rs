//! What a key means once it is looked up in the key map, and what follows from that once:
//! whether it changes the assessment (the read-only gate) and how high its hint ranks.

use super::context::Context;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    /// Back to where the user came from (a screen, a pane), or close what is on top.
    Back,
    /// Close a form without doing what it is for (the minutes are not written).
    Cancel,
    /// Close a form; what was typed is kept.
    SaveAndClose,
    /// No to a question (nothing changes).
    No,
    /// Stop a round before the reveal: the hidden votes go, unseen.
    CancelRound,
    /// End a round after the reveal: what was agreed is kept.
    EndRound,
    Up,
    Down,
    PageUp,
    PageDown,
    /// Open what is selected (a saved assessment, a hit, an overview line, a card, a team).
    Open,
    /// Open the selected action's form.
    EditAction,
    /// Write the minutes into the folder typed.
    ExportHere,
    /// To the form's next field; on the last one, save and close.
    NextField,
    /// Yes to a question.
    Yes,
    /// Read the tally typed and reveal it.
    SubmitTally,
    /// The team agrees on the median.
    AgreeOnMedian,
    /// Read the folder typed for the overview of teams.
    ReadFolder,
    /// Start the new assessment from the form.
    StartAssessment,
    NextPane,
    PreviousPane,
    NextCard,
    PreviousCard,
    Score(u8),
    NotRelevant,
    Unknown,
    Clear,
    Note,
    Focus,
    Search,
    Summary,
    /// Add an action to the selected anvisning.
    AddAction,
    /// List actions (the selected anvisning's, or all in the overview) to edit, mark or delete.
    Actions,
    /// Delete the selected item (asks first).
    Delete,
    /// Add or remove cards in the open assessment.
    PickCards,
    /// In the reading view of a card the assessment has not chosen: add it, and go there.
    AddCard,
    /// Change the team's name and participants.
    Team,
    /// Write the assessment as minutes (Markdown and HTML) to the current folder.
    Export,
    /// On the home screen: compare the marked assessments.
    Compare,
    /// In a form: toggle the selected choice.
    Toggle,
    /// Take the newest change to the assessment back.
    Undo,
    /// Do the newest undone change again.
    Redo,
    /// To the top of a text, or the first item of a list.
    First,
    /// To the end of a text, or the last item of a list.
    Last,
    /// The whole card on the full window.
    Read,
    /// The next anvisning without a score (on this card or a later one).
    NextOpen,
    // The workshop (silent votes, reveal, agree): see app/vote.rs.
    /// Start a voting round on the selected anvisning.
    VoteOne,
    /// Start a voting round on every anvisning of the card.
    VoteCard,
    /// Enter the counts per level from paper cards or fingers.
    Tally,
    /// Put a topic aside for later.
    Park,
    /// Edit who takes part.
    Participants,
    /// In a round: yes, replace the earlier votes.
    Confirm,
    /// In a round: the voter whose turn it is is not here.
    Skip,
    /// In a reveal: on to the next without agreeing.
    NextReveal,
    /// Reveal the votes already in the file, most disputed first.
    RevealSaved,
    /// Last time: the note and score of the selected anvisning.
    LastTime,
    /// Last time's actions, to mark how far each got.
    CarriedActions,
    /// Compare with last time.
    CompareLast,
    /// Set the planned minutes per card.
    Timebox,
    /// Votes by name, or counts only.
    Anonymous,
    Left,
    Right,
    /// On the home screen: the overview of many teams.
    Overview,
    /// On the overview: sort the rows by the selected column, lowest first.
    Sort,
    /// On the overview: show legal requirements only.
    RequirementsOnly,
    /// On the overview: the next order of the rows (place, team, mean, change).
    OrderRows,
    /// On the overview: the selected team's means per principle as bars, or the table again.
    Principles,
    /// On the card screens: type a card's or an anvisning's number to go there.
    GoTo,
    /// Go to the card or anvisning typed.
    GoThere,
    /// On an anvisning: choose the goal for next time.
    Goal,
    /// On an anvisning: choose what the score rests on.
    Basis,
    // The drill (`refleks øv`): see app/drill.rs.
    /// Answer with a choice (`l`, `a`, `1`–`4`).
    Choose,
    /// Turn the answer over (a deadline, a scenario).
    ShowAnswer,
    /// How well the learner knew it: 1 igen … 4 let.
    Rate(u8),
    /// Mellemrum/Enter after the answer: godt (igen after a wrong choice).
    RateDefault,
}

impl Action {
    /// Moves a selection or a scroll position (by one, a page, or to an end).
    pub fn moves(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last
        )
    }

    /// Whether `action` in `context` changes the open assessment. The read-only gate asks this
    /// once, before any place sees the key (`update::on_key`); every action is named, so a new one
    /// must be placed on one side.
    pub fn edits(self, context: Context) -> bool {
        match self {
            Action::Score(_)
            | Action::NotRelevant
            | Action::Unknown
            | Action::Note
            | Action::Focus
            | Action::AddAction
            | Action::PickCards
            | Action::AddCard
            | Action::Undo
            | Action::Redo
            | Action::VoteOne
            | Action::VoteCard
            | Action::Tally
            | Action::RevealSaved
            | Action::Park
            | Action::Participants
            | Action::Anonymous
            | Action::Timebox
            | Action::CarriedActions
            | Action::Goal
            | Action::Basis => true,
            // Elsewhere Ctrl+U empties the folder field, Backspace takes a hidden vote back.
            Action::Clear => context == Context::Anvisninger,
            // In the action lists; on home they mark, delete or rename saved files.
            Action::EditAction => true,
            Action::Toggle | Action::Delete => {
                matches!(context, Context::Actions | Context::Carried)
            }
            // Every other action, A–Z: moving, looking, leaving, and the keys of forms and rounds
            // (a form or a round never opens on a file that cannot be changed).
            Action::Actions
            | Action::AgreeOnMedian
            | Action::Back
            | Action::Cancel
            | Action::CancelRound
            | Action::Choose
            | Action::Compare
            | Action::CompareLast
            | Action::Confirm
            | Action::Down
            | Action::EndRound
            | Action::Export
            | Action::ExportHere
            | Action::First
            | Action::GoThere
            | Action::GoTo
            | Action::Help
            | Action::Last
            | Action::LastTime
            | Action::Left
            | Action::NextCard
            | Action::NextField
            | Action::NextOpen
            | Action::NextPane
            | Action::NextReveal
            | Action::No
            | Action::Open
            | Action::Overview
            | Action::PageDown
            | Action::PageUp
            | Action::PreviousCard
            | Action::PreviousPane
            | Action::Quit
            | Action::Rate(_)
            | Action::RateDefault
            | Action::Read
            | Action::ReadFolder
            | Action::RequirementsOnly
            | Action::OrderRows
            | Action::Principles
            | Action::Right
            | Action::SaveAndClose
            | Action::Search
            | Action::ShowAnswer
            | Action::Skip
            | Action::Sort
            | Action::StartAssessment
            | Action::SubmitTally
            | Action::Summary
            | Action::Team
            | Action::Up
            | Action::Yes => false,
        }
    }

    /// Which hints stay when the line is short: what the pane is for first (score, answer, open),
    /// then what is easy to miss, then what the help also says.
    pub fn hint_rank(self) -> u8 {
        match self {
            // What Enter (or Mellemrum) does where the user is.
            Action::Score(_)
            | Action::Open
            | Action::Toggle
            | Action::Confirm
            | Action::EditAction
            | Action::ExportHere
            | Action::NextField
            | Action::Yes
            | Action::SubmitTally
            | Action::AgreeOnMedian
            | Action::ReadFolder
            | Action::GoThere
            | Action::Choose
            | Action::ShowAnswer
            | Action::Rate(_)
            | Action::RateDefault
            | Action::StartAssessment => 0,
            Action::Note => 1,
            Action::Focus => 2,
            Action::AddAction => 3,
            Action::Compare | Action::Summary => 4,
            // The workshop's round: first of what does not fit at 80 columns.
            Action::VoteOne => 5,
            Action::NextPane | Action::PreviousPane => 5,
            Action::NextOpen => 6,
            Action::NotRelevant => 7,
            Action::Unknown => 8,
            Action::Read => 9,
            Action::NextCard | Action::PreviousCard => 10,
            Action::Search => 11,
            Action::Export => 12,
            Action::Up | Action::Down => 13,
            Action::Back
            | Action::Cancel
            | Action::SaveAndClose
            | Action::No
            | Action::CancelRound
            | Action::EndRound => 14,
            Action::Quit | Action::Help => 15,
            // Keys of their own place (a round's skip, next) keep the key map's order, before the
            // moving and leaving that every place has.
            _ => 12,
        }
    }
}
