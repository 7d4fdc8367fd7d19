//! `refleks compare A B [C...] --format table|md|csv|json|xlsx [-o UD]`.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::Output;
use crate::assessment::Assessment;
use crate::compare::{CompareFormat, column_labels, compare, render, xlsx};
use crate::deck::{Deck, Problem};
use crate::store::Store;

/// `--format` of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Tabel til terminalen, højst 80 tegn bred
    Table,
    /// Markdown med alle anvisninger og noter
    Md,
    /// Til regneark (UTF-8 med BOM, semikolon)
    Csv,
    /// Til andre programmer (se docs/compare-json.md)
    Json,
    /// Et Excel-ark (kræver -o)
    Xlsx,
}

impl FormatArg {
    /// The text format, or `None` for the workbook.
    fn text(self) -> Option<CompareFormat> {
        Some(match self {
            FormatArg::Table => CompareFormat::Table,
            FormatArg::Md => CompareFormat::Md,
            FormatArg::Csv => CompareFormat::Csv,
            FormatArg::Json => CompareFormat::Json,
            FormatArg::Xlsx => return None,
        })
    }
}

/// The column labels people see: "Team Nord 2025-11-18", made unique when two are equal.
/// Column labels for loaded files (`files[i]` is where `assessments[i]` came from).
pub fn compare_labels(assessments: &[Assessment], files: &[PathBuf]) -> Vec<String> {
    let items: Vec<(&Assessment, &Path)> = assessments
        .iter()
        .zip(files.iter().map(PathBuf::as_path))
        .collect();
    column_labels(&items)
}

impl FormatArg {
    /// The file name ending for `-o` examples.
    fn extension(self) -> &'static str {
        match self {
            FormatArg::Table => "txt",
            FormatArg::Md => "md",
            FormatArg::Csv => "csv",
            FormatArg::Json => "json",
            FormatArg::Xlsx => "xlsx",
        }
    }
}

pub(super) fn run(
    files: &[PathBuf],
    format: FormatArg,
    out: Option<&Path>,
    cards: Option<&Path>,
    color: bool,
) -> Output {
    let fail = Output::failed;
    if out.is_none() && format == FormatArg::Xlsx {
        return fail(super::report::needs_out("sammenligning", color));
    }
    if files.len() < 2 {
        return Output {
            stderr: format!(
                "fejl: En sammenligning skal have mindst to filer, men fik {}.\n  \
                 = hjælp: Skriv fx `refleks compare team-nord-2025-11-18.toml \
                 team-nord-2026-11-17.toml`. Se `refleks compare --help`.\n",
                files.len()
            ),
            code: 2,
            ..Output::default()
        };
    }
    if let Some(out) = out
        && out
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    {
        return Output {
            stderr: Problem::new(
                &out.display().to_string(),
                "Sammenligningen må ikke gemmes som en .toml-fil: den kunne overskrive en vurdering",
                format!(
                    "Vælg et andet filnavn med -o, fx sammenligning.{}.",
                    format.extension()
                ),
            )
            .render(color),
            code: 1,
            ..Output::default()
        };
    }
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    // Each file is read once; every file that cannot be read is reported, not only the first.
    let mut assessments = Vec::with_capacity(files.len());
    let mut errors = String::new();
    let mut failed = 0;
    for file in files {
        match Store::load_for(file, &deck) {
            Ok(a) => assessments.push(a),
            Err(e) => {
                failed += 1;
                errors.push_str(&e.render(color));
            }
        }
    }
    if failed > 0 {
        errors.push_str(&format!(
            "Der er ikke sammenlignet noget: {failed} af {} filer kan ikke læses. Ret eller \
             udelad {}, og prøv igen.\n",
            files.len(),
            if failed == 1 { "filen" } else { "filerne" }
        ));
        return Output {
            stderr: errors,
            code: 1,
            ..Output::default()
        };
    }
    let bytes = match format.text() {
        Some(f) => comparison_text(&assessments, files, &deck, f).into_bytes(),
        None => {
            let items: Vec<(String, &Assessment)> = compare_labels(&assessments, files)
                .into_iter()
                .zip(&assessments)
                .collect();
            match xlsx(&compare(&items, &deck)) {
                Ok(bytes) => bytes,
                Err(e) => return fail(super::report::xlsx_failed(&e)),
            }
        }
    };
    match out {
        None => Output::ok(super::report::text_of(bytes)),
        Some(out) => super::report::save(
            out,
            &bytes,
            "Sammenligningen",
            "sammenligning",
            format.extension(),
            color,
        ),
    }
}

/// The comparison of loaded assessments, as `compare` prints it.
pub fn comparison_text(
    assessments: &[Assessment],
    files: &[PathBuf],
    deck: &Deck,
    format: CompareFormat,
) -> String {
    let items: Vec<(String, &Assessment)> = compare_labels(assessments, files)
        .into_iter()
        .zip(assessments)
        .collect();
    render(&compare(&items, deck), format)
}
