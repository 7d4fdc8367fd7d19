//! The seven principles in HTML: a radar ("spindelvæv") per team with the numbers beneath.

use super::super::{mean_text, teams_mean_text, total_label};
use super::{Out, shade};
use crate::aggregate::Overview;
use crate::assessment::SECURED_LEVEL;
use crate::report::esc;

/// Small radars for at most this many rows; above it the table alone.
const RADARS: usize = 60;

pub(super) fn principles(out: &mut Out<'_>, o: &Overview) {
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
