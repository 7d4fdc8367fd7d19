//! Printable reflection cards (`refleks deck --format html|md`) and one card as readable text
//! for the terminal (`refleks deck ID`). Formatting only: no I/O, and every text from the deck
//! is cleaned and escaped for its format.

mod blocks;
mod html;
mod markdown;
mod text;

use crate::deck::{Deck, Guideline, Kind, Question, QuestionKind};

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

/// Questions of one kind (or of none), each with its number on the card.
pub(crate) type Group<'g> = (Option<QuestionKind>, Vec<(usize, &'g Question)>);

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
