//! Key scripts through `update` for issue 12, break 5: every one-line field takes so much and
//! no more, typed or pasted, and the status line says so in Danish. No terminal, no disk.

use crate::common::drive::{ctrl, key, paste, press as typed};
use ratatui::crossterm::event::KeyCode;
use refleks::app::vote::Step;
use refleks::app::{App, Effect, Msg, Overlay, Screen, update};
use refleks::deck::Deck;

/// What a name, a date, a search or a tally holds.
const LINE: usize = 200;
/// What a list of participants or a folder holds.
const LONG: usize = 1_000;

fn app() -> App {
    App::new(Deck::embedded(), "2026-12-01")
}

/// The status line is an error that names the limit, in Danish.
fn said_full(app: &App, limit: &str) {
    let status = app.status.as_ref().expect("a word in the status line");
    assert!(
        status.error && status.text.contains(&format!("højst rumme {limit} tegn")),
        "{status:?}"
    );
}

fn started() -> App {
    let mut app = app();
    app.start_assessment("Team Nord", vec![], vec!["2.1".into()]);
    update(&mut app, Msg::Saved("/tmp/team-nord.toml".into()));
    app
}

fn action_what(app: &App) -> String {
    app.session.as_ref().unwrap().assessment.actions[0]
        .what
        .clone()
}

#[test]
fn the_action_form_stops_typing_at_the_limit_and_says_so() {
    let mut app = started();
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.overlay(), Some(Overlay::Action(_))));
    typed(&mut app, &"a".repeat(LINE));
    assert!(app.status.is_none(), "{:?}", app.status);
    let effects = typed(&mut app, "bc");
    assert!(effects.is_empty(), "{effects:?}");
    said_full(&app, "200");
    assert_eq!(action_what(&app), "a".repeat(LINE));
    // Backspace makes room again.
    key(&mut app, KeyCode::Backspace);
    assert_eq!(typed(&mut app, "z"), [Effect::SaveSoon]);
    assert!(action_what(&app).ends_with("az"));
}

#[test]
fn a_paste_past_the_limit_in_the_action_form_is_refused_and_said() {
    let mut app = started();
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Fast tjekliste");
    let effects = paste(&mut app, &"x".repeat(5 * 1024 * 1024));
    assert!(effects.is_empty(), "{effects:?}");
    said_full(&app, "200");
    assert_eq!(action_what(&app), "Fast tjekliste");
    // The "who" and "when" fields hold the same.
    key(&mut app, KeyCode::Tab);
    paste(&mut app, &"Å".repeat(LINE + 1));
    said_full(&app, "200");
    let todo = &app.session.as_ref().unwrap().assessment.actions[0];
    assert_eq!(todo.who, "");
}

#[test]
fn the_new_assessment_form_limits_team_and_participants() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::New);
    typed(&mut app, &"T".repeat(LINE + 5));
    said_full(&app, "200");
    assert_eq!(app.form.team.text(), "T".repeat(LINE));
    key(&mut app, KeyCode::Tab);
    paste(&mut app, &"Åse, ".repeat(LONG));
    said_full(&app, "1.000");
    assert_eq!(app.form.participants.text(), "");
    paste(&mut app, "Åse, Bjørn");
    assert_eq!(app.form.participants.text(), "Åse, Bjørn");
}

#[test]
fn a_paste_past_the_limit_in_the_new_assessment_form_is_refused_and_said() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "Team");
    paste(&mut app, &"x".repeat(LINE));
    said_full(&app, "200");
    assert_eq!(app.form.team.text(), "Team");
    // What fits goes in, and the word goes with the next key.
    paste(&mut app, " Nord");
    assert_eq!(app.form.team.text(), "Team Nord");
}

fn query(app: &App) -> String {
    match app.overlay() {
        Some(Overlay::Search(st)) => st.query.text().to_string(),
        other => panic!("the search is open: {:?}", other.is_some()),
    }
}

#[test]
fn the_search_field_limits_typing_and_paste() {
    let mut app = started();
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, &"q".repeat(LINE + 1));
    said_full(&app, "200");
    assert_eq!(query(&app), "q".repeat(LINE));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    paste(&mut app, "abc");
    said_full(&app, "200");
    assert_eq!(query(&app).chars().count(), LINE - 2);
    paste(&mut app, "ab");
    assert_eq!(query(&app).chars().count(), LINE);
}

