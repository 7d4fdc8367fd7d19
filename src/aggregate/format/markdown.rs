//! `refleks aggregate --format md`: the overview for a document or a wiki. Team text is escaped
//! so tables stay tables.

use super::{
    Out, TOP_FOCUS, change_text, file_name, grew_text, has_course, headline, last_years, mean_text,
    mover_text, not_secured_teams, not_secured_text, other_edition_text, points_text, rows_note,
    teams_mean_text, teams_text, total_label,
};
use crate::aggregate::Overview;
use crate::aggregate::place_group;
use crate::deck::Kind;
use crate::report::md;

pub(super) fn markdown(out: &mut Out<'_>, o: &Overview) {
    out.push_str(&format!("# {}\n\n", headline(o)));
    out.push_str(&format!(
        "{} · udgave {}. {}\n",
        md(&o.deck_name),
        md(&o.deck_edition),
        rows_note(o)
    ));
    if o.rows.is_empty() {
        out.push_str("\nDer er ingen vurderinger at vise.\n");
    } else {
        teams(out, o);
        heatmap(out, o);
        changes(out, o);
        course(out, o);
        principles(out, o);
        not_secured(out, o);
        focus(out, o);
        counts(out, o);
    }
    passed(out, o);
}

fn table_head(out: &mut Out<'_>, heads: &[String], right_from: usize) {
    out.push_str(&format!("| {} |\n|", heads.join(" | ")));
    for i in 0..heads.len() {
        out.push_str(if i >= right_from { "---:|" } else { "---|" });
    }
    out.push('\n');
}

fn teams(out: &mut Out<'_>, o: &Overview) {
    out.push_str("\n## Teams\n\n");
    let heads: Vec<String> = ["Nr", "Team", "Sted", "Dato", "Vurderet", "Forrige", "Fil"]
        .map(String::from)
        .to_vec();
    table_head(out, &heads, 7);
    let mut changed_deck = false;
    for (i, row) in o.rows.iter().enumerate() {
        let mark = if row.deck_matches {
            ""
        } else {
            changed_deck = true;
            " \\*"
        };
        let file = if row.file.is_empty() {
            "–".to_string()
        } else {
            md(file_name(&row.file))
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {}/{} | {} | {file}{mark} |\n",
            i + 1,
            md(&row.team),
            md(&row.place),
            md(&row.created),
            row.answered,
            row.total,
            row.previous
                .as_ref()
                .map_or("–".to_string(), |p| md(&p.created)),
        ));
    }
    if changed_deck {
        out.push_str("\n\\* lavet med en anden udgave af kortsættet end den, der bruges nu.\n");
    }
}

