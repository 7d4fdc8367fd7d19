//! Reads typed fields out of a parsed TOML table while remembering where each came from, so
//! every problem can point at its line and column. Problems are collected, never thrown: one
//! pass over a file reports everything wrong with it.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::problem::{Location, Problem};
use crate::text::nearest;

/// One source file being read, and the problems found in it so far.
pub struct Doc<'s> {
    pub file: String,
    pub source: &'s str,
    pub problems: Vec<Problem>,
    /// Where each line starts, found at the first problem.
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'s> Doc<'s> {
    pub fn new(file: &str, source: &'s str) -> Doc<'s> {
        Doc {
            file: file.to_string(),
            source,
            problems: Vec::new(),
            line_starts: std::cell::OnceCell::new(),
        }
    }

    pub fn locate(&self, span: Range<usize>) -> Location {
        let starts = self
            .line_starts
            .get_or_init(|| super::problem::line_starts(self.source));
        Location::of_span_in(self.source, starts, span)
    }

    pub fn report(&mut self, span: Option<Range<usize>>, message: String, help: String) {
        let mut problem = Problem::new(&self.file, message, help);
        if let Some(span) = span {
            problem = problem.at(self.locate(span));
        }
        self.problems.push(problem);
    }
}

/// A table from the file plus what we expect in it.
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    /// Where the table starts (its `[[header]]`), or `None` for the file's top level.
    span: Option<Range<usize>>,
    /// How the table is named in messages, e.g. "kortet" or "anvisning nr. 3".
    what: String,
    known: &'static [&'static str],
}

/// Danish name of a TOML value's type, for messages.
fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "en tekst",
        DeValue::Integer(_) => "et heltal",
        DeValue::Float(_) => "et decimaltal",
        DeValue::Boolean(_) => "en sand/falsk-værdi",
        DeValue::Datetime(_) => "en dato",
        DeValue::Array(_) => "en liste",
        DeValue::Table(_) => "en tabel",
    }
}

