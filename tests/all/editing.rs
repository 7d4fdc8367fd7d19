//! Key scripts through `update` for editing without fear (issue 9): pastes, undo, every action,
//! cards added later, the home screen and the minutes. No terminal, no disk.

use crate::common::drive::{ctrl, key, press as typed};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::Context;
use std::path::PathBuf;

use refleks::app::{App, Effect, Msg, Overlay, SavedEntry, update};
use refleks::assessment::{ActionStatus, Assessment, Score};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-12-01")
}

fn score(app: &App, id: &str) -> Option<Score> {
    assessment(app).answer(id).and_then(|a| a.score)
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// An assessment of 2.1 and 3.4, on 3.4.1.
fn on_3_4_1(app: &mut App) {
    app.start_assessment("Team Øst", vec![], vec!["2.1".into(), "3.4".into()]);
    key(app, KeyCode::Char(']'));
    assert_eq!(app.current_anvisning_id().as_deref(), Some("3.4.1"));
}

fn assessment(app: &App) -> &Assessment {
    &app.session.as_ref().expect("an open assessment").assessment
}

#[test]
fn a_paste_with_cr_line_breaks_lands_as_three_lines() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.overlay(), Some(Overlay::Editor(_))));
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
}

#[test]
fn three_zero_undo_leaves_three_and_says_so() {
    let mut app = app();
    on_3_4_1(&mut app);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(0)));
    assert_eq!(key(&mut app, KeyCode::Char('z')), [Effect::Save]);
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(3)));
    assert_eq!(status(&app), "Fortrudt: vurdering af 3.4.1");
    // Ctrl+Z is the same key; the first 3 goes too, then there is nothing left.
    assert_eq!(ctrl(&mut app, 'z'), [Effect::Save]);
    assert_eq!(score(&app, "3.4.1"), None);
    assert!(assessment(&app).answers.is_empty());
    assert_eq!(key(&mut app, KeyCode::Char('z')), []);
    assert_eq!(status(&app), "Der er intet at fortryde.");
    // Z does it again.
    assert_eq!(key(&mut app, KeyCode::Char('Z')), [Effect::Save]);
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(3)));
}

#[test]
fn undo_walks_back_through_a_note_focus_and_an_action() {
    let mut app = app();
    on_3_4_1(&mut app);
    key(&mut app, KeyCode::Char('2'));
    // A whole note is one step, however many keys it took.
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Vi mangler en plan");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Lav en plan");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).actions.len(), 1);

    key(&mut app, KeyCode::Char('z'));
    assert_eq!(status(&app), "Fortrudt: handling til 3.4.1");
    assert!(assessment(&app).actions.is_empty());
    key(&mut app, KeyCode::Char('z'));
    assert_eq!(status(&app), "Fortrudt: fokus på 3.4.1");
    assert!(!assessment(&app).answer("3.4.1").unwrap().focus);
    key(&mut app, KeyCode::Char('z'));
    assert_eq!(status(&app), "Fortrudt: note til 3.4.1");
    assert_eq!(assessment(&app).answer("3.4.1").unwrap().note, "");
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(2)));
    // A new change cuts the redo tail: the note cannot come back over it.
    key(&mut app, KeyCode::Char('4'));
    assert_eq!(key(&mut app, KeyCode::Char('Z')), []);
    assert_eq!(status(&app), "Der er intet at gentage.");
}

#[test]
fn a_read_only_assessment_cannot_be_undone() {
    let mut app = app();
    on_3_4_1(&mut app);
    key(&mut app, KeyCode::Char('3'));
    app.session.as_mut().unwrap().read_only = true;
    assert_eq!(key(&mut app, KeyCode::Char('z')), []);
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(3)));
}

/// Adds an action through the form: what, who, by when.
fn add_action(app: &mut App, what: &str, who: &str, due: &str) {
    key(app, KeyCode::Char('a'));
    typed(app, what);
    key(app, KeyCode::Tab);
    typed(app, who);
    key(app, KeyCode::Tab);
    typed(app, due);
    key(app, KeyCode::Esc);
}

