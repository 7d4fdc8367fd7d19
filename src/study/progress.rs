//! The learner's progress: `øvelser.toml` in the store (so `--store` and a shared drive carry
//! it), one entry per drilled item with its next due date. Read whole; written only through
//! [`record`], which takes the store's lock on the file, reads it again, adds the answers and
//! writes it atomically, so two windows drilling at once lose nothing, and a file we cannot
//! read is never overwritten.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::items::Item;
use super::schedule::{Entry, Rating, review};
use crate::deck::{Deck, Location, Problem};
use crate::store::{Links, MAX_FILE_BYTES, PROGRESS_FILE, Why, lock, write_atomic};
use crate::text::clean_line;

/// The format of `øvelser.toml`; a newer one is refused rather than half read.
const FORMAT: u32 = 1;

/// How long `record` waits for another window's save: 200 × 25 ms, five seconds in all (a save
/// on a slow shared drive can take a second).
const LOCK_TRIES: u32 = 200;
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(25);

/// Above the entries, for a curious reader of the file.
const HEADER: &str = "# Øvelser i refleks (refleks øv): hvornår hvert spørgsmål kommer igen.\n\
                      # Filen skrives af refleks; ret den ikke i hånden.\n";

/// What the file holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Layout {
    format: u32,
    #[serde(default)]
    items: BTreeMap<String, Entry>,
}

/// Every drilled item's entry, by item id (`lovkrav/3.4.1`, …). Items the deck no longer has
/// are kept (a changed deck may bring them back) and left out of everything counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    pub items: BTreeMap<String, Entry>,
}

/// Why the progress could not be read or saved: Danish, with the file (and line) and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressError(pub Problem);

impl ProgressError {
    pub fn render(&self, color: bool) -> String {
        self.0.render(color)
    }

    fn new(path: &Path, message: impl Into<String>, help: impl Into<String>) -> ProgressError {
        ProgressError(Problem::new(&shown(path), message, help))
    }
}

fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string())
}

/// One card's figures for `refleks øv --status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardStatus {
    pub card: String,
    pub title: String,
    /// The card's items, and how many of them have been drilled.
    pub items: usize,
    pub drilled: usize,
    /// Answers given to the card's items, and how many of them were right.
    pub answered: u32,
    pub right: u32,
}

impl CardStatus {
    /// The share right in whole percent, `None` before any answer.
    pub fn percent_right(&self) -> Option<u32> {
        (self.answered > 0)
            .then(|| (f64::from(self.right) * 100.0 / f64::from(self.answered)).round() as u32)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Items of the deck.
    pub items: usize,
    pub drilled: usize,
    pub learned: usize,
    /// Drilled items due today or earlier.
    pub due_today: usize,
    /// Every card of the deck, in deck order.
    pub cards: Vec<CardStatus>,
}

impl Progress {
    /// The figures of `refleks øv --status` on `today`, for the items of `deck`.
    pub fn status(&self, deck: &Deck, items: &[Item], today: Date) -> Status {
        let mut cards: Vec<CardStatus> = deck
            .guidelines
            .iter()
            .map(|g| CardStatus {
                card: g.id.clone(),
                title: g.title.clone(),
                items: 0,
                drilled: 0,
                answered: 0,
                right: 0,
            })
            .collect();
        let (mut drilled, mut learned, mut due_today) = (0, 0, 0);
        for item in items {
            let entry = self.items.get(&item.id);
            if let Some(card) = cards.iter_mut().find(|c| c.card == item.card) {
                card.items += 1;
                if let Some(e) = entry {
                    card.drilled += 1;
                    card.answered = card.answered.saturating_add(e.answered);
                    card.right = card.right.saturating_add(e.right);
                }
            }
            let Some(e) = entry else {
                continue;
            };
            drilled += 1;
            learned += usize::from(e.is_learned());
            due_today += usize::from(e.due_date().is_none_or(|d| d <= today));
        }
        Status {
            items: items.len(),
            drilled,
            learned,
            due_today,
            cards,
        }
    }

