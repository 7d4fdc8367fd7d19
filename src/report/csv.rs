//! One row per anvisning, for a spreadsheet. The dialect is the one Danish Excel opens with a
//! double click, æøå intact:
//!
//! - UTF-8 with a byte-order mark (without it Excel guesses Windows-1252 and garbles æøå);
//! - `;` between fields (Danish Excel uses `,` as the decimal mark, so it expects `;`);
//! - CRLF after every record, the header included;
//! - RFC 4180 quoting: a field holding `;`, `"`, CR or LF is put in quotes, and quotes inside it
//!   are doubled. Line breaks inside a note stay (LF), so the note keeps its lines in the cell;
//! - a field that starts with `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet never runs
//!   it as a formula (OWASP "CSV injection"). A note "- punkt" reads "'- punkt". Control
//!   characters are cleaned first (tabs become spaces, CR is dropped), as everywhere in reports.
//!
//! Ids are written as they are (`3.10`, `2.1.1`), so programs can read them. Danish Excel keeps
//! them as text (`.` is neither its decimal mark nor its date separator); Excel set up with `.` as
//! the decimal mark may read `3.10` as a number, which the README explains how to avoid.
//!
//! Columns, in this order ([`CSV_COLUMNS`]): `retningslinje` (guideline id), `anvisning` (id),
//! `type` (`lovkrav`, `anbefaling`, or `ukendt` for an answer the deck does not have), `score`
//! (the level as a whole number, empty otherwise), `ikke_score` (`ikke relevant`, `ved ikke` or
//! empty), `begrundelse` (why not relevant), `note`, `fokus` (`ja`/`nej`) and `tekst` (the
//! anvisning's text). Rows: every anvisning of the chosen cards in deck order (answered or not),
//! then any card not chosen that still holds answers, then answers the deck does not have.

use super::content::{Content, non_score_label};
use crate::assessment::{Answer, Score};
use crate::deck::{Deck, Kind};
use crate::text::clean_text;

pub const CSV_SEPARATOR: char = ';';

pub const CSV_COLUMNS: [&str; 9] = [
    "retningslinje",
    "anvisning",
    "type",
    "score",
    "ikke_score",
    "begrundelse",
    "note",
    "fokus",
    "tekst",
];

const BOM: &str = "\u{feff}";
const ORPHAN_TEXT: &str = "Findes ikke i kortsættet. Svaret er bevaret i filen.";

pub(crate) fn render(c: &Content) -> String {
    let mut out = String::from(BOM);
    record(&mut out, CSV_COLUMNS.iter().map(|s| s.to_string()));
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
        record(&mut out, fields);
    }
    for (id, answer) in &c.orphans {
        let mut fields = vec![String::new(), id.to_string(), "ukendt".to_string()];
        fields.extend(answer_fields(c.deck, Some(answer)));
        fields.push(ORPHAN_TEXT.to_string());
        record(&mut out, fields);
    }
    out
}

/// score, ikke_score, begrundelse, note, fokus.
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

fn record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(CSV_SEPARATOR);
        }
        out.push_str(&quote(&field));
    }
    out.push_str("\r\n");
}

/// One field: cleaned, defused against formulas, quoted when RFC 4180 asks for it.
pub(crate) fn quote(field: &str) -> String {
    let mut text = clean_text(field);
    if text.starts_with(['=', '+', '-', '@']) {
        text.insert(0, '\'');
    }
    if text.contains([CSV_SEPARATOR, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(quote("enkel"), "enkel");
        assert_eq!(quote("a;b"), "\"a;b\"");
        assert_eq!(quote("sagde \"nej\""), "\"sagde \"\"nej\"\"\"");
        assert_eq!(quote("to\nlinjer"), "\"to\nlinjer\"");
        assert_eq!(quote("æøå"), "æøå");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(quote("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(quote("- punkt"), "'- punkt");
        assert_eq!(quote("@x;y"), "\"'@x;y\"");
        assert_eq!(quote("3.4.1"), "3.4.1");
    }
}
