//! `refleks aggregate --format csv`: long format, one row per row of the overview × guideline,
//! so a pivot table can put teams, places or guidelines on either axis. The dialect is the one
//! of every export: see [`crate::csv`].
//!
//! Columns ([`COLUMNS`]): `team`, `sted` (the folder), `dato` (created), `fil`, `retningslinje`
//! (id), `gennemsnit` (one decimal, decimal comma, empty without a level), `med_niveau`
//! (anvisninger in the mean), `anvisninger` (on the card), `lovkrav_under_3`, `ændring` (from
//! the team's previous assessment, empty without one) and `problem`. A file that cannot be read
//! is one row with only `fil` and `problem`; a skipped file likewise, its reason in `problem`.

use super::Out;
use crate::aggregate::{Overview, rounded};
use crate::csv::{record, text};

pub const COLUMNS: [&str; 11] = [
    "team",
    "sted",
    "dato",
    "fil",
    "retningslinje",
    "gennemsnit",
    "med_niveau",
    "anvisninger",
    "lovkrav_under_3",
    "ændring",
    "problem",
];

/// A number Excel reads as one in Danish: "2,4", "-0,3" (an ASCII minus, not the typeset one).
fn number(v: f64) -> String {
    format!("{:.1}", rounded(v)).replace('.', ",")
}

/// Written a record at a time: `line` is the one buffer.
pub(super) fn csv(out: &mut Out<'_>, o: &Overview) {
    let mut line = String::from(crate::csv::BOM);
    record(&mut line, COLUMNS);
    out.push_str(&line);
    for row in &o.rows {
        for (g, (head, cell)) in o.guidelines.iter().zip(&row.cells).enumerate() {
            let change = row
                .previous
                .as_ref()
                .and_then(|p| p.change[g])
                .map_or(String::new(), number);
            line.clear();
            record(
                &mut line,
                [
                    text(&row.team),
                    text(&row.place),
                    text(&row.created),
                    text(&row.file),
                    text(&head.id),
                    cell.mean.map_or(String::new(), number),
                    cell.scored.to_string(),
                    cell.of.to_string(),
                    cell.below.to_string(),
                    change,
                    String::new(),
                ],
            );
            out.push_str(&line);
        }
    }
    for p in o.unreadable.iter().chain(&o.skipped) {
        let mut fields = vec![String::new(); COLUMNS.len()];
        fields[3] = text(&p.file);
        fields[10] = text(&p.reason);
        line.clear();
        record(&mut line, fields);
        out.push_str(&line);
    }
}
