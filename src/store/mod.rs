//! The disk: the folder of assessment files, and the only place (besides `main`) that reads and
//! writes them.
//!
//! Data is sacred: every save is atomic ([`write_atomic`]), a file we cannot read is reported and
//! never written (there is no [`Assessment`] to save from it), and a second instance on the same
//! file gets it read-only ([`lock`]).

mod atomic;
mod lock;
mod places;
mod sharing;
mod trash;
pub mod tree;

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub use atomic::{create_atomic, move_noclobber, write_atomic};
pub use lock::{Links, Lock, Locked, Why, lock, lock_path};
pub use places::Places;
pub use trash::TRASH;

use crate::assessment::{Assessment, FileError, from_toml, from_toml_on_scale, to_toml};
use crate::deck::{Location, Problem};
use crate::text::clean_line;

/// Assessment files larger than this are refused before they are read. A full assessment with
/// long notes is well under 1 MiB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The learner's progress in `refleks øv` (see `study`): in the store, but not an assessment,
/// so the listing, the home screen and `aggregate` leave it alone.
pub const PROGRESS_FILE: &str = "øvelser.toml";

/// True for the name of the progress file ("ø" has no decomposed form, so every file system
/// hands the name back as written).
pub fn is_progress_file(name: &str) -> bool {
    name == PROGRESS_FILE
}

/// Longest team part of a file name, in characters.
pub const MAX_SLUG: usize = 60;

/// A temp file whose writer we cannot see is removed once it is this old: no save takes so long.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60 * 60);

/// The folder of assessment files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

