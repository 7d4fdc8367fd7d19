//! Key scripts through `update`: the main flows, with no terminal and no disk.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use refleks::app::{App, Effect, Msg, Overlay, Pane, Screen, update};
use refleks::assessment::{Assessment, NonScore, Score};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-11-23")
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

fn typed(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| key(app, KeyCode::Char(c)))
        .collect()
}

fn assessment(app: &App) -> &Assessment {
    &app.session.as_ref().expect("an open assessment").assessment
}

#[test]
fn new_score_note_next_card_quit() {
    let mut app = app();
    // Home → "Ny vurdering" → team → start.
    assert_eq!(key(&mut app, KeyCode::Enter), []);
    assert_eq!(app.screen, Screen::New);
    typed(&mut app, "Team Nord");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Åse, Bjørn");
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.cards.pane, Pane::Anvisninger);
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.1.1"));
    assert_eq!(assessment(&app).team, "Team Nord");
    assert_eq!(assessment(&app).participants, ["Åse", "Bjørn"]);

    // Score 3 on 2.1.1: saved at once.
    assert_eq!(key(&mut app, KeyCode::Char('3')), [Effect::Save]);
    assert_eq!(
        assessment(&app).answer("2.1.1").unwrap().score,
        Some(Score::Level(3))
    );

    // A note with æøå and a paste: every keystroke is in the assessment, saved soon.
    key(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.overlay, Some(Overlay::Editor(_))));
    let effects = typed(&mut app, "Vi gør det på én måde – også i weekenden. ");
    assert!(effects.iter().all(|e| *e == Effect::SaveSoon) && !effects.is_empty());
    update(
        &mut app,
        Msg::Paste("Anden linje fra Word:\r\n• punkt\u{1b}[31m".into()),
    );
    let note = assessment(&app).answer("2.1.1").unwrap().note.clone();
    assert_eq!(
        note,
        "Vi gør det på én måde – også i weekenden. Anden linje fra Word:\n• punkt"
    );
    // `q` in the editor is text, not quit.
    typed(&mut app, "q");
    assert!(!app.quitting);
    // Esc keeps what was typed and saves.
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert!(app.overlay.is_none());
    assert!(
        assessment(&app)
            .answer("2.1.1")
            .unwrap()
            .note
            .ends_with("punktq")
    );

    // Next card: 2.2, first anvisning.
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.2.1"));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('4'));
    assert_eq!(
        assessment(&app).answer("2.2.2").unwrap().score,
        Some(Score::Level(4))
    );

    // Quit: everything is saved.
    assert_eq!(key(&mut app, KeyCode::Char('q')), [Effect::Quit]);
    assert!(app.quitting);
}

#[test]
fn not_relevant_needs_a_reason() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    // x then Esc with nothing typed: nothing changes.
    key(&mut app, KeyCode::Char('x'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).answer("2.1.1"), None);
    assert!(app.status.as_ref().unwrap().text.contains("begrundelse"));
    // x, a reason, Esc: the non-score is set with its reason.
    key(&mut app, KeyCode::Char('x'));
    typed(&mut app, "Vi har ingen unge");
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    let answer = assessment(&app).answer("2.1.1").unwrap();
    assert_eq!(answer.score, Some(Score::Other(NonScore::NotRelevant)));
    assert_eq!(answer.reason, "Vi har ingen unge");
}

#[test]
fn unknown_focus_and_clear() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('f'));
    let answer = assessment(&app).answer("2.1.1").unwrap();
    assert_eq!(answer.score, Some(Score::Other(NonScore::Unknown)));
    assert!(answer.focus);
    key(&mut app, KeyCode::Delete);
    key(&mut app, KeyCode::Char('f'));
    // Nothing left: the answer is dropped, so the file holds only what was answered.
    assert_eq!(assessment(&app).answer("2.1.1"), None);
    // A digit beyond the scale does nothing.
    assert_eq!(key(&mut app, KeyCode::Char('7')), []);
}

#[test]
fn continue_a_saved_assessment() {
    let deck = Deck::embedded();
    let mut saved = Assessment::new(
        &deck,
        "Team Syd",
        vec![],
        vec!["3.4".into(), "3.5".into()],
        "2025-11-20",
    );
    saved.answer_mut("3.4.1").score = Some(Score::Level(2));
    let mut app = app();
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(saved),
            path: "/tmp/team-syd.toml".into(),
            read_only: false,
        },
    );
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.chosen().len(), 2);
    assert_eq!(app.current_anvisning_id().as_deref(), Some("3.4.1"));
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(key(&mut app, KeyCode::Char('1')), [Effect::Save]);
    assert_eq!(
        assessment(&app).answer("3.4.2").unwrap().score,
        Some(Score::Level(1))
    );
    assert_eq!(assessment(&app).updated, "2026-11-23");
    assert_eq!(assessment(&app).created, "2025-11-20");
    // The last card stays the last card.
    key(&mut app, KeyCode::Char(']'));
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(app.current_card().unwrap().id, "3.5");
}

