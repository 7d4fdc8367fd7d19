//! Atomic replacement of a file: whatever moment the process or the machine stops, the target
//! holds either its old content or the new content, never a mix and never nothing.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The marker between a file's name and the writer's process id in a temp file's name.
pub(crate) const TEMP_MARK: &str = ".tmp-";

/// The temp file used while `path` is written: `.<file name>.tmp-<pid>`, in the same folder,
/// so the final rename never crosses a file system.
pub fn temp_path(path: &Path) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    let mut temp = OsString::from(".");
    temp.push(name);
    temp.push(format!("{TEMP_MARK}{}", std::process::id()));
    Ok(path.with_file_name(temp))
}

/// The process id in a temp file name we made, or `None` when the name is not ours.
pub(crate) fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?;
    let (file, pid) = rest.rsplit_once(TEMP_MARK)?;
    if file.is_empty() || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Writes `bytes` to `path` atomically: a temp file in the same folder is written, flushed to
/// disk and renamed over the target, then the folder itself is flushed so the rename survives a
/// power cut. On Unix the file is readable by its owner only (0600). When `path` is a symbolic
/// link, the file it points to is replaced and the link kept. On error the temp file is removed
/// and the target is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let temp = temp_path(&target)?;
    let written = write_temp(&temp, bytes).and_then(|()| fs::rename(&temp, &target));
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    sync_dir(&target)
}

fn write_temp(temp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Private from the first byte, whatever the umask.
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    #[cfg(unix)]
    {
        // `mode` applies only when the file is created; a leftover temp file keeps its own.
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.sync_all()
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
        match fs::File::open(dir).and_then(|d| d.sync_all()) {
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
    use super::*;

    #[test]
    fn temp_names_are_hidden_and_ours() {
        let temp = temp_path(Path::new("/x/hold-2026-11-23.toml")).unwrap();
        let name = temp.file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(temp.parent(), Some(Path::new("/x")));
        assert_eq!(
            name,
            format!(".hold-2026-11-23.toml.tmp-{}", std::process::id())
        );
        assert_eq!(temp_owner(&name), Some(std::process::id()));
    }

    #[test]
    fn only_our_temp_pattern_is_recognised() {
        assert_eq!(temp_owner(".x.toml.tmp-123"), Some(123));
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

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_kept_and_its_target_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        let link = dir.path().join("link.toml");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
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
