//! The disk: the folder of assessment files, and the only place (besides `main`) that reads and
//! writes them.
//!
//! Data is sacred: every save is atomic ([`write_atomic`]), a file we cannot read is reported and
//! never written (there is no [`Assessment`] to save from it), and a second instance on the same
//! file gets it read-only ([`lock`]).

mod atomic;
mod error;
mod lock;
mod locked;
mod minutes;
mod output;
mod places;
mod process;
mod read;
mod sharing;
mod trash;
pub mod tree;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub use atomic::{create_atomic, move_noclobber, write_atomic, write_atomic_with};
pub(crate) use error::{NOT_SAVED, io_reason};
pub use error::{StoreError, held_elsewhere};
pub use lock::{Links, Lock, lock, lock_path};
pub use locked::{Locked, Why};
pub use minutes::{write_files, write_minutes};
pub use output::refuse_output;
pub use places::Places;
pub(crate) use read::read_regular;
pub use trash::TRASH;

use crate::assessment::{Assessment, to_toml};

/// Assessment files larger than this are refused before they are read. A full assessment with
/// long notes is well under 1 MiB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The learner's progress in `refleks øv` (see `study`): in the store, but not an assessment,
/// so the listing, the home screen and `aggregate` leave it alone.
pub const PROGRESS_FILE: &str = "øvelser.toml";

/// True for the name of the progress file ("ø" has no decomposed form, so every file system
/// hands the name back as written).
pub fn is_progress_file(name: &str) -> bool {
    name == PROGRESS_FILE
}

/// Longest team part of a file name, in characters.
pub const MAX_SLUG: usize = 60;

/// A temp file whose writer we cannot see is removed once it is this old: no save takes so long.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60 * 60);

/// The folder of assessment files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

/// One file found by [`Store::list`]: the assessment (or what the caller keeps of it), or why
/// it cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<T = Assessment> {
    pub path: PathBuf,
    pub result: Result<T, StoreError>,
}

/// True for a file name ending in `.toml` in any case: Windows shows and keeps `TEAM.TOML` as
/// it was typed, and it is the same kind of file.
pub fn is_toml(name: &str) -> bool {
    name.len() > 5
        && name.is_char_boundary(name.len() - 5)
        && name[name.len() - 5..].eq_ignore_ascii_case(".toml")
}

/// Removes `.<name>.tmp-<pid>.<random>` files in `dir` whose writer is gone (or that are over
/// an hour old): what a save or an `-o` killed mid-write left. Nothing else is touched.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(atomic::temp_owner) else {
            continue;
        };
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if old || !process::pid_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

