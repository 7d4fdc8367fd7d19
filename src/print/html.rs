//! Print cards as one self-contained HTML page: inline CSS, no scripts, nothing fetched. Each
//! card starts an A4 page. Boxes and writing lines are borders, not backgrounds, because
//! browsers leave backgrounds out when printing; nothing rests on colour.

use super::blocks::{Block, Run, blocks};
use super::{group_heading, kind_words, principle_names, question_groups};
use crate::deck::{Deck, Guideline, Kind};
use crate::report::esc;

const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 15px; line-height: 1.4; max-width: 50rem; margin: 2rem auto; padding: 0 1.25rem; }
section.card + section.card { break-before: page; margin-top: 4rem; border-top: 2px solid #000; }
.source { font-size: .8rem; margin: .6rem 0 0; }
h1 { font-size: 1.6rem; margin: .1rem 0 .3rem; }
h1 .id { margin-right: .4rem; }
h2 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: .04em;
  border-bottom: 1.5px solid #000; margin: 1.1rem 0 .4rem; padding-bottom: .1rem; }
h3 { font-size: .95rem; margin: .7rem 0 .2rem; }
p { margin: .25rem 0; }
ul { margin: .2rem 0; padding-left: 1.2rem; }
.principles { margin: 0 0 .4rem; }
.worth { font-size: .85rem; columns: 2; column-gap: 1.5rem; }
.worth h4 { font-size: .85rem; margin: .4rem 0 .1rem; break-after: avoid; }
.worth p, .worth li { margin: 0 0 .2rem; }
.worth ul { padding-left: 1rem; }
.question { break-inside: avoid; margin: .3rem 0 .6rem; }
.question .n { font-weight: bold; margin-right: .3rem; }
.write { border-bottom: 1px solid #000; height: 1.7em; }
.anvisning { break-inside: avoid; border: 1px solid #000; padding: .35rem .5rem; margin: .45rem 0; }
.anvisning .id { font-weight: bold; margin-right: .3rem; }
.kind { font-size: .75rem; letter-spacing: .04em; padding: 0 .3rem; margin-right: .3rem; white-space: nowrap; }
.kind.requirement { border: 2px solid #000; font-weight: bold; }
.kind.recommendation { border: 1px dashed #000; }
.details { font-size: .85rem; }
.boxes { display: flex; flex-wrap: wrap; gap: .2rem .9rem; font-size: .8rem; margin: .35rem 0 0; padding: 0; list-style: none; }
.boxes li { white-space: nowrap; }
.box { display: inline-block; width: .95em; height: .95em; border: 1.5px solid #000; vertical-align: -.15em; margin-right: .25rem; }
.legislation { font-size: .8rem; }
.fill { display: flex; gap: 1.5rem; font-size: .85rem; margin: .3rem 0 .2rem; }
.fill span { flex: 1; border-bottom: 1px solid #000; padding-bottom: .1rem; }
.scale { font-size: .8rem; margin: .2rem 0 .4rem; display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; }
.scale dt { font-weight: bold; }
.scale dd { margin: 0; }
@page { size: A4; margin: 13mm 14mm 14mm; }
@media print {
  body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
  section.card + section.card { margin-top: 0; border-top: none; }
  h2, h3 { break-after: avoid; }
}
"#;

pub(super) fn render(deck: &Deck, cards: &[&Guideline]) -> String {
    let title = match cards {
        [one] => format!("Refleksionskort {} – {}", esc(&one.id), esc(&one.title)),
        _ => format!("Refleksionskort – {}", esc(&deck.name)),
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    );
    for g in cards {
        card(&mut out, deck, g);
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn card(out: &mut String, deck: &Deck, g: &Guideline) {
    out.push_str(&format!(
        "<section class=\"card\" id=\"kort-{}\">\n",
        esc(&g.id)
    ));
    out.push_str(&format!(
        "<p class=\"source\">{} (udgave {})</p>\n",
        esc(&deck.name),
        esc(&deck.edition)
    ));
    out.push_str(&format!(
        "<h1><span class=\"id\">{}</span>{}</h1>\n",
        esc(&g.id),
        esc(&g.title)
    ));
    let names: Vec<String> = principle_names(deck, g).iter().map(|p| esc(p)).collect();
    out.push_str(&format!(
        "<p class=\"principles\"><strong>Principper:</strong> {}</p>\n",
        names.join(" · ")
    ));
    out.push_str("<p class=\"fill\"><span>Team:</span><span>Dato:</span></p>\n");
    out.push_str(&format!("<h2>Formål</h2>\n<p>{}</p>\n", esc(&g.purpose)));
    if !g.supports.is_empty() {
        out.push_str("<h2>Retningslinjen understøtter</h2>\n<ul>\n");
        for s in &g.supports {
            out.push_str(&format!("<li>{}</li>\n", esc(s)));
        }
        out.push_str("</ul>\n");
    }
    if !g.worth_knowing.trim().is_empty() {
        out.push_str("<h2>Værd at vide</h2>\n<div class=\"worth\">\n");
        worth_knowing(out, &g.worth_knowing);
        out.push_str("</div>\n");
    }
    questions(out, g);
    anvisninger(out, deck, g);
    if !g.legislation.is_empty() {
        out.push_str("<h2>Lovgivning</h2>\n<ul class=\"legislation\">\n");
        for l in &g.legislation {
            out.push_str(&format!("<li>{}</li>\n", esc(l)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn runs(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| match (r.strong, r.em) {
            (true, true) => format!("<strong><em>{}</em></strong>", esc_keep(&r.text)),
            (true, false) => format!("<strong>{}</strong>", esc_keep(&r.text)),
            (false, true) => format!("<em>{}</em>", esc_keep(&r.text)),
            (false, false) => esc_keep(&r.text),
        })
        .collect()
}

/// `esc` trims; a run of Markdown is part of a sentence, so its spaces are kept.
fn esc_keep(s: &str) -> String {
    let lead = if s.starts_with(' ') { " " } else { "" };
    let trail = if s.len() > 1 && s.ends_with(' ') {
        " "
    } else {
        ""
    };
    format!("{lead}{}{trail}", esc(s))
}

fn worth_knowing(out: &mut String, markdown: &str) {
    // Lists open, each with its last item still open, so a deeper list nests inside that item.
    let mut open = 0usize;
    let close = |out: &mut String, open: &mut usize, keep: usize| {
        while *open > keep {
            out.push_str("</li>\n</ul>\n");
            *open -= 1;
        }
    };
    for b in blocks(markdown) {
        match &b {
            Block::Item { depth, runs: r, .. } => {
                let want = depth + 1;
                close(out, &mut open, want);
                if open == want {
                    out.push_str("</li>\n");
                }
                while open < want {
                    out.push_str("<ul>\n");
                    open += 1;
                }
                out.push_str(&format!("<li>{}", runs(r)));
            }
            Block::Heading(r) => {
                close(out, &mut open, 0);
                out.push_str(&format!("<h4>{}</h4>\n", runs(r)));
            }
            Block::Paragraph(r) => {
                close(out, &mut open, 0);
                out.push_str(&format!("<p>{}</p>\n", runs(r)));
            }
        }
    }
    close(out, &mut open, 0);
}

fn questions(out: &mut String, g: &Guideline) {
    out.push_str("<h2>Refleksionsspørgsmål</h2>\n");
    let groups = question_groups(g);
    for (kind, qs) in &groups {
        if let Some(heading) = group_heading(*kind, &groups) {
            out.push_str(&format!("<h3>{heading}</h3>\n"));
        }
        for (n, q) in qs {
            out.push_str(&format!(
                "<div class=\"question\"><p><span class=\"n\">{n}.</span>{}</p>\
                 <div class=\"write\"></div><div class=\"write\"></div></div>\n",
                esc(&q.text)
            ));
        }
    }
}

fn anvisninger(out: &mut String, deck: &Deck, g: &Guideline) {
    out.push_str("<h2>Anvisninger</h2>\n<dl class=\"scale\">\n");
    let levels = deck
        .scale
        .iter()
        .map(|l| (l.value.to_string(), &l.label, &l.description));
    let non_scores = [&deck.non_scores.not_relevant, &deck.non_scores.unknown]
        .map(|n| (String::new(), &n.label, &n.description));
    for (value, label, description) in levels.chain(non_scores) {
        let value = if value.is_empty() {
            value
        } else {
            format!("{value} ")
        };
        out.push_str(&format!(
            "<dt>{value}{}</dt><dd>{}</dd>\n",
            esc(label),
            esc(description)
        ));
    }
    out.push_str("</dl>\n");
    let mut boxes: Vec<String> = deck
        .scale
        .iter()
        .map(|l| format!("{} {}", l.value, esc(&l.label)))
        .collect();
    boxes.push(esc(&deck.non_scores.not_relevant.label));
    boxes.push(esc(&deck.non_scores.unknown.label));
    let boxes: String = boxes
        .iter()
        .map(|b| format!("<li><span class=\"box\"></span>{b}</li>"))
        .collect();
    for a in &g.anvisninger {
        let class = match a.kind {
            Kind::Requirement => "requirement",
            Kind::Recommendation => "recommendation",
        };
        out.push_str(&format!(
            "<div class=\"anvisning\">\n<p><span class=\"id\">{}</span><span class=\"kind {class}\">{}</span>{}</p>\n",
            esc(&a.id),
            kind_words(a.kind),
            esc(&a.text)
        ));
        if !a.details.is_empty() {
            out.push_str("<ul class=\"details\">\n");
            for d in &a.details {
                out.push_str(&format!("<li>{}</li>\n", esc(d)));
            }
            out.push_str("</ul>\n");
        }
        out.push_str(&format!("<ul class=\"boxes\">{boxes}</ul>\n</div>\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_list_sits_inside_its_item() {
        let mut out = String::new();
        worth_knowing(&mut out, "- et\n  - under\n- to\n\nSlut.\n");
        assert_eq!(
            out,
            "<ul>\n<li>et<ul>\n<li>under</li>\n</ul>\n</li>\n<li>to</li>\n</ul>\n<p>Slut.</p>\n"
        );
    }
}
