//! The key map: which key does what, where. The help overlay and the hint line are generated
//! from this table, so they can never disagree with what the keys actually do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::strings as s;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Open,
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
}

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
    /// Help or a message on top of a screen.
    Overlay,
}

impl Context {
    /// The title of the context's section in the help; the help itself (and messages) has
    /// none: Esc and ↑↓ are on its frame.
    pub fn help_title(self) -> Option<&'static str> {
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
            Carried => Some(s::HELP_SECTION_CARRIED),
            BuildOn => Some(s::HELP_SECTION_BUILD_ON),
            Compare => Some(s::HELP_SECTION_COMPARE),
            Browse => Some(s::HELP_SECTION_BROWSE),
            Overview => Some(s::HELP_SECTION_OVERVIEW),
            Folder => Some(s::HELP_SECTION_FOLDER),
            Overlay => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
    /// Any digit the deck's scale uses.
    Digit,
}

pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Key],
    /// How the keys are written in help and hints, e.g. "↑↓/jk".
    pub label: &'static str,
    /// What the keys do, for the help overlay.
    pub help: &'static str,
    /// A shorter text for the hint line; `None` keeps the binding out of it.
    pub hint: Option<&'static str>,
    pub action: Action,
}

use Context::*;

/// Contexts where a plain letter is a command, not text.
const NAV: &[Context] = &[
    Home,
    Cards,
    Anvisninger,
    Questions,
    Summary,
    Browse,
    Overlay,
    Compare,
    Actions,
    CardPicker,
    Reading,
    Overview,
];
/// Lists moved with j/k as well as the arrows: where letters are commands (and the new form,
/// whose card choices take j/k; its text fields take letters first).
const LISTS: &[Context] = &[
    Home,
    Cards,
    Anvisninger,
    Questions,
    Summary,
    Browse,
    Form,
    Overlay,
    Compare,
    Actions,
    CardPicker,
    Reading,
    Overview,
];

/// Every context: Ctrl+Q leaves from anywhere, even mid-sentence.
const EVERYWHERE: &[Context] = Context::ALL;

/// Where a text or list scrolls by pages and jumps to its ends.
const SCROLLS: &[Context] = &[
    Cards,
    Anvisninger,
    Questions,
    Summary,
    Browse,
    Overlay,
    Compare,
    Reading,
    Overview,
];

