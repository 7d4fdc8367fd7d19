//! The drill items, built from the deck: for every anvisning *lovkrav eller anbefaling?* and
//! *hvilken retningslinje?* (four card titles), for every deadline *hvad er fristen?*, and every
//! scenario of a card. Each has a stable id, which `øvelser.toml` keeps progress under.

use crate::deck::{Anvisning, Deck, Guideline, Kind};
use crate::strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// Lovkrav eller anbefaling? (two choices)
    Lovkrav,
    /// Hvad er fristen? (the answer is shown, the learner says how well they knew it)
    Frist,
    /// Hvilken retningslinje? (four card titles)
    Retningslinje,
    /// A scenario from the card (the answer is shown)
    Scenarie,
}

impl ItemKind {
    /// The first part of every item id of this kind.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Lovkrav => "lovkrav",
            ItemKind::Frist => "frist",
            ItemKind::Retningslinje => "retningslinje",
            ItemKind::Scenarie => "scenarie",
        }
    }

    pub fn question(self) -> &'static str {
        match self {
            ItemKind::Lovkrav => strings::STUDY_Q_LOVKRAV,
            ItemKind::Frist => strings::STUDY_Q_FRIST,
            ItemKind::Retningslinje => strings::STUDY_Q_RETNINGSLINJE,
            ItemKind::Scenarie => strings::STUDY_Q_SCENARIE,
        }
    }
}

/// One answer to choose among.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The key that picks it (`l`, `a`, `1`–`4`).
    pub key: char,
    pub label: String,
}

/// One thing to drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Stable: `lovkrav/3.4.1`, `retningslinje/3.4.1`, `frist/3.4.5/2`, `scenarie/3.4/1`.
    pub id: String,
    pub kind: ItemKind,
    /// The card it belongs to.
    pub card: String,
    /// What is asked about: the anvisning's text, the deadline's subject, the situation and
    /// question of a scenario.
    pub text: String,
    /// Empty when the learner only sees the answer and says how well they knew it.
    pub choices: Vec<Choice>,
    /// The index of the right choice (0 when there are no choices).
    pub right: usize,
    /// The answer, shown after the learner answered.
    pub answer: String,
}

impl Item {
    /// Whether the choice with this key is the right one; `None` when no choice has the key (or
    /// the item has no choices: the learner sees the answer and rates it).
    pub fn is_right(&self, key: char) -> Option<bool> {
        let lower = key.to_lowercase().next().unwrap_or(key);
        let at = self.choices.iter().position(|c| c.key == lower)?;
        Some(at == self.right)
    }
}

/// Every item of the deck, card by card in deck order.
pub fn items(deck: &Deck) -> Vec<Item> {
    let mut out = Vec::new();
    for g in &deck.guidelines {
        for a in &g.anvisninger {
            out.push(lovkrav(g, a));
            out.extend(retningslinje(deck, g, a));
            for (i, d) in a.deadlines.iter().enumerate() {
                let basis = if d.basis.is_empty() {
                    format!("{} {}", strings::STUDY_NO_BASIS, a.id)
                } else {
                    d.basis.clone()
                };
                out.push(Item {
                    id: format!("frist/{}/{}", a.id, i + 1),
                    kind: ItemKind::Frist,
                    card: g.id.clone(),
                    text: format!("{} ({})", d.what, a.id),
                    choices: Vec::new(),
                    right: 0,
                    answer: format!(
                        "{}. {}: {}. {}: {basis}.",
                        capitalized(&d.limit),
                        strings::STUDY_FROM,
                        d.from,
                        strings::STUDY_BASIS
                    ),
                });
            }
        }
        for (i, s) in g.scenarios.iter().enumerate() {
            out.push(Item {
                id: format!("scenarie/{}/{}", g.id, i + 1),
                kind: ItemKind::Scenarie,
                card: g.id.clone(),
                text: format!("{}\n{}", s.situation, s.question),
                choices: Vec::new(),
                right: 0,
                answer: format!(
                    "{} ({} {})",
                    s.answer,
                    strings::STUDY_RESTS_ON,
                    s.anvisninger.join(", ")
                ),
            });
        }
    }
    out
}

fn lovkrav(g: &Guideline, a: &Anvisning) -> Item {
    Item {
        id: format!("lovkrav/{}", a.id),
        kind: ItemKind::Lovkrav,
        card: g.id.clone(),
        text: format!("{}: {}", a.id, a.text),
        choices: vec![
            Choice {
                key: 'l',
                label: strings::STUDY_CHOICE_LOVKRAV.to_string(),
            },
            Choice {
                key: 'a',
                label: strings::STUDY_CHOICE_ANBEFALING.to_string(),
            },
        ],
        right: usize::from(a.kind == Kind::Recommendation),
        answer: format!("{} – {}: {}", a.kind.badge(), a.id, a.text),
    }
}

