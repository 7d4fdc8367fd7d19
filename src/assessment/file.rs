//! The assessment file: one TOML document per assessment, written so a person can read and diff
//! it, and read back with errors that point at the line and say what to do.
//!
//! Writing never fails for our types: every map has text keys and every value is a string, an
//! integer, a bool, a list or a table. Reading checks, in this order: TOML syntax; the format
//! version (a newer file is refused before anything else is looked at, since its fields may be
//! unknown to us); the fields and their types; then what serde cannot see (score range, team).

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use super::model::{Assessment, SCHEMA, Score};
use crate::deck::{Location, Problem, syntax_message};
use crate::text::{clean_line, nearest};

/// The first line of every file we write.
pub const FILE_HEADER: &str = "# refleks-vurdering. Kan åbnes med `refleks open <fil>`.\n";

/// The highest score a file may hold: each level is scored with its own digit key.
pub const MAX_LEVEL: u8 = 9;

/// The assessment as the text of its file: pruned (only what was answered), keys in a stable
/// order (struct fields, then sorted map keys), multi-line notes as multi-line strings.
pub fn to_toml(a: &Assessment) -> String {
    let mut pruned = a.clone();
    pruned.prune();
    // Whatever version it was read as, it is written in the format this build writes.
    pruned.schema = SCHEMA;
    // Cannot fail: see the module comment. The round-trip property test covers every field.
    let body = toml::to_string(&pruned).expect("an assessment always serializes to TOML");
    format!("{FILE_HEADER}\n{body}")
}

/// Everything wrong with one assessment file. The file itself is never touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    /// The file as the user knows it.
    pub file: String,
    pub problems: Vec<Problem>,
    /// Set when the file was written by a newer refleks: its format number.
    pub newer_schema: Option<u64>,
}

impl FileError {
    fn one(file: &str, problem: Problem) -> FileError {
        FileError {
            file: file.to_string(),
            problems: vec![problem],
            newer_schema: None,
        }
    }

    /// A rustc-like report of every problem, then one line on what happens now.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            out.push_str(&problem.render(color));
            out.push('\n');
        }
        let file = clean_line(&self.file);
        if self.newer_schema.is_some() {
            out.push_str(&format!("{file} er ikke ændret.\n"));
        } else {
            let n = self.problems.len();
            let noun = if n == 1 { "problem" } else { "problemer" };
            out.push_str(&format!(
                "{n} {noun} i {file}. Filen er ikke ændret: ret den i en teksteditor, og åbn den igen.\n"
            ));
        }
        out
    }
}

