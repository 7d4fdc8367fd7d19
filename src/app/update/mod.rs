//! `update`: the only place the app's state changes. No I/O: what must touch the disk is returned
//! as an `Effect` for the runner. Key presses are looked up for the context the user is in and
//! handed to that context's module.

mod cards;
mod compare;
mod earlier;
pub(super) mod form;
mod home;
mod mouse;
mod overview;
mod summary;
mod undo;
pub(super) mod vote;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::keymap::{Action, Context};
use super::keys::{edits, lookup};
use super::msg::{Effect, Msg};
use super::{App, CardView, ComparePane, CompareView, Edit, Overlay, Screen, Session};
use crate::assessment::Assessment;
use crate::strings as s;
use crate::text::clean_line;

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let screen = std::mem::discriminant(&app.screen);
    let said = app.status.clone();
    let effects = handle(app, msg);
    // A message belongs to the screen it was said on: moving to another lets an old one go (a
    // warning from the cards is no help on the home screen). One said on the way (where a file
    // went) stays, and so does a failed save's until a save succeeds.
    if std::mem::discriminant(&app.screen) != screen
        && said.is_some()
        && app.status == said
        && app.save_error.is_none()
    {
        app.status = None;
    }
    effects
}

fn handle(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) if key.kind == KeyEventKind::Press => on_key(app, key),
        Msg::Key(_) => Vec::new(),
        Msg::Paste(text) => paste(app, &text),
        Msg::Tick(now) => {
            // The clock shows whole minutes: only a new one is worth a frame.
            let shown = app.timebox();
            app.tick(now);
            if app.timebox() == shown {
                Vec::new()
            } else {
                vec![Effect::Redraw]
            }
        }
        Msg::Saved(path) => {
            if app.save_error.take().is_some() {
                app.quit_unsaved = false;
                app.set_status(s::SAVED_AGAIN);
            }
            if let Some(session) = &mut app.session
                && session.path.is_none()
            {
                app.status = Some(super::Status {
                    text: format!(
                        "{} {}",
                        s::SAVED_AT,
                        clean_line(&path.display().to_string())
                    ),
                    error: false,
                });
                session.path = Some(path);
            }
            Vec::new()
        }
        Msg::SaveFailed(e) => {
            app.set_error(format!("{}: {}", s::SAVE_FAILED, clean_line(&e)));
            app.save_error = Some(e);
            Vec::new()
        }
        Msg::SavedCopy { path, why } => {
            app.save_error = None;
            app.quit_unsaved = false;
            // The copy's name last and whole: the status line keeps its end when it is
            // shortened (from the middle), and the name is what the team must find.
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let mut why = clean_line(&why);
            if let Some(first) = why.chars().next() {
                why.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
            }
            app.set_error(format!("{why}. {} {}", s::SAVED_COPY, clean_line(&name)));
            if let Some(session) = &mut app.session {
                session.path = Some(path);
            }
            Vec::new()
        }
        Msg::QuitBlocked => {
            app.quitting = false;
            app.quit_unsaved = true;
            let why = app.save_error.clone().unwrap_or_default();
            app.push(Overlay::Message {
                title: s::QUIT_BLOCKED_TITLE.to_string(),
                body: format!("{}\n\n{}", s::QUIT_BLOCKED_BODY, clean_line(&why)),
            });
            Vec::new()
        }
        Msg::Listed(entries) => {
            app.listing = None;
            app.saved = entries;
            app.alike.clear();
            let saved = std::mem::take(&mut app.saved);
            app.count_alike(&saved);
            app.saved = saved;
            app.marked
                .retain(|p| app.saved.iter().any(|e| e.path == *p));
            app.home_selected = app.home_selected.min(app.home_items().len() - 1);
            Vec::new()
        }
        Msg::ListStarted { total } => {
            app.listing = Some((0, total));
            app.saved.clear();
            app.alike.clear();
            app.home_selected = app.home_selected.min(app.home_items().len() - 1);
            Vec::new()
        }
        Msg::ListBatch(entries) => {
            home::add_listed(app, entries);
            Vec::new()
        }
        Msg::ListUnreadable(why) => {
            app.listing = None;
            app.saved.clear();
            app.alike.clear();
            app.home_selected = app.home_selected.min(app.home_items().len() - 1);
            app.set_error(why);
            Vec::new()
        }
        Msg::ListDone => {
            app.listing = None;
            app.marked
                .retain(|p| app.saved.iter().any(|e| e.path == *p));
            Vec::new()
        }
        Msg::Opened {
            assessment,
            path,
            read_only,
        } => {
            let rename = app.rename_on_open.take().is_some_and(|p| p == path);
            let mut closed = app.close_all();
            let path_for_earlier = path.clone();
            app.session = Some(Session::new(*assessment, Some(path), read_only.is_some()));
            app.screen = Screen::Cards;
            app.cards = CardView::default();
            if let Some(place) = app
                .session
                .as_ref()
                .and_then(|s| s.assessment.place.clone())
            {
                app.go_to_place(&place);
            }
            app.status = None;
            app.save_error = None;
            app.quit_unsaved = false;
            closed.extend(app.reload_earlier(&path_for_earlier));
            let effects = closed;
            if rename {
                // Asked to rename, not to open: the form stays on the home screen.
                app.screen = Screen::Home;
            }
            if let Some(why) = &read_only
                && rename
            {
                // Say that the renaming is what is refused.
                app.set_error(format!("{} {}", s::RENAME_REFUSED, clean_line(why)));
                return effects;
            }
            if let Some(why) = read_only {
                app.set_error(why);
            } else if app
                .session
                .as_ref()
                .is_some_and(|x| x.assessment.deck.fingerprint != app.deck.fingerprint())
            {
                app.set_status(s::DECK_CHANGED);
            } else {
                vote::on_open(app);
            }
            if rename {
                let mut effects = effects;
                effects.extend(super::layers::open_team_on_home(app));
                return effects;
            }
            effects
        }
        Msg::Compared(comparison) => {
            let effects = app.close_all();
            let on = app.compare_on.take();
            let row = on
                .as_ref()
                .and_then(|(card, _)| comparison.guidelines.iter().position(|g| &g.id == card));
            let anvisning = on
                .as_ref()
                .zip(row)
                .and_then(|((_, id), row)| {
                    comparison.guidelines[row]
                        .anvisninger
                        .iter()
                        .position(|a| &a.id == id)
                })
                .unwrap_or(0);
            app.comparison = Some(CompareView {
                comparison: *comparison,
                pane: ComparePane::Guidelines,
                guideline: row.unwrap_or(0),
                anvisning,
                scroll: 0,
                anvisninger: super::Scroll::default(),
            });
            app.screen = Screen::Compare;
            app.status = None;
            effects
        }
        Msg::OverviewRead { overview, folder } => {
            let effects = app.close_all();
            // Files left out change every figure: they are said at once, not only counted.
            if let Some(message) = unreadable_message(&overview) {
                app.push(message);
            }
            app.screen = Screen::Overview(Box::new(super::OverviewView::new(*overview, folder)));
            app.status = None;
            effects
        }
        Msg::Exported(paths) => {
            super::layers::exported(app, &paths);
            Vec::new()
        }
        Msg::ExportFailed(e) => {
            app.set_error(format!("{}: {}", s::EXPORT_FAILED, clean_line(&e)));
            Vec::new()
        }
        Msg::Discarded { from, to } => {
            // The file is gone from the store: a session still on it must not write it back.
            if app
                .session
                .as_ref()
                .is_some_and(|s| s.path.as_ref() == Some(&from))
            {
                app.session = None;
            }
            app.marked.retain(|p| *p != from);
            app.set_status(format!(
                "{} {}",
                s::HOME_DISCARDED,
                clean_line(&to.display().to_string())
            ));
            vec![Effect::List]
        }
        Msg::DiscardFailed(e) => {
            app.set_error(format!("{}: {}", s::HOME_DISCARD_FAILED, clean_line(&e)));
            vec![Effect::List]
        }
        Msg::EarlierLoaded {
            path,
            assessment,
            fresh,
        } => earlier::loaded(app, path, *assessment, fresh),
        Msg::EarlierFailed(body) => {
            app.push(Overlay::Message {
                title: s::EARLIER_FAILED.to_string(),
                body,
            });
            Vec::new()
        }
        Msg::OpenFailed { title, body } => {
            // A rename asked for on the home screen is not carried over to a later open.
            app.rename_on_open = None;
            app.push(Overlay::Message { title, body });
            Vec::new()
        }
        Msg::ProgressRead(progress) => {
            app.practice = Some(Ok(super::drill::due_today(app, &progress)));
            Vec::new()
        }
        Msg::ProgressUnreadable(why) => {
            app.practice = Some(Err(why));
            Vec::new()
        }
        Msg::DrillReady { progress, card } => super::drill::start(app, progress, card),
        Msg::DrillRecorded { count, progress } => {
            super::drill::recorded(app, count, &progress);
            Vec::new()
        }
        Msg::DrillRecordFailed(why) => {
            app.set_error(format!("{}: {}", s::DRILL_NOT_SAVED, clean_line(&why)));
            Vec::new()
        }
        Msg::Click(target) => mouse::click(app, target),
        Msg::Scroll { pane, down } => mouse::wheel(app, pane, down),
    }
}

