//! The assessment file format: whatever a team types survives a save and a load unchanged, and
//! the file is one a person can read and diff (see the snapshot).

use std::collections::BTreeMap;

use proptest::prelude::*;
use refleks::assessment::{
    Action, ActionStatus, Answer, Assessment, Basis, DeckRef, EarlierRound, NonScore, Parked,
    Place, SCHEMA, Score, from_toml, to_toml,
};

/// Text as people and their keyboards (and a bad paste) make it: any character, plus the ones
/// that are hard for TOML: quotes, triple quotes, backslashes, line breaks, control characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-ZæøåÆØÅ0-9 ,.]{1,8}",
        2 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec![
            "\n", "\r\n", "\r", "\t", "\"", "\"\"\"", "\"\"\"\"", "'", "'''", "\\", "\\n", "\\u0041",
            "\u{0}", "\u{7f}", "\u{1b}[31m", "\u{202e}", "\u{feff}", "😀", "👩‍👩‍👧", " ", "#", "=",
            "[x]", "ÆØÅ",
        ])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|pieces| pieces.concat())
}

fn score() -> impl Strategy<Value = Score> {
    prop_oneof![
        (0u8..=9).prop_map(Score::Level),
        Just(Score::Other(NonScore::NotRelevant)),
        Just(Score::Other(NonScore::Unknown)),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    (
        prop::option::of(score()),
        text(),
        text(),
        text(),
        any::<bool>(),
        prop::collection::vec(score(), 0..4),
        prop::collection::btree_map(text(), score(), 0..3),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(
            (
                prop::collection::btree_map(text(), score(), 0..3),
                prop::collection::vec(score(), 0..3),
                prop::collection::vec(text(), 0..2),
            )
                .prop_map(|(votes, mut tally, absent)| {
                    Score::sort_votes(&mut tally);
                    EarlierRound {
                        votes,
                        tally,
                        absent,
                    }
                }),
            0..2,
        ),
        (
            prop::option::of(0u8..=9),
            prop::option::of(prop::sample::select(Basis::ALL.to_vec())),
        ),
    )
        .prop_map(
            |(score, reason, note, dissent, focus, tally, votes, absent, rounds, (goal, basis))| {
                Answer {
                    score,
                    reason,
                    note,
                    dissent,
                    focus,
                    tally,
                    votes,
                    absent,
                    rounds,
                    goal,
                    basis,
                }
            },
        )
}

/// An anvisning id as the deck has them, or any text (an orphan from an edited deck).
fn anvisning_id() -> impl Strategy<Value = String> {
    prop_oneof![3 => "[23]\\.[0-9]{1,2}\\.[0-9]{1,2}", 1 => text()]
}

fn assessment() -> impl Strategy<Value = Assessment> {
    let head = (
        text().prop_map(|t| {
            if t.trim().is_empty() {
                format!("Hold{t}")
            } else {
                t
            }
        }),
        prop::collection::vec(text(), 0..4),
        text(),
        text(),
        prop::collection::vec("[23]\\.[0-9]{1,2}", 0..4),
        (text(), text(), text()),
    );
    let body = (
        prop::collection::btree_map(anvisning_id(), answer(), 0..5),
        prop::collection::btree_map(
            "[23]\\.[0-9]{1,2}",
            prop::collection::btree_map("[1-9]", text(), 0..3),
            0..3,
        ),
        prop::collection::vec(
            (
                anvisning_id(),
                text(),
                text(),
                text(),
                prop::option::of(prop::sample::select(ActionStatus::ALL.to_vec())),
                any::<bool>(),
            )
                .prop_map(|(anvisning, what, who, due, status, carried)| Action {
                    anvisning,
                    what,
                    who,
                    due,
                    status,
                    carried,
                }),
            0..3,
        ),
        prop::collection::vec(
            (prop_oneof![Just(String::new()), anvisning_id()], text())
                .prop_map(|(anvisning, text)| Parked { anvisning, text }),
            0..3,
        ),
        (any::<bool>(), prop::option::of(0u32..600), text()),
        proptest::option::of(
            (
                "[23]\\.[0-9]{1,2}",
                prop_oneof![Just(String::new()), anvisning_id()],
            )
                .prop_map(|(guideline, anvisning)| Place {
                    guideline,
                    anvisning,
                }),
        ),
    );
    (head, body).prop_map(
        |(
            (team, participants, created, updated, cards, (name, edition, fingerprint)),
            (answers, reflections, actions, parked, (anonymous, timebox, builds_on), place),
        )| Assessment {
            schema: SCHEMA,
            team,
            participants,
            created,
            updated,
            cards,
            anonymous,
            timebox,
            builds_on,
            deck: DeckRef {
                name,
                edition,
                fingerprint,
            },
            answers,
            reflections,
            actions,
            parked,
            place,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_assessment_round_trips(a in assessment()) {
        let text = to_toml(&a);
        let back = from_toml(&text, "prøve.toml").map_err(|e| {
            TestCaseError::fail(format!("{e}\n--- file ---\n{text}"))
        })?;
        let mut pruned = a.clone();
        pruned.prune();
        prop_assert_eq!(back, pruned, "file:\n{}", text);
        // Writing again gives the same bytes: files diff only where something changed.
        prop_assert_eq!(to_toml(&from_toml(&text, "x").unwrap()), text);
    }
}

/// A small assessment with one of everything the file can hold.
fn small() -> Assessment {
    let mut a = Assessment {
        schema: SCHEMA,
        team: "Team Nord".into(),
        participants: vec!["Anne".into(), "Bo Ørsted".into()],
        created: "2026-11-22".into(),
        updated: "2026-11-23".into(),
        cards: vec!["2.1".into(), "3.4".into()],
        anonymous: false,
        timebox: None,
        builds_on: String::new(),
        deck: DeckRef {
            name: "Nationale retningslinjer for social stofmisbrugsbehandling".into(),
            edition: "2022".into(),
            fingerprint: "5e2b1f0c9a7d3e41".into(),
        },
        answers: BTreeMap::new(),
        reflections: BTreeMap::new(),
        actions: Vec::new(),
        parked: Vec::new(),
        place: Some(Place {
            guideline: "3.4".into(),
            anvisning: "3.4.2".into(),
        }),
    };
    let x = a.answer_mut("2.1.1");
    x.score = Some(Score::Level(3));
    x.note = "Vi bruger MI i alle forløb.\nMen \"opfølgning\" mangler.".into();
    x.votes.insert("Anne".into(), Score::Level(3));
    x.votes.insert("Bo Ørsted".into(), Score::Level(2));
    let x = a.answer_mut("2.1.2");
    x.score = Some(Score::Other(NonScore::NotRelevant));
    x.reason = "Vi har ingen unge under 18 år.".into();
    let x = a.answer_mut("3.4.1");
    x.score = Some(Score::Level(1));
    x.focus = true;
    a.answer_mut("3.4.2").score = Some(Score::Other(NonScore::Unknown));
    a.answer_mut("3.4.3"); // empty: not written
    a.set_reflection(
        "2.1",
        1,
        "Vi er gode til samtalen,\nmindre gode til at følge op.".into(),
    );
    a.set_reflection("2.1", 2, "   ".into()); // blank: not written
    a.actions.push(Action {
        anvisning: "3.4.1".into(),
        what: "Tjek ventetiden hver måned".into(),
        who: "Anne".into(),
        due: "2027-01-31".into(),
        ..Action::default()
    });
    a
}

#[test]
fn the_file_reads_well() {
    let text = to_toml(&small());
    insta::assert_snapshot!("small_assessment", text);
    let mut pruned = small();
    pruned.prune();
    assert_eq!(from_toml(&text, "x").unwrap(), pruned);
}

/// The workshop's additions: an anonymous tally, the dissent, a timebox, the earlier assessment
/// it builds on, carried actions with their status, parked topics.
fn workshop() -> Assessment {
    let mut a = small();
    a.anonymous = true;
    a.timebox = Some(20);
    a.builds_on = "team-nord-2025-11-18.toml".into();
    let x = a.answer_mut("2.1.1");
    x.votes.clear();
    x.tally = vec![
        Score::Level(4),
        Score::Level(0),
        Score::Other(NonScore::Unknown),
    ];
    x.dissent = "Bo mener, at MI kun bruges ved indskrivning.".into();
    x.goal = Some(4);
    x.basis = Some(Basis::Practice);
    a.actions[0].status = Some(ActionStatus::InProgress);
    a.actions[0].carried = true;
    a.parked.push(Parked {
        anvisning: "2.1.1".into(),
        text: "Husk at spørge ledelsen om kurser".into(),
    });
    a.parked.push(Parked {
        anvisning: String::new(),
        text: "  ".into(),
    });
    a
}

#[test]
fn the_workshop_fields_read_well_and_round_trip() {
    let text = to_toml(&workshop());
    insta::assert_snapshot!("workshop_assessment", text);
    let back = from_toml(&text, "x").unwrap();
    // Written sorted: levels, then ved ikke. The blank parked topic is not written.
    assert_eq!(
        back.answers["2.1.1"].tally,
        vec![
            Score::Level(0),
            Score::Level(4),
            Score::Other(NonScore::Unknown)
        ]
    );
    assert_eq!(back.parked.len(), 1);
    let mut pruned = workshop();
    pruned.prune();
    assert_eq!(back, pruned);
}

#[test]
fn a_tally_above_nine_is_located() {
    let text = to_toml(&workshop()).replace("tally = [0, 4", "tally = [0, 14");
    let e = from_toml(&text, "hold.toml").expect_err("meant to fail");
    assert!(e.problems[0].message.contains("14"), "{e}");
    assert!(e.problems[0].at.is_some(), "{e}");
}

#[test]
fn an_unknown_action_status_is_explained() {
    let text = to_toml(&workshop()).replace("status = \"in_progress\"", "status = \"halvt\"");
    let e = from_toml(&text, "hold.toml").expect_err("meant to fail");
    assert!(e.render(false).contains("hold.toml:"), "{e}");
}
