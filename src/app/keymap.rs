//! The key map: which key does what, where. The help overlay and the hint line are generated
//! from this table, so they can never disagree with what the keys actually do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use super::action::Action;
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
#[rustfmt::skip]
const NAV: &[Context] = &[
    Home, Cards, Anvisninger, Questions, Summary, Browse, Overlay, Compare, Actions, CardPicker, Reading, Overview, DrillLovkrav, DrillGuideline, DrillTurn, DrillRate, DrillEnd,
];
/// Lists moved with j/k as well as the arrows: where letters are commands (and the new form,
/// whose card choices take j/k; its text fields take letters first).
#[rustfmt::skip]
const LISTS: &[Context] = &[
    Home, Cards, Anvisninger, Questions, Summary, Browse, Form, Overlay, Compare, Actions, CardPicker, Reading, Overview, DrillLovkrav, DrillGuideline, DrillTurn, DrillRate, DrillEnd,
];

/// Every context: Ctrl+Q leaves from anywhere, even mid-sentence.
const EVERYWHERE: &[Context] = Context::ALL;

/// Where a text or list scrolls by pages and jumps to its ends.
#[rustfmt::skip]
const SCROLLS: &[Context] = &[
    Cards, Anvisninger, Questions, Summary, Browse, Overlay, Compare, Reading, Overview, DrillLovkrav, DrillGuideline, DrillTurn, DrillRate, DrillEnd,
];

/// One binding, written on one line of the table.
pub(crate) const fn b(
    contexts: &'static [Context],
    keys: &'static [Key],
    label: &'static str,
    help: &'static str,
    hint: Option<&'static str>,
    action: Action,
) -> Binding {
    Binding {
        contexts,
        keys,
        label,
        help,
        hint,
        action,
    }
}

