//! Key events shaped the way Windows sends them for a Danish keyboard, through the one place
//! events become messages (`tui::events`) and on through `update` (issue 16): AltGr characters
//! land as text, a pasted burst lands as one paste, and typing stays typing. No terminal, no disk.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use refleks::app::{App, Context, Effect, Msg, Overlay, update};
use refleks::assessment::{Assessment, Score};
use refleks::deck::Deck;
use refleks::tui::events::{to_msg, to_msgs};

/// The AltGr characters of a Danish keyboard.
const ALTGR: &str = "@£$€{[]}|\\~µ";

/// One key as Windows reports it: AltGr is Ctrl+Alt, a capital comes with Shift, a line break is
/// Enter; each press is followed by its release.
fn windows_key(c: char) -> [Event; 2] {
    let (code, modifiers) = match c {
        '\n' => (KeyCode::Enter, KeyModifiers::NONE),
        c if ALTGR.contains(c) => (KeyCode::Char(c), KeyModifiers::CONTROL | KeyModifiers::ALT),
        c if c.is_uppercase() => (KeyCode::Char(c), KeyModifiers::SHIFT),
        c => (KeyCode::Char(c), KeyModifiers::NONE),
    };
    [
        Event::Key(KeyEvent::new(code, modifiers)),
        Event::Key(KeyEvent::new_with_kind(
            code,
            modifiers,
            KeyEventKind::Release,
        )),
    ]
}

/// Typed by hand: every key read on its own, as the runner reads a person's typing.
fn type_by_hand(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        for msg in to_msgs(windows_key(c).to_vec(), &app.areas, true) {
            effects.extend(update(app, msg));
        }
    }
    effects
}

/// Pasted in the Windows console: every key of the text read in one go.
fn paste_burst(app: &mut App, text: &str) -> Vec<Effect> {
    let events: Vec<Event> = text.chars().flat_map(windows_key).collect();
    let msgs = to_msgs(events, &app.areas, true);
    assert_eq!(msgs.len(), 1, "one paste: {msgs:?}");
    update(app, msgs.into_iter().next().unwrap())
}

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    let msg = to_msg(Event::Key(KeyEvent::new(code, modifiers)), &app.areas).unwrap();
    update(app, msg)
}

fn plain(app: &mut App, code: KeyCode) -> Vec<Effect> {
    key(app, code, KeyModifiers::NONE)
}

fn assessment(app: &App) -> &Assessment {
    &app.session.as_ref().expect("an open assessment").assessment
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// An assessment of every card, opened from its file, on the first anvisning.
fn opened() -> App {
    let mut app = App::new(Deck::embedded(), "2026-12-01");
    let a = Assessment::new(&app.deck, "Team Øst", vec![], vec![], "2026-12-01");
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: "/tmp/win-keys/team-oest-2026-12-01.toml".into(),
            read_only: None,
        },
    );
    assert_eq!(app.context(), Context::Anvisninger);
    app
}

#[test]
fn altgr_characters_typed_in_a_note_are_text() {
    let mut app = opened();
    plain(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.overlay(), Some(Overlay::Editor(_))));
    type_by_hand(&mut app, "mette@kommune.dk, 100 € [bilag] {x} £$|\\~µ");
    plain(&mut app, KeyCode::Esc);
    let id = app.current_anvisning_id().unwrap();
    assert_eq!(
        assessment(&app).answer(&id).unwrap().note,
        "mette@kommune.dk, 100 € [bilag] {x} £$|\\~µ"
    );
}

#[test]
fn altgr_backslashes_land_in_the_export_folder_and_ctrl_u_still_empties_it() {
    let mut app = opened();
    plain(&mut app, KeyCode::Char('e'));
    assert_eq!(app.context(), Context::ExportForm);
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_by_hand(&mut app, "C:\\Users\\mette\\Documents");
    assert_eq!(
        plain(&mut app, KeyCode::Enter),
        [Effect::Export("C:\\Users\\mette\\Documents".into())]
    );
}

#[test]
fn a_paste_on_the_card_screen_changes_nothing_and_says_where_pasting_works() {
    let mut app = opened();
    let id = app.current_anvisning_id().unwrap();
    let before = assessment(&app).clone();
    let effects = paste_burst(&mut app, "2 gange om året – se bilag:\nmette@kommune.dk");
    assert_eq!(effects, []);
    assert_eq!(assessment(&app), &before, "nothing scored, noted or added");
    assert!(app.overlay().is_none());
    assert_eq!(app.current_anvisning_id().unwrap(), id, "nothing moved");
    assert_eq!(status(&app), refleks::strings::PASTE_NOWHERE);
    // A 3 typed afterwards scores the selected anvisning.
    assert_eq!(type_by_hand(&mut app, "3"), [Effect::Save]);
    assert_eq!(
        assessment(&app).answer(&id).unwrap().score,
        Some(Score::Level(3))
    );
}

#[test]
fn a_pasted_burst_keeps_its_lines_in_a_note_and_is_one_line_in_an_action() {
    let mut app = opened();
    let id = app.current_anvisning_id().unwrap();
    plain(&mut app, KeyCode::Char('n'));
    paste_burst(&mut app, "Første linje\nAnden linje");
    plain(&mut app, KeyCode::Esc);
    assert_eq!(
        assessment(&app).answer(&id).unwrap().note,
        "Første linje\nAnden linje"
    );
    // In the action form a line break would jump to the next field; pasted, it is a space.
    plain(&mut app, KeyCode::Char('a'));
    assert_eq!(app.context(), Context::ActionForm);
    paste_burst(&mut app, "Ring til\nkommunen");
    assert_eq!(
        assessment(&app).actions.last().unwrap().what,
        "Ring til kommunen"
    );
}

#[test]
fn fast_typing_on_the_card_screen_stays_keys() {
    let mut app = opened();
    let id = app.current_anvisning_id().unwrap();
    // Three keys queued together (a slow frame) are still commands: a score and a move.
    let events: Vec<Event> = "3j".chars().flat_map(windows_key).collect();
    for msg in to_msgs(events, &app.areas, true) {
        update(&mut app, msg);
    }
    assert_eq!(
        assessment(&app).answer(&id).unwrap().score,
        Some(Score::Level(3))
    );
    assert_ne!(app.current_anvisning_id().unwrap(), id);
}
