//! The drill in the app (`refleks øv`, *Øv* on the home screen): key scripts through `update`,
//! the screens of each kind of question and the end (80×24), keys shaped as Windows sends them,
//! a headless run to `øvelser.toml` on disk, and the command line before the terminal.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use refleks::app::{App, Context, Effect, HomeItem, Msg, Overlay, Screen, update};
use refleks::deck::Deck;
use refleks::study::{self, ItemKind, Progress, Rating, review};
use refleks::tui::events::to_msgs;
use refleks::tui::{Headless, Start};

use crate::common::cli::{refleks, stdout};
use crate::common::drive::{key, paste, press};
use crate::common::screen::render;

const TODAY: &str = "2026-12-05";

fn today() -> jiff::civil::Date {
    TODAY.parse().unwrap()
}

/// The app on the drill of `card` (or all), with no progress yet.
fn drilling(card: Option<&str>) -> App {
    drilling_on(card, Progress::default())
}

fn drilling_on(card: Option<&str>, progress: Progress) -> App {
    let mut app = App::new(Deck::embedded(), TODAY);
    update(
        &mut app,
        Msg::DrillReady {
            progress,
            card: card.map(str::to_string),
        },
    );
    app
}

/// The item on screen now.
fn current(app: &App) -> study::Item {
    match &app.screen {
        Screen::Drill(view) => view.drill.current().cloned().expect("an item is asked"),
        other => panic!("not on the drill: {other:?}"),
    }
}

/// The answers an effect asks to record. Without a runner none is ever saved, so each carries
/// those before it too: `rated` is the newest.
fn answers(effects: &[Effect]) -> Vec<(String, Rating, bool)> {
    match effects {
        [
            Effect::RecordDrill {
                answers,
                today: day,
            },
        ] => {
            assert_eq!(*day, today());
            answers.clone()
        }
        other => panic!("one RecordDrill expected: {other:?}"),
    }
}

fn rated(effects: &[Effect]) -> (String, Rating, bool) {
    answers(effects).pop().unwrap()
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Answers the item on screen right (or turns it over) without rating it.
fn answer_right(app: &mut App) {
    let item = current(app);
    if item.choices.is_empty() {
        press(app, " ");
    } else {
        press(app, &item.choices[item.right].key.to_string());
    }
}

/// Every item of card 3.4 but `keep` drilled long ago and not due: a session of `keep` alone.
fn all_but(keep: &[&str]) -> Progress {
    let mut p = Progress::default();
    for item in study::items(&Deck::embedded()) {
        if item.card == "3.4" && !keep.contains(&item.id.as_str()) {
            p.items.insert(
                item.id.clone(),
                review(None, Rating::Let, true, "2026-12-01".parse().unwrap()),
            );
        }
    }
    p
}

#[test]
fn the_drill_opens_on_the_first_item_of_today() {
    let app = drilling(None);
    assert_eq!(app.context(), Context::DrillLovkrav);
    assert_eq!(current(&app).id, "lovkrav/2.1.1");
    let app = drilling(Some("3.4"));
    assert_eq!(current(&app).id, "lovkrav/3.4.1");
}

#[test]
fn l_answers_and_space_rates_godt_and_the_answer_is_recorded_at_once() {
    let mut app = drilling(Some("3.4"));
    assert!(
        press(&mut app, "l").is_empty(),
        "answering writes nothing yet"
    );
    assert_eq!(app.context(), Context::DrillRate);
    let recorded = answers(&press(&mut app, " "));
    assert_eq!(recorded, [("lovkrav/3.4.1".into(), Rating::Godt, true)]);
    assert_eq!(app.context(), Context::DrillTurn);
    assert_eq!(current(&app).kind, ItemKind::Scenarie);
}

#[test]
fn a_wrong_choice_is_marked_and_enter_rates_it_igen() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "a");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Ikke rigtigt."), "{screen}");
    assert!(screen.contains("✗ dit svar"), "{screen}");
    assert!(screen.contains("Mellemrum eller Enter: igen"), "{screen}");
    let recorded = rated(&key(&mut app, KeyCode::Enter));
    assert_eq!(recorded, ("lovkrav/3.4.1".into(), Rating::Igen, false));
}

#[test]
fn the_digits_1_to_4_are_the_four_ratings() {
    for (digit, rating) in ['1', '2', '3', '4'].into_iter().zip(Rating::ALL) {
        let mut app = drilling(Some("3.4"));
        press(&mut app, "l");
        let recorded = answers(&press(&mut app, &digit.to_string()));
        assert_eq!(recorded[0].1, rating, "{digit}");
    }
}

