//! Keys on top of a screen: the multi-line editor and the action form.

use ratatui::crossterm::event::KeyEvent;

use super::super::action_form::FIELDS;
use super::super::keymap::Action;
use super::super::limit;
use super::super::msg::Effect;
use super::super::{App, Edit, LineInput, Overlay};

pub(crate) fn editor_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
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
pub(crate) fn write_draft(app: &mut App) -> Vec<Effect> {
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

pub(crate) fn action_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if let Some(effects) = edit_action(app, |input| input.key(&key)) {
        return effects;
    }
    let Some(Overlay::Action(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::SaveAndClose) => app.close_overlay(),
        Some(Action::NextField) if form.field + 1 == FIELDS => app.close_overlay(),
        Some(Action::NextField | Action::NextPane | Action::Down) => {
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

/// The action form's field in focus changed by `change` (a key or a paste); what changed is
/// written through to the action at once. `None` when the key was not the field's.
fn edit_action(app: &mut App, change: impl FnOnce(&mut LineInput) -> Edit) -> Option<Vec<Effect>> {
    let Some(Overlay::Action(form)) = app.layers.last_mut() else {
        return Some(Vec::new());
    };
    let edit = change(&mut form.inputs[form.field]);
    let form = form.clone();
    if !app.edited(edit)? {
        return Some(Vec::new());
    }
    let text = form.inputs[form.field].text().to_string();
    Some(app.draft_change(|a| {
        if let Some(field) = form.text_mut(a) {
            *field = text;
        }
    }))
}

/// A paste in the action form's field in focus.
pub(crate) fn paste_in_action(app: &mut App, line: &str) -> Vec<Effect> {
    edit_action(app, |input| input.paste(line)).unwrap_or_default()
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
