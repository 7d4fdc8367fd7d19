//! Issue 19, the workshop without stumbles: key scripts through `update` and the screens they
//! lead to, for the points a three-hour workshop tripped on.

use crate::common::drive::{key, paste};
use crate::common::screen::render;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Effect, Pane, Screen};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-12-04")
}

/// An assessment of card 2.1 only.
fn on_one_card() -> App {
    let mut app = app();
    app.start_assessment("Team Nord", vec![], vec!["2.1".into()]);
    app
}

/// Searches and lands on the first hit on card `card`.
fn search_to(app: &mut App, query: &str, card: &str) {
    key(app, KeyCode::Char('/'));
    paste(app, query);
    let hits = refleks::deck::search(&app.deck, query);
    let at = hits.iter().position(|h| h.guideline == card).expect(card);
    for _ in 0..at {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
}

#[test]
fn a_hit_on_a_card_outside_the_assessment_opens_it_to_read_and_plus_adds_it() {
    let mut app = on_one_card();
    search_to(&mut app, "behandlingsplan", "3.7");
    assert!(app.overlay().is_none());
    assert_eq!(app.screen, Screen::Reading);
    assert_eq!(app.reading_card().unwrap().id, "3.7");
    let status = app.status.as_ref().unwrap();
    assert!(
        status.text.contains("3.7") && status.text.contains('+'),
        "{status:?}"
    );
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("3.7 Behandlingsplan"), "{shown}");
    assert!(shown.contains("+ tilføj det"), "{shown}");
    insta::assert_snapshot!(shown);
    // Reading changes nothing; + adds the card as one change and goes there.
    assert_eq!(app.session.as_ref().unwrap().assessment.cards, ["2.1"]);
    assert_eq!(key(&mut app, KeyCode::Char('+')), [Effect::Save]);
    assert_eq!(
        app.session.as_ref().unwrap().assessment.cards,
        ["2.1", "3.7"]
    );
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.current_card().unwrap().id, "3.7");
    // Undo takes it out again.
    key(&mut app, KeyCode::Char('z'));
    assert_eq!(app.session.as_ref().unwrap().assessment.cards, ["2.1"]);
}

#[test]
fn esc_from_a_card_outside_the_assessment_goes_back_to_where_the_team_was() {
    let mut app = on_one_card();
    search_to(&mut app, "behandlingsplan", "3.7");
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.current_card().unwrap().id, "2.1");
    assert!(app.cards.outside.is_none());
    assert!(app.status.is_none(), "the word about + goes with the card");
    assert_eq!(app.session.as_ref().unwrap().assessment.cards, ["2.1"]);
    assert_eq!(app.cards.pane, Pane::Anvisninger);
}
