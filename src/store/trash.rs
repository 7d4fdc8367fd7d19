//! The store's wastebasket. Deleting an assessment from the app moves its file to `papirkurv/`
//! in the store instead of unlinking it, so a team that regrets it can move it back by hand.
//! The listing reads only the store folder itself, so nothing in the wastebasket is listed.

use std::path::{Path, PathBuf};

use super::{Links, Store, atomic::move_noclobber, io_reason, lock};
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
        // A file we cannot read is not ours to move (a colleague's private file in a shared
        // folder): it would vanish for its owner into a wastebasket they may not open.
        if let Err(e) = super::read_regular(path, 0)
            && e.kind() == std::io::ErrorKind::PermissionDenied
        {
            return Err(format!(
                "Du har ikke lov til at læse {shown}, så den flyttes ikke til papirkurven. Bed \
                 den, der ejer filen, om at slette den."
            ));
        }
        // Held while moving: no other refleks is writing the file as it goes.
        let _lock = lock(path, Links::Refuse).map_err(|l| {
            let what = if matches!(l.why, super::Why::Held { .. }) {
                "Luk den anden refleks, og prøv igen."
            } else {
                "Filen er ikke ændret."
            };
            format!(
                "{shown} flyttes ikke til papirkurven, fordi {}. {what}",
                l.because()
            )
        })?;
        let trash = self.dir().join(TRASH);
        let failed = |e: std::io::Error| {
            format!(
                "{shown} kunne ikke flyttes til papirkurven, fordi {}. Filen er ikke ændret.",
                io_reason(&e)
            )
        };
        super::sharing::create_dir(&trash).map_err(failed)?;
        let name = name.to_string_lossy();
        // A name is claimed by the move itself: another delete (or anything else) that takes
        // the same name meanwhile makes this one try the next, never replace it.
        for n in 1..=MAX_NAMES {
            let target = numbered(&trash, &name, n);
            match move_noclobber(path, &target) {
                Ok(()) => return Ok(target),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(failed(e)),
            }
        }
        Err(failed(std::io::Error::from(
            std::io::ErrorKind::AlreadyExists,
        )))
    }
}

/// How many names are tried in the wastebasket and beside a file before giving up.
const MAX_NAMES: u32 = 10_000;

/// `name` (n = 1), or `stem-n.ext`.
fn numbered(dir: &Path, name: &str, n: u32) -> PathBuf {
    if n == 1 {
        return dir.join(name);
    }
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => dir.join(format!("{stem}-{n}.{ext}")),
        _ => dir.join(format!("{name}-{n}")),
    }
}
