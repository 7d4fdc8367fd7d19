//! Reading an assessment file: plain files only, opened without blocking, size and UTF-8
//! checked first, scores checked against the deck. Never writes.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use super::{Links, Lock, Locked, MAX_FILE_BYTES, Store, StoreError, lock};
use crate::assessment::{Assessment, FileError, from_toml, from_toml_on_scale};
use crate::deck::{Location, Problem};

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

impl Store {
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
}
