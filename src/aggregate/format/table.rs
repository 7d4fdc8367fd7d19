//! `refleks aggregate --format table`: fits 100 columns. The heatmap has one 4-character column
//! per guideline with its id as the head (ids longer than three characters lose their chapter:
//! ".10" under 3.10, said in a note), so 20 guidelines and a 19-character team label fit.

use super::{
    Out, TOP_FOCUS, change_text, column_head, file_name, grew_text, has_course, headline,
    last_years, mean_text, mover_text, not_secured_teams, not_secured_text, other_edition_text,
    points_text, rows_note, shortened, teams_mean_text, teams_text,
};
use crate::aggregate::place_group;
use crate::aggregate::{Overview, Row};
use crate::deck::Kind;
use crate::text::{clean_line, truncate};

pub const WIDTH: usize = 100;
const LABEL: usize = 20;
const CELL: usize = 4;

pub(super) fn table(out: &mut Out<'_>, o: &Overview) {
    out.push_str(&headline(o));
    out.push('\n');
    out.push_str(&format!(
        "{} · udgave {}\n",
        truncate(&clean_line(&o.deck_name), WIDTH - 20),
        truncate(&clean_line(&o.deck_edition), 12)
    ));
    out.push_str(rows_note(o));
    out.push('\n');
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

fn section(out: &mut Out<'_>, title: &str) {
    out.push('\n');
    out.push_str(title);
    out.push('\n');
}

fn teams(out: &mut Out<'_>, o: &Overview) {
    section(out, "Teams");
    let line = format!(
        "{:>3}  {:<16}  {:<16}  {:<10}  {:>8}  {:<10}  Fil",
        "Nr", "Team", "Sted", "Dato", "Vurderet", "Forrige"
    );
    out.push_str(&line);
    out.push('\n');
    let used = line.chars().count() - 3;
    let mut changed_deck = false;
    for (i, row) in o.rows.iter().enumerate() {
        let mark = if row.deck_matches {
            ""
        } else {
            changed_deck = true;
            " *"
        };
        let file = format!("{}{mark}", clean_line(file_name(&row.file)));
        let line = format!(
            "{:>3}  {:<16}  {:<16}  {:<10}  {:>8}  {:<10}  {}",
            i + 1,
            truncate(&clean_line(&row.team), 16),
            truncate_left(&clean_line(&row.place_short), 16),
            truncate(&clean_line(&row.created), 10),
            format!("{}/{}", row.answered, row.total),
            row.previous
                .as_ref()
                .map_or("–".to_string(), |p| truncate(&clean_line(&p.created), 10)),
            truncate(&file, WIDTH - used),
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if changed_deck {
        out.push_str("* lavet med en anden udgave af kortsættet end den, der bruges nu.\n");
    }
}

fn heatmap(out: &mut Out<'_>, o: &Overview) {
    let per_block = (WIDTH - LABEL) / CELL;
    section(
        out,
        &format!(
            "Gennemsnit pr. retningslinje (0–{}; – = intet niveau)",
            o.max_level
        ),
    );
    let mut shortened = Vec::new();
    for (b, block) in o.guidelines.chunks(per_block).enumerate() {
        if b > 0 {
            out.push('\n');
        }
        let start = b * per_block;
        let mut line = format!("{:<LABEL$}", "");
        for g in block {
            let h = column_head(&g.id);
            if h != g.id {
                shortened.push(format!("{h} = {}", clean_line(&g.id)));
            }
            line.push_str(&format!("{:>CELL$}", clean_line(&h)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        // Each place's rows, then its total; the total of all places last.
        let mut totals = o.totals.iter().peekable();
        for (i, row) in o.rows.iter().enumerate() {
            place_head(out, o, i);
            let label = heat_label(o, row);
            let cells = row.cells[start..start + block.len()]
                .iter()
                .map(|c| mean_text(c.mean));
            push_heat_line(out, &label, cells);
            if o.rows
                .get(i + 1)
                .is_none_or(|next| place_group(&next.place) != place_group(&row.place))
                && let Some(t) =
                    totals.next_if(|t| t.place.as_deref() == Some(place_group(&row.place)))
            {
                push_total_line(out, o, t, start, block.len());
            }
        }
        for t in totals {
            push_total_line(out, o, t, start, block.len());
        }
    }
    out.push_str(
        "I alt (antal teams): gennemsnittet af teamenes gennemsnit, hvert teams nyeste vurdering.\n",
    );
    if !shortened.is_empty() {
        push_wrapped(out, &format!("({})", shortened.join(", ")), "");
    }
}

/// With `--all` a label holds the date, so the place heads its rows instead: a line naming
/// it before the first row of each place.
fn place_head(out: &mut Out<'_>, o: &Overview, i: usize) {
    let row = &o.rows[i];
    if o.all && (i == 0 || o.rows[i - 1].place != row.place) {
        let place = truncate_left(&clean_line(&row.place_short), WIDTH - 1);
        out.push_str(&format!("{place}:\n"));
    }
}

/// A row's label in the heatmaps: "Team Nord · aalborg"; with `--all` the team and the date
/// ("Team Nord 26-03-01") under a line naming the place, so a team's files stay apart.
fn heat_label(o: &Overview, row: &Row) -> String {
    if o.all {
        let date = clean_line(row.created.get(2..).unwrap_or(&row.created));
        let room = (LABEL - 2).saturating_sub(date.chars().count());
        format!("{} {date}", truncate(&clean_line(&row.team), room))
    } else {
        fit_label(&row.team, &row.place_short, LABEL - 1)
    }
}

fn push_heat_line(out: &mut Out<'_>, label: &str, cells: impl Iterator<Item = String>) {
    let mut line = format!("{label:<LABEL$}");
    for c in cells {
        line.push_str(&format!("{c:>CELL$}"));
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

fn push_total_line(
    out: &mut Out<'_>,
    o: &Overview,
    t: &crate::aggregate::Total,
    start: usize,
    len: usize,
) {
    let label = total_line_label(t, LABEL - 1);
    let cells = t.cells[start..start + len]
        .iter()
        .map(|c| teams_mean_text(o, c));
    push_heat_line(out, &label, cells);
}

/// "Team Nord · aalborg" in `width` characters: the team keeps up to 10 before the place is
/// shortened, and a place that does not fit shows its municipality or its end (the folder that
/// tells it apart). The app's overview uses it too.
pub fn fit_label(team: &str, place: &str, width: usize) -> String {
    let (team, place) = (clean_line(team), clean_line(place));
    let full = format!("{team} · {place}");
    if full.chars().count() <= width {
        return full;
    }
    // The team keeps up to 10 characters before the place is shortened; then the place keeps
    // what is left (at least 6), its end first.
    let room = width.saturating_sub(3);
    let team_keeps = team.chars().count().min(10).min(room.saturating_sub(6));
    let place_room = room - team_keeps;
    // "aarhus/nord" that does not fit says its municipality, "aarhus", before it is cut.
    let group = place_group(&place);
    let place = if group.chars().count() <= place_room && group != place {
        group.to_string()
    } else {
        truncate_left(&place, place_room)
    };
    format!(
        "{} · {place}",
        truncate(&team, room - place_room.min(place.chars().count()))
    )
}

/// `s` in at most `width` characters, cut at the start ("…aalborg/nord"): the end of a path
/// is what tells it apart.
fn truncate_left(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let tail: String = s.chars().skip(n - (width - 1)).collect();
    format!("…{tail}")
}

/// A total's label in `width`: "I alt aalborg (3)", "I alt, alle (39)"; the place is cut at
/// its start when need be, the count always stays.
fn total_line_label(t: &crate::aggregate::Total, width: usize) -> String {
    let count = format!(" ({})", t.teams);
    match &t.place {
        Some(_) => {
            let room = width.saturating_sub("I alt ".len() + count.chars().count());
            format!(
                "I alt {}{count}",
                truncate_left(&clean_line(&t.place_short), room)
            )
        }
        None => format!("I alt, alle{count}"),
    }
}

fn changes(out: &mut Out<'_>, o: &Overview) {
    let with_previous: Vec<(usize, &Row)> = o
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.previous.is_some())
        .collect();
    if with_previous.is_empty() {
        return;
    }
    section(out, "Ændring siden teamets forrige vurdering");
    for (i, row) in with_previous {
        let Some(p) = &row.previous else { continue };
        let mut moved = Vec::new();
        let mut same = 0;
        for (g, d) in o.guidelines.iter().zip(&p.change) {
            match d {
                Some(d) if *d != 0.0 => {
                    moved.push(format!("{} {}", clean_line(&g.id), change_text(*d)))
                }
                Some(_) => same += 1,
                None => {}
            }
        }
        let lead = format!(
            "{} {} · {} ({} → {}):",
            i + 1,
            clean_line(&row.team),
            clean_line(&row.place_short),
            clean_line(&p.created),
            clean_line(&row.created)
        );
        if moved.is_empty() {
            moved.push("ingen ændring".to_string());
        } else if same > 0 {
            moved.push(format!("{same} uændret"));
        }
        // The one figure first: the change of the mean over every anvisning.
        if let Some(d) = p.mean_change {
            moved.insert(0, format!("samlet {}", change_text(d)));
        }
        push_items(out, &lead, &moved, "    ");
    }
}

/// `lead` and then the items, " · " between them, wrapped to [`WIDTH`] between items only, so
/// "+0,4 ↑" never loses its arrow to the next line.
fn push_items(out: &mut Out<'_>, lead: &str, items: &[String], indent: &str) {
    let mut line = lead.to_string();
    let mut width = line.chars().count();
    for (i, item) in items.iter().enumerate() {
        let sep = if i == 0 { " " } else { " · " };
        let w = item.chars().count();
        // Room for " ·" at the end of a line that goes on.
        let last = i + 1 == items.len();
        let limit = if last { WIDTH } else { WIDTH - 2 };
        if width + sep.chars().count() + w > limit && width > indent.len() {
            if i > 0 {
                line.push_str(" ·");
            }
            out.push_str(line.trim_end());
            out.push('\n');
            line = format!("{indent}{item}");
            width = indent.chars().count() + w;
        } else {
            line.push_str(sep);
            line.push_str(item);
            width += sep.chars().count() + w;
        }
    }
    out.push_str(&line);
    out.push('\n');
}

fn course(out: &mut Out<'_>, o: &Overview) {
    if !has_course(o) {
        return;
    }
    section(out, "Forløb over tid");
    let seen_twice: Vec<_> = o
        .course
        .teams
        .iter()
        .filter(|t| t.points.len() > 1)
        .collect();
    if !seen_twice.is_empty() {
        out.push_str("Hvert teams vurderinger (gennemsnit over hele kortsættet):\n");
        for t in seen_twice {
            let lead = format!("  {} · {}:", clean_line(&t.team), clean_line(&t.place));
            let items: Vec<String> = points_text(&t.points)
                .split(" → ")
                .map(clean_line)
                .collect();
            push_arrows(out, &lead, &items);
        }
    }
    if o.course.years.len() > 1 {
        out.push_str(
            "\nGennemsnit pr. retningslinje pr. år (hvert team én gang pr. år: dets nyeste det år)\n",
        );
        let per_block = (WIDTH - LABEL) / CELL;
        for (b, block) in o.guidelines.chunks(per_block).enumerate() {
            let start = b * per_block;
            let mut line = format!("{:<LABEL$}", "");
            for g in block {
                line.push_str(&format!("{:>CELL$}", clean_line(&column_head(&g.id))));
            }
            out.push_str(line.trim_end());
            out.push('\n');
            for y in &o.course.years {
                let label = format!("{} ({})", y.year, teams_text(y.teams));
                let cells = y.cells[start..start + block.len()]
                    .iter()
                    .map(|c| teams_mean_text(o, c));
                push_heat_line(out, &label, cells);
            }
        }
    }
    if let Some(years) = last_years(o) {
        for (title, list) in [
            ("Mest forbedret", &o.course.improved),
            ("Mest bekymrende (faldt mest)", &o.course.worrying),
        ] {
            out.push_str(&format!("\n{title} fra {years}:\n"));
            if list.is_empty() {
                out.push_str("  Ingen.\n");
            }
            for m in list {
                out.push_str(&format!(
                    "  {}\n",
                    truncate(&clean_line(&mover_text(o, m)), WIDTH - 2)
                ));
            }
        }
        out.push_str(&format!(
            "\nLovkrav, hvor andelen af teams under {} voksede fra {years}:\n",
            crate::assessment::SECURED_LEVEL
        ));
        if o.course.duties_grew.is_empty() {
            out.push_str("  Ingen.\n");
        }
        for g in &o.course.duties_grew {
            out.push_str(&format!("  {}\n", clean_line(&grew_text(g))));
            let text = shortened(&clean_line(&g.text), WIDTH - 4);
            out.push_str(&format!("    {text}\n"));
        }
    }
    if let Some(note) = other_edition_text(o) {
        out.push('\n');
        push_wrapped(out, &note, "");
    }
}

fn principles(out: &mut Out<'_>, o: &Overview) {
    if o.principles.is_empty() {
        return;
    }
    section(out, "Gennemsnit pr. princip (kortene under hvert princip)");
    let mut line = format!("{:<LABEL$}", "");
    for (id, _) in &o.principles {
        line.push_str(&format!("{:>CELL$}", format!("P{id}")));
    }
    out.push_str(line.trim_end());
    out.push('\n');
    for (i, row) in o.rows.iter().enumerate() {
        place_head(out, o, i);
        let label = heat_label(o, row);
        push_heat_line(out, &label, row.principles.iter().map(|m| mean_text(*m)));
    }
    for t in &o.totals {
        let label = total_line_label(t, LABEL - 1);
        push_heat_line(
            out,
            &label,
            t.principles.iter().map(|m| teams_mean_text(o, m)),
        );
    }
    let names: Vec<String> = o
        .principles
        .iter()
        .map(|(id, title)| format!("P{id} = {}", clean_line(title)))
        .collect();
    push_wrapped(out, &format!("({})", names.join(", ")), "");
}

/// `lead` and then the items with " → " between them, wrapped to [`WIDTH`] between items.
fn push_arrows(out: &mut Out<'_>, lead: &str, items: &[String]) {
    let mut line = lead.to_string();
    for (i, item) in items.iter().enumerate() {
        let sep = if i == 0 { " " } else { " → " };
        if line.chars().count() + sep.chars().count() + item.chars().count() > WIDTH && i > 0 {
            out.push_str(&line);
            out.push('\n');
            line = format!("    → {item}");
        } else {
            line.push_str(sep);
            line.push_str(item);
        }
    }
    out.push_str(&line);
    out.push('\n');
}

fn not_secured(out: &mut Out<'_>, o: &Overview) {
    section(
        out,
        "Lovkrav, der ikke er sikret på tværs af teams (flest teams først)",
    );
    if o.not_secured.is_empty() {
        out.push_str("  Intet lovkrav er under 3 hos noget team.\n");
        return;
    }
    for n in &o.not_secured {
        out.push_str(&format!("  {}\n", clean_line(&not_secured_text(n))));
        // Two lines of the anvisning's words at most; the card has the rest.
        let text = shortened(&clean_line(&n.text), 2 * (WIDTH - 6));
        push_wrapped(out, &format!("    {text}"), "    ");
        if let Some(teams) = not_secured_teams(o, n) {
            push_wrapped(out, &format!("    {}", clean_line(&teams)), "      ");
        }
    }
}

fn focus(out: &mut Out<'_>, o: &Overview) {
    if o.focus.is_empty() {
        return;
    }
    section(out, "Oftest valgte fokusområder");
    for f in o.focus.iter().take(TOP_FOCUS) {
        let lead = format!("  {:<8} {:<9} ", clean_line(&f.id), teams_text(f.teams));
        let room = WIDTH - lead.chars().count();
        out.push_str(&format!(
            "{lead}{}\n",
            shortened(&clean_line(&f.text), room)
        ));
    }
}

fn counts(out: &mut Out<'_>, o: &Overview) {
    section(
        out,
        "Antal teams på hvert niveau pr. anvisning (hvert teams nyeste vurdering)",
    );
    let levels = o.anvisninger.first().map_or(0, |a| a.levels.len());
    let mut line = format!("  {:<9} {:<10}", "Anvisning", "Type");
    for l in 0..levels {
        line.push_str(&format!("{l:>4}"));
    }
    line.push_str(&format!(
        "{:>9}{:>9}{:>9}",
        "ikke rel", "ved ikke", "mangler"
    ));
    out.push_str(&line);
    out.push('\n');
    for a in &o.anvisninger {
        let kind = match a.kind {
            Kind::Requirement => "lovkrav",
            Kind::Recommendation => "anbefaling",
        };
        let mut line = format!("  {:<9} {:<10}", truncate(&clean_line(&a.id), 9), kind);
        for n in &a.levels {
            line.push_str(&format!("{n:>4}"));
        }
        line.push_str(&format!(
            "{:>9}{:>9}{:>9}",
            a.not_relevant, a.unknown, a.unanswered
        ));
        let room = WIDTH.saturating_sub(line.chars().count() + 2);
        if room > 10 {
            line.push_str("  ");
            line.push_str(&shortened(&clean_line(&a.text), room));
        }
        out.push_str(&line);
        out.push('\n');
    }
}

fn passed(out: &mut Out<'_>, o: &Overview) {
    if !o.unreadable.is_empty() {
        section(
            out,
            "Filer, der ikke kan læses (de er ikke med i oversigten)",
        );
        for p in &o.unreadable {
            push_wrapped(out, &format!("  {}", clean_line(&p.file)), "    ");
            push_wrapped(out, &format!("    {}", clean_line(&p.reason)), "    ");
        }
    }
    if !o.skipped.is_empty() {
        section(out, "Sprunget over");
        for p in &o.skipped {
            push_wrapped(out, &format!("  {}", clean_line(&p.file)), "    ");
            push_wrapped(out, &format!("    {}", clean_line(&p.reason)), "    ");
        }
    }
}

/// Adds `text` wrapped at spaces to [`WIDTH`], later lines starting with `indent`. A word
/// longer than a line (a long path) stands alone on its line.
fn push_wrapped(out: &mut Out<'_>, text: &str, indent: &str) {
    let mut line = String::new();
    let mut width = 0;
    let lead: String = text.chars().take_while(|&c| c == ' ').collect();
    for word in text.trim_start().split(' ').filter(|w| !w.is_empty()) {
        let w = word.chars().count();
        if width > 0 && width + 1 + w > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = indent.to_string();
            width = indent.chars().count();
            line.push_str(word);
            width += w;
            continue;
        }
        if width == 0 {
            line.push_str(&lead);
            width = lead.chars().count();
        } else {
            line.push(' ');
            width += 1;
        }
        line.push_str(word);
        width += w;
    }
    out.push_str(&line);
    out.push('\n');
}
