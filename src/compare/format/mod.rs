//! A [`Comparison`] as text: a table for the terminal, Markdown, CSV or JSON. Everything that
//! came from a file passes through `text::clean_*` here, so nothing unsafe reaches a terminal.
//!
//! Numbers for people are Danish ("2,4", "−0,3 ↓"); changes carry a sign and an arrow, so
//! meaning never rests on colour. JSON uses plain numbers.

mod csv;
mod json;
mod markdown;
mod table;
mod xlsx;

pub use json::SCHEMA as JSON_SCHEMA;
pub use xlsx::xlsx;

use super::{Comparison, GuidelineRow};
use crate::assessment::{NonScore, Score};

/// The output formats of `refleks compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareFormat {
    /// Fits 80 columns; with more than three assessments only the first and the last are shown.
    Table,
    Md,
    /// UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting: opens in a Danish Excel with æøå.
    Csv,
    /// Stable, documented in `docs/compare-json.md`.
    Json,
}

pub fn render(c: &Comparison, format: CompareFormat) -> String {
    match format {
        CompareFormat::Table => table::table(c),
        CompareFormat::Md => markdown::markdown(c),
        CompareFormat::Csv => csv::csv(c),
        CompareFormat::Json => json::json(c),
    }
}

/// A column's note for a spreadsheet cell: after the reason for "ikke relevant" when there is
/// one.
fn note_with_reason(cell: &super::Cell) -> String {
    let reason = cell.reason.trim();
    let note = cell.note.trim();
    match (reason.is_empty(), note.is_empty()) {
        (true, _) => note.to_string(),
        (false, true) => format!("Ikke relevant, fordi: {reason}"),
        (false, false) => format!("Ikke relevant, fordi: {reason}\n{note}"),
    }
}

