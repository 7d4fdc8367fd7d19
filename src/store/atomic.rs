//! Atomic replacement of a file: whatever moment the process or the machine stops, the target
//! holds either its old content or the new content, never a mix and never nothing.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::Path;

/// The marker between a file's name and the writer's process id in a temp file's name.
pub(crate) const TEMP_MARK: &str = ".tmp-";

/// The start of the temp files used while `path` is written: `.<file name>.tmp-<pid>.`; a
/// random part follows. Same folder, so the final rename never crosses a file system.
fn temp_prefix(path: &Path) -> io::Result<OsString> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(format!("{TEMP_MARK}{}.", std::process::id()));
    Ok(prefix)
}

/// The process id in a temp file name we made, or `None` when the name is not ours:
/// `.<name>.tmp-<pid>.<random>` (and `.<name>.tmp-<pid>` from older versions).
pub(crate) fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?;
    let (file, tail) = rest.rsplit_once(TEMP_MARK)?;
    let pid = match tail.split_once('.') {
        Some((pid, random))
            if !random.is_empty() && random.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            pid
        }
        Some(_) => return None,
        None => tail,
    };
    if file.is_empty() || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Writes `bytes` to `path` atomically: a new temp file in the same folder (created exclusively,
/// never through a link; on Unix with the mode and group of the file it replaces, or of a new
/// file in that folder, see `sharing`) is written, flushed to disk and
/// renamed over the target, then the folder itself is flushed so the rename survives a power
/// cut. A symbolic link at `path` is replaced, never written through: callers pass the real path
/// they mean. On error the temp file is removed and the target is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    Prepared::new(path, bytes)?.replace(path)
}

/// [`write_atomic`] for content too large to hold whole (an overview of 100,000 files): `fill`
/// writes it straight into the temp file, through a buffer. Only when `fill` succeeds is the
/// temp file flushed and renamed over `path`; on any error it goes and `path` is untouched.
pub fn write_atomic_with<E: From<io::Error>>(
    path: &Path,
    fill: impl FnOnce(&mut io::BufWriter<&mut std::fs::File>) -> Result<(), E>,
) -> Result<(), E> {
    let temp = write_temp_with(path, fill)?;
    Ok(Prepared(temp).replace(path)?)
}

/// A file's next content, written and flushed to a temp file beside it, not yet in place: the
/// slow part of a save done before the last check, so little time passes between the check
/// and the rename. Dropped without [`Prepared::replace`], the temp file goes.
pub struct Prepared(tempfile::NamedTempFile);

impl Prepared {
    pub fn new(path: &Path, bytes: &[u8]) -> io::Result<Prepared> {
        write_temp(path, bytes).map(Prepared)
    }

    /// Renames the temp file over `path` (see [`write_atomic`]).
    pub fn replace(self, path: &Path) -> io::Result<()> {
        shown(&self.0)?;
        self.0.persist(path).map_err(|e| e.error)?;
        sync_dir(path)
    }

