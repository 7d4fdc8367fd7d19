//! The last line of defence for what was typed. The event loop can be stuck where it cannot
//! notice anything: when the terminal window is closed, the terminal library keeps reading an
//! empty input in a loop, and a SIGHUP or SIGTERM flag is never looked at. So a small thread
//! watches from outside: it holds the newest unsaved state as ready-to-write bytes, and when the
//! terminal is gone, or a stop signal was not answered within a second, it writes them, puts the
//! terminal back as well as it can, and ends the process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::assessment::Place;
use crate::store::{Lock, Places, Store, StoreError};

/// What the runner and this thread share: the lock of the open assessment (so either can save
/// through it, and the lock file goes when the process does) and the newest unsaved file bytes.
#[derive(Debug, Default)]
pub struct Held {
    pub lock: Option<Lock>,
    pub pending: Option<Vec<u8>>,
    /// The event loop has saved and let go of the lock on its way out.
    pub finished: bool,
    /// Where the team is in the open assessment now, and where such places are kept: a closed
    /// window can leave the loop stuck in the terminal library, so this thread keeps it.
    pub place: Option<Place>,
    pub places: Option<Places>,
}

pub type Shared = Arc<Mutex<Held>>;

/// Locks the shared state even after a panic elsewhere: what it holds is still worth saving.
pub fn hold(shared: &Shared) -> std::sync::MutexGuard<'_, Held> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

const TICK: Duration = Duration::from_millis(200);
/// How long the event loop gets to answer a stop signal itself.
const GRACE: Duration = Duration::from_secs(1);

pub fn spawn(stop: Arc<AtomicBool>, shared: Shared) {
    let had_terminal = terminal_lost().is_some_and(|lost| !lost);
    let _ = std::thread::Builder::new()
        .name("refleks-guard".into())
        .spawn(move || {
            let mut stop_seen: Option<Instant> = None;
            loop {
                std::thread::sleep(TICK);
                let lost = had_terminal && terminal_lost() == Some(true);
                if stop.load(Ordering::Relaxed) {
                    stop_seen.get_or_insert_with(Instant::now);
                }
                let ignored = stop_seen.is_some_and(|t| t.elapsed() >= GRACE);
                if lost || ignored {
                    let mut held = hold(&shared);
                    write_pending(&mut held);
                    keep_place(&held);
                    // The lock file goes with us (exit runs no destructors).
                    held.lock = None;
                    super::restore_terminal();
                    std::process::exit(if lost { 1 } else { 0 });
                }
            }
        });
}

/// Writes what is pending, if anything, through the lock. Also used by the event loop on its
/// way out.
pub fn write_pending(held: &mut Held) {
    let Held { lock, pending, .. } = held;
    if let (Some(lock), Some(bytes)) = (lock.as_mut(), pending.take())
        && let Err(StoreError::Locked(_)) = Store::save_bytes(lock, &bytes)
    {
        // The file became someone else's: on the way out there is no one to ask, so what was
        // typed goes to a new file beside it (never over anything).
        let _ = Store::create_beside(lock.target(), &bytes);
    }
}

/// Remembers where the team is in a file it only visited (the user's state folder), on the way
/// out when the event loop cannot.
fn keep_place(held: &Held) {
    if let (Some(places), Some(lock), Some(place)) = (&held.places, &held.lock, &held.place) {
        places.remember(lock, place);
    }
}

/// How long a closing console window waits for the event loop to save and leave by itself;
/// Windows ends the process about five seconds after the close, whatever happens.
#[cfg(windows)]
const CLOSE_WAIT: Duration = Duration::from_secs(2);

