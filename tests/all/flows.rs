//! Key scripts through `update`: the main flows, with no terminal and no disk.

use crate::common::drive::{ctrl, key, press as typed};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use refleks::app::{App, Effect, Msg, Overlay, Pane, Screen, update};
use refleks::assessment::{Assessment, NonScore, Score};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-11-23")
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
    assert!(matches!(app.overlay(), Some(Overlay::Editor(_))));
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
    assert!(app.overlay().is_none());
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
            read_only: None,
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
            read_only: Some("x.toml er allerede åben i en anden refleks.".into()),
        },
    );
    // Scores, notes, undo, a round, a parked topic, participants, the timebox, the cards, an
    // action: every key that changes the file is refused at the one gate, with the reason kept.
    for c in [
        '3', 'x', 'u', 'n', 'f', 'a', 'z', 'Z', 'v', 'V', 't', 'r', 'p', 'd', 'N', 'T', '+',
    ] {
        assert_eq!(key(&mut app, KeyCode::Char(c)), [], "{c}");
        assert!(app.overlay().is_none(), "{c}");
        let status = app.status.as_ref().unwrap();
        assert!(status.error && status.text.contains("allerede åben"), "{c}");
    }
    // The action list opens to be read; nothing in it changes.
    key(&mut app, KeyCode::Char('A'));
    assert!(matches!(app.overlay(), Some(Overlay::Actions(_))));
    assert_eq!(key(&mut app, KeyCode::Char('a')), []);
    assert!(matches!(app.overlay(), Some(Overlay::Actions(_))));
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
    assert!(app.overlay().is_none());
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
    // Leaving the card screen keeps the place (not in the file: a visit changes nothing, issue
    // 19), then lists the store.
    assert_eq!(
        key(&mut app, KeyCode::Esc),
        [Effect::KeepPlace, Effect::List]
    );
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn an_action_is_typed_into_the_assessment_and_shown() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec![]);
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.overlay(), Some(Overlay::Action(_))));
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
    assert!(app.overlay().is_none());
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
    // The stored date comes back into the form the Danish way.
    let Some(Overlay::Action(form)) = app.overlay() else {
        panic!("the action form is open");
    };
    assert_eq!(form.inputs[2].text(), "31. januar 2027");
    for _ in 0.."31. januar 2027".chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert!(assessment(&app).actions.is_empty());
}

#[test]
fn a_date_typed_the_danish_way_is_stored_as_before() {
    for typed_date in [
        "31/3-27",
        "31.3.27",
        "31-03-2027",
        "31. marts 2027",
        "31 mar 2027",
    ] {
        let mut app = app();
        app.start_assessment("Team", vec![], vec![]);
        key(&mut app, KeyCode::Char('a'));
        typed(&mut app, "Tjek ventelisten");
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        typed(&mut app, typed_date);
        assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
        assert_eq!(
            assessment(&app).actions[0].due,
            "2027-03-31",
            "{typed_date}"
        );
        assert!(app.status.as_ref().is_none_or(|s| !s.error), "{typed_date}");
    }
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
        place: None,
    };
    let mut app = app();
    update(&mut app, Msg::Listed(vec![entry("a"), entry("b")]));
    // Too few marked: a hint, no effect.
    assert_eq!(key(&mut app, KeyCode::Char('c')), []);
    assert!(app.status.is_some());
    // Past the fixed items (Fortsæt, new, browse, practice, overview, help) to the first saved one.
    for _ in 0..6 {
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

/// An overview of `n` teams made in memory: team i has level i % 5 on every anvisning of the
/// first card, and every other team a legal requirement of card 3.4 at 1.
fn overview(n: usize) -> refleks::aggregate::Overview {
    use refleks::aggregate::{DeckIndex, Digest, Fold};
    let deck = Deck::embedded();
    let index = DeckIndex::new(&deck);
    let mut fold = Fold::new(false);
    for i in 0..n {
        let team = format!("Team {i:02}");
        let mut a = Assessment::new(&deck, &team, vec![], vec![], "2026-01-01");
        for x in &deck.guidelines[0].anvisninger {
            a.answer_mut(&x.id).score = Some(Score::Level((i % 5) as u8));
        }
        if i % 2 == 0 {
            a.answer_mut("3.4.1").score = Some(Score::Level(1));
        }
        fold.add(Digest::new(
            &a,
            &index,
            format!("{team}.toml"),
            "kommune".into(),
        ));
    }
    fold.finish(&deck, &index)
}

fn on_overview(n: usize) -> App {
    let mut app = app();
    update(
        &mut app,
        Msg::OverviewRead {
            overview: Box::new(overview(n)),
            folder: "kommune".into(),
        },
    );
    app
}

fn view(app: &App) -> &refleks::app::OverviewView {
    match &app.screen {
        Screen::Overview(view) => view,
        _ => panic!("not on the overview"),
    }
}

#[test]
fn o_asks_for_a_folder_and_enter_reads_it_or_the_store() {
    let mut app = app();
    assert_eq!(key(&mut app, KeyCode::Char('o')), []);
    assert!(matches!(app.overlay(), Some(Overlay::Folder(_))));
    // Letters are text here, not commands: `q` does not quit.
    typed(&mut app, "kommuner/q");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    // A control character in a paste is dropped (an ESC would start an escape sequence).
    update(&mut app, Msg::Paste("\u{7}/aarhus".into()));
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Overview(Some("kommuner/aarhus".into()))]
    );
    assert!(app.overlay().is_none());
    // Empty: the store. Esc closes without reading.
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Overview(None)]);
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert!(app.overlay().is_none() && app.screen == Screen::Home);
}

