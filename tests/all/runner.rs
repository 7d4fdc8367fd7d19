//! The runner without a terminal (`tui::Headless`): key presses followed through `update`, the
//! effects and the store to the file on disk, in a store of its own.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Msg};
use refleks::assessment::Score;
use refleks::deck::Deck;
use refleks::store::Store;
use refleks::tui::{Headless, Start};

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