fn heatmap(out: &mut Out<'_>, o: &Overview) {
    out.push_str(&format!(
        "\n## Gennemsnit pr. retningslinje\n\nNiveau 0–{}; – betyder intet niveau (kun ikke \
         relevant, ved ikke eller ikke vurderet).\n\n",
        o.max_level
    ));
    let mut heads = vec!["Team".to_string(), "Sted".to_string()];
    heads.extend(o.guidelines.iter().map(|g| md(&g.id)));
    table_head(out, &heads, 2);
    // Each place's rows, then its total in bold; the total of all places last.
    let mut totals = o.totals.iter().peekable();
    for (i, row) in o.rows.iter().enumerate() {
        out.push_str(&format!("| {} | {} |", md(&o.label(row)), md(&row.place)));
        for cell in &row.cells {
            out.push_str(&format!(" {} |", mean_text(cell.mean)));
        }
        out.push('\n');
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
    out.push_str(
        "\nI alt (antal teams): gennemsnittet af teamenes gennemsnit, hvert teams nyeste vurdering.\n",
    );
}

fn total_row(out: &mut Out<'_>, o: &Overview, t: &crate::aggregate::Total) {
    out.push_str(&format!(
        "| **{}** | {} |",
        md(&total_label(t)),
        t.place.as_deref().map_or(String::new(), md)
    ));
    for c in &t.cells {
        out.push_str(&format!(" **{}** |", teams_mean_text(o, c)));
    }
    out.push('\n');
}

fn changes(out: &mut Out<'_>, o: &Overview) {
    if o.rows.iter().all(|r| r.previous.is_none()) {
        return;
    }
    out.push_str("\n## Ændring siden teamets forrige vurdering\n\n");
    for row in &o.rows {
        let Some(p) = &row.previous else { continue };
        let moved: Vec<String> = o
            .guidelines
            .iter()
            .zip(&p.change)
            .filter_map(|(g, d)| match d {
                Some(d) if *d != 0.0 => Some(format!("{} {}", md(&g.id), change_text(*d))),
                _ => None,
            })
            .collect();
        let same = p.change.iter().filter(|d| **d == Some(0.0)).count();
        let mut text = if moved.is_empty() {
            "ingen ændring".to_string()
        } else {
            moved.join(" · ")
        };
        if same > 0 && !moved.is_empty() {
            text.push_str(&format!(" · {same} uændret"));
        }
        let overall = p.mean_change.map_or(String::new(), |d| {
            format!("samlet **{}** · ", change_text(d))
        });
        out.push_str(&format!(
            "- **{}** · {} ({} → {}): {overall}{text}\n",
            md(&row.team),
            md(&row.place),
            md(&p.created),
            md(&row.created)
        ));
    }
}

fn course(out: &mut Out<'_>, o: &Overview) {
    if !has_course(o) {
        return;
    }
    out.push_str("\n## Forløb over tid\n\n");
    let seen_twice: Vec<_> = o
        .course
        .teams
        .iter()
        .filter(|t| t.points.len() > 1)
        .collect();
    if !seen_twice.is_empty() {
        out.push_str("Hvert teams vurderinger (gennemsnit over hele kortsættet):\n\n");
        for t in seen_twice {
            out.push_str(&format!(
                "- **{}** · {}: {}\n",
                md(&t.team),
                md(&t.place),
                md(&points_text(&t.points))
            ));
        }
    }
    if o.course.years.len() > 1 {
        out.push_str(
            "\nGennemsnit pr. retningslinje pr. år; hvert team én gang pr. år (dets nyeste det år).\n\n",
        );
        let mut heads = vec!["År".to_string(), "Teams".to_string()];
        heads.extend(o.guidelines.iter().map(|g| md(&g.id)));
        table_head(out, &heads, 1);
        for y in &o.course.years {
            out.push_str(&format!("| {} | {} |", y.year, y.teams));
            for c in &y.cells {
                out.push_str(&format!(" {} |", teams_mean_text(o, c)));
            }
            out.push('\n');
        }
    }
    if let Some(years) = last_years(o) {
        for (title, list) in [
            ("Mest forbedret", &o.course.improved),
            ("Mest bekymrende (faldt mest)", &o.course.worrying),
        ] {
            out.push_str(&format!("\n**{title} fra {years}:**\n\n"));
            if list.is_empty() {
                out.push_str("- Ingen.\n");
            }
            for m in list {
                out.push_str(&format!("- {}\n", md(&mover_text(o, m))));
            }
        }
        out.push_str(&format!(
            "\n**Lovkrav, hvor andelen af teams under {} voksede fra {years}:**\n\n",
            crate::assessment::SECURED_LEVEL
        ));
        if o.course.duties_grew.is_empty() {
            out.push_str("- Ingen.\n");
        }
        for g in &o.course.duties_grew {
            out.push_str(&format!("- {} – {}\n", md(&grew_text(g)), md(&g.text)));
        }
    }
    if let Some(note) = other_edition_text(o) {
        out.push_str(&format!("\n{}\n", md(&note)));
    }
}

fn principles(out: &mut Out<'_>, o: &Overview) {
    if o.principles.is_empty() {
        return;
    }
    out.push_str(
        "\n## De syv principper\n\nGennemsnittet af niveauerne på de kort, der hører under hvert \
         princip.\n\n",
    );
    let mut heads = vec!["Team".to_string(), "Sted".to_string()];
    heads.extend(
        o.principles
            .iter()
            .map(|(id, title)| format!("{id} {}", md(title))),
    );
    table_head(out, &heads, 2);
    for row in &o.rows {
        out.push_str(&format!("| {} | {} |", md(&o.label(row)), md(&row.place)));
        for m in &row.principles {
            out.push_str(&format!(" {} |", mean_text(*m)));
        }
        out.push('\n');
    }
    for t in &o.totals {
        out.push_str(&format!(
            "| **{}** | {} |",
            md(&total_label(t)),
            t.place.as_deref().map_or(String::new(), md)
        ));
        for m in &t.principles {
            out.push_str(&format!(" **{}** |", teams_mean_text(o, m)));
        }
        out.push('\n');
    }
}

fn not_secured(out: &mut Out<'_>, o: &Overview) {
    out.push_str("\n## Lovkrav, der ikke er sikret på tværs af teams\n\n");
    if o.not_secured.is_empty() {
        out.push_str("Intet lovkrav er under 3 hos noget team.\n");
        return;
    }
    for n in &o.not_secured {
        out.push_str(&format!(
            "- **{}** – {}",
            md(&not_secured_text(n)),
            md(&n.text)
        ));
        if let Some(teams) = not_secured_teams(o, n) {
            out.push_str(&format!("  \n  {}", md(&teams)));
        }
        out.push('\n');
    }
}

fn focus(out: &mut Out<'_>, o: &Overview) {
    if o.focus.is_empty() {
        return;
    }
    out.push_str("\n## Oftest valgte fokusområder\n\n");
    for f in o.focus.iter().take(TOP_FOCUS) {
        out.push_str(&format!(
            "- {}: {} – {}\n",
            md(&f.id),
            teams_text(f.teams),
            md(&f.text)
        ));
    }
}

fn counts(out: &mut Out<'_>, o: &Overview) {
    out.push_str(
        "\n## Antal teams på hvert niveau pr. anvisning\n\nHvert teams nyeste vurdering.\n\n",
    );
    let levels = o.anvisninger.first().map_or(0, |a| a.levels.len());
    let mut heads = vec!["Anvisning".to_string(), "Type".to_string()];
    heads.extend((0..levels).map(|l| l.to_string()));
    heads.extend(["Ikke relevant", "Ved ikke", "Ikke vurderet"].map(String::from));
    heads.push("Anvisningen".to_string());
    table_head(out, &heads, 2);
    for a in &o.anvisninger {
        let kind = match a.kind {
            Kind::Requirement => "lovkrav",
            Kind::Recommendation => "anbefaling",
        };
        out.push_str(&format!("| {} | {kind} |", md(&a.id)));
        for n in &a.levels {
            out.push_str(&format!(" {n} |"));
        }
        out.push_str(&format!(
            " {} | {} | {} | {} |\n",
            a.not_relevant,
            a.unknown,
            a.unanswered,
            md(&a.text)
        ));
    }
}

fn passed(out: &mut Out<'_>, o: &Overview) {
    if !o.unreadable.is_empty() {
        out.push_str("\n## Filer, der ikke kan læses\n\nDe er ikke med i oversigten.\n\n");
        for p in &o.unreadable {
            out.push_str(&format!(
                "- `{}`: {}\n",
                p.file.replace('`', "'"),
                md(&p.reason)
            ));
        }
    }
    if !o.skipped.is_empty() {
        out.push_str("\n## Sprunget over\n\n");
        for p in &o.skipped {
            out.push_str(&format!(
                "- `{}`: {}\n",
                p.file.replace('`', "'"),
                md(&p.reason)
            ));
        }
    }
}
