//! Why the store or a file in it cannot be used: [`StoreError`], in Danish, naming the file and
//! saying what to do; the system's reasons put into Danish first.

use std::fmt;
use std::io;
use std::path::Path;

use super::MAX_FILE_BYTES;
use super::locked::Locked;
use crate::assessment::FileError;
use crate::deck::Problem;
use crate::text::clean_line;

/// Why the store or a file in it cannot be used. Renders in Danish, names the file, says what to
/// do; nothing from the file or the system reaches the terminal uncleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The file was read but is not a valid assessment (syntax, fields, a newer format).
    File(FileError),
    /// The file is larger than [`MAX_FILE_BYTES`]; not a byte of it was read.
    TooBig { file: String, len: u64 },
    /// The lock stopped a save or an edit: someone else writes the file, or it moved.
    Locked(Locked),
    /// A file or folder could not be read, or the store folder could not be made.
    Io {
        file: String,
        message: String,
        help: String,
    },
}

impl StoreError {
    /// The located report(s), rustc-like, with a last line on what happens now.
    pub fn render(&self, color: bool) -> String {
        match self {
            StoreError::File(e) => e.render(color),
            other => {
                let mut out = other.problem().render(color);
                out.push('\n');
                out.push_str(&format!("{} er ikke ændret.\n", clean_line(other.file())));
                out
            }
        }
    }

    /// The same in plain words, for a message in the app (no arrows, no "os error").
    pub fn plain(&self) -> String {
        match self {
            StoreError::File(e) => e.plain(),
            other => format!(
                "{}\n{} er ikke ændret.",
                other.problem().plain(),
                clean_line(other.file())
            ),
        }
    }

    /// The file or folder the error is about, as shown to the user.
    pub fn file(&self) -> &str {
        match self {
            StoreError::File(e) => &e.file,
            StoreError::TooBig { file, .. } | StoreError::Io { file, .. } => file,
            StoreError::Locked(l) => l.file.to_str().unwrap_or_default(),
        }
    }

    /// True when the file was written by a newer refleks.
    pub fn is_newer_schema(&self) -> bool {
        matches!(self, StoreError::File(e) if e.newer_schema.is_some())
    }

    /// What is wrong, on one line and without the file's path: "linje 4, kolonne 9:
    /// TOML-syntaksfejl: …". For lists of many files, where the path stands beside it.
    pub fn reason(&self) -> String {
        let p = self.problem();
        let more = match self {
            StoreError::File(e) if e.problems.len() > 1 => {
                format!(" (og {} problemer mere)", e.problems.len() - 1)
            }
            _ => String::new(),
        };
        let text = match &p.at {
            Some(at) => format!(
                "linje {}, kolonne {}: {}{more}",
                at.line, at.column, p.message
            ),
            None => format!("{}{more}", p.message),
        };
        clean_line(&text)
    }