    /// Swaps the prepared file and the file at `path` in one step (Linux: `renameat2` with
    /// `RENAME_EXCHANGE`), so the caller can look at what it replaced and put it back: no
    /// other writer's file can slip in unseen between a last check and the rename. `Err(self)`
    /// where the system or the file system cannot swap (or `path` is not there): then
    /// [`Prepared::replace`] after a check is the best there is.
    pub fn exchange(self, path: &Path) -> Result<Swapped, Prepared> {
        #[cfg(target_os = "linux")]
        {
            if swap(self.0.path(), path).is_ok() {
                return Ok(Swapped {
                    old: self.0.into_temp_path(),
                    target: path.to_path_buf(),
                });
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = path;
        Err(self)
    }
}

/// After [`Prepared::exchange`]: the new content is in place, the old one at a temp name.
pub struct Swapped {
    old: tempfile::TempPath,
    target: std::path::PathBuf,
}

impl Swapped {
    /// The content the swap replaced.
    pub fn old_bytes(&self, limit: u64) -> io::Result<Vec<u8>> {
        super::read_regular(&self.old, limit)
    }

    /// Keeps the new content: the old one goes, the folder is flushed.
    pub fn keep(self) -> io::Result<()> {
        let target = self.target.clone();
        drop(self.old);
        sync_dir(&target)
    }

    /// Puts the old content back in place (ours goes with the temp name).
    pub fn undo(self) -> io::Result<()> {
        #[cfg(target_os = "linux")]
        swap(&self.old, &self.target)?;
        drop(self.old);
        Ok(())
    }
}

/// Exchanges two names in one step (Linux 3.15 and later, on most local file systems).
#[cfg(target_os = "linux")]
fn swap(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // The raw system call: older C libraries (and musl) may lack a wrapper for it.
    // SAFETY: both paths are valid NUL-terminated strings that live across the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Like [`write_atomic`], but fails with `AlreadyExists` when `path` exists: the name is claimed
/// and the content written in one step, so two writers never end up with one file.
pub fn create_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = write_temp(path, bytes)?;
    shown(&temp)?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(path)
}

/// Moves `from` to `to` unless something is at `to` already (`AlreadyExists`): a no-replace
/// rename where the system has one, else a link and an unlink, so two writers choosing one free
/// name never replace each other. `from` is left where it was on any error.
pub fn move_noclobber(from: &Path, to: &Path) -> io::Result<()> {
    match tempfile::TempPath::try_from_path(from)?.persist_noclobber(to) {
        Ok(()) => sync_dir(to),
        Err(e) => {
            // The failed move hands the path back as a temp path, which would remove it.
            let _ = e.path.keep();
            Err(e.error)
        }
    }
}

fn write_temp(path: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    write_temp_with(path, |w| w.write_all(bytes))
}

fn write_temp_with<E: From<io::Error>>(
    path: &Path,
    fill: impl FnOnce(&mut io::BufWriter<&mut std::fs::File>) -> Result<(), E>,
) -> Result<tempfile::NamedTempFile, E> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // `tempfile` opens with O_CREAT|O_EXCL (and so never follows a planted link), 0600 on Unix.
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path)?)
        .rand_bytes(8)
        .tempfile_in(dir)?;
    hidden(temp.path(), true)?;
    // A file replaced keeps its mode and group; a new one gets what its folder shares.
    match std::fs::symlink_metadata(path) {
        Ok(old) if old.is_file() => super::sharing::like(temp.as_file(), &old)?,
        _ => super::sharing::as_new_file_in(temp.as_file(), dir)?,
    }
    let mut w = io::BufWriter::with_capacity(1 << 16, temp.as_file_mut());
    fill(&mut w)?;
    w.flush()?;
    drop(w);
    temp.as_file().sync_all()?;
    Ok(temp)
}

/// The temp file is hidden while it is written (Windows; the leading dot does it on Unix) and
/// shown again just before it takes the target's name, which keeps its attributes.
fn shown(temp: &tempfile::NamedTempFile) -> io::Result<()> {
    hidden(temp.path(), false)
}

