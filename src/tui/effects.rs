//! What the runner does for `update`: each effect (save now or soon, list, open, compare,
//! export, discard, read an earlier assessment), the lock of the open file, and saving it
//! (a new file of its own, or through its lock; a copy when the lock was lost).

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{Runner, TYPING_SAVE_DELAY, background, guard};
use crate::app::{App, Effect, Msg};
use crate::assessment::Assessment;
use crate::compare::{column_labels, compare};
use crate::store::{Links, Lock, Locked, Store, StoreError};

impl Runner {
    pub(super) fn run_effect(&mut self, app: &mut App, effect: Effect) {
        match effect {
            Effect::Save => {
                self.save(app);
            }
            Effect::KeepPlace => self.keep_place(app),
            Effect::Redraw => self.redraw = true,
            Effect::SaveSoon => {
                self.save_due = Some(Instant::now() + TYPING_SAVE_DELAY);
                self.keep_pending(app);
            }
            Effect::Quit => {
                if !self.flush(app) {
                    self.tell(app, Msg::QuitBlocked);
                }
            }
            Effect::QuitUnsaved => {
                self.flush(app);
            }
            Effect::Compare(paths) => {
                let msg = compare_files(&paths, app);
                self.tell(app, msg);
            }
            Effect::Export(folder) => {
                self.flush(app);
                let written = match &app.session {
                    Some(session) => crate::store::write_minutes(
                        &session.assessment,
                        session.path.as_deref(),
                        &app.deck,
                        &folder,
                    ),
                    None => Ok(Vec::new()),
                };
                let msg = match written {
                    Ok(paths) => Msg::Exported(paths),
                    Err(e) => Msg::ExportFailed(e),
                };
                self.tell(app, msg);
            }
            Effect::Discard(path) => {
                self.flush(app);
                // Our own lock on it (the assessment was open before going home) goes
                // first, or the move would be refused as if another refleks had it.
                {
                    let mut held = guard::hold(&self.shared);
                    if held.lock.as_ref().is_some_and(|l| l.path() == path) {
                        held.lock = None;
                        held.pending = None;
                    }
                }
                let msg = match self.store.discard(&path) {
                    Ok(to) => Msg::Discarded { from: path, to },
                    Err(e) => Msg::DiscardFailed(e),
                };
                self.tell(app, msg);
            }
            Effect::Overview(dir) => {
                let dir = dir.unwrap_or_else(|| self.store.dir().to_path_buf());
                self.overview = Some(background::OverviewReading::start(dir, app.deck.clone()));
            }
            Effect::List => {
                // A reading already under way is dropped, and so stops.
                self.listing = Some(background::Listing::start(
                    self.store.clone(),
                    app.deck.clone(),
                ));
            }
            Effect::LoadEarlier { path, fresh } => {
                let msg = match Store::load_for(&path, &app.deck) {
                    Ok(assessment) => Msg::EarlierLoaded {
                        path,
                        assessment: Box::new(assessment),
                        fresh,
                    },
                    Err(e) => Msg::EarlierFailed(e.plain()),
                };
                self.tell(app, msg);
            }
            Effect::Open(path) => {
                // The assessment open now is written before another takes its place.
                if !self.flush(app) {
                    // The failed save's reply says why.
                    self.answer(app);
                    let why = app.save_error.clone().unwrap_or_default();
                    self.tell(
                        app,
                        Msg::OpenFailed {
                            title: crate::strings::QUIT_BLOCKED_TITLE.to_string(),
                            body: format!("{}\n\n{why}", crate::strings::OPEN_BLOCKED),
                        },
                    );
                    return;
                }
                // Our own lock on this very file (opened before going home) goes first, or it
                // would open read-only as if another refleks had it.
                {
                    let mut held = guard::hold(&self.shared);
                    let same = std::fs::canonicalize(&path).ok();
                    if held
                        .lock
                        .as_ref()
                        .is_some_and(|l| Some(l.target()) == same.as_deref())
                    {
                        held.lock = None;
                        held.pending = None;
                    }
                }
                let msg = match Store::load_locked(&path, Links::Refuse, &app.deck) {
                    Ok((mut assessment, lock)) => {
                        self.recall_place(&mut assessment, &lock);
                        let read_only = self.install_lock(&path, lock);
                        Msg::Opened {
                            assessment: Box::new(assessment),
                            path,
                            read_only,
                        }
                    }
                    Err(e) => Msg::OpenFailed {
                        title: crate::strings::OPEN_FAILED.to_string(),
                        body: e.plain(),
                    },
                };
                self.tell(app, msg);
            }
            Effect::StartDrill(card) => {
                // A small file, read when the user asks: the drill starts on what it holds.
                let msg = match crate::study::read(self.store.dir()) {
                    Ok(progress) => Msg::DrillReady { progress, card },
                    Err(e) => Msg::OpenFailed {
                        title: crate::strings::DRILL_CANNOT_START.to_string(),
                        body: e.0.plain(),
                    },
                };
                self.tell(app, msg);
            }
            Effect::RecordDrill { answers, today } => {
                let msg = match crate::study::record(self.store.dir(), &answers, today) {
                    Ok(progress) => Msg::DrillRecorded {
                        count: answers.len(),
                        progress,
                    },
                    Err(e) => Msg::DrillRecordFailed(e.0.plain()),
                };
                self.tell(app, msg);
            }
        }
    }

    /// The place kept outside the file for a visit, when the file is still as it was then.
    pub(super) fn recall_place(&self, assessment: &mut Assessment, held: &Result<Lock, Locked>) {
        if let (Some(places), Ok(held)) = (&self.places, held)
            && let Some(place) = places.recall(held)
        {
            assessment.place = Some(place);
        }
    }

