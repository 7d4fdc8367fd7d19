//! `refleks report`: one assessment as minutes (md), a printable page (html), a spreadsheet
//! (csv) or data for other programs (json).

use crate::deck::Deck;
use crate::report::ReportFormat;
use std::io::Write;

use crate::text::clean_line;

use super::Output;

/// What `report --format` asks for: a text format, or the workbook (which needs `-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportOut {
    Text(ReportFormat),
    Xlsx,
}

impl ReportOut {
    fn name(self) -> &'static str {
        match self {
            ReportOut::Text(f) => f.name(),
            ReportOut::Xlsx => "xlsx",
        }
    }
}

pub(super) fn report_format_parser() -> impl clap::builder::TypedValueParser<Value = ReportOut> {
    use clap::builder::TypedValueParser;
    let names = ReportFormat::ALL.map(ReportFormat::name);
    clap::builder::PossibleValuesParser::new(names.into_iter().chain(["xlsx"]))
        .map(|name| ReportFormat::from_name(&name).map_or(ReportOut::Xlsx, ReportOut::Text))
}

/// `refleks report`: the report on stdout, or written atomically to `out` with one line saying
/// where. A file that cannot be read gives its located error and nothing is written; the
/// assessment itself is never overwritten.
pub(super) fn report_command(
    file: &std::path::Path,
    format: ReportOut,
    out: Option<&std::path::Path>,
    cards: Option<&std::path::Path>,
    color: bool,
) -> Output {
    use crate::deck::Problem;
    use crate::store::Store;

    let fail = Output::failed;
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    let assessment = match Store::load_for(file, &deck) {
        Ok(a) => a,
        Err(e) => return fail(e.render(color)),
    };
    let bytes = match format {
        ReportOut::Text(f) => crate::report::report(&assessment, &deck, f).into_bytes(),
        ReportOut::Xlsx if out.is_none() => return fail(needs_out("referat", color)),
        ReportOut::Xlsx => match crate::report::report_xlsx(&assessment, &deck) {
            Ok(bytes) => bytes,
            Err(e) => return fail(xlsx_failed(&e)),
        },
    };
    let Some(out) = out else {
        return Output::ok(text_of(bytes));
    };
    let shown = out.display().to_string();
    if same_file(file, out) {
        return fail(
            Problem::new(
                &shown,
                "Rapporten ville overskrive selve vurderingen",
                format!(
                    "Vælg et andet filnavn med -o, fx referat.{}.",
                    format.name()
                ),
            )
            .render(color),
        );
    }
    save(out, &bytes, "Rapporten", "referat", format.name(), color)
}

/// A text format's bytes as the text they are (made from a `String`, so never lossy).
pub(super) fn text_of(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// An Excel workbook is not text for a terminal: `--format xlsx` needs `-o`.
pub(super) fn needs_out(stem: &str, color: bool) -> String {
    crate::deck::Problem::new(
        "--format xlsx",
        "Et Excel-ark kan ikke vises i terminalen",
        format!("Skriv et filnavn med -o, fx -o {stem}.xlsx."),
    )
    .render(color)
}

/// The workbook could not be made: a fault in refleks, never in the user's files.
pub(super) fn xlsx_failed(reason: &str) -> String {
    format!(
        "fejl: Excel-arket kunne ikke laves ({}).\n  = hjælp: Det er en fejl i refleks, ikke i \
         dine filer. Brug --format csv i stedet, og fortæl os om fejlen.\n",
        crate::text::clean_line(reason)
    )
}

/// Writes `bytes` atomically to `out` and says where, or says in Danish why it could not. Shared
/// by every command with `-o`; `noun` is what was written ("Rapporten"), `stem` and `ext` make
/// the example file name offered when `out` is a folder.
pub(super) fn save(
    out: &std::path::Path,
    bytes: &[u8],
    noun: &str,
    stem: &str,
    ext: &str,
    color: bool,
) -> Output {
    save_with(out, noun, stem, ext, color, |w| Ok(w.write_all(bytes)?))
}

/// Why an output could not be written: the disk, or the workbook library (a fault in refleks).
pub(super) enum Failed {
    Io(std::io::Error),
    Workbook(String),
}

impl From<std::io::Error> for Failed {
    fn from(e: std::io::Error) -> Failed {
        Failed::Io(e)
    }
}

impl From<rust_xlsxwriter::XlsxError> for Failed {
    fn from(e: rust_xlsxwriter::XlsxError) -> Failed {
        match e {
            rust_xlsxwriter::XlsxError::IoError(e) => Failed::Io(e),
            e => Failed::Workbook(e.to_string()),
        }
    }
}

/// [`save`] for output too large to hold whole: `fill` writes it straight into the temp file
/// that takes `out`'s name when it is done (see `store::write_atomic_with`).
pub(super) fn save_with(
    out: &std::path::Path,
    noun: &str,
    stem: &str,
    ext: &str,
    color: bool,
    fill: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> Result<(), Failed>,
) -> Output {
    use crate::deck::Problem;
    use crate::store::write_atomic_with;

    let fail = Output::failed;
    let shown = out.display().to_string();
    if out.is_dir() {
        return fail(
            Problem::new(
                &shown,
                "Det er en mappe, ikke en fil",
                format!(
                    "Skriv et filnavn efter -o, fx {}.",
                    out.join(format!("{stem}.{ext}")).display()
                ),
            )
            .render(color),
        );
    }
    let held = match crate::store::refuse_output(out) {
        Ok(held) => held,
        Err(why) => {
            return fail(
                Problem::new(
                    &shown,
                    format!("{noun} er ikke gemt: {why}"),
                    format!("Vælg et andet filnavn med -o, fx {stem}.{ext}."),
                )
                .render(color),
            );
        }
    };
    // Temp files of an earlier `-o` that was killed mid-write go (only our own pattern).
    if let Some(folder) = out.parent() {
        crate::store::remove_stale_temps(if folder.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            folder
        });
    }
    let written = write_atomic_with(out, fill);
    drop(held);
    match written {
        Ok(()) => Output::ok(format!(
            "{noun} ({ext}) er gemt i {}.\n",
            clean_line(&shown)
        )),
        Err(Failed::Workbook(e)) => fail(xlsx_failed(&e)),
        Err(Failed::Io(e)) if crate::store::held_elsewhere(out, &e) => fail(
            Problem::new(
                &shown,
                format!("{noun} kan ikke gemmes: {}", crate::strings::FILE_HELD),
                crate::strings::FILE_HELD_HELP,
            )
            .render(color),
        ),
        Err(Failed::Io(e)) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "mappen findes ikke".to_string(),
                std::io::ErrorKind::PermissionDenied => "du har ikke adgang til mappen".to_string(),
                std::io::ErrorKind::ReadOnlyFilesystem => "drevet er skrivebeskyttet".to_string(),
                std::io::ErrorKind::StorageFull => "disken er fuld".to_string(),
                _ => clean_line(&e.to_string()),
            };
            fail(
                Problem::new(
                    &shown,
                    format!("{noun} kan ikke gemmes: {reason}"),
                    "Vælg en fil i en mappe, der findes, og som du har adgang til.",
                )
                .render(color),
            )
        }
    }
}

/// True when both paths name the same existing file (also through a symbolic link).
pub(super) fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