impl FileError {
    /// Each problem in plain words (see [`Problem::plain`]), then what happens now: for a
    /// message in the app, where the located report of [`FileError::render`] is jargon.
    pub fn plain(&self) -> String {
        let mut out: Vec<String> = self.problems.iter().map(Problem::plain).collect();
        let file = clean_line(&self.file);
        out.push(if self.newer_schema.is_some() {
            format!("{file} er ikke ændret.")
        } else {
            format!("{file} er ikke ændret: ret den i en teksteditor, og åbn den igen.")
        });
        out.join("\n")
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for FileError {}

/// Reads an assessment from the text of its file. `shown` names the file in messages. Scores
/// may go up to [`MAX_LEVEL`]; [`from_toml_on_scale`] checks them against a deck's scale.
pub fn from_toml(text: &str, shown: &str) -> Result<Assessment, FileError> {
    from_toml_on_scale(text, shown, MAX_LEVEL)
}

/// Like [`from_toml`], with every score and vote at most `max` (a located error otherwise).
pub fn from_toml_on_scale(text: &str, shown: &str, max: u8) -> Result<Assessment, FileError> {
    // A byte-order mark (Notepad adds one) is not TOML; it is invisible, so columns ignore it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let problem = |span: Option<Range<usize>>, message: String, help: &str| {
        let p = Problem::new(shown, message, help);
        match span {
            Some(span) => p.at(Location::of_span(text, span)),
            None => p,
        }
    };

    if text.trim().is_empty() {
        return Err(FileError::one(
            shown,
            Problem::new(
                shown,
                "Filen er tom",
                "Der er ingen vurdering i filen. Er den tømt ved en fejl, så se efter en \
                 sikkerhedskopi eller en tidligere udgave (fx på det fælles drev eller i git).",
            ),
        ));
    }

    let (table, errors) = DeTable::parse_recoverable(text);
    // After the first syntax error the parser's recovery only produces follow-on noise.
    if let Some(first) = errors
        .iter()
        .min_by_key(|e| e.span().map_or(usize::MAX, |s| s.start))
    {
        return Err(FileError::one(
            shown,
            problem(
                first.span(),
                format!("TOML-syntaksfejl: {}", syntax_message(first.message())),
                "Ret syntaksen på den markerede plads.",
            ),
        ));
    }

    if let Some(schema) = table.get_ref().get("schema")
        && let Some(n) = integer(schema.get_ref())
    {
        if n > i128::from(SCHEMA) {
            let mut e = FileError::one(
                shown,
                problem(
                    Some(schema.span()),
                    format!("Filen er lavet med en nyere udgave af refleks (format {n})"),
                    "Opdatér refleks for at åbne den.",
                ),
            );
            e.newer_schema = Some(u64::try_from(n).unwrap_or(u64::MAX));
            return Err(e);
        }
        if n == 0 {
            return Err(FileError::one(
                shown,
                problem(
                    Some(schema.span()),
                    "Formatnummeret `schema` er 0, men skal være mindst 1".to_string(),
                    &format!("Ret linjen til `schema = {SCHEMA}`."),
                ),
            ));
        }
    }

    let assessment = Assessment::deserialize(toml::de::Deserializer::from(table))
        .map_err(|e| FileError::one(shown, translate(&e, text, shown)))?;

    let problems = check(&assessment, text, shown, max.min(MAX_LEVEL));
    if problems.is_empty() {
        Ok(assessment)
    } else {
        Err(FileError {
            file: shown.to_string(),
            problems,
            newer_schema: None,
        })
    }
}

/// True for TOML that is some other kind of file (a deck card, a setting): valid TOML with
/// neither `schema` nor `team` at the top. Called only after [`from_toml`] refused the text.
pub fn is_not_an_assessment(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    DeTable::parse(text).is_ok_and(|t| {
        let t = t.get_ref();
        !t.contains_key("schema") && !t.contains_key("team")
    })
}

/// A TOML integer in any radix, wide enough for anything TOML allows.
fn integer(value: &DeValue) -> Option<i128> {
    let i = value.as_integer()?;
    let digits = i.as_str().replace('_', "");
    i128::from_str_radix(&digits, i.radix()).ok()
}

/// What serde cannot check: scores within range, a team name.
fn check(a: &Assessment, text: &str, shown: &str, max: u8) -> Vec<Problem> {
    let mut wrong: Vec<(Vec<&str>, String, String)> = Vec::new();
    if a.team.trim().is_empty() {
        wrong.push((
            vec!["team"],
            "Holdets navn (`team`) er tomt".to_string(),
            "Skriv holdets navn, fx `team = \"Team Nord\"`.".to_string(),
        ));
    }
    let too_high = |v: u8| format!("Vurderingen er {v}, men skalaen går højst til {max}");
    let help =
        "Ret vurderingen til et tal på skalaen, eller til \"unknown\" (ved ikke).".to_string();
    for (id, answer) in &a.answers {
        if let Some(Score::Level(v)) = answer.score
            && v > max
        {
            wrong.push((vec!["answers", id, "score"], too_high(v), help.clone()));
        }
        if let Some(v) = answer.goal
            && v > max
        {
            wrong.push((
                vec!["answers", id, "goal"],
                format!("Målet er {v}, men skalaen går højst til {max}"),
                "Ret målet til et tal på skalaen, eller fjern linjen.".to_string(),
            ));
        }
        if let Some(v) = answer.tally.iter().filter_map(|s| s.level()).max()
            && v > max
        {
            wrong.push((vec!["answers", id, "tally"], too_high(v), help.clone()));
        }
        for (who, vote) in &answer.votes {
            if let Score::Level(v) = vote
                && *v > max
            {
                wrong.push((
                    vec!["answers", id, "votes", who],
                    too_high(*v),
                    help.clone(),
                ));
            }
        }
    }
    if wrong.is_empty() {
        return Vec::new();
    }
    // Only now, on the way to an error, parse again to find where each thing stands.
    let table = DeTable::parse(text).ok();
    wrong
        .into_iter()
        .map(|(path, message, help)| {
            let p = Problem::new(shown, message, help);
            match table.as_ref().and_then(|t| span_of(t.get_ref(), &path)) {
                Some(span) => p.at(Location::of_span(text, span)),
                None => p,
            }
        })
        .collect()
}

/// The span of the value at `path` (table keys from the top).
fn span_of(table: &DeTable, path: &[&str]) -> Option<Range<usize>> {
    let (first, rest) = path.split_first()?;
    let value = table.get(*first)?;
    if rest.is_empty() {
        return Some(value.span());
    }
    span_of(value.get_ref().as_table()?, rest)
}

/// The serde error in Danish, located. Messages we do not know are passed on as they are.
fn translate(e: &toml::de::Error, text: &str, shown: &str) -> Problem {
    let message = e.message().trim();
    let keys = error_keys(e);
    let field = keys.last().cloned().unwrap_or_default();
    let place = place(&keys);
    let mut span = e.span();

    let (message, help) = if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = backticked(rest);
        let unknown = names.first().cloned().unwrap_or_default();
        let known: Vec<&str> = names.iter().skip(1).map(String::as_str).collect();
        let help = match nearest(&unknown, &known) {
            Some(near) => format!("Mente du `{near}`? Ret navnet på nøglen."),
            None if known.is_empty() => "Fjern linjen.".to_string(),
            None => format!("Kendte nøgler her: {}.", known.join(", ")),
        };
        // Within a table the error names the table; `place` already has the key itself.
        let place = if keys.is_empty() {
            String::new()
        } else {
            format!(" {}", place_of(&keys, false))
        };
        (format!("Ukendt nøgle `{unknown}`{place}"), help)
    } else if let Some(rest) = message.strip_prefix("missing field ") {
        let name = backticked(rest).into_iter().next().unwrap_or_default();
        if keys.is_empty() {
            // The whole file is the table: pointing at line 1 would only mislead.
            span = None;
        }
        let example = match name.as_str() {
            "schema" => SCHEMA.to_string(),
            "created" | "updated" => "\"2026-01-31\"".to_string(),
            "deck" => return missing_deck(shown),
            _ => "\"...\"".to_string(),
        };
        (
            format!("Feltet `{name}` mangler {}", place_of(&keys, false)),
            format!("Tilføj en linje som `{name} = {example}`."),
        )
    } else if message.contains("untagged enum Score") {
        (
            format!("Ugyldig vurdering {place}"),
            format!(
                "En vurdering er et helt tal fra 0 til {MAX_LEVEL}, \"not_relevant\" (ikke relevant) \
                 eller \"unknown\" (ved ikke)."
            ),
        )
    } else if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        // A bare TOML date reaches serde as a map; say what the person wrote.
        let written = span.clone().and_then(|s| text.get(s)).unwrap_or("");
        let found = if found.starts_with("map") && written.starts_with(|c: char| c.is_ascii_digit())
        {
            "en dato uden anførselstegn".to_string()
        } else {
            found_da(found)
        };
        if matches!(field.as_str(), "participants" | "cards") && keys.len() == 1 {
            (
                format!(
                    "Et punkt i `{field}` {place} skal være {}, men er {found}",
                    expected_da(expected),
                ),
                "Sæt anførselstegn om punktet.".to_string(),
            )
        } else {
            (
                format!(
                    "`{field}` {place} skal være {}, men er {found}",
                    expected_da(expected),
                ),
                type_help(&field, expected),
            )
        }
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        (
            format!(
                "`{field}` {place} har en ugyldig værdi: {}, men skal være {}",
                found_da(found),
                expected_da(expected)
            ),
            "Ret værdien på den markerede plads.".to_string(),
        )
    } else {
        (
            format!("Filen kan ikke læses: {message}"),
            "Ret filen på den markerede plads.".to_string(),
        )
    };
    let problem = Problem::new(shown, message.replace("  ", " ").trim(), help);
    match span {
        Some(span) => problem.at(Location::of_span(text, span)),
        None => problem,
    }
}

