//! The card screen: moving between cards and panes, and the keys that score and annotate the
//! selected anvisning.

use super::super::editor::EditTarget;
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, CardView, Overlay, Pane, Screen, SearchState};
use crate::assessment::{NonScore, Score};
use crate::strings as s;

/// How far a page key moves in a list of cards, questions or anvisninger.
const LIST_PAGE: usize = 5;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let chosen_len = app.chosen().len();
    let (n_anvisninger, n_questions) = app
        .current_card()
        .map_or((0, 0), |g| (g.anvisninger.len(), g.questions.len()));
    let view = &mut app.cards;
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => match view.pane {
            Pane::List => {
                let card = nav::step(view.card, action, chosen_len, LIST_PAGE);
                goto_card(view, card);
            }
            Pane::Text => view.scroll = nav::scroll(view.scroll, action, u16::MAX),
            Pane::Questions => {
                view.question = nav::step(view.question, action, n_questions, LIST_PAGE);
            }
            Pane::Anvisninger => {
                view.anvisning = nav::step(view.anvisning, action, n_anvisninger, LIST_PAGE);
            }
        },
        Action::NextPane => view.pane = view.pane.next(),
        Action::PreviousPane => view.pane = view.pane.previous(),
        Action::Open if view.pane == Pane::List => view.pane = Pane::Anvisninger,
        Action::NextCard | Action::PreviousCard => {
            let card = nav::step(view.card, action, chosen_len, 1);
            goto_card(view, card);
        }
        Action::Back => {
            app.screen = Screen::Home;
            app.overlay = None;
            return vec![Effect::List];
        }
        Action::Search => app.overlay = Some(Overlay::Search(SearchState::default())),
        Action::Summary => {
            app.cards.summary_scroll = 0;
            app.screen = Screen::Summary;
        }
        Action::Score(_)
        | Action::AddAction
        | Action::Actions
        | Action::NotRelevant
        | Action::Unknown
        | Action::Clear
        | Action::Note
        | Action::Focus => return edit(app, action),
        _ => {}
    }
    Vec::new()
}

fn goto_card(view: &mut CardView, card: usize) {
    if view.card != card {
        view.card = card;
        view.anvisning = 0;
        view.question = 0;
        view.scroll = 0;
    }
}

/// Actions that change the assessment.
fn edit(app: &mut App, action: Action) -> Vec<Effect> {
    if !app.can_edit() {
        if app.session.is_some() {
            app.set_error(s::READ_ONLY_NOTE);
        }
        return Vec::new();
    }
    if app.cards.pane == Pane::Questions {
        let Some(g) = app.current_card() else {
            return Vec::new();
        };
        if app.cards.question >= g.questions.len() {
            return Vec::new();
        }
        let target = EditTarget::Reflection {
            guideline: g.id.clone(),
            question: app.cards.question + 1,
        };
        return app.open_editor(target);
    }
    let Some(id) = app.current_anvisning_id() else {
        return Vec::new();
    };
    match action {
        Action::AddAction => super::actions::add(app, &id),
        Action::Actions => super::actions::open_list(app, Some(id)),
        Action::Note => app.open_editor(EditTarget::Note { anvisning: id }),
        Action::NotRelevant => app.open_editor(EditTarget::Reason { anvisning: id }),
        _ => app.commit_change(|a| {
            let answer = a.answer_mut(&id);
            match action {
                Action::Score(v) => answer.score = Some(Score::Level(v)),
                Action::Unknown => answer.score = Some(Score::Other(NonScore::Unknown)),
                Action::Clear => answer.score = None,
                Action::Focus => answer.focus = !answer.focus,
                _ => {}
            }
        }),
    }
}