/// The screens' key table, one line per binding: (contexts, keys, label, help, hint, action).
/// The layers' tables come first (`layers::KEYS`, each in its place's file); the order is the
/// help's order within each context, and the hint line's among equal ranks.
#[rustfmt::skip]
static BINDINGS: &[Binding] = &[
    b(&[Anvisninger], &[Key::Digit], "0–4", s::HELP_SCORE, Some(s::HINT_SCORE), Action::Score(0)),
    b(&[Anvisninger], &[Key::Char('n'), Key::Code(KeyCode::Enter)], "n", s::HELP_NOTE, Some(s::HINT_NOTE), Action::Note),
    b(&[Anvisninger], &[Key::Char('x')], "x", s::HELP_NOT_RELEVANT, Some(s::HINT_NOT_RELEVANT), Action::NotRelevant),
    b(&[Anvisninger], &[Key::Char('u')], "u", s::HELP_UNKNOWN, Some(s::HINT_UNKNOWN), Action::Unknown),
    b(&[Anvisninger], &[Key::Char('f')], "f", s::HELP_FOCUS, Some(s::HINT_FOCUS), Action::Focus),
    b(&[Anvisninger], &[Key::Char('a')], "a", s::HELP_ADD_ACTION, Some(s::HINT_ADD_ACTION), Action::AddAction),
    b(&[Anvisninger, Cards, Questions], &[Key::Char('g')], "g", s::HELP_NEXT_OPEN, Some(s::HINT_NEXT_OPEN), Action::NextOpen),
    b(&[Cards, Anvisninger, Questions, Browse], &[Key::Char('l')], "l", s::HELP_READ, Some(s::HINT_READ), Action::Read),
    b(&[Anvisninger], &[Key::Char('A')], "A", s::HELP_ACTIONS, None, Action::Actions),
    b(&[Summary], &[Key::Char('A')], "A", s::HELP_ALL_ACTIONS, Some(s::HINT_ALL_ACTIONS), Action::Actions),
    b(&[Cards], &[Key::Char('+')], "+", s::HELP_PICK_CARDS, Some(s::HINT_PICK_CARDS), Action::PickCards),
    b(&[Reading], &[Key::Char('+')], "+", s::HELP_ADD_READ_CARD, None, Action::AddCard),
    // The same key where the hint line is already full.
    b(&[Anvisninger, Questions], &[Key::Char('+')], "+", s::HELP_PICK_CARDS, None, Action::PickCards),
    b(&[Cards, Anvisninger, Questions, Summary], &[Key::Char('z'), Key::Ctrl('z')], "z / Ctrl+Z", s::HELP_UNDO, None, Action::Undo),
    b(&[Cards, Anvisninger, Questions, Summary], &[Key::Char('Z'), Key::Ctrl('y')], "Z / Ctrl+Y", s::HELP_REDO, None, Action::Redo),
    // The workshop: starting rounds from an anvisning, and the round's own contexts.
    b(&[Anvisninger], &[Key::Char('v')], "v", s::HELP_VOTE_ONE, Some(s::HINT_VOTE_ONE), Action::VoteOne),
    b(&[Anvisninger], &[Key::Char('V')], "V", s::HELP_VOTE_CARD, None, Action::VoteCard),
    b(&[Anvisninger], &[Key::Char('r')], "r", s::HELP_REVEAL_SAVED, None, Action::RevealSaved),
    b(&[Anvisninger], &[Key::Char('t')], "t", s::HELP_TALLY, None, Action::Tally),
    b(&[Cards, Anvisninger, Questions], &[Key::Char('p')], "p", s::HELP_PARK, None, Action::Park),
    b(&[Cards, Anvisninger, Questions], &[Key::Char('d')], "d", s::HELP_PARTICIPANTS, None, Action::Participants),
    // Last time on the table.
    b(&[Anvisninger, Questions], &[Key::Char('L')], "L", s::HELP_LAST_TIME, None, Action::LastTime),
    b(&[Cards, Anvisninger, Questions, Summary], &[Key::Char('h')], "h", s::HELP_CARRIED, None, Action::CarriedActions),
    b(&[Cards, Anvisninger, Questions, Summary], &[Key::Char('c')], "c", s::HELP_COMPARE_LAST, None, Action::CompareLast),
    b(&[Cards, Anvisninger, Questions], &[Key::Char('N')], "N", s::HELP_ANONYMOUS, None, Action::Anonymous),
    b(&[Cards, Anvisninger, Questions], &[Key::Char('T')], "T", s::HELP_TIMEBOX, None, Action::Timebox),
    b(&[VoteConfirm], &[Key::Char('j'), Key::Code(KeyCode::Enter)], "j", s::HELP_VOTE_CONFIRM, Some(s::HINT_VOTE_CONFIRM), Action::Confirm),
    b(&[VoteConfirm], &[Key::Char('n'), Key::Code(KeyCode::Esc)], "n/Esc", s::HELP_VOTE_KEEP, Some(s::HINT_VOTE_KEEP), Action::No),
    b(&[VoteCardAsk], &[Key::Char('j'), Key::Code(KeyCode::Enter)], "j", s::HELP_VOTE_AGAIN, Some(s::HINT_VOTE_AGAIN), Action::Confirm),
    b(&[VoteCardAsk], &[Key::Char('n')], "n", s::HELP_VOTE_LEAVE_OUT, Some(s::HINT_VOTE_LEAVE_OUT), Action::No),
    b(&[VoteCardAsk], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_VOTE_CANCEL, Some(s::HINT_VOTE_CANCEL), Action::CancelRound),
    // Throwing votes away takes j itself: Enter, pressed out of habit, does not.
    b(&[VoteCancelAsk], &[Key::Char('j')], "j", s::HELP_CANCEL_YES, Some(s::HINT_CANCEL_YES), Action::Confirm),
    b(&[VoteCancelAsk], &[Key::Char('n'), Key::Code(KeyCode::Esc)], "n/Esc", s::HELP_CANCEL_NO, Some(s::HINT_CANCEL_NO), Action::No),
    b(&[VoteCast], &[Key::Digit], "0–4", s::HELP_VOTE_CAST, Some(s::HINT_VOTE_CAST), Action::Score(0)),
    b(&[VoteCast], &[Key::Char('u')], "u", s::HELP_VOTE_UNKNOWN, Some(s::HINT_UNKNOWN), Action::Unknown),
    b(&[VoteCast], &[Key::Char('s')], "s", s::HELP_VOTE_SKIP, Some(s::HINT_VOTE_SKIP), Action::Skip),
    b(&[VoteCast], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_VOTE_CANCEL, Some(s::HINT_VOTE_CANCEL), Action::CancelRound),
    b(&[VoteCast], &[Key::Code(KeyCode::Backspace)], "Backspace", s::HELP_VOTE_TAKE_BACK, Some(s::HINT_VOTE_TAKE_BACK), Action::Clear),
    b(&[VoteTally], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_TALLY_SUBMIT, Some(s::HINT_TALLY_SUBMIT), Action::SubmitTally),
    b(&[VoteTally], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_VOTE_CANCEL, Some(s::HINT_VOTE_CANCEL), Action::CancelRound),
    b(&[VoteReveal], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_AGREE_MEDIAN, Some(s::HINT_AGREE_MEDIAN), Action::AgreeOnMedian),
    b(&[VoteReveal], &[Key::Digit], "0–4", s::HELP_AGREE_OTHER, Some(s::HINT_AGREE_OTHER), Action::Score(0)),
    b(&[VoteReveal], &[Key::Char('u')], "u", s::HELP_AGREE_UNKNOWN, None, Action::Unknown),
    b(&[VoteReveal], &[Key::Char('x')], "x", s::HELP_AGREE_NOT_RELEVANT, None, Action::NotRelevant),
    b(&[VoteReveal], &[Key::Char(' ')], "Mellemrum", s::HELP_NEXT_REVEAL, Some(s::HINT_NEXT_REVEAL), Action::NextReveal),
    b(&[VoteReveal], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_REVEAL_END, Some(s::HINT_REVEAL_END), Action::EndRound),
    b(&[Cards, Anvisninger, Questions, Summary], &[Key::Char('e')], "e", s::HELP_EXPORT, Some(s::HINT_EXPORT), Action::Export),
    b(&[Anvisninger], &[Key::Code(KeyCode::Delete), Key::Code(KeyCode::Backspace)], "Del", s::HELP_CLEAR, None, Action::Clear),
    b(&[Questions], &[Key::Code(KeyCode::Enter), Key::Char('n')], "Enter", s::HELP_ANSWER, Some(s::HINT_ANSWER), Action::Note),
    b(&[Overview], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_OVERVIEW_OPEN, Some(s::HINT_OVERVIEW_OPEN), Action::Open),
    b(&[Overview], &[Key::Code(KeyCode::Left), Key::Code(KeyCode::Right), Key::Char('h'), Key::Char('l')], "←→/hl", s::HELP_COLUMN, Some(s::HINT_COLUMN), Action::Right),
    b(&[Overview], &[Key::Char('s')], "s", s::HELP_SORT, Some(s::HINT_SORT), Action::Sort),
    b(&[Overview], &[Key::Char('r')], "r", s::HELP_REQUIREMENTS_ONLY, Some(s::HINT_REQUIREMENTS_ONLY), Action::RequirementsOnly),
    b(&[Overview], &[Key::Char('o')], "o", s::HELP_ORDER_ROWS, Some(s::HINT_ORDER_ROWS), Action::OrderRows),
    b(&[Overview], &[Key::Char('p')], "p", s::HELP_PRINCIPLES, Some(s::HINT_PRINCIPLES), Action::Principles),
    b(&[Home, Compare, Summary], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_OPEN, Some(s::HINT_OPEN), Action::Open),
    b(&[Form], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_FORM_START, Some(s::HINT_FORM_START), Action::StartAssessment),
    b(&[Cards, Browse], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_OPEN_CARD, None, Action::Open),
    b(&[Home], &[Key::Char(' ')], "Mellemrum", s::HELP_MARK, Some(s::HINT_MARK), Action::Toggle),
    b(&[Home], &[Key::Char('c')], "c", s::HELP_COMPARE, Some(s::HINT_COMPARE), Action::Compare),
    b(&[Home], &[Key::Char('o')], "o", s::HELP_OVERVIEW, Some(s::HINT_OVERVIEW), Action::Overview),
    b(&[Home], &[Key::Char('t')], "t", s::HELP_TEAM_HOME, Some(s::HINT_TEAM), Action::Team),
    b(&[Home], &[Key::Char('d'), Key::Code(KeyCode::Delete)], "d/Del", s::HELP_DELETE_ASSESSMENT, Some(s::HINT_ACTION_DELETE), Action::Delete),
    b(&[Form], &[Key::Char(' ')], "Mellemrum", s::HELP_TOGGLE, Some(s::HINT_TOGGLE), Action::Toggle),
    b(&[Cards, Anvisninger, Questions, Browse, Compare], &[Key::Code(KeyCode::Tab), Key::Code(KeyCode::BackTab)], "Tab", s::HELP_PANE, Some(s::HINT_PANE), Action::NextPane),
    // `.` and `,` sit side by side without AltGr on a Danish keyboard; `]` `[` need it.
    b(&[Cards, Anvisninger, Questions, Browse, Summary, Compare, Reading], &[Key::Char('.'), Key::Char(','), Key::Char(']'), Key::Char('[')], ". ,", s::HELP_NEXT_CARD, Some(s::HINT_NEXT_CARD), Action::NextCard),
];

