//! `refleks aggregate --format html`: one page to read on screen and print on A4 landscape, no
//! scripts, no external files. The heatmap is a table shaded by level with the number in every
//! cell; low means are the darkest, so the worst stands out in colour and in black and white,
//! and the number says it anyway. Files that cannot be read are named near the top.
//!
//! Printing (Chromium, Edge): `@page` sets A4 landscape and page numbers in the margin; table
//! heads repeat on every page (`thead`); a heading is kept with what follows it.

use super::{
    BEARING, TOP_FOCUS, file_name, grew_text, has_course, headline, last_years, mean_text,
    mover_text, not_secured_teams, not_secured_text, other_edition_text, points_text, rows_note,
    signed, teams_mean_text, teams_text, total_label,
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

pub fn html(o: &Overview) -> String {
    let mut out =
        String::from("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n");
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
    unreadable(&mut out, o);
    if o.rows.is_empty() {
        out.push_str("<p>Der er ingen vurderinger at vise.</p>\n");
    } else {
        heatmap(&mut out, o);
        teams(&mut out, o);
        changes(&mut out, o);
        course(&mut out, o);
        principles(&mut out, o);
        not_secured(&mut out, o);
        focus(&mut out, o);
        counts(&mut out, o);
    }
    skipped(&mut out, o);
    out.push_str("</body>\n</html>\n");
    out
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

fn heatmap(out: &mut String, o: &Overview) {
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

fn total_row(out: &mut String, o: &Overview, t: &Total) {
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

fn teams(out: &mut String, o: &Overview) {
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

fn changes(out: &mut String, o: &Overview) {
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

fn course(out: &mut String, o: &Overview) {
    if !has_course(o) {
        return;
    }
    out.push_str("<h2>Forløb over tid</h2>\n");
    let seen_twice: Vec<_> = o
        .course
        .teams
        .iter()
        .filter(|t| t.points.len() > 1)
        .collect();
    if !seen_twice.is_empty() {
        out.push_str("<p class=\"lead\">Hvert teams vurderinger (gennemsnit over hele kortsættet):</p>\n<ul>\n");
        for t in seen_twice {
            out.push_str(&format!(
                "<li><strong>{}</strong> · {}: {}</li>\n",
                esc(&t.team),
                esc(&t.place),
                esc(&points_text(&t.points))
            ));
        }
        out.push_str("</ul>\n");
    }
    if o.course.years.len() > 1 {
        out.push_str(
            "<p class=\"lead\">Gennemsnit pr. retningslinje pr. år; hvert team én gang pr. år (dets nyeste det år).</p>\n\
             <table class=\"heat\">\n",
        );
        out.push_str(&cols(o, ""));
        out.push_str("<thead><tr><th>År</th><th>Teams</th>");
        for g in &o.guidelines {
            out.push_str(&format!("<th class=\"n\">{}</th>", esc(&g.id)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for y in &o.course.years {
            out.push_str(&format!(
                "<tr><th>{}</th><td class=\"n\">{}</td>",
                y.year, y.teams
            ));
            for c in &y.cells {
                let shown = teams_mean_text(o, c);
                let class = if shown == "få" {
                    "none"
                } else {
                    shade(c.mean)
                };
                out.push_str(&format!("<td class=\"n {class}\">{shown}</td>"));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some(years) = last_years(o) {
        for (title, list) in [
            ("Mest forbedret", &o.course.improved),
            ("Mest bekymrende (faldt mest)", &o.course.worrying),
        ] {
            out.push_str(&format!("<h3>{title} fra {years}</h3>\n<ul>\n"));
            if list.is_empty() {
                out.push_str("<li>Ingen.</li>\n");
            }
            for m in list {
                out.push_str(&format!("<li>{}</li>\n", esc(&mover_text(o, m))));
            }
            out.push_str("</ul>\n");
        }
        out.push_str(&format!(
            "<h3>Lovkrav, hvor andelen af teams under {} voksede fra {years}</h3>\n<ul>\n",
            SECURED_LEVEL
        ));
        if o.course.duties_grew.is_empty() {
            out.push_str("<li>Ingen.</li>\n");
        }
        for g in &o.course.duties_grew {
            out.push_str(&format!(
                "<li><strong>{}</strong> – {}</li>\n",
                esc(&grew_text(g)),
                esc(&g.text)
            ));
        }
        out.push_str("</ul>\n");
    }
    if let Some(note) = other_edition_text(o) {
        out.push_str(&format!("<p class=\"muted\">{}</p>\n", esc(&note)));
    }
}

/// Small radars for at most this many rows; above it the table alone.
const RADARS: usize = 60;

fn principles(out: &mut String, o: &Overview) {
    if o.principles.is_empty() {
        return;
    }
    let max = f64::from(o.max_level);
    out.push_str("<h2>De syv principper</h2>\n");
    out.push_str(
        "<p class=\"lead\">Gennemsnittet af niveauerne på de kort, der hører under hvert princip (et kort kan \
         høre under flere). Spindelvævet har et ben pr. princip; jo længere ud, jo højere. Den \
         stiplede ring er niveau 3.</p>\n<ol class=\"principles\">\n",
    );
    for (id, title) in &o.principles {
        out.push_str(&format!("<li value=\"{id}\">{}</li>\n", esc(title)));
    }
    out.push_str("</ol>\n<div class=\"radars\">\n");
    let labels: Vec<String> = o.principles.iter().map(|(id, _)| id.to_string()).collect();
    if let Some(all) = o.totals.last() {
        let values: Vec<Option<f64>> = all
            .principles
            .iter()
            .map(|m| {
                if teams_mean_text(o, m) == "få" {
                    None
                } else {
                    m.mean
                }
            })
            .collect();
        out.push_str(&format!(
            "<figure class=\"all\">{}<figcaption>{}</figcaption></figure>\n",
            radar(&values, max, 260.0, &labels, &total_label(all)),
            esc(&total_label(all))
        ));
    }
    if o.rows.len() <= RADARS {
        for row in &o.rows {
            let name = format!("{} · {}", o.label(row), row.place_short);
            out.push_str(&format!(
                "<figure>{}<figcaption>{}</figcaption></figure>\n",
                radar(&row.principles, max, 160.0, &labels, &name),
                esc(&name)
            ));
        }
    }
    out.push_str("</div>\n");
    if o.rows.len() > RADARS {
        out.push_str(&format!(
            "<p class=\"muted\">Med mere end {RADARS} teams står hvert teams tal kun i tabellen.</p>\n"
        ));
    }
    out.push_str("<table class=\"heat\">\n<thead><tr><th>Team</th><th>Sted</th>");
    for (id, title) in &o.principles {
        out.push_str(&format!(
            "<th class=\"n\" title=\"{}\">{id}</th>",
            esc(title)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &o.rows {
        out.push_str(&format!(
            "<tr><th>{}</th><td>{}</td>",
            esc(&o.label(row)),
            esc(&row.place_short)
        ));
        for m in &row.principles {
            out.push_str(&format!(
                "<td class=\"n {}\">{}</td>",
                shade(*m),
                mean_text(*m)
            ));
        }
        out.push_str("</tr>\n");
    }
    for t in &o.totals {
        out.push_str(&format!(
            "<tr class=\"total\"><th colspan=\"2\">{}</th>",
            esc(&total_label(t))
        ));
        for m in &t.principles {
            let shown = teams_mean_text(o, m);
            let class = if shown == "få" {
                "none"
            } else {
                shade(m.mean)
            };
            out.push_str(&format!("<td class=\"n {class}\">{shown}</td>"));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A radar ("spindelvæv") as inline SVG: one axis per value, rings at every level (the ring
/// at 3 dashed), the values as a grey polygon with a black edge and dots, the axis numbers
/// outside. Readable in black and white; no scripts. A missing value sits at the centre, its
/// dot hollow.
fn radar(values: &[Option<f64>], max: f64, size: f64, labels: &[String], title: &str) -> String {
    let n = values.len().max(1) as f64;
    let c = size / 2.0;
    let r = c - 16.0;
    let at = |k: usize, v: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + k as f64 * std::f64::consts::TAU / n;
        let d = r * (v / max).clamp(0.0, 1.0);
        (c + d * angle.cos(), c + d * angle.sin())
    };
    let ring = |v: f64| {
        (0..values.len())
            .map(|k| {
                let (x, y) = at(k, v);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut svg = format!(
        "<svg width=\"{size:.0}\" height=\"{size:.0}\" \
         viewBox=\"0 0 {size:.0} {size:.0}\" role=\"img\"><title>{}</title>",
        esc(title)
    );
    for level in 1..=(max as u32) {
        let dash = if level == u32::from(SECURED_LEVEL) {
            " stroke-dasharray=\"4 3\" stroke=\"#000\""
        } else {
            " stroke=\"#bbb\""
        };
        svg.push_str(&format!(
            "<polygon points=\"{}\" fill=\"none\"{dash}/>",
            ring(f64::from(level))
        ));
    }
    for k in 0..values.len() {
        let (x, y) = at(k, max);
        svg.push_str(&format!(
            "<line x1=\"{c:.1}\" y1=\"{c:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#bbb\"/>"
        ));
        let (lx, ly) = at(k, max * (r + 9.0) / r);
        let label = labels.get(k).map_or("", String::as_str);
        svg.push_str(&format!(
            "<text x=\"{lx:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            ly + 4.0,
            esc(label)
        ));
    }
    let points: Vec<(f64, f64)> = values
        .iter()
        .enumerate()
        .map(|(k, v)| at(k, v.unwrap_or(0.0)))
        .collect();
    let shape: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect();
    svg.push_str(&format!(
        "<polygon points=\"{}\" fill=\"#999\" fill-opacity=\"0.45\" stroke=\"#000\" stroke-width=\"2\"/>",
        shape.join(" ")
    ));
    for ((x, y), v) in points.iter().zip(values) {
        let fill = if v.is_some() { "#000" } else { "#fff" };
        svg.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"{fill}\" stroke=\"#000\"/>"
        ));
    }
    svg.push_str("</svg>");
    svg
}

fn not_secured(out: &mut String, o: &Overview) {
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

fn focus(out: &mut String, o: &Overview) {
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

fn counts(out: &mut String, o: &Overview) {
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
fn unreadable(out: &mut String, o: &Overview) {
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

fn skipped(out: &mut String, o: &Overview) {
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
