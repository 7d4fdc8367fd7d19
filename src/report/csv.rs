//! One row per anvisning, for a spreadsheet, in the dialect of every export (see
//! [`crate::csv`]): UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting, formulas defused (a note
//! "- punkt" reads "'- punkt").
//!
//! Ids are written as they are (`3.10`, `2.1.1`), so programs can read them. Danish Excel keeps
//! them as text (`.` is neither its decimal mark nor its date separator); Excel set up with `.` as
//! the decimal mark may read `3.10` as a number, which the README explains how to avoid.
//!
//! Columns, in this order ([`CSV_COLUMNS`]), headed in words a spreadsheet user reads:
//! `Retningslinje` (guideline id), `Anvisning` (id), `Type` (`lovkrav`, `anbefaling`, or `ukendt`
//! for an answer the deck does not have), `Score` (the level as a whole number, empty otherwise),
//! `Ikke relevant / ved ikke` (`ikke relevant`, `ved ikke` or empty), `Begrundelse` (why not
//! relevant), `Note`, `Fokus` (`ja`/`nej`) and `Tekst` (the anvisning's text), then, added later
//! so older column positions still hold: `Stemmer` (the votes as the minutes write them, with
//! median and spread), `Spredning` (`lav–høj`), `Uenighed` (`ja`/`nej`: the votes disagreed) and
//! `Hvad vi var uenige om` (the dissent note). Rows: every anvisning of the chosen cards in deck order (answered or not),
//! then any card not chosen that still holds answers, then answers the deck does not have.

use super::content::{Content, non_score_label, vote_stats_of, votes_text};
use crate::assessment::{Answer, Score};
use crate::deck::{Deck, Kind};

pub const CSV_SEPARATOR: char = crate::csv::SEPARATOR;

pub const CSV_COLUMNS: [&str; 13] = [
    "Retningslinje",
    "Anvisning",
    "Type",
    "Score",
    "Ikke relevant / ved ikke",
    "Begrundelse",
    "Note",
    "Fokus",
    "Tekst",
    "Stemmer",
    "Spredning",
    "Uenighed",
    "Hvad vi var uenige om",
];

const ORPHAN_TEXT: &str = "Findes ikke i kortsættet. Svaret er bevaret i filen.";

pub(crate) fn render(c: &Content) -> String {
    let mut out = String::from(crate::csv::BOM);
    record(&mut out, CSV_COLUMNS.iter().map(|s| s.to_string()));
    for fields in rows(c) {
        record(&mut out, fields);
    }
    out
}

/// The rows under [`CSV_COLUMNS`], as plain text (the workbook has the same rows).
pub(crate) fn rows(c: &Content) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (section, row) in c.rows() {
        let kind = match row.anvisning.kind {
            Kind::Requirement => "lovkrav",
            Kind::Recommendation => "anbefaling",
        };
        let mut fields = vec![
            section.guideline.id.clone(),
            row.anvisning.id.clone(),
            kind.to_string(),
        ];
        fields.extend(answer_fields(c.deck, row.answer));
        fields.push(row.anvisning.text.clone());
        fields.extend(vote_fields(c.deck, &c.a.participants, row.answer));
        out.push(fields);
    }
    for (id, answer) in &c.orphans {
        let mut fields = vec![String::new(), id.to_string(), "ukendt".to_string()];
        fields.extend(answer_fields(c.deck, Some(answer)));
        fields.push(ORPHAN_TEXT.to_string());
        fields.extend(vote_fields(c.deck, &c.a.participants, Some(answer)));
        out.push(fields);
    }
    out
}

/// Score, Ikke relevant / ved ikke, Begrundelse, Note, Fokus.
fn answer_fields(deck: &Deck, answer: Option<&Answer>) -> [String; 5] {
    let Some(a) = answer else {
        return [
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            "nej".into(),
        ];
    };
    let (score, non_score) = match a.score {
        Some(Score::Level(v)) => (v.to_string(), String::new()),
        Some(Score::Other(n)) => (String::new(), non_score_label(deck, n).to_lowercase()),
        None => (String::new(), String::new()),
    };
    [
        score,
        non_score,
        a.reason.trim().to_string(),
        a.note.trim().to_string(),
        if a.focus { "ja" } else { "nej" }.into(),
    ]
}

/// stemmer, spredning, uenighed, uenighed_note.
fn vote_fields(deck: &Deck, participants: &[String], answer: Option<&Answer>) -> [String; 4] {
    let votes = answer
        .and_then(|a| votes_text(deck, participants, a))
        .unwrap_or_default();
    let stats = answer.and_then(|a| vote_stats_of(deck, a));
    let spread = stats
        .as_ref()
        .and_then(|s| s.spread)
        .map_or(String::new(), |(lo, hi)| format!("{lo}–{hi}"));
    let flagged = stats.is_some_and(|s| s.disagreement);
    [
        votes,
        spread,
        if flagged { "ja" } else { "nej" }.into(),
        answer.map_or(String::new(), |a| a.dissent.trim().to_string()),
    ]
}

/// Every field here is text from the deck or the file, so every field is defused.
fn record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    crate::csv::record(out, fields.into_iter().map(|f| crate::csv::text(&f)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_defused_and_quoted() {
        let mut out = String::new();
        record(
            &mut out,
            [
                "@x;y".to_string(),
                "3.4.1".to_string(),
                "- punkt".to_string(),
            ],
        );
        assert_eq!(out, "\"'@x;y\";3.4.1;'- punkt\r\n");
    }
}
