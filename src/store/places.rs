//! Where the team stopped in a file it only visited. A visit changes nothing in the file: the
//! place is written into the file only with the team's next real change, and until then it is
//! kept here, in the user's own state folder (`steder.json`), for that file as it is now. When
//! the file has changed since (a colleague saved, a sync client replaced it), the file's own
//! place wins.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Lock;
use crate::assessment::Place;

/// How many files' places are kept; the oldest go first.
const KEEP: usize = 200;

/// The user's remembered places (one small JSON file).
#[derive(Debug, Clone)]
pub struct Places {
    file: PathBuf,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Kept {
    /// Newest first.
    places: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    /// The file's real path.
    file: String,
    /// What the file held when the place was kept (length and hash).
    content: String,
    guideline: String,
    #[serde(default)]
    anvisning: String,
}

impl Places {
    /// In the platform's state folder (Linux: `$XDG_STATE_HOME/refleks`), or its local data
    /// folder where there is no state folder (Windows, macOS). `REFLEKS_STATE` names another
    /// folder (the tests' own, on every platform).
    pub fn for_user() -> Option<Places> {
        if let Some(dir) = std::env::var_os("REFLEKS_STATE").filter(|d| !d.is_empty()) {
            return Some(Places::at(Path::new(&dir)));
        }
        let dirs = directories::ProjectDirs::from("dk", "refleks", "refleks")?;
        let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Some(Places::at(dir))
    }

    /// The places kept in `dir`.
    pub fn at(dir: &Path) -> Places {
        Places {
            file: dir.join("steder.json"),
        }
    }

    /// The place kept for the file `held` guards, when the file is still what it was then.
    pub fn recall(&self, held: &Lock) -> Option<Place> {
        let key = held.target().to_string_lossy();
        let content = held.seen_text()?;
        self.read()
            .places
            .into_iter()
            .find(|e| e.file == key && e.content == content)
            .map(|e| Place {
                guideline: e.guideline,
                anvisning: e.anvisning,
            })
    }

    /// Keeps `place` for the file `held` guards, as the file is now. Best effort: a place that
    /// cannot be kept is not worth a message.
    pub fn remember(&self, held: &Lock, place: &Place) {
        let Some(content) = held.seen_text() else {
            return;
        };
        let key = held.target().to_string_lossy().into_owned();
        let mut kept = self.read();
        kept.places.retain(|e| e.file != key);
        kept.places.insert(
            0,
            Entry {
                file: key,
                content,
                guideline: place.guideline.clone(),
                anvisning: place.anvisning.clone(),
            },
        );
        kept.places.truncate(KEEP);
        let Some(dir) = self.file.parent() else {
            return;
        };
        if super::sharing::create_dir(dir).is_err() {
            return;
        }
        if let Ok(json) = serde_json::to_string_pretty(&kept) {
            let _ = super::write_atomic(&self.file, json.as_bytes());
        }
    }

    fn read(&self) -> Kept {
        super::read_regular(&self.file, 1024 * 1024)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::store::{Links, lock};

    #[test]
    fn a_place_is_recalled_only_while_the_file_is_unchanged() {
        let tmp = tempfile::tempdir().unwrap();
        let places = Places::at(&tmp.path().join("state"));
        let file = tmp.path().join("a.toml");
        fs::write(&file, "team = \"A\"\n").unwrap();
        let mut held = lock(&file, Links::Refuse).unwrap();
        held.set_seen(b"team = \"A\"\n");
        let place = Place {
            guideline: "3.7".into(),
            anvisning: "3.7.2".into(),
        };
        places.remember(&held, &place);
        assert_eq!(places.recall(&held), Some(place));
        held.set_seen(b"team = \"B\"\n");
        assert_eq!(places.recall(&held), None);
    }
}
