//! The mouse, for people who do not live in terminals: a click does what the keys to get there
//! would do; the wheel scrolls the pane under the pointer. On the home screen a click selects an
//! item and a click on the selected one opens it (no double click: `update` has no clock, and a
//! second click reads the same to someone slow with the mouse).

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Pane, Screen, Scroll, Scrollable, Target};

pub(super) fn click(app: &mut App, target: Target) -> Vec<Effect> {
    if app.overlay().is_some() {
        return super::super::layers::click(app, target);
    }
    app.status = app.status.take().filter(|st| st.error);
    match target {
        Target::HomeItem(i) => return home_click(app, i),
        Target::Cell { row, column } => return overview_click(app, Some(row), Some(column)),
        Target::Team(row) => return overview_click(app, Some(row), None),
        Target::Head(column) => return overview_click(app, None, Some(column)),
        _ => {}
    }
    // Targets come from the last frame; the model may have moved on since (queued events).
    let (cards, questions, anvisninger) = {
        let card = app.current_card();
        (
            app.chosen().len(),
            card.map_or(0, |g| g.questions.len()),
            card.map_or(0, |g| g.anvisninger.len()),
        )
    };
    let fits = match target {
        Target::Card(i) => i < cards,
        Target::Question(i) => i < questions,
        Target::Anvisning(i) => i < anvisninger,
        _ => true,
    };
    if !fits {
        return Vec::new();
    }
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
        Target::HomeItem(_) | Target::Cell { .. } | Target::Team(_) | Target::Head(_) => {}
    }
    Vec::new()
}

fn home_click(app: &mut App, i: usize) -> Vec<Effect> {
    // Targets come from the last frame: the screen or the list may have changed since.
    if app.screen != Screen::Home || i >= app.home_items().len() {
        return Vec::new();
    }
    if app.home_selected == i {
        return super::home::action(app, Action::Open);
    }
    app.home_selected = i;
    Vec::new()
}

fn overview_click(app: &mut App, row: Option<usize>, column: Option<usize>) -> Vec<Effect> {
    let Screen::Overview(view) = &mut app.screen else {
        return Vec::new();
    };
    if let Some(row) = row.filter(|&r| r < view.order.len()) {
        view.row = row;
    }
    if let Some(column) = column.filter(|&c| c < view.columns().len()) {
        view.column = column;
    }
    Vec::new()
}

/// A few rows of `pane`, whatever is selected in it.
pub(super) fn wheel(app: &mut App, pane: Scrollable, down: bool) -> Vec<Effect> {
    if app.overlay().is_some() {
        return super::super::layers::wheel(app, pane, down);
    }
    let action = if down { Action::Down } else { Action::Up };
    let by = |app: &App, current: Scroll| nav::wheeled(&app.areas, pane, current, down);
    let view = app.cards.clone();
    match pane {
        Scrollable::Home => {
            if app.screen == Screen::Home {
                let items = app.home_items().len();
                app.home_selected = nav::step(app.home_selected, action, items, 1);
            }
        }
        Scrollable::Teams => {
            if let Screen::Overview(view) = &mut app.screen {
                let page = usize::from(nav::WHEEL_ROWS);
                let paged = if down {
                    Action::PageDown
                } else {
                    Action::PageUp
                };
                view.row = nav::step(view.row, paged, view.order.len(), page);
            }
        }
        Scrollable::CardText => app.cards.text = by(app, view.text),
        Scrollable::Questions => app.cards.questions = by(app, view.questions),
        Scrollable::Anvisninger => app.cards.anvisninger = by(app, view.anvisninger),
        Scrollable::Reading => app.cards.reading = by(app, view.reading),
        Scrollable::Summary => app.cards.summary = by(app, view.summary),
        // A layer's pane: answered above while it is open.
        Scrollable::Help => {}
        Scrollable::Drill => {
            let areas = &app.areas;
            if let Screen::Drill(view) = &mut app.screen {
                view.scroll = nav::wheeled(areas, pane, view.scroll, down);
            }
        }
        Scrollable::Movements => {
            let top = match (&app.comparison, &app.screen) {
                (Some(c), Screen::Compare) => c.scroll,
                _ => return Vec::new(),
            };
            let moved = by(app, Scroll { top, free: true });
            if let Some(c) = &mut app.comparison {
                c.scroll = moved.top;
            }
        }
        Scrollable::CompareAnvisninger => {
            let current = match (&app.comparison, &app.screen) {
                (Some(c), Screen::Compare) => c.anvisninger,
                _ => return Vec::new(),
            };
            let moved = by(app, current);
            if let Some(c) = &mut app.comparison {
                c.anvisninger = moved;
            }
        }
    }
    Vec::new()
}