/// A key that means nothing here, but something nearby: say where it works.
fn why_not(app: &App, context: Context, key: &KeyEvent) -> Option<&'static str> {
    let max = app.deck.max_level();
    let elsewhere = lookup(Context::Anvisninger, key, max);
    let edits = matches!(
        elsewhere,
        Some(
            Action::Score(_)
                | Action::Note
                | Action::NotRelevant
                | Action::Unknown
                | Action::Focus
                | Action::AddAction
                | Action::Actions
                | Action::Clear
        )
    );
    let arrows = matches!(key.code, KeyCode::Left | KeyCode::Right);
    match context {
        Context::Cards | Context::Questions | Context::Anvisninger if arrows => Some(s::WHY_ARROWS),
        Context::Cards | Context::Questions if edits => Some(if app.can_edit() {
            s::WHY_IN_ANVISNINGER
        } else if app.session.is_some() {
            s::READ_ONLY_NOTE
        } else {
            s::WHY_BROWSING
        }),
        Context::Browse if edits => Some(s::WHY_BROWSING),
        _ => None,
    }
}

/// A paste goes to the round or the new-assessment form (their logic is here), or else to the
/// layers (`layers::paste`: the layer on top, or word that pasting does not work here).
fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    match app.overlay() {
        Some(Overlay::Vote(_)) => vote::paste(app, &crate::text::clean_input(text)),
        // A one-line field takes a pasted paragraph as one line.
        None if app.screen == Screen::New => {
            form::paste(app, &crate::text::clean_input(text).replace('\n', " "));
            Vec::new()
        }
        _ => super::layers::paste(app, text),
    }
}