/// Four card titles (fewer when the deck has fewer cards), the right one among them; which
/// three others, and where the right one stands, follow from the anvisning's id, so the same
/// question always looks the same.
fn retningslinje(deck: &Deck, g: &Guideline, a: &Anvisning) -> Option<Item> {
    let mut others: Vec<&Guideline> = deck.guidelines.iter().filter(|o| o.id != g.id).collect();
    if others.is_empty() {
        return None;
    }
    others.sort_by_key(|o| (fnv(&format!("{}|{}", a.id, o.id)), o.id.clone()));
    others.truncate(3);
    let right = usize::try_from(fnv(&a.id) % (others.len() as u64 + 1)).unwrap_or(0);
    let mut cards = others;
    cards.insert(right, g);
    let choices = cards
        .iter()
        .zip('1'..)
        .map(|(c, key)| Choice {
            key,
            label: format!("{} {}", c.id, c.short_title()),
        })
        .collect();
    Some(Item {
        id: format!("retningslinje/{}", a.id),
        kind: ItemKind::Retningslinje,
        card: g.id.clone(),
        text: a.text.clone(),
        choices,
        right,
        answer: format!("{} {} ({})", g.id, g.title, a.id),
    })
}

/// A stable hash, the same on every platform and release (std's is not): FNV-1a, then
/// SplitMix64's finaliser, because FNV alone ranks near-identical keys ("3.4.1|3.10",
/// "3.4.1|3.11") side by side, and the same few cards would be offered again and again.
fn fnv(s: &str) -> u64 {
    let h = s.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_anvisning_deadline_and_scenario_has_its_items_with_unique_ids() {
        let deck = Deck::embedded();
        let all = items(&deck);
        let ids: HashSet<&str> = all.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        let count = |k: ItemKind| all.iter().filter(|i| i.kind == k).count();
        assert_eq!(count(ItemKind::Lovkrav), deck.anvisning_count());
        assert_eq!(count(ItemKind::Retningslinje), deck.anvisning_count());
        let deadlines: usize = deck
            .guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .map(|a| a.deadlines.len())
            .sum();
        assert_eq!(count(ItemKind::Frist), deadlines);
        let scenarios: usize = deck.guidelines.iter().map(|g| g.scenarios.len()).sum();
        assert_eq!(count(ItemKind::Scenarie), scenarios);
        assert!(ids.contains("lovkrav/3.4.1"));
        assert!(ids.contains("frist/3.4.1/1"));
        assert!(ids.contains("frist/3.4.5/2"));
    }

    #[test]
    fn lovkrav_knows_the_kind() {
        let deck = Deck::embedded();
        let all = items(&deck);
        let find = |id: &str| all.iter().find(|i| i.id == id).unwrap();
        let req = find("lovkrav/3.4.1");
        assert_eq!(req.choices[req.right].key, 'l');
        assert!(req.answer.starts_with("LOVKRAV"));
        let rec = find("lovkrav/3.4.2");
        assert_eq!(rec.choices[rec.right].key, 'a');
        assert_eq!(req.is_right('l'), Some(true));
        assert_eq!(req.is_right('L'), Some(true));
        assert_eq!(req.is_right('a'), Some(false));
        assert_eq!(req.is_right('x'), None);
        assert_eq!(find("frist/3.4.1/1").is_right('l'), None);
    }

    #[test]
    fn retningslinje_offers_four_different_cards_with_the_right_one_and_is_stable() {
        let deck = Deck::embedded();
        let all = items(&deck);
        let mut places = HashSet::new();
        for item in all.iter().filter(|i| i.kind == ItemKind::Retningslinje) {
            assert_eq!(item.choices.len(), 4, "{}", item.id);
            let labels: HashSet<&str> = item.choices.iter().map(|c| c.label.as_str()).collect();
            assert_eq!(labels.len(), 4, "{}", item.id);
            let right = &item.choices[item.right].label;
            assert!(right.starts_with(&format!("{} ", item.card)), "{}", item.id);
            places.insert(item.right);
        }
        // The right answer is not always in the same place.
        assert_eq!(places.len(), 4);
        // Every card turns up as a wrong answer, none far more than its share.
        let mut offered = std::collections::HashMap::new();
        for item in all.iter().filter(|i| i.kind == ItemKind::Retningslinje) {
            for (i, c) in item.choices.iter().enumerate() {
                if i != item.right {
                    *offered.entry(c.label.clone()).or_insert(0) += 1;
                }
            }
        }
        let share = 3 * deck.anvisning_count() / deck.guidelines.len();
        assert_eq!(offered.len(), deck.guidelines.len());
        assert!(offered.values().all(|&n| n < 2 * share), "{offered:?}");
        assert_eq!(items(&deck), all, "deterministic");
    }
}
