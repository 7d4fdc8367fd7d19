//! `refleks aggregate --format xlsx`: the overview as a workbook for Excel, a sheet per view (see
//! [`crate::xlsx`] for what every sheet has). Sheets: the teams × the guidelines (one row per
//! team or file, place beside the team), totals per municipality and for all, the anvisninger
//! by level, the legal duties not secured, the change from each team's previous assessment,
//! the mean per guideline year by year, every assessment of each team, the mean per principle,
//! and, when there are
//! any, the files that could not be read.

use super::{BEARING, FEW, file_name, total_label};
use crate::aggregate::{Overview, TeamsMean};
use crate::assessment::SECURED_LEVEL;
use crate::deck::Kind;
use rust_xlsxwriter::XlsxError;

use crate::xlsx::{Book, Cell, Sheet};

/// The workbook as bytes (tests, small overviews). Files are written with [`xlsx_to`].
pub fn xlsx(o: &Overview) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    xlsx_to(o, std::io::Cursor::new(&mut bytes)).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Writes the workbook to `w`, a row at a time (see [`Book`]).
pub fn xlsx_to<W: std::io::Write + Send>(o: &Overview, w: W) -> Result<(), XlsxError> {
    let mut book = Book::new();
    teams(&mut book, o)?;
    totals(&mut book, o)?;
    levels(&mut book, o)?;
    not_secured(&mut book, o)?;
    changes(&mut book, o)?;
    years(&mut book, o)?;
    course(&mut book, o)?;
    principles(&mut book, o)?;
    if !o.unreadable.is_empty() || !o.skipped.is_empty() {
        passed(&mut book, o)?;
    }
    book.save(w)
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Requirement => "lovkrav",
        Kind::Recommendation => "anbefaling",
    }
}

