//! Folders shared by a group of colleagues (Unix): a store on a shared drive is typically a
//! folder of the team's group with the setgid bit or group write (2775). There, what refleks
//! makes must stay open to the group, or a colleague is locked out of the team's files. In a
//! private folder everything stays private (0600 files, 0700 folders).
//!
//! Windows: a new file or folder inherits the folder's access rights (ACLs) by itself; nothing
//! here changes anything there.

use std::fs::{self, File};
use std::io;
use std::path::Path;

/// Group read and write, the bits a file or folder takes from a group-shared folder.
#[cfg(unix)]
const GROUP_RW: u32 = 0o060;

/// True when a folder with this mode is shared with its group: setgid (new files take its
/// group) or writable by the group.
#[cfg(unix)]
fn group_shared(mode: u32) -> bool {
    mode & 0o2000 != 0 || mode & 0o020 != 0
}

/// Gives `file` (just made by us, still 0600) what a new file in `dir` should have: the
/// folder's group and its group read/write bits when the folder is group-shared, else nothing.
pub(crate) fn as_new_file_in(file: &File, dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let Ok(folder) = fs::metadata(dir) else {
            return Ok(());
        };
        if !group_shared(folder.mode()) {
            return Ok(());
        }
        // The group first: a file's group bits only help the right group.
        let _ = std::os::unix::fs::fchown(file, None, Some(folder.gid()));
        let mode = 0o600 | (folder.mode() & GROUP_RW);
        file.set_permissions(fs::Permissions::from_mode(mode))?;
    }
    #[cfg(windows)]
    let _ = (file, dir);
    Ok(())
}

/// Gives `file` (the next content of a file being replaced) the replaced file's permission bits
/// and group, so a save never takes a colleague's access away (nor gives any).
pub(crate) fn like(file: &File, replaced: &fs::Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // Setting the group may be refused (we are not in that group): then the mode alone,
        // without the group bits, so no one else's group gets access.
        let mut mode = replaced.mode() & 0o777;
        if std::os::unix::fs::fchown(file, None, Some(replaced.gid())).is_err()
            && file.metadata()?.gid() != replaced.gid()
        {
            mode &= !0o070;
        }
        file.set_permissions(fs::Permissions::from_mode(mode))?;
    }
    #[cfg(windows)]
    let _ = (file, replaced);
    Ok(())
}

/// Makes `dir` and any missing folder above it. A folder made in a group-shared folder is
/// shared the same way (its group, group read/write/search, setgid); else it is 0700.
pub(crate) fn create_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(parent) = parent {
        create_dir(parent)?;
    }
    match fs::create_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(()),
        other => other?,
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let shared = parent
            .and_then(|p| fs::metadata(p).ok())
            .filter(|m| group_shared(m.mode()));
        let mode = match &shared {
            Some(folder) => {
                let _ = std::os::unix::fs::chown(dir, None, Some(folder.gid()));
                0o700 | (folder.mode() & 0o070) | 0o2000
            }
            None => 0o700,
        };
        fs::set_permissions(dir, fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    use super::*;

    #[test]
    fn a_private_folder_keeps_everything_private() {
        let tmp = tempfile::tempdir().unwrap();
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let dir = tmp.path().join("a/b");
        create_dir(&dir).unwrap();
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o7777, 0o700);
        let file = File::create(dir.join("x")).unwrap();
        file.set_permissions(fs::Permissions::from_mode(0o600))
            .unwrap();
        as_new_file_in(&file, &dir).unwrap();
        assert_eq!(file.metadata().unwrap().mode() & 0o777, 0o600);
    }

    #[test]
    fn a_group_shared_folder_shares_what_is_made_in_it() {
        let tmp = tempfile::tempdir().unwrap();
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o2775)).unwrap();
        let dir = tmp.path().join("vurderinger");
        create_dir(&dir).unwrap();
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o7777, 0o2770);
        let file = File::create(dir.join("x")).unwrap();
        file.set_permissions(fs::Permissions::from_mode(0o600))
            .unwrap();
        as_new_file_in(&file, &dir).unwrap();
        assert_eq!(file.metadata().unwrap().mode() & 0o777, 0o660);
    }

    #[test]
    fn a_replacement_keeps_the_mode_of_what_it_replaces() {
        let tmp = tempfile::tempdir().unwrap();
        let old = tmp.path().join("old");
        fs::write(&old, "x").unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o644)).unwrap();
        let file = File::create(tmp.path().join("new")).unwrap();
        like(&file, &fs::metadata(&old).unwrap()).unwrap();
        assert_eq!(file.metadata().unwrap().mode() & 0o777, 0o644);
    }
}