/// The keys every place shares (moving, paging, search, leaving, help), after the keys that
/// open a layer, so each section of the help ends with them.
#[rustfmt::skip]
static COMMON: &[Binding] = &[
    b(LISTS, &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down), Key::Char('k'), Key::Char('j')], "↑↓/jk", s::HELP_MOVE, Some(s::HINT_MOVE), Action::Down),
    b(SCROLLS, &[Key::Code(KeyCode::PageUp), Key::Code(KeyCode::PageDown)], "PgUp/PgDn", s::HELP_PAGE, None, Action::PageDown),
    b(SCROLLS, &[Key::Code(KeyCode::Home), Key::Code(KeyCode::End)], "Home/End", s::HELP_ENDS, None, Action::Last),
    b(&[Form], &[Key::Code(KeyCode::Tab), Key::Code(KeyCode::BackTab)], "Tab", s::HELP_FIELD, Some(s::HINT_FIELD), Action::NextPane),
    b(&[Cards, Anvisninger, Questions], &[Key::Char('s')], "s", s::HELP_SUMMARY, Some(s::HINT_SUMMARY), Action::Summary),
    b(&[Cards, Anvisninger, Questions, Browse, Home], &[Key::Char('/')], "/", s::HELP_SEARCH, Some(s::HINT_SEARCH), Action::Search),
    b(&[Editor, Search, Form, Cards, Anvisninger, Questions, Summary, Browse, Overlay, Compare, Actions, CardPicker, Reading, Overview, Folder, DrillLovkrav, DrillGuideline, DrillTurn, DrillRate, DrillEnd], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_BACK, Some(s::HINT_BACK), Action::Back),
    b(NAV, &[Key::Char('?')], "?", s::HELP_HELP, Some(s::HINT_HELP), Action::Help),
    // In a round too: the help opens over it and Esc returns to it (not on the hint line, which
    // the round's own keys fill).
    b(&[VoteCast, VoteReveal, VoteTally, VoteConfirm, VoteCardAsk, VoteCancelAsk], &[Key::Char('?')], "?", s::HELP_HELP, None, Action::Help),
    b(NAV, &[Key::Char('q')], "q", s::HELP_QUIT, Some(s::HINT_QUIT), Action::Quit),
    b(EVERYWHERE, &[Key::Ctrl('c'), Key::Ctrl('q')], "Ctrl+Q", s::HELP_QUIT_ANYWHERE, None, Action::Quit),
];

