//! Last time on the table, through `update` (the runner's reading is played by the test):
//! offering to build on the team's last assessment, its scores beside this year's fields (never
//! copied), its open actions carried and marked, and reopening an assessment that builds on one.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Context, Effect, Msg, Overlay, SavedEntry, update};
use refleks::assessment::{ActionStatus, Assessment};
use refleks::deck::Deck;
use refleks::store::Store;

const NORD_2026: &str = "assessments/team-nord-2026-11-17.toml";

fn nord() -> Assessment {
    Store::load(Path::new(NORD_2026)).unwrap()
}

fn assessment(app: &App) -> &Assessment {
    &app.session.as_ref().unwrap().assessment
}

/// The store as the home screen last read it: Team Nord's assessment of 2026.
fn with_store() -> App {
    let mut app = App::new(Deck::embedded(), "2027-11-20");
    update(
        &mut app,
        Msg::Listed(vec![SavedEntry {
            path: PathBuf::from(NORD_2026),
            team: "Team Nord".into(),
            created: "2026-11-17".into(),
            updated: "2026-11-17".into(),
            progress: Some((126, 134)),
            unknown: 0,
            problem: None,
            place: None,
        }]),
    );
    app
}

/// A new assessment of Team Nord, built on last year's: the runner's read is played here.
fn built_on() -> App {
    let mut app = with_store();
    app.start_assessment("team nord", vec!["Mette".into(), "Jonas".into()], vec![]);
    assert_eq!(app.context(), Context::BuildOn);
    let effects = press(&mut app, "j");
    assert_eq!(
        effects,
        [Effect::LoadEarlier {
            path: PathBuf::from(NORD_2026),
            fresh: true
        }]
    );
    let effects = update(
        &mut app,
        Msg::EarlierLoaded {
            path: PathBuf::from(NORD_2026),
            assessment: Box::new(nord()),
            fresh: true,
        },
    );
    assert_eq!(effects, [Effect::Save]);
    app
}

#[test]
fn a_new_assessment_of_a_known_team_offers_to_build_on_the_last_one() {
    let mut app = with_store();
    app.start_assessment("Team Syd", vec![], vec![]);
    assert!(app.overlay().is_none(), "another team: nothing to build on");

    let mut app = with_store();
    app.start_assessment("Team Nord", vec![], vec![]);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Byg videre på sidste vurdering?"), "{shown}");
    assert!(shown.contains("17. november 2026"), "{shown}");
    // No: a fresh start, nothing carried.
    assert_eq!(press(&mut app, "n"), []);
    assert!(app.overlay().is_none());
    assert!(assessment(&app).builds_on.is_empty());
    assert!(assessment(&app).actions.is_empty());
}

#[test]
fn building_on_carries_the_open_actions_and_lists_them_first() {
    let mut app = built_on();
    let a = assessment(&app);
    assert_eq!(a.builds_on, "team-nord-2026-11-17.toml");
    let open = nord().actions.len();
    assert_eq!(a.actions.len(), open);
    assert!(a.actions.iter().all(|t| t.carried && t.status.is_none()));
    // Nothing else is copied: this year's fields start empty.
    assert!(a.answers.is_empty());
    assert_eq!(app.context(), Context::Carried);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Handlinger fra sidst"), "{shown}");
    assert!(shown.contains("[ikke markeret]"), "{shown}");

    // Space: udført; again: i gang. Each mark is saved at once.
    assert_eq!(press(&mut app, " "), [Effect::Save]);
    assert_eq!(assessment(&app).actions[0].status, Some(ActionStatus::Done));
    press(&mut app, "j  ");
    assert_eq!(
        assessment(&app).actions[1].status,
        Some(ActionStatus::InProgress)
    );
    assert!(render(&mut app, 80, 24).contains("[i gang]"));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
    // `h` brings the list back.
    press(&mut app, "h");
    assert_eq!(app.context(), Context::Carried);
}

