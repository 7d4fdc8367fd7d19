//! The runner without a terminal (`tui::Headless`): key presses followed through `update`, the
//! effects and the store to the file on disk, in a store of its own.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Msg, Overlay};
use refleks::assessment::Score;
use refleks::deck::Deck;
use refleks::store::Store;
use refleks::tui::{BuildOn, Headless, Start};

fn key(runner: &mut Headless, code: KeyCode) {
    runner.send(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn a_key_press_reaches_the_file_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let app = App::new(Deck::embedded(), "2026-12-01");
    let start = Start::New {
        team: "Team Nord".into(),
        participants: vec!["Åse".into()],
        timebox: None,
        build_on: BuildOn::Ask,
    };
    let mut runner = Headless::start(app, store, start);
    // The new assessment has a file of its own in the store at once.
    let path = runner.app.session.as_ref().unwrap().path.clone().unwrap();
    assert_eq!(path.parent(), Some(dir.path()));
    assert_eq!(Store::load(&path).unwrap().team, "Team Nord");

    // A score is saved with the key press.
    key(&mut runner, KeyCode::Char('3'));
    let on_disk = Store::load(&path).unwrap();
    assert_eq!(
        on_disk.answer("2.1.1").and_then(|a| a.score),
        Some(Score::Level(3))
    );

    // A note is saved once the typing pauses (the loop's flush), and again when it closes.
    key(&mut runner, KeyCode::Char('n'));
    for c in "Vi gør det".chars() {
        key(&mut runner, KeyCode::Char(c));
    }
    assert_eq!(
        Store::load(&path).unwrap().answer("2.1.1").unwrap().note,
        ""
    );
    assert!(runner.flush());
    let note = |p| {
        Store::load(p)
            .unwrap()
            .answer("2.1.1")
            .unwrap()
            .note
            .clone()
    };
    assert_eq!(note(&path), "Vi gør det");
    key(&mut runner, KeyCode::Esc);
    assert_eq!(note(&path), "Vi gør det");
    assert!(runner.app.status.as_ref().is_none_or(|s| !s.error));
}

/// Last year's assessment of the team, saved in the store.
fn last_year(store: &Store, deck: &Deck) -> std::path::PathBuf {
    let mut a =
        refleks::assessment::Assessment::new(deck, "Team Nord", vec![], vec![], "2025-11-20");
    a.answer_mut("2.1.1").score = Some(Score::Level(2));
    a.actions.push(refleks::assessment::Action {
        anvisning: "2.1.1".into(),
        what: "Fast tjekliste".into(),
        ..Default::default()
    });
    // The lock is dropped at once: last year's file is only read.
    store.create(&a).unwrap().path().to_path_buf()
}

fn new_team_nord(build_on: BuildOn) -> Start {
    Start::New {
        team: "Team Nord".into(),
        participants: vec![],
        timebox: None,
        build_on,
    }
}

#[test]
fn new_with_last_years_file_in_the_store_asks_and_yes_builds_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let deck = Deck::embedded();
    let earlier = last_year(&store, &deck);
    let app = App::new(deck, "2026-12-01");
    let mut runner = Headless::start(app, store, new_team_nord(BuildOn::Ask));
    // Asked before anything else, as the home screen's form asks.
    assert!(
        matches!(runner.app.overlay(), Some(Overlay::BuildOn { path, .. }) if *path == earlier),
        "asked about last year's file"
    );
    let path = runner.app.session.as_ref().unwrap().path.clone().unwrap();
    assert_ne!(path, earlier);
    key(&mut runner, KeyCode::Char('j'));
    let on_disk = Store::load(&path).unwrap();
    assert_eq!(
        Some(on_disk.builds_on.as_str()),
        earlier.file_name().and_then(|n| n.to_str())
    );
    assert!(
        on_disk
            .actions
            .iter()
            .any(|t| t.carried && t.what == "Fast tjekliste")
    );
    assert!(runner.app.earlier.is_some());
}

#[test]
fn new_with_no_says_no_and_the_file_stands_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let deck = Deck::embedded();
    last_year(&store, &deck);
    let app = App::new(deck, "2026-12-01");
    let mut runner = Headless::start(app, store, new_team_nord(BuildOn::Ask));
    assert!(matches!(
        runner.app.overlay(),
        Some(Overlay::BuildOn { .. })
    ));
    key(&mut runner, KeyCode::Char('n'));
    assert!(runner.app.overlay().is_none());
    let path = runner.app.session.as_ref().unwrap().path.clone().unwrap();
    assert_eq!(Store::load(&path).unwrap().builds_on, "");
}

#[test]
fn new_build_on_and_fresh_do_not_ask() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let deck = Deck::embedded();
    let earlier = last_year(&store, &deck);

    let app = App::new(deck.clone(), "2026-12-01");
    let runner = Headless::start(app, store.clone(), new_team_nord(BuildOn::Fresh));
    assert!(runner.app.overlay().is_none());
    let path = runner.app.session.as_ref().unwrap().path.clone().unwrap();
    assert_eq!(Store::load(&path).unwrap().builds_on, "");
    drop(runner);

    let app = App::new(deck, "2026-12-01");
    let runner = Headless::start(app, store, new_team_nord(BuildOn::File(earlier.clone())));
    assert!(!matches!(
        runner.app.overlay(),
        Some(Overlay::BuildOn { .. })
    ));
    let path = runner.app.session.as_ref().unwrap().path.clone().unwrap();
    assert_eq!(
        Some(Store::load(&path).unwrap().builds_on.as_str()),
        earlier.file_name().and_then(|n| n.to_str())
    );
}
