//! What one assessment file contributes to an overview, kept small: a byte per anvisning of the
//! deck instead of the whole assessment, so thousands of files fit in a few megabytes.

use std::collections::HashMap;
use std::ops::Range;

use crate::assessment::{Assessment, NonScore, SECURED_LEVEL, Score};
use crate::deck::{Deck, Kind};
use crate::number::mean;

/// A code in [`Digest::scores`]: levels are themselves (0–9); these are the rest.
pub const UNANSWERED: u8 = u8::MAX;
pub const NOT_RELEVANT: u8 = u8::MAX - 1;
pub const UNKNOWN: u8 = u8::MAX - 2;

/// Where each anvisning of the deck sits, built once per overview.
#[derive(Debug, Clone)]
pub struct DeckIndex {
    at: HashMap<String, usize>,
    /// Per guideline, its anvisninger's positions in deck order.
    pub ranges: Vec<Range<usize>>,
    pub kinds: Vec<Kind>,
    /// Per principle of the deck, in deck order: the positions of the anvisninger on the cards
    /// that carry it.
    pub principles: Vec<Vec<usize>>,
    pub fingerprint: String,
    /// The top of the deck's scale: a level above it (a file made with another deck) is kept in
    /// the file but never counted.
    pub max_level: u8,
}

impl DeckIndex {
    pub fn new(deck: &Deck) -> DeckIndex {
        let mut at = HashMap::with_capacity(deck.anvisning_count());
        let mut ranges = Vec::with_capacity(deck.guidelines.len());
        let mut kinds = Vec::with_capacity(deck.anvisning_count());
        for g in &deck.guidelines {
            let start = kinds.len();
            for x in &g.anvisninger {
                at.insert(x.id.clone(), kinds.len());
                kinds.push(x.kind);
            }
            ranges.push(start..kinds.len());
        }
        let principles = deck
            .principles
            .iter()
            .map(|p| {
                deck.guidelines
                    .iter()
                    .zip(&ranges)
                    .filter(|(g, _)| g.principles.contains(&p.id))
                    .flat_map(|(_, r)| r.clone())
                    .collect()
            })
            .collect();
        DeckIndex {
            at,
            ranges,
            kinds,
            principles,
            fingerprint: deck.fingerprint(),
            max_level: deck.max_level(),
        }
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// One assessment file, reduced to what an overview shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    /// The file as the user named it.
    pub file: String,
    /// The folder it lies in (see `store::tree::Found::place`).
    pub place: String,
    /// As written, without surrounding spaces.
    pub team: String,
    /// The team name compared: lower case, without surrounding spaces.
    pub key: String,
    pub created: String,
    pub updated: String,
    pub deck_matches: bool,
    /// Per anvisning of the deck, in deck order: a level, or one of the codes above.
    pub scores: Box<[u8]>,
    /// Positions of the anvisninger marked as focus areas.
    pub focus: Box<[u16]>,
}

/// One guideline of one file: the numbers in a heatmap cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CellStats {
    /// Mean of the levels; non-scores left out, never counted as 0.
    pub mean: Option<f64>,
    /// Anvisninger with a level (those in the mean).
    pub scored: usize,
    /// Anvisninger on the card.
    pub of: usize,
    /// Legal requirements with a level below [`SECURED_LEVEL`].
    pub below: usize,
}

pub use crate::assessment::team_key;

impl Digest {
    pub fn new(a: &Assessment, index: &DeckIndex, file: String, place: String) -> Digest {
        let mut scores = vec![UNANSWERED; index.len()].into_boxed_slice();
        let mut focus = Vec::new();
        for (id, answer) in &a.answers {
            let Some(&i) = index.at.get(id.as_str()) else {
                continue;
            };
            scores[i] = match answer.score {
                Some(Score::Level(v)) if v <= index.max_level => v,
                Some(Score::Level(_)) => UNANSWERED,
                Some(Score::Other(NonScore::NotRelevant)) => NOT_RELEVANT,
                Some(Score::Other(NonScore::Unknown)) => UNKNOWN,
                None => UNANSWERED,
            };
            if answer.focus {
                focus.push(u16::try_from(i).unwrap_or(u16::MAX));
            }
        }
        focus.sort_unstable();
        Digest {
            file,
            place,
            team: a.team.trim().to_string(),
            key: team_key(&a.team),
            created: a.created.trim().to_string(),
            updated: a.updated.trim().to_string(),
            deck_matches: a.deck.fingerprint == index.fingerprint,
            scores,
            focus: focus.into_boxed_slice(),
        }
    }

    /// A digest of the scores alone, for the figures made from them (`cell`, `mean`, `level`).
    pub(super) fn of_scores(scores: Box<[u8]>) -> Digest {
        Digest {
            file: String::new(),
            place: String::new(),
            team: String::new(),
            key: String::new(),
            created: String::new(),
            updated: String::new(),
            deck_matches: true,
            scores,
            focus: Box::default(),
        }
    }

    /// The level on an anvisning, when it has one.
    pub fn level(&self, i: usize) -> Option<u8> {
        self.scores
            .get(i)
            .copied()
            .filter(|&v| v <= crate::assessment::MAX_LEVEL)
    }

    /// Anvisninger of the deck assessed: a level or *ikke relevant*. *Ved ikke* is still open,
    /// as everywhere in refleks ([`crate::assessment::Score::is_assessed`]).
    pub fn answered(&self) -> usize {
        self.scores
            .iter()
            .filter(|&&v| v != UNANSWERED && v != UNKNOWN)
            .count()
    }

    /// The mean of every level in the file, over the whole deck.
    pub fn mean(&self) -> Option<f64> {
        mean((0..self.scores.len()).filter_map(|i| self.level(i)))
    }

    /// The mean of the levels on the cards that carry principle number `p` (deck order).
    pub fn principle_mean(&self, index: &DeckIndex, p: usize) -> Option<f64> {
        mean(index.principles[p].iter().filter_map(|&i| self.level(i)))
    }

    pub fn cell(&self, index: &DeckIndex, guideline: usize) -> CellStats {
        let range = index.ranges[guideline].clone();
        let levels = || range.clone().filter_map(|i| self.level(i).map(|v| (i, v)));
        CellStats {
            mean: mean(levels().map(|(_, v)| v)),
            scored: levels().count(),
            of: range.len(),
            below: levels()
                .filter(|&(i, v)| index.kinds[i] == Kind::Requirement && v < SECURED_LEVEL)
                .count(),
        }
    }

    /// Which of two files of a team is the newer: the later `created`, then `updated`, then the
    /// file name, so the choice never depends on the order files were read in.
    pub fn newer_than(&self, other: &Digest) -> bool {
        (&self.created, &self.updated, &self.file) > (&other.created, &other.updated, &other.file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_above_the_scale_is_never_counted() {
        let deck = Deck::embedded();
        let index = DeckIndex::new(&deck);
        let mut a = Assessment::new(&deck, "Team", vec![], vec![], "2026-12-01");
        let first = &deck.guidelines[0].anvisninger;
        a.answer_mut(&first[0].id).score = Some(Score::Level(7));
        a.answer_mut(&first[1].id).score = Some(Score::Level(4));
        let d = Digest::new(&a, &index, "t.toml".into(), "".into());
        assert_eq!(d.scores[0], UNANSWERED, "7 on a 0–4 deck is not a level");
        assert_eq!(d.scores[1], 4);
    }
}
