//! Printable reflection cards (`refleks deck --format html|md`) and one card as readable text
//! for the terminal (`refleks deck ID`). Formatting only: no I/O, and every text from the deck
//! is cleaned and escaped for its format.

mod blocks;
mod html;
mod lists;
mod markdown;
mod text;

use crate::deck::{Deck, Guideline, Kind, Question, QuestionKind};

pub use lists::{DeckList, ListFormat, deck_list};
pub use text::card_text;

/// The formats of the print cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintFormat {
    Html,
    Md,
}

impl PrintFormat {
    pub const ALL: [PrintFormat; 2] = [PrintFormat::Html, PrintFormat::Md];

    pub fn name(self) -> &'static str {
        match self {
            PrintFormat::Html => "html",
            PrintFormat::Md => "md",
        }
    }

    pub fn from_name(name: &str) -> Option<PrintFormat> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// The given cards as print cards, each starting a new page.
pub fn print_cards(deck: &Deck, cards: &[&Guideline], format: PrintFormat) -> String {
    match format {
        PrintFormat::Html => html::render(deck, cards),
        PrintFormat::Md => markdown::render(deck, cards),
    }
}

/// Under a short *værd at vide*, so a team knows the printed card is not the whole text.
pub(crate) const BRIEF_NOTE: &str =
    "Kort fortalt. Se hele teksten i refleks eller i retningslinjerne.";

/// After the printed card's legal references, which leave out what each provision says; the
/// card's id follows.
pub(crate) const LAW_NOTE: &str = "Hvad hver bestemmelse siger, står i refleks og i refleks deck";

/// The *værd at vide* a printed card shows: the card's short version when it has one (and
/// `true`, so the printout says where the rest is), else the whole text.
pub(crate) fn printed_worth(g: &Guideline) -> (&str, bool) {
    if g.worth_knowing_brief.trim().is_empty() {
        (&g.worth_knowing, false)
    } else {
        (&g.worth_knowing_brief, true)
    }
}

/// Questions of one kind (or of none), each with its number on the card.
pub(crate) type Group<'g> = (Option<QuestionKind>, Vec<(usize, &'g Question)>);

/// A no-break space (U+00A0) between "§", "stk." or "nr." and the number after it, so a printed
/// line never ends with "§" and starts the next with its number. Done here, once for every print
/// format; the cards themselves keep plain spaces, which are easy to type and to search for.
pub(crate) fn bind_numbers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let before_number = c == ' ' && chars.peek().is_some_and(char::is_ascii_digit);
        if before_number && ["§", "stk.", "nr."].iter().any(|w| out.ends_with(w)) {
            out.push('\u{a0}');
        } else {
            out.push(c);
        }
    }
    out
}

/// A card's questions grouped by kind, in the agency's order, each with its number on the card
/// (numbers follow the file, so they match the app and the team's saved answers). Questions
/// without a kind come last.
pub(crate) fn question_groups(g: &Guideline) -> Vec<Group<'_>> {
    let kinds = QuestionKind::ALL.into_iter().map(Some).chain([None]);
    kinds
        .filter_map(|kind| {
            let qs: Vec<(usize, &Question)> = g
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.kind == kind)
                .map(|(i, q)| (i + 1, q))
                .collect();
            (!qs.is_empty()).then_some((kind, qs))
        })
        .collect()
}

/// The heading over a group of questions; `None` when no question on the card has a kind.
pub(crate) fn group_heading(
    kind: Option<QuestionKind>,
    groups: &[Group<'_>],
) -> Option<&'static str> {
    match kind {
        Some(kind) => Some(kind.heading()),
        None if groups.len() > 1 => Some("Andre spørgsmål"),
        None => None,
    }
}

/// The principles a card supports, by name.
pub(crate) fn principle_names(deck: &Deck, g: &Guideline) -> Vec<String> {
    g.principles
        .iter()
        .map(|id| {
            deck.principles
                .iter()
                .find(|p| p.id == *id)
                .map_or_else(|| format!("Princip {id}"), |p| p.title.clone())
        })
        .collect()
}

/// The kind of an anvisning in words, so paper without colour still says which part is law.
pub(crate) fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Requirement => "LOVKRAV (skal)",
        Kind::Recommendation => "ANBEFALING (bør/kan)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_sign_keeps_its_number() {
        assert_eq!(
            bind_numbers("servicelovens § 101 a, stk. 2, nr. 8 og § stk. x"),
            "servicelovens §\u{a0}101 a, stk.\u{a0}2, nr.\u{a0}8 og § stk. x"
        );
        assert_eq!(bind_numbers("§ 1"), "§\u{a0}1");
        assert_eq!(bind_numbers(""), "");
    }
}