/// Every binding: the layers' tables, the screens', the keys on screens that open a layer, and
/// the keys every place shares.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    let layers = super::layers::KEYS.iter().flat_map(|table| table.iter());
    let openers = super::layers::OPENERS.iter().flat_map(|table| table.iter());
    layers
        .chain(BINDINGS)
        .chain(super::drill::KEYS)
        .chain(openers)
        .chain(COMMON)
}

/// The action a key press means in a context. `max_level` is the deck's highest score.
pub fn lookup(context: Context, key: &KeyEvent, max_level: u8) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    for binding in bindings().filter(|b| b.contexts.contains(&context)) {
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

/// Whether `action` in `context` changes the open assessment (`Action::edits`).
pub fn edits(context: Context, action: Action) -> bool {
    action.edits(context)
}

/// One binding can cover a pair of keys (↑/↓, ]/[): the key pressed picks the direction.
fn refine(action: Action, code: KeyCode) -> Action {
    match (action, code) {
        (Action::Score(_), KeyCode::Char(d)) => Action::Score(d.to_digit(10).unwrap_or(0) as u8),
        (Action::Rate(_), KeyCode::Char(d)) => Action::Rate(d.to_digit(10).unwrap_or(0) as u8),
        (Action::Down, KeyCode::Up | KeyCode::Char('k')) => Action::Up,
        (Action::PageDown, KeyCode::PageUp) => Action::PageUp,
        (Action::NextPane, KeyCode::BackTab) => Action::PreviousPane,
        (Action::NextCard, KeyCode::Char('[' | ',')) => Action::PreviousCard,
        (Action::Last, KeyCode::Home) => Action::First,
        (Action::Right, KeyCode::Left | KeyCode::Char('h')) => Action::Left,
        (action, _) => action,
    }
}

/// The hint line for a context: (keys, what they do), most important first (`hint_rank`).
pub fn hints(context: Context, max_level: u8) -> Vec<(String, &'static str)> {
    let mut ranked: Vec<(u8, String, &'static str)> = bindings()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| {
            b.hint
                .map(|h| (b.action.hint_rank(), label(b, max_level), h))
        })
        .collect();
    ranked.sort_by_key(|(rank, ..)| *rank);
    ranked.into_iter().map(|(_, k, h)| (k, h)).collect()
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
        // The Danish keyboard's pair, without AltGr.
        assert_eq!(
            lookup(Anvisninger, &key(KeyCode::Char(',')), 4),
            Some(Action::PreviousCard)
        );
        assert_eq!(
            lookup(Reading, &key(KeyCode::Char('.')), 4),
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
            let out = bindings().any(|b| {
                b.contexts.contains(&ctx)
                    && matches!(
                        b.action,
                        Action::Back
                            | Action::Cancel
                            | Action::SaveAndClose
                            | Action::No
                            | Action::CancelRound
                            | Action::EndRound
                            | Action::Quit
                    )
            });
            assert!(out, "{ctx:?} has no way out");
        }
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        for &ctx in EVERYWHERE {
            let mut seen = Vec::new();
            for b in bindings().filter(|b| b.contexts.contains(&ctx)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} twice in {ctx:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