#[test]
fn an_older_action_is_edited_marked_done_and_deleted() {
    let mut app = app();
    on_3_4_1(&mut app);
    add_action(&mut app, "Første", "Åse", "1.2.2027");
    add_action(&mut app, "Anden", "Bo", "");
    add_action(&mut app, "Tredje", "", "");
    assert_eq!(assessment(&app).actions.len(), 3);

    // A: the anvisning's actions as a list; the second row is the older "Anden".
    key(&mut app, KeyCode::Char('A'));
    assert_eq!(app.context(), Context::Actions);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::ActionForm);
    typed(&mut app, " igen");
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    // Closing the form goes back to the list, on the same row.
    assert_eq!(app.context(), Context::Actions);
    assert_eq!(assessment(&app).actions[1].what, "Anden igen");

    // Mellemrum: åben → i gang → udført.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(key(&mut app, KeyCode::Char(' ')), [Effect::Save]);
    assert_eq!(assessment(&app).actions[1].status, Some(ActionStatus::Done));
    assert_eq!(assessment(&app).actions[0].status, None);

    // d asks first; n leaves it; d and Enter deletes it.
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.context(), Context::Confirm);
    assert_eq!(key(&mut app, KeyCode::Char('n')), []);
    assert_eq!(app.context(), Context::Actions);
    assert_eq!(assessment(&app).actions.len(), 3);
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    let whats: Vec<&str> = assessment(&app)
        .actions
        .iter()
        .map(|t| t.what.as_str())
        .collect();
    assert_eq!(whats, ["Første", "Tredje"]);
    assert_eq!(app.context(), Context::Actions);
    // And undo brings it back, status and all.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('z'));
    assert_eq!(assessment(&app).actions[1].what, "Anden igen");
    assert_eq!(assessment(&app).actions[1].status, Some(ActionStatus::Done));
}

#[test]
fn the_overview_lists_every_action() {
    let mut app = app();
    on_3_4_1(&mut app);
    add_action(&mut app, "På 3.4.1", "", "");
    key(&mut app, KeyCode::Char('['));
    add_action(&mut app, "På 2.1.1", "", "");
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('A'));
    assert_eq!(app.context(), Context::Actions);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        assessment(&app).actions[1].status,
        Some(ActionStatus::InProgress)
    );
    // A new action belongs to an anvisning: not added here.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(assessment(&app).actions.len(), 2);
    assert_eq!(app.context(), Context::Actions);
}

#[test]
fn a_date_warning_goes_when_the_date_is_fixed() {
    let mut app = app();
    on_3_4_1(&mut app);
    add_action(&mut app, "Ring", "", "1/3");
    assert!(app.status.as_ref().unwrap().error);
    assert!(status(&app).contains("»1/3«"));
    key(&mut app, KeyCode::Char('A'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "1/3/2027");
    key(&mut app, KeyCode::Enter);
    assert_eq!(assessment(&app).actions[0].due, "2027-03-01");
    assert!(!app.status.as_ref().unwrap().error);
    assert!(!status(&app).contains("1/3"));
}

/// Moves the card picker's cursor to card `id`.
fn picker_to(app: &mut App, id: &str) {
    let at = app.deck.guidelines.iter().position(|g| g.id == id).unwrap();
    for _ in 0..app.deck.guidelines.len() {
        key(app, KeyCode::Up);
    }
    for _ in 0..at {
        key(app, KeyCode::Down);
    }
}

#[test]
fn card_3_5_is_added_to_an_assessment_of_2_1_and_3_4() {
    let mut app = app();
    on_3_4_1(&mut app);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('+'));
    assert_eq!(app.context(), Context::CardPicker);
    picker_to(&mut app, "3.5");
    assert_eq!(key(&mut app, KeyCode::Char(' ')), [Effect::Save]);
    assert_eq!(assessment(&app).cards, ["2.1", "3.4", "3.5"]);
    assert_eq!(status(&app), "Kortet er tilføjet: 3.5");
    // The card screen stays on 3.4; 3.5 is the next card, and its anvisninger can be scored.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.current_card().unwrap().id, "3.4");
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(app.current_card().unwrap().id, "3.5");
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(score(&app, "3.5.1"), Some(Score::Level(2)));
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(3)));
}