impl Store {
    /// The store in `explicit` (`--store DIR`, `REFLEKS_STORE`), or in the platform's data
    /// folder. The folder is made when missing (0700 on Unix), and temp files left by a crashed
    /// save are removed.
    pub fn open(explicit: Option<&Path>) -> Result<Store, StoreError> {
        let dir = Store::location(explicit)?;
        sharing::create_dir(&dir).map_err(|e| {
            StoreError::io(
                &dir,
                "Mappen til vurderinger kan ikke oprettes",
                &e,
                "Vælg en anden mappe med --store MAPPE, eller tjek at du har adgang til den.",
            )
        })?;
        if !dir.is_dir() {
            return Err(StoreError::Io {
                file: dir.display().to_string(),
                message: "Stien til vurderingerne er en fil, ikke en mappe".to_string(),
                help: "Vælg en mappe med --store MAPPE.".to_string(),
            });
        }
        let store = Store { dir };
        store.remove_stale_temp_files();
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// An error when the store folder cannot be read (a colleague's private folder): said as
    /// such, never as an empty store.
    pub fn readable(&self) -> Result<(), StoreError> {
        fs::read_dir(&self.dir).map(drop).map_err(|e| {
            StoreError::io(
                &self.dir,
                "Mappen med vurderinger kan ikke læses",
                &e,
                "Bed den, der ejer mappen, om at give dig adgang, eller vælg en anden med \
                 --store MAPPE.",
            )
        })
    }

    /// Where the store is, without making or touching it: `explicit` (`--store DIR`,
    /// `REFLEKS_STORE`), or the platform's data folder.
    pub fn location(explicit: Option<&Path>) -> Result<PathBuf, StoreError> {
        match explicit {
            Some(dir) => Ok(dir.to_path_buf()),
            None => directories::ProjectDirs::from("dk", "refleks", "refleks")
                .map(|d| d.data_dir().to_path_buf())
                .ok_or_else(|| StoreError::Io {
                    file: "refleks".to_string(),
                    message: "Der er ingen mappe til programdata på denne computer".to_string(),
                    help: "Vælg en mappe til vurderingerne med --store MAPPE eller \
                           REFLEKS_STORE=MAPPE."
                        .to_string(),
                }),
        }
    }

    /// The file `refleks open NAME` means: `name` as given when it exists or names a folder;
    /// else, for a bare file name (what `refleks list` prints), that file in the store, with
    /// `.toml` added when it has no extension. A name found nowhere is returned as given, so the
    /// error names what the user typed.
    pub fn resolve(name: &Path, store: &Path) -> PathBuf {
        let bare = name.components().count() == 1 && name.file_name().is_some();
        if name.exists() || !bare {
            return name.to_path_buf();
        }
        let mut candidates = vec![store.join(name)];
        if name.extension().is_none() {
            candidates.push(store.join(name).with_extension("toml"));
        }
        candidates
            .into_iter()
            .find(|p| p.exists())
            .unwrap_or_else(|| name.to_path_buf())
    }

    fn remove_stale_temp_files(&self) {
        remove_stale_temps(&self.dir);
    }

    /// The file name for a new assessment: `<team>-<date>.toml`, the team in lower case ASCII
    /// (æ→ae, ø→oe, å→aa, anything else not a letter or digit → `-`). It never holds a path
    /// separator or `..`, never starts with `.`, and so cannot escape the store folder.
    pub fn file_name(team: &str, date: &str) -> String {
        let mut team = slug(team, MAX_SLUG);
        if team.is_empty() {
            team = "team".to_string();
        }
        let date = slug(date, 20);
        if date.is_empty() {
            format!("{team}.toml")
        } else {
            format!("{team}-{date}.toml")
        }
    }

    /// Saves a new assessment under a name of its own in the store, `<team>-<date>.toml`, or
    /// with `-2`, `-3`, … before `.toml` when that is taken. The name is claimed and the content
    /// written in one step, under the lock, so two instances started at once get a file each.
    pub fn create(&self, a: &Assessment) -> Result<Lock, StoreError> {
        let name = Store::file_name(&a.team, &a.created);
        let stem = name.strip_suffix(".toml").unwrap_or(&name).to_string();
        let bytes = to_toml(a).into_bytes();
        Store::fits(&self.dir.join(&name), &bytes)?;
        let paths = (1..=1000u32).map(|n| match n {
            1 => self.dir.join(&name),
            n => self.dir.join(format!("{stem}-{n}.toml")),
        });
        create_first_free(paths, &bytes, &self.dir.join(&name), |path, locked| {
            match &locked.why {
                // No lock file (a full disk, a folder we may not write in): said as a save
                // that failed, not as a file to move (there is no file yet).
                Why::NoLockFile(reason) => StoreError::Io {
                    file: path.display().to_string(),
                    message: format!("Vurderingen kunne ikke gemmes: {reason}"),
                    help: "Gør plads på drevet, eller vælg en anden mappe med --store \
                           MAPPE. Det, du har skrevet, er stadig åbent i refleks."
                        .to_string(),
                },
                _ => StoreError::locked(locked),
            }
        })
    }

    /// Saves `bytes` as a new file beside `target` (`<name>-kopi.toml`, `-kopi-2`, …), never over
    /// anything, and locks it: where the work goes when its own file became someone else's.
    /// The one rule for a conflict copy, for the app and for its last save on the way out.
    pub fn create_beside(target: &Path, bytes: &[u8]) -> Result<Lock, StoreError> {
        let stem = target
            .file_stem()
            .map_or_else(|| "vurdering".into(), |s| s.to_string_lossy().into_owned());
        let paths = (1..=1000u32).map(|n| {
            target.with_file_name(match n {
                1 => format!("{stem}-kopi.toml"),
                n => format!("{stem}-kopi-{n}.toml"),
            })
        });
        create_first_free(paths, bytes, target, |_, locked| StoreError::locked(locked))
    }

    /// Writes the assessment atomically to the locked file (see [`write_atomic`]), after checking
    /// that the lock is still ours and the file still what we last read or wrote
    /// ([`Lock::check`]). A file the loader would refuse is never written.
    pub fn save(held: &mut Lock, a: &Assessment) -> Result<(), StoreError> {
        Store::save_bytes(held, Store::text_for(Some(held), a).as_bytes())
    }

    /// What a save through `held` writes: the assessment laid over the file's own text, so a
    /// hand-written comment, the key order, a BOM and CRLF stay (`to_toml_over`); the plain
    /// [`to_toml`] text for a new file.
    pub fn text_for(held: Option<&Lock>, a: &Assessment) -> String {
        match held.and_then(Lock::base) {
            Some(base) => crate::assessment::to_toml_over(base, a),
            None => to_toml(a),
        }
    }

    /// Like [`Store::save`], for bytes already made by `to_toml` (the guard thread's copy).
    pub fn save_bytes(held: &mut Lock, bytes: &[u8]) -> Result<(), StoreError> {
        Store::fits(held.path(), bytes)?;
        let shown = held.path().to_path_buf();
        let failed = |e: io::Error| StoreError::save(&shown, &e);
        // Written and flushed first; then the check, then at once the rename, so a file
        // replaced by someone else is noticed up to the last moment.
        let prepared = atomic::Prepared::new(held.target(), bytes).map_err(failed)?;
        held.check().map_err(|l| match &l.why {
            // Not a reason to save elsewhere: the same file is tried again at the next save.
            Why::Unreadable { held: true, .. } => StoreError::Io {
                file: shown.display().to_string(),
                message: format!("{NOT_SAVED}: {}", crate::strings::FILE_HELD),
                help: crate::strings::FILE_HELD_HELP.to_string(),
            },
            Why::Unreadable { reason, .. } => StoreError::Io {
                file: shown.display().to_string(),
                message: format!("{NOT_SAVED}: filen kan ikke bruges lige nu ({reason})"),
                help: "Dine ændringer er stadig åbne i refleks; der prøves igen ved næste \
                       ændring, og når du lukker."
                    .to_string(),
            },
            _ => StoreError::locked(&l),
        })?;
        match prepared.exchange(held.target()) {
            // Swapped in one step: what it replaced must be what we last read or wrote, or it
            // goes back (someone else wrote in the moment since the check).
            Ok(swapped) => {
                let old = swapped.old_bytes(MAX_FILE_BYTES).ok();
                if !held.saw(old.as_deref()) {
                    swapped.undo().map_err(failed)?;
                    return Err(StoreError::locked(&held.changed_on_disk()));
                }
                swapped.keep().map_err(failed)?;
            }
            Err(prepared) => prepared.replace(held.target()).map_err(failed)?,
        }
        held.set_seen(bytes);
        Ok(())
    }

    /// An error when `bytes` are more than [`Store::load`] accepts.
    fn fits(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(StoreError::Io {
                file: path.display().to_string(),
                message: format!(
                    "Vurderingen er ikke gemt: den fylder {:.1} MiB, og en vurdering må højst \
                     fylde {} MiB",
                    bytes.len() as f64 / (1024.0 * 1024.0),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                help: "Gør de længste noter eller svar kortere; så gemmes den igen.".to_string(),
            });
        }
        Ok(())
    }

    /// Every `*.toml` file directly in the store, each read once: newest `updated` first, then
    /// by name; files that cannot be read come last, by name. Temp and lock files are skipped.
    pub fn list(&self, deck: &crate::deck::Deck) -> Vec<Listed> {
        self.list_with(deck, |a| a, |a| &a.updated)
    }

    /// The `*.toml` files directly in the store, not read yet, in no particular order. Temp
    /// and lock files are skipped, and so are folders; a pipe or device named `*.toml` is
    /// listed, and found unreadable when it is loaded.
    pub fn list_paths(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter(|entry| {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                is_toml(&name) && !name.starts_with('.') && !is_progress_file(&name)
            })
            .map(|entry| entry.path())
            .filter(|path| !path.is_dir())
            .collect()
    }

    /// Like [`Store::list`], but each assessment is turned into what the caller keeps
    /// (`keep`) as soon as it is read, on every core, so a store of 10,000 files never holds
    /// 10,000 assessments. `updated` gives the date the list is sorted by.
    pub fn list_with<T: Send>(
        &self,
        deck: &crate::deck::Deck,
        keep: impl Fn(Assessment) -> T + Sync,
        updated: impl Fn(&T) -> &str,
    ) -> Vec<Listed<T>> {
        let paths = self.list_paths();
        let mut listed: Vec<Listed<T>> = tree::each_parallel(&paths, Vec::new, |out, _, path| {
            out.push(Listed {
                result: Store::load_for(path, deck).map(&keep),
                path: path.clone(),
            });
        })
        .into_iter()
        .flatten()
        .collect();
        fn date<'a, T>(l: &'a Listed<T>, updated: &impl Fn(&T) -> &str) -> Option<&'a str> {
            l.result.as_ref().ok().map(updated)
        }
        listed.sort_by(|a, b| {
            // `Some` sorts after `None`, and newer dates after older ones: compare reversed.
            date(b, &updated)
                .cmp(&date(a, &updated))
                .then_with(|| a.path.cmp(&b.path))
        });
        listed
    }
}

