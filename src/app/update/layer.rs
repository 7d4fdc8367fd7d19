//! Every layer that opens over a screen, on the model's side, in one file: the key context each
//! gives, where its keys and pastes go, and what closing it commits. These are the only matches
//! over every layer in `update` (the views have theirs in `ui/mod.rs`).

use ratatui::crossterm::event::KeyEvent;

use super::super::editor::EditTarget;
use super::super::keymap::{Action, Context};
use super::super::msg::Effect;
use super::super::{App, Overlay, Screen};
use super::{actions, card_picker, earlier, export, overlay, overview, search, team_form, vote};
use crate::strings as s;
use crate::text::clean_line;

impl Overlay {
    /// The layer's key context: the keys it takes, its hints and its help.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(_) | Overlay::Message { .. } => Context::Overlay,
            Overlay::Editor(_) => Context::Editor,
            Overlay::Search(_) => Context::Search,
            Overlay::Action(_) => Context::ActionForm,
            Overlay::Folder(_) => Context::Folder,
            Overlay::Actions(_) => Context::Actions,
            Overlay::Confirm(_) => Context::Confirm,
            Overlay::Cards(_) => Context::CardPicker,
            Overlay::Team(_) => Context::TeamForm,
            Overlay::Export(_) => Context::ExportForm,
            Overlay::Vote(view) => view.context(),
            Overlay::BuildOn { .. } => Context::BuildOn,
            Overlay::Carried { .. } => Context::Carried,
        }
    }
}

/// A key for the layer on top (Quit and the read-only gate were answered before).
pub(super) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    match app.overlay() {
        None => Vec::new(),
        Some(Overlay::Help(_) | Overlay::Message { .. }) => overlay::key(app, action),
        Some(Overlay::Editor(_)) => overlay::editor_key(app, key, action),
        Some(Overlay::Search(_)) => search::key(app, key, action),
        Some(Overlay::Action(_)) => overlay::action_key(app, key, action),
        Some(Overlay::Folder(_)) => overview::folder_key(app, key, action),
        Some(Overlay::Actions(_)) => actions::list_key(app, action),
        Some(Overlay::Confirm(_)) => actions::confirm_key(app, action),
        Some(Overlay::Cards(_)) => card_picker::key(app, action),
        Some(Overlay::Team(_)) => team_form::key(app, key, action),
        Some(Overlay::Export(_)) => export::key(app, key, action),
        Some(Overlay::Vote(_)) => vote::key(app, key, action),
        Some(Overlay::BuildOn { .. } | Overlay::Carried { .. }) => earlier::key(app, action),
    }
}

/// A paste goes to whatever takes text: the layer on top, or the new-assessment form.
pub(super) fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let text = crate::text::clean_input(text);
    // A one-line field takes a pasted paragraph as one line.
    let line = text.replace('\n', " ");
    match app.layers.last_mut() {
        Some(Overlay::Action(_)) => overlay::paste_in_action(app, &line),
        Some(Overlay::Editor(editor)) => {
            editor.area.insert_str(text);
            overlay::write_draft(app)
        }
        Some(Overlay::Team(_)) => {
            team_form::edit(app, |input| input.paste(&line)).unwrap_or_default()
        }
        Some(Overlay::Export(form)) => {
            let edit = form.folder.paste(&line);
            app.edited(edit);
            Vec::new()
        }
        Some(Overlay::Vote(_)) => vote::paste(app, &text),
        Some(Overlay::Search(search)) => {
            let edit = search.query.paste(&line);
            search.selected = 0;
            app.edited(edit);
            Vec::new()
        }
        Some(Overlay::Folder(_)) => {
            overview::folder_paste(app, &text);
            Vec::new()
        }
        None if app.screen == Screen::New => {
            super::form::paste(app, &line);
            Vec::new()
        }
        Some(
            Overlay::Help(_)
            | Overlay::Message { .. }
            | Overlay::Actions(_)
            | Overlay::Confirm(_)
            | Overlay::Cards(_)
            | Overlay::BuildOn { .. }
            | Overlay::Carried { .. },
        )
        | None => {
            // No field takes text here: a paste is never keys (it would score, vote or open),
            // and the user is told where pasting works.
            app.set_status(crate::strings::PASTE_NOWHERE);
            Vec::new()
        }
    }
}

/// What closing `layer` commits (it is already off the stack): a note, the team, an action, a
/// round. The rest hold nothing to keep.
pub(super) fn close(app: &mut App, layer: Overlay) -> Vec<Effect> {
    match layer {
        Overlay::Editor(editor) => {
            let dissent = matches!(editor.target, EditTarget::Dissent { .. });
            let mut effects = app.finish_edit(*editor);
            // The dissent note belongs to its round: a round with nothing left to reveal
            // closes with it.
            if dissent && matches!(app.overlay(), Some(Overlay::Vote(view)) if view.round.is_over())
            {
                effects.extend(app.close_overlay());
            }
            effects
        }
        Overlay::Team(_) => team_form::close(app),
        Overlay::Action(form) => {
            let mut bad_date = None;
            let effects = app.commit_change(|a| bad_date = form.close(a));
            // Every close says how it went, so a warning about a date now fixed is gone.
            match bad_date {
                Some(date) => {
                    app.set_error(format!("{}: »{}«", s::ACTION_BAD_DATE, clean_line(&date)))
                }
                None => app.set_status(s::ACTION_SAVED),
            }
            effects
        }
        Overlay::Vote(view) => app.finish_round(*view),
        Overlay::Help(_)
        | Overlay::Message { .. }
        | Overlay::Search(_)
        | Overlay::Folder(_)
        | Overlay::Actions(_)
        | Overlay::Confirm(_)
        | Overlay::Cards(_)
        | Overlay::Export(_)
        | Overlay::BuildOn { .. }
        | Overlay::Carried { .. } => Vec::new(),
    }
}