#[test]
fn overview_moves_drills_sorts_and_shows_requirements_only() {
    let mut app = on_overview(6);
    assert_eq!(view(&app).order, (0..6).collect::<Vec<_>>());
    // Sort by the first guideline, lowest first: teams 00 and 05 (level 0) first.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('s'));
    let order = view(&app).order.clone();
    let means: Vec<Option<f64>> = order
        .iter()
        .map(|&i| view(&app).overview.rows[i].cells[0].mean)
        .collect();
    assert!(means.windows(2).all(|w| w[0] <= w[1]), "{means:?}");
    assert_eq!(means[0], Some(0.0));
    assert_eq!(view(&app).row, 0, "the lowest is selected");
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(view(&app).sort, None, "s again turns sorting off");

    // Requirements only: 2.1 has none, so the first column is a guideline with requirements.
    key(&mut app, KeyCode::Char('r'));
    let v = view(&app);
    assert!(v.requirements_only);
    assert!(v.columns().iter().all(|&c| match c {
        refleks::app::Column::Guideline(g) => v.overview.guidelines[g].requirements > 0,
        refleks::app::Column::Anvisning(_) => false,
    }));

    // Right to 3.4, Enter: its requirements as columns; the level of 3.4.1 per team.
    let at = view(&app)
        .columns()
        .iter()
        .position(|&c| view(&app).head(c) == "3.4")
        .unwrap();
    for _ in 0..at {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    let v = view(&app);
    assert!(v.drill.is_some());
    assert_eq!(v.head(v.columns()[0]), "3.4.1");
    let row = v.selected_row().unwrap();
    assert_eq!(
        v.value(row, v.columns()[0]),
        Some(1.0),
        "team 00 has 3.4.1 at 1"
    );
    key(&mut app, KeyCode::Down);
    let v = view(&app);
    assert_eq!(v.value(v.selected_row().unwrap(), v.columns()[0]), None);

    // Esc: back to the guidelines, on 3.4; Esc again: home, which is read again.
    key(&mut app, KeyCode::Esc);
    let v = view(&app);
    assert!(v.drill.is_none());
    assert_eq!(v.head(v.columns()[v.column]), "3.4");
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::List]);
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn overview_stops_at_its_edges() {
    let mut app = on_overview(3);
    for _ in 0..10 {
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Left);
    }
    assert_eq!((view(&app).row, view(&app).column), (2, 0));
    for _ in 0..30 {
        key(&mut app, KeyCode::Char('l'));
    }
    assert_eq!(view(&app).column, 19);
    // An empty overview: nothing to move over, nothing panics.
    let mut empty = on_overview(0);
    for code in [
        KeyCode::Down,
        KeyCode::Right,
        KeyCode::Enter,
        KeyCode::Char('s'),
        KeyCode::Char('r'),
    ] {
        key(&mut empty, code);
    }
    assert!(matches!(empty.screen, Screen::Overview(_)));
}

fn saved_entry(name: &str, updated: &str, problem: bool) -> refleks::app::SavedEntry {
    refleks::app::SavedEntry {
        path: format!("/tmp/{name}.toml").into(),
        team: name.into(),
        created: "2026-01-01".into(),
        updated: updated.into(),
        progress: (!problem).then_some((1, 134)),
        unknown: 0,
        problem: problem.then(|| "kan ikke læses".into()),
        place: None,
    }
}