/// Lower-case ASCII letters and digits, æøå spelled out, runs of anything else as one `-`, no
/// `-` at either end; at most `max` characters.
fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let spelled = match c {
            'æ' => Some("ae"),
            'ø' => Some("oe"),
            'å' => Some("aa"),
            _ => None,
        };
        let push = |out: &mut String, dash: &mut bool, t: &str| {
            if *dash && !out.is_empty() {
                out.push('-');
            }
            *dash = false;
            out.push_str(t);
        };
        if let Some(t) = spelled {
            push(&mut out, &mut dash, t);
        } else if c.is_ascii_alphanumeric() {
            push(&mut out, &mut dash, c.encode_utf8(&mut [0; 4]));
        } else {
            dash = true;
        }
        if out.len() >= max {
            break;
        }
    }
    out.truncate(max);
    out.trim_end_matches('-').to_string()
}

/// Writes `bytes` as a new file at the first of `paths` that is free, locked: a path that
/// exists, or that another instance is claiming, is passed over. The name is claimed and the
/// content written in one step, under the lock. `refused` says why a lock could not be taken
/// (other than being held); when every path is taken, the error names `all_taken`.
fn create_first_free(
    paths: impl Iterator<Item = PathBuf>,
    bytes: &[u8],
    all_taken: &Path,
    refused: impl Fn(&Path, &Locked) -> StoreError,
) -> Result<Lock, StoreError> {
    let mut last = None;
    for path in paths {
        if fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        let mut held = match lock(&path, Links::Refuse) {
            Ok(held) => held,
            Err(Locked {
                why: Why::Held { .. },
                ..
            }) => continue,
            Err(other) => return Err(refused(&path, &other)),
        };
        match create_atomic(held.target(), bytes) {
            Ok(()) => {
                held.set_seen(bytes);
                return Ok(held);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(StoreError::save(&path, &e)),
        }
    }
    let e = last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists));
    Err(StoreError::save(all_taken, &e))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A file made with the deck before its questions were reordered is read with each
    /// reflection under the question it answered (the one load path does it for every command).
    #[test]
    fn an_old_decks_reflections_are_read_under_their_new_numbers() {
        let deck = crate::deck::Deck::embedded();
        let mut a = Assessment::new(&deck, "Team Syd", vec![], vec![], "2026-10-02");
        a.deck.fingerprint = crate::assessment::BEFORE_REORDER.to_string();
        a.set_reflection("3.11", 6, "Vi skriver en sms".into());
        let text = crate::assessment::to_toml(&a);
        let read = Store::parse_for(&text, "team-syd.toml", &deck).unwrap();
        assert_eq!(read.reflection("3.11", 8), Some("Vi skriver en sms"));
        assert_eq!(read.reflection("3.11", 6), None);
        assert_eq!(read.deck.fingerprint, deck.fingerprint());
    }

    #[test]
    fn toml_files_are_found_in_any_case() {
        for yes in ["a.toml", "TEAM.TOML", "Team.Toml", "æøå.tOmL"] {
            assert!(is_toml(yes), "{yes}");
        }
        for no in [".toml", "a.tom", "a.toml.bak", "atoml", "ø.tøml", ""] {
            assert!(!is_toml(no), "{no}");
        }
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(Some(dir.path())).unwrap();
        fs::write(dir.path().join("TEAM-NORD.TOML"), "").unwrap();
        fs::write(dir.path().join("noter.txt"), "").unwrap();
        assert_eq!(
            store.list_paths(),
            [dir.path().join("TEAM-NORD.TOML")],
            "the listing takes an upper-case name"
        );
    }

    #[test]
    fn file_names_are_readable() {
        assert_eq!(
            Store::file_name("Team Nord", "2026-11-23"),
            "team-nord-2026-11-23.toml"
        );
        assert_eq!(
            Store::file_name("  Ærø / Øst & Å-holdet!! ", "2026-11-23"),
            "aeroe-oest-aa-holdet-2026-11-23.toml"
        );
        assert_eq!(
            Store::file_name("../../etc/passwd", "2026-01-01"),
            "etc-passwd-2026-01-01.toml"
        );
        assert_eq!(
            Store::file_name("...", "2026-01-01"),
            "team-2026-01-01.toml"
        );
        assert_eq!(Store::file_name("", ""), "team.toml");
        assert_eq!(
            Store::file_name("Café Ünïcode", "x/../y"),
            "caf-n-code-x-y.toml"
        );
        let long = Store::file_name(&"a".repeat(500), "2026-01-01");
        assert_eq!(long, format!("{}-2026-01-01.toml", "a".repeat(60)));
    }

    #[test]
    fn slugs_end_without_a_dash_when_cut() {
        let s = slug(&format!("{} b", "a".repeat(59)), 60);
        assert_eq!(s, "a".repeat(59));
        assert_eq!(slug(&"æ".repeat(40), 60).len(), 60);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn file_names_never_escape_the_store(team in "\\PC*|[./\\\\ æøåÆØÅ-]{0,20}", date in ".*") {
            let name = Store::file_name(&team, &date);
            prop_assert!(!name.contains('/'), "{name}");
            prop_assert!(!name.contains('\\'), "{name}");
            prop_assert!(!name.contains(".."), "{name}");
            prop_assert!(!name.starts_with('.'), "{name}");
            prop_assert!(!name.starts_with('-'), "{name}");
            prop_assert!(name.ends_with(".toml"), "{name}");
            prop_assert_eq!(name.matches('.').count(), 1, "{}", name);
            prop_assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'), "{}", name);
            prop_assert!(name.len() <= MAX_SLUG + 1 + 20 + 5, "{}", name);
            let path = Path::new("/store").join(&name);
            prop_assert_eq!(path.parent(), Some(Path::new("/store")));
        }
    }
}
