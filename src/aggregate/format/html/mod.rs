//! `refleks aggregate --format html`: one page to read on screen and print on A4 landscape, no
//! scripts, no external files. The heatmap is a table shaded by level with the number in every
//! cell; low means are the darkest, so the worst stands out in colour and in black and white,
//! and the number says it anyway. Files that cannot be read are named near the top.
//!
//! Printing (Chromium, Edge): `@page` sets A4 landscape and page numbers in the margin; table
//! heads repeat on every page (`thead`); a heading is kept with what follows it.

mod course;
mod principles;

use super::{
    BEARING, Out, TOP_FOCUS, file_name, headline, mean_text, not_secured_teams, not_secured_text,
    rows_note, signed, teams_mean_text, teams_text, total_label,
};
use crate::aggregate::place_group;
use crate::aggregate::{CellStats, Overview, Total};
use crate::assessment::SECURED_LEVEL;
use crate::deck::Kind;
use crate::report::esc;

const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 14px; line-height: 1.4; margin: 1.5rem; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #000; padding-bottom: .1rem; margin: 1.8rem 0 .6rem;
  break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; margin: .4rem 0 .8rem; }
thead { display: table-header-group; }
th, td { border: 1px solid #555; padding: .2rem .4rem; text-align: left; vertical-align: middle; }
th { background: #eee; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.heat td.n { text-align: center; font-weight: bold; }
table.heat th.n { text-align: center; }
tbody th { text-align: left; font-weight: normal; }
tr.total th, tr.total td { border-top: 2px solid #000; font-weight: bold; }
tr.total th { background: #eee; }
table.change { font-size: .8rem; }
table.change td.n, table.change th { padding: .2rem .25rem; }
.dates { display: block; font-weight: normal; }
.l0 { background: #67000d; color: #fff; }
.l1 { background: #cb181d; color: #fff; }
.l2 { background: #fb6a4a; }
.l3 { background: #fcbba1; }
.l4 { background: #fff5f0; }
.none { background: #fff; color: #555; }
.legend span { display: inline-block; border: 1px solid #555; padding: .1rem .5rem; margin-right: .3rem; }
.muted { color: #444; }
p.lead, p.legend { break-after: avoid; page-break-after: avoid; }
.warn { border: 2px solid #000; padding: .4rem .8rem; margin: .8rem 0; }
.warn strong { display: block; }
ul { padding-left: 1.2rem; }
li { margin-bottom: .3rem; }
.teams { display: block; color: #444; }
.radars { display: flex; flex-wrap: wrap; gap: .6rem; }
figure { margin: 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: .8rem; max-width: 11rem; }
figure.all figcaption { font-weight: bold; max-width: none; }
ol.principles { columns: 2; }
@page { size: A4 landscape; margin: 12mm 10mm 14mm;
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font-size: 8pt; } }
@media print {
  body { margin: 0; font-size: 8.5pt; }
  h1 { font-size: 14pt; }
  h2 { font-size: 11pt; margin-top: 1rem; }
  table.heat { width: 100%; table-layout: fixed; }
  table.heat col.team { width: 13%; }
  table.heat col.place { width: 13%; }
  table.heat th, table.heat td { padding: .15rem .1rem; overflow-wrap: anywhere; }
  table.change { width: 100%; table-layout: fixed; font-size: 7.5pt; }
  table.change col.team { width: 15%; }
  table.change col.place { width: 8%; }
  table.change col.all { width: 5%; }
  table.change th, table.change td { padding: .15rem .1rem; overflow-wrap: anywhere; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
}
"#;

pub(super) fn html(out: &mut Out<'_>, o: &Overview) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!("<title>{}</title>\n", esc(&headline(o))));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    out.push_str(&format!("<h1>{}</h1>\n", esc(&headline(o))));
    out.push_str(&format!(
        "<p>{} · udgave {}. {}</p>\n",
        esc(&o.deck_name),
        esc(&o.deck_edition),
        esc(rows_note(o))
    ));
    unreadable(out, o);
    if o.rows.is_empty() {
        out.push_str("<p>Der er ingen vurderinger at vise.</p>\n");
    } else {
        heatmap(out, o);
        teams(out, o);
        changes(out, o);
        course::course(out, o);
        principles::principles(out, o);
        not_secured(out, o);
        focus(out, o);
        counts(out, o);
    }
    skipped(out, o);
    out.push_str("</body>\n</html>\n");
}

/// The shade of a mean: its whole level, capped at 4. Level 0 is the darkest.
fn shade(mean: Option<f64>) -> &'static str {
    match mean {
        None => "none",
        Some(m) => match crate::aggregate::rounded(m).floor() as i64 {
            i64::MIN..=0 => "l0",
            1 => "l1",
            2 => "l2",
            3 => "l3",
            _ => "l4",
        },
    }
}

fn cell(c: &CellStats) -> String {
    let mark = if c.below > 0 { "*" } else { "" };
    format!(
        "<td class=\"n {}\">{}{mark}</td>",
        shade(c.mean),
        mean_text(c.mean)
    )
}

/// The `<colgroup>` of a table with a team and a place column before one per guideline.
fn cols(o: &Overview, extra: &str) -> String {
    let mut out = String::from("<colgroup><col class=\"team\"><col class=\"place\">");
    out.push_str(extra);
    for _ in &o.guidelines {
        out.push_str("<col>");
    }
    out.push_str("</colgroup>\n");
    out
}

fn heatmap(out: &mut Out<'_>, o: &Overview) {
    out.push_str("<h2>Gennemsnit pr. retningslinje</h2>\n");
    out.push_str("<p class=\"legend\">Jo lavere, jo mørkere: ");
    for (class, text) in [
        ("l0", "under 1"),
        ("l1", "1 til under 2"),
        ("l2", "2 til under 3"),
        ("l3", "3 til under 4"),
        ("l4", "4"),
        ("none", "– intet niveau"),
    ] {
        out.push_str(&format!("<span class=\"{class}\">{text}</span>"));
    }
    out.push_str(&format!(
        "<br>* mindst ét lovkrav under {SECURED_LEVEL} i retningslinjen. {}</p>\n",
        esc(BEARING)
    ));
    out.push_str("<table class=\"heat\">\n");
    out.push_str(&cols(o, ""));
    out.push_str("<thead><tr><th>Team</th><th>Sted</th>");
    for g in &o.guidelines {
        out.push_str(&format!(
            "<th class=\"n\" title=\"{}\">{}</th>",
            esc(&g.short_title),
            esc(&g.id)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    // Each place's rows, then its total; the total of all places last.
    let mut totals = o.totals.iter().peekable();
    for (i, row) in o.rows.iter().enumerate() {
        out.push_str(&format!(
            "<tr><th>{}</th><td>{}</td>",
            esc(&o.label(row)),
            esc(&row.place_short)
        ));
        for c in &row.cells {
            out.push_str(&cell(c));
        }
        out.push_str("</tr>\n");
        if o.rows
            .get(i + 1)
            .is_none_or(|next| place_group(&next.place) != place_group(&row.place))
            && let Some(t) = totals.next_if(|t| t.place.as_deref() == Some(place_group(&row.place)))
        {
            total_row(out, o, t);
        }
    }
    for t in totals {
        total_row(out, o, t);
    }
    out.push_str("</tbody>\n</table>\n");
    out.push_str(
        "<p class=\"muted\">I alt (antal teams): gennemsnittet af teamenes gennemsnit, hvert teams \
         nyeste vurdering. Hvor færre teams har et niveau i retningslinjen, står antallet under tallet.</p>\n",
    );
}

fn total_row(out: &mut Out<'_>, o: &Overview, t: &Total) {
    out.push_str(&format!(
        "<tr class=\"total\"><th colspan=\"2\">{}</th>",
        esc(&total_label(t))
    ));
    for c in &t.cells {
        let n = if c.n < t.teams && c.mean.is_some() {
            format!("<br><small>n={}</small>", c.n)
        } else {
            String::new()
        };
        let shown = teams_mean_text(o, c);
        let class = if shown == "få" {
            "none"
        } else {
            shade(c.mean)
        };
        out.push_str(&format!("<td class=\"n {class}\">{shown}{n}</td>"));
    }
    out.push_str("</tr>\n");
}

fn teams(out: &mut Out<'_>, o: &Overview) {
    out.push_str("<h2>Teams</h2>\n<table>\n<thead><tr><th>Team</th><th>Sted</th><th>Dato</th>\
                  <th class=\"n\">Vurderet</th><th>Forrige</th><th>Fil</th></tr></thead>\n<tbody>\n");
    for row in &o.rows {
        let deck = if row.deck_matches {
            ""
        } else {
            " (anden udgave af kortsættet)"
        };
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}/{}</td><td>{}</td><td>{}{deck}</td></tr>\n",
            esc(&row.team),
            esc(&row.place),
            esc(&row.created),
            row.answered,
            row.total,
            row.previous.as_ref().map_or("–".to_string(), |p| esc(&p.created)),
            if row.file.is_empty() { "–".to_string() } else { esc(file_name(&row.file)) },
        ));
    }
    out.push_str("</tbody>\n</table>\n");
}

fn changes(out: &mut Out<'_>, o: &Overview) {
    if o.rows.iter().all(|r| r.previous.is_none()) {
        return;
    }
    out.push_str("<h2>Ændring siden teamets forrige vurdering</h2>\n");
    out.push_str(
        "<p class=\"lead\">Samlet: ændringen i gennemsnittet over alle kortsættets anvisninger – ét tal pr. team.</p>\n",
    );
    out.push_str("<table class=\"change\">\n");
    out.push_str(&cols(o, "<col class=\"all\">"));
    out.push_str("<thead><tr><th>Team</th><th>Sted</th><th class=\"n\">Samlet</th>");
    for g in &o.guidelines {
        out.push_str(&format!("<th class=\"n\">{}</th>", esc(&g.id)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &o.rows {
        let Some(p) = &row.previous else { continue };
        out.push_str(&format!(
            "<tr><th>{}<span class=\"dates muted\">{} → {}</span></th><td>{}</td><td class=\"n\"><strong>{}</strong></td>",
            esc(&row.team),
            esc(&p.created),
            esc(&row.created),
            esc(&row.place_short),
            p.mean_change.map_or("–".to_string(), signed)
        ));
        for d in &p.change {
            out.push_str(&format!(
                "<td class=\"n\">{}</td>",
                d.map_or("–".to_string(), signed)
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn not_secured(out: &mut Out<'_>, o: &Overview) {
    out.push_str("<h2>Lovkrav, der ikke er sikret på tværs af teams</h2>\n");
    if o.not_secured.is_empty() {
        out.push_str("<p>Intet lovkrav er under 3 hos noget team.</p>\n");
        return;
    }
    out.push_str("<ul>\n");
    for n in &o.not_secured {
        let teams = not_secured_teams(o, n).map_or(String::new(), |t| {
            format!("<span class=\"teams\">{}</span>", esc(&t))
        });
        out.push_str(&format!(
            "<li><strong>{}</strong> – {}{teams}</li>\n",
            esc(&not_secured_text(n)),
            esc(&n.text)
        ));
    }
    out.push_str("</ul>\n");
}

fn focus(out: &mut Out<'_>, o: &Overview) {
    if o.focus.is_empty() {
        return;
    }
    out.push_str("<h2>Oftest valgte fokusområder</h2>\n<ul>\n");
    for f in o.focus.iter().take(TOP_FOCUS) {
        out.push_str(&format!(
            "<li><strong>{}</strong>: {} – {}</li>\n",
            esc(&f.id),
            teams_text(f.teams),
            esc(&f.text)
        ));
    }
    out.push_str("</ul>\n");
}

fn counts(out: &mut Out<'_>, o: &Overview) {
    out.push_str("<h2>Antal teams på hvert niveau pr. anvisning</h2>\n<p>Hvert teams nyeste vurdering.</p>\n");
    let levels = o.anvisninger.first().map_or(0, |a| a.levels.len());
    out.push_str("<table>\n<thead><tr><th>Anvisning</th><th>Type</th>");
    for l in 0..levels {
        out.push_str(&format!("<th class=\"n\">{l}</th>"));
    }
    out.push_str("<th class=\"n\">Ikke relevant</th><th class=\"n\">Ved ikke</th><th class=\"n\">Ikke vurderet</th><th>Anvisningen</th></tr></thead>\n<tbody>\n");
    for a in &o.anvisninger {
        let kind = match a.kind {
            Kind::Requirement => "<strong>lovkrav</strong>",
            Kind::Recommendation => "anbefaling",
        };
        out.push_str(&format!("<tr><td>{}</td><td>{kind}</td>", esc(&a.id)));
        for n in &a.levels {
            out.push_str(&format!("<td class=\"n\">{n}</td>"));
        }
        out.push_str(&format!(
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
            a.not_relevant,
            a.unknown,
            a.unanswered,
            esc(&a.text)
        ));
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Near the top: a file that is not counted changes every figure below it.
fn unreadable(out: &mut Out<'_>, o: &Overview) {
    if o.unreadable.is_empty() {
        return;
    }
    let n = o.unreadable.len();
    out.push_str(&format!(
        "<div class=\"warn\"><strong>⚠ {n} {} kan ikke læses og er ikke med i oversigten</strong>\n<ul>\n",
        if n == 1 { "fil" } else { "filer" }
    ));
    for p in &o.unreadable {
        out.push_str(&format!(
            "<li><code>{}</code>: {}</li>\n",
            esc(&p.file),
            esc(&p.reason)
        ));
    }
    out.push_str("</ul>\n</div>\n");
}

fn skipped(out: &mut Out<'_>, o: &Overview) {
    if o.skipped.is_empty() {
        return;
    }
    out.push_str("<h2>Sprunget over</h2>\n<ul>\n");
    for p in &o.skipped {
        out.push_str(&format!(
            "<li><code>{}</code>: {}</li>\n",
            esc(&p.file),
            esc(&p.reason)
        ));
    }
    out.push_str("</ul>\n");
}
