//! The mouse, for people who do not live in terminals: a click does what the keys to get there
//! would do; the wheel scrolls the pane under the pointer.

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::{App, Overlay, Pane, Screen, Scrollable, Target};

/// Rows one notch of the wheel scrolls.
const WHEEL_ROWS: usize = 3;

pub(super) fn click(app: &mut App, target: Target) -> Vec<Effect> {
    if app.overlay.is_some() {
        return Vec::new();
    }
    app.status = app.status.take().filter(|st| st.error);
    match target {
        Target::Card(i) => {
            app.goto_card(i);
            app.cards.pane = Pane::Anvisninger;
        }
        Target::Pane(pane) => app.cards.pane = pane,
        Target::Question(i) => {
            app.cards.pane = Pane::Questions;
            app.cards.question = i;
            app.cards.questions = app.following(Scrollable::Questions, app.cards.questions);
        }
        Target::Anvisning(i) => {
            app.cards.pane = Pane::Anvisninger;
            app.select_anvisning(i);
        }
        Target::Level(v) => {
            app.cards.pane = Pane::Anvisninger;
            return super::cards::action(app, Action::Score(v));
        }
        Target::SummaryLink(i) => {
            if let Some(link) = app.summary_links().get(i) {
                app.cards.summary_link = i;
                app.open_link(link);
            }
        }
    }
    Vec::new()
}

pub(super) fn wheel(app: &mut App, pane: Scrollable, down: bool) -> Vec<Effect> {
    let action = if down { Action::Down } else { Action::Up };
    for _ in 0..WHEEL_ROWS {
        scroll(app, pane, action);
    }
    Vec::new()
}

/// One row of `pane`, whatever is selected in it.
fn scroll(app: &mut App, pane: Scrollable, action: Action) {
    let view = app.cards.clone();
    match pane {
        Scrollable::CardText => app.cards.text = app.scrolled(pane, view.text, action),
        Scrollable::Questions => app.cards.questions = app.scrolled(pane, view.questions, action),
        Scrollable::Anvisninger => {
            app.cards.anvisninger = app.scrolled(pane, view.anvisninger, action);
        }
        Scrollable::Reading => app.cards.reading = app.scrolled(pane, view.reading, action),
        Scrollable::Summary => app.cards.summary = app.scrolled(pane, view.summary, action),
        Scrollable::Help => {
            if let Some(Overlay::Help(top)) = app.overlay {
                let moved = app.scrolled(pane, super::super::Scroll { top, free: true }, action);
                app.overlay = Some(Overlay::Help(moved.top));
            }
        }
        Scrollable::Movements => {
            if app.screen != Screen::Compare {
                return;
            }
            let Some(top) = app.comparison.as_ref().map(|c| c.scroll) else {
                return;
            };
            let moved = app.scrolled(pane, super::super::Scroll { top, free: true }, action);
            if let Some(c) = &mut app.comparison {
                c.scroll = moved.top;
            }
        }
    }
}
