//! One writer per assessment. The lock is an OS lock (`File::try_lock`) on a lock file beside the
//! file's real (canonical) path, `.<file name>.lock`, so every alias of one file meets the same
//! lock, and a lock whose process died is free again without guessing from process ids. The lock
//! file also holds the process id and the machine's name, to say who has the file open.
//!
//! A lock is checked again before every save ([`Lock::check`]): the lock file must still be the
//! one we locked, the path must still lead to the same file, and the file must still hold what we
//! last read or wrote. Anything else means someone else is (or was) writing, and we stop.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::hash::{DefaultHasher, Hasher};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::locked::{Locked, Why};
use super::process::this_host;

/// The end of a lock file's name.
pub(crate) const LOCK_SUFFIX: &str = ".lock";

/// Whether a path that is a symbolic link may be edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// The user named this path themselves (`refleks open PATH`): a link is what they meant.
    Follow,
    /// The path was found in the store: a link there may have been planted by someone else.
    Refuse,
}

/// Held while this process may write the assessment. Dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    /// `None` only while dropping.
    file: Option<File>,
    lock_file: PathBuf,
    /// The path as the user gave it (shown in messages).
    given: PathBuf,
    /// The real path of the assessment: every save goes here.
    target: PathBuf,
    /// What the file held when we took it or last wrote it; `None` while there is no file.
    seen: Option<Fingerprint>,
    /// That text itself, so a save can keep the file's own layout (comments, order, line ends).
    base: Option<String>,
}

/// The length and a hash of a file's bytes: enough to notice that someone else wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    pub(crate) fn of(bytes: &[u8]) -> Fingerprint {
        let mut h = DefaultHasher::new();
        h.write(bytes);
        Fingerprint {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }
}

impl Lock {
    pub fn lock_file(&self) -> &Path {
        &self.lock_file
    }

    /// The path as the user gave it.
    pub fn path(&self) -> &Path {
        &self.given
    }

    /// The real path every save writes to.
    pub fn target(&self) -> &Path {
        &self.target
    }

    pub(crate) fn set_seen(&mut self, bytes: &[u8]) {
        self.seen = Some(Fingerprint::of(bytes));
        self.base = String::from_utf8(bytes.to_vec()).ok();
    }

    /// What the file held when we last read or wrote it, as a short text ("length:hash").
    pub(crate) fn seen_text(&self) -> Option<String> {
        self.seen.map(|f| format!("{}:{:016x}", f.len, f.hash))
    }

    /// The file's text as we last read or wrote it.
    pub(crate) fn base(&self) -> Option<&str> {
        self.base.as_deref()
    }

    /// True when `bytes` (a file's content, `None` for no file) are what we last read or
    /// wrote; also when we never had a file to compare with.
    pub(crate) fn saw(&self, bytes: Option<&[u8]>) -> bool {
        self.seen.is_none() || self.seen == bytes.map(Fingerprint::of)
    }

    /// The reason a save stops when someone else wrote the file.
    pub(crate) fn changed_on_disk(&self) -> Locked {
        self.locked(Why::ChangedOnDisk)
    }

    fn locked(&self, why: Why) -> Locked {
        Locked {
            file: self.given.clone(),
            lock_file: self.lock_file.clone(),
            why,
        }
    }

    /// Checks, just before a save, that we are still the one writer of the file and that the
    /// save would not replace anything but what we read or wrote. A lock file removed by hand is
    /// made again when no one else has taken it meanwhile.
    pub fn check(&mut self) -> Result<(), Locked> {
        if canonical(&self.given).ok().as_deref() != Some(self.target.as_path()) {
            return Err(self.locked(Why::Moved));
        }
        if !self.still_ours() {
            let relocked = relock_with_retries(&self.lock_file).map_err(|why| {
                self.locked(match why {
                    Why::Held { .. } => Why::Lost,
                    // Not someone else's: a failure of the moment, never a reason to fork.
                    Why::NoLockFile(reason) => Why::Unreadable {
                        held: false,
                        reason,
                    },
                    why => why,
                })
            })?;
            self.file = Some(relocked);
        }
        match fs::symlink_metadata(&self.target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(self.locked(Why::unreadable(&self.target, &e))),
            Ok(meta) => {
                if let Some(why) = unwritable(&meta) {
                    return Err(self.locked(why));
                }
                let now = read_with_retries(&self.target)
                    .map_err(|e| self.locked(Why::unreadable(&self.target, &e)))?;
                if self.seen.is_some_and(|seen| seen != Fingerprint::of(&now)) {
                    return Err(self.locked(Why::ChangedOnDisk));
                }
                Ok(())
            }
        }
    }