#[test]
fn a_key_the_question_does_not_take_says_which_keys_do() {
    let mut app = drilling(Some("3.4"));
    assert!(press(&mut app, "3").is_empty());
    assert_eq!(status(&app), "Svar med en af tasterne ud for svarene.");
    assert!(
        key(&mut app, KeyCode::Enter).is_empty(),
        "no answer to show yet"
    );
    assert!(press(&mut app, "x").is_empty());
    assert_eq!(app.context(), Context::DrillLovkrav, "nothing answered");
    press(&mut app, "l ");
    // A scenario is turned over, not answered with a letter.
    assert!(press(&mut app, "l").is_empty());
    assert_eq!(status(&app), "Tryk Mellemrum for at se svaret.");
    assert_eq!(app.context(), Context::DrillTurn);
}

#[test]
fn deadlines_and_scenarios_are_turned_over_and_rated() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "l3");
    assert_eq!(current(&app).kind, ItemKind::Scenarie);
    press(&mut app, " ");
    assert_eq!(app.context(), Context::DrillRate);
    let recorded = rated(&press(&mut app, "2"));
    assert_eq!(recorded.0, "scenarie/3.4/1");
    assert_eq!(recorded.1, Rating::Svaert);
    assert!(!recorded.2, "svært is not knowing it");
    assert_eq!(current(&app).kind, ItemKind::Frist);
    press(&mut app, " ");
    let recorded = rated(&press(&mut app, "4"));
    assert_eq!(recorded.0, "frist/3.4.1/1");
    assert!(recorded.2);
}

#[test]
fn hvilken_retningslinje_is_answered_with_1_to_4() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "l3 3 3");
    let item = current(&app);
    assert_eq!(item.kind, ItemKind::Retningslinje);
    assert!(
        press(&mut app, "l").is_empty(),
        "l is not one of its answers"
    );
    assert_eq!(app.context(), Context::DrillGuideline);
    let wrong = (0..4).find(|i| *i != item.right).unwrap();
    press(&mut app, &(wrong + 1).to_string());
    let recorded = rated(&press(&mut app, " "));
    assert_eq!(recorded, (item.id.clone(), Rating::Igen, false));
}

#[test]
fn esc_leaves_for_home_and_q_quits() {
    let mut app = drilling(None);
    assert!(key(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.screen, Screen::Home);
    let mut app = drilling(None);
    press(&mut app, "a");
    assert_eq!(press(&mut app, "q"), [Effect::Quit]);
    // At the end, Enter goes home too.
    let mut done = drilling_on(Some("3.4"), all_but(&[]));
    assert_eq!(done.context(), Context::DrillEnd);
    key(&mut done, KeyCode::Enter);
    assert_eq!(done.screen, Screen::Home);
}

#[test]
fn quitting_tries_once_more_to_save_answers_a_failed_save_left_waiting() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "l3");
    update(&mut app, Msg::DrillRecordFailed("Disken er fuld".into()));
    let effects = press(&mut app, "q");
    assert_eq!(effects.len(), 2, "{effects:?}");
    assert_eq!(answers(&effects[..1]).len(), 1);
    assert_eq!(effects[1], Effect::Quit);
}

#[test]
fn a_long_answer_scrolls_to_its_last_line_and_no_further_at_every_size() {
    for (w, h) in [(80, 24), (100, 30), (200, 60), (40, 12)] {
        let mut app = drilling(Some("3.4"));
        press(&mut app, "l3 ");
        render(&mut app, w, h);
        key(&mut app, KeyCode::End);
        let end = render(&mut app, w, h);
        // The last written row of the pane holds the answer's last anvisning (on its bottom
        // row when the text is longer than the pane).
        let rows: Vec<&str> = end.lines().collect();
        let bottom = rows.iter().rposition(|r| r.starts_with('┗')).unwrap();
        let last = rows[..bottom]
            .iter()
            .rposition(|r| {
                r.trim_matches(|c: char| c == '┃' || c.is_whitespace())
                    .len()
                    > 1
            })
            .unwrap();
        assert!(rows[last].contains("3.4.5"), "{w}x{h}:\n{end}");
        // Further down changes nothing; the wheel scrolls it back up.
        key(&mut app, KeyCode::PageDown);
        assert_eq!(render(&mut app, w, h), end, "{w}x{h}");
        if w == 40 {
            update(
                &mut app,
                Msg::Scroll {
                    pane: refleks::app::Scrollable::Drill,
                    down: false,
                },
            );
            assert_ne!(render(&mut app, w, h), end, "the wheel moved it");
        }
    }
}

