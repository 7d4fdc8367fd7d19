//! `refleks aggregate --format html`: one printable page, no scripts, no external files. The
//! heatmap is a table shaded by level with the number in every cell; the shades get darker
//! with the level, so they keep their order in black and white, and the number says it anyway.

use super::{
    TOP_FOCUS, file_name, headline, mean_text, not_secured_text, rows_note, signed, teams_text,
};
use crate::aggregate::{CellStats, Overview};
use crate::assessment::SECURED_LEVEL;
use crate::deck::Kind;
use crate::report::esc;

const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 14px; line-height: 1.4; margin: 1.5rem; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #000; padding-bottom: .1rem; margin: 1.8rem 0 .6rem; }
table { border-collapse: collapse; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #555; padding: .2rem .4rem; text-align: left; vertical-align: middle; }
th { background: #eee; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.heat td.n { text-align: center; min-width: 2.4rem; font-weight: bold; }
tbody th { white-space: nowrap; text-align: left; }
table.change { font-size: .8rem; }
table.change td.n, table.change th { padding: .2rem .25rem; }
.dates { display: block; font-weight: normal; }
.l0 { background: #f7fcf5; }
.l1 { background: #c7e9c0; }
.l2 { background: #74c476; }
.l3 { background: #238b45; color: #fff; }
.l4 { background: #00441b; color: #fff; }
.none { background: #fff; color: #555; }
.legend span { display: inline-block; border: 1px solid #555; padding: .1rem .5rem; margin-right: .3rem; }
.muted { color: #444; }
ul { padding-left: 1.2rem; }
@media print { body { margin: 0; font-size: 11px; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
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
    if o.rows.is_empty() {
        out.push_str("<p>Der er ingen vurderinger at vise.</p>\n");
    } else {
        heatmap(&mut out, o);
        teams(&mut out, o);
        changes(&mut out, o);
        not_secured(&mut out, o);
        focus(&mut out, o);
        counts(&mut out, o);
    }
    passed(&mut out, o);
    out.push_str("</body>\n</html>\n");
    out
}

/// The shade of a mean: its whole level, capped at 4 (the darkest).
fn shade(mean: Option<f64>) -> &'static str {
    match mean {
        None => "none",
        Some(m) => match m.floor() as i64 {
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

fn heatmap(out: &mut String, o: &Overview) {
    out.push_str("<h2>Gennemsnit pr. retningslinje</h2>\n");
    out.push_str("<p class=\"legend\">");
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
        "<br>* mindst ét lovkrav under {SECURED_LEVEL} i retningslinjen.</p>\n"
    ));
    out.push_str("<table class=\"heat\">\n<thead><tr><th>Team</th>");
    for g in &o.guidelines {
        out.push_str(&format!(
            "<th class=\"n\" title=\"{}\">{}</th>",
            esc(&g.short_title),
            esc(&g.id)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &o.rows {
        out.push_str(&format!("<tr><th>{}</th>", esc(&o.label(row))));
        for c in &row.cells {
            out.push_str(&cell(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
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
    out.push_str(
        "<h2>Ændring siden teamets forrige vurdering</h2>\n<table class=\"change\">\n<thead><tr><th>Team</th>",
    );
    for g in &o.guidelines {
        out.push_str(&format!("<th class=\"n\">{}</th>", esc(&g.id)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &o.rows {
        let Some(p) = &row.previous else { continue };
        out.push_str(&format!(
            "<tr><th>{}<span class=\"dates muted\">{} → {}</span></th>",
            esc(&row.team),
            esc(&p.created),
            esc(&row.created)
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

fn not_secured(out: &mut String, o: &Overview) {
    out.push_str("<h2>Lovkrav, der ikke er sikret på tværs af teams</h2>\n");
    if o.not_secured.is_empty() {
        out.push_str("<p>Intet lovkrav er under 3 hos noget team.</p>\n");
        return;
    }
    out.push_str("<ul>\n");
    for n in &o.not_secured {
        out.push_str(&format!("<li>{}</li>\n", esc(&not_secured_text(n))));
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
            "<li>{}: {}</li>\n",
            esc(&f.id),
            teams_text(f.teams)
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
    out.push_str("<th class=\"n\">Ikke relevant</th><th class=\"n\">Ved ikke</th><th class=\"n\">Ikke vurderet</th></tr></thead>\n<tbody>\n");
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
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            a.not_relevant, a.unknown, a.unanswered
        ));
    }
    out.push_str("</tbody>\n</table>\n");
}

fn passed(out: &mut String, o: &Overview) {
    for (list, title) in [
        (
            &o.unreadable,
            "Filer, der ikke kan læses (de er ikke med i oversigten)",
        ),
        (&o.skipped, "Sprunget over"),
    ] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("<h2>{title}</h2>\n<ul>\n"));
        for p in list {
            out.push_str(&format!(
                "<li><code>{}</code>: {}</li>\n",
                esc(&p.file),
                esc(&p.reason)
            ));
        }
        out.push_str("</ul>\n");
    }
}
