//! The last line of defence for what was typed. The event loop can be stuck where it cannot
//! notice anything: when the terminal window is closed, the terminal library keeps reading an
//! empty input in a loop, and a SIGHUP or SIGTERM flag is never looked at. So a small thread
//! watches from outside: it holds the newest unsaved state as ready-to-write bytes, and when the
//! terminal is gone, or a stop signal was not answered within a second, it writes them, puts the
//! terminal back as well as it can, and ends the process.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// The newest unsaved assessment: where it goes and the file's bytes.
pub type Pending = Arc<Mutex<Option<(PathBuf, Vec<u8>)>>>;

const TICK: Duration = Duration::from_millis(200);
/// How long the event loop gets to answer a stop signal itself.
const GRACE: Duration = Duration::from_secs(1);

pub fn spawn(stop: Arc<AtomicBool>, pending: Pending) {
    let had_terminal = controlling_terminal().is_some_and(|tty| tty != 0);
    let _ = std::thread::Builder::new()
        .name("refleks-guard".into())
        .spawn(move || {
            let mut stop_seen: Option<Instant> = None;
            loop {
                std::thread::sleep(TICK);
                let lost = had_terminal && controlling_terminal() == Some(0);
                if stop.load(Ordering::Relaxed) {
                    stop_seen.get_or_insert_with(Instant::now);
                }
                let ignored = stop_seen.is_some_and(|t| t.elapsed() >= GRACE);
                if lost || ignored {
                    write_pending(&pending);
                    ratatui::restore();
                    std::process::exit(if lost { 1 } else { 0 });
                }
            }
        });
}

/// Writes what is pending, if anything. Also used by the event loop on its normal way out.
pub fn write_pending(pending: &Pending) {
    let taken = pending
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    if let Some((path, bytes)) = taken {
        let _ = crate::store::write_atomic(&path, &bytes);
    }
}

/// The process's controlling terminal as the kernel sees it (field 7 of /proc/self/stat); 0 once
/// the terminal has hung up. `None` where there is no /proc (then only signals are watched).
fn controlling_terminal() -> Option<i64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_bytes_are_written_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        let pending: Pending =
            Arc::new(Mutex::new(Some((path.clone(), b"team = \"x\"\n".to_vec()))));
        write_pending(&pending);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "team = \"x\"\n");
        assert!(pending.lock().unwrap().is_none());
        std::fs::remove_file(&path).unwrap();
        write_pending(&pending);
        assert!(!path.exists());
    }

    #[test]
    fn reads_the_controlling_terminal_field() {
        // Under `cargo test` there may or may not be a terminal; the field must parse either way.
        assert!(controlling_terminal().is_some());
    }
}
