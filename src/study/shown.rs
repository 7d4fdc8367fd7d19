//! What an item shows besides its own words, for every front-end (the TUI's drill and the
//! line mode's): the question with the words that would give a duty away blanked, a scenario's
//! answer without its »(bygger på …)« tail and the anvisninger that tail names, and the card's
//! legislation as short references.

use crate::deck::{Deck, Kind};
use crate::strings as s;

/// The words that say whether an anvisning is a duty (»skal«, »bør«), each whole word with
/// any case, replaced by `…`.
pub fn blank_modals(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if ["skal", "bør"].contains(&word.to_lowercase().as_str()) {
            out.push_str(s::DRILL_BLANK);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A scenario's answer without its »(bygger på …)« tail.
pub fn without_rests_on(answer: &str) -> &str {
    answer
        .rfind(&format!(" ({} ", s::STUDY_RESTS_ON))
        .map_or(answer, |at| &answer[..at])
}

/// The anvisninger a scenario's answer names, from its »(bygger på 3.4.1, 3.4.3)« tail.
pub fn rests_on(answer: &str) -> Vec<String> {
    let Some(at) = answer.rfind(&format!("({} ", s::STUDY_RESTS_ON)) else {
        return Vec::new();
    };
    answer[at..]
        .trim_start_matches(&format!("({} ", s::STUDY_RESTS_ON))
        .trim_end_matches(')')
        .split(',')
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

/// The card's legislation as short references, each law and § once (»Serviceloven § 101;
/// Sundhedsloven § 142«): the card has the words of each.
pub fn card_law(deck: &Deck, card: &str) -> Option<String> {
    let g = deck.guideline(card)?;
    let mut refs: Vec<&str> = Vec::new();
    for l in &g.legislation {
        let r = l.split(':').next().unwrap_or(l);
        let r = r.split(", stk.").next().unwrap_or(r).trim();
        // A paragraph, not a ruling or a report named in full.
        if r.contains('§') && !refs.contains(&r) {
            refs.push(r);
        }
    }
    // Only for a card with duties: a card of recommendations names no law here.
    let duties = g.anvisninger.iter().any(|a| a.kind == Kind::Requirement);
    (!refs.is_empty() && duties).then(|| refs.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_that_give_a_duty_away_are_blanked() {
        assert_eq!(
            blank_modals("Kommunen skal tilbyde; den BØR også. Skalaen og skallen: nej."),
            "Kommunen … tilbyde; den … også. Skalaen og skallen: nej."
        );
    }

    #[test]
    fn a_scenarios_anvisninger_are_read_from_its_answer() {
        let answer = "Senest 14 dage (efter anmodningen). (bygger på 3.4.1, 3.4.3)";
        assert_eq!(rests_on(answer), ["3.4.1", "3.4.3"]);
        assert_eq!(
            without_rests_on(answer),
            "Senest 14 dage (efter anmodningen)."
        );
        assert!(rests_on("Intet her.").is_empty());
    }
}
