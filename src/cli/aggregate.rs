//! `refleks aggregate DIR... [--format table|md|csv|json|html] [-o FILE] [--all] [--anonym]`:
//! many teams side by side. Files that cannot be read are listed in the output (in every
//! format) and never stop the rest; a folder given that cannot be opened stops it (exit 1).

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::Output;
use crate::aggregate::{AggregateFormat, render, render_to, xlsx_to};
use crate::deck::{Deck, Problem};

/// `--format` of `aggregate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggregateFormatArg {
    /// Tabel til terminalen, højst 100 tegn bred
    Table,
    /// Markdown
    Md,
    /// Til regneark: én række pr. team og retningslinje
    Csv,
    /// Til andre programmer (se docs/aggregate-json.md)
    Json,
    /// Én side til udskrift med et farvekort
    Html,
    /// Et Excel-ark med et faneblad pr. visning (kræver -o)
    Xlsx,
}

impl AggregateFormatArg {
    fn name(self) -> &'static str {
        match self {
            AggregateFormatArg::Table => "txt",
            AggregateFormatArg::Md => "md",
            AggregateFormatArg::Csv => "csv",
            AggregateFormatArg::Json => "json",
            AggregateFormatArg::Html => "html",
            AggregateFormatArg::Xlsx => "xlsx",
        }
    }

    /// The text format, or `None` for the workbook.
    fn text(self) -> Option<AggregateFormat> {
        Some(match self {
            AggregateFormatArg::Table => AggregateFormat::Table,
            AggregateFormatArg::Md => AggregateFormat::Md,
            AggregateFormatArg::Csv => AggregateFormat::Csv,
            AggregateFormatArg::Json => AggregateFormat::Json,
            AggregateFormatArg::Html => AggregateFormat::Html,
            AggregateFormatArg::Xlsx => return None,
        })
    }
}

/// What the command was asked for.
pub(super) struct Request<'a> {
    pub dirs: &'a [PathBuf],
    pub format: AggregateFormatArg,
    pub out: Option<&'a Path>,
    pub all: bool,
    pub anonym: bool,
}

pub(super) fn run(r: &Request, cards: Option<&Path>, color: bool) -> Output {
    let fail = Output::failed;
    if let Some(out) = r.out
        && let Some(problem) = refuse_out(out, r.format)
    {
        return fail(problem.render(color));
    }
    if r.out.is_none() && r.format == AggregateFormatArg::Xlsx {
        return fail(super::report::needs_out("oversigt", color));
    }
    if let Some(problem) = r.dirs.iter().find_map(|d| missing(d)) {
        return fail(problem.render(color));
    }
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    fewer_heaps();
    let mut overview = crate::aggregate::gather(r.dirs, &deck, r.all);
    if r.anonym {
        overview.anonymise();
    }
    // The unreadable files are in the output; stderr says so too, since a table may scroll by.
    let mut notice = String::new();
    if !overview.unreadable.is_empty() {
        let n = overview.unreadable.len();
        notice = format!(
            "bemærk: {n} {} kan ikke læses og er ikke med; se listen i oversigten.\n",
            if n == 1 { "fil" } else { "filer" }
        );
    }
    let mut output = match (r.out, r.format.text()) {
        (None, Some(format)) => Output::ok(render(&overview, format)),
        // Refused above: a workbook needs -o.
        (None, None) => return fail(super::report::needs_out("oversigt", color)),
        // Written as it is made, straight into the file: 100,000 files' overview never stands
        // whole in memory as text or as a workbook.
        (Some(out), format) => {
            super::report::save_with(out, "Oversigten", "oversigt", r.format.name(), color, |w| {
                match format {
                    Some(format) => Ok(render_to(&overview, format, w)?),
                    None => Ok(xlsx_to(&overview, w)?),
                }
            })
        }
    };
    output.stderr.insert_str(0, &notice);
    output
}

/// On Linux with glibc, every reading thread gets its own heap, and what a thread frees stays
/// in its heap. As many heaps as cores (not glibc's eight per core) took the peak at 100,000
/// files from ~145 to ~120 MB at no measurable cost in time; one heap for all took less still but
/// twice the time (the threads waited for each other). Elsewhere the system's allocator is left
/// as it is.
fn fewer_heaps() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let heaps = libc::c_int::try_from(cores).unwrap_or(libc::c_int::MAX);
        // SAFETY: mallopt only sets a tuning value of glibc's malloc; called before any reading
        // thread starts. A refusal (0) leaves the default, which is only more memory.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, heaps);
        }
    }
}

/// A folder (or file) given that cannot be opened stops the command before anything is read:
/// an overview without it would look complete.
fn missing(dir: &Path) -> Option<Problem> {
    let e = std::fs::metadata(dir).err()?;
    let shown = dir.display().to_string();
    let help = if e.kind() == std::io::ErrorKind::NotFound {
        "Tjek stavningen og stien; skriv mappen med vurderingerne efter `refleks aggregate`."
    } else {
        "Tjek, at du har adgang til mappen, eller vælg en anden."
    };
    Some(Problem::new(
        &shown,
        format!("Mappen kan ikke åbnes: {}", crate::store::io_reason(&e)),
        help,
    ))
}

/// An output path that would overwrite an assessment or a folder is refused before anything
/// is read.
fn refuse_out(out: &Path, format: AggregateFormatArg) -> Option<Problem> {
    let shown = out.display().to_string();
    let example = format!("oversigt.{}", format.name());
    if out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    {
        return Some(Problem::new(
            &shown,
            "Oversigten må ikke gemmes som en .toml-fil: den kunne overskrive en vurdering",
            format!("Vælg et andet filnavn med -o, fx {example}."),
        ));
    }
    if out.is_dir() {
        return Some(Problem::new(
            &shown,
            "Det er en mappe, ikke en fil",
            format!(
                "Skriv et filnavn efter -o, fx {}.",
                out.join(&example).display()
            ),
        ));
    }
    None
}