#[test]
fn last_years_score_stands_beside_each_field_and_its_note_on_request() {
    let mut app = built_on();
    key(&mut app, KeyCode::Esc);
    let shown = render(&mut app, 100, 30);
    // 2.1.1 was 3 last year; this year's field is still open.
    let row = shown.lines().find(|l| l.contains("2.1.1")).unwrap();
    assert!(row.contains("sidst 3"), "{row}");
    assert!(row.contains("– ▯▯▯▯"), "{row}");
    press(&mut app, "L");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Sidste gang"), "{shown}");
    assert!(shown.contains("3 Fast praksis"), "{shown}");
    assert!(shown.contains("metodehæfte"), "{shown}");
    key(&mut app, KeyCode::Esc);
    // A score this year does not touch last year's.
    press(&mut app, "2");
    let row = render(&mut app, 100, 30)
        .lines()
        .find(|l| l.contains("2.1.1"))
        .unwrap()
        .to_string();
    assert!(row.contains("sidst 3") && row.contains("2 ▮▮▯▯"), "{row}");
}

#[test]
fn the_comparison_with_last_time_is_one_key_away() {
    let mut app = built_on();
    key(&mut app, KeyCode::Esc);
    update(&mut app, Msg::Saved(PathBuf::from("/tmp/ny.toml")));
    let effects = press(&mut app, "c");
    assert_eq!(
        effects,
        [
            Effect::Save,
            Effect::Compare(vec![
                PathBuf::from(NORD_2026),
                PathBuf::from("/tmp/ny.toml")
            ])
        ]
    );
}

#[test]
fn reopening_reads_the_earlier_one_beside_the_file() {
    let mut app = App::new(Deck::embedded(), "2027-11-20");
    let mut a = nord();
    a.builds_on = "team-nord-2025-11-18.toml".into();
    let effects = update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a.clone()),
            path: PathBuf::from(NORD_2026),
            read_only: None,
        },
    );
    assert_eq!(
        effects,
        [Effect::LoadEarlier {
            path: PathBuf::from("assessments/team-nord-2025-11-18.toml"),
            fresh: false
        }]
    );
    // A name that is not a plain file name is not followed.
    a.builds_on = "../../etc/passwd".into();
    let effects = update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: PathBuf::from(NORD_2026),
            read_only: None,
        },
    );
    assert!(effects.is_empty());
    // Reopened, nothing is carried again.
    let mut app = built_on();
    let before = assessment(&app).actions.len();
    update(
        &mut app,
        Msg::EarlierLoaded {
            path: PathBuf::from(NORD_2026),
            assessment: Box::new(nord()),
            fresh: true,
        },
    );
    assert_eq!(assessment(&app).actions.len(), before);
    assert!(matches!(app.overlay(), Some(Overlay::Carried { .. })));
}

#[test]
fn without_an_earlier_one_last_time_says_so() {
    let mut app = App::new(Deck::embedded(), "2027-11-20");
    app.start_assessment("Team Nord", vec![], vec![]);
    press(&mut app, "L");
    assert!(render(&mut app, 80, 24).contains("bygger ikke på en tidligere"));
}

/// Issue 19: `L` in the questions shows last year's answers to the card's reflection questions.
#[test]
fn last_years_answers_to_the_questions_are_one_key_away() {
    let mut app = built_on();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "G");
    press(&mut app, "3.4");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.context(), Context::Questions);
    press(&mut app, "L");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Sidste gang"), "{shown}");
    assert!(shown.contains("39 af 41 forløb"), "{shown}");
    assert!(shown.contains("Eget felt i journalen"), "{shown}");
    // The selected question (the first) was not answered then: said so.
    assert!(shown.contains("ikke besvaret sidste gang"), "{shown}");
    insta::assert_snapshot!(shown);
}

/// Issue 19: `c` opens the comparison on the card and anvisning the team is on.
#[test]
fn the_comparison_opens_on_the_card_the_team_is_on() {
    let mut app = built_on();
    key(&mut app, KeyCode::Esc);
    update(&mut app, Msg::Saved(PathBuf::from("/tmp/ny.toml")));
    press(&mut app, "G");
    press(&mut app, "3.7.3");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "c");
    let last = nord();
    let comparison = refleks::compare::compare(
        &[
            ("Team Nord 2026".to_string(), &last),
            ("Team Nord 2027".to_string(), assessment(&app)),
        ],
        &app.deck,
    );
    update(&mut app, Msg::Compared(Box::new(comparison)));
    let view = app.comparison.as_ref().unwrap();
    let row = &view.comparison.guidelines[view.guideline];
    assert_eq!(row.id, "3.7");
    assert_eq!(row.anvisninger[view.anvisning].id, "3.7.3");
}
