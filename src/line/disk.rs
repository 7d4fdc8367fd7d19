//! The line mode's disk: the store, the open file's lock, and saving through the store's own
//! paths, as the TUI's runner does (a new file claimed atomically; a save through the lock; a
//! conflict copy beside the file when the lock was lost, so nothing typed is dropped).

use std::path::{Path, PathBuf};

use crate::assessment::Assessment;
use crate::deck::Deck;
use crate::session::Session;
use crate::store::{Links, Lock, Places, Store, StoreError};

/// A saved assessment as the home menu offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub team: String,
    pub created: String,
    pub updated: String,
}

/// How a save went, when it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// The file was someone else's by now: the assessment went into a new file beside it.
    Copy {
        path: PathBuf,
        why: String,
    },
}

pub struct Disk {
    store: Store,
    lock: Option<Lock>,
    /// Where a team stopped in a file it only visited (the user's state folder); `None` keeps
    /// nothing.
    places: Option<Places>,
}

impl Disk {
    pub fn new(store: Store, places: Option<Places>) -> Disk {
        Disk {
            store,
            lock: None,
            places,
        }
    }

    pub fn dir(&self) -> &Path {
        self.store.dir()
    }

    /// The readable assessments in the store, newest first, and how many could not be read.
    pub fn list(&self, deck: &Deck) -> (Vec<Entry>, usize) {
        let listed = self.store.list_with(
            deck,
            |a| (a.team, a.created, a.updated),
            |(_, _, updated): &(String, String, String)| updated,
        );
        let mut unreadable = 0;
        let entries = listed
            .into_iter()
            .filter_map(|l| match l.result {
                Ok((team, created, updated)) => Some(Entry {
                    path: l.path,
                    team,
                    created,
                    updated,
                }),
                Err(_) => {
                    unreadable += 1;
                    None
                }
            })
            .collect();
        (entries, unreadable)
    }

    /// Opens `path` (locked first, then read); the assessment and, when another refleks has
    /// it, why it is only to be read. A file we cannot read is an error and stays as it was.
    pub fn open(
        &mut self,
        path: &Path,
        links: Links,
        deck: &Deck,
    ) -> Result<(Assessment, Option<String>), String> {
        self.lock = None;
        let (mut assessment, held) =
            Store::load_locked(path, links, deck).map_err(|e| one_sentence(&e.plain()))?;
        match held {
            Ok(lock) => {
                if let Some(place) = self.places.as_ref().and_then(|p| p.recall(&lock)) {
                    assessment.place = Some(place);
                }
                self.lock = Some(lock);
                Ok((assessment, None))
            }
            Err(locked) => Ok((assessment, Some(locked.reason()))),
        }
    }

    /// Lets go of the open file, keeping its place for the next visit when nothing changed it.
    pub fn close(&mut self, session: Option<&Session>) {
        if let (Some(places), Some(lock), Some(session)) = (&self.places, &self.lock, session)
            && let Some(place) = &session.assessment.place
            && session.path.as_deref() == Some(lock.path())
        {
            places.remember(lock, place);
        }
        self.lock = None;
    }

    /// Writes the session's assessment: a new file of its own the first time, then through the
    /// lock. Read-only sessions are never written.
    pub fn save(&mut self, session: &mut Session) -> Result<Saved, String> {
        if session.read_only {
            return Ok(Saved::Written);
        }
        let result = match (&session.path, self.lock.as_mut()) {
            (None, _) => self.store.create(&session.assessment).map(|lock| {
                session.path = Some(lock.path().to_path_buf());
                self.lock = Some(lock);
            }),
            (Some(path), Some(lock)) if lock.path() == path => {
                Store::save(lock, &session.assessment)
            }
            (Some(path), _) => Err(StoreError::Io {
                file: path.display().to_string(),
                message: crate::strings::SAVE_NO_LOCK.into(),
                help: crate::strings::SAVE_NO_LOCK_HELP.into(),
            }),
        };
        match result {
            Ok(()) => Ok(Saved::Written),
            // Never write a file that is someone else's now; never drop what was typed.
            Err(StoreError::Locked(why)) => {
                let Some(lock) = self.lock.as_ref() else {
                    return Err(why.message());
                };
                let bytes = Store::text_for(Some(lock), &session.assessment);
                match Store::create_beside(lock.target(), bytes.as_bytes()) {
                    Ok(copy) => {
                        let path = copy.path().to_path_buf();
                        session.path = Some(path.clone());
                        self.lock = Some(copy);
                        Ok(Saved::Copy {
                            path,
                            why: why.because().to_string(),
                        })
                    }
                    Err(e) => Err(e.status_line()),
                }
            }
            Err(e) => Err(e.status_line()),
        }
    }
}

/// A message of several lines said as one.
fn one_sentence(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