/// Windows' stop signals are console control events: Ctrl+C and Ctrl+Break (as keys in raw
/// mode they are keys; these come from outside) end the app the way `q` does, through `stop`.
/// Closing the window, logging off and shutting down end the process as soon as the handler
/// returns, so the handler waits for the loop to save and leave, and if it does not in time,
/// writes what is pending and lets go of the lock itself. No C runtime signal is touched:
/// asking the runtime for a signal's handler (`SIG_GET`) is what crashed under wine.
#[cfg(windows)]
pub fn watch_console(stop: Arc<AtomicBool>, shared: Shared) -> std::io::Result<()> {
    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, SetConsoleCtrlHandler,
    };
    static WATCHED: std::sync::OnceLock<(Arc<AtomicBool>, Shared)> = std::sync::OnceLock::new();

    unsafe extern "system" fn on_event(kind: u32) -> windows_sys::core::BOOL {
        let Some((stop, shared)) = WATCHED.get() else {
            return 0;
        };
        stop.store(true, Ordering::Relaxed);
        if kind != CTRL_C_EVENT && kind != CTRL_BREAK_EVENT {
            last_words(shared, CLOSE_WAIT);
        }
        1
    }

    let _ = WATCHED.set((stop, shared));
    // SAFETY: `on_event` has the signature Windows calls and only touches what WATCHED holds.
    if unsafe { SetConsoleCtrlHandler(Some(on_event), 1) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// The process is about to be ended from outside: gives the event loop `wait` to save and leave
/// (it was told to stop), then writes what is still pending and lets go of the lock.
#[cfg(any(windows, test))]
fn last_words(shared: &Shared, wait: Duration) {
    let waited = Instant::now();
    while !hold(shared).finished && waited.elapsed() < wait {
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut held = hold(shared);
    write_pending(&mut held);
    keep_place(&held);
    held.lock = None;
}

/// True once the process's controlling terminal has hung up (field 7 of /proc/self/stat is 0).
/// `None` where this cannot be seen; then only signals are watched.
#[cfg(target_os = "linux")]
fn terminal_lost() -> Option<bool> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    let tty: i64 = rest.split_whitespace().nth(4)?.parse().ok()?;
    Some(tty == 0)
}

/// Other systems have no /proc to read: a closed window is noticed through SIGHUP (Unix) or the
/// console closing the process (Windows).
#[cfg(not(target_os = "linux"))]
fn terminal_lost() -> Option<bool> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Links, lock};

    #[test]
    fn pending_bytes_are_written_once_through_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        let mut held = Held {
            lock: Some(lock(&path, Links::Refuse).unwrap()),
            pending: Some(b"team = \"x\"\n".to_vec()),
            ..Held::default()
        };
        write_pending(&mut held);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "team = \"x\"\n");
        assert!(held.pending.is_none());
        held.lock = None;
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "the lock file is gone"
        );
    }

    #[test]
    fn pending_bytes_for_a_file_that_changed_go_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        std::fs::write(&path, "gammel").unwrap();
        let lock = lock(&path, Links::Refuse).unwrap();
        std::fs::write(&path, "en andens").unwrap();
        let mut held = Held {
            lock: Some(lock),
            pending: Some(b"mit".to_vec()),
            ..Held::default()
        };
        write_pending(&mut held);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "en andens");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a-kopi.toml")).unwrap(),
            "mit"
        );
    }

    #[test]
    fn a_closing_window_writes_what_the_stuck_loop_did_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        let shared: Shared = Arc::default();
        {
            let mut held = hold(&shared);
            held.lock = Some(lock(&path, Links::Refuse).unwrap());
            held.pending = Some(b"skrevet lige nu".to_vec());
        }
        // The loop never says it finished: after the wait, the bytes and the lock are dealt with.
        last_words(&shared, Duration::ZERO);
        assert_eq!(std::fs::read(&path).unwrap(), b"skrevet lige nu");
        assert!(hold(&shared).lock.is_none());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no lock file"
        );
    }

    /// Windows: the console control handler is taken (the call wine could not answer through
    /// signal-hook). Sending it Ctrl+Break from a test would reach every process on the console,
    /// cargo included, so the handler's work is tested through `last_words` above.
    #[cfg(windows)]
    #[test]
    fn the_console_handler_is_registered() {
        let stop = Arc::new(AtomicBool::new(false));
        watch_console(Arc::clone(&stop), Arc::default()).expect("the handler is registered");
        assert!(!stop.load(Ordering::Relaxed));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn reads_the_controlling_terminal_field() {
        // Under `cargo test` there may or may not be a terminal; the field must parse either way.
        assert!(terminal_lost().is_some());
    }
}
