//! `refleks compare --format md`: the table's content for every column, grouped bars per
//! guideline, and per anvisning every side's score and notes. Text from the files is escaped so
//! a note cannot break a table or start a heading.

use super::{
    DIFFERENT_TEAMS, average_change, bar, columns_text, decimal, letter, level_change, score_text,
};
use crate::assessment::SECURED_LEVEL;
use crate::compare::{AnvisningRow, Cell, Comparison, Movement};
use crate::deck::Kind;
use crate::text::{clean_line, clean_text};

/// Cells in a bar of the grouped-bar chart.
const BAR: usize = 20;
/// More columns than this are counted, not named, in sentences.
const MAX_NAMED: usize = 12;

pub fn markdown(c: &Comparison) -> String {
    let mut out = String::new();
    header(&mut out, c);
    guidelines(&mut out, c);
    bars(&mut out, c);
    if c.same_team {
        movements(&mut out, "Steget", &c.rose);
        movements(&mut out, "Faldet", &c.fell);
    }
    still_below(&mut out, c);
    followed(&mut out, c);
    unmatched(&mut out, c);
    anvisninger(&mut out, c);
    out
}

/// Last time's actions: how far each got and the score before → after.
fn followed(out: &mut String, c: &Comparison) {
    if c.followed.is_empty() {
        return;
    }
    out.push_str(&format!(
        "\n## {} ({})\n\n",
        crate::strings::FOLLOWED_TITLE,
        c.followed.len()
    ));
    for f in &c.followed {
        out.push_str(&format!(
            "- **{}**: {} — {}\n",
            inline(&f.anvisning),
            super::follow_up_text(f),
            inline(&f.what)
        ));
    }
}

fn header(out: &mut String, c: &Comparison) {
    out.push_str("# Sammenligning af vurderinger\n\n");
    out.push_str(&format!(
        "Kortsæt: {}, udgave {}.\n\n",
        inline(&c.deck_name),
        inline(&c.deck_edition)
    ));
    out.push_str("| | Vurdering | Team | Oprettet | Sidst ændret | Kortsæt |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for (i, column) in c.columns.iter().enumerate() {
        let edition = format!("udgave {}", inline(&column.deck_edition));
        let deck = if column.deck_matches {
            edition
        } else if column.deck_edition != c.deck_edition {
            format!("{edition} (ikke den nuværende)")
        } else {
            format!("{edition} (kortsættet er ændret siden)")
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {deck} |\n",
            letter(i),
            inline(&column.label),
            inline(&column.team),
            inline(&column.created),
            inline(&column.updated),
        ));
    }
    if c.columns.iter().any(|x| !x.deck_matches) {
        out.push_str("\nSvar på anvisninger, som kortsættet ikke har, står under *Uden match*.\n");
    }
    if c.same_team {
        out.push_str("\nÆndringen går fra den første til den sidste vurdering, der har en værdi.");
    } else {
        out.push_str(&format!("\n{DIFFERENT_TEAMS}"));
    }
    out.push_str(
        " *Ikke relevant* og *ved ikke* tæller ikke med i gennemsnittene; *ved ikke* tæller \
         aldrig som 0.\n",
    );
}

/// "| A | B | … |" and the alignment row, after `first` leading columns.
fn column_heads(out: &mut String, c: &Comparison, first: &[&str]) {
    out.push('|');
    for name in first {
        out.push_str(&format!(" {name} |"));
    }
    for i in 0..c.columns.len() {
        out.push_str(&format!(" {} |", letter(i)));
    }
    out.push_str(if c.same_team { " Ændring |\n|" } else { "\n|" });
    out.push_str(&"---|".repeat(first.len()));
    out.push_str(&"--:|".repeat(c.columns.len()));
    out.push_str(if c.same_team { "---|\n" } else { "\n" });
}

fn guidelines(out: &mut String, c: &Comparison) {
    out.push_str(&format!(
        "\n## Gennemsnit pr. retningslinje (0–{})\n\n",
        c.max_level
    ));
    column_heads(out, c, &["Retningslinje"]);
    for row in &c.guidelines {
        out.push_str(&format!(
            "| {} {} |",
            inline(&row.id),
            inline(&row.short_title)
        ));
        for (col, average) in row.averages.iter().enumerate() {
            let value = match average {
                Some(v) => decimal(*v),
                None if !row.chosen[col] => "ikke valgt".to_string(),
                None => "–".to_string(),
            };
            out.push_str(&format!(" {value} |"));
        }
        if c.same_team {
            out.push_str(&format!(" {} |", average_change(row)));
        }
        out.push('\n');
    }
}

