//! The runner: owns the terminal and the disk. It turns terminal events into messages, feeds
//! them to `update`, draws, and performs the effects `update` asks for (save, list, open).

mod background;
mod effects;
pub mod events;
mod guard;

use std::collections::VecDeque;
use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use crate::app::{App, Effect, Msg, update};
use crate::assessment::Assessment;
use crate::store::{Lock, Locked, Places, Store};

/// How long after the last keystroke typed text is saved.
const TYPING_SAVE_DELAY: Duration = Duration::from_millis(800);
/// How often the loop wakes up without input, to notice signals.
const IDLE_POLL: Duration = Duration::from_millis(250);
/// How often it wakes up while the store is read, to show the list filling in.
const LISTING_POLL: Duration = Duration::from_millis(50);
/// Windows has no bracketed paste: a paste is a burst of key presses, taken apart from typing
/// by `events::to_msgs`. Terminals elsewhere send a paste as one event, and a burst there is
/// typing (or a test driving the app), so it stays keys.
const PASTE_BURSTS: bool = cfg!(windows);
/// How long the runner waits after text keys for more of the same burst (a terminal may hand a
/// paste over in pieces, its first key alone). Typing by hand has ~100 ms between keys, so a
/// person's keys never join; the wait is all they could notice.
const PASTE_GAP: Duration = Duration::from_millis(20);

/// `refleks new`: ask, as the home screen's form does, or what `--build-on` / `--fresh` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildOn {
    /// Offer the team's newest assessment in the store, if there is one.
    Ask,
    /// Build on this file (read and checked by the caller), without asking.
    File(PathBuf),
    /// Start afresh, without asking.
    Fresh,
}

/// What the app opens on.
pub enum Start {
    Home,
    New {
        team: String,
        participants: Vec<String>,
        /// Minutes per card, from `--timebox`.
        timebox: Option<u32>,
        /// Whether to build on an earlier assessment of the team.
        build_on: BuildOn,
    },
    /// The drill (`refleks øv [ID]`), on the progress the caller read; `card`: checked.
    Drill {
        card: Option<String>,
        progress: crate::study::Progress,
    },
    /// An assessment already locked, read and checked by the caller ([`Store::load_locked`]).
    Open {
        assessment: Box<Assessment>,
        path: PathBuf,
        held: Result<Lock, Locked>,
    },
}

struct Runner {
    store: Store,
    /// The lock of the open assessment and the newest unsaved bytes, shared with the guard.
    shared: guard::Shared,
    save_due: Option<Instant>,
    /// The last save failed: what is in the app is newer than the file.
    unsaved: bool,
    /// The mouse is ours (not `--no-mouse`): captured again after a suspend.
    mouse: bool,
    /// The store being read for the home screen, while it is.
    listing: Option<background::Listing>,
    /// A folder being read for the overview of teams, while it is.
    overview: Option<background::OverviewReading>,
    /// Where the team stopped in files it only visited (the user's state folder).
    places: Option<Places>,
    /// Conflict copies made this session, said again once the terminal is given back.
    copies: Vec<String>,
    /// Replies for `update` (`Saved`, `Opened`, …) and effects it asked for, waiting their
    /// turn: `drain` hands them out one at a time, replies first, so nothing nests.
    inbox: VecDeque<Msg>,
    effects: VecDeque<Effect>,
    draining: bool,
    /// Something may look different: the next turn of the loop draws. Only then, so an idle
    /// screen writes nothing (a screen reader or magnifier gets no noise, a slow link no load).
    redraw: bool,
}

/// Signals that end the app the way `q` does (what was typed is saved, the lock removed, the
/// terminal restored), and the flag for a stop request from outside (`kill -TSTP`).
struct Signals {
    stop: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
    /// SIGCONT came: a stop asked for may already be over before the loop got to it.
    resumed: Arc<AtomicBool>,
}