#[test]
fn the_help_opens_at_the_drills_keys_and_esc_returns_to_the_question() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "?");
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("Øvelse: lovkrav eller anbefaling?"),
        "{screen}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
    assert_eq!(app.context(), Context::DrillLovkrav);
}

#[test]
fn saved_answers_leave_the_waiting_list_and_a_failed_save_is_tried_again_with_the_next() {
    let mut app = drilling(Some("3.4"));
    let first = answers(&press(&mut app, "l3"));
    update(&mut app, Msg::DrillRecordFailed("Disken er fuld".into()));
    assert!(
        status(&app).contains("Svaret er ikke gemt"),
        "{}",
        status(&app)
    );
    assert!(app.status.as_ref().unwrap().error);
    // The next rating carries both answers.
    let both = answers(&press(&mut app, " 3"));
    assert_eq!(both.len(), 2);
    assert_eq!(both[0], first[0]);
    let mut saved = Progress::default();
    saved
        .items
        .insert(both[0].0.clone(), review(None, Rating::Godt, true, today()));
    update(
        &mut app,
        Msg::DrillRecorded {
            count: 2,
            progress: saved,
        },
    );
    assert!(app.practice_unsaved.is_empty());
    assert!(app.status.is_none(), "the error is over");
    assert_eq!(app.practice, Some(Ok(9)), "one new item begun today");
}

#[test]
fn home_shows_how_many_are_due_and_enter_starts_the_drill() {
    let mut app = App::new(Deck::embedded(), TODAY);
    update(&mut app, Msg::ProgressRead(Progress::default()));
    assert_eq!(app.practice, Some(Ok(10)));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("✎ Øv: 10 i dag"), "{screen}");
    let at = app
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Practice)
        .unwrap();
    while app.home_selected < at {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::StartDrill(None)]);
    // An unreadable file is said on the menu; starting says why in full.
    update(
        &mut app,
        Msg::ProgressUnreadable("øvelser.toml: linje 3".into()),
    );
    assert!(render(&mut app, 80, 24).contains("✎ Øv (øvelser.toml kan ikke læses)"));
}

#[test]
fn a_paste_in_the_drill_answers_nothing() {
    let mut app = drilling(Some("3.4"));
    assert!(paste(&mut app, "l3l3").is_empty());
    assert_eq!(app.context(), Context::DrillLovkrav);
    assert_eq!(current(&app).id, "lovkrav/3.4.1");
}

/// One key as Windows reports it: the press, then its release.
fn windows(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    let events = vec![
        Event::Key(KeyEvent::new(code, modifiers)),
        Event::Key(KeyEvent::new_with_kind(
            code,
            modifiers,
            KeyEventKind::Release,
        )),
    ];
    let mut effects = Vec::new();
    for msg in to_msgs(events, &app.areas, true) {
        effects.extend(update(app, msg));
    }
    effects
}

#[test]
fn keys_shaped_as_windows_sends_them_answer_once_and_a_pasted_burst_not_at_all() {
    let mut app = drilling(Some("3.4"));
    // Caps lock on: a capital L with Shift is still lovkrav.
    assert!(windows(&mut app, KeyCode::Char('L'), KeyModifiers::SHIFT).is_empty());
    assert_eq!(
        app.context(),
        Context::DrillRate,
        "the release did nothing more"
    );
    let recorded = rated(&windows(&mut app, KeyCode::Char(' '), KeyModifiers::NONE));
    assert_eq!(recorded, ("lovkrav/3.4.1".into(), Rating::Godt, true));
    // A burst of keys read in one go is a paste on Windows: it answers nothing.
    let events: Vec<Event> = " 3 3"
        .chars()
        .flat_map(|c| {
            let code = KeyCode::Char(c);
            [
                Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
                Event::Key(KeyEvent::new_with_kind(
                    code,
                    KeyModifiers::NONE,
                    KeyEventKind::Release,
                )),
            ]
        })
        .collect();
    let msgs = to_msgs(events, &app.areas, true);
    assert!(matches!(msgs.as_slice(), [Msg::Paste(_)]), "{msgs:?}");
    for msg in msgs {
        assert!(update(&mut app, msg).is_empty());
    }
    assert_eq!(app.context(), Context::DrillTurn);
    // AltGr+l is not l: nothing is answered.
    windows(
        &mut app,
        KeyCode::Char('l'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(current(&app).kind, ItemKind::Scenarie);
    assert_eq!(app.context(), Context::DrillTurn);
}

#[test]
fn screen_lovkrav_question_and_answer() {
    let mut app = drilling(Some("3.4"));
    let question = render(&mut app, 80, 24);
    assert!(!question.contains(" skal "), "the word would give it away");
    insta::assert_snapshot!("drill_lovkrav_question_80x24", question);
    press(&mut app, "l");
    insta::assert_snapshot!("drill_lovkrav_answer_80x24", render(&mut app, 80, 24));
}

#[test]
fn screen_scenario_question_and_answer_scrolled_to_the_end() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "l3");
    insta::assert_snapshot!("drill_scenario_question_80x24", render(&mut app, 80, 24));
    press(&mut app, " ");
    insta::assert_snapshot!("drill_scenario_answer_80x24", render(&mut app, 80, 24));
    key(&mut app, KeyCode::End);
    let end = render(&mut app, 80, 24);
    assert!(end.contains("Mellemrum eller Enter: godt"), "{end}");
    insta::assert_snapshot!("drill_scenario_answer_end_80x24", end);
}