#[test]
fn removing_a_card_with_answers_asks_and_keeps_them_until_yes() {
    let mut app = app();
    on_3_4_1(&mut app);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('+'));
    picker_to(&mut app, "3.4");
    // 3.4 has a score: a question, and nothing changes yet.
    assert_eq!(key(&mut app, KeyCode::Char(' ')), []);
    assert_eq!(app.context(), Context::Confirm);
    assert_eq!(assessment(&app).cards, ["2.1", "3.4"]);
    assert_eq!(key(&mut app, KeyCode::Char('n')), []);
    assert_eq!(app.context(), Context::CardPicker);
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(3)));
    // Yes takes the card and its answers out; the screen moves to a card still there.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert_eq!(assessment(&app).cards, ["2.1"]);
    assert!(assessment(&app).answers.is_empty());
    assert_eq!(app.context(), Context::CardPicker);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.current_card().unwrap().id, "2.1");
    // The last card cannot go; z brings 3.4 back with its score.
    key(&mut app, KeyCode::Char('+'));
    picker_to(&mut app, "2.1");
    assert_eq!(key(&mut app, KeyCode::Char(' ')), []);
    assert_eq!(assessment(&app).cards, ["2.1"]);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('z'));
    assert_eq!(assessment(&app).cards, ["2.1", "3.4"]);
    assert_eq!(score(&app, "3.4.1"), Some(Score::Level(3)));
    assert_eq!(status(&app), "Fortrudt: kortvalget");
}

/// The help opens on top of the action list and the card picker, and Esc returns there.
#[test]
fn help_opens_from_the_action_list_and_the_card_picker_and_returns_there() {
    let mut app = app();
    on_3_4_1(&mut app);
    for open in ['A', '+'] {
        key(&mut app, KeyCode::Char(open));
        key(&mut app, KeyCode::Char('?'));
        assert!(matches!(app.overlay(), Some(Overlay::Help(_))), "{open}");
        key(&mut app, KeyCode::Esc);
        let back = match open {
            'A' => matches!(app.overlay(), Some(Overlay::Actions(_))),
            _ => matches!(app.overlay(), Some(Overlay::Cards(_))),
        };
        assert!(back, "{open}: Esc returns to where the help was opened");
        key(&mut app, KeyCode::Esc);
        assert!(app.overlay().is_none());
    }
}

#[test]
fn a_card_without_answers_goes_without_a_question() {
    let mut app = app();
    on_3_4_1(&mut app);
    key(&mut app, KeyCode::Char('+'));
    picker_to(&mut app, "2.1");
    assert_eq!(key(&mut app, KeyCode::Char(' ')), [Effect::Save]);
    assert_eq!(assessment(&app).cards, ["3.4"]);
    assert_eq!(app.current_card().unwrap().id, "3.4");
}

fn entry(name: &str, team: &str, created: &str) -> SavedEntry {
    SavedEntry {
        path: format!("/tmp/editing-store/{name}.toml").into(),
        team: team.into(),
        created: created.into(),
        updated: "2026-12-03".into(),
        progress: Some((12, 72)),
        unknown: 3,
        problem: None,
        place: None,
    }
}

/// The home screen with two saved assessments, the first one selected.
fn home_with_two() -> App {
    let mut app = app();
    update(
        &mut app,
        Msg::Listed(vec![
            entry("team-oest-2026-12-01", "Team Øst", "2026-12-01"),
            entry("team-oest-2026-12-01-2", "Team Øst", "2026-12-01"),
        ]),
    );
    // Past the menu (Fortsæt, new, browse, practice, overview of teams, help) to the first saved assessment.
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    app
}

#[test]
fn deleting_an_assessment_asks_then_moves_it_to_the_wastebasket() {
    let mut app = home_with_two();
    assert_eq!(key(&mut app, KeyCode::Char('d')), []);
    assert_eq!(app.context(), Context::Confirm);
    // No keeps it.
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert_eq!(app.context(), Context::Home);
    key(&mut app, KeyCode::Char('d'));
    let path: PathBuf = "/tmp/editing-store/team-oest-2026-12-01.toml".into();
    assert_eq!(
        key(&mut app, KeyCode::Char('j')),
        [Effect::Discard(path.clone())]
    );
    let to: PathBuf = "/tmp/editing-store/papirkurv/team-oest-2026-12-01.toml".into();
    assert_eq!(
        update(
            &mut app,
            Msg::Discarded {
                from: path,
                to: to.clone()
            }
        ),
        [Effect::List]
    );
    assert!(status(&app).contains("papirkurv/team-oest-2026-12-01.toml"));
}

