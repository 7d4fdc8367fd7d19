//! `refleks compare --format xlsx`: the comparison as a workbook (see [`crate::xlsx`]): the
//! guidelines' means per assessment, and every anvisning with a level column and a note column
//! per assessment, as the CSV has them. Levels and means are numbers; ids are text.

use super::letter;
use crate::assessment::{NonScore, Score};
use crate::compare::{Cell as Answer, Comparison};
use crate::deck::Kind;
use crate::xlsx::{Cell, Sheet, workbook};

pub fn xlsx(c: &Comparison) -> Result<Vec<u8>, String> {
    let labels: Vec<String> = c
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| format!("{}: {}", letter(i), col.label))
        .collect();

    let mut heads: Vec<(&str, f64)> = vec![("Retningslinje", 12.0), ("Titel", 40.0)];
    heads.extend(labels.iter().map(|l| (l.as_str(), 14.0)));
    if c.same_team {
        heads.push(("Ændring", 9.0));
    }
    let mut guidelines = Sheet::new("Retningslinjer", &heads);
    guidelines.frozen_columns = 1;
    for g in &c.guidelines {
        let mut row = vec![Cell::text(&g.id), Cell::text(&g.title)];
        row.extend(g.averages.iter().map(|&m| Cell::mean(m)));
        if c.same_team {
            row.push(Cell::mean(g.change));
        }
        guidelines.rows.push(row);
    }

    let notes: Vec<String> = (0..c.columns.len())
        .map(|i| format!("Note {}", letter(i)))
        .collect();
    let mut heads: Vec<(&str, f64)> =
        vec![("Retningslinje", 12.0), ("Anvisning", 10.0), ("Type", 11.0)];
    heads.extend(labels.iter().map(|l| (l.as_str(), 14.0)));
    if c.same_team {
        heads.push(("Ændring", 9.0));
    }
    heads.extend(notes.iter().map(|n| (n.as_str(), 40.0)));
    heads.push(("Anvisningen", 70.0));
    let mut anvisninger = Sheet::new("Anvisninger", &heads);
    anvisninger.frozen_columns = 2;
    for g in &c.guidelines {
        for x in &g.anvisninger {
            let kind = match x.kind {
                Kind::Requirement => "lovkrav",
                Kind::Recommendation => "anbefaling",
            };
            let change = c
                .same_team
                .then(|| x.change.map_or(Cell::Empty, |d| Cell::Count(f64::from(d))));
            anvisninger
                .rows
                .push(row(&g.id, &x.id, kind, &x.cells, change, &x.text));
        }
    }
    for o in &c.unmatched.not_in_deck {
        let change = c.same_team.then_some(Cell::Empty);
        anvisninger.rows.push(row(
            "",
            &o.id,
            "findes ikke i kortsættet",
            &o.cells,
            change,
            "",
        ));
    }
    workbook(&[guidelines, anvisninger])
}

fn row(
    guideline: &str,
    id: &str,
    kind: &str,
    cells: &[Answer],
    change: Option<Cell>,
    text: &str,
) -> Vec<Cell> {
    let mut row = vec![Cell::text(guideline), Cell::text(id), Cell::text(kind)];
    row.extend(cells.iter().map(|a| match a.score {
        Some(Score::Level(v)) => Cell::count(usize::from(v)),
        Some(Score::Other(NonScore::NotRelevant)) => Cell::text("ikke relevant"),
        Some(Score::Other(NonScore::Unknown)) => Cell::text("ved ikke"),
        None => Cell::Empty,
    }));
    row.extend(change);
    row.extend(
        cells
            .iter()
            .map(|a| Cell::text(&super::note_with_reason(a))),
    );
    row.push(Cell::text(text));
    row
}
