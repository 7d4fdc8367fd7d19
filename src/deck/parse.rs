//! Turns the text of `deck.toml` and of one card file into the deck's types, collecting every
//! problem with its place. Checks that span several files live in `validate`.

use std::ops::Range;

use toml::de::DeTable;

use toml::Spanned;
use toml::de::DeValue;

use super::id::{is_anvisning_id, is_guideline_id};
use super::model::{
    Anvisning, Deadline, Guideline, Kind, Label, Level, NonScores, Principle, Question,
    QuestionKind, Scenario,
};
use super::problem::Location;
use super::reader::{Doc, Fields};

pub const DECK_KEYS: &[&str] = &["name", "edition", "principles", "scale", "non_scores"];
pub const PRINCIPLE_KEYS: &[&str] = &["id", "title"];
pub const LEVEL_KEYS: &[&str] = &["value", "label", "description"];
pub const NON_SCORE_KEYS: &[&str] = &["not_relevant", "unknown"];
pub const LABEL_KEYS: &[&str] = &["label", "description"];
pub const CARD_KEYS: &[&str] = &[
    "id",
    "chapter",
    "title",
    "label",
    "principles",
    "purpose",
    "supports",
    "worth_knowing",
    "worth_knowing_brief",
    "questions",
    "legislation",
    "anvisninger",
    "scenarios",
];
pub const ANVISNING_KEYS: &[&str] = &["id", "kind", "text", "details", "deadlines"];
pub const DEADLINE_KEYS: &[&str] = &["what", "limit", "from", "basis"];
pub const SCENARIO_KEYS: &[&str] = &["situation", "question", "answer", "anvisninger"];
pub const QUESTION_KEYS: &[&str] = &["kind", "text"];

/// The most characters a card's short *værd at vide* may have: about a third of a printed page,
/// so the printed card keeps room for its questions and anvisninger.
pub const BRIEF_MAX_CHARS: usize = 700;

/// The most characters a card's short name (`label`) may have: what the card list has room for
/// at 80 columns beside the id and the count.
pub const LABEL_MAX_CHARS: usize = 12;

/// `deck.toml` without its cards.
#[derive(Debug, Clone)]
pub struct DeckHead {
    pub name: String,
    pub edition: String,
    pub principles: Vec<Principle>,
    pub scale: Vec<Level>,
    pub non_scores: NonScores,
}

/// A card plus the places of the things other files may conflict with.
#[derive(Debug, Clone)]
pub struct ParsedCard {
    pub file: String,
    pub guideline: Guideline,
    pub id_at: Option<Location>,
    pub label_at: Option<Location>,
    pub principle_at: Vec<Location>,
    pub anvisning_at: Vec<Option<Location>>,
}

/// Parses TOML. After a syntax error the parser's recovery produces a cascade of follow-on
/// errors that only confuse, so we report the first one in the file and stop there.
fn parse_table<'s>(doc: &mut Doc<'s>) -> Option<toml::Spanned<DeTable<'s>>> {
    let (table, errors) = DeTable::parse_recoverable(doc.source);
    let Some(first) = errors
        .iter()
        .min_by_key(|e| e.span().map_or(usize::MAX, |s| s.start))
    else {
        return Some(table);
    };
    doc.report(
        first.span(),
        format!("TOML-syntaksfejl: {}", syntax_message(first.message())),
        "Ret syntaksen på den markerede plads. Resten af filen kontrolleres, når denne fejl er rettet."
            .to_string(),
    );
    None
}

/// The parser's English message, in Danish where we know it.
pub(crate) fn syntax_message(message: &str) -> String {
    let m = message.trim().trim_end_matches('.');
    let known = [
        (
            "invalid basic string",
            "teksten mangler sit afsluttende anførselstegn (\")",
        ),
        (
            "invalid literal string",
            "teksten mangler sit afsluttende apostrof (')",
        ),
        (
            "missing comma between array elements",
            "der mangler et komma mellem punkterne i listen",
        ),
        ("unclosed array", "listen mangler sin afsluttende ]"),
        ("duplicate key", "nøglen står to gange"),
        (
            "string values must be quoted",
            "tekster skal stå i anførselstegn",
        ),
        ("key with no value", "nøglen mangler en værdi efter ="),
    ];
    known
        .iter()
        .find(|(en, _)| m.starts_with(en))
        .map_or_else(|| m.to_string(), |(_, da)| (*da).to_string())
}

