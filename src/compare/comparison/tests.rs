//! Unit tests of `comparison`.

use super::*;
use crate::assessment::NonScore;

const UNKNOWN: Score = Score::Other(NonScore::Unknown);
const NOT_RELEVANT: Score = Score::Other(NonScore::NotRelevant);

fn deck() -> Deck {
    Deck::embedded()
}

fn new(deck: &Deck, team: &str, created: &str, cards: &[&str]) -> Assessment {
    let cards = cards.iter().map(|c| c.to_string()).collect();
    Assessment::new(deck, team, vec![], cards, created)
}

fn score(a: &mut Assessment, id: &str, s: Score) {
    a.answer_mut(id).score = Some(s);
}

fn run(deck: &Deck, list: &[&Assessment]) -> Comparison {
    let items: Vec<(String, &Assessment)> = list
        .iter()
        .map(|a| (format!("{} {}", a.team, a.created), *a))
        .collect();
    compare(&items, deck)
}

fn row<'c>(c: &'c Comparison, id: &str) -> &'c GuidelineRow {
    c.guidelines.iter().find(|g| g.id == id).expect("guideline")
}

fn anvisning<'c>(c: &'c Comparison, id: &str) -> &'c AnvisningRow {
    c.guidelines
        .iter()
        .flat_map(|g| &g.anvisninger)
        .find(|x| x.id == id)
        .expect("anvisning")
}

#[test]
fn different_teams_have_no_change_and_nothing_rose_or_fell() {
    let deck = deck();
    let g = &deck.guidelines[0];
    let id = g.anvisninger[0].id.as_str();
    let mut nord = new(&deck, "Team Nord", "2026-01-01", &[]);
    let mut syd = new(&deck, "Team Syd", "2026-02-01", &[]);
    score(&mut nord, id, Score::Level(1));
    score(&mut syd, id, Score::Level(3));
    let c = run(&deck, &[&nord, &syd]);
    assert!(!c.same_team);
    assert_eq!(row(&c, &g.id).averages, vec![Some(1.0), Some(3.0)]);
    assert_eq!(row(&c, &g.id).change, None);
    assert_eq!(anvisning(&c, id).change, None);
    assert!(c.rose.is_empty() && c.fell.is_empty());

    // The same team, written with other case and spaces, is one team over time.
    let mut later = new(&deck, " team nord ", "2027-01-01", &[]);
    score(&mut later, id, Score::Level(3));
    let c = run(&deck, &[&nord, &later]);
    assert!(c.same_team);
    assert_eq!(anvisning(&c, id).change, Some(2));
    assert_eq!(c.rose.len(), 1);
}

#[test]
fn deltas_are_signed_for_guidelines_and_anvisninger() {
    let deck = deck();
    let mut a = new(&deck, "Nord", "2025-11-18", &["2.1"]);
    let mut b = new(&deck, "Nord", "2026-11-17", &["2.1"]);
    score(&mut a, "2.1.1", Score::Level(1));
    score(&mut a, "2.1.2", Score::Level(3));
    score(&mut b, "2.1.1", Score::Level(3));
    score(&mut b, "2.1.2", Score::Level(2));
    let c = run(&deck, &[&a, &b]);
    assert_eq!(c.guidelines.len(), 1);
    let g = row(&c, "2.1");
    assert_eq!(g.averages, vec![Some(2.0), Some(2.5)]);
    assert_eq!(g.change, Some(0.5));
    assert_eq!(anvisning(&c, "2.1.1").change, Some(2));
    assert_eq!(anvisning(&c, "2.1.2").change, Some(-1));
    assert_eq!(anvisning(&c, "2.1.3").change, None);

    let back = run(&deck, &[&b, &a]);
    assert_eq!(row(&back, "2.1").change, Some(-0.5));
    assert_eq!(anvisning(&back, "2.1.1").change, Some(-2));
}

#[test]
fn non_scores_are_left_out_of_averages_and_never_count_as_zero() {
    let deck = deck();
    let mut a = new(&deck, "Nord", "2025-11-18", &["2.1"]);
    let mut b = new(&deck, "Nord", "2026-11-17", &["2.1"]);
    score(&mut a, "2.1.1", Score::Level(4));
    score(&mut a, "2.1.2", UNKNOWN);
    score(&mut a, "2.1.3", NOT_RELEVANT);
    score(&mut b, "2.1.1", UNKNOWN);
    score(&mut b, "2.1.2", UNKNOWN);
    let c = run(&deck, &[&a, &b]);
    let g = row(&c, "2.1");
    assert_eq!(g.averages, vec![Some(4.0), None], "ved ikke is not 0");
    assert_eq!(g.change, None, "only one side has an average");
    // 4 then "ved ikke": the team no longer claims a level, so there is no change.
    assert_eq!(anvisning(&c, "2.1.1").change, None);
    assert!(c.rose.is_empty() && c.fell.is_empty());
}

