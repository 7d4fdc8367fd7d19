//! Reading on a thread, so the screen never waits for the disk: the store for the home screen
//! (the menu is on screen at once however many files there are; the list arrives in batches)
//! and a folder tree for the overview of teams. Results come back as messages; the event loop
//! hands them to `update` between frames.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::app::{Msg, SavedEntry};
use crate::assessment::Assessment;
use crate::deck::Deck;
use crate::store::{Store, StoreError, tree};

/// Entries per message: often enough for the progress line, rarely enough to keep sorting
/// the list cheap.
const BATCH: usize = 250;

/// A reading under way. Dropping it (a newer reading replaced it, or the app ends) tells the
/// thread to stop reading.
pub struct Listing {
    rx: Receiver<Msg>,
    cancel: Arc<AtomicBool>,
}

impl Listing {
    pub fn start(store: Store, deck: Deck) -> Listing {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        std::thread::spawn(move || {
            // A folder we may not read is said as such, never shown as an empty store.
            if let Err(e) = store.readable() {
                let _ = tx.send(Msg::ListUnreadable(e.one_line()));
                return;
            }
            // The drill's count for the menu first: one small file.
            let progress = match crate::study::read(store.dir()) {
                Ok(progress) => Msg::ProgressRead(progress),
                Err(e) => Msg::ProgressUnreadable(e.0.plain()),
            };
            if tx.send(progress).is_err() {
                return;
            }
            let paths = store.list_paths();
            if tx.send(Msg::ListStarted { total: paths.len() }).is_err() {
                return;
            }
            let rest = tree::each_parallel(&paths, Vec::new, |batch, _, path| {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                batch.push(entry(path, Store::load_for(path, &deck), &deck));
                if batch.len() >= BATCH && tx.send(Msg::ListBatch(std::mem::take(batch))).is_err() {
                    stop.store(true, Ordering::Relaxed);
                }
            });
            for batch in rest.into_iter().filter(|b| !b.is_empty()) {
                let _ = tx.send(Msg::ListBatch(batch));
            }
            let _ = tx.send(Msg::ListDone);
        });
        Listing { rx, cancel }
    }

    /// Everything, waiting until the reading is over (`refleks new` asks about the team's last
    /// assessment before its first frame, so it needs the whole store).
    pub fn wait(self) -> Vec<Msg> {
        let mut msgs = Vec::new();
        while let Ok(msg) = self.rx.recv() {
            let done = matches!(msg, Msg::ListDone | Msg::ListUnreadable(_));
            msgs.push(msg);
            if done {
                break;
            }
        }
        msgs
    }

    /// What has arrived since the last call, and whether the reading is over.
    pub fn arrived(&self) -> (Vec<Msg>, bool) {
        let mut msgs = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(msg) => {
                    let done = matches!(msg, Msg::ListDone);
                    msgs.push(msg);
                    if done {
                        return (msgs, true);
                    }
                }
                Err(TryRecvError::Empty) => return (msgs, false),
                Err(TryRecvError::Disconnected) => return (msgs, true),
            }
        }
    }
}

impl Drop for Listing {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The overview of a folder tree, read on a thread; its one message arrives when it is done.
pub struct OverviewReading {
    rx: Receiver<Msg>,
}

impl OverviewReading {
    pub fn start(dir: PathBuf, deck: Deck) -> OverviewReading {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let overview = crate::aggregate::gather(std::slice::from_ref(&dir), &deck, false);
            let _ = tx.send(Msg::OverviewRead {
                overview: Box::new(overview),
                folder: dir.display().to_string(),
            });
        });
        OverviewReading { rx }
    }

    /// The result, once it is there; `Err` when the thread is gone without one.
    pub fn arrived(&self) -> Result<Option<Msg>, ()> {
        match self.rx.try_recv() {
            Ok(msg) => Ok(Some(msg)),
            Err(TryRecvError::Empty) => Ok(None),
            Err(TryRecvError::Disconnected) => Err(()),
        }
    }
}

/// One line of the home screen's list: the assessment is dropped as soon as this is made.
pub fn entry(path: &Path, read: Result<Assessment, StoreError>, deck: &Deck) -> SavedEntry {
    match read {
        Ok(a) => SavedEntry {
            progress: Some(a.progress(deck)),
            place: a.place.as_ref().map(|p| p.guideline.clone()),
            unknown: a.unknown_count(deck),
            team: a.team,
            created: a.created,
            updated: a.updated,
            problem: None,
            path: path.to_path_buf(),
        },
        Err(e) => SavedEntry {
            path: path.to_path_buf(),
            team: String::new(),
            created: String::new(),
            updated: String::new(),
            progress: None,
            unknown: 0,
            problem: Some(e.plain()),
            place: None,
        },
    }
}