    /// Keeps the open assessment's place outside the file. Not while a save is due or failed:
    /// that save writes the place into the file with the change.
    pub(super) fn keep_place(&self, app: &App) {
        if self.save_due.is_some() || self.unsaved {
            return;
        }
        let (Some(places), Some(session)) = (&self.places, &app.session) else {
            return;
        };
        let held = guard::hold(&self.shared);
        if let (Some(lock), Some(place), Some(path)) =
            (held.lock.as_ref(), &session.assessment.place, &session.path)
            && lock.path() == path
        {
            places.remember(lock, place);
        }
    }

    /// Makes `lock` the open assessment's (the one before is let go); `None` when we have it,
    /// else why `path` opens read-only.
    pub(super) fn install_lock(
        &mut self,
        path: &Path,
        lock: Result<Lock, Locked>,
    ) -> Option<String> {
        let mut held = guard::hold(&self.shared);
        held.lock = None;
        held.pending = None;
        self.unsaved = false;
        match lock {
            Ok(l) => {
                held.lock = Some(l);
                None
            }
            // The file's own name and the first sentence (the reason) are what fits on the one
            // status line.
            Err(locked) => Some(
                crate::store::Locked {
                    file: path.file_name().map_or_else(|| path.into(), PathBuf::from),
                    ..locked
                }
                .reason(),
            ),
        }
    }

    /// Saves if anything is unsaved; true when the file now holds what the app holds.
    pub(super) fn flush(&mut self, app: &mut App) -> bool {
        if self.save_due.is_some() || self.unsaved {
            return self.save(app);
        }
        true
    }

    /// Keeps the newest unsaved state as file bytes for the guard thread (typing path: a
    /// serialization, no disk).
    pub(super) fn keep_pending(&self, app: &App) {
        let Some(session) = &app.session else {
            return;
        };
        if session.path.is_some() && !session.read_only {
            let mut held = guard::hold(&self.shared);
            let bytes = Store::text_for(held.lock.as_ref(), &session.assessment).into_bytes();
            held.pending = Some(bytes);
        }
    }

    /// Saves the open assessment; true when it is on disk (or there is nothing to save).
    pub(super) fn save(&mut self, app: &mut App) -> bool {
        self.save_due = None;
        let Some(session) = &app.session else {
            return true;
        };
        if session.read_only {
            return true;
        }
        let mut held = guard::hold(&self.shared);
        // Whatever the guard held is older than what is written now.
        held.pending = None;
        let result = match (&session.path, held.lock.as_mut()) {
            // A new assessment gets a file of its own; the lock of one opened before goes.
            (None, _) => self.store.create(&session.assessment).map(|lock| {
                let path = lock.path().to_path_buf();
                held.lock = Some(lock);
                path
            }),
            (Some(path), Some(lock)) if lock.path() == path => {
                Store::save(lock, &session.assessment).map(|()| path.clone())
            }
            // Never edit unlocked: an open assessment without its own lock is not written.
            (Some(path), _) => Err(StoreError::Io {
                file: path.display().to_string(),
                message: crate::strings::SAVE_NO_LOCK.into(),
                help: crate::strings::SAVE_NO_LOCK_HELP.into(),
            }),
        };
        let result = match result {
            // The file is someone else's now, or moved: never write it, never drop what was
            // typed. A new file beside it takes the assessment (the one rule for a conflict
            // copy, also on the way out), and is edited from now on.
            Err(StoreError::Locked(why)) => {
                let copied = held.lock.as_ref().map(|lock| {
                    let bytes = Store::text_for(Some(lock), &session.assessment);
                    Store::create_beside(lock.target(), bytes.as_bytes())
                });
                match copied {
                    Some(Ok(copy)) => {
                        let path = copy.path().to_path_buf();
                        held.lock = Some(copy);
                        drop(held);
                        self.unsaved = false;
                        self.copies
                            .push(crate::strings::saved_copy_farewell(&path, why.because()));
                        self.tell(
                            app,
                            Msg::SavedCopy {
                                path,
                                why: why.because().to_string(),
                            },
                        );
                        return true;
                    }
                    _ => Err(StoreError::Locked(why)),
                }
            }
            other => other,
        };
        drop(held);
        match result {
            Ok(path) => {
                self.unsaved = false;
                self.tell(app, Msg::Saved(path));
                true
            }
            Err(e) => {
                self.unsaved = true;
                self.tell(app, Msg::SaveFailed(e.status_line()));
                false
            }
        }
    }
}

/// Reads the marked files and compares them, or says which one could not be read.
fn compare_files(paths: &[PathBuf], app: &App) -> Msg {
    let mut loaded = Vec::with_capacity(paths.len());
    for path in paths {
        match Store::load_for(path, &app.deck) {
            Ok(a) => loaded.push((a, path.as_path())),
            Err(e) => {
                return Msg::OpenFailed {
                    title: crate::strings::OPEN_FAILED.to_string(),
                    body: e.plain(),
                };
            }
        }
    }
    // Oldest first, so the change reads from then to now.
    loaded.sort_by(|(a, pa), (b, pb)| (&a.created, &a.team, pa).cmp(&(&b.created, &b.team, pb)));
    let refs: Vec<(&Assessment, &std::path::Path)> = loaded.iter().map(|(a, p)| (a, *p)).collect();
    let labels = column_labels(&refs);
    let items: Vec<(String, &Assessment)> = labels
        .into_iter()
        .zip(loaded.iter().map(|(a, _)| a))
        .collect();
    Msg::Compared(Box::new(compare(&items, &app.deck)))
}
