//! The runner: owns the terminal and the disk. It turns terminal events into messages, feeds
//! them to `update`, draws, and performs the effects `update` asks for (save, list, open).

mod events;
mod export;
mod guard;

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

use crate::app::{App, Effect, Msg, SavedEntry, update};
use crate::assessment::Assessment;
use crate::compare::{column_labels, compare};
use crate::store::{Lock, Store, lock, lock_path};

/// How long after the last keystroke typed text is saved.
const TYPING_SAVE_DELAY: Duration = Duration::from_millis(800);
/// How often the loop wakes up without input, to notice signals.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// What the app opens on.
pub enum Start {
    Home,
    New {
        team: String,
        participants: Vec<String>,
    },
    /// An assessment already read and checked by the caller.
    Open {
        assessment: Box<Assessment>,
        path: PathBuf,
    },
}

struct Runner {
    store: Store,
    /// Held while the open assessment is ours to change.
    lock: Option<Lock>,
    save_due: Option<Instant>,
    /// What `save_due` will write, ready for the guard thread should the loop never get there.
    pending: guard::Pending,
}

pub fn run(mut app: App, store: Store, start: Start) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut runner = Runner {
        store,
        lock: None,
        save_due: None,
        pending: Arc::default(),
    };
    guard::spawn(Arc::clone(&stop), Arc::clone(&runner.pending));
    app.store_dir = Some(runner.store.dir().to_path_buf());
    let first = match start {
        Start::Home => vec![Effect::List],
        Start::New { team, participants } => app.start_assessment(&team, participants, Vec::new()),
        Start::Open { assessment, path } => {
            let read_only = runner.take_lock(&path);
            update(
                &mut app,
                Msg::Opened {
                    assessment,
                    path,
                    read_only,
                },
            )
        }
    };
    runner.perform(&mut app, first);

    // ratatui::init enters raw mode and the alternate screen, and installs a panic hook that
    // restores the terminal before the panic message is printed.
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let result = catch_unwind(AssertUnwindSafe(|| {
        runner.event_loop(&mut terminal, &mut app, &stop)
    }));
    // Whatever happened, what was typed is written before we leave.
    runner.flush(&mut app);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    match result {
        Ok(outcome) => outcome,
        Err(panic) => resume_unwind(panic),
    }
}

