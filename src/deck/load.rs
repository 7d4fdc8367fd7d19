//! Where a deck comes from: the folder embedded in the binary, or a folder on disk. Both go
//! through the same checks, so the embedded deck is held to the same standard as a user's.

use std::path::Path;

use include_dir::{Dir, include_dir};

use super::model::Deck;
use super::parse::{parse_card, parse_deck_head};
use super::problem::{DeckError, Location, Problem};
use super::reader::Doc;
use super::validate::assemble;

/// The default deck, `cards/` at build time.
pub static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/cards");

/// Name of the deck's head file inside a deck folder.
pub const DECK_FILE: &str = "deck.toml";

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// How the embedded deck is named in messages.
pub const EMBEDDED_ORIGIN: &str = "det indbyggede kortsæt";

/// One file of a deck folder, as bytes not yet known to be text.
struct RawFile {
    /// The file as shown to the user, e.g. `mine-kort/2.1.toml`.
    shown: String,
    name: String,
    bytes: Vec<u8>,
}

impl Deck {
    /// The embedded default deck. It is checked by the test suite, so failing here means the
    /// binary was built from a broken `cards/` folder.
    pub fn embedded() -> Deck {
        match Deck::load_embedded() {
            Ok(deck) => deck,
            Err(e) => panic!("the embedded deck is broken:\n{e}"),
        }
    }

    pub fn load_embedded() -> Result<Deck, DeckError> {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for file in EMBEDDED.files() {
            let name = file.path().to_string_lossy().to_string();
            if !name.ends_with(".toml") {
                continue;
            }
            let shown = format!("cards/{name}");
            if file.contents().len() as u64 > MAX_FILE_BYTES {
                problems.push(too_big(&shown, file.contents().len() as u64));
                continue;
            }
            files.push(RawFile {
                shown,
                name,
                bytes: file.contents().to_vec(),
            });
        }
        build(EMBEDDED_ORIGIN, files, problems)
    }

    /// Loads and checks a deck folder: `deck.toml` plus one `*.toml` card per guideline.
    pub fn load_dir(dir: &Path) -> Result<Deck, DeckError> {
        let origin = dir.display().to_string();
        let fail = |message: String, help: &str| DeckError {
            origin: origin.clone(),
            problems: vec![Problem::new(&origin, message, help)],
        };
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(fail(
                    "Kortmappen findes ikke".into(),
                    "Tjek stien efter --cards eller REFLEKS_CARDS.",
                ));
            }
            Err(e) => {
                return Err(fail(
                    format!("Kortmappen kan ikke læses: {e}"),
                    "Tjek at stien er en mappe, og at du har adgang til den.",
                ));
            }
        };
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("toml"))
                    && p.is_file()
            })
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(fail(
                "Kortmappen indeholder ingen .toml-filer".into(),
                "Læg deck.toml og ét kort pr. retningslinje (fx 2.1.toml) i mappen.",
            ));
        }
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for path in paths {
            let shown = path.display().to_string();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            // Refuse oversized files before reading a byte of them.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.len() > MAX_FILE_BYTES => {
                    problems.push(too_big(&shown, meta.len()));
                    continue;
                }
                Ok(_) => {}
                Err(e) => {
                    problems.push(unreadable(&shown, &e));
                    continue;
                }
            }
            match std::fs::read(&path) {
                Ok(bytes) => files.push(RawFile { shown, name, bytes }),
                Err(e) => problems.push(unreadable(&shown, &e)),
            }
        }
        build(&origin, files, problems)
    }

    /// The deck in use: `--cards DIR` when given, else the embedded one.
    pub fn load(cards: Option<&Path>) -> Result<Deck, DeckError> {
        match cards {
            Some(dir) => Deck::load_dir(dir),
            None => Deck::load_embedded(),
        }
    }
}

fn too_big(shown: &str, len: u64) -> Problem {
    Problem::new(
        shown,
        format!(
            "Filen er for stor ({:.1} MiB); et kort må højst fylde 1 MiB",
            len as f64 / (1024.0 * 1024.0)
        ),
        "Tjek at det er den rigtige fil. Et kort er normalt kun nogle få KiB.",
    )
}

fn unreadable(shown: &str, e: &std::io::Error) -> Problem {
    Problem::new(
        shown,
        format!("Filen kan ikke læses: {e}"),
        "Tjek at filen findes, og at du har adgang til den.",
    )
}

fn build(origin: &str, files: Vec<RawFile>, mut problems: Vec<Problem>) -> Result<Deck, DeckError> {
    let mut head = None;
    let mut cards = Vec::new();
    let mut saw_head = false;
    for file in &files {
        let text = match std::str::from_utf8(&file.bytes) {
            Ok(text) => text,
            Err(e) => {
                problems.push(not_utf8(file, e.valid_up_to()));
                if file.name == DECK_FILE {
                    saw_head = true;
                }
                continue;
            }
        };
        let mut doc = Doc::new(&file.shown, text);
        if file.name == DECK_FILE {
            saw_head = true;
            head = parse_deck_head(&mut doc);
        } else if let Some(card) = parse_card(&mut doc) {
            cards.push(card);
        }
        problems.append(&mut doc.problems);
    }
    if !saw_head && !problems.iter().any(|p| p.file.ends_with(DECK_FILE)) {
        problems.push(Problem::new(
            origin,
            format!("Kortmappen mangler {DECK_FILE}"),
            "Læg en deck.toml med kortsættets navn, udgave, principper og skala i mappen.",
        ));
    }
    if files.iter().all(|f| f.name == DECK_FILE) && problems.is_empty() {
        problems.push(Problem::new(
            origin,
            "Kortmappen indeholder ingen kort",
            "Læg ét kort pr. retningslinje i mappen, fx 2.1.toml.",
        ));
    }
    assemble(origin, head, cards, problems)
}

fn not_utf8(file: &RawFile, valid_up_to: usize) -> Problem {
    Problem::new(
        &file.shown,
        "Filen er ikke gyldig UTF-8",
        "Gem filen som UTF-8 (i de fleste editorer: Gem som → Kodning: UTF-8).",
    )
    .at(Location::of_invalid_utf8(&file.bytes, valid_up_to))
}
