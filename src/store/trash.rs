//! The store's wastebasket. Deleting an assessment from the app moves its file to `papirkurv/`
//! in the store instead of unlinking it, so a team that regrets it can move it back by hand.
//! The listing reads only the store folder itself, so nothing in the wastebasket is listed.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Links, Store, io_reason, lock};
use crate::text::clean_line;

/// The wastebasket's folder name inside the store.
pub const TRASH: &str = "papirkurv";

impl Store {
    /// True for a path inside the wastebasket.
    pub fn is_trash(&self, path: &Path) -> bool {
        path.starts_with(self.dir().join(TRASH))
    }

    /// Moves `path` (a file directly in the store) to the wastebasket under a name not yet
    /// taken there (`-2`, `-3` before `.toml`). Refused while another refleks has it open.
    /// Returns where it went; the error is one Danish sentence naming the file.
    pub fn discard(&self, path: &Path) -> Result<PathBuf, String> {
        let shown = clean_line(&path.display().to_string());
        let (Some(name), Some(parent)) = (path.file_name(), path.parent()) else {
            return Err(format!("{shown} er ikke en fil i mappen med vurderinger."));
        };
        if parent != self.dir() || !path.is_file() {
            return Err(format!("{shown} er ikke en fil i mappen med vurderinger."));
        }
        // Held while moving: no other refleks is writing the file as it goes.
        let _lock = lock(path, Links::Refuse).map_err(|l| l.message())?;
        let trash = self.dir().join(TRASH);
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        #[cfg(windows)]
        {
            // A folder made inside the store inherits the store folder's access rights.
        }
        let failed = |e: std::io::Error| {
            format!(
                "{shown} kunne ikke flyttes til papirkurven, fordi {}. Filen er ikke ændret.",
                io_reason(&e)
            )
        };
        builder.create(&trash).map_err(failed)?;
        let target = free_name(&trash, &name.to_string_lossy());
        fs::rename(path, &target).map_err(failed)?;
        Ok(target)
    }
}

/// `name` in `dir`, or `stem-2.ext`, `stem-3.ext`, … when that is taken.
pub fn free_name(dir: &Path, name: &str) -> PathBuf {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    let mut candidate = dir.join(name);
    let mut n = 2;
    while fs::symlink_metadata(&candidate).is_ok() {
        candidate = dir.join(format!("{stem}-{n}{ext}"));
        n += 1;
    }
    candidate
}
