//! The voting round drawn on ratatui's TestBackend at 80×24: whose turn it is (no value shown),
//! the reveal (agreeing and disagreeing), a card round, the tally, the question before
//! replacing votes, and the dissent note. Read each snapshot by eye before accepting it.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Msg, update};
use refleks::deck::Deck;

fn vote() -> App {
    let mut app = App::new(Deck::embedded(), "2026-12-01");
    app.start_assessment(
        "Vote",
        vec!["Anna".into(), "Bo".into(), "Ceylan".into()],
        vec![],
    );
    app
}

#[test]
fn round_collecting_80x24() {
    let mut app = vote();
    press(&mut app, "v23");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

/// Esc with hidden votes: how many go, never what they are.
#[test]
fn cancel_question_80x24() {
    let mut app = vote();
    press(&mut app, "v23");
    key(&mut app, KeyCode::Esc);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

/// `V` on a card where 2.1.1 already holds votes: again, or leave it out.
#[test]
fn card_round_asks_about_one_anvisning_80x24() {
    let mut app = vote();
    press(&mut app, "v233");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "V");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn round_with_an_absent_person_80x24() {
    let mut app = vote();
    press(&mut app, "v2s");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn reveal_agreeing_80x24() {
    let mut app = vote();
    press(&mut app, "v233");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn reveal_disagreeing_80x24() {
    let mut app = vote();
    press(&mut app, "v014");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn reveal_even_count_with_ved_ikke_80x24() {
    let mut app = vote();
    press(&mut app, "v");
    press(&mut app, "2u3");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

/// Five at the table, as in the workshop: Anna, Bo, Cem, Dina, Emil.
fn five() -> App {
    let mut app = App::new(Deck::embedded(), "2026-12-01");
    let names = ["Anna", "Bo", "Cem", "Dina", "Emil"];
    app.start_assessment("Runde", names.map(String::from).to_vec(), vec![]);
    app
}

/// Each kind of agreement on the reveal: its name with the count, and its rule in one line.
#[test]
fn the_reveal_names_each_kind_80x24() {
    // Anna 2, Bo absent, Cem 3, Dina 3, Emil 2: agreed, though few, on a legal requirement.
    for (name, keys, says) in [
        ("kind_agreed_80x24", "v2s332", "Enige · 4 stemmer"),
        ("kind_one_off_80x24", "v33331", "Én afviger · 5 stemmer"),
        (
            "kind_polarised_80x24",
            "v00s44",
            "UENIGHED: Polariseret · 4 stemmer",
        ),
        (
            "kind_spread_80x24",
            "v02244",
            "UENIGHED: Spredt · 5 stemmer",
        ),
    ] {
        let mut app = five();
        press(&mut app, keys);
        let shown = render(&mut app, 80, 24);
        assert!(shown.contains(says), "{name}:\n{shown}");
        assert!(
            shown.contains("Enter: teamet er enigt om"),
            "{name}:\n{shown}"
        );
        insta::assert_snapshot!(name, shown);
    }
}

#[test]
fn dissent_note_80x24() {
    let mut app = vote();
    press(&mut app, "v014");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "Ceylan ser det hver dag");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_round_80x24() {
    let mut app = vote();
    press(&mut app, "V22");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn tally_80x24() {
    let mut app = vote();
    press(&mut app, "t2 x 3, 1 x 4");
    insta::assert_snapshot!("tally_typing_80x24", render(&mut app, 80, 24));
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("tally_revealed_80x24", render(&mut app, 80, 24));
}

#[test]
fn replace_votes_question_80x24() {
    let mut app = vote();
    press(&mut app, "v233");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "v");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

/// A new round on an anvisning the team has scored: nothing of the card behind the round (its
/// score column, the old score's description in the footer) is on screen at any size, so the
/// old score cannot anchor the hidden votes. The footer shows the scale instead.
#[test]
fn a_round_hides_the_card_and_its_old_score_at_every_size() {
    let mut app = vote();
    press(&mut app, "2v");
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let shown = render(&mut app, w, h);
        assert!(
            !shown.contains('▮') && !shown.contains('▯'),
            "a score bar at {w}×{h}:\n{shown}"
        );
        assert!(
            !shown.contains("ikke systematisk"),
            "the old score's description at {w}×{h}:\n{shown}"
        );
        assert!(
            shown.contains("0 Ikke i gang") && shown.contains("4 Forankret"),
            "the whole scale, up to its top, at {w}×{h}:\n{shown}"
        );
    }
}

/// Two votes far apart: flagged, and an even count. Everything the team needs (what Enter
/// does, that a note follows) fits at 80×24.
#[test]
fn a_disputed_reveal_says_what_to_press_80x24() {
    let mut app = vote();
    press(&mut app, "v0s4");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("UENIGHED"), "{shown}");
    assert!(shown.contains("Enter: teamet er enigt om 0"), "{shown}");
    assert!(shown.contains("Bagefter skriver du"), "{shown}");
    insta::assert_snapshot!(shown);
}

/// The first reveal of a card round at 80×24: the most disputed anvisning, its place in the
/// order, and what to press, all on screen.
#[test]
fn card_round_reveal_80x24() {
    let mut app = vote();
    press(&mut app, "V22222");
    press(&mut app, "s");
    press(&mut app, "24222");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Visning 1 af 5"), "{shown}");
    assert!(shown.contains("Bagefter skriver du"), "{shown}");
    insta::assert_snapshot!(shown);
}

/// Ten at the table (the most a workshop has): every name and the count fit at 80×24.
#[test]
fn ten_voters_fit_80x24() {
    let mut app = App::new(Deck::embedded(), "2026-12-01");
    let names: Vec<String> = (1..=10).map(|i| format!("Deltager {i}")).collect();
    app.start_assessment("Vote", names, vec![]);
    press(&mut app, "V2");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Deltager 10 venter"), "{shown}");
    assert!(shown.contains("0 af 10 har stemt"), "{shown}");
}

/// Merged pre-assessments carry each person's note as "Navn: …": the reveal shows them where
/// there is room, so the team hears why before it agrees. At 80×24 what to press comes first.
#[test]
fn a_reveal_shows_the_notes_gathered_from_the_pre_assessments() {
    use refleks::assessment::Score;
    let mut app = App::new(Deck::embedded(), "2026-12-01");
    app.start_assessment("Team Øst", vec!["Anna".into(), "Bo".into()], vec![]);
    let a = &mut app.session.as_mut().unwrap().assessment;
    let x = a.answer_mut("2.1.1");
    x.votes.insert("Anna".into(), Score::Level(2));
    x.votes.insert("Bo".into(), Score::Level(3));
    x.note = "Anna: Vi mangler et metodekatalog\nBo: Det går fint i de fleste forløb".into();
    press(&mut app, "r");
    let shown = render(&mut app, 100, 30);
    assert!(
        shown.contains("Anna: Vi mangler et metodekatalog"),
        "{shown}"
    );
    assert!(shown.contains("Bo: Det går fint"), "{shown}");
    insta::assert_snapshot!(shown);
    let small = render(&mut app, 80, 24);
    assert!(small.contains("Enter: teamet er enigt om 2"), "{small}");
}

/// While the team writes what it disagreed about, the votes it disagreed on stay in sight
/// above the note, at every size; the next reveal of a card round does not show behind it.
#[test]
fn the_dissent_note_keeps_its_own_votes_in_sight() {
    let mut app = vote();
    press(&mut app, "V22222");
    press(&mut app, "s");
    press(&mut app, "24222");
    key(&mut app, KeyCode::Enter);
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let shown = render(&mut app, w, h);
        assert!(
            shown.contains("Hvad handlede uenigheden om? (2.1.2)"),
            "{w}×{h}:\n{shown}"
        );
        assert!(shown.contains("Anna 2 · Ceylan 4"), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Visning 2 af 5"), "{w}×{h}:\n{shown}");
        assert!(
            !shown.contains("2.1.1"),
            "the next reveal, {w}×{h}:\n{shown}"
        );
    }
}

#[test]
fn a_round_draws_at_every_size_without_panic() {
    let mut app = vote();
    for keys in ["v", "2", "3", "3", "V"] {
        press(&mut app, keys);
        for (w, h) in [(30, 8), (40, 12), (80, 24), (200, 60)] {
            render(&mut app, w, h);
        }
    }
}

/// A new Team Nord assessment built on last year's file, as the runner would leave it.
fn built_on_nord() -> App {
    use refleks::app::SavedEntry;
    use std::path::PathBuf;
    let path = PathBuf::from("assessments/team-nord-2026-11-17.toml");
    let mut app = App::new(Deck::embedded(), "2027-11-20");
    update(
        &mut app,
        Msg::Listed(vec![SavedEntry {
            path: path.clone(),
            team: "Team Nord".into(),
            created: "2026-11-17".into(),
            updated: "2026-11-17".into(),
            progress: Some((126, 134)),
            unknown: 0,
            problem: None,
            place: None,
        }]),
    );
    app.start_assessment("Team Nord", vec!["Mette".into(), "Jonas".into()], vec![]);
    app
}

fn loaded(mut app: App) -> App {
    use std::path::{Path, PathBuf};
    let path = PathBuf::from("assessments/team-nord-2026-11-17.toml");
    let last = refleks::store::Store::load(Path::new(&path)).unwrap();
    press(&mut app, "j");
    update(
        &mut app,
        Msg::EarlierLoaded {
            path,
            assessment: Box::new(last),
            fresh: true,
        },
    );
    app
}

#[test]
fn build_on_question_80x24() {
    let mut app = built_on_nord();
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn carried_actions_80x24() {
    let mut app = loaded(built_on_nord());
    press(&mut app, " j ");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_screen_with_last_time_80x24() {
    let mut app = loaded(built_on_nord());
    key(&mut app, KeyCode::Esc);
    press(&mut app, "2");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn summary_with_disagreement_and_parked_80x24() {
    let mut app = loaded(built_on_nord());
    key(&mut app, KeyCode::Esc);
    press(&mut app, "v04");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "Jonas ser det ikke i praksis");
    key(&mut app, KeyCode::Esc);
    press(&mut app, "p");
    press(&mut app, "Spørg ledelsen om kurser");
    key(&mut app, KeyCode::Esc);
    press(&mut app, "s");
    insta::assert_snapshot!(render(&mut app, 80, 24));
    // Scrolled down past last time's actions: the parked topic.
    for _ in 0..16 {
        key(&mut app, KeyCode::Down);
    }
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Parkerede emner"), "{shown}");
    insta::assert_snapshot!("summary_with_disagreement_and_parked_scrolled_80x24", shown);
}

/// After rounds the team agreed on, the card screen says how the team voted on the selected
/// anvisning, in the reports' words: the votes with median and spread, "uenighed" when
/// flagged, and the dissent.
fn after_rounds() -> App {
    use refleks::assessment::Score;
    let mut app = vote();
    let a = &mut app.session.as_mut().unwrap().assessment;
    let x = a.answer_mut("2.1.1");
    x.votes.insert("Anna".into(), Score::Level(0));
    x.votes.insert("Bo".into(), Score::Level(1));
    x.votes.insert("Ceylan".into(), Score::Level(4));
    x.score = Some(Score::Level(1));
    x.dissent = "Ceylan ser det hver dag i sine forløb".into();
    let y = a.answer_mut("2.1.2");
    y.votes.insert("Anna".into(), Score::Level(2));
    y.votes.insert("Bo".into(), Score::Level(3));
    y.votes.insert("Ceylan".into(), Score::Level(3));
    y.score = Some(Score::Level(3));
    app
}

#[test]
fn the_card_screen_shows_a_disputed_round_80x24() {
    let mut app = after_rounds();
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains("Stemmer: Anna 0, Bo 1, Ceylan 4 (median 1,"),
        "{shown}"
    );
    assert!(shown.contains("spredning 0–4"), "{shown}");
    assert!(shown.contains("Polariseret · 3 stemmer"), "{shown}");
    assert!(
        shown.contains("Uenighed: Ceylan ser det hver dag"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn the_card_screen_shows_an_agreeing_round_100x30() {
    let mut app = after_rounds();
    key(&mut app, KeyCode::Down);
    let shown = render(&mut app, 100, 30);
    assert!(
        shown.contains("Stemmer: Anna 2, Bo 3, Ceylan 3 (median 3, spredning 2–3, Enige"),
        "{shown}"
    );
    assert!(!shown.contains("Uenighed"), "{shown}");
    insta::assert_snapshot!(shown);
}

/// A tally (anonymous votes) is said as counts, as the reports say it.
#[test]
fn the_card_screen_shows_a_tally() {
    use refleks::assessment::Score;
    let mut app = vote();
    let a = &mut app.session.as_mut().unwrap().assessment;
    let x = a.answer_mut("2.1.1");
    x.tally = vec![Score::Level(3), Score::Level(3), Score::Level(4)];
    x.score = Some(Score::Level(3));
    let shown = render(&mut app, 100, 30);
    assert!(
        shown.contains("Stemmer: 2 × 3, 1 × 4 (median 3, spredning 3–4, Enige"),
        "{shown}"
    );
}

/// A new round on an anvisning with old votes: the old votes stay out of sight until the reveal.
#[test]
fn a_new_round_hides_the_old_votes_at_every_size() {
    let mut app = after_rounds();
    press(&mut app, "v");
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let shown = render(&mut app, w, h);
        // The question is on screen (a blank screen would hide the votes too).
        assert!(shown.contains("Ny runde?"), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Stemmer: "), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Ceylan ser det"), "{w}×{h}:\n{shown}");
    }
    key(&mut app, KeyCode::Enter);
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let shown = render(&mut app, w, h);
        assert!(shown.contains("Anna stemmer nu"), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Stemmer: "), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Ceylan ser det"), "{w}×{h}:\n{shown}");
    }
}

/// Votes the team has not agreed on yet (merged pre-assessments, or a round left before
/// agreeing) wait for `r`, as the status line says: the card does not show them before that.
#[test]
fn votes_waiting_for_the_reveal_stay_off_the_card() {
    let mut app = after_rounds();
    app.session
        .as_mut()
        .unwrap()
        .assessment
        .answer_mut("2.1.1")
        .score = None;
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let shown = render(&mut app, w, h);
        // The card and its anvisning are on screen: only the votes stay off it.
        assert!(shown.contains("2.1.1"), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Stemmer: "), "{w}×{h}:\n{shown}");
        assert!(!shown.contains("Anna 0"), "{w}×{h}:\n{shown}");
    }
}

/// Why an even count takes the lower middle ("så lovkrav ikke ser bedre ud") is said on a legal
/// requirement only; a recommendation gets the rule without that reason.
#[test]
fn the_lower_median_is_explained_on_legal_requirements_only() {
    use refleks::assessment::Score;
    use refleks::deck::Kind;
    let mut app = vote();
    let requirement = app
        .deck
        .anvisninger()
        .find(|x| x.kind == Kind::Requirement)
        .map(|x| x.id.clone());
    let requirement = requirement.expect("the deck has legal requirements");
    let a = &mut app.session.as_mut().unwrap().assessment;
    for (name, v) in [("Anna", 1), ("Bo", 2)] {
        a.answer_mut(&requirement)
            .votes
            .insert(name.into(), Score::Level(v));
    }
    press(&mut app, "r");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains(&requirement), "{shown}");
    assert!(shown.contains("så lovkrav"), "{shown}");
    let mut app = vote();
    press(&mut app, "v23s");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("2.1.1 [ANBEFALING]"), "{shown}");
    assert!(shown.contains("laveste af de to midterste."), "{shown}");
    assert!(!shown.contains("så lovkrav"), "{shown}");
}

/// One "ikke relevant" against two 3s: the levels agree, the team does not agree the anvisning
/// applies, and the reveal says so.
#[test]
fn reveal_split_on_relevance_80x24() {
    let mut app = vote();
    let a = &mut app.session.as_mut().unwrap().assessment;
    let x = a.answer_mut("2.1.1");
    for (who, v) in [("Anna", 3), ("Bo", 3)] {
        x.votes
            .insert(who.into(), refleks::assessment::Score::Level(v));
    }
    x.votes.insert(
        "Ceylan".into(),
        refleks::assessment::Score::Other(refleks::assessment::NonScore::NotRelevant),
    );
    press(&mut app, "r");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}