#[test]
fn unknown_is_kept_apart_from_unanswered() {
    let deck = deck();
    let mut a = new(&deck, "Nord", "2025-11-18", &["2.1"]);
    let b = new(&deck, "Nord", "2026-11-17", &["2.1"]);
    score(&mut a, "2.1.1", UNKNOWN);
    a.answer_mut("2.1.2").note = "Kun en note".into();
    let c = run(&deck, &[&a, &b]);
    let x = anvisning(&c, "2.1.1");
    assert_eq!(x.cells[0].score, Some(UNKNOWN));
    assert_eq!(x.cells[1].score, None, "unanswered");
    let y = anvisning(&c, "2.1.2");
    assert_eq!(y.cells[0].score, None);
    assert_eq!(y.cells[0].note, "Kun en note", "notes are reachable");
    assert_eq!(row(&c, "2.1").averages, vec![None, None]);
}

#[test]
fn rose_and_fell_are_ordered_by_size_then_deck_order() {
    let deck = deck();
    let mut a = new(&deck, "Nord", "2025-11-18", &[]);
    let mut b = new(&deck, "Nord", "2026-11-17", &[]);
    // Answered out of deck order on purpose.
    for (id, from, to) in [
        ("3.4.1", 1, 2),
        ("2.1.1", 0, 1),
        ("2.2.1", 0, 3),
        ("3.1.1", 4, 3),
        ("2.3.1", 4, 1),
        ("2.1.2", 3, 2),
        ("2.1.3", 2, 2),
    ] {
        score(&mut a, id, Score::Level(from));
        score(&mut b, id, Score::Level(to));
    }
    let c = run(&deck, &[&a, &b]);
    let ids = |list: &[Movement]| -> Vec<(String, i16)> {
        list.iter()
            .map(|m| (m.anvisning.clone(), m.change))
            .collect()
    };
    let pairs = |v: &[(&str, i16)]| -> Vec<(String, i16)> {
        v.iter().map(|(i, d)| (i.to_string(), *d)).collect()
    };
    assert_eq!(
        ids(&c.rose),
        pairs(&[("2.2.1", 3), ("2.1.1", 1), ("3.4.1", 1)])
    );
    assert_eq!(
        ids(&c.fell),
        pairs(&[("2.3.1", -3), ("2.1.2", -1), ("3.1.1", -1)])
    );
    let m = &c.rose[0];
    assert_eq!((m.from, m.to, m.from_column, m.to_column), (0, 3, 0, 1));
    assert_eq!(m.guideline, "2.2");
}

#[test]
fn requirements_still_below_three_use_the_last_level() {
    let deck = deck();
    let requirements: Vec<&str> = deck
        .anvisninger()
        .filter(|x| x.kind == Kind::Requirement)
        .map(|x| x.id.as_str())
        .take(4)
        .collect();
    let recommendation = deck
        .anvisninger()
        .find(|x| x.kind == Kind::Recommendation)
        .unwrap();
    let mut a = new(&deck, "Nord", "2025-11-18", &[]);
    let mut b = new(&deck, "Nord", "2026-11-17", &[]);
    score(&mut a, requirements[0], Score::Level(1));
    score(&mut b, requirements[0], Score::Level(2)); // rose, still below
    score(&mut a, requirements[1], Score::Level(1));
    score(&mut b, requirements[1], Score::Level(3)); // secured now
    score(&mut a, requirements[2], Score::Level(2)); // only the first side: still its last
    score(&mut a, requirements[3], Score::Level(0));
    score(&mut b, requirements[3], UNKNOWN); // last word is "ved ikke": not listed
    score(&mut a, &recommendation.id, Score::Level(0));
    let c = run(&deck, &[&a, &b]);
    let below: Vec<(&str, u8, usize)> = c
        .still_below
        .iter()
        .map(|x| (x.anvisning.as_str(), x.level, x.column))
        .collect();
    assert_eq!(
        below,
        vec![(requirements[0], 2, 1), (requirements[2], 2, 0)]
    );
}

#[test]
fn answers_from_an_older_deck_are_listed_not_dropped() {
    let deck = deck();
    let mut old = new(&deck, "Nord", "2024-11-18", &["2.1"]);
    old.deck.edition = "2019".into();
    old.deck.fingerprint = "0000000000000000".into();
    score(&mut old, "9.9.9", Score::Level(2));
    old.answer_mut("9.9.9").note = "Fra det gamle kortsæt".into();
    score(&mut old, "2.1.10", UNKNOWN);
    score(&mut old, "2.1.1", Score::Level(1));
    let mut new_ = new(&deck, "Nord", "2025-11-18", &["2.1"]);
    score(&mut new_, "2.1.1", Score::Level(2));
    score(&mut new_, "9.9.9", Score::Level(3));
    let c = run(&deck, &[&old, &new_]);
    assert!(!c.columns[0].deck_matches);
    assert_eq!(c.columns[0].deck_edition, "2019");
    assert!(c.columns[1].deck_matches);
    let ids: Vec<&str> = c
        .unmatched
        .not_in_deck
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(ids, ["2.1.10", "9.9.9"], "in id order");
    let o = &c.unmatched.not_in_deck[1];
    assert_eq!(o.cells[0].score, Some(Score::Level(2)));
    assert_eq!(o.cells[0].note, "Fra det gamle kortsæt");
    assert_eq!(o.cells[1].score, Some(Score::Level(3)));
    assert_eq!(c.unmatched.not_in_deck[0].cells[1].score, None);
    // The matched anvisning still compares.
    assert_eq!(anvisning(&c, "2.1.1").change, Some(1));
    assert_eq!(row(&c, "2.1").averages, vec![Some(1.0), Some(2.0)]);
}