#[test]
fn home_starts_on_fortsaet_with_the_most_recent_assessment() {
    use refleks::app::HomeItem;
    let mut app = app();
    update(&mut app, Msg::ListStarted { total: 3 });
    let mut nord = saved_entry("Team Nord", "2026-03-01", false);
    nord.place = Some("3.7".into());
    update(
        &mut app,
        Msg::ListBatch(vec![
            saved_entry("Team Syd", "2026-02-01", false),
            nord,
            saved_entry("x", "", true),
        ]),
    );
    assert_eq!(app.home_items()[app.home_selected], HomeItem::Continue(0));
    assert_eq!(app.saved[0].team, "Team Nord");
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Open("/tmp/Team Nord.toml".into())]
    );
}

#[test]
fn home_without_a_readable_assessment_starts_on_new() {
    use refleks::app::HomeItem;
    let mut app = app();
    update(&mut app, Msg::Listed(vec![saved_entry("x", "", true)]));
    assert_eq!(app.home_items()[app.home_selected], HomeItem::New);
}

#[test]
fn a_fixed_item_chosen_while_the_list_is_read_stays_chosen() {
    use refleks::app::HomeItem;
    let mut app = app();
    update(&mut app, Msg::ListStarted { total: 1 });
    key(&mut app, KeyCode::Down); // to "Bladr i kortene"
    assert_eq!(app.home_items()[app.home_selected], HomeItem::Browse);
    update(
        &mut app,
        Msg::ListBatch(vec![saved_entry("Team Nord", "2026-03-01", false)]),
    );
    assert_eq!(app.home_items()[app.home_selected], HomeItem::Browse);
}

#[test]
fn the_home_list_fills_in_as_the_store_is_read() {
    let mut app = app();
    update(&mut app, Msg::ListStarted { total: 4 });
    assert_eq!(app.listing, Some((0, 4)));
    update(
        &mut app,
        Msg::ListBatch(vec![
            saved_entry("b", "2026-02-01", false),
            saved_entry("x", "", true),
        ]),
    );
    assert_eq!(app.listing, Some((2, 4)));
    // Select "b", then more arrive above it: the selection stays on "b".
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char(' '));
    update(
        &mut app,
        Msg::ListBatch(vec![
            saved_entry("c", "2026-03-01", false),
            saved_entry("a", "2026-02-01", false),
        ]),
    );
    let names: Vec<&str> = app.saved.iter().map(|e| e.team.as_str()).collect();
    assert_eq!(
        names,
        ["c", "a", "b", "x"],
        "newest first, then by file; unreadable last"
    );
    assert_eq!(
        app.home_items()[app.home_selected],
        refleks::app::HomeItem::Saved(2)
    );
    update(&mut app, Msg::ListDone);
    assert_eq!(app.listing, None);
    assert_eq!(app.marked, [std::path::PathBuf::from("/tmp/b.toml")]);
    // A new reading starts from an empty list, and what was marked but is gone is unmarked.
    update(&mut app, Msg::ListStarted { total: 0 });
    update(&mut app, Msg::ListDone);
    assert!(app.saved.is_empty() && app.marked.is_empty());
}

/// Starts an assessment of card 2.1 through the app, as `refleks new` does.
fn started() -> App {
    let mut app = app();
    app.start_assessment("Team Nord", vec![], vec!["2.1".into()]);
    update(&mut app, Msg::Saved("/tmp/team-nord.toml".into()));
    app
}

/// Issue 12, break 3: a failed save, then `q`: the app stays and says so; a second `q` leaves.
#[test]
fn quitting_after_a_failed_save_stays_and_says_so() {
    let mut app = started();
    key(&mut app, KeyCode::Char('3'));
    update(
        &mut app,
        Msg::SaveFailed("team-nord.toml: disken er fuld (systemet: No space left)".into()),
    );
    assert!(app.status.as_ref().unwrap().error);
    assert_eq!(key(&mut app, KeyCode::Char('q')), [Effect::Quit]);
    // The runner's retry failed too.
    update(&mut app, Msg::QuitBlocked);
    assert!(!app.quitting, "the app stays");
    let Some(Overlay::Message { title, body }) = app.overlay() else {
        panic!("a message says why");
    };
    assert_eq!(title, "Ikke gemt");
    assert!(body.contains("disken er fuld"), "{body}");
    assert!(body.contains("Esc"), "{body}");
    // Esc: stay. The next q leaves, after one more try.
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none() && !app.quitting);
    assert_eq!(key(&mut app, KeyCode::Char('q')), [Effect::QuitUnsaved]);
    assert!(app.quitting);
}