impl<'t, 'i> Fields<'t, 'i> {
    pub fn new(
        table: &'t DeTable<'i>,
        span: Option<Range<usize>>,
        what: impl Into<String>,
        known: &'static [&'static str],
    ) -> Self {
        Fields {
            table,
            span,
            what: what.into(),
            known,
        }
    }

    /// What the table is, in Danish ("anvisning 3.4.1"), for messages about its parts.
    pub fn what(&self) -> &str {
        &self.what
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    /// The span of a key's value, for cross-file checks that report later.
    pub fn value_span(&self, key: &str) -> Option<Range<usize>> {
        self.get(key).map(|v| v.span())
    }

    /// True when an unknown key in the table looks like a typo of `key`: the unknown-key report
    /// already says "did you mean", so a second report that `key` is missing would only repeat it.
    fn misspelled(&self, key: &str) -> bool {
        self.table.iter().any(|(k, _)| {
            let k: &str = k.get_ref();
            !self.known.contains(&k) && nearest(k, self.known) == Some(key)
        })
    }

    fn missing(&self, doc: &mut Doc, key: &str, example: &str) {
        if self.misspelled(key) {
            return;
        }
        doc.report(
            self.span.clone(),
            format!("Feltet `{key}` mangler i {}", self.what),
            format!("Tilføj en linje som `{key} = {example}`."),
        );
    }

    fn wrong_type(&self, doc: &mut Doc, key: &str, value: &Spanned<DeValue>, want: &str) {
        let help = match (want, value.get_ref()) {
            ("en tekst", DeValue::Integer(_) | DeValue::Float(_)) => {
                format!("Sæt anførselstegn om værdien, fx `{key} = \"...\"`.")
            }
            ("en liste af tekster", DeValue::String(_)) => {
                format!("Skriv en liste i firkantede parenteser: `{key} = [\"...\", \"...\"]`.")
            }
            _ => format!("Skriv `{key}` som {want}."),
        };
        doc.report(
            Some(value.span()),
            format!(
                "`{key}` i {} skal være {want}, men er {}",
                self.what,
                type_name(value.get_ref())
            ),
            help,
        );
    }

    fn empty(&self, doc: &mut Doc, key: &str, span: Range<usize>) {
        doc.report(
            Some(span),
            format!("`{key}` i {} er tom", self.what),
            format!("Skriv en tekst i `{key}`, eller fjern linjen hvis feltet er valgfrit."),
        );
    }

    /// A non-empty text. `None` (and a problem) when it is missing, empty or not a text.
    pub fn text(&self, doc: &mut Doc, key: &str) -> Option<String> {
        let Some(value) = self.get(key) else {
            self.missing(doc, key, "\"...\"");
            return None;
        };
        self.text_value(doc, key, value)
    }

    /// A text that may be left out; empty when absent.
    pub fn optional_text(&self, doc: &mut Doc, key: &str) -> String {
        match self.get(key) {
            None => String::new(),
            Some(value) => self.text_value(doc, key, value).unwrap_or_default(),
        }
    }

    fn text_value(&self, doc: &mut Doc, key: &str, value: &Spanned<DeValue>) -> Option<String> {
        match value.get_ref().as_str() {
            None => {
                self.wrong_type(doc, key, value, "en tekst");
                None
            }
            Some(s) if s.trim().is_empty() => {
                self.empty(doc, key, value.span());
                None
            }
            Some(s) => Some(s.trim().to_string()),
        }
    }

    /// A list of non-empty texts. Required lists must have at least one item.
    pub fn texts(&self, doc: &mut Doc, key: &str, required: bool) -> Vec<String> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(doc, key, "[\"...\"]");
            }
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.wrong_type(doc, key, value, "en liste af tekster");
            return Vec::new();
        };
        if required && array.is_empty() {
            doc.report(
                Some(value.span()),
                format!("`{key}` i {} er en tom liste", self.what),
                format!("Skriv mindst ét punkt: `{key} = [\"...\"]`."),
            );
        }
        let mut out = Vec::new();
        for item in array.iter() {
            match item.get_ref().as_str() {
                Some(s) if s.trim().is_empty() => self.empty(doc, key, item.span()),
                Some(s) => out.push(s.trim().to_string()),
                None => doc.report(
                    Some(item.span()),
                    format!(
                        "Et punkt i `{key}` i {} skal være en tekst, men er {}",
                        self.what,
                        type_name(item.get_ref())
                    ),
                    "Sæt anførselstegn om punktet.".to_string(),
                ),
            }
        }
        out
    }

    /// The items of a list whose items may be of more than one type (a text or a table), for
    /// the caller to read one by one. Required lists must have at least one item.
    pub fn items(&self, doc: &mut Doc, key: &str, required: bool) -> Vec<&'t Spanned<DeValue<'i>>> {
        let Some(value) = self.get(key) else {
            if required && !self.misspelled(key) {
                self.missing(doc, key, "[\"...\"]");
            }
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            // Plain texts are the common case, and the help for it shows how to write a list.
            self.wrong_type(doc, key, value, "en liste af tekster");
            return Vec::new();
        };
        if required && array.is_empty() {
            doc.report(
                Some(value.span()),
                format!("`{key}` i {} er en tom liste", self.what),
                format!("Skriv mindst ét punkt: `{key} = [\"...\"]`."),
            );
        }
        array.iter().collect()
    }

    /// A whole number within `range`.
    pub fn number(&self, doc: &mut Doc, key: &str, range: Range<i64>) -> Option<u8> {
        let Some(value) = self.get(key) else {
            self.missing(doc, key, &range.start.to_string());
            return None;
        };
        self.number_value(doc, key, value, range)
    }

    fn number_value(
        &self,
        doc: &mut Doc,
        key: &str,
        value: &Spanned<DeValue>,
        range: Range<i64>,
    ) -> Option<u8> {
        let parsed = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        match parsed {
            None => {
                self.wrong_type(doc, key, value, "et heltal");
                None
            }
            Some(n) if !range.contains(&n) => {
                doc.report(
                    Some(value.span()),
                    format!(
                        "`{key}` i {} er {n}, men skal være fra {} til {}",
                        self.what,
                        range.start,
                        range.end - 1
                    ),
                    format!("Ret `{key}` til et tal i det interval."),
                );
                None
            }
            Some(n) => u8::try_from(n).ok(),
        }
    }

    /// A list of whole numbers, each within `range`, with the span of each.
    pub fn numbers(&self, doc: &mut Doc, key: &str, range: Range<i64>) -> Vec<(u8, Range<usize>)> {
        let Some(value) = self.get(key) else {
            self.missing(doc, key, "[1]");
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.wrong_type(doc, key, value, "en liste af heltal");
            return Vec::new();
        };
        array
            .iter()
            .filter_map(|item| {
                self.number_value(doc, key, item, range.clone())
                    .map(|n| (n, item.span()))
            })
            .collect()
    }

    /// An array of tables (`[[key]]`), each with its span.
    pub fn tables(
        &self,
        doc: &mut Doc,
        key: &str,
        required: bool,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        self.tables_headed(doc, key, key, required)
    }

    /// Like [`Fields::tables`], for tables inside an array of tables, whose blocks begin with
    /// `[[header]]` (e.g. `[[anvisninger.deadlines]]`): the messages show that header.
    pub fn tables_headed(
        &self,
        doc: &mut Doc,
        key: &str,
        header: &str,
        required: bool,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        let Some(value) = self.get(key) else {
            if required && !self.misspelled(key) {
                doc.report(
                    self.span.clone(),
                    format!("`{key}` mangler i {}", self.what),
                    format!("Tilføj mindst én blok, der begynder med `[[{header}]]`."),
                );
            }
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.wrong_type(doc, key, value, &format!("en række `[[{header}]]`-blokke"));
            return Vec::new();
        };
        if required && array.is_empty() {
            doc.report(
                Some(value.span()),
                format!("`{key}` i {} er tom", self.what),
                format!("Tilføj mindst én blok, der begynder med `[[{header}]]`."),
            );
        }
        array
            .iter()
            .filter_map(|item| match item.get_ref().as_table() {
                Some(t) => Some((t, item.span())),
                None => {
                    self.wrong_type(doc, key, item, "en tabel");
                    None
                }
            })
            .collect()
    }

    /// A single sub-table (`[key]` or `key = { ... }`).
    pub fn table(&self, doc: &mut Doc, key: &str) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let Some(value) = self.get(key) else {
            doc.report(
                self.span.clone(),
                format!("Tabellen `{key}` mangler i {}", self.what),
                format!("Tilføj en blok, der begynder med `[{key}]`."),
            );
            return None;
        };
        match value.get_ref().as_table() {
            Some(t) => Some((t, value.span())),
            None => {
                self.wrong_type(doc, key, value, "en tabel");
                None
            }
        }
    }

    /// Reports every key we do not know, with the nearest known key as a suggestion.
    pub fn reject_unknown(&self, doc: &mut Doc) {
        for (key, _) in self.table.iter() {
            let name: &str = key.get_ref();
            if self.known.contains(&name) {
                continue;
            }
            let help = match nearest(name, self.known) {
                Some(near) => format!("Mente du `{near}`? Ret navnet på nøglen."),
                None => format!("Kendte nøgler her: {}.", self.known.join(", ")),
            };
            doc.report(
                Some(key.span()),
                format!("Ukendt nøgle `{name}` i {}", self.what),
                help,
            );
        }
    }
}
