//! Keys on top of a screen: the help and messages, the multi-line editor, the action form; and
//! pastes, which go to whatever takes text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::action_form::FIELDS;
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::{App, Overlay, Screen, Scroll, Scrollable};
use crate::text::is_unsafe;

/// Help and messages: read, scroll, close.
pub(super) fn key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    match (action, &app.overlay) {
        (Some(Action::Back | Action::Help | Action::Open), _) => return app.close_overlay(),
        (Some(action), Some(Overlay::Help(top))) => {
            let scroll = Scroll {
                top: *top,
                free: true,
            };
            let moved = app.scrolled(Scrollable::Help, scroll, action).top;
            app.overlay = Some(Overlay::Help(moved));
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn editor_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if action == Some(Action::Back) {
        return app.close_overlay();
    }
    let Some(Overlay::Editor(editor)) = &mut app.overlay else {
        return Vec::new();
    };
    if !editor.area.input(key) {
        return Vec::new();
    }
    write_draft(app)
}

/// Copies the editor's text into the assessment, to be saved within a second.
fn write_draft(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Editor(editor)) = &app.overlay else {
        return Vec::new();
    };
    let (target, text) = (editor.target.clone(), editor.text());
    app.draft_change(|a| target.write(a, text))
}

pub(super) fn action_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if !key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace)
    {
        return type_in_action(app, key.code);
    }
    let Some(Overlay::Action(form)) = &mut app.overlay else {
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
    let Some(Overlay::Action(form)) = &app.overlay else {
        return Vec::new();
    };
    let form = form.clone();
    let mut typed = false;
    let effects = app.draft_change(|a| {
        typed = match (code, form.text_mut(a)) {
            (KeyCode::Char(c), Some(text)) => {
                text.push(c);
                true
            }
            (KeyCode::Backspace, Some(text)) => text.pop().is_some(),
            _ => false,
        };
    });
    if typed { effects } else { Vec::new() }
}

pub(super) fn on_paste(app: &mut App, text: &str) -> Vec<Effect> {
    let text = normalize_paste(text);
    // A one-line field takes a pasted paragraph as one line.
    let line = text.replace('\n', " ");
    match &mut app.overlay {
        Some(Overlay::Action(form)) => {
            let form = form.clone();
            app.draft_change(|a| {
                if let Some(field) = form.text_mut(a) {
                    field.push_str(&line);
                }
            })
        }
        Some(Overlay::Editor(editor)) => {
            editor.area.insert_str(text);
            write_draft(app)
        }
        Some(Overlay::Team(_)) => super::team_form::type_text(app, &line, false),
        Some(Overlay::Export(form)) => {
            form.folder.push_str(&line);
            Vec::new()
        }
        Some(Overlay::Vote(_)) => super::vote::paste(app, &text),
        Some(Overlay::Search(search)) => {
            search.query.push_str(&line);
            search.selected = 0;
            Vec::new()
        }
        _ if app.screen == Screen::New => {
            if let Some(field) = app.form.text_mut() {
                field.push_str(&line);
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Pasted text as if typed: terminals send line breaks as CR (xterm, VTE, Windows Terminal) or
/// CRLF, so both become LF; tabs become spaces; escape sequences (`ESC [ … m` from a coloured
/// terminal) and every other control or bidi character are dropped, never saved as `�`.
// TODO(lead): repoint to `crate::text::clean_input` when the safety branch lands.
fn normalize_paste(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => {
                // CSI: `ESC [`, parameters, one final byte in @..~.
                if chars.next_if_eq(&'[').is_some() {
                    while chars.next().is_some_and(|c| !('@'..='~').contains(&c)) {}
                }
            }
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize_paste;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(10_000))]

        /// No control or bidi character but the line break survives; cleaning twice changes
        /// nothing more; and nothing else is lost.
        #[test]
        fn a_paste_keeps_no_control_character(
            text in "(\\PC|\\p{Cc}|\\r\\n|\\x1b\\[[0-9;]*m|[\\u{202a}-\\u{202e}])*"
        ) {
            let clean = normalize_paste(&text);
            proptest::prop_assert!(clean.chars().all(|c| c == '\n' || !crate::text::is_unsafe(c)));
            proptest::prop_assert!(!clean.contains('\r') && !clean.contains('\t'));
            proptest::prop_assert_eq!(normalize_paste(&clean), clean.clone());
            let printable = text.chars().filter(|c| !c.is_control() && !crate::text::is_unsafe(*c));
            proptest::prop_assert!(printable.count() >= clean.chars().filter(|&c| c != '\n' && c != ' ').count());
        }
    }

    #[test]
    fn pasted_line_breaks_become_lf_and_controls_go() {
        assert_eq!(normalize_paste("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(normalize_paste("EX\u{1b}[31mRØD\u{1b}[0m"), "EXRØD");
        assert_eq!(normalize_paste("a\tb\u{7}\u{202e}c"), "a bc");
    }
}
