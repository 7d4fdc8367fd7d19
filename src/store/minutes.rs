//! Writing the minutes (for the TUI's export form and the line mode's `eksport`): Markdown and HTML, named after the assessment's file, into the folder
//! the user chose. Nothing is overwritten and no empty file is ever left: each file is written
//! whole to a temp file and moved to its name without replacing (`-2`, `-3` … while a name is
//! taken).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Store, create_atomic, remove_stale_temps};
use crate::assessment::Assessment;
use crate::deck::Deck;
use crate::report::{ReportFormat, report};
use crate::text::clean_line;

/// How many numbered names are tried before giving up (a folder with a thousand minutes of one
/// assessment is a mistake worth telling).
const MAX_TRIES: usize = 1000;

/// Writes the minutes of `a` (saved as `path`, if it has a file yet) into `folder` (relative to
/// where refleks was started); the whole paths of what was written, or one Danish sentence
/// naming the folder or file. Both front-ends (the TUI and the line mode) export through here.
pub fn write_minutes(
    a: &Assessment,
    path: Option<&Path>,
    deck: &Deck,
    folder: &Path,
) -> Result<Vec<PathBuf>, String> {
    let stem = path
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| {
            Store::file_name(&a.team, &a.created)
                .trim_end_matches(".toml")
                .to_string()
        });
    let files = [ReportFormat::Md, ReportFormat::Html].map(|format| {
        (
            format.name().to_string(),
            report(a, deck, format).into_bytes(),
        )
    });
    write_files(folder, &format!("{stem}-referat"), &files)
}

/// Writes each `(extension, bytes)` as `base.<ext>` in `folder`, all under one free name
/// (`base-2.*`, `base-3.*` … while any of them is taken). Each file appears whole or not at all.
/// When a later file fails, the ones already written stay and the error names them.
pub fn write_files(
    folder: &Path,
    base: &str,
    files: &[(String, Vec<u8>)],
) -> Result<Vec<PathBuf>, String> {
    let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    let shown = clean_line(&folder.display().to_string());
    if !folder.is_dir() {
        return Err(format!(
            "Mappen {shown} findes ikke. Skriv en mappe, der findes, eller opret den først."
        ));
    }
    // What an export killed mid-write left (only our own temp names, writer gone).
    remove_stale_temps(&folder);
    'names: for n in 1..=MAX_TRIES {
        let name = if n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(ext, _)| folder.join(format!("{name}.{ext}")))
            .collect();
        if paths.iter().any(|p| fs::symlink_metadata(p).is_ok()) {
            continue;
        }
        let mut written: Vec<PathBuf> = Vec::new();
        for (path, (_, bytes)) in paths.iter().zip(files) {
            match create_atomic(path, bytes) {
                Ok(()) => written.push(path.clone()),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    // Someone took this name meanwhile: ours under it go, the next name is tried.
                    for ours in &written {
                        let _ = fs::remove_file(ours);
                    }
                    continue 'names;
                }
                Err(e) if written.is_empty() => {
                    return Err(format!(
                        "Referatet kunne ikke gemmes i {shown}: {}.",
                        reason(&e)
                    ));
                }
                Err(e) => {
                    let done: Vec<String> = written
                        .iter()
                        .map(|p| clean_line(&p.display().to_string()))
                        .collect();
                    return Err(format!(
                        "{} er gemt, men {} kunne ikke skrives: {}.",
                        done.join(" og "),
                        clean_line(&path.display().to_string()),
                        reason(&e)
                    ));
                }
            }
        }
        return Ok(written);
    }
    Err(format!(
        "Referatet kunne ikke gemmes i {shown}: der er allerede for mange referater med det navn."
    ))
}

/// The system's reason in Danish where it is a common one.
fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "du har ikke adgang til at skrive der".to_string(),
        io::ErrorKind::NotFound => "mappen findes ikke".to_string(),
        io::ErrorKind::ReadOnlyFilesystem => "drevet er skrivebeskyttet".to_string(),
        io::ErrorKind::StorageFull => "disken er fuld".to_string(),
        _ => format!(
            "systemet svarede: {}",
            crate::text::plain_words(&e.to_string())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> Vec<(String, Vec<u8>)> {
        vec![
            ("md".into(), b"# ny".to_vec()),
            ("html".into(), b"<p>ny".to_vec()),
        ]
    }

    #[test]
    fn names_are_taken_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_files(dir.path(), "team-referat", &pair()).unwrap();
        assert_eq!(first[0], dir.path().join("team-referat.md"));
        fs::write(&first[0], "gammelt").unwrap();
        let second = write_files(dir.path(), "team-referat", &pair()).unwrap();
        assert_eq!(second[1], dir.path().join("team-referat-2.html"));
        // Only the .html of a name is taken: the pair moves on together.
        fs::write(dir.path().join("team-referat-3.html"), "x").unwrap();
        let third = write_files(dir.path(), "team-referat", &pair()).unwrap();
        assert_eq!(third[0], dir.path().join("team-referat-4.md"));
        assert_eq!(fs::read_to_string(&first[0]).unwrap(), "gammelt");
        assert_eq!(fs::read_to_string(&third[1]).unwrap(), "<p>ny");
    }

    /// Issue 24, break 7: a second file that cannot be written leaves the first, says which
    /// was written, and leaves no empty file.
    #[cfg(unix)]
    #[test]
    fn a_failed_second_file_names_the_first() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the .html would go: its move fails with something other than "taken"
        // on some systems, "taken" on others; a name nobody can take is the honest test.
        let files = vec![
            ("md".to_string(), b"# ny".to_vec()),
            ("html".to_string(), b"<p>ny".to_vec()),
            ("x/y".to_string(), b"z".to_vec()),
        ];
        let e = write_files(dir.path(), "team-referat", &files).unwrap_err();
        assert!(e.contains("team-referat.md og "), "{e}");
        assert!(e.contains("team-referat.html er gemt, men "), "{e}");
        assert!(e.contains("kunne ikke skrives"), "{e}");
        for entry in fs::read_dir(dir.path()).unwrap() {
            let meta = entry.unwrap().metadata().unwrap();
            assert!(meta.len() > 0);
        }
    }
}