/// Grouped bars: per guideline one bar per column, in a code block so they line up.
fn bars(out: &mut String, c: &Comparison) {
    out.push_str(&format!(
        "\n## Søjler pr. retningslinje\n\nHver søjle går fra 0 til {}; █ er opnået, ░ er resten.\n\n```text\n",
        c.max_level
    ));
    let width = letter(c.columns.len().saturating_sub(1)).len();
    for (i, row) in c.guidelines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!(
            "{} {}\n",
            clean_line(&row.id),
            clean_line(&row.short_title)
        ));
        for (col, average) in row.averages.iter().enumerate() {
            let shown = match average {
                Some(v) => format!("{} {}", bar(*v, c.max_level, BAR), decimal(*v)),
                None if !row.chosen[col] => "(kortet er ikke valgt)".to_string(),
                None => "(ingen vurdering)".to_string(),
            };
            out.push_str(&format!("  {:<width$}  {shown}\n", letter(col)));
        }
    }
    out.push_str("```\n");
}

fn movements(out: &mut String, heading: &str, list: &[Movement]) {
    out.push_str(&format!("\n## {heading} ({})\n\n", list.len()));
    if list.is_empty() {
        out.push_str("Ingen.\n");
        return;
    }
    for m in list {
        out.push_str(&format!(
            "- **{}** {}: {} {} → {} {}, {} — {}\n",
            inline(&m.anvisning),
            kind(m.kind),
            letter(m.from_column),
            m.from,
            letter(m.to_column),
            m.to,
            level_change(Some(m.change)),
            inline(&m.text)
        ));
    }
}

fn still_below(out: &mut String, c: &Comparison) {
    out.push_str(&format!(
        "\n## Lovkrav {}under {SECURED_LEVEL} ({})\n\n",
        if c.same_team { "stadig " } else { "" },
        c.still_below.len()
    ));
    if c.still_below.is_empty() {
        out.push_str("Ingen.\n");
        return;
    }
    for b in &c.still_below {
        out.push_str(&format!(
            "- **{}**: {} i {} — {}\n",
            inline(&b.anvisning),
            b.level,
            letter(b.column),
            inline(&b.text)
        ));
    }
}

fn unmatched(out: &mut String, c: &Comparison) {
    let u = &c.unmatched;
    out.push_str(&format!(
        "\n## Uden match ({})\n\n",
        u.not_in_deck.len() + u.not_chosen.len()
    ));
    if u.not_in_deck.is_empty() && u.not_chosen.is_empty() {
        out.push_str("Ingen.\n");
        return;
    }
    if !u.not_in_deck.is_empty() {
        out.push_str(
            "### Findes ikke i kortsættet\n\nSvarene er bevaret i filerne. De er lavet med en \
             anden udgave af kortsættet, eller id'et er rettet i hånden.\n\n",
        );
        column_heads(out, c, &["Anvisning"]);
        for o in &u.not_in_deck {
            out.push_str(&format!("| {} |", inline(&o.id)));
            for cell in &o.cells {
                out.push_str(&format!(" {} |", inline(&score_text(cell.score))));
            }
            // An empty change cell, where the table has one.
            out.push_str(if c.same_team { " |\n" } else { "\n" });
        }
        for o in &u.not_in_deck {
            notes(out, c, &o.id, &o.cells);
        }
    }
    if !u.not_chosen.is_empty() {
        if !u.not_in_deck.is_empty() {
            out.push('\n');
        }
        out.push_str("### Kort, der ikke er valgt i alle vurderinger\n\n");
        for n in &u.not_chosen {
            out.push_str(&format!(
                "- **{}**: {} vurderet i {}; kortet er ikke valgt i {}.\n",
                inline(&n.guideline),
                n.anvisninger
                    .iter()
                    .map(|id| inline(id))
                    .collect::<Vec<_>>()
                    .join(", "),
                columns_text(&n.scored_in, MAX_NAMED),
                columns_text(&n.not_chosen_in, MAX_NAMED)
            ));
        }
    }
}