impl Signals {
    #[cfg(unix)]
    fn register() -> io::Result<Signals> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let signals = Signals {
            stop: Arc::default(),
            suspend: Arc::default(),
            resumed: Arc::default(),
        };
        // In raw mode Ctrl+C and Ctrl+\ are keys; these come from `kill` or a closed window.
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register(signal, Arc::clone(&signals.stop))?;
        }
        signal_hook::flag::register(SIGTSTP, Arc::clone(&signals.suspend))?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
        Ok(signals)
    }

    /// Windows has no signals to speak of: the console's control events (Ctrl+C, Ctrl+Break,
    /// a closed window, log-off, shutdown) are watched by the guard, which sets `stop`.
    #[cfg(windows)]
    fn register() -> io::Result<Signals> {
        Ok(Signals {
            stop: Arc::default(),
            suspend: Arc::default(),
            resumed: Arc::default(),
        })
    }
}

/// Runs the app until the user leaves. `mouse`: capture the mouse for clicks and the wheel
/// (the terminal's own selection then needs Shift, which the help says).
pub fn run(mut app: App, store: Store, start: Start, mouse: bool) -> io::Result<()> {
    let signals = Signals::register()?;
    let mut runner = Runner::new(store, mouse);
    guard::hold(&runner.shared).places = runner.places.clone();
    guard::spawn(Arc::clone(&signals.stop), Arc::clone(&runner.shared));
    #[cfg(windows)]
    guard::watch_console(Arc::clone(&signals.stop), Arc::clone(&runner.shared))?;
    runner.open(&mut app, start);

    // Raw mode and the alternate screen, and a panic hook that restores the terminal before
    // the panic message is printed.
    let mut terminal = enter_terminal()?;
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        runner.event_loop(&mut terminal, &mut app, &signals)
    }));
    // Whatever ended the loop (a closed window, a lost terminal), the place is kept as on `q`,
    // and what was typed is written before we leave.
    if !app.quitting {
        let effects = app.remember_place();
        runner.perform(&mut app, effects);
    }
    runner.flush(&mut app);
    // The lock file goes now, also on the way out of a panic, and before the terminal is
    // touched: a closed window's terminal answers with errors.
    {
        let mut held = guard::hold(&runner.shared);
        held.lock = None;
        held.finished = true;
    }
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    // After a panic the hook has put the terminal back already, before its message; leaving
    // the alternate screen twice would move the cursor back over that message.
    if result.is_ok() {
        restore_terminal();
    }
    // A copy made while the app was open is said where it stays readable after the app.
    // Written, not printed: printing panics where the terminal is gone.
    for line in &runner.copies {
        let _ = writeln!(io::stderr(), "{line}");
    }
    match result {
        Ok(outcome) => outcome,
        Err(panic) => resume_unwind(panic),
    }
}

/// Raw mode and the alternate screen, as `ratatui::init` makes them, but with a panic hook that
/// cannot panic itself: ratatui's prints (and so panics) when the terminal is gone, as after a
/// closed window, and a panic inside a panic hook aborts the process with the lock file left.
fn enter_terminal() -> io::Result<DefaultTerminal> {
    use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
    let earlier = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        earlier(info);
    }));
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(io::stdout()))
}

/// Puts the terminal back as well as it can, silently: a terminal that is gone (a closed
/// window) has no one to read a message, and writing one there fails.
pub(crate) fn restore_terminal() {
    let _ = ratatui::try_restore();
}

/// Leaves the alternate screen and raw mode, stops the process as a plain Ctrl+Z would, and on
/// `fg` (SIGCONT) puts both back and redraws everything.
#[cfg(unix)]
fn suspend(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    use ratatui::crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    // The shell must not get mouse reports while we are stopped.
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste, LeaveAlternateScreen);
    let _ = disable_raw_mode();
    let _ = terminal.show_cursor();
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    // Here we run again.
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    terminal.clear()
}

#[cfg(windows)]
fn suspend(_terminal: &mut DefaultTerminal, _mouse: bool) -> io::Result<()> {
    // Windows consoles have no job control: nothing ever asks us to stop.
    Ok(())
}

impl Runner {
    fn new(store: Store, mouse: bool) -> Runner {
        Runner {
            store,
            shared: Arc::default(),
            save_due: None,
            unsaved: false,
            mouse,
            listing: None,
            overview: None,
            places: Places::for_user(),
            copies: Vec::new(),
            inbox: VecDeque::new(),
            effects: VecDeque::new(),
            draining: false,
            redraw: true,
        }
    }