static BINDINGS: &[Binding] = &[
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Digit],
        label: "0–4",
        help: s::HELP_SCORE,
        hint: Some(s::HINT_SCORE),
        action: Action::Score(0),
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('n'), Key::Code(KeyCode::Enter)],
        label: "n",
        help: s::HELP_NOTE,
        hint: Some(s::HINT_NOTE),
        action: Action::Note,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('x')],
        label: "x",
        help: s::HELP_NOT_RELEVANT,
        hint: Some(s::HINT_NOT_RELEVANT),
        action: Action::NotRelevant,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('u')],
        label: "u",
        help: s::HELP_UNKNOWN,
        hint: Some(s::HINT_UNKNOWN),
        action: Action::Unknown,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('f')],
        label: "f",
        help: s::HELP_FOCUS,
        hint: Some(s::HINT_FOCUS),
        action: Action::Focus,
    },
    Binding {
        contexts: &[Anvisninger, Actions],
        keys: &[Key::Char('a')],
        label: "a",
        help: s::HELP_ADD_ACTION,
        hint: Some(s::HINT_ADD_ACTION),
        action: Action::AddAction,
    },
    Binding {
        contexts: &[Anvisninger, Cards, Questions],
        keys: &[Key::Char('g')],
        label: "g",
        help: s::HELP_NEXT_OPEN,
        hint: Some(s::HINT_NEXT_OPEN),
        action: Action::NextOpen,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Browse],
        keys: &[Key::Char('l')],
        label: "l",
        help: s::HELP_READ,
        hint: Some(s::HINT_READ),
        action: Action::Read,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('A')],
        label: "A",
        help: s::HELP_ACTIONS,
        hint: None,
        action: Action::Actions,
    },
    Binding {
        contexts: &[Summary],
        keys: &[Key::Char('A')],
        label: "A",
        help: s::HELP_ALL_ACTIONS,
        hint: Some(s::HINT_ALL_ACTIONS),
        action: Action::Actions,
    },
    Binding {
        contexts: &[Actions],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_ACTION_OPEN,
        hint: Some(s::HINT_ACTION_OPEN),
        action: Action::Open,
    },
    Binding {
        contexts: &[Actions],
        keys: &[Key::Char(' ')],
        label: "Mellemrum",
        help: s::HELP_ACTION_STATUS,
        hint: Some(s::HINT_ACTION_STATUS),
        action: Action::Toggle,
    },
    Binding {
        contexts: &[Actions],
        keys: &[
            Key::Char('d'),
            Key::Code(KeyCode::Delete),
            Key::Code(KeyCode::Backspace),
        ],
        label: "d/Del",
        help: s::HELP_ACTION_DELETE,
        hint: Some(s::HINT_ACTION_DELETE),
        action: Action::Delete,
    },
    Binding {
        contexts: &[Cards],
        keys: &[Key::Char('+')],
        label: "+",
        help: s::HELP_PICK_CARDS,
        hint: Some(s::HINT_PICK_CARDS),
        action: Action::PickCards,
    },
    // The same key where the hint line is already full.
    Binding {
        contexts: &[Anvisninger, Questions],
        keys: &[Key::Char('+')],
        label: "+",
        help: s::HELP_PICK_CARDS,
        hint: None,
        action: Action::PickCards,
    },
    Binding {
        contexts: &[ExportForm],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_EXPORT_HERE,
        hint: Some(s::HINT_EXPORT_HERE),
        action: Action::Open,
    },
    Binding {
        contexts: &[ExportForm],
        keys: &[Key::Ctrl('u')],
        label: "Ctrl+U",
        help: s::HELP_EXPORT_CLEAR,
        hint: Some(s::HINT_EXPORT_CLEAR),
        action: Action::Clear,
    },
    Binding {
        contexts: &[ExportForm],
        keys: &[Key::Code(KeyCode::Esc)],
        label: "Esc",
        help: s::HELP_EXPORT_CANCEL,
        hint: Some(s::HINT_EXPORT_CANCEL),
        action: Action::Back,
    },
    Binding {
        contexts: &[CardPicker],
        keys: &[Key::Char(' '), Key::Code(KeyCode::Enter)],
        label: "Mellemrum",
        help: s::HELP_CARD_TOGGLE,
        hint: Some(s::HINT_CARD_TOGGLE),
        action: Action::Toggle,
    },
    Binding {
        contexts: &[ActionForm, TeamForm],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_ACTION_ENTER,
        hint: Some(s::HINT_NEXT_FIELD),
        action: Action::Open,
    },
    Binding {
        contexts: &[ActionForm, TeamForm],
        keys: &[Key::Code(KeyCode::Esc)],
        label: "Esc",
        help: s::HELP_SAVE_CLOSE,
        hint: Some(s::HINT_SAVE_CLOSE),
        action: Action::Back,
    },
    Binding {
        contexts: &[ActionForm, TeamForm],
        keys: &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down)],
        label: "↑↓",
        help: s::HELP_FIELD_UP_DOWN,
        hint: None,
        action: Action::Down,
    },
    Binding {
        contexts: &[Confirm],
        keys: &[Key::Code(KeyCode::Enter), Key::Char('j')],
        label: "Enter/j",
        help: s::HELP_YES,
        hint: Some(s::HINT_YES),
        action: Action::Open,
    },
    Binding {
        contexts: &[Confirm],
        keys: &[Key::Code(KeyCode::Esc), Key::Char('n')],
        label: "Esc/n",
        help: s::HELP_NO,
        hint: Some(s::HINT_NO),
        action: Action::Back,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Summary],
        keys: &[Key::Char('z'), Key::Ctrl('z')],
        label: "z / Ctrl+Z",
        help: s::HELP_UNDO,
        // The hint line is full at 80 columns; undo is in the help and named in the status.
        hint: None,
        action: Action::Undo,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Summary],
        keys: &[Key::Char('Z'), Key::Ctrl('y')],
        label: "Z / Ctrl+Y",
        help: s::HELP_REDO,
        hint: None,
        action: Action::Redo,
    },
    // The workshop: starting rounds from an anvisning, and the round's own contexts.
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('v')],
        label: "v",
        help: s::HELP_VOTE_ONE,
        hint: Some(s::HINT_VOTE_ONE),
        action: Action::VoteOne,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('V')],
        label: "V",
        help: s::HELP_VOTE_CARD,
        hint: None,
        action: Action::VoteCard,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('r')],
        label: "r",
        help: s::HELP_REVEAL_SAVED,
        hint: None,
        action: Action::RevealSaved,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('t')],
        label: "t",
        help: s::HELP_TALLY,
        hint: None,
        action: Action::Tally,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions],
        keys: &[Key::Char('p')],
        label: "p",
        help: s::HELP_PARK,
        hint: None,
        action: Action::Park,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions],
        keys: &[Key::Char('d')],
        label: "d",
        help: s::HELP_PARTICIPANTS,
        hint: None,
        action: Action::Participants,
    },
    // Last time on the table.
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Char('L')],
        label: "L",
        help: s::HELP_LAST_TIME,
        hint: None,
        action: Action::LastTime,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Summary],
        keys: &[Key::Char('h')],
        label: "h",
        help: s::HELP_CARRIED,
        hint: None,
        action: Action::CarriedActions,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Summary],
        keys: &[Key::Char('c')],
        label: "c",
        help: s::HELP_COMPARE_LAST,
        hint: None,
        action: Action::CompareLast,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions],
        keys: &[Key::Char('N')],
        label: "N",
        help: s::HELP_ANONYMOUS,
        hint: None,
        action: Action::Anonymous,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions],
        keys: &[Key::Char('T')],
        label: "T",
        help: s::HELP_TIMEBOX,
        hint: None,
        action: Action::Timebox,
    },
    Binding {
        contexts: &[BuildOn],
        keys: &[Key::Char('j'), Key::Code(KeyCode::Enter)],
        label: "j",
        help: s::HELP_BUILD_ON_YES,
        hint: Some(s::HINT_BUILD_ON_YES),
        action: Action::Confirm,
    },
    Binding {
        contexts: &[BuildOn],
        keys: &[Key::Char('n'), Key::Code(KeyCode::Esc)],
        label: "n/Esc",
        help: s::HELP_BUILD_ON_NO,
        hint: Some(s::HINT_BUILD_ON_NO),
        action: Action::Back,
    },
    Binding {
        contexts: &[Carried],
        keys: &[
            Key::Code(KeyCode::Up),
            Key::Code(KeyCode::Down),
            Key::Char('k'),
            Key::Char('j'),
        ],
        label: "↑↓/jk",
        help: s::HELP_MOVE,
        hint: Some(s::HINT_MOVE),
        action: Action::Down,
    },
    Binding {
        contexts: &[Carried],
        keys: &[Key::Char(' ')],
        label: "Mellemrum",
        help: s::HELP_CARRIED_STATUS,
        hint: Some(s::HINT_CARRIED_STATUS),
        action: Action::Toggle,
    },
    Binding {
        contexts: &[Carried],
        keys: &[Key::Code(KeyCode::Esc), Key::Code(KeyCode::Enter)],
        label: "Esc",
        help: s::HELP_CARRIED_CLOSE,
        hint: Some(s::HINT_CARRIED_CLOSE),
        action: Action::Back,
    },
    Binding {
        contexts: &[VoteConfirm],
        keys: &[Key::Char('j'), Key::Code(KeyCode::Enter)],
        label: "j",
        help: s::HELP_VOTE_CONFIRM,
        hint: Some(s::HINT_VOTE_CONFIRM),
        action: Action::Confirm,
    },
    Binding {
        contexts: &[VoteConfirm],
        keys: &[Key::Char('n'), Key::Code(KeyCode::Esc)],
        label: "n/Esc",
        help: s::HELP_VOTE_KEEP,
        hint: Some(s::HINT_VOTE_KEEP),
        action: Action::Back,
    },
    Binding {
        contexts: &[VoteCast],
        keys: &[Key::Digit],
        label: "0–4",
        help: s::HELP_VOTE_CAST,
        hint: Some(s::HINT_VOTE_CAST),
        action: Action::Score(0),
    },
    Binding {
        contexts: &[VoteCast],
        keys: &[Key::Char('u')],
        label: "u",
        help: s::HELP_VOTE_UNKNOWN,
        hint: Some(s::HINT_UNKNOWN),
        action: Action::Unknown,
    },
    Binding {
        contexts: &[VoteCast],
        keys: &[Key::Char('s')],
        label: "s",
        help: s::HELP_VOTE_SKIP,
        hint: Some(s::HINT_VOTE_SKIP),
        action: Action::Skip,
    },
    Binding {
        contexts: &[VoteCast],
        keys: &[Key::Code(KeyCode::Esc)],
        label: "Esc",
        help: s::HELP_VOTE_CANCEL,
        hint: Some(s::HINT_VOTE_CANCEL),
        action: Action::Back,
    },
    Binding {
        contexts: &[VoteCast],
        keys: &[Key::Code(KeyCode::Backspace)],
        label: "Backspace",
        help: s::HELP_VOTE_TAKE_BACK,
        hint: Some(s::HINT_VOTE_TAKE_BACK),
        action: Action::Clear,
    },
    Binding {
        contexts: &[VoteTally],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_TALLY_SUBMIT,
        hint: Some(s::HINT_TALLY_SUBMIT),
        action: Action::Open,
    },
    Binding {
        contexts: &[VoteTally],
        keys: &[Key::Code(KeyCode::Esc)],
        label: "Esc",
        help: s::HELP_VOTE_CANCEL,
        hint: Some(s::HINT_VOTE_CANCEL),
        action: Action::Back,
    },
    Binding {
        contexts: &[VoteReveal],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_AGREE_MEDIAN,
        hint: Some(s::HINT_AGREE_MEDIAN),
        action: Action::Open,
    },
    Binding {
        contexts: &[VoteReveal],
        keys: &[Key::Digit],
        label: "0–4",
        help: s::HELP_AGREE_OTHER,
        hint: Some(s::HINT_AGREE_OTHER),
        action: Action::Score(0),
    },
    Binding {
        contexts: &[VoteReveal],
        keys: &[Key::Char('u')],
        label: "u",
        help: s::HELP_AGREE_UNKNOWN,
        hint: None,
        action: Action::Unknown,
    },
    Binding {
        contexts: &[VoteReveal],
        keys: &[Key::Char(' ')],
        label: "Mellemrum",
        help: s::HELP_NEXT_REVEAL,
        hint: Some(s::HINT_NEXT_REVEAL),
        action: Action::NextReveal,
    },
    Binding {
        contexts: &[VoteReveal],
        keys: &[Key::Code(KeyCode::Esc)],
        label: "Esc",
        help: s::HELP_REVEAL_END,
        hint: Some(s::HINT_REVEAL_END),
        action: Action::Back,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Summary],
        keys: &[Key::Char('e')],
        label: "e",
        help: s::HELP_EXPORT,
        hint: Some(s::HINT_EXPORT),
        action: Action::Export,
    },
    Binding {
        contexts: &[Anvisninger],
        keys: &[Key::Code(KeyCode::Delete), Key::Code(KeyCode::Backspace)],
        label: "Del",
        help: s::HELP_CLEAR,
        hint: None,
        action: Action::Clear,
    },
    Binding {
        contexts: &[Questions],
        keys: &[Key::Code(KeyCode::Enter), Key::Char('n')],
        label: "Enter",
        help: s::HELP_ANSWER,
        hint: Some(s::HINT_ANSWER),
        action: Action::Note,
    },
    Binding {
        contexts: &[Overview],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_OVERVIEW_OPEN,
        hint: Some(s::HINT_OVERVIEW_OPEN),
        action: Action::Open,
    },
    Binding {
        contexts: &[Folder],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_FOLDER_READ,
        hint: Some(s::HINT_FOLDER_READ),
        action: Action::Open,
    },
    Binding {
        contexts: &[Overview],
        keys: &[
            Key::Code(KeyCode::Left),
            Key::Code(KeyCode::Right),
            Key::Char('h'),
            Key::Char('l'),
        ],
        label: "←→/hl",
        help: s::HELP_COLUMN,
        hint: Some(s::HINT_COLUMN),
        action: Action::Right,
    },
    Binding {
        contexts: &[Overview],
        keys: &[Key::Char('s')],
        label: "s",
        help: s::HELP_SORT,
        hint: Some(s::HINT_SORT),
        action: Action::Sort,
    },
    Binding {
        contexts: &[Overview],
        keys: &[Key::Char('r')],
        label: "r",
        help: s::HELP_REQUIREMENTS_ONLY,
        hint: Some(s::HINT_REQUIREMENTS_ONLY),
        action: Action::RequirementsOnly,
    },
    Binding {
        contexts: &[Home, Search, Compare, Summary],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_OPEN,
        hint: Some(s::HINT_OPEN),
        action: Action::Open,
    },
    Binding {
        contexts: &[Form],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_FORM_START,
        hint: Some(s::HINT_FORM_START),
        action: Action::Open,
    },
    Binding {
        contexts: &[Cards, Browse],
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        help: s::HELP_OPEN_CARD,
        hint: None,
        action: Action::Open,
    },
    Binding {
        contexts: &[Home],
        keys: &[Key::Char(' ')],
        label: "Mellemrum",
        help: s::HELP_MARK,
        hint: Some(s::HINT_MARK),
        action: Action::Toggle,
    },
    Binding {
        contexts: &[Home],
        keys: &[Key::Char('c')],
        label: "c",
        help: s::HELP_COMPARE,
        hint: Some(s::HINT_COMPARE),
        action: Action::Compare,
    },
    Binding {
        contexts: &[Home],
        keys: &[Key::Char('o')],
        label: "o",
        help: s::HELP_OVERVIEW,
        hint: Some(s::HINT_OVERVIEW),
        action: Action::Overview,
    },
    Binding {
        contexts: &[Home],
        keys: &[Key::Char('t')],
        label: "t",
        help: s::HELP_TEAM_HOME,
        hint: Some(s::HINT_TEAM),
        action: Action::Team,
    },
    Binding {
        contexts: &[Home],
        keys: &[Key::Char('d'), Key::Code(KeyCode::Delete)],
        label: "d/Del",
        help: s::HELP_DELETE_ASSESSMENT,
        hint: Some(s::HINT_ACTION_DELETE),
        action: Action::Delete,
    },
    Binding {
        contexts: &[Form],
        keys: &[Key::Char(' ')],
        label: "Mellemrum",
        help: s::HELP_TOGGLE,
        hint: Some(s::HINT_TOGGLE),
        action: Action::Toggle,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Browse, Compare],
        keys: &[Key::Code(KeyCode::Tab), Key::Code(KeyCode::BackTab)],
        label: "Tab",
        help: s::HELP_PANE,
        hint: Some(s::HINT_PANE),
        action: Action::NextPane,
    },
    Binding {
        contexts: &[
            Cards,
            Anvisninger,
            Questions,
            Browse,
            Summary,
            Compare,
            Reading,
        ],
        keys: &[Key::Char(']'), Key::Char('[')],
        label: "] [",
        help: s::HELP_NEXT_CARD,
        hint: Some(s::HINT_NEXT_CARD),
        action: Action::NextCard,
    },
    Binding {
        contexts: LISTS,
        keys: &[
            Key::Code(KeyCode::Up),
            Key::Code(KeyCode::Down),
            Key::Char('k'),
            Key::Char('j'),
        ],
        label: "↑↓/jk",
        help: s::HELP_MOVE,
        hint: Some(s::HINT_MOVE),
        action: Action::Down,
    },
    // In the search, j and k are text: only the arrows move.
    Binding {
        contexts: &[Search],
        keys: &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down)],
        label: "↑↓",
        help: s::HELP_MOVE,
        hint: Some(s::HINT_MOVE),
        action: Action::Down,
    },
    Binding {
        contexts: SCROLLS,
        keys: &[Key::Code(KeyCode::PageUp), Key::Code(KeyCode::PageDown)],
        label: "PgUp/PgDn",
        help: s::HELP_PAGE,
        hint: None,
        action: Action::PageDown,
    },
    Binding {
        contexts: SCROLLS,
        keys: &[Key::Code(KeyCode::Home), Key::Code(KeyCode::End)],
        label: "Home/End",
        help: s::HELP_ENDS,
        hint: None,
        action: Action::Last,
    },
    Binding {
        contexts: &[Form, ActionForm, TeamForm],
        keys: &[Key::Code(KeyCode::Tab), Key::Code(KeyCode::BackTab)],
        label: "Tab",
        help: s::HELP_FIELD,
        hint: Some(s::HINT_FIELD),
        action: Action::NextPane,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions],
        keys: &[Key::Char('s')],
        label: "s",
        help: s::HELP_SUMMARY,
        hint: Some(s::HINT_SUMMARY),
        action: Action::Summary,
    },
    Binding {
        contexts: &[Cards, Anvisninger, Questions, Browse, Home],
        keys: &[Key::Char('/')],
        label: "/",
        help: s::HELP_SEARCH,
        hint: Some(s::HINT_SEARCH),
        action: Action::Search,
    },
    Binding {
        contexts: &[
            Editor,
            Search,
            Form,
            Cards,
            Anvisninger,
            Questions,
            Summary,
            Browse,
            Overlay,
            Compare,
            Actions,
            CardPicker,
            Reading,
            Overview,
            Folder,
        ],
        keys: &[Key::Code(KeyCode::Esc)],
        label: "Esc",
        help: s::HELP_BACK,
        hint: Some(s::HINT_BACK),
        action: Action::Back,
    },
    Binding {
        contexts: NAV,
        keys: &[Key::Char('?')],
        label: "?",
        help: s::HELP_HELP,
        hint: Some(s::HINT_HELP),
        action: Action::Help,
    },
    Binding {
        contexts: NAV,
        keys: &[Key::Char('q')],
        label: "q",
        help: s::HELP_QUIT,
        hint: Some(s::HINT_QUIT),
        action: Action::Quit,
    },
    Binding {
        contexts: EVERYWHERE,
        keys: &[Key::Ctrl('c'), Key::Ctrl('q')],
        label: "Ctrl+Q",
        help: s::HELP_QUIT_ANYWHERE,
        hint: None,
        action: Action::Quit,
    },
];