    /// True while the lock file at our path is the very file we hold locked.
    fn still_ours(&self) -> bool {
        let Some(file) = &self.file else {
            return false;
        };
        same_file(file, &self.lock_file)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if !self.still_ours() {
            return;
        }
        // Unix: unlink while still holding the lock, so no one can lock the old file in between.
        // Windows: a file open without delete sharing cannot be removed; close it first.
        #[cfg(unix)]
        {
            let _ = fs::remove_file(&self.lock_file);
            self.file = None;
        }
        #[cfg(windows)]
        {
            self.file = None;
            let _ = fs::remove_file(&self.lock_file);
        }
    }
}

/// The lock file of an assessment: `.<file name>.lock` in the same folder.
pub fn lock_path(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let mut lock = OsString::from(".");
    lock.push(name);
    lock.push(LOCK_SUFFIX);
    Some(path.with_file_name(lock))
}

/// The real path of `path`, also for a file not made yet (its folder's real path and its name).
pub(crate) fn canonical(path: &Path) -> io::Result<PathBuf> {
    match real_path(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let name = path
                .file_name()
                .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            Ok(real_path(dir)?.join(name))
        }
        other => other,
    }
}

/// `fs::canonicalize`. On Windows some drives (network shares, RAM disks, some sync folders)
/// cannot answer it for a file that is there; then the absolute path as written stands in, so
/// the file can still be edited (every check compares paths made the same way).
fn real_path(path: &Path) -> io::Result<PathBuf> {
    let real = fs::canonicalize(path);
    #[cfg(windows)]
    if let Err(e) = &real
        && e.kind() != io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok()
    {
        return std::path::absolute(path);
    }
    real
}

/// Takes the lock on `path`, or says why the file must open read-only.
pub fn lock(path: &Path, links: Links) -> Result<Lock, Locked> {
    let fail = |lock_file: PathBuf, why: Why| Locked {
        file: path.to_path_buf(),
        lock_file,
        why,
    };
    let plain_lock = lock_path(path).unwrap_or_else(|| path.to_path_buf());
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(fail(plain_lock, Why::NoLockFile(super::io_reason(&e)))),
    };
    let target = canonical(path)
        .map_err(|e| fail(plain_lock.clone(), Why::NoLockFile(super::io_reason(&e))))?;
    if links == Links::Refuse && meta.as_ref().is_some_and(|m| m.file_type().is_symlink()) {
        return Err(fail(plain_lock, Why::Symlink(target)));
    }
    let Some(lock_file) = lock_path(&target) else {
        return Err(fail(plain_lock, Why::NotAFile));
    };
    if let Ok(meta) = fs::metadata(&target)
        && let Some(why) = unwritable(&meta)
    {
        return Err(fail(lock_file, why));
    }
    let file = lock_file_at(&lock_file).map_err(|why| fail(lock_file.clone(), why))?;
    // Read after locking: from now on only we change the file.
    let seen = super::read_regular(&target, super::MAX_FILE_BYTES)
        .ok()
        .map(|b| Fingerprint::of(&b));
    Ok(Lock {
        file: Some(file),
        lock_file,
        given: path.to_path_buf(),
        target,
        seen,
        base: None,
    })
}

/// Why a file with this metadata must not be replaced, if there is a reason.
fn unwritable(meta: &fs::Metadata) -> Option<Why> {
    if !meta.is_file() {
        return Some(Why::NotAFile);
    }
    if meta.permissions().readonly() {
        return Some(Why::ReadOnlyFile);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Some(Why::HardLinked);
        }
    }
    // Windows: the number of links is not available from std; a hard-linked file is saved like
    // any other there (README: not yet tested on Windows).
    None
}