    /// The items to drill on `today` (of one card, or all), at most `limit`: those due first
    /// (the longest overdue first), then new ones in deck order.
    pub fn session<'i>(
        &self,
        items: &'i [Item],
        today: Date,
        card: Option<&str>,
        limit: usize,
    ) -> Vec<&'i Item> {
        let of_card = |i: &&Item| card.is_none_or(|c| i.card == c);
        let mut due: Vec<(Date, &Item)> = items
            .iter()
            .filter(of_card)
            .filter_map(|i| {
                let e = self.items.get(&i.id)?;
                let d = e.due_date().unwrap_or(today);
                (d <= today).then_some((d, i))
            })
            .collect();
        due.sort_by_key(|(d, _)| *d);
        let new = items
            .iter()
            .filter(of_card)
            .filter(|i| !self.items.contains_key(&i.id));
        due.into_iter()
            .map(|(_, i)| i)
            .chain(new)
            .take(limit)
            .collect()
    }

    /// The file's text.
    fn to_toml(&self) -> String {
        let layout = Layout {
            format: FORMAT,
            items: self.items.clone(),
        };
        let body = toml::to_string(&layout).unwrap_or_default();
        format!("{HEADER}\n{body}")
    }

    fn from_toml(text: &str, path: &Path) -> Result<Progress, ProgressError> {
        let layout: Layout = toml::from_str(text).map_err(|e| {
            let problem = Problem::new(
                &shown(path),
                format!(
                    "{PROGRESS_FILE} kan ikke læses: {}",
                    clean_line(e.message().trim())
                ),
                format!(
                    "Filen er ikke ændret. Flyt den væk (eller ret fejlen på den markerede plads), \
                     så begynder refleks øv forfra med en ny {PROGRESS_FILE}."
                ),
            );
            ProgressError(match e.span() {
                Some(span) => problem.at(Location::of_span(text, span)),
                None => problem,
            })
        })?;
        if layout.format > FORMAT {
            return Err(ProgressError::new(
                path,
                format!(
                    "{PROGRESS_FILE} er skrevet af en nyere udgave af refleks (format {})",
                    layout.format
                ),
                "Opdatér refleks for at øve videre. Filen er ikke ændret.",
            ));
        }
        if let Some((id, _)) = layout.items.iter().find(|(_, e)| !e.is_sane()) {
            return Err(ProgressError::new(
                path,
                format!(
                    "{PROGRESS_FILE} har et punkt, refleks ikke kan bruge: {}",
                    clean_line(id)
                ),
                "Datoerne skal skrives ÅÅÅÅ-MM-DD og tallene være dem, refleks skrev. Slet \
                 punktet, så begynder spørgsmålet forfra. Filen er ikke ændret.",
            ));
        }
        Ok(Progress {
            items: layout.items,
        })
    }
}

/// Where the progress of the store in `dir` lives.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(PROGRESS_FILE)
}

/// The progress kept in the store at `dir`; empty when there is no `øvelser.toml` yet.
pub fn read(dir: &Path) -> Result<Progress, ProgressError> {
    let path = path(dir);
    let bytes = match crate::store::read_regular(&path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Progress::default()),
        Err(e) => {
            return Err(ProgressError::new(
                &path,
                format!(
                    "{PROGRESS_FILE} kan ikke læses: {}",
                    crate::store::io_reason(&e)
                ),
                "Tjek, at du har adgang til mappen. Filen er ikke ændret.",
            ));
        }
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ProgressError::new(
            &path,
            format!("{PROGRESS_FILE} er for stor til at være skrevet af refleks"),
            "Flyt filen væk, så begynder refleks øv forfra. Filen er ikke ændret.",
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = Location::of_invalid_utf8(e.as_bytes(), e.utf8_error().valid_up_to());
        ProgressError(
            Problem::new(
                &shown(&path),
                format!("{PROGRESS_FILE} er ikke gyldig UTF-8"),
                "Flyt filen væk, så begynder refleks øv forfra. Filen er ikke ændret.",
            )
            .at(at),
        )
    })?;
    Progress::from_toml(&text, &path)
}

