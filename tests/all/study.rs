//! Self-study outside the app: `refleks øv --status`, and `list` and `aggregate` leaving
//! `øvelser.toml` alone in the store.

use crate::common::cli::{refleks, stdout};
use jiff::civil::date;
use refleks::study::{Rating, record};

/// A store with one example assessment and some drill progress.
fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "assessments/team-nord-2026-11-17.toml",
        dir.path().join("team-nord-2026-11-17.toml"),
    )
    .unwrap();
    let answers = vec![
        ("lovkrav/3.4.1".to_string(), Rating::Let, true),
        ("lovkrav/3.4.2".to_string(), Rating::Igen, false),
        ("frist/3.4.1/1".to_string(), Rating::Godt, true),
    ];
    // Long ago, so all three are due today whenever the test runs.
    record(dir.path(), &answers, date(2020, 1, 6)).unwrap();
    dir
}

#[test]
fn status_says_learned_due_and_share_right_per_card() {
    let dir = store();
    let out = stdout(
        refleks()
            .arg("--store")
            .arg(dir.path())
            .args(["øv", "--status"]),
    );
    assert!(out.contains("Lært:    1 af 3 øvede spørgsmål"), "{out}");
    assert!(out.contains("I dag:   3 skal øves igen"), "{out}");
    assert!(out.contains("  3.4   Behandlingsgarantien"), "{out}");
    let line = out.lines().find(|l| l.starts_with("  3.4 ")).unwrap();
    assert!(line.contains(" 67 %  3 svar"), "{line}");
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    // One card, and the ASCII spelling of the command.
    let one = stdout(
        refleks()
            .arg("--store")
            .arg(dir.path())
            .args(["oev", "3.4", "--status"]),
    );
    assert_eq!(
        one.lines()
            .filter(|l| l.starts_with("  2.") || l.starts_with("  3."))
            .count(),
        1
    );
}

#[test]
fn status_of_a_store_without_progress_says_nothing_is_drilled() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        refleks()
            .arg("--store")
            .arg(dir.path())
            .args(["øv", "--status"]),
    );
    assert!(out.contains("Lært:    0 af 0 øvede spørgsmål"), "{out}");
    assert!(
        !dir.path().join("øvelser.toml").exists(),
        "reading writes nothing"
    );
}

#[test]
fn status_of_an_unknown_card_names_the_nearest() {
    let dir = tempfile::tempdir().unwrap();
    let out = refleks()
        .arg("--store")
        .arg(dir.path())
        .args(["øv", "3.44", "--status"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("Kortet »3.44« findes ikke"), "{err}");
    assert!(err.contains("refleks øv 3.4 --status"), "{err}");
}

#[test]
fn an_unreadable_progress_file_is_reported_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("øvelser.toml"), "format = 1\nitems = 3\n").unwrap();
    let out = refleks()
        .arg("--store")
        .arg(dir.path())
        .args(["øv", "--status"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("øvelser.toml kan ikke læses"), "{err}");
    assert!(err.contains("øvelser.toml:2:"), "{err}");
}

#[test]
fn list_and_aggregate_leave_the_progress_file_alone() {
    let dir = store();
    let before = std::fs::read(dir.path().join("øvelser.toml")).unwrap();
    let list = stdout(refleks().arg("--store").arg(dir.path()).arg("list"));
    assert!(list.contains("team-nord-2026-11-17.toml"), "{list}");
    assert!(!list.contains("øvelser"), "{list}");
    assert!(!list.contains("kan ikke"), "{list}");
    let aggregate = stdout(refleks().arg("aggregate").arg(dir.path()));
    assert!(!aggregate.contains("øvelser"), "{aggregate}");
    assert!(!aggregate.contains("kan ikke læses"), "{aggregate}");
    assert_eq!(
        std::fs::read(dir.path().join("øvelser.toml")).unwrap(),
        before
    );
}

#[test]
fn the_store_skips_the_progress_file_by_its_exact_name() {
    assert!(refleks::store::is_progress_file("øvelser.toml"));
    assert!(!refleks::store::is_progress_file("øvelser-2.toml"));
}

#[test]
fn the_home_screens_listing_skips_the_progress_file() {
    let dir = store();
    let store = refleks::store::Store::open(Some(dir.path())).unwrap();
    let names: Vec<String> = store
        .list_paths()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    assert_eq!(names, ["team-nord-2026-11-17.toml"]);
}

/// A progress file refleks cannot read: every way in says so in Danish, names the file and says
/// what to do; nothing writes over it; `list` and the home screen go on as if it were not there.
#[test]
fn an_unreadable_progress_file_is_said_plainly_never_overwritten_and_stops_nothing() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use refleks::app::{App, HomeItem, Msg, Overlay, Screen};
    use refleks::deck::Deck;
    use refleks::tui::{Headless, Start};

    let dir = store();
    let file = dir.path().join("øvelser.toml");
    let broken = "format = 1\n[items.\"lovkrav/3.4.1\"]\ndue = 5\n";
    std::fs::write(&file, broken).unwrap();
    let untouched = || assert_eq!(std::fs::read_to_string(&file).unwrap(), broken);

    // The command line: the file by its path and line, why, and what to do.
    for args in [["øv", "--status"].as_slice(), &["oev"]] {
        let out = refleks()
            .arg("--store")
            .arg(dir.path())
            .args(args)
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8(out).unwrap();
        assert!(err.contains("øvelser.toml kan ikke læses"), "{err}");
        assert!(err.contains(&format!("{}:3:", file.display())), "{err}");
        assert!(err.contains("Filen er ikke ændret."), "{err}");
        assert!(err.contains("Flyt den væk"), "{err}");
        untouched();
    }

    // `list` lists the assessment and says nothing of the progress file.
    let list = stdout(refleks().arg("--store").arg(dir.path()).arg("list"));
    assert!(list.contains("team-nord-2026-11-17.toml"), "{list}");
    assert!(!list.contains("øvelser"), "{list}");
    assert!(!list.contains("kan ikke"), "{list}");

    // The home screen: the team's assessment is there, the menu item says the file cannot be
    // read, and choosing it says why in full, in plain words.
    let store = refleks::store::Store::open(Some(dir.path())).unwrap();
    let app = App::new(Deck::embedded(), "2026-12-05");
    let mut runner = Headless::start(app, store, Start::Home);
    runner.wait_listing();
    assert_eq!(runner.app.saved.len(), 1);
    assert!(runner.app.saved[0].problem.is_none());
    let screen = crate::common::screen::render(&mut runner.app, 100, 30);
    assert!(
        screen.contains("Øv (øvelser.toml kan ikke læses)"),
        "{screen}"
    );
    assert!(screen.contains("Team Nord"), "{screen}");
    let at = runner
        .app
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Practice)
        .unwrap();
    while runner.app.home_selected < at {
        runner.send(Msg::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)));
    }
    runner.send(Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    assert_eq!(runner.app.screen, Screen::Home);
    let Some(Overlay::Message { title, body }) = runner.app.overlay() else {
        panic!("a message over the home screen");
    };
    assert_eq!(title, "Øvelsen kan ikke begynde");
    assert!(body.starts_with("Linje 3 i "), "{body}");
    assert!(body.contains("øvelser.toml kan ikke læses"), "{body}");
    assert!(body.contains("ret fejlen i linje 3"), "{body}");
    assert!(!body.contains('`'), "{body}");
    untouched();

    // An answer recorded anyway (another window) is refused, not written over the file.
    let answer = [("lovkrav/3.4.1".to_string(), Rating::Godt, true)];
    assert!(record(dir.path(), &answer, date(2026, 12, 5)).is_err());
    untouched();
}