#[test]
fn a_read_only_assessment_cannot_be_changed() {
    let deck = Deck::embedded();
    let saved = Assessment::new(&deck, "Team", vec![], vec![], "2025-11-20");
    let mut app = app();
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(saved.clone()),
            path: "/tmp/x.toml".into(),
            read_only: true,
        },
    );
    for c in ['3', 'x', 'u', 'n', 'f'] {
        assert_eq!(key(&mut app, KeyCode::Char(c)), [], "{c}");
    }
    assert!(app.overlay.is_none());
    assert_eq!(assessment(&app), &saved);
}

#[test]
fn quitting_from_the_editor_keeps_the_text() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Tab); // → card list
    key(&mut app, KeyCode::Tab); // → text
    key(&mut app, KeyCode::Tab); // → questions
    assert_eq!(app.cards.pane, Pane::Questions);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "Vi bruger MI og KRAP");
    assert_eq!(ctrl(&mut app, 'q'), [Effect::Save, Effect::Quit]);
    assert_eq!(
        assessment(&app).reflection("2.1", 2),
        Some("Vi bruger MI og KRAP")
    );
}

#[test]
fn key_releases_are_ignored() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    let mut release = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(update(&mut app, Msg::Key(release)), []);
    assert_eq!(assessment(&app).answer("2.1.1"), None);
}

#[test]
fn the_form_needs_a_team_and_some_cards() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    assert_eq!(key(&mut app, KeyCode::Enter), []);
    assert!(app.session.is_none());
    assert!(app.status.as_ref().unwrap().error);
    typed(&mut app, "Team");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut app, KeyCode::Down); // → "Vælg selv"
    }
    key(&mut app, KeyCode::Tab);
    assert_eq!(key(&mut app, KeyCode::Enter), []); // Enter in the checklist moves to start
    assert_eq!(key(&mut app, KeyCode::Enter), []); // nothing picked yet
    assert!(app.session.is_none());
    // The error put us back in the checklist.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(key(&mut app, KeyCode::Enter), []);
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert_eq!(assessment(&app).cards, ["2.1"]);
}

#[test]
fn search_jumps_to_the_anvisning() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "lægesamtale");
    let hits = refleks::deck::search(&app.deck, "lægesamtale");
    let target = hits
        .iter()
        .position(|h| h.anvisning.as_deref() == Some("3.4.5"))
        .unwrap();
    for _ in 0..target {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert_eq!(app.current_card().unwrap().id, "3.4");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("3.4.5"));
    assert_eq!(app.cards.pane, Pane::Anvisninger);
}

#[test]
fn summary_and_back() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.screen, Screen::Summary);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Cards);
    // Leaving the card screen keeps the place in the file (a save), then lists the store.
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save, Effect::List]);
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn an_action_is_typed_into_the_assessment_and_shown() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.overlay, Some(Overlay::Action(_))));
    // Every keystroke is in the assessment at once, saved soon.
    let effects = typed(&mut app, "Fast tjekliste for metoder");
    assert!(effects.iter().all(|e| *e == Effect::SaveSoon));
    assert_eq!(
        assessment(&app).actions[0].what,
        "Fast tjekliste for metoder"
    );
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Åse");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "31.1.2027");
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert!(app.overlay.is_none());
    let todo = &assessment(&app).actions[0];
    assert_eq!(
        (
            todo.anvisning.as_str(),
            todo.who.as_str(),
            todo.due.as_str()
        ),
        ("2.1.1", "Åse", "2027-01-31")
    );

    // A lists the anvisning's actions; Enter opens one; emptying every field removes it.
    key(&mut app, KeyCode::Char('A'));
    key(&mut app, KeyCode::Enter);
    for _ in 0.."Fast tjekliste for metoder".chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "");
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert!(assessment(&app).actions.is_empty());
}

#[test]
fn an_action_with_an_odd_date_is_kept_as_typed() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Drøft på personalemødet");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "til sommer");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).actions[0].due, "til sommer");
    assert!(app.status.as_ref().unwrap().error);
    // An empty new action leaves nothing behind.
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).actions.len(), 1);
}

#[test]
fn export_asks_for_the_folder_and_says_where() {
    let mut app = app();
    app.store_dir = Some("/tmp/store".into());
    app.start_assessment("Team", vec![], vec![]);
    assert_eq!(key(&mut app, KeyCode::Char('e')), []);
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Export("/tmp/store".into())]
    );
    update(
        &mut app,
        Msg::Exported(vec![
            "/tmp/store/team-referat.md".into(),
            "/tmp/store/team-referat.html".into(),
        ]),
    );
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("/tmp/store/team-referat.md")
    );
}

#[test]
fn marking_two_saved_assessments_compares_them() {
    use refleks::app::SavedEntry;
    let entry = |name: &str| SavedEntry {
        path: format!("/tmp/{name}.toml").into(),
        team: name.into(),
        created: "2026-11-23".into(),
        updated: "2026-11-23".into(),
        progress: Some((1, 134)),
        unknown: 0,
        problem: None,
    };
    let mut app = app();
    update(&mut app, Msg::Listed(vec![entry("a"), entry("b")]));
    // Too few marked: a hint, no effect.
    assert_eq!(key(&mut app, KeyCode::Char('c')), []);
    assert!(app.status.is_some());
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        key(&mut app, KeyCode::Char('c')),
        [Effect::Compare(vec![
            "/tmp/a.toml".into(),
            "/tmp/b.toml".into()
        ])]
    );
    // Space again unmarks.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.marked.len(), 1);
}