/// How often, and how far apart, a file that cannot be read just before a save is tried again.
const READ_TRIES: u32 = 3;
const READ_PAUSE: std::time::Duration = std::time::Duration::from_millis(100);

/// The file's bytes for the check before a save. A read that fails for a moment (a virus scanner
/// or a sync client has the file open without sharing) is tried again; a file that cannot be
/// read is never taken for a changed one.
fn read_with_retries(path: &Path) -> io::Result<Vec<u8>> {
    let mut tries = 1;
    loop {
        match super::read_regular(path, super::MAX_FILE_BYTES) {
            Err(e) if tries < READ_TRIES && e.kind() != io::ErrorKind::NotFound => {
                tries += 1;
                std::thread::sleep(READ_PAUSE);
            }
            other => return other,
        }
    }
}

/// The lock file made and locked again (it was removed or replaced), tried a few times when it
/// fails for another reason than another refleks holding it.
fn relock_with_retries(lock_file: &Path) -> Result<File, Why> {
    let mut tries = 1;
    loop {
        match lock_file_at(lock_file) {
            Err(Why::NoLockFile(_)) if tries < READ_TRIES => {
                tries += 1;
                std::thread::sleep(READ_PAUSE);
            }
            other => return other,
        }
    }
}

/// Opens (or makes) the lock file and locks it; the lock file then names us.
fn lock_file_at(lock_file: &Path) -> Result<File, Why> {
    // A few rounds: the file we locked may have been removed by its last holder just before.
    for _ in 0..3 {
        let mut file =
            open_lock_file(lock_file).map_err(|e| Why::NoLockFile(super::io_reason(&e)))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let (pid, host) = holder(lock_file);
                let host = host.filter(|h| Some(h) != this_host().as_ref());
                return Err(Why::Held { pid, host });
            }
            Err(TryLockError::Error(e)) => return Err(Why::NoLockFile(super::io_reason(&e))),
        }
        if !same_file(&file, lock_file) {
            continue;
        }
        // Only a lock file's own content is ever replaced: a file we did not make (planted
        // under the lock file's name, or left by something else) is never emptied.
        if !holds_a_lock_files_content(&mut file) {
            return Err(Why::NoLockFile(NOT_A_LOCK_FILE.to_string()));
        }
        let content = format!(
            "{}\n{}\n",
            std::process::id(),
            this_host().unwrap_or_default()
        );
        let written = file
            .set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(content.as_bytes()));
        return match written {
            Ok(()) => Ok(file),
            Err(e) => Err(Why::NoLockFile(super::io_reason(&e))),
        };
    }
    Err(Why::Held {
        pid: None,
        host: None,
    })
}

fn open_lock_file(lock_file: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Never through a planted link, never hanging on a planted pipe.
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        use windows_sys::Win32::Storage::FileSystem::{
            FILE_ATTRIBUTE_HIDDEN, FILE_SHARE_READ, FILE_SHARE_WRITE,
        };
        // Not FILE_SHARE_DELETE: the lock file cannot be removed while we hold it. Hidden, as
        // its leading dot hides it on Unix: Explorer shows the team only their assessments.
        options
            .share_mode(FILE_SHARE_READ | FILE_SHARE_WRITE)
            .attributes(FILE_ATTRIBUTE_HIDDEN);
    }
    let file = options.open(lock_file).map_err(|e| {
        // Windows answers "access denied" for a folder where the lock file should be; the true
        // reason is that it is a folder.
        if fs::symlink_metadata(lock_file).is_ok_and(|m| m.is_dir()) {
            io::Error::new(io::ErrorKind::IsADirectory, e.to_string())
        } else {
            e
        }
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "låsefilen er ikke en almindelig fil",
        ));
    }
    // A second name on the lock file (a hard link planted under its name) means it is another
    // file: writing our pid into it would empty that file. Checked on the handle we write.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                NOT_A_LOCK_FILE,
            ));
        }
    }
    Ok(file)
}

/// Why a file under a lock file's name is not used as one.
const NOT_A_LOCK_FILE: &str =
    "der ligger allerede en anden fil under låsefilens navn, og den rører refleks ikke";

