//! Key scripts through `update`, as the flow and screen tests drive the app: no terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Effect, Msg, update};

pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

/// Each character as a key press: letters that are commands, or text typed into a field.
pub fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    keys.chars()
        .flat_map(|c| key(app, KeyCode::Char(c)))
        .collect()
}

pub fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    update(app, Msg::Paste(text.to_string()))
}
