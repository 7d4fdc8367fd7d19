//! `refleks aggregate --format table`: fits 100 columns. The heatmap has one 4-character column
//! per guideline with its id as the head (ids longer than three characters lose their chapter:
//! ".10" under 3.10, said in a note), so 20 guidelines and a 19-character team label fit.

use super::{
    TOP_FOCUS, change_text, column_head, file_name, headline, mean_text, not_secured_text,
    rows_note, teams_text,
};
use crate::aggregate::{Overview, Row};
use crate::deck::Kind;
use crate::text::{clean_line, truncate};

pub const WIDTH: usize = 100;
const LABEL: usize = 20;
const CELL: usize = 4;

pub fn table(o: &Overview) -> String {
    let mut out = String::new();
    out.push_str(&headline(o));
    out.push('\n');
    out.push_str(&format!(
        "{} · udgave {}\n",
        truncate(&clean_line(&o.deck_name), WIDTH - 20),
        truncate(&clean_line(&o.deck_edition), 12)
    ));
    out.push_str(rows_note(o));
    out.push('\n');
    if o.rows.is_empty() {
        out.push_str("\nDer er ingen vurderinger at vise.\n");
    } else {
        teams(&mut out, o);
        heatmap(&mut out, o);
        changes(&mut out, o);
        not_secured(&mut out, o);
        focus(&mut out, o);
        counts(&mut out, o);
    }
    passed(&mut out, o);
    out
}

fn section(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(title);
    out.push('\n');
}