    /// What happens before the first frame: the store is read, and what `start` asks for.
    fn open(&mut self, app: &mut App, start: Start) {
        app.store_dir = Some(self.store.dir().to_path_buf());
        let first = match start {
            Start::Home => vec![Effect::List],
            Start::New {
                team,
                participants,
                timebox,
                build_on,
            } => {
                // The store is read first: with `Ask`, the whole of it before the assessment
                // starts, so the app can offer the team's last one as the home screen's form does.
                self.perform(app, vec![Effect::List]);
                if build_on == BuildOn::Ask
                    && let Some(listing) = self.listing.take()
                {
                    for msg in listing.wait() {
                        self.tell(app, msg);
                    }
                }
                let mut effects = app.start_assessment(&team, participants, Vec::new());
                if let Some(session) = &mut app.session {
                    session.assessment.timebox = timebox;
                }
                if let BuildOn::File(path) = build_on {
                    effects.push(Effect::LoadEarlier { path, fresh: true });
                }
                effects
            }
            Start::Drill { card, progress } => {
                // The home screen is read behind it, for when the learner leaves the drill.
                self.perform(app, vec![Effect::List]);
                update(app, Msg::DrillReady { progress, card })
            }
            Start::Open {
                mut assessment,
                path,
                held,
            } => {
                self.recall_place(&mut assessment, &held);
                let read_only = self.install_lock(&path, held);
                update(
                    app,
                    Msg::Opened {
                        assessment,
                        path,
                        read_only,
                    },
                )
            }
        };
        self.perform(app, first);
    }

    fn event_loop(
        &mut self,
        terminal: &mut DefaultTerminal,
        app: &mut App,
        signals: &Signals,
    ) -> io::Result<()> {
        let started = Instant::now();
        loop {
            self.tell(app, Msg::Tick(started.elapsed().as_secs()));
            if std::mem::take(&mut self.redraw) {
                let mut areas = crate::app::Areas::default();
                terminal.draw(|frame| areas = crate::ui::render(frame, app))?;
                app.areas = areas;
            }
            if app.quitting {
                return Ok(());
            }
            // A closed window or a `kill` leaves like `q` (the place is kept on the way out).
            if signals.stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if signals.suspend.swap(false, Ordering::Relaxed) {
                // What was typed is on disk before we stop: a stopped job may never come back.
                self.flush(app);
                // A SIGCONT since the last stop means this one is already over (TSTP and CONT
                // both came within one turn of the loop): stopping now would never end.
                if !signals.resumed.swap(false, Ordering::Relaxed) {
                    suspend(terminal, self.mouse)?;
                }
                self.redraw = true;
                signals.resumed.store(false, Ordering::Relaxed);
                continue;
            }
            self.take_listed(app);
            let idle = if self.listing.is_some() || self.overview.is_some() {
                LISTING_POLL
            } else {
                IDLE_POLL
            };
            let wait = self
                .save_due
                .map_or(idle, |due| due.saturating_duration_since(Instant::now()))
                .min(idle);
            if event::poll(wait)? {
                // Whatever came (a resize makes no message) is worth a frame.
                self.redraw = true;
                // Everything queued (a paste or fast typing) is handled before drawing again.
                for msg in events::to_msgs(read_queued(&signals.stop)?, &app.areas, PASTE_BURSTS) {
                    self.tell(app, msg);
                    if app.quitting {
                        break;
                    }
                }
            }
            test_hook_panic(self.save_due.is_some());
            if self.save_due.is_some_and(|due| Instant::now() >= due) {
                self.save(app);
            }
        }
    }

    /// Hands what the readings on threads have sent to `update`.
    fn take_listed(&mut self, app: &mut App) {
        if let Some(reading) = &self.overview {
            match reading.arrived() {
                Ok(Some(msg)) => {
                    self.overview = None;
                    self.tell(app, msg);
                }
                Ok(None) => {}
                Err(()) => self.overview = None,
            }
        }
        let Some(listing) = &self.listing else {
            return;
        };
        let (msgs, done) = listing.arrived();
        if done {
            self.listing = None;
        }
        for msg in msgs {
            self.tell(app, msg);
        }
    }

