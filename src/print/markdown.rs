//! Print cards as Markdown, for a document or a shared drive: one card after another, separated
//! by a rule, with tick boxes as ☐ and a line to write on under each question.

use super::blocks::{Block, Run, blocks};
use super::{
    BRIEF_NOTE, bind_numbers, group_heading, kind_words, principle_names, printed_worth,
    question_groups,
};
use crate::deck::{Deck, Guideline};
use crate::report;

/// Text from the deck as inline Markdown: escaped, with "§ 101" kept on one line.
fn md(s: &str) -> String {
    report::md(&bind_numbers(s))
}

pub(super) fn render(deck: &Deck, cards: &[&Guideline]) -> String {
    let mut out = String::new();
    for (i, g) in cards.iter().enumerate() {
        if i > 0 {
            out.push_str("\n---\n\n");
        }
        card(&mut out, deck, g);
    }
    out
}

fn card(out: &mut String, deck: &Deck, g: &Guideline) {
    out.push_str(&format!("# {} {}\n\n", md(&g.id), md(&g.title)));
    out.push_str(&format!(
        "*{} (udgave {})*\n\n",
        md(&deck.name),
        md(&deck.edition)
    ));
    let names: Vec<String> = principle_names(deck, g).iter().map(|p| md(p)).collect();
    out.push_str(&format!("**Principper:** {}\n\n", names.join(" · ")));
    out.push_str("Team: ______________________ Dato: ______________\n\n");
    out.push_str(&format!("## Formål\n\n{}\n\n", md(&g.purpose)));
    if !g.supports.is_empty() {
        out.push_str("## Retningslinjen understøtter\n\n");
        for s in &g.supports {
            out.push_str(&format!("- {}\n", md(s)));
        }
        out.push('\n');
    }
    let (worth, brief) = printed_worth(g);
    if !worth.trim().is_empty() {
        out.push_str("## Værd at vide\n\n");
        worth_knowing(out, worth);
        if brief {
            out.push_str(&format!("*{BRIEF_NOTE}*\n\n"));
        }
    }
    questions(out, g);
    anvisninger(out, deck, g);
    if !g.legislation.is_empty() {
        out.push_str("## Lovgivning\n\n");
        for l in &g.legislation {
            out.push_str(&format!("- {}\n", md(l)));
        }
    }
}

fn runs(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| {
            let text = md(&r.text);
            if text.trim().is_empty() {
                return r.text.clone();
            }
            // `md` trims, but a run is part of a sentence: its spaces stay, outside the
            // emphasis markers, where Markdown wants them.
            let lead = if r.text.starts_with(char::is_whitespace) {
                " "
            } else {
                ""
            };
            let trail = if r.text.ends_with(char::is_whitespace) {
                " "
            } else {
                ""
            };
            let marked = match (r.strong, r.em) {
                (true, true) => format!("***{text}***"),
                (true, false) => format!("**{text}**"),
                (false, true) => format!("*{text}*"),
                (false, false) => text,
            };
            format!("{lead}{marked}{trail}")
        })
        .collect()
}

fn worth_knowing(out: &mut String, markdown: &str) {
    let mut in_list = false;
    for b in blocks(markdown) {
        let is_item = matches!(b, Block::Item { .. });
        if in_list && !is_item {
            out.push('\n');
        }
        in_list = is_item;
        match &b {
            Block::Heading(r) => out.push_str(&format!("### {}\n\n", runs(r))),
            Block::Paragraph(r) => out.push_str(&format!("{}\n\n", runs(r))),
            Block::Item {
                depth,
                number,
                runs: r,
            } => {
                let marker = number.map_or("-".to_string(), |n| format!("{n}."));
                out.push_str(&format!("{}{marker} {}\n", "  ".repeat(*depth), runs(r)));
            }
        }
    }
    if in_list {
        out.push('\n');
    }
}

fn questions(out: &mut String, g: &Guideline) {
    out.push_str("## Refleksionsspørgsmål\n\n");
    let groups = question_groups(g);
    for (kind, qs) in &groups {
        if let Some(heading) = group_heading(*kind, &groups) {
            out.push_str(&format!("### {heading}\n\n"));
        }
        for (n, q) in qs {
            out.push_str(&format!(
                "**{n}\\.** {}\n\nSvar: ______________________________________________\n\n",
                md(&q.text)
            ));
        }
    }
}

fn anvisninger(out: &mut String, deck: &Deck, g: &Guideline) {
    out.push_str("## Anvisninger\n\n");
    for l in &deck.scale {
        out.push_str(&format!(
            "- **{} {}**: {}\n",
            l.value,
            md(&l.label),
            md(&l.description)
        ));
    }
    for n in [&deck.non_scores.not_relevant, &deck.non_scores.unknown] {
        out.push_str(&format!("- **{}**: {}\n", md(&n.label), md(&n.description)));
    }
    out.push('\n');
    let mut boxes: Vec<String> = deck
        .scale
        .iter()
        .map(|l| format!("☐ {} {}", l.value, md(&l.label)))
        .collect();
    boxes.push(format!("☐ {}", md(&deck.non_scores.not_relevant.label)));
    boxes.push(format!("☐ {}", md(&deck.non_scores.unknown.label)));
    let boxes = boxes.join(" · ");
    for a in &g.anvisninger {
        out.push_str(&format!(
            "**{}** {} – {}\n\n",
            md(&a.id),
            kind_words(a.kind),
            md(&a.text)
        ));
        for d in &a.details {
            out.push_str(&format!("- {}\n", md(d)));
        }
        if !a.details.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("{boxes}\n\n"));
    }
}