/// One file found by [`Store::list`]: the assessment (or what the caller keeps of it), or why
/// it cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<T = Assessment> {
    pub path: PathBuf,
    pub result: Result<T, StoreError>,
}

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

    fn io(file: &Path, what: &str, e: &io::Error, help: &str) -> StoreError {
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
const NOT_SAVED: &str = "Vurderingen kunne ikke gemmes";

/// True for a file name ending in `.toml` in any case: Windows shows and keeps `TEAM.TOML` as
/// it was typed, and it is the same kind of file.
pub fn is_toml(name: &str) -> bool {
    name.len() > 5
        && name.is_char_boundary(name.len() - 5)
        && name[name.len() - 5..].eq_ignore_ascii_case(".toml")
}

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
                fs::metadata(target).is_ok_and(|m| m.is_file() && !m.permissions().readonly())
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

/// Reads a file that must be a plain file, at most `limit + 1` bytes. The open never blocks (a
/// named pipe planted as `x.toml` would hang a plain open), and the type is checked on the handle
/// we read from, so nothing can be swapped in between.
pub(crate) fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        ));
    }
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Removes `.<name>.tmp-<pid>.<random>` files in `dir` whose writer is gone (or that are over
/// an hour old): what a save or an `-o` killed mid-write left. Nothing else is touched.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(atomic::temp_owner) else {
            continue;
        };
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if old || !lock::pid_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Why `out` must not be written by an export (`-o`): a TOML file (an assessment, by its
/// name), an assessment under another name, or a file another refleks has open. `None` when
/// it may be; the lock, when it was taken, is held while writing.
pub fn refuse_output(out: &Path) -> Result<Option<Lock>, String> {
    let shown = clean_line(&out.display().to_string());
    let is_toml = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let holds_an_assessment = || {
        fs::symlink_metadata(out).is_ok_and(|m| m.is_file() && m.len() <= MAX_FILE_BYTES)
            && read_regular(out, MAX_FILE_BYTES)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .is_some_and(|t| from_toml(&t, "").is_ok())
    };
    if is_toml || holds_an_assessment() {
        return Err(format!(
            "{shown} er en vurdering (eller en .toml-fil) og overskrives ikke"
        ));
    }
    match lock(out, Links::Follow) {
        Ok(held) => Ok(Some(held)),
        Err(Locked {
            why: Why::Held { .. },
            ..
        }) => Err(format!(
            "{shown} er åben i en anden refleks og overskrives ikke"
        )),
        // Any other reason (no lock file can be made here): the write itself says what is wrong.
        Err(_) => Ok(None),
    }
}

impl Store {
    /// The store in `explicit` (`--store DIR`, `REFLEKS_STORE`), or in the platform's data
    /// folder. The folder is made when missing (0700 on Unix), and temp files left by a crashed
    /// save are removed.
    pub fn open(explicit: Option<&Path>) -> Result<Store, StoreError> {
        let dir = Store::location(explicit)?;
        sharing::create_dir(&dir).map_err(|e| {
            StoreError::io(
                &dir,
                "Mappen til vurderinger kan ikke oprettes",
                &e,
                "Vælg en anden mappe med --store MAPPE, eller tjek at du har adgang til den.",
            )
        })?;
        if !dir.is_dir() {
            return Err(StoreError::Io {
                file: dir.display().to_string(),
                message: "Stien til vurderingerne er en fil, ikke en mappe".to_string(),
                help: "Vælg en mappe med --store MAPPE.".to_string(),
            });
        }
        let store = Store { dir };
        store.remove_stale_temp_files();
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// An error when the store folder cannot be read (a colleague's private folder): said as
    /// such, never as an empty store.
    pub fn readable(&self) -> Result<(), StoreError> {
        fs::read_dir(&self.dir).map(drop).map_err(|e| {
            StoreError::io(
                &self.dir,
                "Mappen med vurderinger kan ikke læses",
                &e,
                "Bed den, der ejer mappen, om at give dig adgang, eller vælg en anden med \
                 --store MAPPE.",
            )
        })
    }

    /// Where the store is, without making or touching it: `explicit` (`--store DIR`,
    /// `REFLEKS_STORE`), or the platform's data folder.
    pub fn location(explicit: Option<&Path>) -> Result<PathBuf, StoreError> {
        match explicit {
            Some(dir) => Ok(dir.to_path_buf()),
            None => directories::ProjectDirs::from("dk", "refleks", "refleks")
                .map(|d| d.data_dir().to_path_buf())
                .ok_or_else(|| StoreError::Io {
                    file: "refleks".to_string(),
                    message: "Der er ingen mappe til programdata på denne computer".to_string(),
                    help: "Vælg en mappe til vurderingerne med --store MAPPE eller \
                           REFLEKS_STORE=MAPPE."
                        .to_string(),
                }),
        }
    }

    /// The file `refleks open NAME` means: `name` as given when it exists or names a folder;
    /// else, for a bare file name (what `refleks list` prints), that file in the store, with
    /// `.toml` added when it has no extension. A name found nowhere is returned as given, so the
    /// error names what the user typed.
    pub fn resolve(name: &Path, store: &Path) -> PathBuf {
        let bare = name.components().count() == 1 && name.file_name().is_some();
        if name.exists() || !bare {
            return name.to_path_buf();
        }
        let mut candidates = vec![store.join(name)];
        if name.extension().is_none() {
            candidates.push(store.join(name).with_extension("toml"));
        }
        candidates
            .into_iter()
            .find(|p| p.exists())
            .unwrap_or_else(|| name.to_path_buf())
    }

    fn remove_stale_temp_files(&self) {
        remove_stale_temps(&self.dir);
    }

    /// The file name for a new assessment: `<team>-<date>.toml`, the team in lower case ASCII
    /// (æ→ae, ø→oe, å→aa, anything else not a letter or digit → `-`). It never holds a path
    /// separator or `..`, never starts with `.`, and so cannot escape the store folder.
    pub fn file_name(team: &str, date: &str) -> String {
        let mut team = slug(team, MAX_SLUG);
        if team.is_empty() {
            team = "team".to_string();
        }
        let date = slug(date, 20);
        if date.is_empty() {
            format!("{team}.toml")
        } else {
            format!("{team}-{date}.toml")
        }
    }

    /// Saves a new assessment under a name of its own in the store, `<team>-<date>.toml`, or
    /// with `-2`, `-3`, … before `.toml` when that is taken. The name is claimed and the content
    /// written in one step, under the lock, so two instances started at once get a file each.
    pub fn create(&self, a: &Assessment) -> Result<Lock, StoreError> {
        let name = Store::file_name(&a.team, &a.created);
        let stem = name.strip_suffix(".toml").unwrap_or(&name).to_string();
        let bytes = to_toml(a).into_bytes();
        Store::fits(&self.dir.join(&name), &bytes)?;
        let mut last = None;
        for n in 1..=1000u32 {
            let path = match n {
                1 => self.dir.join(&name),
                n => self.dir.join(format!("{stem}-{n}.toml")),
            };
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            let mut held = match lock(&path, Links::Refuse) {
                Ok(held) => held,
                Err(Locked {
                    why: Why::Held { .. },
                    ..
                }) => continue,
                // No lock file (a full disk, a folder we may not write in): said as a save
                // that failed, not as a file to move (there is no file yet).
                Err(Locked {
                    why: Why::NoLockFile(reason),
                    ..
                }) => {
                    return Err(StoreError::Io {
                        file: path.display().to_string(),
                        message: format!("Vurderingen kunne ikke gemmes: {reason}"),
                        help: "Gør plads på drevet, eller vælg en anden mappe med --store \
                               MAPPE. Det, du har skrevet, er stadig åbent i refleks."
                            .to_string(),
                    });
                }
                Err(other) => return Err(StoreError::locked(&other)),
            };
            match create_atomic(held.target(), &bytes) {
                Ok(()) => {
                    held.set_seen(&bytes);
                    return Ok(held);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(StoreError::save(&path, &e)),
            }
        }
        let e = last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists));
        Err(StoreError::save(&self.dir.join(&name), &e))
    }

    /// Saves `bytes` as a new file beside `target` (`<name>-kopi.toml`, `-kopi-2`, …), never over
    /// anything, and locks it: where the work goes when its own file became someone else's.
    /// The one rule for a conflict copy, for the app and for its last save on the way out.
    pub fn create_beside(target: &Path, bytes: &[u8]) -> Result<Lock, StoreError> {
        let stem = target
            .file_stem()
            .map_or_else(|| "vurdering".into(), |s| s.to_string_lossy().into_owned());
        let mut last = None;
        for n in 1..=1000u32 {
            let name = match n {
                1 => format!("{stem}-kopi.toml"),
                n => format!("{stem}-kopi-{n}.toml"),
            };
            let path = target.with_file_name(name);
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            let mut held = match lock(&path, Links::Refuse) {
                Ok(held) => held,
                Err(Locked {
                    why: Why::Held { .. },
                    ..
                }) => continue,
                Err(other) => return Err(StoreError::locked(&other)),
            };
            match create_atomic(held.target(), bytes) {
                Ok(()) => {
                    held.set_seen(bytes);
                    return Ok(held);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(StoreError::save(&path, &e)),
            }
        }
        let e = last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists));
        Err(StoreError::save(target, &e))
    }

    /// Writes the assessment atomically to the locked file (see [`write_atomic`]), after checking
    /// that the lock is still ours and the file still what we last read or wrote
    /// ([`Lock::check`]). A file the loader would refuse is never written.
    pub fn save(held: &mut Lock, a: &Assessment) -> Result<(), StoreError> {
        Store::save_bytes(held, Store::text_for(Some(held), a).as_bytes())
    }

    /// What a save through `held` writes: the assessment laid over the file's own text, so a
    /// hand-written comment, the key order, a BOM and CRLF stay (`to_toml_over`); the plain
    /// [`to_toml`] text for a new file.
    pub fn text_for(held: Option<&Lock>, a: &Assessment) -> String {
        match held.and_then(Lock::base) {
            Some(base) => crate::assessment::to_toml_over(base, a),
            None => to_toml(a),
        }
    }

    /// Like [`Store::save`], for bytes already made by `to_toml` (the guard thread's copy).
    pub fn save_bytes(held: &mut Lock, bytes: &[u8]) -> Result<(), StoreError> {
        Store::fits(held.path(), bytes)?;
        let shown = held.path().to_path_buf();
        let failed = |e: io::Error| StoreError::save(&shown, &e);
        // Written and flushed first; then the check, then at once the rename, so a file
        // replaced by someone else is noticed up to the last moment.
        let prepared = atomic::Prepared::new(held.target(), bytes).map_err(failed)?;
        held.check().map_err(|l| match &l.why {
            // Not a reason to save elsewhere: the same file is tried again at the next save.
            Why::Unreadable { held: true, .. } => StoreError::Io {
                file: shown.display().to_string(),
                message: format!("{NOT_SAVED}: {}", crate::strings::FILE_HELD),
                help: crate::strings::FILE_HELD_HELP.to_string(),
            },
            Why::Unreadable { reason, .. } => StoreError::Io {
                file: shown.display().to_string(),
                message: format!("{NOT_SAVED}: filen kan ikke bruges lige nu ({reason})"),
                help: "Dine ændringer er stadig åbne i refleks; der prøves igen ved næste \
                       ændring, og når du lukker."
                    .to_string(),
            },
            _ => StoreError::locked(&l),
        })?;
        match prepared.exchange(held.target()) {
            // Swapped in one step: what it replaced must be what we last read or wrote, or it
            // goes back (someone else wrote in the moment since the check).
            Ok(swapped) => {
                let old = swapped.old_bytes(MAX_FILE_BYTES).ok();
                if !held.saw(old.as_deref()) {
                    swapped.undo().map_err(failed)?;
                    return Err(StoreError::locked(&held.changed_on_disk()));
                }
                swapped.keep().map_err(failed)?;
            }
            Err(prepared) => prepared.replace(held.target()).map_err(failed)?,
        }
        held.set_seen(bytes);
        Ok(())
    }

    /// An error when `bytes` are more than [`Store::load`] accepts.
    fn fits(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(StoreError::Io {
                file: path.display().to_string(),
                message: format!(
                    "Vurderingen er ikke gemt: den fylder {:.1} MiB, og en vurdering må højst \
                     fylde {} MiB",
                    bytes.len() as f64 / (1024.0 * 1024.0),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                help: "Gør de længste noter eller svar kortere; så gemmes den igen.".to_string(),
            });
        }
        Ok(())
    }

    /// Reads an assessment to use with `deck`. When the file was made with this very deck, a
    /// score or vote above its scale is a located error. When the deck has changed since, such an
    /// answer loads, and is kept apart like an orphan and never counted
    /// ([`crate::assessment::Answer::off_scale`]).
    pub fn load_for(path: &Path, deck: &crate::deck::Deck) -> Result<Assessment, StoreError> {
        let text = Store::load_text(path)?;
        Store::parse_for(&text, &path.display().to_string(), deck)
    }

    /// [`Store::load_for`] on text already read (`shown` names the file in errors).
    pub fn parse_for(
        text: &str,
        shown: &str,
        deck: &crate::deck::Deck,
    ) -> Result<Assessment, StoreError> {
        let mut a = from_toml(text, shown)?;
        if a.deck.fingerprint == crate::assessment::BEFORE_REORDER {
            crate::assessment::renumber_questions(&mut a, &deck.fingerprint());
        }
        let max = deck.max_level();
        // The cheap check first: the fingerprint serializes the whole deck, and this runs for
        // every file `list` and `aggregate` read.
        if a.answers.values().any(|x| x.off_scale(max)) && a.deck.fingerprint == deck.fingerprint()
        {
            return Err(from_toml_on_scale(text, shown, max).err().map_or_else(
                || StoreError::Io {
                    file: shown.to_string(),
                    message: format!("En vurdering ligger over skalaen 0–{max}"),
                    help: "Ret vurderingen til et tal på skalaen.".to_string(),
                },
                StoreError::File,
            ));
        }
        Ok(a)
    }

    /// Takes the lock on `path` first and then reads it, so what is read is what the lock guards:
    /// a file replaced before the lock was taken is read as replaced, and one replaced after is
    /// noticed at the first save. With the lock (`Ok`), the lock's "seen" is exactly the bytes
    /// read; without it (`Err`: open elsewhere, write-protected, …) the file is read to show.
    pub fn load_locked(
        path: &Path,
        links: Links,
        deck: &crate::deck::Deck,
    ) -> Result<(Assessment, Result<Lock, Locked>), StoreError> {
        match lock(path, links) {
            Ok(mut held) => {
                let text = Store::load_text(path)?;
                let a = Store::parse_for(&text, &path.display().to_string(), deck)?;
                held.set_seen(text.as_bytes());
                Ok((a, Ok(held)))
            }
            Err(locked) => Ok((Store::load_for(path, deck)?, Err(locked))),
        }
    }

    /// Reads an assessment from any path, in the store or not. Never writes.
    pub fn load(path: &Path) -> Result<Assessment, StoreError> {
        let text = Store::load_text(path)?;
        Ok(from_toml(&text, &path.display().to_string())?)
    }

    /// The text of an assessment file, read once: size checked from the metadata first, then
    /// UTF-8 (located to line and column). Never writes.
    pub fn load_text(path: &Path) -> Result<String, StoreError> {
        let shown = path.display().to_string();
        let help = "Tjek at filen findes, og at du har adgang til den.";
        let meta = fs::metadata(path)
            .map_err(|e| StoreError::io(path, "Vurderingen kan ikke åbnes", &e, help))?;
        if meta.is_dir() {
            return Err(StoreError::Io {
                file: shown,
                message: "Det er en mappe, ikke en vurdering".to_string(),
                help: "Angiv en .toml-fil med en vurdering.".to_string(),
            });
        }
        if !meta.is_file() {
            return Err(StoreError::Io {
                file: shown,
                message: "Det er ikke en almindelig fil (men fx en navngiven pipe eller en enhed)"
                    .to_string(),
                help: "Angiv en .toml-fil med en vurdering.".to_string(),
            });
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(StoreError::TooBig {
                file: shown,
                len: meta.len(),
            });
        }
        // Read at most one byte past the limit, in case the file grew since we looked.
        let bytes = read_regular(path, MAX_FILE_BYTES)
            .map_err(|e| StoreError::io(path, "Vurderingen kan ikke læses", &e, help))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(StoreError::TooBig {
                file: shown,
                len: bytes.len() as u64,
            });
        }
        String::from_utf8(bytes).map_err(|e| {
            let bytes = e.as_bytes();
            let valid_up_to = e.utf8_error().valid_up_to();
            let problem = Problem::new(
                &shown,
                "Filen er ikke gyldig UTF-8",
                "Gem filen som UTF-8 (i de fleste editorer: Gem som → Kodning: UTF-8).",
            )
            .at(Location::of_invalid_utf8(bytes, valid_up_to));
            StoreError::File(FileError {
                file: shown.clone(),
                problems: vec![problem],
                newer_schema: None,
            })
        })
    }

    /// Every `*.toml` file directly in the store, each read once: newest `updated` first, then
    /// by name; files that cannot be read come last, by name. Temp and lock files are skipped.
    pub fn list(&self, deck: &crate::deck::Deck) -> Vec<Listed> {
        self.list_with(deck, |a| a, |a| &a.updated)
    }

    /// The `*.toml` files directly in the store, not read yet, in no particular order. Temp
    /// and lock files are skipped, and so are folders; a pipe or device named `*.toml` is
    /// listed, and found unreadable when it is loaded.
    pub fn list_paths(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter(|entry| {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                is_toml(&name) && !name.starts_with('.') && !is_progress_file(&name)
            })
            .map(|entry| entry.path())
            .filter(|path| !path.is_dir())
            .collect()
    }

    /// Like [`Store::list`], but each assessment is turned into what the caller keeps
    /// (`keep`) as soon as it is read, on every core, so a store of 10,000 files never holds
    /// 10,000 assessments. `updated` gives the date the list is sorted by.
    pub fn list_with<T: Send>(
        &self,
        deck: &crate::deck::Deck,
        keep: impl Fn(Assessment) -> T + Sync,
        updated: impl Fn(&T) -> &str,
    ) -> Vec<Listed<T>> {
        let paths = self.list_paths();
        let mut listed: Vec<Listed<T>> = tree::each_parallel(&paths, Vec::new, |out, _, path| {
            out.push(Listed {
                result: Store::load_for(path, deck).map(&keep),
                path: path.clone(),
            });
        })
        .into_iter()
        .flatten()
        .collect();
        fn date<'a, T>(l: &'a Listed<T>, updated: &impl Fn(&T) -> &str) -> Option<&'a str> {
            l.result.as_ref().ok().map(updated)
        }
        listed.sort_by(|a, b| {
            // `Some` sorts after `None`, and newer dates after older ones: compare reversed.
            date(b, &updated)
                .cmp(&date(a, &updated))
                .then_with(|| a.path.cmp(&b.path))
        });
        listed
    }
}