    /// Feeds a message to `update` (after the replies already waiting) and performs what it
    /// asks for.
    fn tell(&mut self, app: &mut App, msg: Msg) {
        self.inbox.push_back(msg);
        self.drain(app);
        // The guard keeps this place if the window closes under a stuck loop.
        let place = app
            .session
            .as_ref()
            .filter(|s| !s.read_only && s.path.is_some())
            .and_then(|_| app.place());
        guard::hold(&self.shared).place = place;
    }

    fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        self.effects.extend(effects);
        self.drain(app);
    }

    /// Replies to `update` and effects, one at a time until none wait. An effect's replies are
    /// answered before the next effect runs; called again while draining, it leaves the new
    /// ones to the loop already running.
    fn drain(&mut self, app: &mut App) {
        if self.draining {
            return;
        }
        self.draining = true;
        loop {
            self.answer(app);
            let Some(effect) = self.effects.pop_front() else {
                break;
            };
            self.run_effect(app, effect);
        }
        self.draining = false;
    }

    /// Hands every waiting reply to `update`; what the replies ask for waits its turn.
    fn answer(&mut self, app: &mut App) {
        while let Some(msg) = self.inbox.pop_front() {
            // A tick asks for a frame itself (`Effect::Redraw`) when the clock shows a new minute.
            self.redraw |= !matches!(msg, Msg::Tick(_));
            let effects = update(app, msg);
            self.effects.extend(effects);
        }
    }
}

/// The runner without a terminal: the same updates, effects, locks and saves, driven by the
/// messages the loop would hand over (no signals, no guard thread). For tests that follow a key
/// press to the file on disk.
pub struct Headless {
    runner: Runner,
    pub app: App,
}

impl Headless {
    pub fn start(mut app: App, store: Store, start: Start) -> Headless {
        let mut runner = Runner::new(store, false);
        runner.open(&mut app, start);
        Headless { runner, app }
    }

    /// A key press, a paste or a click, as the loop hands it to `update`.
    pub fn send(&mut self, msg: Msg) {
        self.runner.tell(&mut self.app, msg);
    }

    /// Waits until the reading of the store for the home screen is over and hands what it
    /// read to `update`, as the loop does between frames.
    pub fn wait_listing(&mut self) {
        if let Some(listing) = self.runner.listing.take() {
            for msg in listing.wait() {
                self.runner.tell(&mut self.app, msg);
            }
        }
    }

    /// What the loop does when the typing delay is over: saves what waits. True when the file
    /// holds what the app holds.
    pub fn flush(&mut self) -> bool {
        self.runner.flush(&mut self.app)
    }
}

/// Every event the terminal has queued now, and on Windows, after text keys, whatever follows
/// them within `PASTE_GAP` (the rest of a paste still arriving).
fn read_queued(stop: &AtomicBool) -> io::Result<Vec<event::Event>> {
    let mut queued = vec![event::read()?];
    loop {
        // A closed window reads as endless empty input: a stop signal ends the reading too, so
        // the loop can leave as on `q`.
        while !stop.load(Ordering::Relaxed) && event::poll(Duration::ZERO)? {
            queued.push(event::read()?);
        }
        if !(PASTE_BURSTS && events::ends_in_text(&queued) && event::poll(PASTE_GAP)?) {
            return Ok(queued);
        }
    }
}

/// A hidden test hook (debug builds only): with `REFLEKS_TEST_PANIC` set, the loop panics as soon
/// as typed text waits to be saved, so a test can check that a panic still saves it and gives the
/// terminal back.
fn test_hook_panic(pending: bool) {
    #[cfg(debug_assertions)]
    if pending && std::env::var_os("REFLEKS_TEST_PANIC").is_some() {
        panic!("REFLEKS_TEST_PANIC: en panik i løkken, som en test bad om");
    }
    #[cfg(not(debug_assertions))]
    let _ = pending;
}