#[test]
fn a_discarded_assessment_that_was_open_is_closed() {
    let mut app = app();
    let path: PathBuf = "/tmp/editing-store/team-oest-2026-12-01.toml".into();
    let a = Assessment::new(&app.deck, "Team Øst", vec![], vec![], "2026-12-01");
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: path.clone(),
            read_only: None,
        },
    );
    key(&mut app, KeyCode::Esc);
    update(
        &mut app,
        Msg::Discarded {
            from: path,
            to: "/tmp/x".into(),
        },
    );
    assert!(app.session.is_none());
}

#[test]
fn t_on_the_home_screen_opens_the_assessment_with_the_team_form() {
    let mut app = home_with_two();
    let path: PathBuf = "/tmp/editing-store/team-oest-2026-12-01.toml".into();
    assert_eq!(
        key(&mut app, KeyCode::Char('t')),
        [Effect::Open(path.clone())]
    );
    let a = Assessment::new(
        &app.deck,
        "Team Øst",
        vec!["Åse".into()],
        vec!["2.1".into()],
        "2026-12-01",
    );
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path,
            read_only: None,
        },
    );
    assert_eq!(app.context(), Context::TeamForm);
    typed(&mut app, " (aften)");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, ", Bo");
    // Saved, and back to the list, which shows the new name (issue 19).
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save, Effect::List]);
    assert_eq!(app.screen, refleks::app::Screen::Home);
    assert_eq!(assessment(&app).team, "Team Øst (aften)");
    assert_eq!(assessment(&app).participants, ["Åse", "Bo"]);
    // The whole form is one step back.
    app.session.as_mut().unwrap().undo("2026-12-02");
    assert_eq!(assessment(&app).team, "Team Øst");
    assert_eq!(assessment(&app).participants, ["Åse"]);
}

#[test]
fn a_rename_that_could_not_open_is_forgotten() {
    let mut app = home_with_two();
    key(&mut app, KeyCode::Char('t'));
    update(
        &mut app,
        Msg::OpenFailed {
            title: "Vurderingen kan ikke åbnes".into(),
            body: "låst".into(),
        },
    );
    assert!(app.rename_on_open.is_none());
}

/// Issue 24: a rename refused because the file is open elsewhere says the rename is refused,
/// not only that the file opens read-only.
#[test]
fn a_rename_of_a_file_open_elsewhere_says_so() {
    let mut app = home_with_two();
    key(&mut app, KeyCode::Char('t'));
    let a = Assessment::new(&app.deck, "Team Øst", vec![], vec![], "2026-12-01");
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: "/tmp/editing-store/team-oest-2026-12-01.toml".into(),
            read_only: Some(
                "team-oest-2026-12-01.toml er allerede åben i en anden refleks.".into(),
            ),
        },
    );
    assert_ne!(app.context(), Context::TeamForm);
    let status = app.status.as_ref().unwrap();
    assert!(
        status
            .text
            .starts_with("Teamets navn kan ikke ændres nu: team-oest"),
        "{status:?}"
    );
}

#[test]
fn a_team_cannot_be_renamed_to_nothing() {
    let mut app = home_with_two();
    key(&mut app, KeyCode::Char('t'));
    let a = Assessment::new(&app.deck, "Team Øst", vec![], vec![], "2026-12-01");
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: "/tmp/editing-store/team-oest-2026-12-01.toml".into(),
            read_only: None,
        },
    );
    for _ in 0..20 {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(assessment(&app).team, "");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).team, "Team Øst");
    assert!(app.status.as_ref().unwrap().error);
}

