//! The example assessments in `assessments/`: they load, they were made with the embedded deck,
//! they are exactly what refleks itself would write, and they tell the story the README uses
//! (one team a year apart, one other team).

use std::collections::BTreeSet;
use std::path::Path;

use refleks::assessment::{Assessment, NonScore, Score, summarize, to_toml};
use refleks::deck::{Deck, Kind};
use refleks::store::Store;

const EXAMPLES: [&str; 3] = [
    "assessments/team-nord-2025-11-18.toml",
    "assessments/team-nord-2026-11-17.toml",
    "assessments/team-syd-2026-10-02.toml",
];

fn load(path: &str) -> Assessment {
    Store::load(Path::new(path)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_example_loads_and_matches_the_embedded_deck() {
    let deck = Deck::embedded();
    for path in EXAMPLES {
        let a = load(path);
        assert_eq!(a.deck.name, deck.name, "{path}");
        assert_eq!(a.deck.edition, deck.edition, "{path}");
        assert_eq!(a.deck.fingerprint, deck.fingerprint(), "{path}");
        assert!(
            a.orphans(&deck).is_empty(),
            "{path}: answers the deck lacks"
        );
        for (g, answers) in &a.reflections {
            let card = deck.guideline(g).unwrap();
            for n in answers.keys() {
                let n: usize = n.parse().unwrap();
                assert!((1..=card.questions.len()).contains(&n), "{path}: {g} q{n}");
            }
        }
        for action in &a.actions {
            assert!(
                deck.guidelines
                    .iter()
                    .flat_map(|g| &g.anvisninger)
                    .any(|x| x.id == action.anvisning),
                "{path}: action on {}",
                action.anvisning
            );
        }
    }
}

#[test]
fn examples_are_written_exactly_as_refleks_writes_them() {
    for path in EXAMPLES {
        let text = std::fs::read_to_string(path).unwrap();
        assert_eq!(
            to_toml(&load(path)),
            text,
            "{path}: not in the canonical form"
        );
    }
}

#[test]
fn non_scores_have_what_they_need() {
    for path in EXAMPLES {
        for (id, answer) in &load(path).answers {
            if answer.score == Some(Score::Other(NonScore::NotRelevant)) {
                assert!(
                    !answer.reason.trim().is_empty(),
                    "{path}: {id} needs a reason"
                );
            } else {
                assert!(answer.reason.is_empty(), "{path}: {id} has a stray reason");
            }
        }
    }
}

#[test]
fn team_nord_first_year_covers_every_card_in_part() {
    let deck = Deck::embedded();
    let a = load(EXAMPLES[0]);
    let s = summarize(&a, &deck);
    assert!((60..=80).contains(&s.progress.0), "{:?}", s.progress);
    assert!(s.guidelines.iter().all(|g| g.answered > 0));
    let count = |n| {
        a.answers
            .values()
            .filter(|x| x.score == Some(Score::Other(n)))
            .count()
    };
    assert!(count(NonScore::NotRelevant) >= 2);
    assert!(count(NonScore::Unknown) >= 2);
    assert!((3..=5).contains(&s.focus.len()));
    assert!((3..=5).contains(&a.actions.len()));
    assert!(!a.participants.is_empty() && !a.reflections.is_empty());
}

#[test]
fn team_nord_a_year_later_shows_movement() {
    let deck = Deck::embedded();
    let before = load(EXAMPLES[0]);
    let after = load(EXAMPLES[1]);
    assert_eq!(before.team, after.team);
    let s = summarize(&after, &deck);
    assert!(s.progress.0 * 10 >= s.progress.1 * 9, "most of the deck");
    let level = |a: &Assessment, id: &str| a.answer(id).and_then(|x| x.score?.level());
    let (mut rose, mut fell) = (0, 0);
    for id in before.answers.keys() {
        if let (Some(x), Some(y)) = (level(&before, id), level(&after, id)) {
            rose += usize::from(y > x);
            fell += usize::from(y < x);
        }
    }
    assert!(rose >= 10, "rose {rose}");
    assert!((1..=4).contains(&fell), "fell {fell}");
    // Not yet secured: two requirements scored below 3, and three the team marked "ved ikke"
    // (nobody could vouch for them, so they are listed too).
    let levels = s
        .requirements_below
        .iter()
        .filter(|(_, _, score)| score.level().is_some())
        .count();
    assert!((1..=2).contains(&levels), "{:?}", s.requirements_below);
    assert_eq!(
        s.requirements_below.len() - levels,
        3,
        "{:?}",
        s.requirements_below
    );
    assert!((3..=5).contains(&s.focus.len()));
    assert!((3..=5).contains(&after.actions.len()));
    // The note the CSV test relies on: a `;`, a quote and a line break.
    assert!(
        after
            .answers
            .values()
            .any(|x| x.note.contains(';') && x.note.contains('"') && x.note.contains('\n'))
    );
}

#[test]
fn team_syd_chose_chapter_three() {
    let deck = Deck::embedded();
    let a = load(EXAMPLES[2]);
    let chapters: BTreeSet<u8> = a.chosen(&deck).iter().map(|g| g.chapter).collect();
    assert_eq!(chapters, BTreeSet::from([3]));
    assert_eq!(a.chosen(&deck).len(), 12);
    let s = summarize(&a, &deck);
    assert!(!s.requirements_below.is_empty());
    assert!(s.requirements_below.iter().all(|(id, _, _)| {
        deck.guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .any(|x| &x.id == id && x.kind == Kind::Requirement)
    }));
}
