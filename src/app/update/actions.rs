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
    app.push(Overlay::Action(form));
    Vec::new()
}

pub(super) fn open_list(app: &mut App, anvisning: Option<String>) -> Vec<Effect> {
    if app.session.is_some() {
        app.push(Overlay::Actions(ActionList::new(anvisning)));
    }
    Vec::new()
}

/// Keys in the list of actions. The form, a question or the help opens on top of the list,
/// so closing it returns here.
pub(crate) fn list_key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let (Some(action), Some(Overlay::Actions(list)), Some(session)) =
        (action, app.layers.last_mut(), &app.session)
    else {
        return Vec::new();
    };
    let a = &session.assessment;
    let current = list.current(a);
    let anvisning = list.anvisning.clone();
    match action {
        Action::Back => return app.close_overlay(),
        Action::Up | Action::Down => {
            list.selected = nav::step(list.selected, action, list.indices(a).len(), 1);
            return Vec::new();
        }
        _ => {}
    }
    match (action, current) {
        (Action::AddAction, _) => match anvisning {
            Some(id) => return add(app, &id),
            None => app.set_status(s::ACTIONS_ADD_FROM_CARD),
        },
        (Action::EditAction, Some(index)) => {
            let form = app
                .session
                .as_ref()
                .and_then(|s| ActionForm::edit(&s.assessment, index));
            if let Some(form) = form {
                app.push(Overlay::Action(form));
            }
        }
        (Action::Toggle, Some(index)) => {
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
            app.push(Overlay::Confirm(Confirm {
                question: format!("{} »{what}«?", s::ACTION_DELETE_ASK),
                pending: Pending::DeleteAction(index),
            }));
        }
        _ => {}
    }
    Vec::new()
}

/// Yes does the pending change; no leaves everything as it was. Either way, what was open
/// before the question comes back.
/// Yes to a question: its pending change, once the question is off the stack.
pub(crate) fn confirmed(app: &mut App, pending: Pending) -> Vec<Effect> {
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
        Pending::RemoveCard(id) => super::super::layers::set_card(app, &id, false),
        Pending::DeleteAssessment(path) => vec![Effect::Discard(path)],
    }
}