pub fn parse_deck_head(doc: &mut Doc) -> Option<DeckHead> {
    let table = parse_table(doc)?;
    let top = Fields::new(table.get_ref(), None, "deck.toml", DECK_KEYS);
    top.reject_unknown(doc);
    let name = top.text(doc, "name");
    let edition = top.text(doc, "edition");

    let mut principles = Vec::new();
    for (i, (t, span)) in top.tables(doc, "principles", true).into_iter().enumerate() {
        let f = Fields::new(
            t,
            Some(span),
            format!("princip nr. {}", i + 1),
            PRINCIPLE_KEYS,
        );
        f.reject_unknown(doc);
        let id = f.number(doc, "id", 1..100);
        let title = f.text(doc, "title");
        if let (Some(id), Some(title)) = (id, title) {
            if principles.iter().any(|p: &Principle| p.id == id) {
                doc.report(
                    f.value_span("id"),
                    format!("Princip {id} står to gange i deck.toml"),
                    "Giv hvert princip sit eget nummer.".to_string(),
                );
            }
            principles.push(Principle { id, title });
        }
    }

    let mut scale: Vec<Level> = Vec::new();
    for (i, (t, span)) in top.tables(doc, "scale", true).into_iter().enumerate() {
        let f = Fields::new(
            t,
            Some(span),
            format!("skalatrin nr. {}", i + 1),
            LEVEL_KEYS,
        );
        f.reject_unknown(doc);
        // 0–9: each level is scored with its own digit key.
        let value = f.number(doc, "value", 0..10);
        let label = f.text(doc, "label");
        let description = f.text(doc, "description");
        if let (Some(value), Some(label), Some(description)) = (value, label, description) {
            if scale.iter().any(|l| l.value == value) {
                doc.report(
                    f.value_span("value"),
                    format!("Skalatrinnet {value} står to gange i deck.toml"),
                    "Giv hvert skalatrin sin egen værdi.".to_string(),
                );
            }
            scale.push(Level {
                value,
                label,
                description,
            });
        }
    }
    scale.sort_by_key(|l| l.value);

    let mut non_scores = NonScores::default();
    if let Some((t, span)) = top.table(doc, "non_scores") {
        let f = Fields::new(t, Some(span), "non_scores", NON_SCORE_KEYS);
        f.reject_unknown(doc);
        for (key, slot) in [
            ("not_relevant", &mut non_scores.not_relevant),
            ("unknown", &mut non_scores.unknown),
        ] {
            if let Some((t, span)) = f.table(doc, key) {
                let l = Fields::new(t, Some(span), format!("non_scores.{key}"), LABEL_KEYS);
                l.reject_unknown(doc);
                *slot = Label {
                    label: l.text(doc, "label").unwrap_or_default(),
                    description: l.text(doc, "description").unwrap_or_default(),
                };
            }
        }
    }

    Some(DeckHead {
        name: name?,
        edition: edition?,
        principles,
        scale,
        non_scores,
    })
}

