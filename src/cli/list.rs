//! `refleks list [--json]`: the saved assessments in the store, newest first.

use std::path::Path;

use serde::Serialize;

use super::Output;
use crate::deck::Deck;
use crate::store::{Listed, Store};
use crate::text::{clean_line, clean_text, truncate};

/// Names the `list --json` schema (documented in `docs/compare-json.md`).
pub const LIST_SCHEMA: &str = "refleks-list/1";

const TEAM: usize = 24;
const DATE: usize = 10;
const PROGRESS: usize = 8;

pub(super) fn run(store: Option<&Path>, json: bool, cards: Option<&Path>, color: bool) -> Output {
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    let store = match Store::open(store) {
        Ok(store) => store,
        Err(e) => {
            return Output {
                stderr: e.render(color),
                code: 1,
                ..Output::default()
            };
        }
    };
    if let Err(e) = store.readable() {
        return Output {
            stderr: e.render(color),
            code: 1,
            ..Output::default()
        };
    }
    let listed = read_list(&store, &deck);
    if json {
        Output::ok(list_json(&store, &listed))
    } else {
        Output::ok(list_table(&store, &listed))
    }
}

/// What `list` shows of one assessment. The assessment itself is dropped as soon as it is read,
/// so a store of 10,000 files is listed in a few megabytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brief {
    pub team: String,
    pub created: String,
    pub updated: String,
    /// Anvisninger of the chosen cards answered, and in all.
    pub progress: (usize, usize),
    pub deck_matches: bool,
}

/// Every file in the store, each read once, on every core (see [`Store::list_with`]).
pub fn read_list(store: &Store, deck: &Deck) -> Vec<Listed<Brief>> {
    let fingerprint = deck.fingerprint();
    store.list_with(
        deck,
        |a| Brief {
            progress: a.progress(deck),
            deck_matches: a.deck.fingerprint == fingerprint,
            team: a.team,
            created: a.created,
            updated: a.updated,
        },
        |b| &b.updated,
    )
}

fn file_name(l: &Listed<Brief>) -> String {
    clean_line(&l.path.file_name().map_or_else(
        || l.path.display().to_string(),
        |n| n.to_string_lossy().to_string(),
    ))
}

/// The table `refleks list` prints: team, last changed, progress, file.
pub fn list_table(store: &Store, listed: &[Listed<Brief>]) -> String {
    let dir = clean_line(&store.dir().display().to_string());
    if listed.is_empty() {
        return format!(
            "Der er ingen gemte vurderinger i {dir} endnu. Start en med \
             `refleks new --team \"Team Nord\"`.\n"
        );
    }
    let mut out = format!("Gemte vurderinger i {dir}\n\n");
    out.push_str(&format!(
        "{:<TEAM$}  {:<DATE$}  {:>PROGRESS$}  Fil\n",
        "Team", "Ændret", "Vurderet"
    ));
    let mut unreadable = 0;
    for l in listed {
        let line = match &l.result {
            Ok(a) => {
                let (done, total) = a.progress;
                format!(
                    "{:<TEAM$}  {:<DATE$}  {:>PROGRESS$}  {}",
                    truncate(&clean_line(&a.team), TEAM),
                    truncate(&clean_line(&a.updated), DATE),
                    format!("{done}/{total}"),
                    file_name(l)
                )
            }
            Err(e) => {
                unreadable += 1;
                let why = if e.is_newer_schema() {
                    "kan ikke læses (nyere refleks)"
                } else {
                    "kan ikke læses"
                };
                format!(
                    "{:<TEAM$}  {:<DATE$}  {:>PROGRESS$}  {}",
                    why,
                    "",
                    "",
                    file_name(l)
                )
            }
        };
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let readable = listed.len() - unreadable;
    out.push('\n');
    out.push_str(&match readable {
        1 => "1 vurdering.".to_string(),
        n => format!("{n} vurderinger."),
    });
    match unreadable {
        0 => {}
        1 => out
            .push_str(" 1 fil kan ikke læses: kør `refleks open FIL` for at se, hvad der er galt."),
        n => out.push_str(&format!(
            " {n} filer kan ikke læses: kør `refleks open FIL` for at se, hvad der er galt."
        )),
    }
    out.push('\n');
    out
}

#[derive(Serialize)]
struct ListOut {
    schema: &'static str,
    store: String,
    assessments: Vec<ItemOut>,
}

#[derive(Serialize)]
struct ItemOut {
    file: String,
    readable: bool,
    team: Option<String>,
    created: Option<String>,
    updated: Option<String>,
    answered: Option<usize>,
    total: Option<usize>,
    deck_matches: Option<bool>,
    error: Option<String>,
    /// The file name's exact bytes in hex: `file` is cleaned for display (a control character
    /// or bytes that are not UTF-8 become U+FFFD), this names the very file.
    file_bytes: String,
}

/// The bytes of a file's name as lowercase hex (on Windows, the name's WTF-8 bytes).
fn name_bytes(l: &Listed<Brief>) -> String {
    let name = l.path.file_name().unwrap_or(l.path.as_os_str());
    name.as_encoded_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `refleks list --json`: the same list for other programs.
pub fn list_json(store: &Store, listed: &[Listed<Brief>]) -> String {
    let assessments = listed
        .iter()
        .map(|l| match &l.result {
            Ok(a) => {
                let (done, total) = a.progress;
                ItemOut {
                    file: file_name(l),
                    readable: true,
                    team: Some(clean_line(&a.team)),
                    created: Some(clean_line(&a.created)),
                    updated: Some(clean_line(&a.updated)),
                    answered: Some(done),
                    total: Some(total),
                    deck_matches: Some(a.deck_matches),
                    error: None,
                    file_bytes: name_bytes(l),
                }
            }
            Err(e) => ItemOut {
                file: file_name(l),
                readable: false,
                team: None,
                created: None,
                updated: None,
                answered: None,
                total: None,
                deck_matches: None,
                error: Some(clean_text(&e.render(false))),
                file_bytes: name_bytes(l),
            },
        })
        .collect();
    let doc = ListOut {
        schema: LIST_SCHEMA,
        store: clean_line(&store.dir().display().to_string()),
        assessments,
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
