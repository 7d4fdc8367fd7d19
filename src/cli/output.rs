//! What a command produced, and how it reaches the terminal: stdout, stderr (in colour only for
//! a person at a terminal), the exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::deck::DeckError;
use crate::text::clean_line;

/// What a command produced: text for stdout, text for stderr, and the exit code.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

impl Output {
    pub(super) fn ok(stdout: String) -> Output {
        Output {
            stdout,
            ..Output::default()
        }
    }

    /// A command that failed: the message on stderr, exit code 1.
    pub(super) fn failed(stderr: String) -> Output {
        Output {
            stderr,
            code: 1,
            ..Output::default()
        }
    }

    pub(super) fn deck_error(e: &DeckError, color: bool) -> Output {
        Output {
            stderr: e.render(color),
            code: 1,
            ..Output::default()
        }
    }

    pub fn print(self) -> ExitCode {
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        let written = stdout
            .write_all(self.stdout.as_bytes())
            .and_then(|()| stdout.flush());
        eprint!("{}", self.stderr);
        match written {
            // A reader that stops early (`| head`, a pager closed with q) is not an error.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!(
                    "fejl: Teksten kunne ikke skrives færdig ({}).\n  = hjælp: Er disken fuld, eller er filen, du sender teksten til, skrivebeskyttet?",
                    clean_line(&e.to_string())
                );
                ExitCode::from(1)
            }
            _ => ExitCode::from(self.code),
        }
    }
}

/// Colour only for a person at a terminal, and never when NO_COLOR is set.
pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stderr().is_terminal()
        && console_takes_escapes()
}

/// The old Windows console prints colour codes as text unless it is asked to read them (VT
/// processing, Windows 10 and later); where it says no, there is no colour.
#[cfg(windows)]
fn console_takes_escapes() -> bool {
    use windows_sys::Win32::System::Console::{
        ENABLE_VIRTUAL_TERMINAL_PROCESSING, GetConsoleMode, GetStdHandle, STD_ERROR_HANDLE,
        SetConsoleMode,
    };
    // SAFETY: plain calls on the process's own stderr handle; `mode` outlives the call.
    unsafe {
        let handle = GetStdHandle(STD_ERROR_HANDLE);
        let mut mode = 0;
        GetConsoleMode(handle, &mut mode) != 0
            && (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0
                || SetConsoleMode(handle, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0)
    }
}

/// Unix terminals read colour codes.
#[cfg(unix)]
fn console_takes_escapes() -> bool {
    true
}