fn missing_deck(shown: &str) -> Problem {
    Problem::new(
        shown,
        "Tabellen `[deck]` mangler",
        "Tilføj en blok med kortsættets navn, udgave og fingeraftryk: \
         `[deck]` med `name`, `edition` og `fingerprint`.",
    )
}

/// The keys that lead to the error's value, from the error's own text: toml gives them only
/// there, as `in `a.b.c``, when the error carries no source text (ours does not).
fn error_keys(e: &toml::de::Error) -> Vec<String> {
    let shown = e.to_string();
    let Some(path) = shown
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("in `").and_then(|l| l.strip_suffix('`')))
    else {
        return Vec::new();
    };
    // Keys are joined with dots, and anvisning ids hold dots too: rebuild the id.
    let parts: Vec<&str> = path.split('.').collect();
    match parts.as_slice() {
        [first @ ("answers" | "reflections"), rest @ ..] if !rest.is_empty() => {
            let id_len = rest
                .iter()
                .take_while(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                .count()
                .max(1);
            // For reflections the last numeric part is the question number, not the id.
            let id_len = if *first == "reflections" && id_len == rest.len() && id_len > 1 {
                id_len - 1
            } else {
                id_len
            };
            let mut keys = vec![first.to_string(), rest[..id_len].join(".")];
            keys.extend(rest[id_len..].iter().map(|s| s.to_string()));
            keys
        }
        _ => parts.iter().map(|s| s.to_string()).collect(),
    }
}

