//! An [`Overview`] as text: a table for a 100-column terminal, Markdown, CSV (long format, for a
//! pivot table), JSON (`docs/aggregate-json.md`) or one printable HTML page with a heatmap.
//! Everything that came from a file passes through `text::clean_*` (or the Markdown/HTML
//! escaping) here. Numbers for people are Danish ("2,4", "−0,3 ↓"); JSON has plain numbers.

mod csv;
mod html;
mod json;
mod markdown;
mod table;
mod xlsx;

pub use json::SCHEMA as JSON_SCHEMA;
pub use table::fit_label;
pub use xlsx::{xlsx, xlsx_to};

use std::io;

use super::Overview;
use crate::assessment::SECURED_LEVEL;
use crate::compare::format::decimal;

/// The output formats of `refleks aggregate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggregateFormat {
    /// Fits 100 columns: guideline ids as column heads.
    Table,
    Md,
    /// One row per team × guideline, in the Danish Excel dialect of `crate::csv`.
    Csv,
    Json,
    /// A printable page: the heatmap shaded by level, the number in every cell, no scripts.
    Html,
}

/// The overview as text, whole (tests, small overviews). Files are written with [`render_to`].
pub fn render(o: &Overview, format: AggregateFormat) -> String {
    let mut bytes = Vec::new();
    // Writing to a Vec never fails, and every format writes whole `str`s.
    let _ = render_to(o, format, &mut bytes);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes the overview to `w` as it is made, a row at a time: an overview of 100,000 files
/// never sits whole in memory as text.
pub fn render_to(o: &Overview, format: AggregateFormat, w: &mut dyn io::Write) -> io::Result<()> {
    let mut out = Out::new(w);
    match format {
        AggregateFormat::Table => table::table(&mut out, o),
        AggregateFormat::Md => markdown::markdown(&mut out, o),
        AggregateFormat::Csv => csv::csv(&mut out, o),
        AggregateFormat::Json => json::json(&mut out, o),
        AggregateFormat::Html => html::html(&mut out, o),
    }
    out.finish()
}

/// Where a format writes, filled as a `String` would be (`push_str`, `push`, `write!`). The
/// first error is kept and later writes skipped, so the formats need no `?` on every line;
/// [`Out::finish`] hands the error back.
pub(super) struct Out<'a> {
    w: &'a mut dyn io::Write,
    error: Option<io::Error>,
}

impl<'a> Out<'a> {
    fn new(w: &'a mut dyn io::Write) -> Out<'a> {
        Out { w, error: None }
    }

    pub(super) fn push_str(&mut self, s: &str) {
        if self.error.is_none()
            && let Err(e) = self.w.write_all(s.as_bytes())
        {
            self.error = Some(e);
        }
    }

    pub(super) fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// The writer itself, for a format that has its own (JSON); its error is kept as above.
    pub(super) fn with_writer(&mut self, f: impl FnOnce(&mut dyn io::Write) -> io::Result<()>) {
        if self.error.is_none()
            && let Err(e) = f(&mut *self.w)
        {
            self.error = Some(e);
        }
    }

    fn finish(self) -> io::Result<()> {
        match self.error {
            Some(e) => Err(e),
            None => self.w.flush(),
        }
    }
}

impl std::fmt::Write for Out<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

/// A mean as shown: "2,4", or "–" without one.
fn mean_text(mean: Option<f64>) -> String {
    mean.map_or_else(|| "–".to_string(), decimal)
}

/// "+0,4", "−0,2", "0,0": the sign carries the direction.
fn signed(d: f64) -> String {
    if d > 0.0 {
        format!("+{}", decimal(d))
    } else {
        decimal(d)
    }
}

/// "+0,4 ↑", "−0,2 ↓", "0,0 →".
fn change_text(d: f64) -> String {
    let arrow = if d > 0.0 {
        "↑"
    } else if d < 0.0 {
        "↓"
    } else {
        "→"
    };
    format!("{} {arrow}", signed(d))
}

/// The first line of every format: how many teams, from how many files.
fn headline(o: &Overview) -> String {
    let teams = match o.teams {
        1 => "1 team".to_string(),
        n => format!("{n} teams"),
    };
    let read = match o.read {
        1 => "1 vurdering".to_string(),
        n => format!("{n} vurderinger"),
    };
    format!("Oversigt over {teams} ({read} læst)")
}

/// What a row is, said once under the headline.
fn rows_note(o: &Overview) -> &'static str {
    if o.all {
        "Én række pr. fil; ændringen er fra samme teams forrige vurdering."
    } else {
        "Én række pr. team: dets nyeste vurdering, og ændringen fra teamets forrige."
    }
}

/// A mean across teams as shown: "få" when `--anonym` is set and fewer than
/// [`FEW`] teams stand behind it (a mean of one or two teams could name them), else the mean.
fn teams_mean_text(o: &Overview, m: &super::TeamsMean) -> String {
    if o.anonymous && m.n < FEW && m.mean.is_some() {
        "få".to_string()
    } else {
        mean_text(m.mean)
    }
}

