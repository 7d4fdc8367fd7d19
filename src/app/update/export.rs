//! `e`: the minutes. A small form asks for the folder (the store's, beside the assessment, is
//! filled in); the runner writes there without overwriting and answers with the whole paths.

use std::path::PathBuf;

use ratatui::crossterm::event::KeyEvent;

use super::super::export_form::ExportForm;
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::{App, Overlay};
use crate::strings as s;
use crate::text::clean_line;

pub(super) fn open(app: &mut App) -> Vec<Effect> {
    let Some(session) = &app.session else {
        return Vec::new();
    };
    let folder = session
        .path
        .as_ref()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .or_else(|| app.store_dir.clone())
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    app.push(Overlay::Export(ExportForm::new(&folder)));
    Vec::new()
}

pub(super) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let Some(Overlay::Export(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::Clear) => form.folder.clear(),
        Some(Action::Cancel) => return app.close_overlay(),
        Some(Action::ExportHere) => {
            let folder = form.folder.text().trim().to_string();
            if folder.is_empty() {
                app.set_error(s::EXPORT_NEED_FOLDER);
                return Vec::new();
            }
            let mut effects = app.close_overlay();
            effects.push(Effect::Export(PathBuf::from(folder)));
            return effects;
        }
        _ => {
            let edit = form.folder.key(&key);
            app.edited(edit);
        }
    }
    Vec::new()
}

/// The whole paths, in a message that stays until it is read.
pub(super) fn exported(app: &mut App, paths: &[PathBuf]) {
    let body: Vec<String> = paths
        .iter()
        .map(|p| clean_line(&p.display().to_string()))
        .collect();
    app.set_status(format!("{} {}", s::EXPORTED, body.join(" og ")));
    app.push(Overlay::Message {
        title: s::EXPORTED_TITLE.to_string(),
        body: format!("{}\n\n{}", s::EXPORTED_BODY, body.join("\n")),
    });
}
