//! Keys on top of a screen: the help and messages, the multi-line editor, the action form; and
//! pastes, which go to whatever takes text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::action_form::{ActionForm, FIELDS};
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::{App, Overlay, Screen, Scroll, Scrollable};
use super::limit::{self, MAX_LINE_CHARS, MAX_LONG_LINE_CHARS};

/// Help and messages: read, scroll, close.
pub(super) fn key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    match (action, app.overlay()) {
        (Some(Action::Back | Action::Help | Action::Open), _) => return app.close_overlay(),
        (Some(action), Some(Overlay::Help(top))) => {
            let scroll = Scroll {
                top: *top,
                free: true,
            };
            let moved = app.scrolled(Scrollable::Help, scroll, action).top;
            if let Some(Overlay::Help(top)) = app.overlay_mut() {
                *top = moved;
            }
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn editor_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if action == Some(Action::Back) {
        return app.close_overlay();
    }
    let Some(Overlay::Editor(editor)) = app.layers.last_mut() else {
        return Vec::new();
    };
    if !editor.area.input(key) {
        return Vec::new();
    }
    write_draft(app)
}

/// Copies the editor's text into the assessment, to be saved within a second. Input that would
/// make the text longer than a field holds is taken back at once, and the user is told.
fn write_draft(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Editor(editor)) = app.layers.last_mut() else {
        return Vec::new();
    };
    let result = limit::editor_fits(editor);
    let (target, text) = (editor.target.clone(), editor.text());
    let fits = result.is_ok();
    app.say_if_full(result);
    if !fits {
        return Vec::new();
    }
    app.draft_change(|a| target.write(a, text))
}

pub(super) fn action_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if !key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace)
    {
        return type_in_action(app, key.code);
    }
    let Some(Overlay::Action(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::Back) => app.close_overlay(),
        Some(Action::Open) if form.field + 1 == FIELDS => app.close_overlay(),
        Some(Action::Open | Action::NextPane | Action::Down) => {
            form.field = (form.field + 1) % FIELDS;
            Vec::new()
        }
        Some(Action::PreviousPane | Action::Up) => {
            form.field = (form.field + FIELDS - 1) % FIELDS;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// A letter or Backspace in the action form's current field.
fn type_in_action(app: &mut App, code: KeyCode) -> Vec<Effect> {
    let Some(Overlay::Action(form)) = app.overlay() else {
        return Vec::new();
    };
    let form = form.clone();
    match code {
        KeyCode::Char(c) => type_text_in_action(app, &form, &c.to_string()),
        _ => {
            let mut typed = false;
            let effects = app.draft_change(|a| {
                typed = form.text_mut(a).is_some_and(|text| text.pop().is_some());
            });
            if typed { effects } else { Vec::new() }
        }
    }
}

/// Typed or pasted text in the action form's current field, when it fits.
fn type_text_in_action(app: &mut App, form: &ActionForm, added: &str) -> Vec<Effect> {
    let mut result = Ok(());
    let effects = app.draft_change(|a| {
        if let Some(text) = form.text_mut(a) {
            result = limit::append(text, added, MAX_LINE_CHARS);
        }
    });
    let fits = result.is_ok();
    app.say_if_full(result);
    if fits { effects } else { Vec::new() }
}

pub(super) fn on_paste(app: &mut App, text: &str) -> Vec<Effect> {
    let text = crate::text::clean_input(text);
    // A one-line field takes a pasted paragraph as one line.
    let line = text.replace('\n', " ");
    match app.layers.last_mut() {
        Some(Overlay::Action(form)) => {
            let form = form.clone();
            type_text_in_action(app, &form, &line)
        }
        Some(Overlay::Editor(editor)) => {
            editor.area.insert_str(text);
            write_draft(app)
        }
        Some(Overlay::Team(_)) => super::team_form::type_text(app, &line, false),
        Some(Overlay::Export(form)) => {
            let result = limit::append(&mut form.folder, &line, MAX_LONG_LINE_CHARS);
            app.say_if_full(result);
            Vec::new()
        }
        Some(Overlay::Vote(_)) => super::vote::paste(app, &text),
        Some(Overlay::Search(search)) => {
            let result = limit::append(&mut search.query, &line, MAX_LINE_CHARS);
            search.selected = 0;
            app.say_if_full(result);
            Vec::new()
        }
        Some(Overlay::Folder(_)) => {
            super::overview::folder_paste(app, &text);
            Vec::new()
        }
        _ if app.screen == Screen::New => {
            super::form::type_text(app, &line);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    /// A paste goes through the one rule for typed text (`text::clean_input`, property-tested
    /// there with 10,000 cases); these are the cases issue 9 reported.
    #[test]
    fn pasted_line_breaks_become_lf_and_controls_go() {
        use crate::text::clean_input;
        assert_eq!(clean_input("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(clean_input("EX\u{1b}[31mRØD\u{1b}[0m"), "EXRØD");
        assert_eq!(clean_input("a\tb\u{7}\u{202e}c"), "a bc");
    }
}
