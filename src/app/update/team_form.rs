//! The team form: rename the team, change who took part. Typed straight into the assessment;
//! committed (one undo step) when it closes.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::team_form::{TEAM_FIELDS, TeamForm, split_participants};
use super::super::{App, Overlay};
use super::limit::{self, MAX_LINE_CHARS, MAX_LONG_LINE_CHARS};
use crate::strings as s;

pub(super) fn open(app: &mut App) -> Vec<Effect> {
    if !app.can_edit() {
        if app.session.is_some() {
            app.set_error(s::READ_ONLY_NOTE);
        }
        return Vec::new();
    }
    if let Some(session) = &app.session {
        app.push(Overlay::Team(TeamForm::open(&session.assessment)));
    }
    Vec::new()
}

pub(super) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if !key.modifiers.contains(KeyModifiers::CONTROL) {
        match key.code {
            KeyCode::Char(c) => return type_text(app, &c.to_string(), false),
            KeyCode::Backspace => return type_text(app, "", true),
            _ => {}
        }
    }
    let Some(Overlay::Team(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::Back) => app.close_overlay(),
        Some(Action::Open) if form.field + 1 == TEAM_FIELDS => app.close_overlay(),
        Some(Action::Open | Action::NextPane | Action::Down) => {
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

/// Text typed or pasted into the field in focus (`back`: one character taken off instead).
pub(super) fn type_text(app: &mut App, text: &str, back: bool) -> Vec<Effect> {
    let Some(Overlay::Team(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    if form.field == 1 {
        if back {
            form.participants.pop();
        } else if let Err(full) = limit::append(&mut form.participants, text, MAX_LONG_LINE_CHARS) {
            app.set_error(full);
            return Vec::new();
        }
        let names = split_participants(&form.participants);
        return app.draft_change(|a| a.participants = names);
    }
    let mut result = Ok(());
    let effects = app.draft_change(|a| {
        if back {
            a.team.pop();
        } else {
            result = limit::append(&mut a.team, text, MAX_LINE_CHARS);
        }
    });
    let fits = result.is_ok();
    app.say_if_full(result);
    if fits { effects } else { Vec::new() }
}

/// Closing commits; a team cannot be nameless, so an emptied name goes back to what it was.
pub(super) fn close(app: &mut App) -> Vec<Effect> {
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
