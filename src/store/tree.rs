//! Many assessment files at once: walking folder trees (`kommune/team/…toml`), and reading the
//! files on every core. Each file is read once and handed to the caller as soon as it is parsed,
//! so memory holds what the caller keeps, not every assessment.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Store, StoreError, io_reason};
use crate::assessment::{Assessment, is_not_an_assessment};
use crate::deck::Deck;
use crate::text::clean_line;

/// An assessment file found in a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    /// The folder it lies in, relative to the folder it was found under ("aarhus/team-nord");
    /// for a file directly in that folder, the folder's own name.
    pub place: String,
}

/// A path that was not read, and why, in Danish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    pub file: String,
    pub reason: String,
}

/// What a walk found: the files to read, what was left out on purpose (not regular files,
/// linked folders), and folders that could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Walk {
    pub files: Vec<Found>,
    pub skipped: Vec<Passed>,
    pub unreadable: Vec<Passed>,
}

/// One file read: an assessment, a TOML file that is some other kind of file, or why it cannot
/// be read.
#[derive(Debug)]
pub enum Read {
    Assessment(Box<Assessment>),
    NotAnAssessment,
    Failed(StoreError),
}

/// Every `*.toml` file under `roots` (a root may also be a file), in path order. Names starting
/// with `.` (temp and lock files) are left out. Only regular files are read: a FIFO or device
/// would block or never end. Links to files are followed; links to folders are not, so a loop
/// cannot make the walk endless.
pub fn walk(roots: &[PathBuf]) -> Walk {
    let mut out = Walk::default();
    for root in roots {
        let meta = match fs::metadata(root) {
            Ok(meta) => meta,
            Err(e) => {
                out.unreadable.push(Passed {
                    file: shown(root),
                    reason: format!("Mappen kan ikke åbnes: {}", io_reason(&e)),
                });
                continue;
            }
        };
        if meta.is_file() {
            let place = root
                .parent()
                .map(|p| {
                    folder_name(if p.as_os_str().is_empty() {
                        Path::new(".")
                    } else {
                        p
                    })
                })
                .unwrap_or_default();
            out.files.push(Found {
                path: root.clone(),
                place,
            });
        } else if meta.is_dir() {
            walk_dir(root, root, &mut out);
        } else {
            out.skipped.push(not_regular(root));
        }
    }
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn walk_dir(root: &Path, dir: &Path, out: &mut Walk) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.unreadable.push(Passed {
                file: shown(dir),
                reason: format!("Mappen kan ikke læses: {}", io_reason(&e)),
            });
            return;
        }
    };
    let mut dirs = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            // What a team deleted lies in its store's wastebasket: not counted.
            if name != super::trash::TRASH {
                dirs.push(path);
            }
            continue;
        }
        // The learner's drill progress (`refleks øv`) is not an assessment.
        if !super::is_toml(&name) || super::is_progress_file(&name) {
            continue;
        }
        // A link is followed only to a regular file; fs::metadata follows it.
        let regular = if kind.is_symlink() {
            fs::metadata(&path).is_ok_and(|m| m.is_file())
        } else {
            kind.is_file()
        };
        if regular {
            let parent = path.parent().unwrap_or(root);
            let place = match parent.strip_prefix(root) {
                Ok(rel) if !rel.as_os_str().is_empty() => {
                    clean_line(&rel.to_string_lossy().replace('\\', "/"))
                }
                _ => folder_name(root),
            };
            out.files.push(Found { path, place });
        } else {
            out.skipped.push(not_regular(&path));
        }
    }
    dirs.sort();
    for d in dirs {
        walk_dir(root, &d, out);
    }
}

fn not_regular(path: &Path) -> Passed {
    Passed {
        file: shown(path),
        reason: "Ikke en almindelig fil (fx en FIFO, en enhed eller et link til en mappe); \
                 den springes over."
            .to_string(),
    }
}

/// A path as it is shown in a message.
pub fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string())
}

/// The last part of a folder's name; for `.` and the like, the name of the folder it stands for.
fn folder_name(dir: &Path) -> String {
    let name = match dir.file_name() {
        Some(n) => Some(n.to_string_lossy().to_string()),
        None => fs::canonicalize(dir)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().to_string())),
    };
    clean_line(&name.unwrap_or_else(|| dir.display().to_string()))
}

/// Reads one file: its text once, then the assessment, its scores checked against `deck` as
/// [`Store::load_for`] does (a score off the scale is never counted). A file that fails as an
/// assessment but is TOML without `schema` and `team` is some other TOML file (a deck card, a
/// config).
pub fn read(path: &Path, deck: &Deck) -> Read {
    let text = match Store::load_text(path) {
        Ok(text) => text,
        Err(e) => return Read::Failed(e),
    };
    match Store::parse_for(&text, &path.display().to_string(), deck) {
        Ok(a) => Read::Assessment(Box::new(a)),
        Err(_) if is_not_an_assessment(&text) => Read::NotAnAssessment,
        Err(e) => Read::Failed(e),
    }
}

/// Runs `each(state, index, item)` over `items` on every core. Each worker starts from
/// `init()` and keeps its own state; the states come back for the caller to merge. Used to read
/// many files at once: whatever `each` does not keep is dropped as soon as it returns.
pub fn each_parallel<T, S, I, F>(items: &[T], init: I, each: F) -> Vec<S>
where
    T: Sync,
    S: Send,
    I: Fn() -> S + Sync,
    F: Fn(&mut S, usize, &T) + Sync,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len())
        .max(1);
    // Workers take runs of neighbouring items, not one at a time: a team's files lie side by
    // side in a walk, so each team lands in one worker's state, not in every worker's (at
    // 100,000 files, one at a time made every worker hold every team).
    const RUN: usize = 16;
    let next = AtomicUsize::new(0);
    let work = || {
        let mut state = init();
        loop {
            let start = next.fetch_add(RUN, Ordering::Relaxed);
            if start >= items.len() {
                break;
            }
            for (i, item) in items.iter().enumerate().skip(start).take(RUN) {
                each(&mut state, i, item);
            }
        }
        state
    };
    if workers == 1 {
        return vec![work()];
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}
