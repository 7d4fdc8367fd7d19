//! The home screen: start, browse, open, mark two or more for comparison.

use super::super::form::NewForm;
use super::super::keymap::Action;
use super::super::msg::{Effect, SavedEntry};
use super::super::nav;
use super::super::{App, CardView, Confirm, HomeItem, Overlay, Pane, Pending, Screen, SearchState};
use crate::report::danish_date;
use crate::strings as s;
use crate::text::clean_line;

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let items = app.home_items();
    // "Fortsæt" is its saved row's shortcut: every action treats it as that row.
    let selected = match items[app.home_selected.min(items.len() - 1)] {
        HomeItem::Continue(i) => HomeItem::Saved(i),
        item => item,
    };
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
            app.push(Overlay::Search(SearchState::default()));
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
        Action::Overview => app.push(Overlay::folder_prompt()),
        Action::Compare => {
            if app.marked.len() < 2 {
                app.set_status(s::COMPARE_NEED_TWO);
                return Vec::new();
            }
            return vec![Effect::Compare(app.marked.clone())];
        }
        Action::Team | Action::Delete => {
            let HomeItem::Saved(i) = selected else {
                app.set_status(s::HOME_PICK_SAVED);
                return Vec::new();
            };
            let entry = &app.saved[i];
            if action == Action::Team {
                if let Some(problem) = &entry.problem {
                    app.push(Overlay::Message {
                        title: s::HOME_UNREADABLE.to_string(),
                        body: problem.clone(),
                    });
                    return Vec::new();
                }
                app.rename_on_open = Some(entry.path.clone());
                return vec![Effect::Open(entry.path.clone())];
            }
            let name = clean_line(&row_name(entry));
            app.push(Overlay::Confirm(Confirm {
                question: format!("{} {name}? {}", s::HOME_DELETE_ASK, s::HOME_DELETE_TAIL),
                pending: Pending::DeleteAssessment(entry.path.clone()),
            }));
        }
        Action::Open => match selected {
            HomeItem::New => {
                app.form = NewForm::new("");
                app.screen = Screen::New;
            }
            HomeItem::Browse => browse(app),
            HomeItem::Overview => app.push(Overlay::folder_prompt()),
            HomeItem::Practice => return vec![Effect::StartDrill(None)],
            HomeItem::Help => app.push(Overlay::help(super::super::Context::Home)),
            HomeItem::Saved(i) | HomeItem::Continue(i) => {
                let entry = &app.saved[i];
                match &entry.problem {
                    Some(problem) => {
                        app.push(Overlay::Message {
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

/// Entries read in the background join the list in its order (see `App::saved`); the
/// selection stays on the item it was on.
pub(super) fn add_listed(app: &mut App, entries: Vec<SavedEntry>) {
    let items = app.home_items();
    let before = items.get(app.home_selected).copied();
    let selected = match before {
        Some(HomeItem::Saved(i)) => Some(app.saved[i].path.clone()),
        _ => None,
    };
    if let Some((read, _)) = &mut app.listing {
        *read += entries.len();
    }
    app.count_alike(&entries);
    fn readable(e: &SavedEntry) -> Option<&str> {
        e.problem.is_none().then_some(e.updated.as_str())
    }
    // `Some` (readable) before `None`, newer dates first: compare reversed.
    fn order(a: &SavedEntry, b: &SavedEntry) -> std::cmp::Ordering {
        readable(b)
            .cmp(&readable(a))
            .then_with(|| a.path.cmp(&b.path))
    }
    // The list is in order already: sort the batch and merge, so a batch costs the length of
    // the list, not a sort of it (100,000 files arrive in 400 batches).
    let mut entries = entries;
    entries.sort_by(order);
    let old = std::mem::take(&mut app.saved);
    let mut merged = Vec::with_capacity(old.len() + entries.len());
    let (mut a, mut b) = (old.into_iter().peekable(), entries.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if order(y, x).is_lt() => b.next(),
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some(entry) => merged.push(entry),
            None => break,
        }
    }
    app.saved = merged;
    if let Some(path) = selected
        && let Some(i) = app.saved.iter().position(|e| e.path == path)
    {
        app.home_selected = app
            .home_items()
            .iter()
            .position(|item| *item == HomeItem::Saved(i))
            .unwrap_or(app.home_selected);
    } else if let Some(
        item @ (HomeItem::Browse | HomeItem::Practice | HomeItem::Overview | HomeItem::Help),
    ) = before
    {
        // Moved to a fixed item while the list was read: it stays there when "Fortsæt" comes.
        // On the first item (where home starts) the selection becomes "Fortsæt".
        app.home_selected = app
            .home_items()
            .iter()
            .position(|i| *i == item)
            .unwrap_or(app.home_selected);
    }
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

/// How a saved assessment is named in a question: its team, when it was last changed and its
/// file (two of one team and day differ only there); just the file when it cannot be read.
fn row_name(entry: &SavedEntry) -> String {
    let file = entry
        .path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if entry.problem.is_some() || entry.team.is_empty() {
        return file;
    }
    format!(
        "»{} · {} {}« ({file})",
        entry.team,
        s::HOME_UPDATED,
        danish_date(&entry.updated)
    )
}
