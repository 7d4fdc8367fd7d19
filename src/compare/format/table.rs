//! `refleks compare --format table`: for the terminal, at most 80 columns wide. Two or three
//! assessments are shown side by side; with more, the first and the last (and it says so).

use super::{
    DIFFERENT_TEAMS, bar, columns_text, decimal, deck_note, letter, level_change, score_text,
    shown_change,
};
use crate::assessment::SECURED_LEVEL;
use crate::compare::{Cell, Comparison, GuidelineRow, Movement};
use crate::text::{clean_line, truncate};

const WIDTH: usize = 80;
/// "3.12  "
const ID: usize = 6;
/// "  2,4 ██▌░" or "ikke valgt".
const CELL: usize = 10;
const BAR: usize = 4;
const GAP: usize = 2;
/// "+0,6 ↑"
const CHANGE: usize = 7;
/// More columns than this and the table shows the first and the last.
const MAX_SIDE_BY_SIDE: usize = 3;
/// Longest list of column letters written out in a sentence.
const MAX_NAMED: usize = 6;

pub fn table(c: &Comparison) -> String {
    let mut out = Lines::default();
    header(&mut out, c);
    guidelines(&mut out, c);
    if c.same_team {
        movements(&mut out, c, "Steget", &c.rose);
        movements(&mut out, c, "Faldet", &c.fell);
    }
    still_below(&mut out, c);
    followed(&mut out, c);
    unmatched(&mut out, c);
    out.blank();
    out.push("Noter og alle anvisninger side om side: brug --format md.".to_string());
    out.0
}

/// Lines that never pass 80 columns and never end in spaces.
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn push(&mut self, line: String) {
        self.0.push_str(truncate(&line, WIDTH).trim_end());
        self.0.push('\n');
    }

    fn blank(&mut self) {
        self.0.push('\n');
    }
}

fn header(out: &mut Lines, c: &Comparison) {
    out.push(format!("Sammenligning af {} vurderinger", c.columns.len()));
    out.push(format!(
        "Kortsæt: {}, udgave {}",
        clean_line(&c.deck_name),
        clean_line(&c.deck_edition)
    ));
    out.blank();
    let letters = letter(c.columns.len().saturating_sub(1)).len();
    for (i, column) in c.columns.iter().enumerate() {
        let note = deck_note(c, column).map_or(String::new(), |n| format!(" ({n})"));
        // The note matters more than the end of a long label: cut the label, keep the note.
        let room = WIDTH.saturating_sub(2 + letters + 2 + note.chars().count());
        out.push(format!(
            "  {:<letters$}  {}{note}",
            letter(i),
            truncate(&clean_line(&column.label), room)
        ));
    }
    if c.columns.iter().any(|x| !x.deck_matches) {
        out.push(
            "  Svar på anvisninger, som kortsættet ikke har, står under »Uden match«.".to_string(),
        );
    }
}

/// The columns the guideline table has room for.
fn shown(c: &Comparison) -> Vec<usize> {
    let n = c.columns.len();
    if n > MAX_SIDE_BY_SIDE {
        vec![0, n - 1]
    } else {
        (0..n).collect()
    }
}

fn guidelines(out: &mut Lines, c: &Comparison) {
    let shown = shown(c);
    out.blank();
    out.push(format!(
        "Gennemsnit pr. retningslinje (0–{}; ikke relevant og ved ikke tæller ikke med)",
        c.max_level
    ));
    if shown.len() < c.columns.len() {
        let last = letter(c.columns.len() - 1);
        out.push(format!(
            "Tabellen viser den første (A) og den sidste ({last}) af {} vurderinger;",
            c.columns.len()
        ));
        out.push("alle står med --format md, csv eller json.".to_string());
    }
    if !c.same_team {
        out.push(DIFFERENT_TEAMS.to_string());
    } else if shown.len() < c.columns.len() {
        out.push(format!(
            "Ændringen går fra A til {}, når begge har en værdi.",
            letter(c.columns.len() - 1)
        ));
    } else {
        out.push("Ændringen går fra den første til den sidste vurdering med en værdi.".to_string());
    }
    out.blank();

    let change_width = if c.same_team { GAP + CHANGE } else { 0 };
    let title = WIDTH - ID - shown.len() * (GAP + CELL) - change_width;
    let mut head = format!("{:<ID$}{:<title$}", "Id", "Retningslinje");
    for &col in &shown {
        // The letter stands over the last digit of the value.
        head.push_str(&format!("{:GAP$}{:>5}{:5}", "", letter(col), ""));
    }
    if c.same_team {
        head.push_str(&format!("{:GAP$}Ændring", ""));
    }
    out.push(head);
    for row in &c.guidelines {
        let mut line = format!(
            "{:<ID$}{:<title$}",
            clean_line(&row.id),
            truncate(&clean_line(&row.short_title), title - 1)
        );
        for &col in &shown {
            line.push_str(&format!("{:GAP$}{:>CELL$}", "", cell(c, row, col)));
        }
        if c.same_team {
            line.push_str(&format!("{:GAP$}{}", "", shown_change(row, &shown)));
        }
        out.push(line);
    }
}

/// "2,4 ██▌░", "–" for no level, "ikke valgt" for a card the assessment did not choose.
fn cell(c: &Comparison, row: &GuidelineRow, col: usize) -> String {
    match row.averages[col] {
        Some(avg) => format!("{:>3} {}", decimal(avg), bar(avg, c.max_level, BAR)),
        None if !row.chosen[col] => "ikke valgt".to_string(),
        None => format!("{:>3} {:BAR$}", "–", ""),
    }
}

