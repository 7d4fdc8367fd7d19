//! The overview of many teams: arrows move over teams and columns, Enter drills into one
//! guideline (its anvisninger as columns), `s` sorts by the selected column, `r` shows legal
//! requirements only. Also the folder prompt that comes before it.

use ratatui::crossterm::event::KeyEvent;

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::overview::Column;
use super::super::{App, Overlay, Screen};

/// How far a page key moves in the list of teams.
const PAGE: usize = 10;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Overview(view) = &mut app.screen else {
        return Vec::new();
    };
    let columns = view.columns().len();
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

/// The folder prompt: typing edits the path, Enter reads it (empty: the store), Esc closes.
pub(super) fn folder_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let Some(Overlay::Folder(text)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match (action, key.code) {
        (Some(Action::Back), _) => return app.close_overlay(),
        (Some(Action::ReadFolder), _) => {
            let folder = text.text().trim();
            let dir = (!folder.is_empty()).then(|| std::path::PathBuf::from(folder));
            let mut effects = app.close_overlay();
            app.set_status(crate::strings::OVERVIEW_READING);
            effects.push(Effect::Overview(dir));
            return effects;
        }
        _ => {
            let edit = text.key(&key);
            app.edited(edit);
        }
    }
    Vec::new()
}

/// Pasted text lands in the folder prompt as one line. Control characters are dropped, not
/// replaced: a path with a stray escape in it would name no folder.
pub(super) fn folder_paste(app: &mut App, pasted: &str) {
    if let Some(Overlay::Folder(text)) = app.layers.last_mut() {
        let line: String = pasted
            .chars()
            .filter(|&c| !crate::text::is_unsafe(c) && c != '\n')
            .collect();
        let edit = text.paste(&line);
        app.edited(edit);
    }
}
