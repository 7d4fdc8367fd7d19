//! `refleks report --format xlsx`: one assessment as a workbook (see [`crate::xlsx`]): the
//! anvisninger with the CSV's columns (the score a number), the guidelines with their means,
//! and the actions.

use super::content::{Content, status_text};
use super::csv::{CSV_COLUMNS, rows};
use crate::xlsx::{Cell, Sheet, workbook};

/// Column widths of [`CSV_COLUMNS`], in characters.
const WIDTHS: [f64; 13] = [
    12.0, 10.0, 11.0, 7.0, 14.0, 30.0, 50.0, 7.0, 70.0, 24.0, 10.0, 9.0, 40.0,
];
/// The score's column in [`CSV_COLUMNS`]: a number in the workbook.
const SCORE: usize = 3;

pub(crate) fn render(c: &Content) -> Result<Vec<u8>, String> {
    let columns: Vec<(&str, f64)> = CSV_COLUMNS.iter().copied().zip(WIDTHS).collect();
    let mut anvisninger = Sheet::new("Anvisninger", &columns);
    anvisninger.frozen_columns = 2;
    for fields in rows(c) {
        anvisninger.rows.push(
            fields
                .iter()
                .enumerate()
                .map(|(i, f)| match f.parse::<u8>() {
                    Ok(v) if i == SCORE => Cell::count(usize::from(v)),
                    _ if f.is_empty() => Cell::Empty,
                    _ => Cell::text(f),
                })
                .collect(),
        );
    }

    let mut guidelines = Sheet::new(
        "Retningslinjer",
        &[
            ("Retningslinje", 12.0),
            ("Titel", 50.0),
            ("Gennemsnit", 11.0),
            ("Vurderet", 9.0),
            ("Anvisninger", 11.0),
            ("Ikke relevant", 9.0),
            ("Ved ikke", 9.0),
        ],
    );
    guidelines.frozen_columns = 1;
    for g in &c.summary.guidelines {
        guidelines.rows.push(vec![
            Cell::text(&g.id),
            Cell::text(&g.title),
            Cell::mean(g.average),
            Cell::count(g.answered),
            Cell::count(g.total),
            Cell::count(g.not_relevant),
            Cell::count(g.unknown),
        ]);
    }
    guidelines.notes.push(
        "Gennemsnittet af niveauerne; ikke relevant og ved ikke tælles ikke med.".to_string(),
    );

    let mut actions = Sheet::new(
        "Handlinger",
        &[
            ("Anvisning", 10.0),
            ("Hvad", 60.0),
            ("Hvem", 20.0),
            ("Frist", 11.0),
            ("Status", 16.0),
        ],
    );
    for x in &c.actions {
        let a = x.action;
        actions.rows.push(vec![
            Cell::text(&a.anvisning),
            Cell::text(&a.what),
            Cell::text(&a.who),
            Cell::text(&a.due),
            Cell::text(&status_text(a)),
        ]);
    }
    workbook(&[anvisninger, guidelines, actions])
}