/// Where in the file, in words: "i svaret på 2.1.1".
fn place(keys: &[String]) -> String {
    place_of(keys, true)
}

/// `with_leaf`: the keys end with the field itself (type errors), not a table.
fn place_of(keys: &[String], with_leaf: bool) -> String {
    let table = if with_leaf && !keys.is_empty() {
        &keys[..keys.len() - 1]
    } else {
        keys
    };
    match table {
        [] => "i vurderingen".to_string(),
        [d] if d == "deck" => "i [deck]".to_string(),
        [a] if a == "actions" => "i en handling ([[actions]])".to_string(),
        [p] if p == "parked" => "i et parkeret emne ([[parked]])".to_string(),
        [a] if a == "answers" => "i [answers]".to_string(),
        [a, id, ..] if a == "answers" => {
            if table.get(2).is_some_and(|k| k == "votes" || k == "tally") {
                format!("i stemmerne på {id}")
            } else {
                format!("i svaret på {id}")
            }
        }
        [r, ..] if r == "reflections" => match table.get(1) {
            Some(id) => format!("i refleksionerne til {id}"),
            None => "i [reflections]".to_string(),
        },
        [other, ..] => format!("i `{other}`"),
    }
}

/// The names between backticks, in order.
fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// serde's "expected ..." in Danish.
fn expected_da(expected: &str) -> String {
    let e = expected.trim();
    match e {
        "a string" => "en tekst".to_string(),
        "a boolean" => "true eller false".to_string(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "et helt tal, 0 eller derover".to_string(),
        "a sequence" => "en liste".to_string(),
        "a map" => "en tabel".to_string(),
        _ if e.starts_with("struct ") => "en tabel".to_string(),
        _ if e.starts_with("a map") => "en tabel".to_string(),
        _ => e.to_string(),
    }
}

/// serde's description of what it found, in Danish, with the value where it is short.
fn found_da(found: &str) -> String {
    let f = found.trim();
    let value = || {
        let v = backticked(f).into_iter().next().unwrap_or_default();
        if v.is_empty() {
            String::new()
        } else {
            format!(" {v}")
        }
    };
    if f.starts_with("string") {
        "en tekst".to_string()
    } else if f.starts_with("integer") {
        format!("tallet{}", value())
    } else if f.starts_with("floating point") {
        format!("decimaltallet{}", value())
    } else if f.starts_with("boolean") {
        format!("sandhedsværdien{}", value())
    } else if f.starts_with("sequence") {
        "en liste".to_string()
    } else if f.starts_with("map") {
        "en tabel".to_string()
    } else {
        f.to_string()
    }
}

fn type_help(field: &str, expected: &str) -> String {
    match expected.trim() {
        "a string" => format!("Sæt anførselstegn om værdien, fx `{field} = \"...\"`."),
        "a boolean" => format!("Skriv `{field} = true` eller `{field} = false`."),
        "a sequence" => format!("Skriv en liste i firkantede parenteser: `{field} = [\"...\"]`."),
        e if e.starts_with('u') => format!("Skriv et helt tal uden anførselstegn: `{field} = 1`."),
        _ => "Ret værdien på den markerede plads.".to_string(),
    }
}

#[cfg(test)]
mod tests;