#[test]
fn cards_chosen_on_one_side_only_are_unmatched_on_the_other() {
    let deck = deck();
    let mut a = new(&deck, "Nord", "2026-11-17", &["2.1", "3.4"]);
    let mut b = new(&deck, "Syd", "2026-10-02", &["3.4"]);
    score(&mut a, "2.1.1", Score::Level(2));
    score(&mut a, "2.1.3", NOT_RELEVANT);
    score(&mut a, "3.4.1", Score::Level(3));
    score(&mut b, "3.4.1", Score::Level(1));
    let c = run(&deck, &[&a, &b]);
    let ids: Vec<&str> = c.guidelines.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["2.1", "3.4"], "the union of the chosen cards");
    let g = row(&c, "2.1");
    assert_eq!(g.chosen, vec![true, false]);
    assert_eq!(g.averages, vec![Some(2.0), None]);
    assert_eq!(g.change, None, "a single-side guideline has no change");
    assert_eq!(
        c.unmatched.not_chosen,
        vec![NotChosen {
            guideline: "2.1".into(),
            anvisninger: vec!["2.1.1".into(), "2.1.3".into()],
            scored_in: vec![0],
            not_chosen_in: vec![1],
        }]
    );
    // Two different teams: side by side, no change between them.
    assert_eq!(row(&c, "3.4").change, None);
    assert!(c.fell.is_empty());
}

#[test]
fn three_way_change_runs_from_first_to_last_with_a_value() {
    let deck = deck();
    let mut a = new(&deck, "Nord", "2024-11-18", &[]);
    let mut b = new(&deck, "Nord", "2025-11-18", &[]);
    let mut c3 = new(&deck, "Nord", "2026-11-17", &[]);
    score(&mut a, "3.4.1", Score::Level(1));
    score(&mut b, "3.4.1", Score::Level(4));
    score(&mut c3, "3.4.1", Score::Level(2));
    // Unanswered in the middle and at the end: the change runs to the last value.
    score(&mut a, "3.4.2", Score::Level(0));
    score(&mut b, "3.4.2", Score::Level(3));
    // Only in the middle: nothing to compare.
    score(&mut b, "3.4.3", Score::Level(2));
    let c = run(&deck, &[&a, &b, &c3]);
    assert_eq!(c.columns.len(), 3);
    assert_eq!(anvisning(&c, "3.4.1").change, Some(1));
    assert_eq!(anvisning(&c, "3.4.2").change, Some(3));
    assert_eq!(anvisning(&c, "3.4.3").change, None);
    let g = row(&c, "3.4");
    assert_eq!(g.averages, vec![Some(0.5), Some(3.0), Some(2.0)]);
    assert_eq!(g.change, Some(1.5));
    let m = c.rose.iter().find(|m| m.anvisning == "3.4.2").unwrap();
    assert_eq!((m.from_column, m.to_column), (0, 1));
    assert_eq!(c.rose[0].anvisning, "3.4.2", "largest first");
}

#[test]
fn labels_alike_name_their_files() {
    let deck = Deck::embedded();
    let a = Assessment::new(&deck, "Team Øst", vec![], vec![], "2026-12-01");
    let b = Assessment::new(&deck, "Team Syd", vec![], vec![], "2026-12-01");
    let second = std::path::Path::new("/s/team-oest-2026-12-01-2.toml");
    let first = std::path::Path::new("/s/team-oest-2026-12-01.toml");
    let got = column_labels(&[
        (&a, second),
        (&b, std::path::Path::new("/s/team-syd-2026-12-01.toml")),
        (&a, first),
    ]);
    assert_eq!(
        got,
        vec![
            "Team Øst 2026-12-01 (team-oest-2026-12-01-2.toml)",
            "Team Syd 2026-12-01",
            "Team Øst 2026-12-01 (team-oest-2026-12-01.toml)",
        ],
        "the mark follows the file, whatever the order"
    );
}

#[test]
fn nothing_compared_is_an_empty_comparison() {
    let deck = deck();
    let c = compare(&[], &deck);
    assert!(c.columns.is_empty() && c.guidelines.is_empty());
}
