//! Actions as a list: open, add, give a status, delete (after a question). And the answer to
//! any question: the pending change comes back here once the user says yes.

use super::super::action_form::ActionForm;
use super::super::action_list::next_status;
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{ActionList, App, Confirm, Overlay, Pending};
use crate::strings as s;
use crate::text::{clean_line, truncate};

/// Adds an empty action to `anvisning` and opens it; an empty one is dropped when it closes.
pub(super) fn add(app: &mut App, anvisning: &str) -> Vec<Effect> {
    let Some(session) = app.session.as_mut().filter(|s| !s.read_only) else {
        return Vec::new();
    };
    session.begin_draft();
    let form = ActionForm::new_action(&mut session.assessment, anvisning);
    app.overlay = Some(Overlay::Action(form));
    Vec::new()
}

pub(super) fn open_list(app: &mut App, anvisning: Option<String>) -> Vec<Effect> {
    if app.session.is_some() {
        app.overlay = Some(Overlay::Actions(ActionList::new(anvisning)));
    }
    Vec::new()
}

/// Keys in the list of actions.
pub(super) fn list_key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let (Some(action), Some(Overlay::Actions(list)), Some(session)) =
        (action, &mut app.overlay, &app.session)
    else {
        return Vec::new();
    };
    let a = &session.assessment;
    let current = list.current(a);
    match action {
        Action::Back => return app.close_overlay(),
        Action::Help => {
            app.overlay = Some(Overlay::Help(0));
            return Vec::new();
        }
        Action::Up | Action::Down => {
            list.selected = nav::step(list.selected, action, list.indices(a).len(), 1);
            return Vec::new();
        }
        _ => {}
    }
    if !app.can_edit() {
        app.set_error(s::READ_ONLY_NOTE);
        return Vec::new();
    }
    let Some(Overlay::Actions(list)) = app.overlay.take() else {
        return Vec::new();
    };
    match (action, current) {
        (Action::AddAction, _) => match list.anvisning.clone() {
            Some(id) => {
                let effects = add(app, &id);
                if let Some(Overlay::Action(form)) = &mut app.overlay {
                    form.back = Some(list);
                }
                return effects;
            }
            None => app.set_status(s::ACTIONS_ADD_FROM_CARD),
        },
        (Action::Open, Some(index)) => {
            let form = app
                .session
                .as_ref()
                .and_then(|s| ActionForm::edit(&s.assessment, index));
            if let Some(mut form) = form {
                form.back = Some(list);
                app.overlay = Some(Overlay::Action(form));
                return Vec::new();
            }
        }
        (Action::Toggle, Some(index)) => {
            app.overlay = Some(Overlay::Actions(list));
            return app.commit_change(|a| {
                if let Some(todo) = a.actions.get_mut(index) {
                    todo.status = next_status(todo.status);
                }
            });
        }
        (Action::Delete, Some(index)) => {
            let what = app
                .session
                .as_ref()
                .and_then(|s| s.assessment.actions.get(index))
                .map(|t| truncate(&clean_line(&t.what), 50))
                .unwrap_or_default();
            app.overlay = Some(Overlay::Confirm(Confirm {
                question: format!("{} »{what}«?", s::ACTION_DELETE_ASK),
                pending: Pending::DeleteAction(index),
                back: Some(Box::new(Overlay::Actions(list))),
            }));
            return Vec::new();
        }
        _ => {}
    }
    if app.overlay.is_none() {
        app.overlay = Some(Overlay::Actions(list));
    }
    Vec::new()
}

/// Yes does the pending change; no leaves everything as it was. Either way, what was open
/// before the question comes back.
pub(super) fn confirm_key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let yes = match action {
        Some(Action::Open) => true,
        Some(Action::Back) => false,
        _ => return Vec::new(),
    };
    let Some(Overlay::Confirm(confirm)) = app.overlay.take() else {
        return Vec::new();
    };
    app.overlay = confirm.back.map(|b| *b);
    if !yes {
        return Vec::new();
    }
    let effects = confirmed(app, confirm.pending);
    if let (Some(Overlay::Actions(list)), Some(session)) = (&mut app.overlay, &app.session) {
        list.clamp(&session.assessment);
    }
    effects
}

fn confirmed(app: &mut App, pending: Pending) -> Vec<Effect> {
    match pending {
        Pending::DeleteAction(index) => {
            let effects = app.commit_change(|a| {
                if index < a.actions.len() {
                    a.actions.remove(index);
                }
            });
            app.set_status(s::ACTION_DELETED);
            effects
        }
        Pending::RemoveCard(id) => super::card_picker::set(app, &id, false),
        Pending::DeleteAssessment(path) => vec![Effect::Discard(path)],
    }
}