/// Lower-case ASCII letters and digits, æøå spelled out, runs of anything else as one `-`, no
/// `-` at either end; at most `max` characters.
fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let spelled = match c {
            'æ' => Some("ae"),
            'ø' => Some("oe"),
            'å' => Some("aa"),
            _ => None,
        };
        let push = |out: &mut String, dash: &mut bool, t: &str| {
            if *dash && !out.is_empty() {
                out.push('-');
            }
            *dash = false;
            out.push_str(t);
        };
        if let Some(t) = spelled {
            push(&mut out, &mut dash, t);
        } else if c.is_ascii_alphanumeric() {
            push(&mut out, &mut dash, c.encode_utf8(&mut [0; 4]));
        } else {
            dash = true;
        }
        if out.len() >= max {
            break;
        }
    }
    out.truncate(max);
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A file made with the deck before its questions were reordered is read with each
    /// reflection under the question it answered (the one load path does it for every command).
    #[test]
    fn an_old_decks_reflections_are_read_under_their_new_numbers() {
        let deck = crate::deck::Deck::embedded();
        let mut a = Assessment::new(&deck, "Team Syd", vec![], vec![], "2026-10-02");
        a.deck.fingerprint = crate::assessment::BEFORE_REORDER.to_string();
        a.set_reflection("3.11", 6, "Vi skriver en sms".into());
        let text = crate::assessment::to_toml(&a);
        let read = Store::parse_for(&text, "team-syd.toml", &deck).unwrap();
        assert_eq!(read.reflection("3.11", 8), Some("Vi skriver en sms"));
        assert_eq!(read.reflection("3.11", 6), None);
        assert_eq!(read.deck.fingerprint, deck.fingerprint());
    }

    #[test]
    fn toml_files_are_found_in_any_case() {
        for yes in ["a.toml", "TEAM.TOML", "Team.Toml", "æøå.tOmL"] {
            assert!(is_toml(yes), "{yes}");
        }
        for no in [".toml", "a.tom", "a.toml.bak", "atoml", "ø.tøml", ""] {
            assert!(!is_toml(no), "{no}");
        }
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(Some(dir.path())).unwrap();
        fs::write(dir.path().join("TEAM-NORD.TOML"), "").unwrap();
        fs::write(dir.path().join("noter.txt"), "").unwrap();
        assert_eq!(
            store.list_paths(),
            [dir.path().join("TEAM-NORD.TOML")],
            "the listing takes an upper-case name"
        );
    }

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

    #[test]
    fn file_names_are_readable() {
        assert_eq!(
            Store::file_name("Team Nord", "2026-11-23"),
            "team-nord-2026-11-23.toml"
        );
        assert_eq!(
            Store::file_name("  Ærø / Øst & Å-holdet!! ", "2026-11-23"),
            "aeroe-oest-aa-holdet-2026-11-23.toml"
        );
        assert_eq!(
            Store::file_name("../../etc/passwd", "2026-01-01"),
            "etc-passwd-2026-01-01.toml"
        );
        assert_eq!(
            Store::file_name("...", "2026-01-01"),
            "team-2026-01-01.toml"
        );
        assert_eq!(Store::file_name("", ""), "team.toml");
        assert_eq!(
            Store::file_name("Café Ünïcode", "x/../y"),
            "caf-n-code-x-y.toml"
        );
        let long = Store::file_name(&"a".repeat(500), "2026-01-01");
        assert_eq!(long, format!("{}-2026-01-01.toml", "a".repeat(60)));
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

    #[test]
    fn slugs_end_without_a_dash_when_cut() {
        let s = slug(&format!("{} b", "a".repeat(59)), 60);
        assert_eq!(s, "a".repeat(59));
        assert_eq!(slug(&"æ".repeat(40), 60).len(), 60);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn file_names_never_escape_the_store(team in "\\PC*|[./\\\\ æøåÆØÅ-]{0,20}", date in ".*") {
            let name = Store::file_name(&team, &date);
            prop_assert!(!name.contains('/'), "{name}");
            prop_assert!(!name.contains('\\'), "{name}");
            prop_assert!(!name.contains(".."), "{name}");
            prop_assert!(!name.starts_with('.'), "{name}");
            prop_assert!(!name.starts_with('-'), "{name}");
            prop_assert!(name.ends_with(".toml"), "{name}");
            prop_assert_eq!(name.matches('.').count(), 1, "{}", name);
            prop_assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'), "{}", name);
            prop_assert!(name.len() <= MAX_SLUG + 1 + 20 + 5, "{}", name);
            let path = Path::new("/store").join(&name);
            prop_assert_eq!(path.parent(), Some(Path::new("/store")));
        }
    }
}