/// Issue 12, break 3: the error line goes once a later save succeeds, and quit is plain again.
#[test]
fn the_error_line_clears_after_a_later_save() {
    let mut app = started();
    update(&mut app, Msg::SaveFailed("disken er fuld".into()));
    key(&mut app, KeyCode::Char('2'));
    assert!(
        app.status.as_ref().unwrap().error,
        "the error stays while unsaved"
    );
    update(&mut app, Msg::Saved("/tmp/team-nord.toml".into()));
    let status = app.status.as_ref().unwrap();
    assert!(!status.error, "{status:?}");
    assert!(status.text.starts_with("Gemt igen"), "{status:?}");
    assert_eq!(key(&mut app, KeyCode::Char('q')), [Effect::Quit]);
}

/// Issue 12, break 2: when the file became someone else's, the work is saved as a new file and
/// the app says where and why.
#[test]
fn a_saved_copy_is_named_with_its_reason() {
    let mut app = started();
    update(
        &mut app,
        Msg::SavedCopy {
            path: "/tmp/team-nord-2.toml".into(),
            why: "team-nord.toml er ændret af et andet program".into(),
        },
    );
    let status = app.status.as_ref().unwrap();
    assert!(status.text.contains("team-nord-2.toml"), "{status:?}");
    assert!(
        status.text.contains("ændret af et andet program"),
        "{status:?}"
    );
    assert_eq!(
        app.session.as_ref().unwrap().path.as_deref(),
        Some(std::path::Path::new("/tmp/team-nord-2.toml"))
    );
}

/// Issue 12, break 4: the true reason for read-only is shown, not always "another window".
#[test]
fn read_only_says_why() {
    let deck = Deck::embedded();
    let saved = Assessment::new(&deck, "Team", vec![], vec![], "2025-11-20");
    let mut app = app();
    let why = "x.toml åbnes skrivebeskyttet, fordi der ikke kan laves en låsefil ved siden af den: \
               drevet er skrivebeskyttet";
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(saved),
            path: "/tmp/x.toml".into(),
            read_only: Some(why.into()),
        },
    );
    assert_eq!(app.status.as_ref().unwrap().text, why);
    assert!(!app.can_edit());
}

/// Issue 12, break 5: a field takes so much and no more, and says so; nothing is saved past it.
#[test]
fn a_huge_paste_into_a_note_is_refused_and_said() {
    let mut app = started();
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "kort note");
    let effects = update(&mut app, Msg::Paste("x".repeat(5 * 1024 * 1024)));
    assert!(effects.is_empty(), "{effects:?}");
    let status = app.status.as_ref().unwrap();
    assert!(
        status.error && status.text.contains("20.000 tegn"),
        "{status:?}"
    );
    assert_eq!(assessment(&app).answer("2.1.1").unwrap().note, "kort note");
    // Typing goes on as before.
    typed(&mut app, "!");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).answer("2.1.1").unwrap().note, "kort note!");
}

/// Issue 12, break 10: zero-width and format characters never reach a name.
#[test]
fn invisible_characters_never_reach_names() {
    let mut app = app();
    app.start_assessment(
        "\u{feff}Team\u{200b} Nord\u{ad}",
        vec!["An\u{2060}ne".into(), "\u{200d}".into()],
        vec![],
    );
    assert_eq!(assessment(&app).team, "Team Nord");
    assert_eq!(assessment(&app).participants, ["Anne"]);
}

/// Issue 12, break 3: while the last save failed, the open assessment is not put away for a new
/// one or for browsing (its edits live only in the app); the user is told why.
#[test]
fn a_failed_save_keeps_the_assessment_from_being_put_away() {
    let mut app = started();
    key(&mut app, KeyCode::Char('3'));
    update(&mut app, Msg::SaveFailed("disken er fuld".into()));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Home);
    // "Ny vurdering" is the first item.
    assert_eq!(key(&mut app, KeyCode::Enter), []);
    assert_eq!(app.screen, Screen::Home);
    let Some(Overlay::Message { body, .. }) = app.overlay() else {
        panic!("the reason is shown");
    };
    assert!(body.contains("disken er fuld"), "{body}");
    assert!(app.session.is_some(), "the assessment is still there");
    // Once saved, the way is free.
    key(&mut app, KeyCode::Esc);
    update(&mut app, Msg::Saved("/tmp/team-nord.toml".into()));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::New);
}
