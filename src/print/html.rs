//! Print cards as one self-contained HTML page: inline CSS, no scripts, nothing fetched. Each
//! card starts an A4 page. Boxes and writing lines are borders, not backgrounds, because
//! browsers leave backgrounds out when printing; nothing rests on colour.

use super::blocks::{Block, Run, blocks};
use super::{
    BRIEF_NOTE, LAW_NOTE, bind_numbers, group_heading, kind_words, principle_names, printed_worth,
    question_groups,
};
use crate::deck::{Deck, Guideline, Kind};
use crate::report::esc;

pub(super) const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 15px; line-height: 1.4; max-width: 50rem; margin: 2rem auto; padding: 0 1.25rem; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding: 0; vertical-align: top; }
table.sheet + table.sheet { break-before: page; margin-top: 4rem; }
.source { font-size: .8rem; margin: 0; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; padding-bottom: .1rem; border-bottom: 2px solid #000; }
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
.anvisning { break-inside: avoid; border: 1px solid #000; padding: .35rem .5rem; margin: .45rem 0;
  display: flex; gap: .8rem; align-items: flex-start; }
.anvisning .what { flex: 1; }
.anvisning .id { font-weight: bold; margin-right: .3rem; }
.kind { font-size: .75rem; letter-spacing: .04em; padding: 0 .3rem; margin-right: .3rem; white-space: nowrap; }
.kind.requirement { border: 2px solid #000; font-weight: bold; }
.kind.recommendation { border: 1px dashed #000; }
.details { font-size: .85rem; }
/* Five boxes for the levels on the first row, the two answers in words on the second. */
.boxes { display: grid; grid-template-columns: repeat(5, max-content); gap: .2rem .45rem;
  font-size: .8rem; margin: .15rem 0 0; padding: 0; list-style: none; }
.boxes li { white-space: nowrap; display: flex; align-items: center; }
.boxes li.word:nth-last-child(2) { grid-column: 1 / span 3; }
.boxes li.word:last-child { grid-column: 4 / span 2; }
/* 4.2 mm: big enough for a cross with a pen. */
.box { flex: none; width: 4.2mm; height: 4.2mm; box-sizing: border-box; border: 1.5px solid #000; margin-right: .2rem; }
.legislation { font-size: .8rem; margin-top: .5rem; }
.fill { display: flex; gap: 1.5rem; font-size: .85rem; margin: .3rem 0 .2rem; }
.fill span { flex: 1; border-bottom: 1px solid #000; padding-bottom: .1rem; }
.scale { font-size: .8rem; margin: .2rem 0 .4rem; padding: 0; list-style: none;
  display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.more { font-size: .8rem; font-style: italic; font-weight: normal; text-transform: none; letter-spacing: 0; margin-left: .5rem; }
@page { size: A4; margin: 7mm 10mm; }
/* On paper every size follows a 9pt root, so the small print is really small and a card
   keeps to one sheet (two pages); the writing lines keep their height. */
@media print {
  html { font-size: 9pt; }
  body { font-size: 1rem; line-height: 1.2; max-width: none; margin: 0; padding: 0; }
  table.sheet + table.sheet { margin-top: 0; }
  p { margin: .15rem 0; }
  ul { margin: .1rem 0; }
  h1 { font-size: 1.25rem; margin-bottom: .2rem; }
  h2 { font-size: 1rem; margin: .5rem 0 .2rem; }
  h3 { font-size: .95rem; margin: .35rem 0 .1rem; }
  h2, h3 { break-after: avoid; }
  .question { margin: .1rem 0 .3rem; }
  .anvisning { padding: .2rem .4rem; margin: .2rem 0; }
  .details { margin: .1rem 0; font-size: .8rem; }
  .write { height: 1.7em; }
  .boxes { font-size: .75rem; }
  .scale { font-size: .75rem; }
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
    // A card is one table: Chromium, Edge and Firefox repeat a table's <thead> on every printed
    // page the table runs onto, so each sheet says which card it belongs to (CSS running
    // headers in @page margins are not printed by Chromium).
    out.push_str(&format!(
        "<table class=\"sheet\">\n<thead><tr><td><h1><span class=\"id\">{}</span>{}</h1></td></tr></thead>\n\
         <tbody><tr><td>\n<section class=\"card\" id=\"kort-{}\">\n",
        esc(&g.id),
        text(&g.title),
        esc(&g.id)
    ));
    out.push_str(&format!(
        "<p class=\"source\">Refleksionskort · {} (udgave {})</p>\n",
        esc(&deck.name),
        esc(&deck.edition)
    ));
    let names: Vec<String> = principle_names(deck, g).iter().map(|p| esc(p)).collect();
    out.push_str(&format!(
        "<p class=\"principles\"><strong>Principper:</strong> {}</p>\n",
        names.join(" · ")
    ));
    out.push_str("<p class=\"fill\"><span>Team:</span><span>Dato:</span></p>\n");
    out.push_str(&format!("<h2>Formål</h2>\n<p>{}</p>\n", text(&g.purpose)));
    if !g.supports.is_empty() {
        out.push_str("<h2>Retningslinjen understøtter</h2>\n<ul>\n");
        for s in &g.supports {
            out.push_str(&format!("<li>{}</li>\n", text(s)));
        }
        out.push_str("</ul>\n");
    }
    let (worth, brief) = printed_worth(g);
    if !worth.trim().is_empty() {
        let (class, note) = if brief {
            (
                "worth brief",
                format!(" <span class=\"more\">{BRIEF_NOTE}</span>"),
            )
        } else {
            ("worth", String::new())
        };
        out.push_str(&format!(
            "<h2>Værd at vide{note}</h2>\n<div class=\"{class}\">\n"
        ));
        worth_knowing(out, worth);
        out.push_str("</div>\n");
    }
    questions(out, g);
    anvisninger(out, deck, g);
    if !g.legislation.is_empty() {
        // On paper only the references, so a card keeps to one sheet; what each one says is in
        // the app and in `refleks deck ID`.
        let refs: Vec<String> = g
            .legislation
            .iter()
            .map(|l| text(l.split_once(": ").map_or(l.as_str(), |(r, _)| r)))
            .collect();
        out.push_str(&format!(
            "<p class=\"legislation\"><strong>Lovgivning:</strong> {}. <em>{LAW_NOTE} {}.</em></p>\n",
            refs.join(" · "),
            esc(&g.id)
        ));
    }
    out.push_str("</section>\n</td></tr></tbody>\n</table>\n");
}

/// Text from the deck as HTML: escaped, with "§ 101" kept on one line.
fn text(s: &str) -> String {
    esc(&bind_numbers(s))
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
    format!("{lead}{}{trail}", text(s))
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
                text(&q.text)
            ));
        }
    }
}

fn anvisninger(out: &mut String, deck: &Deck, g: &Guideline) {
    out.push_str("<h2>Anvisninger</h2>\n<ul class=\"scale\">\n");
    let levels = deck
        .scale
        .iter()
        .map(|l| (format!("{} {}", l.value, esc(&l.label)), &l.description));
    let non_scores = [&deck.non_scores.not_relevant, &deck.non_scores.unknown]
        .map(|n| (esc(&n.label), &n.description));
    for (label, description) in levels.chain(non_scores) {
        out.push_str(&format!(
            "<li><strong>{label}:</strong> {}</li>\n",
            esc(description)
        ));
    }
    out.push_str("</ul>\n");
    // Beside each anvisning: a box per level, marked with its value (the legend above says
    // what each value means), and the two answers that are not scores in words.
    let levels = deck
        .scale
        .iter()
        .map(|l| format!("<li><span class=\"box\"></span>{}</li>", l.value));
    let words = [&deck.non_scores.not_relevant, &deck.non_scores.unknown].map(|n| {
        format!(
            "<li class=\"word\"><span class=\"box\"></span>{}</li>",
            esc(&n.label)
        )
    });
    let boxes: String = levels.chain(words).collect();
    for a in &g.anvisninger {
        let class = match a.kind {
            Kind::Requirement => "requirement",
            Kind::Recommendation => "recommendation",
        };
        out.push_str(&format!(
            "<div class=\"anvisning\">\n<div class=\"what\">\n<p><span class=\"id\">{}</span><span class=\"kind {class}\">{}</span>{}</p>\n",
            esc(&a.id),
            kind_words(a.kind),
            text(&a.text)
        ));
        if !a.details.is_empty() {
            out.push_str("<ul class=\"details\">\n");
            for d in &a.details {
                out.push_str(&format!("<li>{}</li>\n", text(d)));
            }
            out.push_str("</ul>\n");
        }
        out.push_str(&format!(
            "</div>\n<ul class=\"boxes\">{boxes}</ul>\n</div>\n"
        ));
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
