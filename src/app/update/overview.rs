//! The overview of many teams: arrows move over teams and columns, Enter drills into one
//! guideline (its anvisninger as columns), `s` sorts by the selected column, `o` goes round the
//! orders of the rows (place, team, mean, change), `r` shows legal requirements only, `p` the
//! selected team's principles as bars (Esc: the table again).

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::overview::{Column, RowOrder};
use super::super::{App, Screen};

/// How far a page key moves in the list of teams.
const PAGE: usize = 10;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Overview(view) = &mut app.screen else {
        return Vec::new();
    };
    let columns = view.columns().len();
    // The bars have no columns: the keys that move over them or drill in wait for the table.
    if view.principles && matches!(action, Action::Open | Action::Left | Action::Right) {
        return Vec::new();
    }
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            view.row = nav::step(view.row, action, view.order.len(), PAGE);
        }
        Action::Left => view.column = view.column.saturating_sub(1),
        Action::Right => view.column = (view.column + 1).min(columns.saturating_sub(1)),
        Action::Open => {
            if view.drill.is_none()
                && let Some(Column::Guideline(g)) = view.columns().get(view.column).copied()
            {
                view.drill = Some(g);
                view.column = 0;
                view.sort = None;
                view.reorder();
            }
        }
        Action::Sort => {
            let selected = view.columns().get(view.column).copied();
            view.sort = if view.sort == selected {
                None
            } else {
                selected
            };
            view.reorder();
            // Sorted, the lowest come first: that is where to look.
            if view.sort.is_some() {
                view.row = 0;
            }
        }
        Action::OrderRows => {
            view.sort = None;
            view.order_by = view.order_by.next();
            view.reorder();
            // Lowest or most fallen first: that is where to look.
            if view.order_by != RowOrder::Place {
                view.row = 0;
            }
        }
        Action::Principles => view.principles = !view.principles,
        Action::RequirementsOnly => {
            let selected = view.columns().get(view.column).copied();
            view.requirements_only = !view.requirements_only;
            // Stay on the same column when it is still shown.
            let shown = view.columns();
            view.column = selected
                .and_then(|c| shown.iter().position(|&x| x == c))
                .unwrap_or(0);
            if view.sort.is_some_and(|c| !shown.contains(&c)) {
                view.sort = None;
            }
            view.reorder();
        }
        Action::Back if view.principles => view.principles = false,
        Action::Back => match view.drill.take() {
            Some(g) => {
                view.sort = None;
                view.column = view
                    .columns()
                    .iter()
                    .position(|&c| c == Column::Guideline(g))
                    .unwrap_or(0);
                view.reorder();
            }
            None => {
                app.screen = Screen::Home;
                return vec![Effect::List];
            }
        },
        _ => {}
    }
    Vec::new()
}