/// Below this many teams a figure across teams is "få" with `--anonym`.
pub const FEW: usize = 3;

/// A total row's name: "I alt aalborg (3 teams)", "I alt (39 teams)".
fn total_label(t: &super::Total) -> String {
    match &t.place {
        Some(_) => format!("I alt {} ({})", t.place_short, teams_text(t.teams)),
        None => format!("I alt, alle steder ({})", teams_text(t.teams)),
    }
}

/// `text` cut at a word to at most `width` characters, "…" when cut.
fn shortened(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let cut: String = text.chars().take(width.saturating_sub(1)).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > width / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end_matches([',', ';', ':', ' ']))
}

/// The teams a requirement is not secured for: their names (the first [`NAMED`], then how many
/// more), or nothing when anonymised (the count is in the line above).
fn not_secured_teams(o: &Overview, n: &super::NotSecured) -> Option<String> {
    let names = o.not_secured_names(n);
    if names.is_empty() {
        return None;
    }
    let mut text = format!(
        "Under {SECURED_LEVEL}: {}",
        names[..names.len().min(NAMED)].join(", ")
    );
    if names.len() > NAMED {
        text.push_str(&format!(
            " og {} flere (alle står i --format xlsx og json)",
            names.len() - NAMED
        ));
    }
    Some(text)
}

/// How many team names the text formats give per requirement not secured.
const NAMED: usize = 40;

/// The one sentence on what "under 3" means, said once in the HTML page and the workbook.
const BEARING: &str = "»Under 3« er en pejling fra teamets egen vurdering, ikke en juridisk \
                       afgørelse af, om et lovkrav er overholdt.";

/// "3.4.1 lovkrav: 4 af 12 teams under 3".
fn not_secured_text(n: &super::NotSecured) -> String {
    let mut text = format!(
        "{} lovkrav: {} af {} teams under {SECURED_LEVEL}",
        n.id, n.below, n.of
    );
    if n.without_level > 0 {
        text.push_str(&format!(" ({} uden niveau)", n.without_level));
    }
    text
}

/// "1 team" / "3 teams".
fn teams_text(n: usize) -> String {
    if n == 1 {
        "1 team".to_string()
    } else {
        format!("{n} teams")
    }
}

/// The file name without its folder (the place column names the folder).
fn file_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

/// The head of a 4-character heatmap column: the id, or for a longer id the part after the
/// chapter (".10" under 3.10); the table says which is which, the screen's detail line too.
pub fn column_head(id: &str) -> String {
    const CELL: usize = 4;
    if id.chars().count() < CELL {
        return id.to_string();
    }
    match id.split_once('.') {
        Some((_, rest)) if rest.chars().count() < CELL - 1 => format!(".{rest}"),
        _ => crate::text::truncate(id, CELL - 1),
    }
}

/// One team's assessments: "2024-05-01 1,0 → 2025-05-01 1,9 → 2026-05-01 2,3".
fn points_text(points: &[(String, Option<f64>)]) -> String {
    points
        .iter()
        .map(|(created, mean)| format!("{created} {}", mean_text(*mean)))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// "2.5 Inddragelse: 1,9 → 2,7 (+0,8; 1 → 3 teams)".
fn mover_text(o: &Overview, m: &super::Mover) -> String {
    format!(
        "{} {}: {} → {} ({}; {} → {} teams)",
        m.id,
        m.title,
        teams_mean_text(o, &m.from),
        teams_mean_text(o, &m.to),
        signed(m.change),
        m.from.n,
        m.to.n
    )
}

/// "3.4.1: 0 % (0 af 1 team) → 33 % (1 af 3 teams)".
fn grew_text(g: &super::ShareGrew) -> String {
    let part = |(below, of): (usize, usize)| {
        format!(
            "{:.0} % ({below} af {})",
            super::ShareGrew::percent((below, of)),
            teams_text(of)
        )
    };
    format!("{}: {} → {}", g.id, part(g.from), part(g.to))
}

/// Whether the course over time has anything to show: two years, or a team seen twice.
fn has_course(o: &Overview) -> bool {
    o.course.years.len() > 1 || o.course.teams.iter().any(|t| t.points.len() > 1)
}

/// The two years the lists compare, "2025 til 2026".
fn last_years(o: &Overview) -> Option<String> {
    let n = o.course.years.len();
    (n > 1).then(|| {
        format!(
            "{} til {}",
            o.course.years[n - 2].year,
            o.course.years[n - 1].year
        )
    })
}

/// Said under the course when files of another deck edition are in it.
fn other_edition_text(o: &Overview) -> Option<String> {
    (o.course.other_edition > 0).then(|| {
        format!(
            "{} af vurderingerne er lavet med en anden udgave af kortsættet; de er kun \
             sammenlignet på de anvisninger, der også findes i det nuværende.",
            o.course.other_edition
        )
    })
}

/// How many focus areas every format lists.
const TOP_FOCUS: usize = 10;
