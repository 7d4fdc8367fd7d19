//! `refleks deck --lovkrav` and `--frister`: every legal duty and every deadline, as text,
//! Markdown and printable HTML.

use crate::common::cli::{refleks, stdout};
use refleks::deck::{Deck, Kind};

/// Wrapped lines joined and every run of spaces (also no-break) made one, to read as a sentence.
fn flat(s: &str) -> String {
    s.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The id at the start of a listed line ("  3.4.1   Behandlingen …").
fn listed_ids(out: &str) -> Vec<String> {
    out.lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[test]
fn lovkrav_lists_all_58_legal_duties_with_their_text() {
    let deck = Deck::embedded();
    let out = stdout(refleks().args(["deck", "--lovkrav"]));
    let required: Vec<String> = deck
        .guidelines
        .iter()
        .flat_map(|g| &g.anvisninger)
        .filter(|a| a.kind == Kind::Requirement)
        .map(|a| a.id.clone())
        .collect();
    assert_eq!(required.len(), 58);
    assert_eq!(listed_ids(&out), required);
    assert!(out.contains("(58)"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 80));
    // Under their card, with the card's title, and the start of the text beside the id.
    assert!(out.contains("3.4 Retningslinje for behandlingsgarantien"));
    assert!(out.contains("3.4.1   Behandlingen skal iværksættes senest 14 dage"));
    // A mixed anvisning is marked; a pure one is not.
    let mixed = out
        .split("3.6.3")
        .nth(1)
        .unwrap()
        .split("3.6.4")
        .next()
        .unwrap();
    let mixed = flat(mixed);
    assert!(mixed.contains("også en anbefaling"), "{mixed}");
    let pure = out
        .split("3.4.1")
        .nth(1)
        .unwrap()
        .split("3.4.3")
        .next()
        .unwrap();
    assert!(!pure.contains("også en anbefaling"), "{pure}");
}

#[test]
fn frister_lists_every_deadline_of_the_content_audit() {
    let out = stdout(refleks().args(["deck", "--frister"]));
    let ids = listed_ids(&out);
    for (id, limit, basis) in [
        ("3.4.1", "senest 14 dage", "Serviceloven § 101, stk. 4"),
        ("2.6.13", "højst 6 måneder", ""),
        ("2.8.1", "mindst hvert andet år", ""),
        ("3.6.3", "inden 4 uger", "Retssikkerhedsloven § 67, stk. 1"),
        ("3.7.7", "senest 1 måned og igen 6 måneder", "§ 4, stk. 2"),
        ("3.12.1", "senest 1 måned og igen 6 måneder", "§ 4, stk. 2"),
    ] {
        assert!(ids.contains(&id.to_string()), "{id} missing in {ids:?}");
        let entry = out.split(&format!("  {id} ")).nth(1).unwrap();
        let entry = flat(&entry.lines().take(6).collect::<Vec<_>>().join(" "));
        assert!(entry.contains(&format!("Frist: {limit}")), "{id}: {entry}");
        assert!(entry.contains(basis), "{id}: {entry}");
    }
}

/// The whole list as a reader sees it (80 columns when piped).
#[test]
fn frister_as_text() {
    let out = stdout(refleks().args(["deck", "--frister"]));
    assert!(out.lines().all(|l| l.chars().count() <= 80));
    insta::assert_snapshot!("frister_text", out);
}

#[test]
fn one_card_lists_only_its_own() {
    let out = stdout(refleks().args(["deck", "3.4", "--frister"]));
    assert_eq!(listed_ids(&out), ["3.4.1", "3.4.3", "3.4.5"]);
    assert!(out.starts_with("FRISTER I KORT 3.4 (4)\n"), "{out}");
}

#[test]
fn both_lists_print_as_markdown_and_html() {
    let md = stdout(refleks().args(["deck", "--lovkrav", "--format", "md"]));
    assert!(md.starts_with("# Lovkrav i "), "{md}");
    assert_eq!(md.matches("\n- **").count(), 58);
    let html = stdout(refleks().args(["deck", "--frister", "--format", "html"]));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("@page { size: A4"),
        "the print cards' page setup"
    );
    assert!(html.contains("Retssikkerhedsloven §\u{a0}67, stk.\u{a0}1"));
    assert!(!html.contains("<script"));
}

#[test]
fn a_list_is_saved_with_o() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("frister.html");
    let said = stdout(
        refleks()
            .args(["deck", "--frister", "--format", "html", "-o"])
            .arg(&path),
    );
    assert!(
        said.contains("Listen over frister (html) er gemt i"),
        "{said}"
    );
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("3.12.1"));
}

#[test]
fn lovkrav_and_frister_do_not_mix_with_json() {
    refleks()
        .args(["deck", "--lovkrav", "--json"])
        .assert()
        .failure();
}
