//! A hidden vote is not written on the screen: while the round collects votes, the terminal's
//! own echo of what is typed is off (as a password prompt does), so the colleagues beside the
//! screen do not see it. Nothing is drawn for it: only the terminal's input mode changes, and it
//! is put back when the vote is in, when the mode ends, and on the way out after an error.
//! With stdin not a terminal (a pipe, a test) nothing is done.

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

#[cfg(unix)]
fn saved() -> Option<Saved> {
    // SAFETY: `t` is a plain C struct filled in by tcgetattr on our own stdin.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        (libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then_some(t)
    }
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

#[cfg(windows)]
fn saved() -> Option<Saved> {
    use windows_sys::Win32::System::Console::{GetConsoleMode, GetStdHandle, STD_INPUT_HANDLE};
    // SAFETY: plain calls on the process's own stdin handle; `mode` outlives the call.
    unsafe {
        let mut mode = 0;
        (GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mut mode) != 0).then_some(mode)
    }
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
