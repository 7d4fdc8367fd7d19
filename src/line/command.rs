//! A typed line read as a command: the words each command answers to (Danish first, a few
//! English and short forms as well), an id to go to, and "mente du …?" for a typo.

use crate::text::nearest;

/// What a line typed on an anvisning (or anywhere in an open assessment) asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Score(u8),
    NotRelevant,
    Unknown,
    /// Take the score away again.
    Clear,
    Note,
    ReadNote,
    DeleteNote,
    Action,
    Focus,
    Next,
    Previous,
    NextCard,
    PreviousCard,
    /// A card's or an anvisning's id, as typed ("3.4", "3.4.1"; "3,4" too).
    Go(String),
    Read,
    /// The card's reflection questions, and which the team has answered.
    Questions,
    /// Write the team's answer to the card's question with this number (1-based).
    Answer(usize),
    Where,
    Help,
    Undo,
    Redo,
    Overview,
    /// Beside the assessment this one builds on.
    Compare,
    Actions,
    Export(Option<String>),
    /// Change who takes part (someone came later, someone left).
    Participants,
    Round,
    /// A round on every anvisning of the card.
    RoundCard,
    /// The drill (`øv`, `øv 3.4`): the assessment is put away first.
    Drill(Option<String>),
    Menu,
    Quit,
}

/// Each command's words; the first is the one the help says.
const WORDS: &[(&str, Command)] = &[
    ("x", Command::NotRelevant),
    ("u", Command::Unknown),
    ("n", Command::Note),
    ("a", Command::Action),
    ("f", Command::Focus),
    ("v", Command::Round),
    ("næste", Command::Next),
    ("forrige", Command::Previous),
    ("næste kort", Command::NextCard),
    ("forrige kort", Command::PreviousCard),
    ("læs", Command::Read),
    ("spørgsmål", Command::Questions),
    ("hvor", Command::Where),
    ("hjælp", Command::Help),
    ("fortryd", Command::Undo),
    ("gentag", Command::Redo),
    ("oversigt", Command::Overview),
    ("sammenlign", Command::Compare),
    ("handlinger", Command::Actions),
    ("note", Command::ReadNote),
    ("slet note", Command::DeleteNote),
    ("slet", Command::Clear),
    ("fokus", Command::Focus),
    ("deltagere", Command::Participants),
    ("stemmer", Command::Round),
    ("v kort", Command::RoundCard),
    ("stemmer kort", Command::RoundCard),
    ("runde", Command::Round),
    ("runde kort", Command::RoundCard),
    ("menu", Command::Menu),
    ("afslut", Command::Quit),
];

/// Other words people reach for, and the same without æ, ø, å: understood, never suggested.
const ALIASES: &[(&str, Command)] = &[
    ("naeste", Command::Next),
    ("laes", Command::Read),
    ("sporgsmal", Command::Questions),
    ("hjaelp", Command::Help),
    ("?", Command::Help),
    ("help", Command::Help),
    ("next", Command::Next),
    ("undo", Command::Undo),
    ("redo", Command::Redo),
    ("quit", Command::Quit),
    ("exit", Command::Quit),
    ("slut", Command::Quit),
    ("hjem", Command::Menu),
    ("note slet", Command::DeleteNote),
    ("handling", Command::Action),
    ("ikke relevant", Command::NotRelevant),
    ("ved ikke", Command::Unknown),
];

/// Why a line is not a command: one sentence to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotCommand {
    /// Nothing typed.
    Empty,
    /// A near miss: the word it probably was.
    Typo {
        typed: String,
        meant: &'static str,
    },
    Unknown(String),
}

pub fn parse(line: &str, scale: &[u8]) -> Result<Command, NotCommand> {
    let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = words.to_lowercase();
    if lower.is_empty() {
        return Err(NotCommand::Empty);
    }
    if let Ok(v) = lower.parse::<u8>()
        && scale.contains(&v)
    {
        return Ok(Command::Score(v));
    }
    if let Some((_, c)) = WORDS.iter().chain(ALIASES).find(|(w, _)| *w == lower) {
        return Ok(c.clone());
    }
    let (first, rest) = words.split_once(' ').unwrap_or((&words, ""));
    if first.to_lowercase() == "svar"
        && let Ok(n) = rest.trim().parse::<usize>()
        && n > 0
    {
        return Ok(Command::Answer(n));
    }
    if ["øv", "oev"].contains(&first.to_lowercase().as_str()) {
        let card = rest.trim().replace(',', ".");
        return Ok(Command::Drill((!card.is_empty()).then_some(card)));
    }
    if first.to_lowercase() == "eksport" {
        let folder = rest.trim();
        return Ok(Command::Export(
            (!folder.is_empty()).then(|| folder.to_string()),
        ));
    }
    if let Some(id) = as_id(&lower) {
        return Ok(Command::Go(id));
    }
    let known: Vec<&str> = WORDS
        .iter()
        .map(|(w, _)| *w)
        .chain(["eksport", "svar", "øv"])
        .filter(|w| w.chars().count() > 2)
        .collect();
    match nearest(&lower, &known) {
        // A one-letter line is a command or nothing: guessing from it would be noise.
        Some(meant) if lower.chars().count() > 1 => Err(NotCommand::Typo {
            typed: words,
            meant,
        }),
        _ => Err(NotCommand::Unknown(words)),
    }
}

/// "3.4", "3.4.1", "3,4" → the id with dots; `None` for anything else.
fn as_id(text: &str) -> Option<String> {
    let id = text.replace(',', ".");
    let parts: Vec<&str> = id.split('.').collect();
    let ok = (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()));
    ok.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCALE: &[u8] = &[0, 1, 2, 3, 4];

    #[test]
    fn scores_words_and_ids_are_read() {
        assert_eq!(parse("3", SCALE), Ok(Command::Score(3)));
        assert_eq!(parse(" Næste ", SCALE), Ok(Command::Next));
        assert_eq!(parse("næste   kort", SCALE), Ok(Command::NextCard));
        assert_eq!(parse("3,4", SCALE), Ok(Command::Go("3.4".into())));
        assert_eq!(parse("2.1.1", SCALE), Ok(Command::Go("2.1.1".into())));
        assert_eq!(
            parse("eksport /tmp/Mine Referater", SCALE),
            Ok(Command::Export(Some("/tmp/Mine Referater".into())))
        );
        assert_eq!(parse("eksport", SCALE), Ok(Command::Export(None)));
        assert_eq!(parse("svar 3", SCALE), Ok(Command::Answer(3)));
        assert_eq!(parse("øv", SCALE), Ok(Command::Drill(None)));
        assert_eq!(
            parse("Øv 3,4", SCALE),
            Ok(Command::Drill(Some("3.4".into())))
        );
    }

    #[test]
    fn a_typo_gets_the_word_it_was_and_nonsense_does_not() {
        assert_eq!(
            parse("nxste", SCALE),
            Err(NotCommand::Typo {
                typed: "nxste".into(),
                meant: "næste"
            })
        );
        assert_eq!(parse("7", SCALE), Err(NotCommand::Unknown("7".into())));
        assert_eq!(parse("", SCALE), Err(NotCommand::Empty));
        assert!(matches!(parse("q", SCALE), Err(NotCommand::Unknown(_))));
    }
}
