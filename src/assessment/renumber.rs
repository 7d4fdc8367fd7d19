//! Reflections saved before the questions were put in a new order.
//!
//! A reflection is saved under its question's number. The 2020 deck's questions were reordered
//! (says → meets → differs → change) and some were dropped, so a file made with the deck before
//! that change would show its answers under other questions. Read with any later deck, such a
//! file has its reflections moved to the numbers the questions have now; an answer to a question
//! that is gone becomes a parked topic, so nothing the team wrote is lost or misplaced.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{Assessment, Parked};

/// The fingerprint of the default deck before the questions were reordered.
pub const BEFORE_REORDER: &str = "0af63f25223260be";

/// Per card, old question number → new (a missing number has no successor).
type Table = BTreeMap<String, BTreeMap<String, usize>>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct File {
            questions: Table,
        }
        // Embedded and checked by the tests (`the_renumbering_table_fits_the_deck`).
        toml::from_str::<File>(include_str!("questions-renumbered.toml"))
            .map(|f| f.questions)
            .unwrap_or_default()
    })
}

/// Moves the reflections of a file made with the deck before the reorder to the numbers the
/// questions have in `now` (the fingerprint of the deck it is read with), and records `now` as
/// the file's deck. Returns whether anything was done; other files are left as they are.
pub fn renumber_questions(a: &mut Assessment, now: &str) -> bool {
    if a.deck.fingerprint != BEFORE_REORDER || now == BEFORE_REORDER {
        return false;
    }
    let table = table();
    let mut moved: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (card, answers) in std::mem::take(&mut a.reflections) {
        let moves = table.get(&card);
        for (old, text) in answers {
            match moves.and_then(|m| m.get(&old)) {
                Some(new) => {
                    moved
                        .entry(card.clone())
                        .or_default()
                        .insert(new.to_string(), text);
                }
                None if moves.is_none() => {
                    // A card the table does not know (another deck's): as it was.
                    moved.entry(card.clone()).or_default().insert(old, text);
                }
                None => a.parked.push(Parked {
                    anvisning: String::new(),
                    text: crate::strings::dropped_question_answer(&card, &old, &text),
                }),
            }
        }
    }
    a.reflections = moved;
    a.deck.fingerprint = now.to_string();
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;

    fn old_file() -> Assessment {
        let deck = Deck::embedded();
        let mut a = Assessment::new(&deck, "Team Nord", vec![], vec![], "2026-11-01");
        a.deck.fingerprint = BEFORE_REORDER.to_string();
        a
    }

    #[test]
    fn an_old_files_reflections_move_to_their_questions_new_numbers() {
        let deck = Deck::embedded();
        let mut a = old_file();
        // 3.12's old 1 and 5 are its new 5 and 8 (the example Team Syd was carried over so).
        a.set_reflection("3.12", 1, "fast ansvarlig".into());
        a.set_reflection("3.12", 5, "kan altid komme tilbage".into());
        assert!(renumber_questions(&mut a, &deck.fingerprint()));
        assert_eq!(a.reflection("3.12", 5), Some("fast ansvarlig"));
        assert_eq!(a.reflection("3.12", 8), Some("kan altid komme tilbage"));
        assert_eq!(a.reflection("3.12", 1), None);
        assert_eq!(a.deck.fingerprint, deck.fingerprint());
        // Read again, it is left alone: the file now names the current deck.
        assert!(!renumber_questions(&mut a, &deck.fingerprint()));
        assert_eq!(a.reflection("3.12", 5), Some("fast ansvarlig"));
    }

    #[test]
    fn an_answer_to_a_dropped_question_becomes_a_parked_topic() {
        let deck = Deck::embedded();
        let mut a = old_file();
        // 2.3's old question 3 has no successor.
        assert!(!table()["2.3"].contains_key("3"));
        a.set_reflection("2.3", 3, "Vi taler om det hver uge".into());
        renumber_questions(&mut a, &deck.fingerprint());
        assert!(a.reflections.get("2.3").is_none_or(|r| r.is_empty()));
        assert_eq!(a.parked.len(), 1);
        assert!(a.parked[0].text.contains("Vi taler om det hver uge"));
        assert!(a.parked[0].text.contains("2.3"));
    }

    #[test]
    fn a_file_of_another_deck_is_left_alone() {
        let deck = Deck::embedded();
        let mut a = Assessment::new(&deck, "Team Nord", vec![], vec![], "2026-11-01");
        a.set_reflection("2.1", 1, "svar".into());
        let before = a.clone();
        assert!(!renumber_questions(&mut a, &deck.fingerprint()));
        assert_eq!(a, before);
    }
}