pub fn parse_card(doc: &mut Doc) -> Option<ParsedCard> {
    let table = parse_table(doc)?;
    let top = Fields::new(table.get_ref(), None, "kortet", CARD_KEYS);
    top.reject_unknown(doc);

    let id = top.text(doc, "id");
    let id_span = top.value_span("id");
    if let (Some(id), Some(span)) = (&id, &id_span)
        && !is_guideline_id(id)
    {
        doc.report(
            Some(span.clone()),
            format!("Retningslinjens id `{id}` har ikke formen kapitel.nummer"),
            "Skriv id som fx \"2.1\" eller \"3.12\": to tal adskilt af punktum.".to_string(),
        );
    }
    let chapter = top.number(doc, "chapter", 1..100);
    if let (Some(id), Some(chapter)) = (&id, chapter)
        && is_guideline_id(id)
        && !id.starts_with(&format!("{chapter}."))
    {
        doc.report(
            top.value_span("chapter"),
            format!("`chapter` er {chapter}, men retningslinjen {id} hører til et andet kapitel"),
            format!(
                "Sæt `chapter = {}` eller ret id.",
                id.split('.').next().unwrap_or("")
            ),
        );
    }
    let title = top.text(doc, "title");
    let label = top.optional_text(doc, "label");
    let label_chars = label.chars().count();
    if label_chars > LABEL_MAX_CHARS {
        doc.report(
            top.value_span("label"),
            format!("`label` har {label_chars} tegn; der er plads til højst {LABEL_MAX_CHARS}"),
            "Vælg et kort ord, der skiller kortet fra de andre i listen, fx \"Garanti\" eller \"Plan\"."
                .into(),
        );
    }
    let principles = top.numbers(doc, "principles", 1..100);
    let purpose = top.text(doc, "purpose");
    let supports = top.texts(doc, "supports", false);
    let worth_knowing = top.optional_text(doc, "worth_knowing");
    let worth_knowing_brief = top.optional_text(doc, "worth_knowing_brief");
    // Counted as printed: a line break and the indent after it are one space, so rewrapping
    // the text in the file never changes its count.
    let brief_chars = worth_knowing_brief
        .split_whitespace()
        .map(|w| w.chars().count() + 1)
        .sum::<usize>()
        .saturating_sub(1);
    if brief_chars > BRIEF_MAX_CHARS {
        doc.report(
            top.value_span("worth_knowing_brief"),
            format!(
                "`worth_knowing_brief` har {brief_chars} tegn; der er plads til højst {BRIEF_MAX_CHARS}"
            ),
            format!(
                "Skær {} tegn væk: skriv kun det, teamet skal vide for at drøfte kortet, i 3–5 korte \
                 punkter. Resten står i `worth_knowing`.",
                brief_chars - BRIEF_MAX_CHARS
            ),
        );
    }
    let questions = top
        .items(doc, "questions", true)
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| parse_question(doc, item, i + 1))
        .collect();
    let legislation = top.texts(doc, "legislation", false);

    let mut anvisninger = Vec::new();
    let mut anvisning_at = Vec::new();
    for (i, (t, span)) in top.tables(doc, "anvisninger", true).into_iter().enumerate() {
        let what = match t.get("id").and_then(|v| v.get_ref().as_str()) {
            Some(aid) => format!("anvisning {aid}"),
            None => format!("anvisning nr. {}", i + 1),
        };
        if let Some(a) = parse_anvisning(doc, t, span, what, id.as_deref()) {
            anvisning_at.push(t.get("id").map(|v| doc.locate(v.span())));
            anvisninger.push(a);
        }
    }

    let scenarios = top
        .tables(doc, "scenarios", false)
        .into_iter()
        .enumerate()
        .filter_map(|(i, (t, span))| parse_scenario(doc, t, span, i + 1, &anvisninger))
        .collect();

    let guideline = Guideline {
        id: id?,
        chapter: chapter?,
        title: title?,
        label: label.trim().to_string(),
        principles: principles.iter().map(|(p, _)| *p).collect(),
        purpose: purpose?,
        supports,
        worth_knowing,
        anvisninger,
        questions,
        legislation,
        worth_knowing_brief,
        scenarios,
    };
    Some(ParsedCard {
        file: doc.file.clone(),
        guideline,
        id_at: id_span.map(|s| doc.locate(s)),
        label_at: top.value_span("label").map(|s| doc.locate(s)),
        principle_at: principles.into_iter().map(|(_, s)| doc.locate(s)).collect(),
        anvisning_at,
    })
}

