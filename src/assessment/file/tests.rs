//! Unit tests of `file`.

use std::collections::BTreeMap;

use super::*;
use crate::assessment::{Action, Answer, DeckRef, NonScore};

fn small() -> Assessment {
    let mut a = Assessment {
        schema: SCHEMA,
        team: "Team Nord".into(),
        participants: vec!["Anne".into(), "Bo".into()],
        created: "2026-11-22".into(),
        updated: "2026-11-23".into(),
        cards: Vec::new(),
        anonymous: false,
        timebox: None,
        builds_on: String::new(),
        deck: DeckRef {
            name: "Kortsæt".into(),
            edition: "2026".into(),
            fingerprint: "0123456789abcdef".into(),
        },
        answers: BTreeMap::new(),
        reflections: BTreeMap::new(),
        place: None,
        actions: vec![Action {
            anvisning: "2.1.1".into(),
            what: "Tjek".into(),
            ..Action::default()
        }],
        parked: Vec::new(),
    };
    a.answer_mut("2.1.1").score = Some(Score::Level(2));
    a
}

fn error(text: &str) -> FileError {
    from_toml(text, "hold.toml").expect_err("meant to fail")
}

#[test]
fn round_trips_and_starts_with_the_header() {
    let a = small();
    let text = to_toml(&a);
    assert!(text.starts_with("# refleks-vurdering."), "{text}");
    assert_eq!(from_toml(&text, "x").unwrap(), a);
}

#[test]
fn empty_answers_and_blank_reflections_are_not_written() {
    let mut a = small();
    a.answer_mut("2.1.9");
    a.set_reflection("2.1", 1, "  \n".into());
    let text = to_toml(&a);
    assert!(
        !text.contains("2.1.9") && !text.contains("reflections"),
        "{text}"
    );
}

#[test]
fn multi_line_notes_stay_readable() {
    let mut a = small();
    a.answer_mut("2.1.1").note = "Første linje\nAnden linje med \"citat\"".into();
    let text = to_toml(&a);
    assert!(text.contains("\nFørste linje\nAnden linje"), "{text}");
    assert_eq!(from_toml(&text, "x").unwrap(), a);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", to_toml(&small()));
    assert_eq!(from_toml(&text, "x").unwrap(), small());
}

#[test]
fn newer_schema_is_refused_before_unknown_fields_are_seen() {
    let text = to_toml(&small()).replace("schema = 4", "schema = 7\nnew_thing = 1");
    let e = error(&text);
    assert_eq!(e.newer_schema, Some(7));
    let out = e.render(false);
    assert!(out.contains("nyere udgave af refleks (format 7)"), "{out}");
    assert!(out.contains("Opdatér refleks"), "{out}");
    assert!(out.contains("hold.toml:3:10"), "{out}");
}

#[test]
fn a_version_one_file_loads_and_is_written_as_the_current_version() {
    let old = to_toml(&small()).replace("schema = 4", "schema = 1");
    let a = from_toml(&old, "gammel.toml").unwrap();
    assert_eq!(a.schema, 1, "read as it is");
    assert!(to_toml(&a).contains(&format!("\nschema = {SCHEMA}\n")));
}

#[test]
fn schema_zero_is_an_error() {
    let e = error(&to_toml(&small()).replace("schema = 4", "schema = 0"));
    assert!(e.render(false).contains("schema"), "{e}");
    assert_eq!(e.newer_schema, None);
}

#[test]
fn a_level_above_nine_is_located() {
    let text = to_toml(&small()).replace("score = 2", "score = 12");
    let e = error(&text);
    let at = e.problems[0].at.as_ref().expect("located");
    assert_eq!(at.source_line, "score = 12");
    assert_eq!(at.column, 9);
    assert!(e.problems[0].message.contains("12"));
}

#[test]
fn a_vote_above_nine_is_located() {
    let mut a = small();
    a.answer_mut("2.1.1")
        .votes
        .insert("Bo".into(), Score::Level(11));
    let e = error(&toml::to_string(&a).unwrap());
    let at = e.problems[0].at.as_ref().expect("located");
    assert_eq!(at.source_line, "Bo = 11");
}

#[test]
fn an_empty_team_is_an_error() {
    let e = error(&to_toml(&small()).replace("Team Nord", " "));
    assert!(e.problems[0].message.contains("team"), "{e}");
    assert!(e.problems[0].at.is_some());
}

#[test]
fn unknown_fields_suggest_the_nearest_name() {
    let e = error(&to_toml(&small()).replace("team =", "tema ="));
    let out = e.render(false);
    assert!(out.contains("Ukendt nøgle `tema`"), "{out}");
    assert!(out.contains("Mente du `team`?"), "{out}");
    assert!(out.contains("hold.toml:4:1"), "{out}");

    let e = error(&to_toml(&small()).replace("score = 2", "scoer = 2"));
    let out = e.render(false);
    assert!(
        out.contains("Ukendt nøgle `scoer` i svaret på 2.1.1"),
        "{out}"
    );
    assert!(out.contains("Mente du `score`?"), "{out}");
}