impl Runner {
    fn event_loop(
        &mut self,
        terminal: &mut DefaultTerminal,
        app: &mut App,
        stop: &AtomicBool,
    ) -> io::Result<()> {
        loop {
            terminal.draw(|frame| crate::ui::draw(frame, app))?;
            if app.quitting || stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            let wait = self
                .save_due
                .map_or(IDLE_POLL, |due| {
                    due.saturating_duration_since(Instant::now())
                })
                .min(IDLE_POLL);
            if event::poll(wait)? {
                // Drain what is queued (a paste or fast typing) before drawing again.
                loop {
                    if let Some(msg) = events::to_msg(event::read()?) {
                        self.dispatch(app, msg);
                    }
                    if app.quitting || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
            if self.save_due.is_some_and(|due| Instant::now() >= due) {
                self.save(app);
            }
        }
    }

    /// Every message goes through here, so what `update` answers is always performed, also for
    /// the results the runner feeds back itself.
    fn dispatch(&mut self, app: &mut App, msg: Msg) {
        let effects = update(app, msg);
        self.perform(app, effects);
    }

    fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Save => self.save(app),
                Effect::SaveSoon => {
                    self.save_due = Some(Instant::now() + TYPING_SAVE_DELAY);
                    self.keep_pending(app);
                }
                Effect::Quit => self.flush(app),
                Effect::Compare(paths) => {
                    let msg = compare_files(&paths, app);
                    self.dispatch(app, msg);
                }
                Effect::Export(folder) => {
                    self.flush(app);
                    let msg = match export::write(app, &folder) {
                        Ok(paths) => Msg::Exported(paths),
                        Err(e) => Msg::ExportFailed(e),
                    };
                    self.dispatch(app, msg);
                }
                Effect::Discard(path) => {
                    self.flush(app);
                    // Our own lock on it (the assessment was open before going home) goes
                    // first, or the move would be refused as if another refleks had it.
                    if self
                        .lock
                        .as_ref()
                        .is_some_and(|l| Some(l.lock_file()) == lock_path(&path).as_deref())
                    {
                        self.lock = None;
                    }
                    let msg = match self.store.discard(&path) {
                        Ok(to) => Msg::Discarded { from: path, to },
                        Err(e) => Msg::DiscardFailed(e),
                    };
                    self.dispatch(app, msg);
                }
                Effect::List => {
                    let entries = self.list(app);
                    self.dispatch(app, Msg::Listed(entries));
                }
                Effect::Open(path) => {
                    let msg = match Store::load(&path) {
                        Ok(assessment) => {
                            let read_only = self.take_lock(&path);
                            Msg::Opened {
                                assessment: Box::new(assessment),
                                path,
                                read_only,
                            }
                        }
                        Err(e) => Msg::OpenFailed {
                            title: crate::strings::OPEN_FAILED.to_string(),
                            body: e.render(false),
                        },
                    };
                    self.dispatch(app, msg);
                }
            }
        }
    }

    /// Locks `path` for this process; false when we got it, true when it must be read-only.
    fn take_lock(&mut self, path: &std::path::Path) -> bool {
        self.lock = None;
        match lock(path) {
            Ok(l) => {
                self.lock = Some(l);
                false
            }
            Err(_) => true,
        }
    }

    /// Saves if anything is pending.
    fn flush(&mut self, app: &mut App) {
        if self.save_due.is_some() {
            self.save(app);
        }
    }

    /// Keeps the newest unsaved state as file bytes for the guard thread (typing path: a
    /// serialization, no disk).
    fn keep_pending(&self, app: &App) {
        let Some(session) = &app.session else {
            return;
        };
        if let (Some(path), false) = (&session.path, session.read_only) {
            let bytes = crate::assessment::to_toml(&session.assessment).into_bytes();
            let mut slot = self
                .pending
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            *slot = Some((path.clone(), bytes));
        }
    }

    fn save(&mut self, app: &mut App) {
        self.save_due = None;
        // Whatever the guard held is older than what is written now.
        self.pending
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        let Some(session) = &app.session else {
            return;
        };
        if session.read_only {
            return;
        }
        let (path, first) = match &session.path {
            Some(p) => (p.clone(), false),
            None => {
                let a = &session.assessment;
                (self.store.new_path(&a.team, &a.created), true)
            }
        };
        match self.store.save(&path, &session.assessment) {
            Ok(()) => {
                if first {
                    self.take_lock(&path);
                    self.dispatch(app, Msg::Saved(path));
                }
            }
            Err(e) => {
                self.dispatch(app, Msg::SaveFailed(format!("{}: {e}", path.display())));
            }
        }
    }

    fn list(&self, app: &App) -> Vec<SavedEntry> {
        self.store
            .list()
            .into_iter()
            .map(|listed| match listed.result {
                Ok(a) => SavedEntry {
                    progress: Some(a.progress(&app.deck)),
                    unknown: a.unknown_count(&app.deck),
                    team: a.team,
                    created: a.created,
                    updated: a.updated,
                    problem: None,
                    path: listed.path,
                },
                Err(e) => SavedEntry {
                    path: listed.path,
                    team: String::new(),
                    created: String::new(),
                    updated: String::new(),
                    progress: None,
                    unknown: 0,
                    problem: Some(e.render(false)),
                },
            })
            .collect()
    }
}

/// Reads the marked files and compares them, or says which one could not be read.
fn compare_files(paths: &[PathBuf], app: &App) -> Msg {
    let mut loaded = Vec::with_capacity(paths.len());
    for path in paths {
        match Store::load(path) {
            Ok(a) => loaded.push((a, path.as_path())),
            Err(e) => {
                return Msg::OpenFailed {
                    title: crate::strings::OPEN_FAILED.to_string(),
                    body: e.render(false),
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
