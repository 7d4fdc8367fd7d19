//! Writing the minutes: Markdown and HTML, named after the assessment's file, into the folder
//! the user chose. Nothing is overwritten: the names are claimed exclusively first, with `-2`,
//! `-3` … added while either is taken, and only then written (atomically) over our own claim.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::app::App;
use crate::report::{ReportFormat, report};
use crate::store::{Store, write_atomic};
use crate::text::clean_line;

/// How many numbered names are tried before giving up (a folder with a thousand minutes of one
/// assessment is a mistake worth telling).
const MAX_TRIES: usize = 1000;

/// Writes the minutes into `folder` (relative to where refleks was started); the whole paths of
/// what was written, or one Danish sentence naming the folder or file.
pub fn write(app: &App, folder: &Path) -> Result<Vec<PathBuf>, String> {
    let Some(session) = &app.session else {
        return Ok(Vec::new());
    };
    let a = &session.assessment;
    let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    let shown = clean_line(&folder.display().to_string());
    if !folder.is_dir() {
        return Err(format!(
            "Mappen {shown} findes ikke. Skriv en mappe, der findes, eller opret den først."
        ));
    }
    let stem = session
        .path
        .as_ref()
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| {
            Store::file_name(&a.team, &a.created)
                .trim_end_matches(".toml")
                .to_string()
        });
    let paths = claim(&folder, &format!("{stem}-referat"))
        .map_err(|e| format!("Referatet kunne ikke gemmes i {shown}: {}.", reason(&e)))?;
    for (path, format) in paths.iter().zip([ReportFormat::Md, ReportFormat::Html]) {
        write_atomic(path, report(a, &app.deck, format).as_bytes()).map_err(|e| {
            format!(
                "{} kunne ikke skrives: {}.",
                clean_line(&path.display().to_string()),
                reason(&e)
            )
        })?;
    }
    Ok(paths)
}

/// `base.md` and `base.html` in `folder`, or `base-2.*`, `base-3.*` …: the first pair where
/// neither exists, each created empty and exclusively so no other writer can take it meanwhile.
fn claim(folder: &Path, base: &str) -> io::Result<Vec<PathBuf>> {
    for n in 1..=MAX_TRIES {
        let name = if n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        let pair = [
            folder.join(format!("{name}.md")),
            folder.join(format!("{name}.html")),
        ];
        if pair.iter().any(|p| fs::symlink_metadata(p).is_ok()) {
            continue;
        }
        let mut claimed = Vec::new();
        for path in &pair {
            match OpenOptions::new().write(true).create_new(true).open(path) {
                Ok(_) => claimed.push(path.clone()),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => break,
                Err(e) => {
                    release(&claimed);
                    return Err(e);
                }
            }
        }
        if claimed.len() == pair.len() {
            return Ok(claimed);
        }
        // Someone took one of the names between the check and the claim: try the next.
        release(&claimed);
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "der er allerede for mange referater med det navn",
    ))
}

/// Removes the empty files we claimed and will not use.
fn release(claimed: &[PathBuf]) {
    for path in claimed {
        let _ = fs::remove_file(path);
    }
}

/// The system's reason in Danish where it is a common one.
fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "du har ikke adgang til at skrive der".to_string(),
        io::ErrorKind::NotFound => "mappen findes ikke".to_string(),
        io::ErrorKind::ReadOnlyFilesystem => "drevet er skrivebeskyttet".to_string(),
        io::ErrorKind::StorageFull => "disken er fuld".to_string(),
        _ => format!("systemet svarede: {}", clean_line(&e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_claimed_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let first = claim(dir.path(), "team-referat").unwrap();
        assert_eq!(first[0], dir.path().join("team-referat.md"));
        fs::write(&first[0], "gammelt").unwrap();
        let second = claim(dir.path(), "team-referat").unwrap();
        assert_eq!(second[1], dir.path().join("team-referat-2.html"));
        // Only the .html of a name is taken: the pair moves on together.
        fs::write(dir.path().join("team-referat-3.html"), "x").unwrap();
        let third = claim(dir.path(), "team-referat").unwrap();
        assert_eq!(third[0], dir.path().join("team-referat-4.md"));
        assert_eq!(fs::read_to_string(&first[0]).unwrap(), "gammelt");
    }
}
