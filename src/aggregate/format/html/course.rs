//! The course over time in HTML: each team's assessments, the country year by year, movers.

use super::super::{
    grew_text, has_course, last_years, mover_text, other_edition_text, points_text, teams_mean_text,
};
use super::{Out, cols, shade};
use crate::aggregate::Overview;
use crate::assessment::SECURED_LEVEL;
use crate::report::esc;

pub(super) fn course(out: &mut Out<'_>, o: &Overview) {
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
