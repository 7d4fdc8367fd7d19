//! The home screen: start, browse, open, mark two or more for comparison.

use super::super::form::NewForm;
use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, CardView, HomeItem, Overlay, Pane, Screen, SearchState};
use crate::strings as s;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let items = app.home_items();
    let selected = items[app.home_selected.min(items.len() - 1)];
    // Starting or browsing puts the open assessment away: not while its last save failed.
    // (Opening a saved one is checked by the runner, which saves the open one first.)
    let leaves = match action {
        Action::Search => true,
        Action::Open => matches!(selected, HomeItem::New | HomeItem::Browse),
        _ => false,
    };
    if leaves && app.unsaved_blocks_leaving() {
        return Vec::new();
    }
    match action {
        Action::Up | Action::Down => {
            app.home_selected = nav::step(app.home_selected, action, items.len(), 1);
        }
        Action::Search => {
            browse(app);
            app.overlay = Some(Overlay::Search(SearchState::default()));
        }
        Action::Toggle => {
            if let HomeItem::Saved(i) = selected {
                let path = app.saved[i].path.clone();
                match app.marked.iter().position(|p| *p == path) {
                    Some(at) => {
                        app.marked.remove(at);
                    }
                    None if app.saved[i].problem.is_none() => app.marked.push(path),
                    None => {}
                }
            }
        }
        Action::Compare => {
            if app.marked.len() < 2 {
                app.set_status(s::COMPARE_NEED_TWO);
                return Vec::new();
            }
            return vec![Effect::Compare(app.marked.clone())];
        }
        Action::Open => match selected {
            HomeItem::New => {
                app.form = NewForm::new("");
                app.screen = Screen::New;
            }
            HomeItem::Browse => browse(app),
            HomeItem::Help => app.overlay = Some(Overlay::Help(0)),
            HomeItem::Saved(i) => {
                let entry = &app.saved[i];
                match &entry.problem {
                    Some(problem) => {
                        app.overlay = Some(Overlay::Message {
                            title: s::HOME_UNREADABLE.to_string(),
                            body: problem.clone(),
                        });
                    }
                    None => return vec![Effect::Open(entry.path.clone())],
                }
            }
        },
        _ => {}
    }
    Vec::new()
}

/// The whole deck without an assessment, starting on the first card's text.
fn browse(app: &mut App) {
    app.session = None;
    app.screen = Screen::Cards;
    app.cards = CardView {
        pane: Pane::Text,
        ..CardView::default()
    };
}
