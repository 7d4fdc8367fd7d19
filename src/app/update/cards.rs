//! The card screen: moving between cards and panes, and the keys that score and annotate the
//! selected anvisning.

use super::super::EditTarget;
use super::super::keymap::{Action, Context};
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, CardView, Overlay, Pane, Screen, Scroll, Scrollable, SearchState};
use crate::assessment::{NonScore, Score};
use crate::strings as s;

/// How far a page key moves in the list of cards.
const LIST_PAGE: usize = 5;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let chosen_len = app.chosen().len();
    let (n_anvisninger, n_questions) = app
        .current_card()
        .map_or((0, 0), |g| (g.anvisninger.len(), g.questions.len()));
    let moves = action.moves();
    let pages = matches!(action, Action::PageUp | Action::PageDown);
    match action {
        _ if moves => match app.cards.pane {
            Pane::List => {
                let card = nav::step(app.cards.card, action, chosen_len, LIST_PAGE);
                app.goto_card(card);
            }
            Pane::Text => {
                app.cards.text = app.scrolled(Scrollable::CardText, app.cards.text, action);
            }
            // In a list, the page keys scroll its rows (a long anvisning can be read to its
            // end); the other keys move the selection, and the list follows it.
            Pane::Questions if pages => {
                app.cards.questions =
                    app.scrolled(Scrollable::Questions, app.cards.questions, action);
            }
            Pane::Questions => {
                app.cards.question = nav::step(app.cards.question, action, n_questions, 1);
                app.cards.questions = app.following(Scrollable::Questions, app.cards.questions);
            }
            Pane::Anvisninger if pages => {
                app.cards.anvisninger =
                    app.scrolled(Scrollable::Anvisninger, app.cards.anvisninger, action);
            }
            Pane::Anvisninger => {
                let i = nav::step(app.cards.anvisning, action, n_anvisninger, 1);
                app.select_anvisning(i);
            }
        },
        Action::NextPane => app.cards.pane = app.cards.pane.next(),
        Action::PreviousPane => app.cards.pane = app.cards.pane.previous(),
        Action::Open if matches!(app.cards.pane, Pane::List | Pane::Text) => {
            app.cards.pane = Pane::Anvisninger;
        }
        Action::NextCard | Action::PreviousCard => {
            let card = nav::step(app.cards.card, action, chosen_len, 1);
            app.goto_card(card);
        }
        Action::Back => {
            app.screen = Screen::Home;
            let mut effects = app.remember_place();
            effects.push(Effect::List);
            return effects;
        }
        Action::Search => app.push(Overlay::Search(SearchState::default())),
        Action::Summary => {
            app.cards.summary = Scroll::default();
            app.cards.summary_link = 0;
            app.screen = Screen::Summary;
        }
        Action::Read => {
            app.cards.reading = Scroll::default();
            app.screen = Screen::Reading;
        }
        Action::NextOpen => app.next_open(),
        Action::VoteOne
        | Action::VoteCard
        | Action::Tally
        | Action::RevealSaved
        | Action::Park
        | Action::Anonymous
        | Action::Participants => return super::vote::start(app, action),
        Action::LastTime | Action::CarriedActions | Action::CompareLast | Action::Timebox => {
            return super::earlier::start(app, action);
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

/// The reading view: scroll, change card, leave; a card outside the assessment is added
/// with `+`.
pub(super) fn reading(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Back => {
            if app.cards.outside.take().is_some() {
                app.cards.seek = None;
                app.status = None;
            }
            app.screen = Screen::Cards;
        }
        Action::NextCard | Action::PreviousCard => {
            if app.cards.outside.take().is_some() {
                app.status = None;
            }
            let card = nav::step(app.cards.card, action, app.chosen().len(), 1);
            app.goto_card(card);
        }
        Action::AddCard => {
            let Some(id) = app.cards.outside.take() else {
                return super::super::layers::open(app, Context::Cards, Action::PickCards)
                    .unwrap_or_default();
            };
            let seek = app.cards.seek.take();
            let effects = super::super::layers::add_card(app, &id);
            if let Some(card) = app.chosen().iter().position(|g| g.id == id) {
                app.goto_card(card);
                app.cards.seek = seek;
                app.screen = Screen::Cards;
            }
            return effects;
        }
        _ => app.cards.reading = app.scrolled(Scrollable::Reading, app.cards.reading, action),
    }
    Vec::new()
}

impl App {
    /// To another card: its first anvisning, every pane at its top.
    pub(crate) fn goto_card(&mut self, card: usize) {
        let view = &mut self.cards;
        if view.card != card {
            *view = CardView {
                card,
                pane: view.pane,
                ..CardView::default()
            };
        }
    }

    pub(crate) fn select_anvisning(&mut self, i: usize) {
        self.cards.anvisning = i;
        self.cards.anvisninger = self.following(Scrollable::Anvisninger, self.cards.anvisninger);
    }

    /// The next anvisning without a score, after the selected one, on this card or a later one
    /// (round to the start); says so when every one has a score.
    fn next_open(&mut self) {
        // Only bound where an assessment is open.
        let Some(session) = &self.session else {
            return;
        };
        let chosen = self.chosen();
        let places: Vec<(usize, usize)> = chosen
            .iter()
            .enumerate()
            .flat_map(|(c, g)| (0..g.anvisninger.len()).map(move |a| (c, a)))
            .collect();
        if places.is_empty() {
            return;
        }
        let here = places
            .iter()
            .position(|p| *p == (self.cards.card, self.cards.anvisning))
            .unwrap_or(0);
        let open = |&(c, a): &(usize, usize)| {
            let id = &chosen[c].anvisninger[a].id;
            !session
                .assessment
                .answer(id)
                .is_some_and(|x| x.is_assessed())
        };
        let next = places[here + 1..]
            .iter()
            .chain(&places[..=here])
            .copied()
            .find(open);
        match next {
            Some((card, anvisning)) => {
                self.goto_card(card);
                self.cards.pane = Pane::Anvisninger;
                self.select_anvisning(anvisning);
            }
            None => self.set_status(s::NEXT_OPEN_NONE),
        }
    }
}

/// Actions that change the assessment.
fn edit(app: &mut App, action: Action) -> Vec<Effect> {
    if app.session.is_none() {
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
        Action::AddAction => super::super::layers::add_action(app, &id),
        Action::Actions => super::super::layers::open_actions(app, Some(id)),
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
