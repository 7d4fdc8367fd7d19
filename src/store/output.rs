//! What an export (`-o`) never replaces.

use std::fs;
use std::path::Path;

use super::read::read_regular;
use super::{Links, Lock, Locked, MAX_FILE_BYTES, Why, lock};
use crate::assessment::from_toml;
use crate::text::clean_line;

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
