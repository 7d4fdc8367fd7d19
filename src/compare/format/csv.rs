//! `refleks compare --format csv`: one row per anvisning, one score column and one note column
//! per assessment, for a spreadsheet.
//!
//! The dialect is the one a Danish Excel opens with a double click, æøå intact: UTF-8 with a
//! byte-order mark, `;` between fields (Danish Excel uses `,` as the decimal mark), CRLF line
//! ends, RFC 4180 quoting (a field with `;`, `"`, CR or LF is quoted, quotes are doubled). Text
//! from the files that starts with `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet shows
//! it as text instead of running it as a formula.

use super::letter;
use crate::assessment::{NonScore, Score};
use crate::compare::{Cell, Comparison};
use crate::deck::Kind;
use crate::text::{clean_line, clean_text};

const BOM: &str = "\u{feff}";

pub fn csv(c: &Comparison) -> String {
    let mut out = String::from(BOM);
    let mut head: Vec<String> = vec!["retningslinje".into(), "anvisning".into(), "type".into()];
    for (i, column) in c.columns.iter().enumerate() {
        head.push(text(&format!("{}: {}", letter(i), column.label)));
    }
    head.push("ændring".into());
    for i in 0..c.columns.len() {
        head.push(format!("note {}", letter(i)));
    }
    record(&mut out, &head);

    for row in &c.guidelines {
        for x in &row.anvisninger {
            let kind = match x.kind {
                Kind::Requirement => "lovkrav",
                Kind::Recommendation => "anbefaling",
            };
            let change = x.change.map_or(String::new(), |d| d.to_string());
            record(
                &mut out,
                &fields(text(&row.id), text(&x.id), kind, &x.cells, change),
            );
        }
    }
    for o in &c.unmatched.not_in_deck {
        record(
            &mut out,
            &fields(
                String::new(),
                text(&o.id),
                "findes ikke i kortsættet",
                &o.cells,
                String::new(),
            ),
        );
    }
    out
}

fn fields(
    guideline: String,
    anvisning: String,
    kind: &str,
    cells: &[Cell],
    change: String,
) -> Vec<String> {
    let mut fields = vec![guideline, anvisning, kind.to_string()];
    fields.extend(cells.iter().map(|cell| score(cell.score)));
    fields.push(change);
    fields.extend(cells.iter().map(note));
    fields
}

/// A level as a number; the non-scores in words; empty when unanswered.
fn score(score: Option<Score>) -> String {
    match score {
        Some(Score::Level(v)) => v.to_string(),
        Some(Score::Other(NonScore::NotRelevant)) => "ikke relevant".to_string(),
        Some(Score::Other(NonScore::Unknown)) => "ved ikke".to_string(),
        None => String::new(),
    }
}

/// The note, after the reason for "ikke relevant" when there is one.
fn note(cell: &Cell) -> String {
    let reason = cell.reason.trim();
    let note = cell.note.trim();
    let both = match (reason.is_empty(), note.is_empty()) {
        (true, _) => note.to_string(),
        (false, true) => format!("Ikke relevant, fordi: {reason}"),
        (false, false) => format!("Ikke relevant, fordi: {reason}\n{note}"),
    };
    text_block(&both)
}

/// Text from a file: cleaned, and kept from being read as a formula.
fn text(s: &str) -> String {
    defuse(clean_line(s))
}

fn text_block(s: &str) -> String {
    defuse(clean_text(s))
}

fn defuse(s: String) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    }
}

/// One record: fields quoted where needed, `;` between them, CRLF after. A line break inside a
/// note stays a single LF inside its quoted field, which is what Excel writes for a line break
/// in a cell.
fn record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        if field.contains([';', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        record(
            &mut out,
            &[
                "ren".into(),
                "a;b".into(),
                "sagde \"nej\"".into(),
                "to\nlinjer".into(),
            ],
        );
        assert_eq!(out, "ren;\"a;b\";\"sagde \"\"nej\"\"\";\"to\nlinjer\"\r\n");
    }

    #[test]
    fn text_is_never_a_formula() {
        assert_eq!(text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_block("- punkt\n- punkt"), "'- punkt\n- punkt");
        assert_eq!(text("Team Nord"), "Team Nord");
    }
}
