//! Key scripts through `update` for editing without fear (issue 9): pastes, undo, every action,
//! cards added later, the home screen and the minutes. No terminal, no disk.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Effect, Msg, Overlay, update};
use refleks::assessment::Assessment;
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-12-01")
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
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
fn a_paste_with_cr_line_breaks_lands_as_three_lines() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.overlay, Some(Overlay::Editor(_))));
    let effects = update(&mut app, Msg::Paste("a\r\nb\rc".into()));
    assert_eq!(effects, [Effect::SaveSoon]);
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert_eq!(assessment(&app).answer("2.1.1").unwrap().note, "a\nb\nc");
}

#[test]
fn pasted_control_characters_are_dropped_not_replaced() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('n'));
    update(&mut app, Msg::Paste("EX\u{1b}[31mRØD\u{1b}[0m\u{7}".into()));
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).answer("2.1.1").unwrap().note, "EXRØD");
    // In a one-line field a pasted paragraph becomes one line.
    key(&mut app, KeyCode::Char('a'));
    update(&mut app, Msg::Paste("Ring til\r\nkommunen\u{1b}[0m".into()));
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).actions[0].what, "Ring til kommunen");
    let _ = typed;
}