#[test]
fn the_minutes_go_beside_the_assessment_or_where_the_user_types() {
    let mut app = app();
    let a = Assessment::new(&app.deck, "Team Øst", vec![], vec![], "2026-12-01");
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: "/tmp/editing-store/team-oest-2026-12-01.toml".into(),
            read_only: None,
        },
    );
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.context(), Context::ExportForm);
    // The store's folder is filled in; Ctrl+U empties it for another.
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Export("/tmp/editing-store".into())]
    );
    key(&mut app, KeyCode::Char('e'));
    ctrl(&mut app, 'u');
    // Letters are text here: q, e and j do not quit, export or move.
    typed(&mut app, "/tmp/qej");
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Export("/tmp/qej".into())]
    );
    // Esc leaves without writing.
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert!(app.overlay().is_none());
    // The answer names the whole paths, in a message that stays until read.
    update(
        &mut app,
        Msg::Exported(vec![
            "/tmp/qej/team-oest-2026-12-01-referat-2.md".into(),
            "/tmp/qej/team-oest-2026-12-01-referat-2.html".into(),
        ]),
    );
    let Some(Overlay::Message { body, .. }) = app.overlay() else {
        panic!("a message");
    };
    assert!(body.contains("/tmp/qej/team-oest-2026-12-01-referat-2.md"));
    assert!(body.contains("/tmp/qej/team-oest-2026-12-01-referat-2.html"));
}

#[test]
fn the_search_offers_no_letters_as_keys() {
    use refleks::app::{hints, lookup};
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(lookup(Context::Search, &j, 4), None);
    assert!(
        hints(Context::Search, 4)
            .iter()
            .all(|(keys, _)| !keys.contains("jk"))
    );
    // Every hint line says "skift felt" for Tab, never a bare "felt".
    for ctx in [Context::Cards, Context::Form, Context::ActionForm] {
        let tab = hints(ctx, 4).into_iter().find(|(k, _)| k == "Tab").unwrap();
        assert_eq!(tab.1, "skift felt", "{ctx:?}");
    }
}

#[test]
fn the_minutes_say_which_actions_are_under_way_or_done() {
    use refleks::assessment::Action;
    use refleks::report::{ReportFormat, report};
    let deck = refleks::deck::Deck::embedded();
    let mut a = Assessment::new(&deck, "Team Øst", vec![], vec!["3.4".into()], "2026-12-01");
    for (what, status) in [
        ("Ring", None),
        ("Skema", Some(ActionStatus::InProgress)),
        ("Dato", Some(ActionStatus::Done)),
    ] {
        a.actions.push(Action {
            anvisning: "3.4.1".into(),
            what: what.into(),
            status,
            ..Action::default()
        });
    }
    for format in [ReportFormat::Md, ReportFormat::Html] {
        let text = report(&a, &deck, format);
        assert!(text.contains("i gang"), "{format:?}");
        assert!(text.contains("udført"), "{format:?}");
    }
}

proptest::proptest! {
    // Through the whole app (editor, commit, prune): slow in a debug build, so fewer cases
    // here; the cleaning itself has 10,000 in its unit test.
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Whatever a terminal pastes, the note holds no control character but the line break,
    /// and no replacement character that was not pasted.
    #[test]
    fn a_paste_never_saves_a_control_character(text in "(\\PC|\\p{Cc}|\\r\\n|\\x1b\\[[0-9;]*m|[\\u{202a}-\\u{202e}])*") {
        // One app for every case: reading the deck is the slow part, and a new assessment
        // starts clean.
        thread_local! {
            static APP: std::cell::RefCell<App> = std::cell::RefCell::new(app());
        }
        APP.with_borrow_mut(|app| paste_case(app, &text))?;
    }
}

fn paste_case(app: &mut App, text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    app.start_assessment("Team", vec![], vec!["2.1".into()]);
    key(app, KeyCode::Char('n'));
    update(app, Msg::Paste(text.to_string()));
    key(app, KeyCode::Esc);
    let note = assessment(app)
        .answer("2.1.1")
        .map(|a| a.note.clone())
        .unwrap_or_default();
    proptest::prop_assert!(
        note.chars()
            .all(|c| c == '\n' || !refleks::text::is_unsafe(c)),
        "{note:?}"
    );
    proptest::prop_assert!(!note.contains('\r') && !note.contains('\t'));
    // No replacement character that was not pasted (one that was may go with an escape).
    let replaced = note.contains('\u{fffd}') && !text.contains('\u{fffd}');
    proptest::prop_assert!(!replaced, "{:?}", note);
    Ok(())
}
