//! The compare screen: guidelines side by side, one guideline's anvisninger, what moved.

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, ComparePane, Screen, Scroll, Scrollable};

/// How far a page key moves in the compare screen's lists.
const LIST_PAGE: usize = 5;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(view) = &mut app.comparison else {
        app.screen = Screen::Home;
        return vec![Effect::List];
    };
    let rows = view.comparison.guidelines.len();
    let anvisninger = view
        .comparison
        .guidelines
        .get(view.guideline)
        .map_or(0, |g| g.anvisninger.len());
    let moves = action.moves();
    match (action, view.pane) {
        (_, ComparePane::Guidelines) if moves => {
            view.guideline = nav::step(view.guideline, action, rows, LIST_PAGE);
            view.anvisning = 0;
            view.anvisninger = Scroll::default();
        }
        (Action::NextCard | Action::PreviousCard, _) => {
            view.guideline = nav::step(view.guideline, action, rows, LIST_PAGE);
            view.anvisning = 0;
            view.anvisninger = Scroll::default();
        }
        (Action::PageUp | Action::PageDown, ComparePane::Anvisninger) => {
            let current = view.anvisninger;
            let moved = app.scrolled(Scrollable::CompareAnvisninger, current, action);
            if let Some(view) = &mut app.comparison {
                view.anvisninger = moved;
            }
        }
        (_, ComparePane::Anvisninger) if moves => {
            view.anvisning = nav::step(view.anvisning, action, anvisninger, 1);
            let current = view.anvisninger;
            let moved = app.following(Scrollable::CompareAnvisninger, current);
            if let Some(view) = &mut app.comparison {
                view.anvisninger = moved;
            }
        }
        (_, ComparePane::Movements) if moves => {
            let scroll = Scroll {
                top: view.scroll,
                free: true,
            };
            let top = app.scrolled(Scrollable::Movements, scroll, action).top;
            if let Some(view) = &mut app.comparison {
                view.scroll = top;
            }
        }
        (Action::Open, ComparePane::Guidelines) => {
            view.pane = ComparePane::Anvisninger;
            view.anvisning = 0;
            view.anvisninger = Scroll::default();
        }
        (Action::NextPane, _) => {
            view.pane = match view.pane {
                ComparePane::Guidelines => ComparePane::Anvisninger,
                ComparePane::Anvisninger => ComparePane::Movements,
                ComparePane::Movements => ComparePane::Guidelines,
            };
        }
        (Action::PreviousPane, _) => {
            view.pane = match view.pane {
                ComparePane::Guidelines => ComparePane::Movements,
                ComparePane::Anvisninger => ComparePane::Guidelines,
                ComparePane::Movements => ComparePane::Anvisninger,
            };
        }
        (Action::Back, ComparePane::Anvisninger | ComparePane::Movements) => {
            view.pane = ComparePane::Guidelines;
        }
        (Action::Back, ComparePane::Guidelines) => {
            app.screen = Screen::Home;
            return vec![Effect::List];
        }
        _ => {}
    }
    Vec::new()
}
