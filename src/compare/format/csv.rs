//! `refleks compare --format csv`: one row per anvisning, one score column and one note column
//! per assessment, for a spreadsheet.
//!
//! The dialect is the one of every export: see [`crate::csv`].

use super::letter;
use crate::assessment::{NonScore, Score};
use crate::compare::{Cell, Comparison};
use crate::deck::Kind;
use crate::text::clean_line;

pub fn csv(c: &Comparison) -> String {
    let mut out = String::from(crate::csv::BOM);
    let mut head: Vec<String> = vec!["retningslinje".into(), "anvisning".into(), "type".into()];
    for (i, column) in c.columns.iter().enumerate() {
        head.push(text(&format!("{}: {}", letter(i), column.label)));
    }
    // A change exists only within one team (see `Comparison::same_team`).
    if c.same_team {
        head.push("ændring".into());
    }
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
            let change = c
                .same_team
                .then(|| x.change.map_or(String::new(), |d| d.to_string()));
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
                c.same_team.then(String::new),
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
    change: Option<String>,
) -> Vec<String> {
    let mut fields = vec![guideline, anvisning, kind.to_string()];
    fields.extend(cells.iter().map(|cell| score(cell.score)));
    fields.extend(change);
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
    text_block(&super::note_with_reason(cell))
}

/// Text from a file, as one line.
fn text(s: &str) -> String {
    crate::csv::text(&clean_line(s))
}

fn text_block(s: &str) -> String {
    crate::csv::text(s)
}

fn record(out: &mut String, fields: &[String]) {
    crate::csv::record(out, fields);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_never_a_formula() {
        assert_eq!(text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_block("- punkt\n- punkt"), "'- punkt\n- punkt");
        assert_eq!(text("Team Nord"), "Team Nord");
    }
}