/// One match on where the user is; Ctrl+Q (and `q` where letters are commands) leaves from
/// anywhere, so it is answered before any context sees the key.
fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let context = app.context();
    let action = lookup(context, &key, app.deck.max_level());
    if action == Some(Action::Quit) {
        return app.quit();
    }
    // The read-only gate, for every place at once.
    let read_only = app.session.as_ref().is_some_and(|s| s.read_only);
    if read_only && action.is_some_and(|a| edits(context, a)) {
        // The reason it opened read-only stays on the line until something else is said.
        if !app.status.as_ref().is_some_and(|st| st.error) {
            app.set_error(s::READ_ONLY_NOTE);
        }
        return Vec::new();
    }
    // The layer on top takes the key; without one, the screen does.
    if app.overlay().is_some() {
        // The round's logic is here (vote.rs); `?` over it opens the help like over any layer.
        if matches!(app.overlay(), Some(Overlay::Vote(_))) && action != Some(Action::Help) {
            return vote::key(app, key, action);
        }
        return super::layers::key(app, key, action);
    }
    match context {
        Context::Form => form::key(app, key, action),
        Context::Reading
        | Context::Home
        | Context::Cards
        | Context::Anvisninger
        | Context::Questions
        | Context::Browse
        | Context::Summary
        | Context::Compare
        | Context::Overview
        | Context::DrillLovkrav
        | Context::DrillGuideline
        | Context::DrillTurn
        | Context::DrillRate
        | Context::DrillEnd => {
            let Some(action) = action else {
                if matches!(app.screen, Screen::Drill(_)) {
                    return super::drill::on(app, &key, None);
                }
                if let Some(why) = why_not(app, context, &key) {
                    app.set_status(why);
                }
                return Vec::new();
            };
            if let Some(effects) = super::layers::open(app, context, action) {
                return effects;
            }
            if matches!(app.screen, Screen::Drill(_)) {
                return super::drill::on(app, &key, Some(action));
            }
            // Any further key press has been seen; an old message would only distract.
            app.status = app.status.take().filter(|st| st.error);
            match context {
                _ if matches!(action, Action::Undo | Action::Redo) => undo::action(app, action),
                Context::Home => home::action(app, action),
                Context::Summary => summary::action(app, action),
                Context::Compare => compare::action(app, action),
                Context::Reading => cards::reading(app, action),
                Context::Overview => overview::action(app, action),
                _ => cards::action(app, action),
            }
        }
        // A layer's context: answered by `layer::key` above.
        _ => Vec::new(),
    }
}

impl App {
    /// Starts a new assessment on its first chosen card, first anvisning selected.
    pub fn start_assessment(
        &mut self,
        team: &str,
        participants: Vec<String>,
        cards: Vec<String>,
    ) -> Vec<Effect> {
        let assessment = Assessment::new(&self.deck, team, participants, cards, &self.today);
        self.session = Some(Session::new(assessment, None, false));
        self.screen = Screen::Cards;
        self.cards = CardView::default();
        let mut effects = self.close_all();
        self.earlier = None;
        self.offer_build_on();
        effects.push(Effect::Save);
        effects
    }

