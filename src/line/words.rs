//! What the line mode says, in plain Danish sentences a screen reader reads well: no symbols
//! that are read aloud as noise, numbers written as numbers, one idea per sentence.

use crate::assessment::{Action, Answer, NonScore, Score};
use crate::date::danish_date;
use crate::deck::{Anvisning, Deck, Guideline, Kind};
use crate::text::clean_line;

pub const FAREWELL: &str = "Farvel. Alt er gemt.";
pub const FAREWELL_UNSAVED: &str = "Farvel. Det sidste blev ikke gemt.";
pub const SAVED: &str = "Gemt.";
pub const NOTHING_TO_UNDO: &str = "Der er ikke noget at fortryde.";
pub const NOTHING_TO_REDO: &str = "Der er ikke noget at gentage.";
pub const READ_ONLY: &str = "Vurderingen kan kun læses her, så det blev ikke ændret.";
pub const NO_ASSESSMENT: &str =
    "Der er ingen vurdering åben; skriv 1 for en ny eller et tal for at fortsætte en.";
pub const UNCHANGED: &str = "Uændret.";
pub const ASK_TEAM: &str = "Teamets navn? Skriv det og tryk Enter; en tom linje går tilbage.";
pub const ASK_PARTICIPANTS: &str =
    "Deltagerne, adskilt af komma? En tom linje: ingen deltagere nu.";
pub const ASK_ACTION_WHAT: &str =
    "Hvad skal gøres? Skriv handlingen på én linje; en tom linje går tilbage.";
pub const ASK_ACTION_WHO: &str = "Hvem står for den? En tom linje: ingen navngivet.";
pub const ASK_ACTION_DUE: &str =
    "Hvornår skal den være gjort? Skriv en dato som 31/3-2027; en tom linje: ingen dato.";
pub const BAD_DATE: &str =
    "Datoen kan ikke læses; skriv den som 31/3-2027, eller en tom linje for ingen dato.";
pub const NOTE_DONE_EMPTY: &str = "Noten er uændret.";
pub const NO_NOTE: &str = "Der er ingen note at slette.";

/// The level's label as it reads inside a sentence: "Fast praksis" → "fast praksis".
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A sentence ends with one full stop, whatever the text ended with.
pub fn sentence(s: &str) -> String {
    let s = clean_line(s.trim());
    if s.ends_with(['.', '?', '!', ':']) {
        s
    } else {
        format!("{s}.")
    }
}

pub fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Requirement => "lovkrav",
        Kind::Recommendation => "anbefaling",
    }
}

/// A score in words: "3, fast praksis", "ikke relevant", "ved ikke".
pub fn score(deck: &Deck, score: Score) -> String {
    match score {
        Score::Level(v) => match deck.level(v) {
            Some(l) => format!("{v}, {}", lower_first(&l.label)),
            None => v.to_string(),
        },
        Score::Other(NonScore::NotRelevant) => lower_first(&deck.non_scores.not_relevant.label),
        Score::Other(NonScore::Unknown) => lower_first(&deck.non_scores.unknown.label),
    }
}

/// "Skriv 0 til 4" for the deck's scale.
pub fn scale_range(deck: &Deck) -> String {
    let values = deck.scale_values();
    match (values.iter().min(), values.iter().max()) {
        (Some(lo), Some(hi)) => format!("{lo} til {hi}"),
        _ => "et tal".to_string(),
    }
}

/// The one line said on an anvisning: where, what it says, the team's score, what to type.
/// `last`: the answer in the assessment this one builds on, when it builds on one.
pub fn anvisning(
    deck: &Deck,
    x: &Anvisning,
    answer: Option<&Answer>,
    last: Option<Option<&Answer>>,
) -> String {
    let mut out = format!(
        "Anvisning {}, {}. {} Teamets vurdering: {}.",
        x.id,
        kind(x.kind),
        sentence(&x.text),
        answer_words(deck, answer)
    );
    if let Some(last) = last {
        out.push_str(&format!(" Sidst: {}.", answer_words(deck, last)));
    }
    if let Some(a) = answer {
        if a.focus {
            out.push_str(" Fokusområde.");
        }
        if !a.note.trim().is_empty() {
            out.push_str(" Der er en note; skriv note for at høre den.");
        }
    }
    out.push_str(&format!(
        " Skriv {}, x ikke relevant, u ved ikke, n note, a handling, v runde, næste, forrige, læs, hjælp.",
        scale_range(deck)
    ));
    out
}

/// The team's answer in a few words.
pub fn answer_words(deck: &Deck, answer: Option<&Answer>) -> String {
    match answer.and_then(|a| a.score) {
        None => "ingen".to_string(),
        Some(s @ Score::Other(NonScore::NotRelevant)) => {
            let reason = answer.map(|a| a.reason.trim()).unwrap_or_default();
            if reason.is_empty() {
                score(deck, s)
            } else {
                format!("{}, fordi {}", score(deck, s), one_line(reason))
            }
        }
        Some(s) => score(deck, s),
    }
}

/// A card as it is entered: its id, title and how far the team has come on it.
pub fn card(g: &Guideline, answered: usize) -> String {
    format!(
        "Kort {} {}. {} anvisninger, {} vurderet, {} refleksionsspørgsmål.",
        g.id,
        clean_line(&g.title),
        g.anvisninger.len(),
        answered,
        g.questions.len()
    )
}

/// Text typed over several lines, said on one.
pub fn one_line(text: &str) -> String {
    clean_line(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// An action in one sentence: "2.1.1: Ny folder, Anna, senest 31/3-2027, åben."
pub fn action(x: &Action) -> String {
    let mut out = format!("{}: {}", x.anvisning, one_line(&x.what));
    if !x.who.trim().is_empty() {
        out.push_str(&format!(", {}", one_line(&x.who)));
    }
    if !x.due.is_empty() {
        out.push_str(&format!(", senest {}", short_date(&x.due)));
    }
    let status = x.status.map_or("åben", |s| s.label());
    out.push_str(&format!(", {status}."));
    out
}

/// `2027-03-31` → "31/3-2027", as Danes write a date; anything else as it is.
pub fn short_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => {
            let n = |s: &str| s.trim_start_matches('0').to_string();
            format!("{}/{}-{y}", n(d), n(m))
        }
        _ => clean_line(iso),
    }
}

/// A saved assessment as a menu item: "Fortsæt Team Nord, 22. november 2026".
pub fn continue_item(team: &str, updated: &str) -> String {
    format!("Fortsæt {}, {}", one_line(team), danish_date(updated))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_anvisning_reads_as_one_line_in_words() {
        let deck = Deck::embedded();
        let x = &deck.guidelines[0].anvisninger[0];
        let line = anvisning(&deck, x, None, None);
        assert!(line.starts_with("Anvisning 2.1.1, anbefaling. "), "{line}");
        assert!(line.contains("Teamets vurdering: ingen."), "{line}");
        assert!(line.ends_with("Skriv 0 til 4, x ikke relevant, u ved ikke, n note, a handling, v runde, næste, forrige, læs, hjælp."));
        assert!(!line.contains(".."), "{line}");
    }

    #[test]
    fn scores_and_dates_read_in_danish() {
        let deck = Deck::embedded();
        assert_eq!(score(&deck, Score::Level(3)), "3, fast praksis");
        assert_eq!(score(&deck, Score::Other(NonScore::Unknown)), "ved ikke");
        assert_eq!(short_date("2027-03-31"), "31/3-2027");
        assert_eq!(sentence("Tekst"), "Tekst.");
        assert_eq!(sentence("Tekst."), "Tekst.");
    }
}
