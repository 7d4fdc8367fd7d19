//! Finding one's way: resume where the team stopped, the overview leading to an anvisning,
//! the next anvisning without a score, clicks, and keys that say why they do nothing. Key
//! scripts and messages through `update`: no terminal, no disk.

use crate::common::drive::{key, press};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Effect, Msg, Pane, Screen, Target, update};
use refleks::assessment::{Assessment, Place, Score};
use refleks::deck::Deck;
use refleks::strings as s;

fn app() -> App {
    App::new(Deck::embedded(), "2026-11-23")
}

fn assessing() -> App {
    let mut app = app();
    app.start_assessment("Team Nord", vec![], vec![]);
    app
}

fn assessment(app: &App) -> &Assessment {
    &app.session.as_ref().unwrap().assessment
}

fn open(assessment: Assessment) -> App {
    let mut app = app();
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(assessment),
            path: "/tmp/team-nord.toml".into(),
            read_only: None,
        },
    );
    app
}

#[test]
fn quit_on_2_4_and_open_again_lands_on_2_4() {
    let mut app = assessing();
    press(&mut app, "]]]"); // 2.4
    key(&mut app, KeyCode::Down);
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)),
    );
    // Moving is not a change: the place is kept, the file not written for it (issue 19).
    assert!(effects.contains(&Effect::KeepPlace), "{effects:?}");
    assert!(!effects.contains(&Effect::Save), "{effects:?}");
    assert_eq!(effects.last(), Some(&Effect::Quit));
    let place = assessment(&app).place.clone().unwrap();
    assert_eq!(place.guideline, "2.4");
    assert_eq!(place.anvisning, "2.4.2");
    // What was saved survives the file and brings the team back there.
    let text = refleks::assessment::to_toml(assessment(&app));
    let back = refleks::assessment::from_toml(&text, "team-nord.toml").unwrap();
    let app = open(back);
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.current_card().unwrap().id, "2.4");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.4.2"));
}

#[test]
fn moving_is_not_a_change_the_date_shows() {
    let mut app = assessing();
    assessment_mut(&mut app).updated = "2026-11-01".into();
    press(&mut app, "]]");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).place.as_ref().unwrap().guideline, "2.3");
    assert_eq!(assessment(&app).updated, "2026-11-01");
}

fn assessment_mut(app: &mut App) -> &mut Assessment {
    &mut app.session.as_mut().unwrap().assessment
}

#[test]
fn a_file_without_a_place_or_with_a_gone_card_opens_at_the_start() {
    let deck = Deck::embedded();
    let a = Assessment::new(&deck, "Team", vec![], vec![], "2026-11-01");
    assert_eq!(open(a.clone()).current_card().unwrap().id, "2.1");
    let mut gone = a;
    gone.place = Some(Place {
        guideline: "9.9".into(),
        anvisning: "9.9.1".into(),
    });
    let app = open(gone);
    assert_eq!(app.current_card().unwrap().id, "2.1");
    assert_eq!(app.cards.anvisning, 0);
}

#[test]
fn enter_on_an_overview_line_opens_that_anvisning() {
    let mut app = assessing();
    press(&mut app, "]]]]]]]]]]]"); // 3.4
    key(&mut app, KeyCode::Down);
    press(&mut app, "1f"); // 3.4.2: focus
    key(&mut app, KeyCode::Up);
    press(&mut app, "1"); // 3.4.1: a requirement below 3
    press(&mut app, "[[");
    press(&mut app, "s");
    assert_eq!(app.screen, Screen::Summary);
    // First line: the requirement 3.4.1; then the focus area 3.4.2.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.cards.pane, Pane::Anvisninger);
    assert_eq!(app.current_anvisning_id().as_deref(), Some("3.4.2"));
    // A card line opens its card.
    press(&mut app, "s");
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.current_card().unwrap().id, "3.12");
}

#[test]
fn g_goes_to_the_next_anvisning_without_a_score() {
    let mut app = assessing();
    press(&mut app, "3");
    key(&mut app, KeyCode::Down);
    press(&mut app, "2");
    key(&mut app, KeyCode::Up);
    press(&mut app, "g");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.1.3"));
    // From the last anvisning of a card it goes on to the next card.
    key(&mut app, KeyCode::End);
    press(&mut app, "4g");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.2.1"));
    // From the very last anvisning it goes round to the first open one.
    press(&mut app, "[");
    let last = app.chosen().len() - 1;
    update(&mut app, Msg::Click(Target::Card(last)));
    key(&mut app, KeyCode::End);
    press(&mut app, "g");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.1.3"));
}

