//! Where the user is, as far as keys are concerned: one `Context` per place (and per step of a
//! round or the drill), each with its help section's title.

use crate::strings as s;

/// Declares `Context` and `Context::ALL` from one list: a new context is in `ALL` (so Ctrl+Q
/// leaves from it and the help and key-map tests see it) without a second list to keep.
macro_rules! contexts {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// Where the user is, as far as keys are concerned.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Context {
            $($(#[$doc])* $name,)*
        }

        impl Context {
            /// Every context, for Ctrl+Q, the help and the key-map tests.
            pub const ALL: &'static [Context] = &[$(Context::$name,)*];
        }
    };
}

contexts! {
    // In the help's order: each context with a title is a section of the help, here.
    Anvisninger,
    Questions,
    /// The card screen with the card list or the card text selected.
    Cards,
    /// The full-screen reading view of a card.
    Reading,
    Summary,
    Home,
    Form,
    Editor,
    Search,
    /// The list of actions.
    Actions,
    /// The form for one action (what, who, by when).
    ActionForm,
    /// A yes-or-no question before a change.
    Confirm,
    /// Adding or removing cards in an open assessment.
    CardPicker,
    /// The team's name and participants.
    TeamForm,
    /// The folder for the minutes.
    ExportForm,
    /// A voting round: the voter whose turn it is scores hidden.
    VoteCast,
    /// A voting round: the votes are on the table; the team agrees.
    VoteReveal,
    /// A voting round: typing the counts per level.
    VoteTally,
    /// A voting round asks before replacing earlier votes.
    VoteConfirm,
    /// A card round asks about one anvisning that already has votes: again, or leave it out?
    VoteCardAsk,
    /// Esc with hidden votes: throw them away?
    VoteCancelAsk,
    /// Last time's actions, to mark how far each got.
    Carried,
    /// Build the new assessment on the team's last one?
    BuildOn,
    /// The compare screen.
    Compare,
    /// The card screen without an assessment.
    Browse,
    /// The overview of many teams.
    Overview,
    /// Typing the folder for the overview.
    Folder,
    /// Typing the number of a card or an anvisning to go to.
    GoTo,
    /// Choosing the goal for next time or the basis of a score.
    Choice,
    /// The drill: »Lovkrav eller anbefaling?« asked.
    DrillLovkrav,
    /// The drill: »Hvilken retningslinje?« asked.
    DrillGuideline,
    /// The drill: a deadline or a scenario, to think over and turn.
    DrillTurn,
    /// The drill: the answer shown, to be rated.
    DrillRate,
    /// The drill: the session is over.
    DrillEnd,
    /// Help or a message on top of a screen.
    Overlay,
}

impl Context {
    /// The title of the context's section in the help; the help itself (and messages) has
    /// none: Esc and ↑↓ are on its frame.
    pub fn help_title(self) -> Option<&'static str> {
        use Context::*;
        match self {
            Anvisninger => Some(s::HELP_SECTION_ANVISNINGER),
            Questions => Some(s::HELP_SECTION_QUESTIONS),
            Cards => Some(s::HELP_SECTION_CARDS),
            Reading => Some(s::HELP_SECTION_READING),
            Summary => Some(s::HELP_SECTION_SUMMARY),
            Home => Some(s::HELP_SECTION_HOME),
            Form => Some(s::HELP_SECTION_FORM),
            Editor => Some(s::HELP_SECTION_EDITOR),
            Search => Some(s::HELP_SECTION_SEARCH),
            Actions => Some(s::HELP_SECTION_ACTIONS),
            ActionForm => Some(s::HELP_SECTION_ACTION_FORM),
            Confirm => Some(s::HELP_SECTION_CONFIRM),
            CardPicker => Some(s::HELP_SECTION_CARD_PICKER),
            TeamForm => Some(s::HELP_SECTION_TEAM_FORM),
            ExportForm => Some(s::HELP_SECTION_EXPORT_FORM),
            VoteCast => Some(s::HELP_SECTION_VOTE_CAST),
            VoteReveal => Some(s::HELP_SECTION_VOTE_REVEAL),
            VoteTally => Some(s::HELP_SECTION_VOTE_TALLY),
            VoteConfirm => Some(s::HELP_SECTION_VOTE_CONFIRM),
            VoteCardAsk => Some(s::HELP_SECTION_VOTE_CARD_ASK),
            VoteCancelAsk => Some(s::HELP_SECTION_VOTE_CANCEL_ASK),
            Carried => Some(s::HELP_SECTION_CARRIED),
            BuildOn => Some(s::HELP_SECTION_BUILD_ON),
            Compare => Some(s::HELP_SECTION_COMPARE),
            Browse => Some(s::HELP_SECTION_BROWSE),
            Overview => Some(s::HELP_SECTION_OVERVIEW),
            Folder => Some(s::HELP_SECTION_FOLDER),
            GoTo => Some(s::HELP_SECTION_GOTO),
            Choice => Some(s::HELP_SECTION_CHOICE),
            DrillLovkrav => Some(s::HELP_SECTION_DRILL_LOVKRAV),
            DrillGuideline => Some(s::HELP_SECTION_DRILL_GUIDELINE),
            DrillTurn => Some(s::HELP_SECTION_DRILL_TURN),
            DrillRate => Some(s::HELP_SECTION_DRILL_RATE),
            DrillEnd => Some(s::HELP_SECTION_DRILL_END),
            Overlay => None,
        }
    }
}
