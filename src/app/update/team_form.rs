//! The team form: rename the team, change who took part. Typed straight into the assessment;
//! committed (one undo step) when it closes.

use ratatui::crossterm::event::KeyEvent;

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::team_form::{TEAM_FIELDS, TeamForm, split_participants};
use super::super::{App, Edit, LineInput, Overlay};
use crate::strings as s;

pub(super) fn open(app: &mut App) -> Vec<Effect> {
    if let Some(session) = &app.session {
        app.push(Overlay::Team(TeamForm::open(&session.assessment)));
    }
    Vec::new()
}

pub(crate) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if let Some(effects) = edit(app, |input| input.key(&key)) {
        return effects;
    }
    let Some(Overlay::Team(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::SaveAndClose) => app.close_overlay(),
        Some(Action::NextField) if form.field + 1 == TEAM_FIELDS => app.close_overlay(),
        Some(Action::NextField | Action::NextPane | Action::Down) => {
            form.field = (form.field + 1) % TEAM_FIELDS;
            Vec::new()
        }
        Some(Action::PreviousPane | Action::Up) => {
            form.field = (form.field + TEAM_FIELDS - 1) % TEAM_FIELDS;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The field in focus changed by `change` (a key or a paste); what changed is written through
/// to the assessment at once. `None` when the key was not the field's.
pub(crate) fn edit(
    app: &mut App,
    change: impl FnOnce(&mut LineInput) -> Edit,
) -> Option<Vec<Effect>> {
    let Some(Overlay::Team(form)) = app.layers.last_mut() else {
        return Some(Vec::new());
    };
    let field = form.field;
    let input = form.input_mut();
    let edit = change(input);
    let text = input.text().to_string();
    if !app.edited(edit)? {
        return Some(Vec::new());
    }
    Some(if field == 1 {
        let names = split_participants(&text);
        app.draft_change(|a| a.participants = names)
    } else {
        app.draft_change(|a| a.team = text)
    })
}

/// Closing commits; a team cannot be nameless, so an emptied name goes back to what it was.
pub(crate) fn close(app: &mut App) -> Vec<Effect> {
    let Some(session) = &app.session else {
        return Vec::new();
    };
    let old = session
        .draft_base
        .as_ref()
        .map_or_else(|| session.assessment.team.clone(), |a| a.team.clone());
    let mut emptied = false;
    let effects = app.commit_change(|a| {
        a.team = a.team.trim().to_string();
        if a.team.is_empty() {
            a.team = old;
            emptied = true;
        }
    });
    if emptied {
        app.set_error(s::TEAM_NEEDS_NAME);
    } else {
        app.set_status(s::TEAM_SAVED);
    }
    effects
}