#[test]
fn missing_fields_are_named() {
    let e = error(&to_toml(&small()).replace("team = \"Team Nord\"\n", ""));
    assert_eq!(e.problems[0].message, "Feltet `team` mangler i vurderingen");
    assert!(e.problems[0].at.is_none());

    let e = error(&to_toml(&small()).replace("fingerprint = \"0123456789abcdef\"\n", ""));
    assert_eq!(
        e.problems[0].message,
        "Feltet `fingerprint` mangler i [deck]"
    );
    assert_eq!(e.problems[0].at.as_ref().unwrap().source_line, "[deck]");

    let e = error(&to_toml(&small()).replace("what = \"Tjek\"\n", ""));
    assert!(e.problems[0].message.contains("handling"), "{e}");
}

#[test]
fn wrong_types_are_explained() {
    let text = to_toml(&small()).replace("score = 2", "score = 2\nfocus = \"ja\"");
    let e = error(&text);
    assert_eq!(
        e.problems[0].message,
        "`focus` i svaret på 2.1.1 skal være true eller false, men er en tekst"
    );
    assert!(e.problems[0].help.contains("focus = true"));

    let e = error(&to_toml(&small()).replace("score = 2", "score = \"bad\""));
    assert!(
        e.problems[0]
            .message
            .starts_with("Ugyldig vurdering i svaret på 2.1.1")
    );
    assert_eq!(e.problems[0].at.as_ref().unwrap().column, 9);

    let e = error(&to_toml(&small()).replace("schema = 4", "schema = \"1\""));
    assert!(e.problems[0].message.contains("`schema`"), "{e}");
    assert!(e.problems[0].help.contains("uden anførselstegn"), "{e}");
}

#[test]
fn non_scores_are_written_as_words() {
    let mut a = small();
    a.answer_mut("2.1.1").score = Some(Score::Other(NonScore::NotRelevant));
    a.answer_mut("2.1.1").reason = "Ingen unge".into();
    a.answers.insert(
        "2.1.2".into(),
        Answer {
            score: Some(Score::Other(NonScore::Unknown)),
            ..Answer::default()
        },
    );
    let text = to_toml(&a);
    assert!(text.contains("score = \"not_relevant\""), "{text}");
    assert!(text.contains("score = \"unknown\""), "{text}");
    assert_eq!(from_toml(&text, "x").unwrap(), a);
}

#[test]
fn dates_without_quotes_and_list_items_are_explained() {
    let e = error(&to_toml(&small()).replace("created = \"2026-11-22\"", "created = 2026-11-22"));
    assert_eq!(
        e.problems[0].message,
        "`created` i vurderingen skal være en tekst, men er en dato uden anførselstegn"
    );
    let e = error(&to_toml(&small()).replace("[\"Anne\", \"Bo\"]", "[\"Anne\", 2]"));
    assert_eq!(
        e.problems[0].message,
        "Et punkt i `participants` i vurderingen skal være en tekst, men er tallet 2"
    );
}

#[test]
fn an_empty_file_says_so() {
    let e = error(" \n");
    assert_eq!(e.problems[0].message, "Filen er tom");
}

#[test]
fn syntax_errors_are_located_in_danish() {
    let e = error("schema = 1\nteam = \"Nord\n");
    let out = e.render(false);
    assert!(out.contains("TOML-syntaksfejl"), "{out}");
    assert!(out.contains("hold.toml:2:"), "{out}");
    assert!(out.contains("Filen er ikke ændret"), "{out}");
}

#[test]
fn error_keys_rebuild_dotted_ids() {
    assert_eq!(
        place(&["answers".into(), "2.1.1".into(), "score".into()]),
        "i svaret på 2.1.1"
    );
    assert_eq!(
        place(&["reflections".into(), "2.1".into(), "3".into()]),
        "i refleksionerne til 2.1"
    );
}

#[test]
fn a_goal_and_a_basis_are_written_as_schema_4_and_every_older_file_still_opens() {
    let mut a = small();
    let x = a.answer_mut("2.1.1");
    x.goal = Some(3);
    x.basis = Some(crate::assessment::Basis::Documented);
    let text = to_toml(&a);
    assert!(text.contains("\nschema = 4\n"), "{text}");
    assert!(text.contains("goal = 3\nbasis = \"documented\""), "{text}");
    assert_eq!(from_toml(&text, "x").unwrap(), a);
    // The reader before this one (schema 3) refuses such a file by its number, before it
    // meets `goal`: the same rule refuses a file from the next version here.
    let next = text.replace("schema = 4", "schema = 5\nnyt = 1");
    let e = error(&next);
    assert_eq!(e.newer_schema, Some(5));
    assert!(e.render(false).contains("Opdatér refleks"), "{e}");
    // Every older format opens as it is.
    for old in 1..SCHEMA {
        let older = to_toml(&small()).replace("schema = 4", &format!("schema = {old}"));
        assert_eq!(from_toml(&older, "x").unwrap().schema, old);
    }
}

#[test]
fn a_goal_above_the_scale_is_located() {
    let mut a = small();
    a.answer_mut("2.1.1").goal = Some(3);
    let text = to_toml(&a).replace("goal = 3", "goal = 12");
    let e = error(&text);
    assert!(e.problems[0].message.contains("Målet er 12"), "{e}");
    assert!(e.problems[0].at.is_some(), "{e}");
}