/// The letter that names a column in tables: A–Z, then AA, AB, … as in a spreadsheet.
pub fn letter(column: usize) -> String {
    let mut n = column + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub use crate::number::decimal;
use crate::number::round1;

/// Said where a change would stand, when the columns are different teams.
pub const DIFFERENT_TEAMS: &str = "Forskellige teams: værdierne står side om side, uden ændring.";

/// The change of a guideline's average as people see it: the difference of the two averages
/// as they are shown (rounded), so the numbers on a line always add up. "+0,6 ↑", "−0,3 ↓",
/// "0,0 →"; empty when there is nothing to compare.
pub fn average_change(row: &GuidelineRow) -> String {
    // `change` is empty between different teams; `ends` alone would still find two values.
    let (Some(_), Some(((_, first), (_, last)))) = (row.change, row.ends()) else {
        return String::new();
    };
    change_between(first, last)
}

/// The change between two averages as people see them (each rounded first): "+0,6 ↑".
pub fn change_between(first: f64, last: f64) -> String {
    let d = round1(round1(last) - round1(first));
    if d > 0.0 {
        format!("+{} ↑", decimal(d))
    } else if d < 0.0 {
        format!("{} ↓", decimal(d))
    } else {
        "0,0 →".to_string()
    }
}

/// The change a view of some columns can show: with every column shown, from the first to the last with a
/// value; with only the first and the last shown, between those two or not at all, so a
/// change never comes from a column the reader cannot see.
pub fn shown_change(row: &GuidelineRow, shown: &[usize]) -> String {
    if shown.len() == row.averages.len() {
        return average_change(row);
    }
    match (shown.first(), shown.last()) {
        (Some(&a), Some(&b)) if row.change.is_some() => match (row.averages[a], row.averages[b]) {
            (Some(first), Some(last)) => change_between(first, last),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

/// "+2 ↑", "−1 ↓", "0 →" (a true minus sign, as in print); empty without a change.
pub fn level_change(change: Option<i16>) -> String {
    match change {
        Some(d) if d > 0 => format!("+{d} ↑"),
        Some(d) if d < 0 => format!("−{} ↓", d.unsigned_abs()),
        Some(_) => "0 →".to_string(),
        None => String::new(),
    }
}

/// A score in words: "3", "ikke relevant", "ved ikke", or "–" when unanswered.
pub fn score_text(score: Option<Score>) -> String {
    match score {
        Some(Score::Level(v)) => v.to_string(),
        Some(Score::Other(NonScore::NotRelevant)) => "ikke relevant".to_string(),
        Some(Score::Other(NonScore::Unknown)) => "ved ikke".to_string(),
        None => "–".to_string(),
    }
}

/// A bar of `cells` characters for a value on 0..=max, in half cells: "██▌░". Readable without
/// colour: the filled part is solid, the rest light shade.
pub fn bar(value: f64, max: u8, cells: usize) -> String {
    let max = f64::from(max.max(1));
    let halves = ((value.clamp(0.0, max) / max) * (cells * 2) as f64).round() as usize;
    let mut out = "█".repeat(halves / 2);
    if halves % 2 == 1 {
        out.push('▌');
    }
    let used = halves / 2 + halves % 2;
    out.push_str(&"░".repeat(cells.saturating_sub(used)));
    out
}

/// "A", "A og B", "A, B og C"; more than `max` columns become "12 vurderinger".
pub fn columns_text(columns: &[usize], max: usize) -> String {
    if columns.len() > max {
        return format!("{} vurderinger", columns.len());
    }
    let letters: Vec<String> = columns.iter().map(|&c| letter(c)).collect();
    match letters.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} og {last}", rest.join(", ")),
    }
}

/// Why a column's deck differs from the current one, for the column legend.
fn deck_note(c: &Comparison, column: &super::Column) -> Option<String> {
    if column.deck_matches {
        None
    } else if column.deck_edition != c.deck_edition {
        Some(format!(
            "lavet med kortsættet i udgave {}",
            crate::text::clean_line(&column.deck_edition)
        ))
    } else {
        Some("kortsættet er ændret siden".to_string())
    }
}

/// One of last time's actions followed up: "handling udført: 1 → 3 — Tjek ventetiden".
pub(crate) fn follow_up_text(f: &crate::compare::FollowUp) -> String {
    use crate::assessment::{NonScore, Score};
    let score = |s: Option<Score>| match s {
        Some(Score::Level(v)) => v.to_string(),
        Some(Score::Other(NonScore::Unknown)) => "?".to_string(),
        Some(Score::Other(NonScore::NotRelevant)) => "i.r.".to_string(),
        None => "–".to_string(),
    };
    let status = f
        .status
        .map_or(crate::strings::FOLLOWED_OPEN, |s| s.label());
    crate::strings::followed_up(status, &score(f.before), &score(f.after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_like_a_spreadsheet() {
        let got: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .iter()
            .map(|&i| letter(i))
            .collect();
        assert_eq!(
            got,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"].map(String::from)
        );
    }

    #[test]
    fn numbers_are_danish_with_sign_and_arrow() {
        assert_eq!(decimal(2.44), "2,4");
        assert_eq!(decimal(2.45), "2,5");
        assert_eq!(decimal(-0.04), "0,0", "no negative zero");
        assert_eq!(decimal(-0.3), "−0,3");
        assert_eq!(level_change(Some(2)), "+2 ↑");
        assert_eq!(level_change(Some(-1)), "−1 ↓");
        assert_eq!(level_change(Some(0)), "0 →");
        assert_eq!(level_change(None), "");
    }

    #[test]
    fn average_changes_add_up_to_what_is_shown() {
        let row = |averages: Vec<Option<f64>>| GuidelineRow {
            id: "2.1".into(),
            title: String::new(),
            short_title: String::new(),
            chosen: vec![true; averages.len()],
            averages,
            // Any value: the shown change is worked out from the shown averages. `None` means
            // the columns are different teams.
            change: Some(0.0),
            anvisninger: vec![],
        };
        // 2,44 is shown as 2,4 and 2,96 as 3,0: the change shown is +0,6, not +0,5.
        assert_eq!(average_change(&row(vec![Some(2.44), Some(2.96)])), "+0,6 ↑");
        assert_eq!(
            average_change(&row(vec![Some(3.0), None, Some(2.7)])),
            "−0,3 ↓"
        );
        assert_eq!(average_change(&row(vec![Some(2.0), Some(2.04)])), "0,0 →");
        assert_eq!(average_change(&row(vec![None, Some(2.0)])), "");
        let mut teams = row(vec![Some(1.0), Some(3.0)]);
        teams.change = None;
        assert_eq!(
            average_change(&teams),
            "",
            "no change between different teams"
        );
    }

    #[test]
    fn bars_fill_in_half_cells() {
        assert_eq!(bar(0.0, 4, 4), "░░░░");
        assert_eq!(bar(2.5, 4, 4), "██▌░");
        assert_eq!(bar(4.0, 4, 4), "████");
        assert_eq!(bar(9.0, 4, 4), "████", "clamped");
        assert_eq!(
            bar(2.0, 0, 4),
            "████",
            "a scale without levels does not divide by 0"
        );
    }

    #[test]
    fn column_lists_read_as_danish() {
        assert_eq!(columns_text(&[0], 6), "A");
        assert_eq!(columns_text(&[0, 2], 6), "A og C");
        assert_eq!(columns_text(&[0, 1, 2], 6), "A, B og C");
        assert_eq!(columns_text(&[0, 1, 2], 2), "3 vurderinger");
    }
}