/// Sets or clears the hidden attribute of `path`, keeping its other attributes (Windows).
#[cfg(windows)]
fn hidden(path: &Path, hide: bool) -> io::Result<()> {
    use std::os::windows::ffi::OsStrExt;
    use std::os::windows::fs::MetadataExt;
    use windows_sys::Win32::Storage::FileSystem::{
        FILE_ATTRIBUTE_HIDDEN, FILE_ATTRIBUTE_NORMAL, SetFileAttributesW,
    };
    let now = std::fs::metadata(path)?.file_attributes();
    let wanted = match if hide {
        now | FILE_ATTRIBUTE_HIDDEN
    } else {
        now & !FILE_ATTRIBUTE_HIDDEN
    } {
        0 => FILE_ATTRIBUTE_NORMAL,
        a => a,
    };
    let wide: Vec<u16> = path.as_os_str().encode_wide().chain(Some(0)).collect();
    // SAFETY: `wide` is a NUL-terminated UTF-16 path that lives across the call.
    if unsafe { SetFileAttributesW(wide.as_ptr(), wanted) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(unix)]
fn hidden(_path: &Path, _hide: bool) -> io::Result<()> {
    Ok(())
}

/// Flushes the folder entry of `path` (Unix). Some file systems (network shares) cannot sync a
/// folder; the rename has happened by then, so that is not an error.
fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        match std::fs::File::open(dir).and_then(|d| d.sync_all()) {
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
                ) => {}
            other => other?,
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn a_fill_that_fails_leaves_the_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("oversigt.html");
        fs::write(&path, "før").unwrap();
        let failed = write_atomic_with(&path, |w| {
            w.write_all(&[b'x'; 100_000])?;
            Err(io::Error::other("stop"))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "før");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left"
        );

        write_atomic_with(&path, |w| w.write_all("efter".as_bytes())).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "efter");
    }

    #[test]
    fn temp_names_are_hidden_and_ours() {
        let dir = tempfile::tempdir().unwrap();
        let temp = write_temp(&dir.path().join("hold-2026-11-23.toml"), b"x").unwrap();
        let name = temp
            .path()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let start = format!(".hold-2026-11-23.toml.tmp-{}.", std::process::id());
        assert!(name.starts_with(&start), "{name}");
        assert_eq!(temp_owner(&name), Some(std::process::id()));
    }

    #[test]
    fn only_our_temp_pattern_is_recognised() {
        assert_eq!(temp_owner(".x.toml.tmp-123"), Some(123));
        assert_eq!(temp_owner(".x.toml.tmp-123.aB3xYz9Q"), Some(123));
        assert_eq!(temp_owner(".x.toml.tmp-123."), None);
        assert_eq!(temp_owner(".x.toml.tmp-123.a-b"), None);
        assert_eq!(temp_owner("x.toml.tmp-123"), None);
        assert_eq!(temp_owner(".x.toml.tmp-"), None);
        assert_eq!(temp_owner(".x.toml.tmp-12a"), None);
        assert_eq!(temp_owner("..tmp-1"), None);
        assert_eq!(temp_owner(".x.toml"), None);
        assert_eq!(temp_owner(".x.toml.lock"), None);
    }

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temp file is left");
    }

    #[test]
    fn create_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        create_atomic(&path, b"one").unwrap();
        let e = create_atomic(&path, b"two").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"one");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temp file is left");
    }

    /// Issue 12, break 1: a link planted where the old temp name was, and one at the target.
    #[cfg(unix)]
    #[test]
    fn planted_links_are_never_written_through() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "keep").unwrap();
        fs::set_permissions(&victim, fs::Permissions::from_mode(0o644)).unwrap();
        let path = dir.path().join("a.toml");
        symlink(
            &victim,
            dir.path()
                .join(format!(".a.toml.tmp-{}", std::process::id())),
        )
        .unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
        assert_eq!(
            fs::metadata(&victim).unwrap().permissions().mode() & 0o777,
            0o644
        );
        assert!(fs::symlink_metadata(&path).unwrap().is_file());
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        // A link at the target itself is replaced, not followed.
        let link = dir.path().join("b.toml");
        symlink(&victim, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
        assert!(fs::symlink_metadata(&link).unwrap().is_file());
    }

    #[test]
    fn a_move_never_replaces_and_a_failed_one_keeps_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::write(&a, "a").unwrap();
        fs::write(&b, "b").unwrap();
        let e = move_noclobber(&a, &b).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&a).unwrap(), b"a");
        assert_eq!(fs::read(&b).unwrap(), b"b");
        let c = dir.path().join("c");
        move_noclobber(&a, &c).unwrap();
        assert!(!a.exists());
        assert_eq!(fs::read(&c).unwrap(), b"a");
    }

    #[test]
    fn a_failed_write_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: the rename fails.
        let path = dir.path().join("a.toml");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("inside"), "keep").unwrap();
        assert!(write_atomic(&path, b"new").is_err());
        assert_eq!(fs::read(path.join("inside")).unwrap(), b"keep");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "the temp file is removed");
    }
}