/// True when the file is empty or holds what we write in a lock file (a process id, a
/// machine's name): nothing else may be emptied. Leaves the handle at its start.
fn holds_a_lock_files_content(file: &mut File) -> bool {
    let mut bytes = Vec::new();
    let read = file
        .rewind()
        .and_then(|()| {
            Read::by_ref(file)
                .take(LOCK_FILE_MAX + 1)
                .read_to_end(&mut bytes)
        })
        .and_then(|_| file.rewind());
    if read.is_err() || bytes.len() as u64 > LOCK_FILE_MAX {
        return false;
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return false;
    };
    let mut lines = text.lines();
    match lines.next() {
        None => true,
        Some(pid) => {
            !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) && lines.count() <= 1
        }
    }
}

/// The most a lock file of ours holds (a process id and a machine's name).
const LOCK_FILE_MAX: u64 = 256;

/// True when `path` names the file `file` is open on.
fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(windows)]
    {
        // A lock file we hold open cannot be removed or replaced (no delete sharing): it is ours
        // while it is there.
        let _ = file;
        fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
    }
}

/// Who holds a lock, as far as the lock file says (on Windows a locked file cannot be read).
fn holder(lock_file: &Path) -> (Option<u32>, Option<String>) {
    let Ok(content) = read_small(lock_file) else {
        return (None, None);
    };
    let mut lines = content.lines();
    let pid = lines.next().and_then(|l| l.trim().parse::<u32>().ok());
    let host = lines
        .next()
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_string);
    (pid, host)
}

/// The start of a file, enough for a lock (a huge file in its place is not read whole).
fn read_small(path: &Path) -> io::Result<String> {
    let mut bytes = Vec::new();
    open_lock_file_read(path)?
        .take(256)
        .read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn open_lock_file_read(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_files_are_hidden_beside_the_file() {
        assert_eq!(
            lock_path(Path::new("/a/hold.toml")),
            Some(PathBuf::from("/a/.hold.toml.lock"))
        );
    }

    #[test]
    fn a_lock_file_left_by_a_crash_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        // Left behind, with a pid that may well be alive: only the OS lock counts.
        fs::write(lock_path(&file).unwrap(), "1\nen-anden-maskine\n").unwrap();
        let lock = lock(&file, Links::Refuse).expect("no one holds the OS lock");
        drop(lock);
        assert!(!lock_path(&file).unwrap().exists());
    }

    /// Unix only: on Windows a held lock file cannot be removed by hand at all.
    #[cfg(unix)]
    #[test]
    fn dropping_a_lock_leaves_another_holders_lock_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        let lock = lock(&file, Links::Refuse).unwrap();
        // Removed by hand and made again by someone else.
        fs::remove_file(lock.lock_file()).unwrap();
        fs::write(lock.lock_file(), "1\nsomeone\n").unwrap();
        drop(lock);
        assert!(lock_path(&file).unwrap().exists());
    }

    #[test]
    fn every_reason_is_worded_safely() {
        let whys = [
            Why::Held {
                pid: Some(7),
                host: Some("pc\u{1b}]52;c;x\u{7}".into()),
            },
            Why::Held {
                pid: None,
                host: None,
            },
            Why::NoLockFile("drevet er skrivebeskyttet".into()),
            Why::ReadOnlyFile,
            Why::HardLinked,
            Why::Symlink(PathBuf::from("/etc/x")),
            Why::NotAFile,
            Why::Lost,
            Why::Moved,
            Why::ChangedOnDisk,
            Why::Unreadable {
                held: false,
                reason: "systemet svarede: \u{1b}[2J".into(),
            },
        ];
        for why in whys {
            let locked = Locked {
                file: PathBuf::from("/s/a\u{202e}.toml"),
                lock_file: PathBuf::from("/s/.a.toml.lock"),
                why,
            };
            let m = locked.message();
            assert!(m.contains("a\u{FFFD}.toml"), "{m}");
            let short = locked.reason();
            assert!(short.ends_with('.') && m.starts_with(&short), "{short}");
            assert!(!m.chars().any(crate::text::is_unsafe), "{m:?}");
        }
    }
}