pub fn bindings() -> &'static [Binding] {
    BINDINGS
}

/// The action a key press means in a context. `max_level` is the deck's highest score.
pub fn lookup(context: Context, key: &KeyEvent, max_level: u8) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    for binding in BINDINGS.iter().filter(|b| b.contexts.contains(&context)) {
        for k in binding.keys {
            let hit = match (*k, key.code) {
                (Key::Ctrl(c), KeyCode::Char(pressed)) => ctrl && pressed.eq_ignore_ascii_case(&c),
                (_, _) if ctrl => false,
                (Key::Char(c), KeyCode::Char(pressed)) => c == pressed,
                (Key::Code(code), pressed) => code == pressed,
                (Key::Digit, KeyCode::Char(d)) => {
                    d.to_digit(10).is_some_and(|d| d <= u32::from(max_level))
                }
                _ => false,
            };
            if hit {
                return Some(refine(binding.action, key.code));
            }
        }
    }
    None
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
}

/// Whether `action` in `context` changes the open assessment. The read-only gate asks this
/// once, before any place sees the key (`update::on_key`); every action is named, so a new one
/// must be placed on one side.
pub fn edits(context: Context, action: Action) -> bool {
    match action {
        Action::Score(_)
        | Action::NotRelevant
        | Action::Unknown
        | Action::Note
        | Action::Focus
        | Action::AddAction
        | Action::PickCards
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
        | Action::CarriedActions => true,
        // Elsewhere Ctrl+U empties the folder field, Backspace takes a hidden vote back.
        Action::Clear => context == Context::Anvisninger,
        // In the action lists; on home they mark, delete or rename saved files.
        Action::Open | Action::Toggle | Action::Delete => {
            matches!(context, Context::Actions | Context::Carried)
        }
        Action::Quit
        | Action::Help
        | Action::Back
        | Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::NextPane
        | Action::PreviousPane
        | Action::NextCard
        | Action::PreviousCard
        | Action::Search
        | Action::Summary
        | Action::Actions
        | Action::Team
        | Action::Export
        | Action::Compare
        | Action::First
        | Action::Last
        | Action::Read
        | Action::NextOpen
        | Action::Confirm
        | Action::Skip
        | Action::NextReveal
        | Action::LastTime
        | Action::CompareLast
        | Action::Left
        | Action::Right
        | Action::Overview
        | Action::Sort
        | Action::RequirementsOnly => false,
    }
}

