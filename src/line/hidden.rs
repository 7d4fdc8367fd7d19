//! A hidden vote is not written on the screen: while the round collects votes, the terminal's
//! own echo of what is typed is off (as a password prompt does), so the colleagues beside the
//! screen do not see it. Nothing is drawn for it: only the terminal's input mode changes, and it
//! is put back when the vote is in, when the mode ends, and on the way out after an error.
//! With stdin not a terminal (a pipe, a test) nothing is done. A stop from outside (Ctrl+C,
//! a closed window, `kill`) puts the echo back before the process ends, so the shell after it
//! shows what is typed.

use std::io::IsTerminal;

/// The terminal's echo as it was when the line mode began; put back on drop.
pub struct Echo {
    was: Option<Saved>,
    off: bool,
}

impl Echo {
    pub fn new() -> Echo {
        let was = if std::io::stdin().is_terminal() {
            saved()
        } else {
            None
        };
        Echo { was, off: false }
    }

    /// Echo off (`hide`) for the next line, or back as it was.
    pub fn hide(&mut self, hide: bool) {
        if hide == self.off {
            return;
        }
        if let Some(was) = &self.was {
            set(was, hide);
            self.off = hide;
        }
    }
}

impl Default for Echo {
    fn default() -> Echo {
        Echo::new()
    }
}

impl Drop for Echo {
    fn drop(&mut self) {
        self.hide(false);
    }
}

#[cfg(unix)]
type Saved = libc::termios;

/// The terminal as it was, for the signal handlers.
#[cfg(unix)]
static SAVED: std::sync::OnceLock<libc::termios> = std::sync::OnceLock::new();

#[cfg(unix)]
fn saved() -> Option<Saved> {
    // SAFETY: `t` is a plain C struct filled in by tcgetattr on our own stdin.
    let t = unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        (libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then_some(t)
    }?;
    if SAVED.set(t).is_ok() {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            // SAFETY: the action calls only tcsetattr (async-signal-safe) and then ends the
            // process as the signal would have.
            let _ = unsafe {
                signal_hook::low_level::register(signal, move || {
                    if let Some(t) = SAVED.get() {
                        libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
                    }
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                })
            };
        }
    }
    Some(t)
}

#[cfg(unix)]
fn set(was: &Saved, hide: bool) {
    let mut t = *was;
    if hide {
        // The line is still edited by the terminal (Backspace works); only the echo goes.
        t.c_lflag &= !(libc::ECHO | libc::ECHONL);
    }
    // SAFETY: `t` is a valid termios for our own stdin.
    unsafe {
        libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
    }
}

#[cfg(windows)]
type Saved = u32;

/// The console's input mode as it was, for the control handler; `u32::MAX` until known.
#[cfg(windows)]
static SAVED_MODE: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(u32::MAX);

#[cfg(windows)]
fn saved() -> Option<Saved> {
    use std::sync::atomic::Ordering;
    use windows_sys::Win32::System::Console::{
        GetConsoleMode, GetStdHandle, STD_INPUT_HANDLE, SetConsoleCtrlHandler,
    };
    /// Ctrl+C, Ctrl+Break, a closed window: the mode goes back, then the next handler (the
    /// default one) ends the process.
    unsafe extern "system" fn on_event(_kind: u32) -> windows_sys::core::BOOL {
        let mode = SAVED_MODE.load(Ordering::SeqCst);
        if mode != u32::MAX {
            // SAFETY: a plain call on the process's own stdin handle.
            unsafe {
                windows_sys::Win32::System::Console::SetConsoleMode(
                    GetStdHandle(STD_INPUT_HANDLE),
                    mode,
                );
            }
        }
        0
    }
    // SAFETY: plain calls on the process's own stdin handle; `mode` outlives the call.
    let mode = unsafe {
        let mut mode = 0;
        (GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mut mode) != 0).then_some(mode)
    }?;
    if SAVED_MODE.swap(mode, Ordering::SeqCst) == u32::MAX {
        // SAFETY: `on_event` is a valid handler for the life of the process.
        unsafe {
            SetConsoleCtrlHandler(Some(on_event), 1);
        }
    }
    Some(mode)
}

#[cfg(windows)]
fn set(was: &Saved, hide: bool) {
    use windows_sys::Win32::System::Console::{
        ENABLE_ECHO_INPUT, GetStdHandle, STD_INPUT_HANDLE, SetConsoleMode,
    };
    let mode = if hide {
        *was & !ENABLE_ECHO_INPUT
    } else {
        *was
    };
    // SAFETY: a plain call on the process's own stdin handle.
    unsafe {
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), mode);
    }
}
