//! Every broken deck in `tests/fixtures/broken/` gets a located, helpful report. The reports are
//! snapshots: read them as a card author would before accepting a change.

use std::path::Path;
use std::time::Instant;

use refleks::deck::{Deck, DeckError};

fn report(dir: &str) -> String {
    match Deck::load_dir(Path::new(dir)) {
        Ok(_) => panic!("{dir} loaded, but it is meant to be broken"),
        Err(e) => crate::common::unix_paths(&e.render(false)),
    }
}

fn problems(dir: &Path) -> DeckError {
    Deck::load_dir(dir).expect_err("the deck is meant to be broken")
}

macro_rules! broken_deck {
    ($($name:ident => $dir:literal),* $(,)?) => {$(
        #[test]
        fn $name() {
            let out = report(concat!("tests/fixtures/broken/", $dir));
            assert!(!out.chars().any(refleks::text::is_unsafe), "unsafe characters in {out:?}");
            insta::assert_snapshot!(stringify!($name), out);
        }
    )*};
}

broken_deck! {
    toml_syntax => "toml-syntax",
    unknown_key => "unknown-key",
    missing_field => "missing-field",
    bad_kind => "bad-kind",
    bad_question_kind => "bad-question-kind",
    duplicate_guideline => "duplicate-guideline",
    duplicate_anvisning => "duplicate-anvisning",
    bad_id => "bad-id",
    foreign_anvisning => "foreign-anvisning",
    invalid_utf8 => "invalid-utf8",
    empty_folder => "empty-folder",
    missing_deck_file => "missing-deck-file",
    wrong_type => "wrong-type",
    unknown_principle => "unknown-principle",
    control_chars => "control-chars",
    empty_text => "empty-text",
    long_brief => "long-brief",
    bad_deadline => "bad-deadline",
    bad_scenario => "bad-scenario",
    bad_label => "bad-label",
}

#[test]
fn every_fixture_folder_has_a_test() {
    let tested = [
        "toml-syntax",
        "unknown-key",
        "missing-field",
        "bad-kind",
        "bad-question-kind",
        "duplicate-guideline",
        "duplicate-anvisning",
        "bad-id",
        "foreign-anvisning",
        "invalid-utf8",
        "empty-folder",
        "missing-deck-file",
        "wrong-type",
        "unknown-principle",
        "control-chars",
        "empty-text",
        "long-brief",
        "bad-deadline",
        "bad-scenario",
        "bad-label",
    ];
    for entry in std::fs::read_dir("tests/fixtures/broken").unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            tested.contains(&name.as_str()),
            "no test for fixture {name}"
        );
    }
}

#[test]
fn the_good_fixture_loads() {
    let deck = Deck::load_dir(Path::new("tests/fixtures/good")).unwrap();
    assert_eq!(deck.guidelines.len(), 1);
    assert_eq!(deck.anvisning_count(), 2);
    assert_eq!(deck.scale.len(), 3);
    assert_eq!(
        deck.guidelines[0].worth_knowing_brief,
        "- Metoderne bygger på forskning og erfaringer fra praksis."
    );
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["deck.toml", "2.1.toml"] {
        std::fs::copy(Path::new("tests/fixtures/good").join(f), dir.path().join(f)).unwrap();
    }
    // A sparse 2 GiB file: reading it would take seconds and gigabytes; refusing it takes none.
    let big = std::fs::File::create(dir.path().join("3.1.toml")).unwrap();
    big.set_len(2 * 1024 * 1024 * 1024).unwrap();
    let start = Instant::now();
    let e = problems(dir.path());
    assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
    assert_eq!(e.problems.len(), 1, "{e}");
    assert!(e.problems[0].file.ends_with("3.1.toml"));
    assert!(e.problems[0].message.contains("for stor"), "{e}");
}

#[test]
fn a_folder_that_does_not_exist_is_named() {
    let e = problems(Path::new("tests/fixtures/findes-ikke"));
    let out = e.render(false);
    assert!(out.contains("tests/fixtures/findes-ikke"), "{out}");
    assert!(out.contains("findes ikke"), "{out}");
}

#[test]
fn a_file_instead_of_a_folder_is_explained() {
    let e = problems(Path::new("tests/fixtures/good/deck.toml"));
    assert!(e.render(false).contains("kan ikke læses"), "{e}");
}