    /// Every committed change to the assessment passes here (a score, a closed note or action
    /// form), so what must follow each one (the undo step, the date and pruning in
    /// `Session::commit`; the kept place and saving here) is written once. Nothing happens
    /// without an assessment we may change.
    pub(crate) fn commit_change(&mut self, change: impl FnOnce(&mut Assessment)) -> Vec<Effect> {
        let Some(session) = self.session.as_mut() else {
            return Vec::new();
        };
        if !session.commit(&self.today, change) {
            return Vec::new();
        }
        self.remember_place();
        vec![Effect::Save]
    }

    /// Keeps where the team is in the assessment, so the next `open` returns there. Not a
    /// change to what the team said: the date stays, and the file is not written for it (a
    /// visit changes nothing); the next real change writes it, and until then the runner keeps
    /// it outside the file (`Effect::KeepPlace`).
    pub(crate) fn remember_place(&mut self) -> Vec<Effect> {
        let place = self.place();
        let Some(session) = self.session.as_mut().filter(|s| !s.read_only) else {
            return Vec::new();
        };
        if place.is_none() || session.assessment.place == place {
            return Vec::new();
        }
        session.assessment.place = place;
        vec![Effect::KeepPlace]
    }

    /// Text being typed: already in the assessment, saved within a second. Committed when the
    /// editor or form closes (`commit_change`).
    pub(crate) fn draft_change(&mut self, change: impl FnOnce(&mut Assessment)) -> Vec<Effect> {
        let drafted = self
            .session
            .as_mut()
            .is_some_and(|session| session.draft(&self.today, change));
        if drafted {
            vec![Effect::SaveSoon]
        } else {
            Vec::new()
        }
    }

    /// True (and the user is told why) when the open assessment's last save failed, so it must
    /// not be put away for another one yet.
    pub(crate) fn unsaved_blocks_leaving(&mut self) -> bool {
        let Some(why) = self.save_error.clone() else {
            return false;
        };
        self.push(Overlay::Message {
            title: s::QUIT_BLOCKED_TITLE.to_string(),
            body: format!("{}\n\n{}", s::OPEN_BLOCKED, clean_line(&why)),
        });
        true
    }

    /// Leaves, after closing every layer so what they hold is committed. The runner saves
    /// first; when that fails the app stays and says so (`Msg::QuitBlocked`), and only a second
    /// quit leaves without the save.
    fn quit(&mut self) -> Vec<Effect> {
        let mut effects = self.close_all();
        effects.extend(self.remember_place());
        // Drill answers a failed save left waiting get one more try on the way out.
        if !self.practice_unsaved.is_empty() {
            effects.push(super::drill::record(self));
        }
        self.quitting = true;
        effects.push(if self.quit_unsaved {
            Effect::QuitUnsaved
        } else {
            Effect::Quit
        });
        effects
    }

    /// The only way a layer goes away: the top one is taken off and what it holds committed;
    /// the layer below it, if any, is back on top.
    pub(crate) fn close_overlay(&mut self) -> Vec<Effect> {
        let effects = match self.layers.pop() {
            Some(layer) => super::layers::close(self, layer),
            None => Vec::new(),
        };
        // An action list under the closed layer may have lost its selected row.
        if let (Some(Overlay::Actions(list)), Some(session)) =
            (self.layers.last_mut(), &self.session)
        {
            list.clamp(&session.assessment);
        }
        effects
    }

    /// Moves the top layer off the stack to work on it by value. The caller puts it back with
    /// `push`, or closes it through that layer's own commit (a round's `finish_round`).
    fn take_top(&mut self) -> Option<Overlay> {
        self.layers.pop()
    }

    /// What a one-line field did with a key or a paste, said where it needs saying: `None`
    /// when the key was not the field's, else whether the text changed.
    pub(crate) fn edited(&mut self, edit: Edit) -> Option<bool> {
        super::limit::edited(&mut self.status, edit)
    }

    /// Closes every layer, top first, each through `close_overlay`.
    pub(crate) fn close_all(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        while !self.layers.is_empty() {
            effects.extend(self.close_overlay());
        }
        effects
    }
}

/// The files an overview could not read, as a message to read before the numbers; `None`
/// when every file was read.
fn unreadable_message(o: &crate::aggregate::Overview) -> Option<Overlay> {
    const SHOWN: usize = 20;
    if o.unreadable.is_empty() {
        return None;
    }
    let mut body = s::overview_unreadable_lead(o.unreadable.len());
    for p in o.unreadable.iter().take(SHOWN) {
        body.push_str(&format!(
            "\n\n{}\n  {}",
            clean_line(&p.file),
            clean_line(&p.reason)
        ));
    }
    if o.unreadable.len() > SHOWN {
        body.push_str(&format!(
            "\n\n{}",
            s::overview_unreadable_more(o.unreadable.len() - SHOWN)
        ));
    }
    Some(Overlay::Message {
        title: s::OVERVIEW_UNREADABLE_TITLE.to_string(),
        body,
    })
}
