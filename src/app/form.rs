//! The form for a new assessment: team, participants, and which cards.

use super::LineInput;
use super::limit::{MAX_LINE_CHARS, MAX_LONG_LINE_CHARS};
use crate::deck::Deck;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Team,
    Participants,
    Cards,
    /// The checklist, when the team picks its own cards.
    Pick,
    Start,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardChoice {
    All,
    Chapter(u8),
    Pick,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewForm {
    pub team: LineInput,
    pub participants: LineInput,
    pub choice: CardChoice,
    /// Which guideline ids are ticked when picking.
    pub picked: Vec<String>,
    pub field: Field,
    /// The highlighted line of the checklist.
    pub pick_cursor: usize,
}

impl NewForm {
    pub fn new(team: &str) -> NewForm {
        NewForm {
            team: LineInput::new(team, MAX_LINE_CHARS),
            participants: LineInput::empty(MAX_LONG_LINE_CHARS),
            choice: CardChoice::All,
            picked: Vec::new(),
            field: Field::Team,
            pick_cursor: 0,
        }
    }

    /// The choices offered: all cards, each chapter of the deck, or picking.
    pub fn choices(deck: &Deck) -> Vec<CardChoice> {
        let mut chapters: Vec<u8> = deck.guidelines.iter().map(|g| g.chapter).collect();
        chapters.dedup();
        let mut out = vec![CardChoice::All];
        out.extend(chapters.into_iter().map(CardChoice::Chapter));
        out.push(CardChoice::Pick);
        out
    }

    pub fn fields(&self) -> Vec<Field> {
        let mut f = vec![Field::Team, Field::Participants, Field::Cards];
        if self.choice == CardChoice::Pick {
            f.push(Field::Pick);
        }
        f.push(Field::Start);
        f
    }

    /// The guideline ids the form selects; empty means all.
    pub fn cards(&self, deck: &Deck) -> Vec<String> {
        match &self.choice {
            CardChoice::All => Vec::new(),
            CardChoice::Chapter(c) => deck
                .guidelines
                .iter()
                .filter(|g| g.chapter == *c)
                .map(|g| g.id.clone())
                .collect(),
            CardChoice::Pick => deck
                .guidelines
                .iter()
                .filter(|g| self.picked.contains(&g.id))
                .map(|g| g.id.clone())
                .collect(),
        }
    }

    pub fn participants(&self) -> Vec<String> {
        self.participants
            .text()
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The text field in focus, if any.
    pub fn input_mut(&mut self) -> Option<&mut LineInput> {
        match self.field {
            Field::Team => Some(&mut self.team),
            Field::Participants => Some(&mut self.participants),
            _ => None,
        }
    }
}