/// One binding can cover a pair of keys (↑/↓, ]/[): the key pressed picks the direction.
fn refine(action: Action, code: KeyCode) -> Action {
    match (action, code) {
        (Action::Score(_), KeyCode::Char(d)) => Action::Score(d.to_digit(10).unwrap_or(0) as u8),
        (Action::Down, KeyCode::Up | KeyCode::Char('k')) => Action::Up,
        (Action::PageDown, KeyCode::PageUp) => Action::PageUp,
        (Action::NextPane, KeyCode::BackTab) => Action::PreviousPane,
        (Action::NextCard, KeyCode::Char('[')) => Action::PreviousCard,
        (Action::Last, KeyCode::Home) => Action::First,
        (Action::Right, KeyCode::Left | KeyCode::Char('h')) => Action::Left,
        (action, _) => action,
    }
}

/// The hint line for a context: (keys, what they do), most important first (`hint_rank`).
pub fn hints(context: Context, max_level: u8) -> Vec<(String, &'static str)> {
    let mut ranked: Vec<(u8, String, &'static str)> = BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| {
            b.hint
                .map(|h| (hint_rank(b.action), label(b, max_level), h))
        })
        .collect();
    ranked.sort_by_key(|(rank, ..)| *rank);
    ranked.into_iter().map(|(_, k, h)| (k, h)).collect()
}

