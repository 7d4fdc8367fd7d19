//! The key map: which key does what, where. The help overlay and the hint line are generated
//! from this table, so they can never disagree with what the keys actually do.

use ratatui::crossterm::event::KeyCode;

pub use super::action::Action;
pub use super::context::Context;
use crate::strings as s;

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
pub(super) static BINDINGS: &[Binding] = &[
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
pub(super) static COMMON: &[Binding] = &[
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

/// A binding's key label; the score keys follow the deck's scale.
pub fn label(binding: &Binding, max_level: u8) -> String {
    if binding.keys == [Key::Digit] {
        format!("0–{max_level}")
    } else {
        binding.label.to_string()
    }
}
