//! `update`: the only place the app's state changes. No I/O: what must touch the disk is returned
//! as an `Effect` for the runner. Key presses are looked up for the context the user is in and
//! handed to that context's module.

mod cards;
mod compare;
mod earlier;
mod form;
mod home;
mod overlay;
mod search;
mod summary;
mod vote;

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::editor::{EditTarget, Editor};
use super::keymap::{Action, Context, lookup};
use super::msg::{Effect, Msg};
use super::{App, CardView, ComparePane, CompareView, Overlay, Screen, Session};
use crate::assessment::{Assessment, NonScore, Score};
use crate::strings as s;
use crate::text::clean_line;

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) if key.kind == KeyEventKind::Press => on_key(app, key),
        Msg::Key(_) => Vec::new(),
        Msg::Paste(text) => overlay::on_paste(app, &text),
        Msg::Tick(now) => {
            app.tick(now);
            Vec::new()
        }
        Msg::Saved(path) => {
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
            Vec::new()
        }
        Msg::Listed(entries) => {
            app.saved = entries;
            app.marked
                .retain(|p| app.saved.iter().any(|e| e.path == *p));
            app.home_selected = app.home_selected.min(app.home_items().len() - 1);
            Vec::new()
        }
        Msg::Opened {
            assessment,
            path,
            read_only,
        } => {
            let path_for_earlier = path.clone();
            app.session = Some(Session {
                assessment: *assessment,
                path: Some(path),
                read_only,
            });
            app.screen = Screen::Cards;
            app.cards = CardView::default();
            app.overlay = None;
            app.status = None;
            let effects = app.reload_earlier(&path_for_earlier);
            if read_only {
                app.set_error(s::READ_ONLY_NOTE);
            } else if app
                .session
                .as_ref()
                .is_some_and(|x| x.assessment.deck.fingerprint != app.deck.fingerprint())
            {
                app.set_status(s::DECK_CHANGED);
            } else {
                vote::on_open(app);
            }
            effects
        }
        Msg::Compared(comparison) => {
            app.comparison = Some(CompareView {
                comparison: *comparison,
                pane: ComparePane::Guidelines,
                guideline: 0,
                anvisning: 0,
                scroll: 0,
            });
            app.screen = Screen::Compare;
            app.overlay = None;
            app.status = None;
            Vec::new()
        }
        Msg::Exported(paths) => {
            let names: Vec<String> = paths
                .iter()
                .map(|p| clean_line(&p.display().to_string()))
                .collect();
            app.set_status(format!("{} {}", s::EXPORTED, names.join(" og ")));
            Vec::new()
        }
        Msg::ExportFailed(e) => {
            app.set_error(format!("{}: {}", s::EXPORT_FAILED, clean_line(&e)));
            Vec::new()
        }
        Msg::EarlierLoaded {
            path,
            assessment,
            fresh,
        } => earlier::loaded(app, path, *assessment, fresh),
        Msg::EarlierFailed(body) => {
            app.overlay = Some(Overlay::Message {
                title: s::EARLIER_FAILED.to_string(),
                body,
            });
            Vec::new()
        }
        Msg::OpenFailed { title, body } => {
            app.overlay = Some(Overlay::Message { title, body });
            Vec::new()
        }
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
    match context {
        Context::Editor if matches!(app.overlay, Some(Overlay::Vote(_))) => {
            vote::key(app, key, action)
        }
        Context::VoteConfirm | Context::VoteCast | Context::VoteTally | Context::VoteReveal => {
            vote::key(app, key, action)
        }
        Context::BuildOn | Context::Carried => earlier::key(app, action),
        Context::Editor => overlay::editor_key(app, key, action),
        Context::Form if matches!(app.overlay, Some(Overlay::Action(_))) => {
            overlay::action_key(app, key, action)
        }
        Context::Form => form::key(app, key, action),
        Context::Search => search::key(app, key, action),
        Context::Overlay => overlay::key(app, action),
        Context::Home
        | Context::Cards
        | Context::Anvisninger
        | Context::Questions
        | Context::Browse
        | Context::Summary
        | Context::Compare => {
            let Some(action) = action else {
                return Vec::new();
            };
            if action == Action::Help {
                app.overlay = Some(Overlay::Help(0));
                return Vec::new();
            }
            // Any further key press has been seen; an old message would only distract.
            app.status = app.status.take().filter(|st| st.error);
            match context {
                Context::Home => home::action(app, action),
                Context::Summary => summary::action(app, action),
                Context::Compare => compare::action(app, action),
                _ => cards::action(app, action),
            }
        }
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
        self.session = Some(Session {
            assessment,
            path: None,
            read_only: false,
        });
        self.screen = Screen::Cards;
        self.cards = CardView::default();
        self.overlay = None;
        self.earlier = None;
        self.offer_build_on();
        vec![Effect::Save]
    }

    /// Every committed change to the assessment passes here (a score, a closed note or action
    /// form), so what must follow each one (the date, pruning, saving, later an undo step) is
    /// written once. Nothing happens without an assessment we may change.
    pub(crate) fn commit_change(&mut self, change: impl FnOnce(&mut Assessment)) -> Vec<Effect> {
        let Some(session) = self.session.as_mut().filter(|s| !s.read_only) else {
            return Vec::new();
        };
        change(&mut session.assessment);
        session.assessment.prune();
        session.assessment.updated = self.today.clone();
        vec![Effect::Save]
    }

    /// Text being typed: already in the assessment, saved within a second. Committed when the
    /// editor or form closes (`commit_change`).
    pub(crate) fn draft_change(&mut self, change: impl FnOnce(&mut Assessment)) -> Vec<Effect> {
        let Some(session) = self.session.as_mut().filter(|s| !s.read_only) else {
            return Vec::new();
        };
        change(&mut session.assessment);
        session.assessment.updated = self.today.clone();
        vec![Effect::SaveSoon]
    }

    /// Leaves, after closing any editor so its text is committed.
    fn quit(&mut self) -> Vec<Effect> {
        let mut effects = self.close_overlay();
        self.quitting = true;
        effects.push(Effect::Quit);
        effects
    }

    /// The only way an overlay goes away: what it holds is committed first.
    fn close_overlay(&mut self) -> Vec<Effect> {
        match self.overlay.take() {
            Some(Overlay::Editor(editor)) => self.finish_edit(*editor),
            Some(Overlay::Action(form)) => {
                let mut bad_date = None;
                let effects = self.commit_change(|a| bad_date = form.close(a));
                if let Some(date) = bad_date {
                    self.set_error(format!("{}: »{}«", s::ACTION_BAD_DATE, clean_line(&date)));
                }
                effects
            }
            Some(Overlay::Vote(view)) => self.finish_round(*view),
            _ => Vec::new(),
        }
    }

    fn finish_edit(&mut self, editor: Editor) -> Vec<Effect> {
        let text = editor.text();
        if editor.target == EditTarget::Timebox && super::editor::parse_minutes(&text).is_none() {
            self.set_error(format!("{}: »{}«", s::TIMEBOX_BAD, clean_line(text.trim())));
        }
        if let EditTarget::Reason { anvisning } = &editor.target
            && text.trim().is_empty()
        {
            // A non-score needs its reason: without one, the draft goes and no score is set.
            let effects = self.commit_change(|a| a.answer_mut(anvisning).reason.clear());
            self.set_status(s::REASON_NEEDED);
            return effects;
        }
        self.commit_change(|a| {
            if let EditTarget::Reason { anvisning } = &editor.target {
                a.answer_mut(anvisning).score = Some(Score::Other(NonScore::NotRelevant));
            }
            editor.target.write(a, text);
        })
    }

    fn open_editor(&mut self, target: EditTarget) -> Vec<Effect> {
        if let Some(session) = &self.session {
            self.overlay = Some(Overlay::Editor(Box::new(Editor::open(
                target,
                &session.assessment,
            ))));
        }
        Vec::new()
    }
}
