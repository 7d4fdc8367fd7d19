//! Problems found in a deck, located and explained so a person can fix their file.

use std::fmt;

use crate::text::{clean_line, plain_words, truncate};

/// One thing wrong with one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user knows it, e.g. `kort/2.1.toml`.
    pub file: String,
    pub at: Option<Location>,
    /// What is wrong, one sentence, Danish.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

/// Where in the file: 1-based line and column (in characters), and the line itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub source_line: String,
    /// How many characters to underline, at least one.
    pub width: usize,
}

/// The byte offsets where the lines of `source` start (the first is 0).
pub fn line_starts(source: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

impl Location {
    /// Locates a byte range of `source`. Ranges past the end point at the last character.
    pub fn of_span(source: &str, span: std::ops::Range<usize>) -> Location {
        Location::of_span_in(source, &line_starts(source), span)
    }

    /// [`Location::of_span`] with the byte offsets where the lines of `source` start
    /// ([`line_starts`]), found once for a file however many problems it has (a crafted deck
    /// with 10,000 bad ids would otherwise count its lines 10,000 times).
    pub fn of_span_in(source: &str, starts: &[usize], span: std::ops::Range<usize>) -> Location {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let line = starts.partition_point(|&s| s <= start).max(1);
        let line_start = starts.get(line - 1).copied().unwrap_or(0);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let column = source[line_start..start].chars().count() + 1;
        let source_line = source[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let width = source[start..end.min(line_end)].chars().count().max(1);
        Location {
            line,
            column,
            source_line,
            width,
        }
    }

    /// Locates the first invalid UTF-8 byte of `bytes`, which are valid up to `valid_up_to`.
    /// The line is shown with the bad bytes as U+FFFD.
    pub fn of_invalid_utf8(bytes: &[u8], valid_up_to: usize) -> Location {
        let valid_up_to = valid_up_to.min(bytes.len());
        let valid = String::from_utf8_lossy(&bytes[..valid_up_to]).to_string();
        let rest = &bytes[valid_up_to..];
        let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let shown = format!("{valid}{}", String::from_utf8_lossy(&rest[..line_end]));
        let mut at = Location::of_span(&shown, valid.len()..valid.len() + 1);
        at.line = valid.matches('\n').count() + 1;
        at
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Longest source line we echo; longer lines are cut around the column.
const MAX_ECHO: usize = 100;

impl Problem {
    pub fn new(file: &str, message: impl Into<String>, help: impl Into<String>) -> Problem {
        Problem {
            file: file.to_string(),
            at: None,
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn at(mut self, location: Location) -> Problem {
        self.at = Some(location);
        self
    }

    /// A rustc-like report, in plain text. Everything from the input is cleaned first.
    pub fn render(&self, color: bool) -> String {
        let (red, blue, bold, reset) = if color {
            ("\x1b[1;31m", "\x1b[1;34m", "\x1b[1m", "\x1b[0m")
        } else {
            ("", "", "", "")
        };
        let file = clean_line(&self.file);
        let message = clean_line(&self.message);
        let mut out = format!("{red}fejl{reset}{bold}: {message}{reset}\n");
        // The gutter is as wide as the line number, so every `|` and `=` lines up.
        let gutter = self.at.as_ref().map_or(1, |at| at.line.to_string().len());
        let pad = " ".repeat(gutter);
        match &self.at {
            None => out.push_str(&format!("{pad}{blue}-->{reset} {file}\n")),
            Some(at) => {
                let (shown, col) = window(&clean_line(&at.source_line), at.column);
                let marks = "^".repeat(at.width.min(MAX_ECHO.saturating_sub(col - 1)).max(1));
                out.push_str(&format!(
                    "{pad}{blue}-->{reset} {file}:{}:{}\n",
                    at.line, at.column
                ));
                out.push_str(&format!("{pad} {blue}|{reset}\n"));
                out.push_str(&format!(
                    "{blue}{}{reset} {blue}|{reset} {shown}\n",
                    at.line
                ));
                out.push_str(&format!(
                    "{pad} {blue}|{reset} {}{red}{marks}{reset}\n",
                    " ".repeat(col - 1)
                ));
            }
        }
        out.push_str(&format!(
            "{pad} {blue}={reset} {bold}hjælp{reset}: {}\n",
            clean_line(&self.help)
        ));
        out
    }
}

impl Problem {
    /// The same in plain words for a message in the app: "Linje 21 i team-nord.toml: what is
    /// wrong." and the help sentence after it; no arrows, no gutter, no system jargon.
    pub fn plain(&self) -> String {
        let message = plain_words(&self.message);
        let message = message.trim_end_matches('.');
        let file = clean_line(&self.file);
        let head = match &self.at {
            Some(at) => format!("Linje {} i {file}: {message}.", at.line),
            None => format!("{file}: {message}."),
        };
        // The help points at the marked place of the located report; here there is no mark.
        let help = plain_words(&self.help);
        let help = match &self.at {
            Some(at) => help.replace("på den markerede plads", &format!("i linje {}", at.line)),
            None => help,
        };
        format!("{head}\n{help}")
    }
}

/// The part of a long line that contains `column`, and the column within that part.
fn window(line: &str, column: usize) -> (String, usize) {
    let len = line.chars().count();
    if len <= MAX_ECHO {
        return (line.to_string(), column.max(1));
    }
    let start = column.saturating_sub(MAX_ECHO / 2).min(len - MAX_ECHO);
    let shown: String = line.chars().skip(start).collect();
    let mut shown = truncate(&shown, MAX_ECHO);
    if start > 0 {
        shown = format!("…{}", shown.chars().skip(1).collect::<String>());
    }
    (shown, column - start)
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Everything wrong with a deck. Loading collects all problems rather than stopping at the first,
/// so one run of `refleks deck check` shows the whole list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckError {
    /// The deck folder as the user named it, or "det indbyggede kortsæt".
    pub origin: String,
    pub problems: Vec<Problem>,
}

impl DeckError {
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            out.push_str(&problem.render(color));
            out.push('\n');
        }
        let n = self.problems.len();
        let noun = if n == 1 { "problem" } else { "problemer" };
        out.push_str(&format!(
            "{n} {noun} i {}. Ret filerne og kør `refleks deck check {}` igen.\n",
            clean_line(&self.origin),
            clean_line(&self.origin),
        ));
        out
    }
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for DeckError {}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Issue 24: lines counted once per file give the same place as counting per problem.
        #[test]
        fn line_starts_found_once_locate_the_same(
            source in "(a|æ|\n|\r\n| ){0,200}",
            a in 0usize..400,
            b in 0usize..400,
        ) {
            let (start, end) = (a.min(b), a.max(b));
            let naive_line = source[..super::floor_char_boundary(&source, start.min(source.len()))]
                .matches('\n')
                .count()
                + 1;
            let at = Location::of_span(&source, start..end);
            proptest::prop_assert_eq!(at.line, naive_line);
            let again = Location::of_span_in(&source, &line_starts(&source), start..end);
            proptest::prop_assert_eq!(at, again);
        }
    }

    #[test]
    fn locates_spans_in_characters() {
        let src = "a = 1\nnøgle = \"æ\"\n";
        let start = src.find("\"æ\"").unwrap();
        let at = Location::of_span(src, start..start + 4);
        assert_eq!((at.line, at.column, at.width), (2, 9, 3));
        assert_eq!(at.source_line, "nøgle = \"æ\"");
    }

    #[test]
    fn span_past_the_end_does_not_panic() {
        let at = Location::of_span("æ", 1..99);
        assert_eq!((at.line, at.column), (1, 1));
    }

    #[test]
    fn long_lines_are_windowed_around_the_column() {
        let line = format!("{}X{}", "a".repeat(300), "b".repeat(300));
        let (shown, col) = window(&line, 301);
        assert!(shown.chars().count() <= MAX_ECHO);
        assert_eq!(shown.chars().nth(col - 1), Some('X'));
    }

    #[test]
    fn plain_has_no_arrows_jargon_or_backticks() {
        let p = Problem::new(
            "team-nord.toml",
            "Ukendt felt (No such file or directory (os error 2))",
            "Kør `refleks open` igen.",
        )
        .at(Location::of_span("a\nb = 1\n", 2..3));
        let out = p.plain();
        assert_eq!(
            out,
            "Linje 2 i team-nord.toml: Ukendt felt (No such file or directory).\nKør refleks open igen."
        );
        for jargon in ["-->", "^", "= hjælp", "os error", "`"] {
            assert!(!out.contains(jargon), "{jargon} in {out}");
        }
    }

    #[test]
    fn rendering_never_echoes_control_characters() {
        let p = Problem::new("f\u{1b}.toml", "bad \u{202e}", "fix \u{7}").at(Location {
            line: 1,
            column: 1,
            source_line: "x\u{1b}[2J".into(),
            width: 1,
        });
        let out = p.render(false);
        assert!(!out.chars().any(crate::text::is_unsafe), "{out:?}");
    }
}
