//! One writer per assessment: a lock file beside it, `.<file name>.lock`, holding the process id
//! and the machine's name. A second instance that finds a live lock opens the file read-only.
//!
//! A lock whose process is gone (a crash, kill -9) is stale and taken over. We can only tell on
//! Linux and for a lock made on this machine; elsewhere a lock is assumed alive, and the message
//! says which file to delete if no other refleks has the assessment open.

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::text::clean_line;

/// The end of a lock file's name.
pub(crate) const LOCK_SUFFIX: &str = ".lock";

/// Held while this process may write the assessment. Dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    lock_file: PathBuf,
    content: String,
}

/// Someone else holds the assessment, or no lock could be made: open it read-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    /// The process holding the lock; 0 when the lock could not be made (see `error`).
    pub pid: u32,
    /// The machine it runs on, when the lock names one other than ours.
    pub host: Option<String>,
    /// The assessment.
    pub file: PathBuf,
    pub lock_file: PathBuf,
    /// Why no lock could be made (a read-only folder, say), when that is the reason.
    pub error: Option<String>,
}

impl Lock {
    pub fn lock_file(&self) -> &Path {
        &self.lock_file
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Remove only our own lock: if it was (wrongly) taken over, the new holder keeps it.
        if read_small(&self.lock_file).is_ok_and(|c| c == self.content) {
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

/// Takes the lock on `path`, or says who holds it.
pub fn lock(path: &Path) -> Result<Lock, Locked> {
    let locked = |pid: u32, host: Option<String>, lock_file: &Path, error: Option<String>| Locked {
        pid,
        host,
        file: path.to_path_buf(),
        lock_file: lock_file.to_path_buf(),
        error,
    };
    let Some(lock_file) = lock_path(path) else {
        return Err(locked(
            0,
            None,
            path,
            Some("stien har intet filnavn".into()),
        ));
    };
    let me = this_host();
    let content = format!(
        "{}\n{}\n",
        std::process::id(),
        me.clone().unwrap_or_default()
    );
    // A few rounds: a stale lock is removed and then created anew, and another instance may do
    // the same at the same moment.
    for _ in 0..3 {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&lock_file) {
            Ok(mut file) => {
                let written = file
                    .write_all(content.as_bytes())
                    .and_then(|()| file.sync_all());
                return match written {
                    Ok(()) => Ok(Lock { lock_file, content }),
                    Err(e) => {
                        let _ = fs::remove_file(&lock_file);
                        Err(locked(0, None, &lock_file, Some(e.to_string())))
                    }
                };
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(locked(0, None, &lock_file, Some(e.to_string()))),
        }
        match holder(&lock_file) {
            Holder::Gone => continue,
            Holder::Stale => match fs::remove_file(&lock_file) {
                Ok(()) => continue,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(locked(0, None, &lock_file, Some(e.to_string()))),
            },
            Holder::Alive { pid, host } => {
                let host = host.filter(|h| Some(h) != me.as_ref());
                return Err(locked(pid, host, &lock_file, None));
            }
            Holder::Unreadable(e) => return Err(locked(0, None, &lock_file, Some(e))),
        }
    }
    Err(locked(
        0,
        None,
        &lock_file,
        Some("låsen blev taget af en anden i samme øjeblik".into()),
    ))
}

enum Holder {
    Alive { pid: u32, host: Option<String> },
    Stale,
    Gone,
    Unreadable(String),
}

fn holder(lock_file: &Path) -> Holder {
    // A lock is created empty and its pid written just after: give a writer a moment.
    for attempt in 0..3 {
        let content = match read_small(lock_file) {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Holder::Gone,
            Err(e) => return Holder::Unreadable(e.to_string()),
        };
        let mut lines = content.lines();
        let pid = lines.next().and_then(|l| l.trim().parse::<u32>().ok());
        let host = lines.next().map(str::trim).filter(|h| !h.is_empty());
        if let Some(pid) = pid {
            let host = host.map(str::to_string);
            let here = host.is_none() || host == this_host();
            return if here && !pid_alive(pid) {
                Holder::Stale
            } else {
                Holder::Alive { pid, host }
            };
        }
        if attempt < 2 {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    // Still no pid: left half-made by a crash.
    Holder::Stale
}

/// The start of a file, enough for a lock (a huge file in its place is not read whole).
fn read_small(path: &Path) -> io::Result<String> {
    let mut text = String::new();
    fs::File::open(path)?.take(256).read_to_string(&mut text)?;
    Ok(text)
}

/// True when a process with this id runs on this machine. Only Linux can tell (`/proc`);
/// elsewhere every process is assumed alive.
pub(crate) fn pid_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") {
        pid != 0 && Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// This machine's name, to tell our own locks from those made on another machine sharing the
/// folder (whose processes we cannot see).
fn this_host() -> Option<String> {
    let name = if cfg!(target_os = "linux") {
        fs::read_to_string("/proc/sys/kernel/hostname").ok()
    } else {
        std::env::var("COMPUTERNAME")
            .or_else(|_| std::env::var("HOSTNAME"))
            .ok()
    }?;
    let name = name.trim();
    (!name.is_empty() && !name.contains('\n')).then(|| name.to_string())
}

impl Locked {
    /// What happened and what to do, in Danish, one paragraph. Safe to print.
    pub fn message(&self) -> String {
        let file = clean_line(&self.file.display().to_string());
        let lock_file = clean_line(&self.lock_file.display().to_string());
        if let Some(error) = &self.error {
            return format!(
                "{file} åbnes skrivebeskyttet, fordi der ikke kan laves en låsefil ved siden af \
                 den ({}). Intet i filen bliver ændret. Flyt filen til en mappe, du kan skrive i, \
                 for at redigere den.",
                clean_line(error)
            );
        }
        let whose = match &self.host {
            Some(host) => format!("proces {} på {}", self.pid, clean_line(host)),
            None => format!("proces {}", self.pid),
        };
        format!(
            "{file} er allerede åben i en anden refleks ({whose}). Den åbnes skrivebeskyttet, så \
             intet overskrives. Luk den anden refleks for at redigere. Er ingen anden refleks \
             åben (fx efter et nedbrud), så slet låsefilen {lock_file}."
        )
    }
}

impl fmt::Display for Locked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Locked {}

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
    fn our_own_process_is_alive() {
        assert!(pid_alive(std::process::id()));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn an_impossible_pid_is_dead() {
        assert!(!pid_alive(999_999_999));
    }

    #[test]
    fn an_empty_lock_left_by_a_crash_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        fs::write(lock_path(&file).unwrap(), "").unwrap();
        let lock = lock(&file).expect("the half-made lock is stale");
        drop(lock);
        assert!(!lock_path(&file).unwrap().exists());
    }

    #[test]
    fn a_lock_from_another_machine_is_respected() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        fs::write(lock_path(&file).unwrap(), "999999999\nen-anden-maskine\n").unwrap();
        let locked = lock(&file).expect_err("we cannot see the other machine's processes");
        assert_eq!(locked.pid, 999_999_999);
        assert_eq!(locked.host.as_deref(), Some("en-anden-maskine"));
        let message = locked.message();
        assert!(message.contains("skrivebeskyttet"), "{message}");
        assert!(message.contains(".a.toml.lock"), "{message}");
    }

    #[test]
    fn dropping_a_lock_leaves_another_holders_lock_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        let lock = lock(&file).unwrap();
        fs::write(lock.lock_file(), "1\nsomeone\n").unwrap();
        drop(lock);
        assert!(lock_path(&file).unwrap().exists());
    }
}
