//! The minutes as one printable HTML5 page: no scripts, no external files, inline CSS and SVG.
//! Averages are drawn as bars with the number written next to them; the bars have an outline and
//! a hatched fill, so a black-and-white printout reads the same as the screen.

use super::content::{
    Content, Item, Section, and_list, answered_text, danish_date, decimal, score_text, status_text,
    votes_text,
};
use crate::assessment::{Answer, NonScore, Score};
use crate::deck::Kind;
use crate::text::{clean_text, truncate};

const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 15px; line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.75rem; margin: 0 0 .75rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #000; padding-bottom: .15rem; margin: 2.2rem 0 .8rem; }
h3 { font-size: 1.1rem; margin: 2rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.notice { border: 2px solid #000; padding: .5rem .75rem; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #777; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.score, td.date { white-space: nowrap; }
col.c-anvisning { width: 52%; }
col.c-score { width: 16%; }
.id { font-weight: bold; white-space: nowrap; }
.text { display: block; font-size: .88rem; margin-top: .15rem; }
.badge { display: inline-block; font-size: .7rem; letter-spacing: .04em; padding: 0 .3rem;
  margin-left: .3rem; border-radius: 2px; white-space: nowrap; vertical-align: .1em; }
.badge.requirement { border: 2px solid #000; font-weight: bold; }
.badge.recommendation { border: 1px solid #777; }
.badge.focus { border: 1px dashed #000; font-style: italic; }
.note { white-space: pre-line; }
.muted { color: #444; font-style: italic; }
ul.items { padding-left: 1.2rem; }
ul.items li { margin-bottom: .5rem; }
.average { display: flex; align-items: center; gap: .8rem; flex-wrap: wrap; margin: .2rem 0 .4rem; }
.average p { margin: 0; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: inherit; fill: #000; }
svg a:hover text, svg a:focus text { text-decoration: underline; }
.reflection { margin: 0 0 .7rem; }
.reflection .question { font-weight: bold; }
.reflection .answer { white-space: pre-line; border-left: 3px solid #777; padding-left: .6rem; margin: .15rem 0 0; }
footer { margin-top: 3rem; font-size: .85rem; color: #444; border-top: 1px solid #777; padding-top: .4rem; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
  h2, h3, h4, .average { break-after: avoid; }
  tr, li, .average, .reflection, svg { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
  td.score { white-space: normal; }
  footer { color: #000; }
}
"#;

pub(crate) fn render(c: &Content) -> String {
    let a = c.a;
    let title = format!(
        "Referat: {}, {}",
        esc(&a.team),
        esc(&danish_date(&a.created))
    );
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{title}</title>\n<style>{STYLE}</style>\n"));
    out.push_str("</head>\n<body>\n<header>\n");
    out.push_str(&format!("<h1>{title}</h1>\n"));
    head(&mut out, c);
    out.push_str("</header>\n<main>\n");
    overview(&mut out, c);
    lists(&mut out, c);
    actions(&mut out, c);
    out.push_str("<h2>Vurdering pr. retningslinje</h2>\n");
    for section in &c.sections {
        guideline(&mut out, c, section);
    }
    orphans(&mut out, c);
    out.push_str("</main>\n<footer>Lavet med refleks ud fra teamets vurderingsfil.</footer>\n");
    out.push_str("</body>\n</html>\n");
    out
}

fn head(out: &mut String, c: &Content) {
    let a = c.a;
    out.push_str("<dl class=\"meta\">\n");
    if !a.participants.is_empty() {
        let names: Vec<String> = a.participants.iter().map(|p| esc(p)).collect();
        meta(out, "Deltagere", &and_list(&names));
    }
    meta(
        out,
        "Kortsæt",
        &format!("{} (udgave {})", esc(&a.deck.name), esc(&a.deck.edition)),
    );
    let (done, total) = c.summary.progress;
    meta(
        out,
        "Vurderet",
        &format!("{done} af {total} anvisninger på {} kort", c.chosen_count()),
    );
    meta(out, "Startet", &esc(&danish_date(&a.created)));
    meta(out, "Senest ændret", &esc(&danish_date(&a.updated)));
    out.push_str("</dl>\n");
    if !c.matches_deck {
        out.push_str(&format!(
            "<p class=\"notice\"><strong>Bemærk:</strong> Vurderingen er lavet med en anden \
             udgave af kortsættet end den, der bruges nu ({} udgave {}). Svar på anvisninger, som \
             kortsættet ikke længere har, står til sidst.</p>\n",
            esc(&c.deck.name),
            esc(&c.deck.edition)
        ));
    }
}

fn meta(out: &mut String, term: &str, value: &str) {
    out.push_str(&format!("<dt>{term}</dt><dd>{value}</dd>\n"));
}

/// One chart of every card's average at the top.
fn overview(out: &mut String, c: &Content) {
    if c.sections.is_empty() {
        return;
    }
    out.push_str("<section>\n<h2>Overblik: gennemsnit pr. retningslinje</h2>\n");
    let max = f64::from(c.deck.max_level().max(1));
    // Labels on the left, bars from x = 340, the number after each bar.
    let (bar_x, bar_w, row_h, top) = (340.0, 300.0, 22.0, 22.0);
    let height = top + row_h * c.sections.len() as f64 + 4.0;
    out.push_str(&format!(
        "<svg width=\"760\" height=\"{height}\" viewBox=\"0 0 760 {height}\" role=\"img\" \
         aria-label=\"Gennemsnit pr. retningslinje på skalaen 0–{m}\">\n\
         <title>Gennemsnit pr. retningslinje på skalaen 0–{m}</title>\n{}",
        hatch("h-overblik"),
        m = c.deck.max_level()
    ));
    // The scale along the top, and a faint line down from each step.
    for step in 0..=c.deck.max_level() {
        let x = bar_x + bar_w * f64::from(step) / max;
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"14\" font-size=\"11\" text-anchor=\"middle\">{step}</text>\
             <line x1=\"{x}\" y1=\"18\" x2=\"{x}\" y2=\"{}\" stroke=\"#999\" stroke-width=\"0.5\"/>\n",
            height - 2.0
        ));
    }
    for (i, s) in c.sections.iter().enumerate() {
        let y = top + row_h * i as f64;
        let label = truncate(
            &format!("{} {}", s.guideline.id, s.guideline.short_title()),
            46,
        );
        // Each label links to its card further down (an in-page link: nothing is fetched).
        out.push_str(&format!(
            "<a href=\"#{}\"><text x=\"0\" y=\"{}\" font-size=\"12\">{}</text></a>\n",
            anchor(&s.guideline.id),
            y + 14.0,
            esc(&label)
        ));
        bar(
            out,
            s.summary.average,
            max,
            bar_x,
            y + 3.0,
            bar_w,
            "h-overblik",
        );
    }
    out.push_str("</svg>\n</section>\n");
}

/// A hatched fill: diagonal black lines on light grey, distinct from white in any printout.
fn hatch(id: &str) -> String {
    format!(
        "<defs><pattern id=\"{id}\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#c8c8c8\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#000\" stroke-width=\"1.5\"/>\
         </pattern></defs>\n"
    )
}

/// The outlined bar for one average, and the number after it ("–" when there is none).
fn bar(out: &mut String, average: Option<f64>, max: f64, x: f64, y: f64, w: f64, fill: &str) {
    let h = 15.0;
    out.push_str(&format!(
        "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"#fff\" stroke=\"#000\"/>\n"
    ));
    let (label, style) = match average {
        Some(avg) => {
            let filled = (w * (avg / max).clamp(0.0, 1.0) * 10.0).round() / 10.0;
            if filled > 0.0 {
                out.push_str(&format!(
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{filled}\" height=\"{h}\" \
                     fill=\"url(#{fill})\" stroke=\"#000\"/>\n"
                ));
            }
            (decimal(avg), "font-size=\"13\" font-weight=\"bold\"")
        }
        // Said in words: an empty bar alone could be read as 0.
        None => (
            "intet gennemsnit".to_string(),
            "font-size=\"12\" font-style=\"italic\"",
        ),
    };
    out.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" {style}>{label}</text>\n",
        x + w + 10.0,
        y + 12.0
    ));
}

fn lists(out: &mut String, c: &Content) {
    out.push_str("<section>\n<h2>Lovkrav, der endnu ikke er sikret</h2>\n");
    if c.below.is_empty() {
        out.push_str("<p>Ingen lovkrav er vurderet under 3 eller sat til »ved ikke«.</p>\n");
    } else {
        out.push_str("<p>Lovkrav, som teamet har vurderet under 3 (Fast praksis) eller sat til »ved ikke«:</p>\n");
        items(out, c, &c.below, false);
    }
    out.push_str("</section>\n<section>\n<h2>Fokusområder</h2>\n");
    if c.focus.is_empty() {
        out.push_str("<p>Ingen fokusområder valgt.</p>\n");
    } else {
        items(out, c, &c.focus, false);
    }
    out.push_str("</section>\n");
    if !c.disputed.is_empty() {
        out.push_str(
            "<section>\n<h2>Uenighed i stemmerne</h2>\n\
             <p>Anvisninger, hvor stemmerne var polariserede eller spredte (polariserede først, så lovkrav):</p>\n",
        );
        items(out, c, &c.disputed, true);
        out.push_str("</section>\n");
    }
    if !c.a.parked.is_empty() {
        out.push_str("<section>\n<h2>Parkerede emner</h2>\n<ul class=\"items\">\n");
        for p in &c.a.parked {
            let place = if p.anvisning.trim().is_empty() {
                String::new()
            } else {
                format!(
                    " <span class=\"muted\">(under {})</span>",
                    esc(&p.anvisning)
                )
            };
            out.push_str(&format!("<li>{}{place}</li>\n", esc(&p.text)));
        }
        out.push_str("</ul>\n</section>\n");
    }
}

/// `with_votes`: the list of disagreements, where the votes and the dissent are the point.
fn items(out: &mut String, c: &Content, items: &[Item], with_votes: bool) {
    out.push_str("<ul class=\"items\">\n");
    for item in items {
        out.push_str(&format!(
            "<li><span class=\"id\">{}</span>{} — <strong>{}</strong>\
             <span class=\"text\">{}</span>",
            esc(&item.anvisning.id),
            badge(item.anvisning.kind),
            esc(&score_text(c.deck, item.answer.score)),
            esc(&item.anvisning.text)
        ));
        if !item.answer.note.trim().is_empty() {
            out.push_str(&format!(
                "<div class=\"note\">Note: {}</div>",
                esc(&item.answer.note)
            ));
        }
        if with_votes && let Some(votes) = votes_text(c.deck, &c.a.participants, item.answer) {
            out.push_str(&format!(
                "<div class=\"muted\">Stemmer: {}</div>",
                esc(&votes)
            ));
        }
        if with_votes && !item.answer.dissent.trim().is_empty() {
            out.push_str(&format!(
                "<div class=\"note\">Uenighed: {}</div>",
                esc(&item.answer.dissent)
            ));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn badge(kind: Kind) -> String {
    let class = match kind {
        Kind::Requirement => "requirement",
        Kind::Recommendation => "recommendation",
    };
    format!("<span class=\"badge {class}\">{}</span>", kind.badge())
}

fn actions(out: &mut String, c: &Content) {
    out.push_str("<section>\n<h2>Handlinger</h2>\n");
    if c.actions.is_empty() {
        out.push_str("<p>Ingen handlinger aftalt.</p>\n</section>\n");
        return;
    }
    let status = c.has_status();
    out.push_str(&format!(
        "<table>\n<thead><tr><th>Hvad</th><th>Hvem</th><th>Hvornår</th><th>Anvisning</th>{}</tr></thead>\n<tbody>\n",
        if status { "<th>Status</th>" } else { "" }
    ));
    for item in &c.actions {
        let x = item.action;
        let status = if status {
            format!("<td>{}</td>", or_dash(&esc(&status_text(x))))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<tr><td class=\"note\">{}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td>{status}</tr>\n",
            esc(&x.what),
            or_dash(&esc(&x.who)),
            or_dash(&esc(&danish_date(&x.due))),
            esc(&x.anvisning)
        ));
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn guideline(out: &mut String, c: &Content, s: &Section) {
    let g = s.guideline;
    let aside = if s.chosen {
        ""
    } else {
        " <span class=\"muted\">(ikke valgt i denne vurdering)</span>"
    };
    out.push_str(&format!(
        "<section class=\"guideline\" id=\"{}\">\n<h3>{} {}{aside}</h3>\n",
        anchor(&g.id),
        esc(&g.id),
        esc(&g.title)
    ));
    let max = c.deck.max_level();
    let label = match s.summary.average {
        Some(avg) => format!("Gennemsnit {} på skalaen 0–{max}", decimal(avg)),
        None => "Intet gennemsnit endnu".to_string(),
    };
    let pattern = format!("h{}", anchor(&g.id));
    // Room after the bar for "2,4", or for the words "intet gennemsnit".
    let width = if s.summary.average.is_some() {
        290
    } else {
        360
    };
    out.push_str(&format!(
        "<div class=\"average\">\n<svg width=\"{width}\" height=\"21\" \
         viewBox=\"0 0 {width} 21\" role=\"img\" aria-label=\"{label}\">\n<title>{label}</title>\n{}",
        hatch(&pattern)
    ));
    bar(
        out,
        s.summary.average,
        f64::from(max.max(1)),
        0.5,
        3.0,
        240.0,
        &pattern,
    );
    out.push_str(&format!(
        "</svg>\n<p>{label} · {}.</p>\n</div>\n",
        esc(&answered_text(c.deck, &s.summary))
    ));

    out.push_str(
        "<table>\n<colgroup><col class=\"c-anvisning\"><col class=\"c-score\"><col></colgroup>\n\
         <thead><tr><th>Anvisning</th><th>Vurdering</th><th>Note</th></tr></thead>\n<tbody>\n",
    );
    for row in &s.rows {
        let x = row.anvisning;
        let focus = if row.answer.is_some_and(|a| a.focus) {
            "<span class=\"badge focus\">fokus</span>"
        } else {
            ""
        };
        out.push_str(&format!(
            "<tr><td><span class=\"id\">{}</span>{}{focus}<span class=\"text\">{}</span></td>\
             <td class=\"score\">{}</td><td>{}</td></tr>\n",
            esc(&x.id),
            badge(x.kind),
            esc(&x.text),
            esc(&score_text(c.deck, row.answer.and_then(|a| a.score))),
            row.answer.map(|a| note_cell(c, a)).unwrap_or_default()
        ));
    }
    out.push_str("</tbody>\n</table>\n");

    let answered = s
        .reflections
        .iter()
        .filter(|r| r.question.is_some())
        .count();
    if s.reflections.is_empty() {
        out.push_str(&format!(
            "<p class=\"muted\">Refleksionsspørgsmål: 0 af {} besvaret.</p>\n",
            g.questions.len()
        ));
    } else {
        out.push_str(&format!(
            "<h4>Refleksionsspørgsmål: {answered} af {} besvaret</h4>\n",
            g.questions.len()
        ));
    }
    for r in &s.reflections {
        let question = match r.question {
            Some(q) => esc(q),
            None => "<span class=\"muted\">(spørgsmålet findes ikke længere på kortet)</span>"
                .to_string(),
        };
        out.push_str(&format!(
            "<div class=\"reflection\"><div class=\"question\">{}. {question}</div>\
             <p class=\"answer\">{}</p></div>\n",
            esc(r.number),
            esc(r.answer)
        ));
    }
    out.push_str("</section>\n");
}

/// The reason for "ikke relevant" first, then the note, then the votes.
fn note_cell(c: &Content, a: &Answer) -> String {
    let mut parts = Vec::new();
    if a.score == Some(Score::Other(NonScore::NotRelevant)) || !a.reason.trim().is_empty() {
        let reason = if a.reason.trim().is_empty() {
            "<span class=\"muted\">(ingen begrundelse)</span>".to_string()
        } else {
            esc(&a.reason)
        };
        parts.push(format!("<div class=\"note\">Begrundelse: {reason}</div>"));
    }
    if !a.note.trim().is_empty() {
        parts.push(format!("<div class=\"note\">{}</div>", esc(&a.note)));
    }
    if let Some(goal) = super::content::goal_basis_text(a) {
        parts.push(format!("<div class=\"note\">{}</div>", esc(&goal)));
    }
    if let Some(votes) = votes_text(c.deck, &c.a.participants, a) {
        parts.push(format!(
            "<div class=\"muted\">Stemmer: {}</div>",
            esc(&votes)
        ));
    }
    if !a.dissent.trim().is_empty() {
        parts.push(format!(
            "<div class=\"note\">Uenighed: {}</div>",
            esc(&a.dissent)
        ));
    }
    parts.concat()
}

fn orphans(out: &mut String, c: &Content) {
    if c.orphans.is_empty() && c.orphan_reflections.is_empty() {
        return;
    }
    out.push_str(
        "<section>\n<h2>Svar uden anvisning i kortsættet</h2>\n<p>Kortsættet har ikke disse \
         anvisninger (længere). Svarene er bevaret i filen.</p>\n",
    );
    if !c.orphans.is_empty() {
        out.push_str(
            "<table>\n<thead><tr><th>Anvisning</th><th>Vurdering</th><th>Note</th></tr></thead>\n<tbody>\n",
        );
        for (id, answer) in &c.orphans {
            out.push_str(&format!(
                "<tr><td class=\"id\">{}</td><td class=\"score\">{}</td><td>{}</td></tr>\n",
                esc(id),
                esc(&score_text(c.deck, answer.score)),
                note_cell(c, answer)
            ));
        }
        out.push_str("</tbody>\n</table>\n");
    }
    for r in &c.orphan_reflections {
        out.push_str(&format!(
            "<div class=\"reflection\"><div class=\"question\">{} spørgsmål {}.</div>\
             <p class=\"answer\">{}</p></div>\n",
            esc(r.guideline),
            esc(r.number),
            esc(r.answer)
        ));
    }
    out.push_str("</section>\n");
}

/// An element id for a guideline: "3.4" → "g-3-4" (ids from the deck are digits and dots).
fn anchor(id: &str) -> String {
    format!(
        "g-{}",
        id.replace(|ch: char| !ch.is_ascii_alphanumeric(), "-")
    )
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "–".to_string()
    } else {
        s.to_string()
    }
}

/// Text as HTML that shows exactly that text: control and bidi characters cleaned, `&<>"'`
/// escaped. Line breaks are kept; the CSS shows them where a note may have several lines.
pub(crate) fn esc(s: &str) -> String {
    let clean = clean_text(s.trim());
    let mut out = String::with_capacity(clean.len() + 8);
    for ch in clean.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            ch => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;
    use crate::deck::Deck;

    #[test]
    fn escapes_all_five_and_cleans_controls() {
        assert_eq!(
            esc("<a href=\"x\">Bo's & co</a>\u{202e}"),
            "&lt;a href=&quot;x&quot;&gt;Bo&#39;s &amp; co&lt;/a&gt;\u{FFFD}"
        );
    }

    #[test]
    fn nothing_from_the_team_becomes_markup() {
        let deck = Deck::embedded();
        let g = &deck.guidelines[0];
        let mut a = Assessment::new(
            &deck,
            "<script>alert(1)</script>",
            vec!["\"Bo\"".into()],
            vec![g.id.clone()],
            "2026-01-02",
        );
        a.answer_mut(&g.anvisninger[0].id).note = "<img src=x onerror=alert(1)>".into();
        a.set_reflection(&g.id, 1, "<b>fed</b>".into());
        let out = render(&Content::new(&a, &deck));
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<img"));
        assert!(!out.contains("<b>"));
        assert!(out.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
