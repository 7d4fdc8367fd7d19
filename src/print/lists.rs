//! `refleks deck --lovkrav` and `--frister`: every legal duty and every deadline of the deck,
//! grouped by card, as text (wrapped for the terminal), Markdown or one printable HTML page
//! (the print cards' page setup). Formatting only: no I/O; every text cleaned and escaped.

use super::html::STYLE;
use super::text::wrap;
use super::{PrintFormat, bind_numbers};
use crate::deck::{Anvisning, Deadline, Deck, Guideline, Kind};
use crate::report::{esc, md};
use crate::text::clean_line;

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckList {
    Lovkrav,
    Frister,
}

/// How a list is written: for the terminal (at a width), or as a print format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Text(usize),
    Print(PrintFormat),
}

/// Said under the title of the list of legal duties.
const LOVKRAV_NOTE: &str = "Alle anvisninger, der er lovkrav (skal). Nogle af dem rummer også en \
    anbefaling (bør) i en sætning for sig; for dem står hele teksten, og de er mærket \
    »også en anbefaling«.";
const MIXED_MARK: &str = "også en anbefaling";
const FRISTER_NOTE: &str = "Alle frister og tidsgrænser, kortsættets anvisninger sætter eller \
    bygger på, med den bestemmelse, fristen kommer fra.";
/// Where the deck names no provision: the guideline itself is the source.
const NO_BASIS: &str = "ingen paragraf; fristen står i retningslinjen";

/// One card's entries: the anvisninger (each with the deadlines to show, for `Frister`).
type Entry<'d> = (&'d Anvisning, &'d [Deadline]);

fn entries<'d>(g: &'d Guideline, list: DeckList) -> Vec<Entry<'d>> {
    g.anvisninger
        .iter()
        .filter(|a| match list {
            DeckList::Lovkrav => a.kind == Kind::Requirement,
            DeckList::Frister => !a.deadlines.is_empty(),
        })
        .map(|a| (a, a.deadlines.as_slice()))
        .collect()
}

/// The list over the given cards (deck order); cards with nothing to list are left out.
pub fn deck_list(deck: &Deck, cards: &[&Guideline], list: DeckList, format: ListFormat) -> String {
    let groups: Vec<(&Guideline, Vec<Entry>)> = cards
        .iter()
        .map(|g| (*g, entries(g, list)))
        .filter(|(_, e)| !e.is_empty())
        .collect();
    let count: usize = groups
        .iter()
        .flat_map(|(_, e)| e)
        .map(|(_, d)| match list {
            DeckList::Lovkrav => 1,
            DeckList::Frister => d.len(),
        })
        .sum();
    // One card asked for: say so, so the count is not read as the deck's.
    let place = match cards {
        [one] => format!("kort {}", one.id),
        _ => deck.name.clone(),
    };
    let (title, note) = match list {
        DeckList::Lovkrav => (format!("Lovkrav i {place} ({count})"), LOVKRAV_NOTE),
        DeckList::Frister => (format!("Frister i {place} ({count})"), FRISTER_NOTE),
    };
    match format {
        ListFormat::Text(width) => text(&title, note, &groups, list, width),
        ListFormat::Print(PrintFormat::Md) => markdown(&title, note, &groups, list),
        ListFormat::Print(PrintFormat::Html) => html(&title, note, &groups, list),
    }
}

fn basis(d: &Deadline) -> &str {
    if d.basis.is_empty() {
        NO_BASIS
    } else {
        &d.basis
    }
}

