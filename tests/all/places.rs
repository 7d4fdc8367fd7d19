//! Places on top of the screens: going to a card by its number (`G`), and the help opening at
//! the section of the place it was opened from, over a voting round too. Key scripts through
//! `update`, and the screen as text.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Context, Overlay, Pane, Screen};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-11-23")
}

/// An assessment of only the cards given (empty: all).
fn assessing(cards: &[&str]) -> App {
    let mut app = app();
    let cards = cards.iter().map(|c| c.to_string()).collect();
    app.start_assessment("Team Nord", vec![], cards);
    app
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn g_and_a_number_go_to_that_anvisning() {
    let mut app = assessing(&[]);
    press(&mut app, "G");
    assert!(matches!(app.overlay(), Some(Overlay::GoTo(_))));
    assert_eq!(app.context(), Context::GoTo);
    // Letters and digits are text in the field, not commands (3 would score, q would quit).
    press(&mut app, "3.4.1");
    assert!(!app.quitting);
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay().is_none());
    assert_eq!(app.screen, Screen::Cards);
    assert_eq!(app.current_card().unwrap().id, "3.4");
    assert_eq!(app.current_anvisning_id().as_deref(), Some("3.4.1"));
    assert_eq!(app.cards.pane, Pane::Anvisninger);
    // Nothing was scored on the way.
    let a = &app.session.as_ref().unwrap().assessment;
    assert!(
        a.answers.values().all(|x| x.score.is_none()),
        "{:?}",
        a.answers
    );
}

#[test]
fn a_card_number_goes_to_its_first_anvisning_also_while_browsing() {
    let mut app = app();
    // Home: »Ny vurdering«, then »Se kortene«.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        (app.screen.clone(), app.context()),
        (Screen::Cards, Context::Browse)
    );
    press(&mut app, "G");
    press(&mut app, "3,7");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.current_card().unwrap().id, "3.7");
    assert_eq!(app.cards.anvisning, 0);
}

#[test]
fn an_unknown_number_is_said_and_the_field_stays_open() {
    let mut app = assessing(&[]);
    press(&mut app, "G9.99");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Some(Overlay::GoTo(_))));
    let said = status(&app);
    assert!(said.contains("»9.99«") && said.contains("3.4"), "{said}");
    assert!(app.status.as_ref().unwrap().error);
    // Corrected, it goes, and the warning is gone.
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "2.3");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay().is_none());
    assert_eq!(app.current_card().unwrap().id, "2.3");
    assert!(app.status.is_none());
}

#[test]
fn a_card_not_chosen_says_so_and_how_to_add_it() {
    let mut app = assessing(&["3.4"]);
    press(&mut app, "G3.7");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Some(Overlay::GoTo(_))));
    let said = status(&app);
    assert!(
        said.contains("3.7") && said.contains("ikke valgt") && said.contains('+'),
        "{said}"
    );
    // Esc closes without going anywhere.
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
    assert_eq!(app.current_card().unwrap().id, "3.4");
}

#[test]
fn the_go_to_field_on_screen() {
    let mut app = assessing(&["3.4"]);
    render(&mut app, 80, 24);
    press(&mut app, "G3.7");
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn help_opens_at_the_section_of_the_place_it_was_opened_from() {
    let mut app = assessing(&[]);
    render(&mut app, 80, 24);
    // From the anvisninger (the help's first section) it starts at the top, as before.
    press(&mut app, "?");
    assert!(
        render(&mut app, 80, 24).contains(refleks::strings::HELP_METHOD.split(' ').next().unwrap())
    );
    key(&mut app, KeyCode::Esc);
    // From the overview, its own section is on top.
    press(&mut app, "s?");
    let shown = render(&mut app, 80, 24);
    let title = refleks::strings::HELP_SECTION_SUMMARY;
    // Right under the frame's top (a row of air above it).
    assert!(
        shown.lines().skip(3).take(2).any(|l| l.contains(title)),
        "{shown}"
    );
    // It scrolls from there, and Esc returns to the overview.
    key(&mut app, KeyCode::Down);
    let after = render(&mut app, 80, 24);
    assert!(
        !after.lines().nth(2).unwrap_or_default().contains(title),
        "{after}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
    assert_eq!(app.screen, Screen::Summary);
}

#[test]
fn question_mark_in_a_round_opens_help_over_it_and_esc_returns() {
    let mut app = app();
    app.start_assessment("Vote", vec!["Anna".into(), "Bo".into()], vec![]);
    press(&mut app, "v");
    assert_eq!(app.context(), Context::VoteCast);
    press(&mut app, "2");
    press(&mut app, "?");
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains(refleks::strings::HELP_SECTION_VOTE_CAST),
        "{shown}"
    );
    // A digit in the help is not a vote.
    press(&mut app, "3");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::VoteCast);
    // The round goes on where it was: Bo's vote ends it.
    press(&mut app, "3");
    assert_eq!(app.context(), Context::VoteReveal);
    press(&mut app, "?");
    assert!(render(&mut app, 80, 24).contains(refleks::strings::HELP_SECTION_VOTE_REVEAL));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::VoteReveal);
}

#[test]
fn ctrl_u_deletes_before_the_cursor_in_the_editor_as_in_every_field_and_ctrl_z_undoes() {
    let mut app = assessing(&[]);
    press(&mut app, "n");
    assert_eq!(app.context(), Context::Editor);
    press(&mut app, "første");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "anden linje");
    crate::common::drive::ctrl(&mut app, 'u');
    let note = |app: &App| {
        let id = app.current_anvisning_id().unwrap();
        app.session
            .as_ref()
            .unwrap()
            .assessment
            .answer(&id)
            .map(|a| a.note.clone())
    };
    // Only the line's text before the cursor goes; the first line stays.
    assert_eq!(note(&app).as_deref(), Some("første\n"));
    crate::common::drive::ctrl(&mut app, 'z');
    assert_eq!(note(&app).as_deref(), Some("første\nanden linje"));
    // The export form's Ctrl+U: everything before the cursor, which stands last: empty.
    key(&mut app, KeyCode::Esc);
    app.store_dir = Some("/tmp/places2-store".into());
    press(&mut app, "e");
    assert_eq!(app.context(), Context::ExportForm);
    let Some(Overlay::Export(form)) = app.overlay() else {
        panic!("the export form");
    };
    assert_eq!(form.folder.text(), "/tmp/places2-store");
    crate::common::drive::ctrl(&mut app, 'u');
    let Some(Overlay::Export(form)) = app.overlay() else {
        panic!("the export form");
    };
    assert!(form.folder.is_empty());
}