/// Adds answers given on `today` (item id, rating, right) to the progress in the store at
/// `dir` and saves it: under the file's lock, read again first (a file that cannot be read is
/// not replaced), then written atomically. Returns the progress as saved.
pub fn record(
    dir: &Path,
    answers: &[(String, Rating, bool)],
    today: Date,
) -> Result<Progress, ProgressError> {
    let path = path(dir);
    // Found in the store, not named by the user: a link there is not followed. Another window
    // holds the lock only while it writes a few kilobytes, so wait for it a little rather than
    // drop the answer.
    let mut tries = 0;
    let held = loop {
        match lock(&path, Links::Refuse) {
            Err(l) if matches!(l.why, Why::Held { .. }) && tries < LOCK_TRIES => {
                tries += 1;
                std::thread::sleep(LOCK_WAIT);
            }
            other => break other,
        }
    };
    let _held = held.map_err(|l| {
        let message = match l.why {
            Why::Held { .. } => format!(
                "{PROGRESS_FILE} bliver gemt af en anden refleks lige nu; dit svar er ikke gemt"
            ),
            _ => format!("Dit svar kan ikke gemmes i {PROGRESS_FILE}"),
        };
        ProgressError(Problem::new(
            &shown(&path),
            message,
            format!("Prøv igen om lidt. {}", l.reason()),
        ))
    })?;
    let mut progress = read(dir)?;
    for (id, rating, right) in answers {
        let entry = review(progress.items.get(id), *rating, *right, today);
        progress.items.insert(id.clone(), entry);
    }
    let text = progress.to_toml();
    // On Windows a file another program has open for a moment (a virus scanner, a sync
    // client, another window just done) cannot be replaced: try again a little before giving up.
    let mut tries = 0;
    let written = loop {
        match write_atomic(&path, text.as_bytes()) {
            Err(e) if crate::store::held_elsewhere(&path, &e) && tries < LOCK_TRIES => {
                tries += 1;
                std::thread::sleep(LOCK_WAIT);
            }
            other => break other,
        }
    };
    written.map_err(|e| {
        ProgressError::new(
            &path,
            format!(
                "Dit svar kan ikke gemmes i {PROGRESS_FILE}: {}",
                crate::store::io_reason(&e)
            ),
            "Tjek, at mappen findes, og at du kan skrive i den.",
        )
    })?;
    Ok(progress)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::study::items;
    use jiff::civil::date;

    #[test]
    fn answers_are_saved_and_read_back_with_their_due_dates() {
        let dir = tempfile::tempdir().unwrap();
        let today = date(2026, 12, 4);
        assert_eq!(read(dir.path()).unwrap(), Progress::default());
        let answers = vec![
            ("lovkrav/3.4.1".to_string(), Rating::Godt, true),
            ("frist/3.4.1/1".to_string(), Rating::Igen, false),
        ];
        let saved = record(dir.path(), &answers, today).unwrap();
        let text = std::fs::read_to_string(path(dir.path())).unwrap();
        assert!(text.contains("[items.\"lovkrav/3.4.1\"]"), "{text}");
        assert!(text.contains("due = \"2026-12-05\""), "{text}");
        let read_back = read(dir.path()).unwrap();
        assert_eq!(read_back, saved);
        // A second session adds to the first.
        let more = vec![("lovkrav/3.4.2".to_string(), Rating::Let, true)];
        let after = record(dir.path(), &more, today).unwrap();
        assert_eq!(after.items.len(), 3);
        assert!(
            !dir.path().join(".øvelser.toml.lock").exists(),
            "the lock is gone"
        );
    }

    #[test]
    fn two_windows_recording_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let today = date(2026, 12, 4);
        std::thread::scope(|s| {
            for window in 0..2 {
                let dir = dir.path();
                s.spawn(move || {
                    for i in 0..15 {
                        let id = format!("lovkrav/{window}.{i}");
                        record(dir, &[(id, Rating::Godt, true)], today).unwrap();
                    }
                });
            }
        });
        assert_eq!(read(dir.path()).unwrap().items.len(), 30);
    }

    proptest::proptest! {
        /// Whatever ids and numbers an entry holds, the file gives back exactly what was saved.
        #[test]
        fn the_file_reads_back_what_was_written(
            entries in proptest::collection::btree_map(
                "\\PC{1,30}",
                (0.01f64..36_500.0, 1.0f64..=10.0, 0u32..1000, 0u32..1000, 0u32..1000, 0i32..3000),
                0..8,
            )
        ) {
            let items = entries
                .into_iter()
                .map(|(id, (stability, difficulty, reps, lapses, answered, days))| {
                    let last = date(2026, 1, 1);
                    let due = last.checked_add(jiff::Span::new().days(days)).unwrap();
                    let entry = Entry {
                        due: due.to_string(),
                        last: last.to_string(),
                        stability,
                        difficulty,
                        reps,
                        lapses,
                        answered,
                        right: answered / 2,
                    };
                    (id, entry)
                })
                .collect();
            let progress = Progress { items };
            let text = progress.to_toml();
            let back = Progress::from_toml(&text, Path::new("øvelser.toml")).unwrap();
            proptest::prop_assert_eq!(back, progress);
        }
    }

    #[test]
    fn a_file_we_cannot_read_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let broken = "format = 1\n[items.\"lovkrav/3.4.1\"]\ndue = 5\n";
        std::fs::write(path(dir.path()), broken).unwrap();
        let e = read(dir.path()).unwrap_err().render(false);
        assert!(e.contains("øvelser.toml kan ikke læses"), "{e}");
        assert!(e.contains(":3:"), "located: {e}");
        let answers = vec![("lovkrav/3.4.1".to_string(), Rating::Godt, true)];
        assert!(record(dir.path(), &answers, date(2026, 12, 4)).is_err());
        assert_eq!(std::fs::read_to_string(path(dir.path())).unwrap(), broken);
        // A newer format and nonsense numbers are refused as well.
        std::fs::write(path(dir.path()), "format = 2\n").unwrap();
        assert!(
            read(dir.path())
                .unwrap_err()
                .render(false)
                .contains("nyere udgave")
        );
    }

    #[test]
    fn status_counts_learned_due_and_share_right_per_card() {
        let deck = Deck::embedded();
        let all = items(&deck);
        let day1 = date(2026, 12, 4);
        let mut p = Progress::default();
        for (id, rating, right) in [
            ("lovkrav/3.4.1", Rating::Let, true),
            ("lovkrav/3.4.2", Rating::Igen, false),
            ("retningslinje/3.4.1", Rating::Godt, true),
            ("lovkrav/2.1.1", Rating::Godt, true),
            ("lovkrav/9.9.9", Rating::Godt, true),
        ] {
            p.items
                .insert(id.to_string(), review(None, rating, right, day1));
        }
        let next_day = date(2026, 12, 5);
        let s = p.status(&deck, &all, next_day);
        assert_eq!(s.items, all.len());
        assert_eq!(s.drilled, 4, "an item the deck lacks is not counted");
        assert_eq!(s.learned, 1, "only the one answered let");
        assert_eq!(
            s.due_today, 1,
            "the one answered igen comes back the next day"
        );
        let card = |id: &str| s.cards.iter().find(|c| c.card == id).unwrap();
        assert_eq!(card("3.4").answered, 3);
        assert_eq!(card("3.4").percent_right(), Some(67));
        assert_eq!(card("2.1").percent_right(), Some(100));
        assert_eq!(card("3.5").percent_right(), None);
        // The session: what is due first, then new items; one card only when asked.
        let session = p.session(&all, next_day, Some("3.4"), 3);
        assert_eq!(session[0].id, "lovkrav/3.4.2");
        assert!(session.iter().all(|i| i.card == "3.4"));
        assert_eq!(session.len(), 3);
    }
}