/// The deadline's three lines, label and text.
fn deadline_lines(d: &Deadline) -> [(&'static str, &str); 3] {
    [("Frist", &d.limit), ("Fra", &d.from), ("Hjemmel", basis(d))]
}

fn text(
    title: &str,
    note: &str,
    groups: &[(&Guideline, Vec<Entry>)],
    list: DeckList,
    width: usize,
) -> String {
    let width = width.max(40);
    let mut out = String::new();
    let para = |out: &mut String, first: &str, rest: &str, s: &str| {
        wrap(out, first, rest, &bind_numbers(&clean_line(s)), width);
    };
    para(&mut out, "", "", &title.to_uppercase());
    para(&mut out, "", "", note);
    for (g, entries) in groups {
        out.push('\n');
        para(&mut out, "", "", &format!("{} {}", g.id, g.title));
        for (a, deadlines) in entries {
            let first = format!("  {:<7} ", a.id);
            let rest = " ".repeat(first.chars().count());
            match list {
                DeckList::Lovkrav => {
                    let mark = if a.is_mixed() {
                        format!(" ({MIXED_MARK})")
                    } else {
                        String::new()
                    };
                    para(&mut out, &first, &rest, &format!("{}{mark}", a.text));
                }
                DeckList::Frister => {
                    for (i, d) in deadlines.iter().enumerate() {
                        let lead = if i == 0 {
                            first.as_str()
                        } else {
                            rest.as_str()
                        };
                        para(&mut out, lead, &rest, &d.what);
                        for (label, value) in deadline_lines(d) {
                            let head = format!("{rest}{label}: ");
                            let hang = " ".repeat(head.chars().count());
                            para(&mut out, &head, &hang, value);
                        }
                    }
                }
            }
        }
    }
    out
}

fn markdown(
    title: &str,
    note: &str,
    groups: &[(&Guideline, Vec<Entry>)],
    list: DeckList,
) -> String {
    let m = |s: &str| md(&bind_numbers(s));
    let mut out = format!("# {}\n\n{}\n", m(title), m(note));
    for (g, entries) in groups {
        out.push_str(&format!("\n## {} {}\n\n", m(&g.id), m(&g.title)));
        for (a, deadlines) in entries {
            match list {
                DeckList::Lovkrav => {
                    let mark = if a.is_mixed() {
                        format!(" *({MIXED_MARK})*")
                    } else {
                        String::new()
                    };
                    out.push_str(&format!("- **{}** {}{mark}\n", m(&a.id), m(&a.text)));
                }
                DeckList::Frister => {
                    for d in *deadlines {
                        out.push_str(&format!("- **{}** {}\n", m(&a.id), m(&d.what)));
                        for (label, value) in deadline_lines(d) {
                            out.push_str(&format!("  - {label}: {}\n", m(value)));
                        }
                    }
                }
            }
        }
    }
    out
}

fn html(title: &str, note: &str, groups: &[(&Guideline, Vec<Entry>)], list: DeckList) -> String {
    let h = |s: &str| esc(&bind_numbers(s));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n",
        h(title),
        h(title),
        h(note)
    );
    for (g, entries) in groups {
        out.push_str(&format!(
            "<h2><span class=\"id\">{}</span> {}</h2>\n",
            h(&g.id),
            h(&g.title)
        ));
        for (a, deadlines) in entries {
            match list {
                DeckList::Lovkrav => {
                    let mark = if a.is_mixed() {
                        format!(" <em>({MIXED_MARK})</em>")
                    } else {
                        String::new()
                    };
                    out.push_str(&format!(
                        "<div class=\"anvisning\"><div class=\"what\"><span class=\"id\">{}</span> {}{mark}</div></div>\n",
                        h(&a.id),
                        h(&a.text)
                    ));
                }
                DeckList::Frister => {
                    for d in *deadlines {
                        out.push_str(&format!(
                            "<div class=\"anvisning\"><div class=\"what\"><span class=\"id\">{}</span> {}\n<ul class=\"details\">\n",
                            h(&a.id),
                            h(&d.what)
                        ));
                        for (label, value) in deadline_lines(d) {
                            out.push_str(&format!("<li>{label}: {}</li>\n", h(value)));
                        }
                        out.push_str("</ul></div></div>\n");
                    }
                }
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}