    fn problem(&self) -> Problem {
        match self {
            StoreError::File(e) => e.problems.first().cloned().unwrap_or_else(|| {
                Problem::new(&e.file, "Filen kan ikke læses", "Ret filen, og prøv igen.")
            }),
            StoreError::TooBig { file, len } => Problem::new(
                file,
                format!(
                    "Filen er for stor ({:.1} MiB); en vurdering må højst fylde {} MiB",
                    *len as f64 / (1024.0 * 1024.0),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                "Tjek at det er den rigtige fil. En vurdering fylder normalt nogle få KiB.",
            ),
            StoreError::Io {
                file,
                message,
                help,
            } => Problem::new(file, message.clone(), help.clone()),
            StoreError::Locked(l) => Problem::new(
                &l.file.display().to_string(),
                "Vurderingen er ikke gemt",
                l.message(),
            ),
        }
    }

    /// A save that failed on the disk: the Danish reason first, the system's words after.
    pub fn save(file: &Path, e: &io::Error) -> StoreError {
        if held_elsewhere(file, e) {
            return StoreError::Io {
                file: file.display().to_string(),
                message: format!("{NOT_SAVED}: {}", crate::strings::FILE_HELD),
                help: crate::strings::FILE_HELD_HELP.to_string(),
            };
        }
        let help = match e.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                "Gør plads på drevet; dine ændringer gemmes ved næste ændring, eller når du lukker."
            }
            io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied => {
                "Tjek at du må skrive i mappen, eller vælg en anden med --store MAPPE."
            }
            _ => "Tjek drevet og mappen; dine ændringer er stadig åbne i refleks.",
        };
        StoreError::io(file, NOT_SAVED, e, help)
    }

    /// A save or an edit stopped by the lock (someone else writes, or the file moved).
    pub fn locked(l: &Locked) -> StoreError {
        StoreError::Locked(l.clone())
    }

    /// A failed save for the status line of the app, where the open assessment is the file:
    /// the reason and what to do, without the path, so 80 columns show the reason.
    pub fn status_line(&self) -> String {
        match self {
            StoreError::Io { message, help, .. } => {
                let reason = message
                    .strip_prefix(NOT_SAVED)
                    .map_or(message.as_str(), |r| r.trim_start_matches(": "));
                clean_line(&format!("{reason}. {help}"))
            }
            other => other.one_line(),
        }
    }

    /// The whole error on one line, for the status line.
    pub fn one_line(&self) -> String {
        match self {
            StoreError::Io {
                file,
                message,
                help,
            } => clean_line(&format!("{file}: {message}. {help}")),
            StoreError::Locked(l) => l.message(),
            other => {
                let p = other.problem();
                let at =
                    p.at.as_ref()
                        .map(|at| format!(":{}:{}", at.line, at.column))
                        .unwrap_or_default();
                clean_line(&format!("{}{at}: {}. {}", p.file, p.message, p.help))
            }
        }
    }

    pub(super) fn io(file: &Path, what: &str, e: &io::Error, help: &str) -> StoreError {
        StoreError::Io {
            file: file.display().to_string(),
            message: format!("{what}: {}", io_reason(e)),
            help: help.to_string(),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for StoreError {}

impl From<FileError> for StoreError {
    fn from(e: FileError) -> StoreError {
        StoreError::File(e)
    }
}

/// How a failed save begins, in every message about one.
pub(crate) const NOT_SAVED: &str = "Vurderingen kunne ikke gemmes";

/// True when writing `target` failed because another program has the file open. Windows says
/// so with a sharing or lock violation, or, when a save replaces a file Excel holds, with
/// "access denied" on a file that is there and not write-protected. Unix never refuses a write
/// for that.
pub fn held_elsewhere(target: &Path, e: &io::Error) -> bool {
    #[cfg(windows)]
    {
        use windows_sys::Win32::Foundation::{
            ERROR_ACCESS_DENIED, ERROR_LOCK_VIOLATION, ERROR_SHARING_VIOLATION,
        };
        match e.raw_os_error().and_then(|code| u32::try_from(code).ok()) {
            Some(ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION) => true,
            Some(ERROR_ACCESS_DENIED) => {
                std::fs::metadata(target).is_ok_and(|m| m.is_file() && !m.permissions().readonly())
            }
            _ => false,
        }
    }
    #[cfg(unix)]
    {
        let _ = (target, e);
        false
    }
}

/// The system's reason: a Danish sentence for the common ones, the system's own words after it.
pub(crate) fn io_reason(e: &io::Error) -> String {
    let danish = match e.kind() {
        io::ErrorKind::NotFound => "den findes ikke",
        io::ErrorKind::PermissionDenied => "du har ikke lov til at skrive eller læse her",
        io::ErrorKind::IsADirectory => "det er en mappe, ikke en fil",
        io::ErrorKind::NotADirectory => "en del af stien er en fil, ikke en mappe",
        io::ErrorKind::AlreadyExists => "der står allerede en fil med det navn",
        io::ErrorKind::ReadOnlyFilesystem => "drevet er skrivebeskyttet",
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "disken er fuld",
        io::ErrorKind::FileTooLarge => "filen er for stor til drevet",
        io::ErrorKind::InvalidInput => "det er ikke en almindelig fil",
        _ => return format!("systemet svarede: {}", clean_line(&e.to_string())),
    };
    format!("{danish} (systemet: {})", clean_line(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Windows' own words for a file another program holds: a sharing or lock violation.
    #[cfg(windows)]
    #[test]
    fn a_file_held_by_another_program_is_named_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        for code in [32, 33] {
            let e = StoreError::save(&path, &io::Error::from_raw_os_error(code));
            let line = e.one_line();
            assert!(
                line.contains("åben i et andet program (fx Excel)"),
                "{line}"
            );
            assert!(line.contains("Luk den og prøv igen."), "{line}");
        }
    }

    /// The app's status line keeps the reason of a failed save, whatever the path.
    #[test]
    fn a_failed_save_on_the_status_line_is_its_reason() {
        let path = Path::new("/a/very/long/folder/name/that/goes/on/and/on/team-nord.toml");
        let e = StoreError::save(path, &io::Error::from(io::ErrorKind::StorageFull));
        let line = e.status_line();
        assert!(line.starts_with("disken er fuld"), "{line}");
        assert!(!line.contains("/a/very"), "{line}");
        let held = StoreError::Io {
            file: path.display().to_string(),
            message: format!("{NOT_SAVED}: {}", crate::strings::FILE_HELD),
            help: crate::strings::FILE_HELD_HELP.to_string(),
        };
        let status = format!(" ⚠ {}: {}", crate::strings::SAVE_FAILED, held.status_line());
        assert_eq!(
            status,
            " ⚠ Ikke gemt: filen er åben i et andet program (fx Excel). Luk den og prøv igen."
        );
        assert!(status.chars().count() <= 80, "{status}");
    }

    /// Issue 12, break 3: OS errors get a Danish sentence first, the system's words after.
    #[test]
    fn os_errors_are_danish_first() {
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let reason = io_reason(&full);
        assert!(reason.starts_with("disken er fuld (systemet: "), "{reason}");
        let ro = io::Error::from_raw_os_error(30); // EROFS on Linux
        if cfg!(target_os = "linux") {
            let reason = io_reason(&ro);
            assert!(
                reason.starts_with("drevet er skrivebeskyttet (systemet: "),
                "{reason}"
            );
        }
        let e = StoreError::save(Path::new("/s/a.toml"), &full);
        let line = e.one_line();
        assert!(
            line.starts_with("/s/a.toml: Vurderingen kunne ikke gemmes: disken er fuld"),
            "{line}"
        );
        assert!(line.contains("Gør plads på drevet"), "{line}");
    }
}
