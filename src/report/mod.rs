//! Reports of one assessment: minutes for the meeting (Markdown), a printable page (HTML), a
//! spreadsheet (CSV) and a documented machine format (JSON). Formatting only: the numbers come
//! from [`summarize`](crate::assessment::summarize) and the texts from the deck.
//!
//! Everything from the assessment is cleaned of control and bidi characters before it is written
//! (JSON escapes them instead, so the data stays exact), because a report may go to a terminal.

mod content;
mod csv;
mod html;
mod json;
mod markdown;
mod xlsx;

use crate::assessment::Assessment;
use crate::deck::Deck;

/// Shared with the app's "last time" message, so it words scores and votes as the minutes do.
pub(crate) use content::{danish_date, goal_basis_text, score_text, status_text, votes_text};
pub use csv::{CSV_COLUMNS, CSV_SEPARATOR};
pub use json::JSON_SCHEMA;
// The print cards escape exactly as the reports do.
pub(crate) use html::esc;
pub(crate) use markdown::md;

/// The formats `refleks report --format` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    Md,
    Html,
    Csv,
    Json,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 4] = [
        ReportFormat::Md,
        ReportFormat::Html,
        ReportFormat::Csv,
        ReportFormat::Json,
    ];

    /// The name on the command line, which is also the usual file extension.
    pub fn name(self) -> &'static str {
        match self {
            ReportFormat::Md => "md",
            ReportFormat::Html => "html",
            ReportFormat::Csv => "csv",
            ReportFormat::Json => "json",
        }
    }

    pub fn from_name(name: &str) -> Option<ReportFormat> {
        ReportFormat::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// The report as an Excel workbook (`--format xlsx`): the bytes of the file, or why it could
/// not be made (a fault in refleks, never in the file).
pub fn report_xlsx(a: &Assessment, deck: &Deck) -> Result<Vec<u8>, String> {
    xlsx::render(&content::Content::new(a, deck))
}

/// The whole report as text. Never fails: anything odd in the file (unknown anvisninger, answers
/// on cards that were not chosen, scores off the scale) is shown, not dropped.
pub fn report(a: &Assessment, deck: &Deck, format: ReportFormat) -> String {
    let content = content::Content::new(a, deck);
    match format {
        ReportFormat::Md => markdown::render(&content),
        ReportFormat::Html => html::render(&content),
        ReportFormat::Csv => csv::render(&content),
        ReportFormat::Json => json::render(&content),
    }
}
