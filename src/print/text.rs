//! One card as plain text for the terminal (`refleks deck 3.4`): wrapped to a width, headings in
//! capitals instead of colour, every text cleaned, so it reads the same through a pager or in a
//! file.

use super::blocks::{Block, blocks, plain};
use super::{bind_numbers, group_heading, kind_words, principle_names, question_groups};
use crate::deck::{Deck, Guideline};
use crate::text::clean_line;

/// Narrower than this and the hanging indents leave no room for words.
const MIN_WIDTH: usize = 40;

pub fn card_text(deck: &Deck, g: &Guideline, width: usize) -> String {
    let width = width.max(MIN_WIDTH);
    let mut out = String::new();
    let para = |out: &mut String, first: &str, rest: &str, text: &str| {
        wrap(out, first, rest, &bind_numbers(&clean_line(text)), width);
    };
    para(&mut out, "", "", &format!("{} {}", g.id, g.title));
    para(
        &mut out,
        "",
        "",
        &format!("{} (udgave {})", deck.name, deck.edition),
    );
    para(
        &mut out,
        "",
        "  ",
        &format!("Principper: {}", principle_names(deck, g).join(" · ")),
    );
    heading(&mut out, "Formål");
    para(&mut out, "  ", "  ", &g.purpose);
    if !g.supports.is_empty() {
        heading(&mut out, "Retningslinjen understøtter");
        for s in &g.supports {
            para(&mut out, "  • ", "    ", s);
        }
    }
    if !g.worth_knowing.trim().is_empty() {
        heading(&mut out, "Værd at vide");
        let mut last_was_item = false;
        for (i, b) in blocks(&g.worth_knowing).iter().enumerate() {
            let is_item = matches!(b, Block::Item { .. });
            if i > 0 && !(is_item && last_was_item) {
                out.push('\n');
            }
            last_was_item = is_item;
            let text = plain(b.runs());
            match b {
                Block::Heading(_) => para(&mut out, "  ", "  ", &text.to_uppercase()),
                Block::Paragraph(_) => para(&mut out, "  ", "  ", &text),
                Block::Item { depth, number, .. } => {
                    let indent = "  ".repeat(depth + 1);
                    let marker = number.map_or("• ".to_string(), |n| format!("{n}. "));
                    let rest = format!("{indent}{}", " ".repeat(marker.chars().count()));
                    para(&mut out, &format!("{indent}{marker}"), &rest, &text);
                }
            }
        }
    }
    heading(&mut out, "Refleksionsspørgsmål");
    let groups = question_groups(g);
    for (i, (kind, qs)) in groups.iter().enumerate() {
        if let Some(h) = group_heading(*kind, &groups) {
            if i > 0 {
                out.push('\n');
            }
            para(&mut out, "  ", "  ", h);
        }
        for (n, q) in qs {
            let head = format!("  {n:>2}. ");
            para(&mut out, &head, &" ".repeat(head.len()), &q.text);
        }
    }
    heading(&mut out, "Anvisninger");
    for (i, a) in g.anvisninger.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        para(
            &mut out,
            "  ",
            "  ",
            &format!("{} {}", a.id, kind_words(a.kind)),
        );
        para(&mut out, "  ", "  ", &a.text);
        for d in &a.details {
            para(&mut out, "    • ", "      ", d);
        }
    }
    if !g.legislation.is_empty() {
        heading(&mut out, "Lovgivning");
        for l in &g.legislation {
            para(&mut out, "  • ", "    ", l);
        }
    }
    out
}

fn heading(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(&title.to_uppercase());
    out.push('\n');
}

/// Greedy word wrap by characters (the deck's text is Danish prose: one column per character).
/// A word longer than the line is put on its own line rather than cut. Only a plain space breaks
/// a line, so "§ 101" (bound by a no-break space) stays whole.
pub(super) fn wrap(out: &mut String, first: &str, rest: &str, text: &str, width: usize) {
    let mut line = first.to_string();
    let mut len = first.chars().count();
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.chars().count();
        if !empty && len + 1 + w > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
            len = rest.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += w;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_fits_and_nothing_is_lost() {
        let deck = Deck::embedded();
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for g in &deck.guidelines {
            for width in [40, 80, 100] {
                let text = card_text(&deck, g, width);
                for line in text.lines() {
                    let one_word = line.split_whitespace().count() == 1;
                    assert!(
                        line.chars().count() <= width || one_word,
                        "{} at {width}: {line:?}",
                        g.id
                    );
                }
                let all = flat(&text);
                let texts = g.anvisninger.iter().map(|a| &a.text);
                let texts = texts.chain(g.questions.iter().map(|q| &q.text));
                for t in texts.chain(&g.legislation).chain(&g.supports) {
                    assert!(all.contains(&flat(t)), "{} at {width}: {t}", g.id);
                }
            }
        }
    }

    #[test]
    fn wrap_keeps_indents() {
        let mut out = String::new();
        wrap(&mut out, "  • ", "    ", "et to tre fire fem seks", 14);
        assert_eq!(out, "  • et to tre\n    fire fem\n    seks\n");
    }
}