#[test]
fn screen_deadline_question_and_answer() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "l3 3");
    assert_eq!(current(&app).id, "frist/3.4.1/1");
    insta::assert_snapshot!("drill_frist_question_80x24", render(&mut app, 80, 24));
    press(&mut app, " ");
    insta::assert_snapshot!("drill_frist_answer_80x24", render(&mut app, 80, 24));
}

#[test]
fn screen_guideline_question_and_answer() {
    let mut app = drilling(Some("3.4"));
    press(&mut app, "l3 3 3");
    assert_eq!(current(&app).kind, ItemKind::Retningslinje);
    let question = render(&mut app, 80, 24);
    assert!(
        !question.contains("Kort 3.4"),
        "the card is the answer: {question}"
    );
    insta::assert_snapshot!("drill_retningslinje_question_80x24", question);
    answer_right(&mut app);
    insta::assert_snapshot!("drill_retningslinje_answer_80x24", render(&mut app, 80, 24));
}

#[test]
fn screen_the_end_says_how_it_went_and_when_the_next_are_due() {
    let mut app = drilling_on(Some("3.4"), all_but(&["lovkrav/3.4.1", "lovkrav/3.4.2"]));
    press(&mut app, "l3");
    press(&mut app, "l1");
    assert_eq!(app.context(), Context::DrillEnd);
    // The runner saved both.
    let progress = match &app.screen {
        Screen::Drill(view) => view.drill.progress().clone(),
        _ => unreachable!(),
    };
    update(&mut app, Msg::DrillRecorded { count: 2, progress });
    let end = render(&mut app, 80, 24);
    assert!(
        end.contains("Du har øvet 2 spørgsmål i dag; 1 af dem var rigtige."),
        "{end}"
    );
    assert!(end.contains("i morgen, 6. december 2026"), "{end}");
    insta::assert_snapshot!("drill_end_80x24", end);
    // Nothing left today: the drill says so at once.
    let mut done = drilling_on(Some("3.4"), all_but(&[]));
    assert_eq!(done.context(), Context::DrillEnd);
    assert!(render(&mut done, 80, 24).contains("Der er ikke noget at øve i dag."));
}

#[test]
fn five_answers_through_the_runner_leave_their_ids_and_due_dates_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = refleks::store::Store::open(Some(dir.path())).unwrap();
    let app = App::new(Deck::embedded(), TODAY);
    let start = Start::Drill {
        card: None,
        progress: Progress::default(),
    };
    let mut runner = Headless::start(app, store, start);
    let mut ids = Vec::new();
    for _ in 0..5 {
        let item = current(&runner.app);
        ids.push(item.id.clone());
        // `l` for a lovkrav question, `1` for the guideline, Space to turn the others over;
        // then `3` (godt).
        let first = match item.kind {
            ItemKind::Lovkrav => 'l',
            ItemKind::Retningslinje => '1',
            _ => ' ',
        };
        for c in [first, '3'] {
            runner.send(Msg::Key(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE,
            )));
        }
    }
    let text = std::fs::read_to_string(dir.path().join("øvelser.toml")).unwrap();
    for id in &ids {
        assert!(text.contains(&format!("[items.\"{id}\"]")), "{id}: {text}");
    }
    assert!(text.contains("last = \"2026-12-05\""), "{text}");
    let progress = study::read(dir.path()).unwrap();
    assert_eq!(progress.items.len(), 5);
    assert!(progress.items.values().all(|e| e.due.as_str() > TODAY));
    assert!(runner.app.practice_unsaved.is_empty());
    // The menu behind the drill counts what is left of today's new items.
    assert_eq!(runner.app.practice, Some(Ok(5)));
    // `list` leaves the file alone and does not call it unreadable.
    let out = stdout(refleks().arg("--store").arg(dir.path()).arg("list"));
    assert!(!out.contains("øvelser"), "{out}");
    assert!(!out.to_lowercase().contains("kan ikke"), "{out}");
}