/// The guidelines' ids as column heads, each 6 characters wide.
fn guideline_columns<'a>(o: &'a Overview) -> impl Iterator<Item = (&'a str, f64)> + 'a {
    o.guidelines.iter().map(|g| (g.id.as_str(), 6.0))
}

fn teams(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let mut columns = vec![
        ("Team", 24.0),
        ("Sted", 20.0),
        ("Dato", 11.0),
        ("Vurderet", 9.0),
        ("I alt", 7.0),
    ];
    columns.extend(guideline_columns(o));
    columns.push(("Fil", 30.0));
    let mut sheet = Sheet::new("Teams og retningslinjer", &columns);
    sheet.frozen_columns = 2;
    let mut out = book.sheet(&sheet)?;
    for row in &o.rows {
        let mut cells = vec![
            Cell::text(&o.label(row)),
            Cell::text(&row.place),
            Cell::text(&row.created),
            Cell::text(&format!("{}/{}", row.answered, row.total)),
            Cell::mean(row.mean),
        ];
        cells.extend(row.cells.iter().map(|c| Cell::mean(c.mean)));
        cells.push(Cell::text(file_name(&row.file)));
        out.row(&cells)?;
    }
    sheet.notes.push(format!(
        "Gennemsnit pr. retningslinje, 0–{}; tom = intet niveau. I alt: alle teamets niveauer.",
        o.max_level
    ));
    out.end(&sheet.notes)
}

/// A mean across teams: "få" with `--anonym` under three teams, else the number.
fn teams_mean(o: &Overview, m: &TeamsMean) -> Cell {
    if o.anonymous && m.n < FEW && m.mean.is_some() {
        Cell::text("få")
    } else {
        Cell::mean(m.mean)
    }
}

fn totals(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let mut columns = vec![("Sted", 30.0), ("Teams", 7.0), ("I alt", 7.0)];
    columns.extend(guideline_columns(o));
    let mut sheet = Sheet::new("I alt pr. sted", &columns);
    sheet.frozen_columns = 1;
    let mut out = book.sheet(&sheet)?;
    for t in &o.totals {
        let mut cells = vec![
            Cell::text(&total_label(t)),
            Cell::count(t.teams),
            teams_mean(o, &t.mean),
        ];
        cells.extend(t.cells.iter().map(|c| teams_mean(o, c)));
        out.row(&cells)?;
    }
    sheet.notes.push(
        "Gennemsnittet af teamenes gennemsnit, hvert teams nyeste vurdering; et sted med ét \
         team har ingen række."
            .to_string(),
    );
    if o.anonymous {
        sheet.notes.push(format!(
            "»få«: færre end {FEW} teams; tallet vises ikke (--anonym)."
        ));
    }
    out.end(&sheet.notes)
}

fn levels(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let top = o.anvisninger.first().map_or(0, |a| a.levels.len());
    let heads: Vec<String> = (0..top).map(|l| format!("Niveau {l}")).collect();
    let mut columns = vec![("Anvisning", 10.0), ("Retningslinje", 12.0), ("Type", 11.0)];
    columns.extend(heads.iter().map(|h| (h.as_str(), 9.0)));
    columns.extend([
        ("Ikke relevant", 9.0),
        ("Ved ikke", 9.0),
        ("Ikke vurderet", 9.0),
        ("Anvisningen", 80.0),
    ]);
    let mut sheet = Sheet::new("Anvisninger pr. niveau", &columns);
    sheet.frozen_columns = 1;
    let mut out = book.sheet(&sheet)?;
    for a in &o.anvisninger {
        let mut cells = vec![
            Cell::text(&a.id),
            Cell::text(&a.guideline),
            Cell::text(kind(a.kind)),
        ];
        cells.extend(a.levels.iter().map(|&n| Cell::count(n)));
        cells.extend([
            Cell::count(a.not_relevant),
            Cell::count(a.unknown),
            Cell::count(a.unanswered),
            Cell::text(&a.text),
        ]);
        out.row(&cells)?;
    }
    sheet
        .notes
        .push("Antal teams på hvert niveau, hvert teams nyeste vurdering.".to_string());
    out.end(&sheet.notes)
}

fn not_secured(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let under = format!("Teams under {SECURED_LEVEL}");
    let mut sheet = Sheet::new(
        "Lovkrav ikke sikret",
        &[
            ("Anvisning", 10.0),
            ("Retningslinje", 12.0),
            (under.as_str(), 9.0),
            ("Teams i alt", 9.0),
            ("Uden niveau", 9.0),
            ("Anvisningen", 70.0),
            ("Hvilke teams", 60.0),
        ],
    );
    sheet.frozen_columns = 1;
    let mut out = book.sheet(&sheet)?;
    for n in &o.not_secured {
        out.row(&[
            Cell::text(&n.id),
            Cell::text(&n.guideline),
            Cell::count(n.below),
            Cell::count(n.of),
            Cell::count(n.without_level),
            Cell::text(&n.text),
            Cell::text(&o.not_secured_names(n).join(", ")),
        ])?;
    }
    sheet.notes.push(BEARING.to_string());
    out.end(&sheet.notes)
}

fn changes(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let mut columns = vec![
        ("Team", 24.0),
        ("Sted", 20.0),
        ("Forrige", 11.0),
        ("Dato", 11.0),
        ("I alt", 7.0),
    ];
    columns.extend(guideline_columns(o));
    let mut sheet = Sheet::new("Ændring", &columns);
    sheet.frozen_columns = 2;
    let mut out = book.sheet(&sheet)?;
    for row in &o.rows {
        let Some(p) = &row.previous else { continue };
        let mut cells = vec![
            Cell::text(&row.team),
            Cell::text(&row.place),
            Cell::text(&p.created),
            Cell::text(&row.created),
            Cell::mean(p.mean_change),
        ];
        cells.extend(p.change.iter().map(|d| Cell::mean(*d)));
        out.row(&cells)?;
    }
    sheet.notes.push(
        "Ændringen fra teamets forrige vurdering; hvert gennemsnit afrundet før de trækkes fra \
         hinanden."
            .to_string(),
    );
    out.end(&sheet.notes)
}

fn passed(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let sheet = Sheet::new(
        "Ikke læst",
        &[("Fil", 50.0), ("Hvorfor", 90.0), ("Læst", 16.0)],
    );
    let mut out = book.sheet(&sheet)?;
    for (list, what) in [
        (&o.unreadable, "kan ikke læses"),
        (&o.skipped, "sprunget over"),
    ] {
        for p in list {
            out.row(&[Cell::text(&p.file), Cell::text(&p.reason), Cell::text(what)])?;
        }
    }
    out.end(&sheet.notes)
}

fn years(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let mut columns = vec![("År", 7.0), ("Teams", 7.0), ("I alt", 7.0)];
    columns.extend(guideline_columns(o));
    let mut sheet = Sheet::new("Gennemsnit pr. år", &columns);
    sheet.frozen_columns = 1;
    let mut out = book.sheet(&sheet)?;
    for y in &o.course.years {
        let mut cells = vec![
            Cell::count(usize::from(y.year)),
            Cell::count(y.teams),
            teams_mean(o, &y.mean),
        ];
        cells.extend(y.cells.iter().map(|c| teams_mean(o, c)));
        out.row(&cells)?;
    }
    sheet.notes.push(
        "Hvert team tæller én gang pr. år: dets nyeste vurdering det år. Gennemsnittet af \
         teamenes gennemsnit."
            .to_string(),
    );
    out.end(&sheet.notes)
}

fn course(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let mut sheet = Sheet::new(
        "Teams over tid",
        &[
            ("Team", 24.0),
            ("Sted", 20.0),
            ("Dato", 11.0),
            ("Gennemsnit", 11.0),
        ],
    );
    sheet.frozen_columns = 1;
    let mut out = book.sheet(&sheet)?;
    for t in &o.course.teams {
        for (created, mean) in &t.points {
            out.row(&[
                Cell::text(&t.team),
                Cell::text(&t.place),
                Cell::text(created),
                Cell::mean(*mean),
            ])?;
        }
    }
    sheet
        .notes
        .push("Hver vurdering af hvert team; gennemsnittet over hele kortsættet.".to_string());
    out.end(&sheet.notes)
}

fn principles(book: &mut Book, o: &Overview) -> Result<(), XlsxError> {
    let heads: Vec<String> = o
        .principles
        .iter()
        .map(|(id, title)| format!("{id} {title}"))
        .collect();
    let mut columns = vec![("Team", 24.0), ("Sted", 20.0)];
    columns.extend(heads.iter().map(|h| (h.as_str(), 14.0)));
    let mut sheet = Sheet::new("Principper", &columns);
    sheet.frozen_columns = 2;
    let mut out = book.sheet(&sheet)?;
    for row in &o.rows {
        let mut cells = vec![Cell::text(&o.label(row)), Cell::text(&row.place)];
        cells.extend(row.principles.iter().map(|m| Cell::mean(*m)));
        out.row(&cells)?;
    }
    for t in &o.totals {
        let mut cells = vec![Cell::text(&total_label(t)), Cell::Empty];
        cells.extend(t.principles.iter().map(|m| teams_mean(o, m)));
        out.row(&cells)?;
    }
    sheet.notes.push(
        "Gennemsnittet af niveauerne på de kort, der hører under hvert princip; de sidste rækker \
         er i alt (teamenes gennemsnit)."
            .to_string(),
    );
    out.end(&sheet.notes)
}