fn movements(out: &mut Lines, c: &Comparison, heading: &str, all: &[Movement]) {
    // Only moves between columns the table shows: with more than three files, from A to the
    // last. The others are in the other formats, and the table says how many.
    let shown = shown(c);
    let (first, last) = (shown[0], shown[shown.len() - 1]);
    let list: Vec<&Movement> = all
        .iter()
        .filter(|m| shown.len() == c.columns.len() || (m.from_column, m.to_column) == (first, last))
        .collect();
    out.blank();
    out.push(format!("{heading} ({})", list.len()));
    let hidden = all.len() - list.len();
    if hidden > 0 {
        out.push(format!(
            "  {hidden} mere mellem vurderinger, tabellen ikke viser: brug --format md."
        ));
    }
    if list.is_empty() {
        if hidden == 0 {
            out.push("  Ingen.".to_string());
        }
        return;
    }
    // With two columns "1 → 3" says it all; with more, say which columns.
    let from_to = |m: &Movement| {
        if c.columns.len() > 2 {
            format!(
                "{} {} → {} {}",
                letter(m.from_column),
                m.from,
                letter(m.to_column),
                m.to
            )
        } else {
            format!("{} → {}", m.from, m.to)
        }
    };
    let width = list
        .iter()
        .map(|m| from_to(m).chars().count())
        .max()
        .unwrap_or(0);
    for m in list {
        let lead = format!(
            "  {:<8} {:<12} {:<width$}  {:<5} ",
            clean_line(&m.anvisning),
            format!("[{}]", m.kind.badge()),
            from_to(m),
            level_change(Some(m.change)),
        );
        out.push(with_text(lead, &m.text));
    }
}

fn still_below(out: &mut Lines, c: &Comparison) {
    out.blank();
    out.push(format!(
        "Lovkrav {}under {SECURED_LEVEL} ({})",
        if c.same_team { "stadig " } else { "" },
        c.still_below.len()
    ));
    if c.still_below.is_empty() {
        out.push("  Ingen.".to_string());
        return;
    }
    let width = letter(c.columns.len().saturating_sub(1)).len();
    for b in &c.still_below {
        let lead = format!(
            "  {:<8} {} ({:>width$})  ",
            clean_line(&b.anvisning),
            b.level,
            letter(b.column)
        );
        out.push(with_text(lead, &b.text));
    }
}

/// Last time's actions: how far each got and the score before → after.
fn followed(out: &mut Lines, c: &Comparison) {
    if c.followed.is_empty() {
        return;
    }
    out.blank();
    out.push(format!(
        "{} ({})",
        crate::strings::FOLLOWED_TITLE,
        c.followed.len()
    ));
    for f in &c.followed {
        let lead = format!(
            "  {:<8} {}  ",
            clean_line(&f.anvisning),
            super::follow_up_text(f)
        );
        out.push(with_text(lead, &f.what));
    }
}

fn unmatched(out: &mut Lines, c: &Comparison) {
    let u = &c.unmatched;
    out.blank();
    out.push(format!(
        "Uden match ({})",
        u.not_in_deck.len() + u.not_chosen.len()
    ));
    if u.not_in_deck.is_empty() && u.not_chosen.is_empty() {
        out.push("  Ingen.".to_string());
        return;
    }
    if !u.not_in_deck.is_empty() {
        out.push("  Findes ikke i kortsættet (svarene er bevaret i filerne):".to_string());
        for o in &u.not_in_deck {
            out.push(format!(
                "    {:<9} {}",
                clean_line(&o.id),
                answered_in(&o.cells)
            ));
        }
    }
    if !u.not_chosen.is_empty() {
        out.push("  Kort, der ikke er valgt i alle vurderinger:".to_string());
        for n in &u.not_chosen {
            let title = c
                .guidelines
                .iter()
                .find(|g| g.id == n.guideline)
                .map_or(String::new(), |g| {
                    format!(" {}", clean_line(&g.short_title))
                });
            let count = n.anvisninger.len();
            let noun = if count == 1 {
                "anvisning"
            } else {
                "anvisninger"
            };
            let head = format!("    {}{title}", clean_line(&n.guideline));
            out.push(format!("{}:", truncate(&head, WIDTH - 1)));
            out.push(format!(
                "      {count} {noun} vurderet i {}; kortet er ikke valgt i {}",
                columns_text(&n.scored_in, MAX_NAMED),
                columns_text(&n.not_chosen_in, MAX_NAMED)
            ));
        }
    }
}

/// "A: 2 · B: ved ikke": the columns that hold an answer, the first few of them.
fn answered_in(cells: &[Cell]) -> String {
    let answered: Vec<String> = cells
        .iter()
        .enumerate()
        .filter(|(_, cell)| !cell.is_empty())
        .map(|(i, cell)| format!("{}: {}", letter(i), score_text(cell.score)))
        .collect();
    if answered.len() > MAX_NAMED {
        let rest = answered.len() - MAX_NAMED;
        format!("{} · og {rest} flere", answered[..MAX_NAMED].join(" · "))
    } else {
        answered.join(" · ")
    }
}

/// A lead followed by as much of an anvisning's text as fits the line.
fn with_text(lead: String, text: &str) -> String {
    let room = WIDTH.saturating_sub(lead.chars().count());
    format!("{lead}{}", truncate(&clean_line(text), room))
}