/// Which hints stay when the line is short: what the pane is for first (score, answer, open),
/// then what is easy to miss, then what the help also says.
fn hint_rank(action: Action) -> u8 {
    match action {
        Action::Score(_) | Action::Open | Action::Toggle | Action::Confirm => 0,
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
        Action::Back => 14,
        Action::Quit | Action::Help => 15,
        // Keys of their own place (a round's skip, next) keep the key map's order, before the
        // moving and leaving that every place has.
        _ => 12,
    }
}

/// A binding's key label; the score keys follow the deck's scale.
pub fn label(binding: &Binding, max_level: u8) -> String {
    if binding.keys == [Key::Digit] {
        format!("0–{max_level}")
    } else {
        binding.label.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn digits_score_only_within_the_scale() {
        let three = key(KeyCode::Char('3'));
        assert_eq!(lookup(Anvisninger, &three, 4), Some(Action::Score(3)));
        assert_eq!(lookup(Anvisninger, &key(KeyCode::Char('7')), 4), None);
        assert_eq!(lookup(Questions, &three, 4), None);
    }

    #[test]
    fn letters_are_text_in_the_editor_but_ctrl_q_still_quits() {
        assert_eq!(lookup(Editor, &key(KeyCode::Char('q')), 4), None);
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Editor, &ctrl_q, 4), Some(Action::Quit));
        assert_eq!(
            lookup(Anvisninger, &key(KeyCode::Char('q')), 4),
            Some(Action::Quit)
        );
    }

    #[test]
    fn pairs_pick_their_direction() {
        assert_eq!(
            lookup(Cards, &key(KeyCode::Char('[')), 4),
            Some(Action::PreviousCard)
        );
        assert_eq!(
            lookup(Cards, &key(KeyCode::Char(']')), 4),
            Some(Action::NextCard)
        );
        assert_eq!(lookup(Home, &key(KeyCode::Char('k')), 4), Some(Action::Up));
        assert_eq!(lookup(Home, &key(KeyCode::Down), 4), Some(Action::Down));
    }

    #[test]
    fn every_context_has_hints_and_a_way_out() {
        for &ctx in EVERYWHERE {
            let hints = hints(ctx, 4);
            assert!(!hints.is_empty(), "{ctx:?}");
            let out = BINDINGS.iter().any(|b| {
                b.contexts.contains(&ctx) && matches!(b.action, Action::Back | Action::Quit)
            });
            assert!(out, "{ctx:?} has no way out");
        }
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        for &ctx in EVERYWHERE {
            let mut seen = Vec::new();
            for b in BINDINGS.iter().filter(|b| b.contexts.contains(&ctx)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} twice in {ctx:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
