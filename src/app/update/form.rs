//! The new-assessment form: team, participants, which cards, start.

use ratatui::crossterm::event::KeyEvent;

use super::super::form::{CardChoice, Field, NewForm};
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Screen};
use crate::strings as s;

pub(super) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    // The text fields take their keys (letters among them) before the form does.
    if let Some(input) = app.form.input_mut() {
        let edit = input.key(&key);
        if app.edited(edit).is_some() {
            return Vec::new();
        }
    }
    let Some(action) = action else {
        return Vec::new();
    };
    let fields = app.form.fields();
    let at = fields
        .iter()
        .position(|f| *f == app.form.field)
        .unwrap_or(0);
    let form = &mut app.form;
    match action {
        Action::Back => {
            app.screen = Screen::Home;
            return vec![Effect::List];
        }
        Action::NextPane => form.field = fields[(at + 1) % fields.len()],
        Action::PreviousPane => form.field = fields[(at + fields.len() - 1) % fields.len()],
        Action::Up | Action::Down => match form.field {
            Field::Cards => {
                let choices = NewForm::choices(&app.deck);
                let i = choices.iter().position(|c| *c == form.choice).unwrap_or(0);
                form.choice = choices[nav::step(i, action, choices.len(), 1)].clone();
            }
            Field::Pick => {
                form.pick_cursor =
                    nav::step(form.pick_cursor, action, app.deck.guidelines.len(), 1);
            }
            _ => form.field = fields[nav::step(at, action, fields.len(), 1)],
        },
        Action::Toggle => {
            if form.field == Field::Pick
                && let Some(g) = app.deck.guidelines.get(form.pick_cursor)
            {
                if let Some(i) = form.picked.iter().position(|id| *id == g.id) {
                    form.picked.remove(i);
                } else {
                    form.picked.push(g.id.clone());
                }
            }
        }
        Action::StartAssessment => return start(app),
        _ => {}
    }
    Vec::new()
}

/// Pasted text in the field in focus, when it fits: a team's name is one line, the
/// participants several names.
pub(crate) fn paste(app: &mut App, line: &str) {
    if let Some(input) = app.form.input_mut() {
        let edit = input.paste(line);
        app.edited(edit);
    }
}

/// Enter: on the card picker it moves to the start button; elsewhere it starts, or says what is
/// missing and goes there.
fn start(app: &mut App) -> Vec<Effect> {
    let form = &mut app.form;
    if form.field == Field::Pick {
        form.field = Field::Start;
        return Vec::new();
    }
    if form.team.text().trim().is_empty() {
        form.field = Field::Team;
        app.set_error(s::NEW_NEED_TEAM);
        return Vec::new();
    }
    if form.choice == CardChoice::Pick && form.picked.is_empty() {
        form.field = Field::Pick;
        app.set_error(s::NEW_NEED_CARDS);
        return Vec::new();
    }
    let team = form.team.text().trim().to_string();
    let participants = form.participants();
    let cards = form.cards(&app.deck);
    app.status = None;
    app.start_assessment(&team, participants, cards)
}