#[test]
fn g_says_so_when_everything_has_a_score() {
    let mut app = app();
    app.start_assessment("Team", vec![], vec!["3.3".into()]);
    for _ in 0..4 {
        press(&mut app, "2");
        key(&mut app, KeyCode::Down);
    }
    press(&mut app, "g");
    assert_eq!(app.status.as_ref().unwrap().text, s::NEXT_OPEN_NONE);
}

#[test]
fn clicks_select_cards_panes_anvisninger_and_score() {
    let mut app = assessing();
    update(&mut app, Msg::Click(Target::Card(3)));
    assert_eq!(app.current_card().unwrap().id, "2.4");
    update(&mut app, Msg::Click(Target::Pane(Pane::Text)));
    assert_eq!(app.cards.pane, Pane::Text);
    update(&mut app, Msg::Click(Target::Anvisning(2)));
    assert_eq!(app.cards.pane, Pane::Anvisninger);
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.4.3"));
    let effects = update(&mut app, Msg::Click(Target::Level(2)));
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(
        assessment(&app).answer("2.4.3").unwrap().score,
        Some(Score::Level(2))
    );
    update(&mut app, Msg::Click(Target::Question(1)));
    assert_eq!(app.cards.pane, Pane::Questions);
    assert_eq!(app.cards.question, 1);
}

#[test]
fn a_click_while_an_overlay_is_open_does_nothing() {
    let mut app = assessing();
    press(&mut app, "?");
    update(&mut app, Msg::Click(Target::Card(3)));
    assert_eq!(app.current_card().unwrap().id, "2.1");
}

#[test]
fn a_score_key_outside_the_anvisninger_says_where_to_go() {
    let mut app = assessing();
    key(&mut app, KeyCode::Tab); // the card list
    press(&mut app, "3");
    assert_eq!(app.status.as_ref().unwrap().text, s::WHY_IN_ANVISNINGER);
    assert!(assessment(&app).answers.is_empty());
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.status.as_ref().unwrap().text, s::WHY_ARROWS);
    // Browsing without an assessment: say how to start one.
    let mut browsing = self::app();
    key(&mut browsing, KeyCode::Down);
    key(&mut browsing, KeyCode::Enter);
    press(&mut browsing, "3");
    assert_eq!(browsing.status.as_ref().unwrap().text, s::WHY_BROWSING);
}

#[test]
fn enter_on_an_anvisning_opens_its_note() {
    let mut app = assessing();
    key(&mut app, KeyCode::Enter);
    assert!(matches!(
        app.overlay(),
        Some(refleks::app::Overlay::Editor(_))
    ));
}

#[test]
fn the_reading_view_changes_card_and_leaves_with_esc() {
    let mut app = assessing();
    press(&mut app, "l");
    assert_eq!(app.screen, Screen::Reading);
    press(&mut app, "]");
    assert_eq!(app.current_card().unwrap().id, "2.2");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.current_card().unwrap().id, "2.2");
}

#[test]
fn enter_in_the_card_list_or_text_goes_to_the_anvisninger() {
    for tabs in [1, 2] {
        let mut app = assessing();
        for _ in 0..tabs {
            key(&mut app, KeyCode::Tab);
        }
        assert!(matches!(app.cards.pane, Pane::List | Pane::Text));
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.cards.pane, Pane::Anvisninger);
    }
}

#[test]
fn a_click_on_something_no_longer_there_does_nothing() {
    let mut app = assessing();
    update(&mut app, Msg::Click(Target::Card(999)));
    update(&mut app, Msg::Click(Target::Anvisning(999)));
    update(&mut app, Msg::Click(Target::Question(999)));
    update(&mut app, Msg::Click(Target::SummaryLink(999)));
    assert_eq!(app.current_card().unwrap().id, "2.1");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.1.1"));
}

#[test]
fn g_on_an_assessment_whose_cards_are_all_gone_does_not_panic() {
    let deck = Deck::embedded();
    let mut a = Assessment::new(&deck, "Team", vec![], vec!["9.9".into()], "2026-11-01");
    a.updated = "2026-11-01".into();
    let mut app = open(a);
    press(&mut app, "g");
    key(&mut app, KeyCode::PageDown);
    update(&mut app, Msg::Click(Target::Level(3)));
}