#[test]
fn oev_checks_the_card_and_the_progress_file_before_taking_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = refleks()
        .arg("--store")
        .arg(dir.path())
        .args(["øv", "3.44"])
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("Kortet »3.44« findes ikke"), "{err}");
    assert!(err.contains("refleks øv 3.4`"), "{err}");
    std::fs::write(
        dir.path().join("øvelser.toml"),
        "format = 1\n[items.x]\ndue = 5\n",
    )
    .unwrap();
    let out = refleks()
        .arg("--store")
        .arg(dir.path())
        .args(["oev", "3.4"])
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("øvelser.toml kan ikke læses"), "{err}");
    assert!(err.contains(":3:"), "located: {err}");
    // A readable store and no terminal: the drill is the app, which needs a terminal window.
    std::fs::remove_file(dir.path().join("øvelser.toml")).unwrap();
    let out = refleks()
        .arg("--store")
        .arg(dir.path())
        .arg("øv")
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("terminalvindue"), "{err}");
    assert!(!dir.path().join("øvelser.toml").exists(), "nothing written");
}

#[test]
fn the_header_says_selvstudium_not_a_teams_even_with_an_assessment_open() {
    let mut app = App::new(Deck::embedded(), TODAY);
    app.start_assessment("Team Nord", vec!["Åse".into()], Vec::new());
    let on_card = render(&mut app, 80, 24);
    assert!(on_card.lines().next().unwrap().contains("Team Nord"));
    update(
        &mut app,
        Msg::DrillReady {
            progress: Progress::default(),
            card: Some("3.4".into()),
        },
    );
    for (w, h) in [(80, 24), (30, 8)] {
        let screen = render(&mut app, w, h);
        let header = screen.lines().next().unwrap();
        assert_eq!(header.trim_end(), " refleks · Selvstudium", "{w}x{h}");
        assert!(!screen.contains("Team Nord"), "{screen}");
    }
}

/// A drill whose only item today is `id`: every other item of the deck drilled and not due.
fn only(id: &str) -> App {
    let mut p = Progress::default();
    for item in study::items(&Deck::embedded()) {
        if item.id != id {
            p.items.insert(
                item.id.clone(),
                review(None, Rating::Let, true, "2026-12-01".parse().unwrap()),
            );
        }
    }
    let app = drilling_on(None, p);
    assert_eq!(current(&app).id, id);
    app
}

/// The longest texts of each kind answered, at three window sizes, at the top and scrolled to
/// the end: the longest legal duty (2.5.2), the longest deadline's anvisning (2.6.13) and the
/// longest scenario (3.4's first). The end shows the last anvisning and the rating line.
#[test]
fn screens_with_long_texts_at_three_sizes_top_and_end() {
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        for (id, keys, name) in [
            ("lovkrav/2.5.2", "l", "lovkrav_2.5.2"),
            ("frist/2.6.13/1", " ", "frist_2.6.13"),
            ("scenarie/3.4/1", " ", "scenarie_3.4"),
        ] {
            let mut app = only(id);
            press(&mut app, keys);
            assert_eq!(app.context(), Context::DrillRate, "{id}");
            let top = render(&mut app, w, h);
            assert!(top.starts_with(" refleks · Selvstudium"), "{top}");
            key(&mut app, KeyCode::End);
            let end = render(&mut app, w, h);
            assert!(
                end.contains("Hvor godt vidste du det?"),
                "{w}x{h} {id}:\n{end}"
            );
            insta::assert_snapshot!(format!("drill_long_{name}_{w}x{h}"), top);
            if end != top {
                insta::assert_snapshot!(format!("drill_long_{name}_{w}x{h}_end"), end);
            }
        }
    }
}