fn teams(out: &mut String, o: &Overview) {
    section(out, "Teams");
    let line = format!(
        "{:>3}  {:<18}  {:<14}  {:<10}  {:>8}  {:<10}  Fil",
        "Nr", "Team", "Sted", "Dato", "Vurderet", "Forrige"
    );
    out.push_str(&line);
    out.push('\n');
    let used = line.chars().count() - 3;
    let mut changed_deck = false;
    for (i, row) in o.rows.iter().enumerate() {
        let mark = if row.deck_matches {
            ""
        } else {
            changed_deck = true;
            " *"
        };
        let file = format!("{}{mark}", clean_line(file_name(&row.file)));
        let line = format!(
            "{:>3}  {:<18}  {:<14}  {:<10}  {:>8}  {:<10}  {}",
            i + 1,
            truncate(&clean_line(&row.team), 18),
            truncate(&clean_line(&row.place), 14),
            truncate(&clean_line(&row.created), 10),
            format!("{}/{}", row.answered, row.total),
            row.previous
                .as_ref()
                .map_or("–".to_string(), |p| truncate(&clean_line(&p.created), 10)),
            truncate(&file, WIDTH - used),
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if changed_deck {
        out.push_str("* lavet med en anden udgave af kortsættet end den, der bruges nu.\n");
    }
}

fn heatmap(out: &mut String, o: &Overview) {
    let per_block = (WIDTH - LABEL) / CELL;
    section(
        out,
        &format!(
            "Gennemsnit pr. retningslinje (0–{}; – = intet niveau)",
            o.max_level
        ),
    );
    let mut shortened = Vec::new();
    for (b, block) in o.guidelines.chunks(per_block).enumerate() {
        if b > 0 {
            out.push('\n');
        }
        let start = b * per_block;
        let mut line = format!("{:<LABEL$}", "");
        for g in block {
            let h = column_head(&g.id);
            if h != g.id {
                shortened.push(format!("{h} = {}", clean_line(&g.id)));
            }
            line.push_str(&format!("{:>CELL$}", clean_line(&h)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        for (i, row) in o.rows.iter().enumerate() {
            // The number leads to the team list, which has the date and the file.
            let label = truncate(&format!("{} {}", i + 1, clean_line(&row.team)), LABEL - 1);
            let mut line = format!("{label:<LABEL$}");
            for cell in &row.cells[start..start + block.len()] {
                line.push_str(&format!("{:>CELL$}", mean_text(cell.mean)));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    if !shortened.is_empty() {
        push_wrapped(out, &format!("({})", shortened.join(", ")), "");
    }
}

fn changes(out: &mut String, o: &Overview) {
    let with_previous: Vec<(usize, &Row)> = o
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.previous.is_some())
        .collect();
    if with_previous.is_empty() {
        return;
    }
    section(out, "Ændring siden teamets forrige vurdering");
    for (i, row) in with_previous {
        let Some(p) = &row.previous else { continue };
        let mut moved = Vec::new();
        let mut same = 0;
        for (g, d) in o.guidelines.iter().zip(&p.change) {
            match d {
                Some(d) if *d != 0.0 => {
                    moved.push(format!("{} {}", clean_line(&g.id), change_text(*d)))
                }
                Some(_) => same += 1,
                None => {}
            }
        }
        let lead = format!(
            "{} {} ({} → {}):",
            i + 1,
            clean_line(&row.team),
            clean_line(&p.created),
            clean_line(&row.created)
        );
        if moved.is_empty() {
            moved.push("ingen ændring".to_string());
        } else if same > 0 {
            moved.push(format!("{same} uændret"));
        }
        push_items(out, &lead, &moved, "    ");
    }
}

/// `lead` and then the items, " · " between them, wrapped to [`WIDTH`] between items only, so
/// "+0,4 ↑" never loses its arrow to the next line.
fn push_items(out: &mut String, lead: &str, items: &[String], indent: &str) {
    let mut line = lead.to_string();
    let mut width = line.chars().count();
    for (i, item) in items.iter().enumerate() {
        let sep = if i == 0 { " " } else { " · " };
        let w = item.chars().count();
        if width + sep.chars().count() + w > WIDTH && width > indent.len() {
            if i > 0 {
                line.push_str(" ·");
            }
            out.push_str(line.trim_end());
            out.push('\n');
            line = format!("{indent}{item}");
            width = indent.chars().count() + w;
        } else {
            line.push_str(sep);
            line.push_str(item);
            width += sep.chars().count() + w;
        }
    }
    out.push_str(&line);
    out.push('\n');
}

fn not_secured(out: &mut String, o: &Overview) {
    section(
        out,
        "Lovkrav, der ikke er sikret på tværs af teams (flest teams først)",
    );
    if o.not_secured.is_empty() {
        out.push_str("  Intet lovkrav er under 3 hos noget team.\n");
        return;
    }
    for n in &o.not_secured {
        out.push_str(&format!("  {}\n", clean_line(&not_secured_text(n))));
    }
}

fn focus(out: &mut String, o: &Overview) {
    if o.focus.is_empty() {
        return;
    }
    section(out, "Oftest valgte fokusområder");
    for f in o.focus.iter().take(TOP_FOCUS) {
        out.push_str(&format!(
            "  {:<8} {}\n",
            clean_line(&f.id),
            teams_text(f.teams)
        ));
    }
}

fn counts(out: &mut String, o: &Overview) {
    section(
        out,
        "Antal teams på hvert niveau pr. anvisning (hvert teams nyeste vurdering)",
    );
    let levels = o.anvisninger.first().map_or(0, |a| a.levels.len());
    let mut line = format!("  {:<9} {:<10}", "Anvisning", "Type");
    for l in 0..levels {
        line.push_str(&format!("{l:>4}"));
    }
    line.push_str(&format!(
        "{:>9}{:>9}{:>9}",
        "ikke rel", "ved ikke", "mangler"
    ));
    out.push_str(&line);
    out.push('\n');
    for a in &o.anvisninger {
        let kind = match a.kind {
            Kind::Requirement => "lovkrav",
            Kind::Recommendation => "anbefaling",
        };
        let mut line = format!("  {:<9} {:<10}", truncate(&clean_line(&a.id), 9), kind);
        for n in &a.levels {
            line.push_str(&format!("{n:>4}"));
        }
        line.push_str(&format!(
            "{:>9}{:>9}{:>9}",
            a.not_relevant, a.unknown, a.unanswered
        ));
        out.push_str(&line);
        out.push('\n');
    }
}

fn passed(out: &mut String, o: &Overview) {
    if !o.unreadable.is_empty() {
        section(
            out,
            "Filer, der ikke kan læses (de er ikke med i oversigten)",
        );
        for p in &o.unreadable {
            push_wrapped(out, &format!("  {}", clean_line(&p.file)), "    ");
            push_wrapped(out, &format!("    {}", clean_line(&p.reason)), "    ");
        }
    }
    if !o.skipped.is_empty() {
        section(out, "Sprunget over");
        for p in &o.skipped {
            push_wrapped(out, &format!("  {}", clean_line(&p.file)), "    ");
            push_wrapped(out, &format!("    {}", clean_line(&p.reason)), "    ");
        }
    }
}

/// Adds `text` wrapped at spaces to [`WIDTH`], later lines starting with `indent`. A word
/// longer than a line (a long path) stands alone on its line.
fn push_wrapped(out: &mut String, text: &str, indent: &str) {
    let mut line = String::new();
    let mut width = 0;
    let lead: String = text.chars().take_while(|&c| c == ' ').collect();
    for word in text.trim_start().split(' ').filter(|w| !w.is_empty()) {
        let w = word.chars().count();
        if width > 0 && width + 1 + w > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = indent.to_string();
            width = indent.chars().count();
            line.push_str(word);
            width += w;
            continue;
        }
        if width == 0 {
            line.push_str(&lead);
            width = lead.chars().count();
        } else {
            line.push(' ');
            width += 1;
        }
        line.push_str(word);
        width += w;
    }
    out.push_str(&line);
    out.push('\n');
}