/// A question is either a plain text (no kind) or a table with `kind` and `text`, so a deck
/// written before kinds existed still loads.
fn parse_question(doc: &mut Doc, item: &Spanned<DeValue>, number: usize) -> Option<Question> {
    let what = format!("spørgsmål nr. {number}");
    match item.get_ref() {
        DeValue::String(s) if s.trim().is_empty() => {
            doc.report(
                Some(item.span()),
                format!("{} i `questions` er tomt", capitalized(&what)),
                "Skriv spørgsmålet, eller fjern det tomme punkt.".to_string(),
            );
            None
        }
        DeValue::String(s) => Some(Question {
            kind: None,
            text: s.trim().to_string(),
        }),
        DeValue::Table(t) => {
            let f = Fields::new(t, Some(item.span()), what, QUESTION_KEYS);
            f.reject_unknown(doc);
            let text = f.text(doc, "text");
            let kind = match f.text(doc, "kind") {
                None => None,
                Some(name) => match QuestionKind::from_name(&name) {
                    Some(kind) => Some(kind),
                    None => {
                        let near = crate::text::nearest(&name, &QuestionKind::NAMES);
                        let hint = near.map_or(String::new(), |n| format!("Mente du \"{n}\"? "));
                        doc.report(
                            f.value_span("kind"),
                            format!("Ukendt slags spørgsmål \"{name}\""),
                            format!(
                                "{hint}Brug \"says\" (hvad siger retningslinjen), \"meets\" (hvor lever vi op til den), \"differs\" (hvor afviger vi) eller \"change\" (hvad vil vi gøre anderledes)."
                            ),
                        );
                        None
                    }
                },
            };
            Some(Question {
                kind: Some(kind?),
                text: text?,
            })
        }
        _ => {
            doc.report(
                Some(item.span()),
                format!(
                    "{} i `questions` skal være en tekst eller en tabel med `kind` og `text`",
                    capitalized(&what)
                ),
                "Skriv spørgsmålet i anførselstegn, eller som en `[[questions]]`-blok med `kind` og `text`.".to_string(),
            );
            None
        }
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

fn parse_anvisning(
    doc: &mut Doc,
    table: &DeTable,
    span: Range<usize>,
    what: String,
    guideline_id: Option<&str>,
) -> Option<Anvisning> {
    let f = Fields::new(table, Some(span), what, ANVISNING_KEYS);
    f.reject_unknown(doc);
    let id = f.text(doc, "id");
    let gid = guideline_id.filter(|g| is_guideline_id(g));
    if let Some(id) = &id {
        if !is_anvisning_id(id) {
            let example = gid.unwrap_or("2.1");
            doc.report(
                f.value_span("id"),
                format!("Anvisningens id `{id}` har ikke formen kapitel.nummer.punkt"),
                format!(
                    "Skriv id som fx \"{example}.1\" (et bogstav til sidst er tilladt: \"{example}.2b\")."
                ),
            );
        } else if let Some(gid) = gid
            && !id.starts_with(&format!("{gid}."))
        {
            doc.report(
                f.value_span("id"),
                format!("Anvisning {id} hører ikke til retningslinje {gid}"),
                format!(
                    "Anvisninger på dette kort skal begynde med \"{gid}.\" — ret id, eller flyt anvisningen til det rigtige kort."
                ),
            );
        }
    }
    let kind = match f.text(doc, "kind") {
        None => None,
        Some(name) => match Kind::from_name(&name) {
            Some(kind) => Some(kind),
            None => {
                let near = crate::text::nearest(&name, &Kind::NAMES);
                let hint = near.map_or(String::new(), |n| format!("Mente du \"{n}\"? "));
                doc.report(
                    f.value_span("kind"),
                    format!("Ukendt slags anvisning \"{name}\""),
                    format!(
                        "{hint}Brug \"requirement\" (lovkrav, skal) eller \"recommendation\" (anbefaling, bør/kan)."
                    ),
                );
                None
            }
        },
    };
    let text = f.text(doc, "text");
    let details = f.texts(doc, "details", false);
    let mut deadlines = Vec::new();
    for (i, (t, span)) in f
        .tables_headed(doc, "deadlines", "anvisninger.deadlines", false)
        .into_iter()
        .enumerate()
    {
        let what = format!("frist nr. {} i {}", i + 1, f.what());
        let d = Fields::new(t, Some(span), what, DEADLINE_KEYS);
        d.reject_unknown(doc);
        let (what, limit, from) = (
            d.text(doc, "what"),
            d.text(doc, "limit"),
            d.text(doc, "from"),
        );
        let basis = d.optional_text(doc, "basis");
        if let (Some(what), Some(limit), Some(from)) = (what, limit, from) {
            deadlines.push(Deadline {
                what,
                limit,
                from,
                basis,
            });
        }
    }
    Some(Anvisning {
        id: id?,
        kind: kind?,
        text: text?,
        details,
        deadlines,
    })
}

/// A scenario; the anvisninger it names must be on the same card (a case rests on the card it
/// is drilled with).
fn parse_scenario(
    doc: &mut Doc,
    table: &DeTable,
    span: Range<usize>,
    number: usize,
    anvisninger: &[Anvisning],
) -> Option<Scenario> {
    let f = Fields::new(
        table,
        Some(span),
        format!("scenarie nr. {number}"),
        SCENARIO_KEYS,
    );
    f.reject_unknown(doc);
    let situation = f.text(doc, "situation");
    let question = f.text(doc, "question");
    let answer = f.text(doc, "answer");
    let ids = f.texts(doc, "anvisninger", true);
    let known: Vec<&str> = anvisninger.iter().map(|a| a.id.as_str()).collect();
    let mut all_known = true;
    for id in &ids {
        if !known.contains(&id.as_str()) {
            all_known = false;
            let hint = crate::text::nearest(id, &known)
                .map_or(String::new(), |n| format!("Mente du \"{n}\"? "));
            doc.report(
                f.value_span("anvisninger"),
                format!(
                    "Scenarie nr. {number} bygger på anvisning {}, som ikke står på dette kort",
                    crate::text::clean_line(id)
                ),
                format!(
                    "{hint}Nævn kun anvisninger fra kortet: {}.",
                    known.join(", ")
                ),
            );
        }
    }
    if !all_known {
        return None;
    }
    Some(Scenario {
        situation: situation?,
        question: question?,
        answer: answer?,
        anvisninger: ids,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_may_be_plain_texts_or_tables_with_a_kind() {
        let source = r#"
id = "2.1"
chapter = 2
title = "Retningslinje om anvendelse af metoder"
principles = [1]
purpose = "Formål."
questions = ["Hvad gør vi?", { kind = "change", text = "Hvad vil vi ændre?" }]

[[anvisninger]]
id = "2.1.1"
kind = "recommendation"
text = "Der bør bruges dokumenterede metoder."
"#;
        let mut doc = Doc::new("2.1.toml", source);
        let card = parse_card(&mut doc).expect("the card parses");
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        let questions = card.guideline.questions;
        assert_eq!(questions[0].kind, None);
        assert_eq!(questions[0].text, "Hvad gør vi?");
        assert_eq!(questions[1].kind, Some(QuestionKind::Change));
        assert_eq!(questions[1].text, "Hvad vil vi ændre?");
    }
}