fn anvisninger(out: &mut String, c: &Comparison) {
    out.push_str("\n## Anvisninger\n");
    for row in &c.guidelines {
        out.push_str(&format!(
            "\n### {} {}\n\n",
            inline(&row.id),
            inline(&row.title)
        ));
        column_heads(out, c, &["Anvisning", "Type"]);
        for x in &row.anvisninger {
            out.push_str(&format!("| {} | {} |", inline(&x.id), kind(x.kind)));
            for (col, cell) in x.cells.iter().enumerate() {
                let score = match cell.score {
                    None if !row.chosen[col] => "ikke valgt".to_string(),
                    score => score_text(score),
                };
                let focus = if cell.focus { " ◆" } else { "" };
                out.push_str(&format!(" {}{focus} |", inline(&score)));
            }
            if c.same_team {
                out.push_str(&format!(" {} |", level_change(x.change)));
            }
            out.push('\n');
        }
        if row
            .anvisninger
            .iter()
            .any(|x| x.cells.iter().any(|cell| cell.focus))
        {
            out.push_str("\n◆ = fokusområde.\n");
        }
        for x in &row.anvisninger {
            anvisning_text_and_notes(out, c, x);
        }
    }
}

/// The anvisning's text and every side's reason and note, when any side wrote one.
fn anvisning_text_and_notes(out: &mut String, c: &Comparison, x: &AnvisningRow) {
    if x.cells
        .iter()
        .all(|cell| cell.note.trim().is_empty() && cell.reason.trim().is_empty())
    {
        return;
    }
    out.push_str(&format!("\n**{}** {}\n\n", inline(&x.id), inline(&x.text)));
    for (col, cell) in x.cells.iter().enumerate() {
        side(out, c, col, cell);
    }
}

/// Notes of an answer the deck does not have.
fn notes(out: &mut String, c: &Comparison, id: &str, cells: &[Cell]) {
    if cells
        .iter()
        .all(|cell| cell.note.trim().is_empty() && cell.reason.trim().is_empty())
    {
        return;
    }
    out.push_str(&format!("\n**{}**\n\n", inline(id)));
    for (col, cell) in cells.iter().enumerate() {
        side(out, c, col, cell);
    }
}

/// "- A (Team Nord 2025-11-18): *ikke relevant:* reason. The note …"
fn side(out: &mut String, c: &Comparison, col: usize, cell: &Cell) {
    let reason = cell.reason.trim();
    let note = cell.note.trim();
    if reason.is_empty() && note.is_empty() {
        return;
    }
    out.push_str(&format!(
        "- {} ({}):",
        letter(col),
        inline(&c.columns[col].label)
    ));
    if !reason.is_empty() {
        out.push_str(&format!(" *Ikke relevant, fordi:* {}", block(reason)));
    }
    if !note.is_empty() {
        out.push_str(&format!(" {}", block(note)));
    }
    out.push('\n');
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Requirement => "lovkrav",
        Kind::Recommendation => "anbefaling",
    }
}

/// One line of text from a file, safe in a table cell or a sentence: cleaned, line breaks as
/// spaces, Markdown's active characters escaped.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in clean_line(s).chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Several lines of text inside a list item: each line escaped like [`inline`], continuation
/// lines indented under the item, and anything that would start a block at a line's start
/// (a list, a numbered list, a heading underline) escaped.
fn block(s: &str) -> String {
    clean_text(s)
        .lines()
        .map(|line| {
            let line = inline(line.trim());
            let starts_block = line.starts_with(['-', '+', '='])
                || line
                    .find(|ch: char| !ch.is_ascii_digit())
                    .is_some_and(|i| i > 0 && line[i..].starts_with(['.', ')']));
            if starts_block {
                let digits = line.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(0);
                format!("{}\\{}", &line[..digits], &line[digits..])
            } else {
                line
            }
        })
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_cannot_break_tables_or_start_blocks() {
        assert_eq!(inline("a | b\nc"), "a \\| b c");
        assert_eq!(inline("<script>"), "\\<script\\>");
        assert_eq!(
            block("Første linje\n# ikke en overskrift\n- ikke et punkt\n2. ikke nummereret"),
            "Første linje\n  \\# ikke en overskrift\n  \\- ikke et punkt\n  2\\. ikke nummereret"
        );
        assert_eq!(block("\u{1b}[31mrød"), "\u{FFFD}\\[31mrød");
    }
}