#[test]
fn the_team_form_limits_the_name() {
    let mut app = started();
    // The team form is opened on the open assessment, as `t` on home does.
    app.push(Overlay::Team(refleks::app::TeamForm::open(
        &app.session.as_ref().unwrap().assessment,
    )));
    paste(&mut app, &"x".repeat(LINE));
    said_full(&app, "200");
    assert_eq!(app.session.as_ref().unwrap().assessment.team, "Team Nord");
}

#[test]
fn the_export_and_folder_prompts_limit_the_path() {
    let mut app = started();
    key(&mut app, KeyCode::Char('e'));
    assert!(matches!(app.overlay(), Some(Overlay::Export(_))));
    paste(&mut app, &"/a".repeat(LONG));
    said_full(&app, "1.000");
    let Some(Overlay::Export(form)) = app.overlay() else {
        panic!("the export form stays open");
    };
    let folder = form.folder.text();
    assert!(folder.chars().count() <= LONG, "{}", folder.len());

    app.push(Overlay::folder_prompt());
    typed(&mut app, &"d".repeat(LONG + 1));
    said_full(&app, "1.000");
    assert!(matches!(app.overlay(), Some(Overlay::Folder(t)) if t.text().len() == LONG));
}

#[test]
fn the_tally_limits_typing_and_paste() {
    let mut app = started();
    key(&mut app, KeyCode::Char('t'));
    assert_eq!(app.context(), refleks::app::Context::VoteTally);
    paste(&mut app, &"2 x 3, ".repeat(LINE));
    said_full(&app, "200");
    assert_eq!(tally(&app), "");
    typed(&mut app, &"1".repeat(LINE + 1));
    said_full(&app, "200");
    assert_eq!(tally(&app), "1".repeat(LINE));
}

fn tally(app: &App) -> String {
    match app.overlay() {
        Some(Overlay::Vote(view)) => match &view.round.step {
            Step::Tally { text, .. } => text.text().to_string(),
            _ => panic!("the tally is open"),
        },
        _ => panic!("the round is open"),
    }
}

/// The dissent note after a flagged round is a note like any other: 20,000 characters.
#[test]
fn the_dissent_note_holds_what_a_note_holds() {
    let mut app = app();
    app.start_assessment(
        "Vote",
        vec!["Anna".into(), "Bo".into(), "Ceylan".into()],
        vec![],
    );
    for c in "v014".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    paste(&mut app, "Anna: nye borgere");
    let effects = paste(&mut app, &"x".repeat(5 * 1024 * 1024));
    assert!(effects.is_empty(), "{effects:?}");
    said_full(&app, "20.000");
    let dissent = |app: &App| {
        app.session
            .as_ref()
            .unwrap()
            .assessment
            .answer("2.1.1")
            .unwrap()
            .dissent
            .clone()
    };
    assert_eq!(dissent(&app), "Anna: nye borgere");
    typed(&mut app, &"y".repeat(20_000 - "Anna: nye borgere".len()));
    let effects = typed(&mut app, "z");
    assert!(effects.is_empty(), "{effects:?}");
    said_full(&app, "20.000");
    assert!(dissent(&app).ends_with('y') && dissent(&app).chars().count() == 20_000);
}

/// Every one-line field is the same `LineInput`: typing goes in at the cursor, ←→ Home End
/// move it, Ctrl+W takes the word before it; what the action form holds reaches the file.
#[test]
fn every_one_line_field_edits_at_the_cursor() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "Team rd");
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    typed(&mut app, "No");
    assert_eq!(app.form.team.text(), "Team Nord");

    let mut app = started();
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Ring til Bo");
    key(&mut app, KeyCode::Home);
    typed(&mut app, "I dag: ");
    assert_eq!(action_what(&app), "I dag: Ring til Bo");
    key(&mut app, KeyCode::End);
    ctrl(&mut app, 'w');
    assert_eq!(action_what(&app), "I dag: Ring til ");
    key(&mut app, KeyCode::Esc);

    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "tvang xyz");
    ctrl(&mut app, 'w');
    assert_eq!(query(&app), "tvang ");
    key(&mut app, KeyCode::Home);
    ctrl(&mut app, 'k');
    assert_eq!(query(&app), "");
    key(&mut app, KeyCode::Esc);

    key(&mut app, KeyCode::Char('t'));
    typed(&mut app, "2 × 3, 1 4");
    key(&mut app, KeyCode::Left);
    typed(&mut app, "× ");
    assert_eq!(tally(&app), "2 × 3, 1 × 4");
}
