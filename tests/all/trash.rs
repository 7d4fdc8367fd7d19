//! Deleting from the app moves the file to `papirkurv/` in the store: never unlinked, never
//! over another file there, never while another refleks has it open, and never listed again.

use std::fs;

use crate::common::store::temp_store as store;
use refleks::assessment::Assessment;
use refleks::deck::Deck;
use refleks::store::{Links, Store, TRASH, lock};

fn saved(store: &Store, team: &str) -> std::path::PathBuf {
    let a = Assessment::new(&Deck::embedded(), team, vec![], vec![], "2026-12-01");
    // The lock goes when it is dropped: the file is saved and no longer open.
    store.create(&a).unwrap().path().to_path_buf()
}

#[test]
fn a_discarded_file_moves_to_the_wastebasket_and_leaves_the_list() {
    let (_dir, store) = store();
    let first = saved(&store, "Team Øst");
    let bytes = fs::read(&first).unwrap();
    let to = store.discard(&first).unwrap();
    assert_eq!(
        to,
        store.dir().join(TRASH).join("team-oest-2026-12-01.toml")
    );
    assert!(!first.exists());
    assert_eq!(fs::read(&to).unwrap(), bytes);
    assert!(store.list(&refleks::deck::Deck::embedded()).is_empty());

    // A second file of the same name does not overwrite the first in the wastebasket.
    let again = saved(&store, "Team Øst");
    assert_eq!(again, first);
    let to2 = store.discard(&again).unwrap();
    assert_eq!(
        to2,
        store.dir().join(TRASH).join("team-oest-2026-12-01-2.toml")
    );
    assert_eq!(fs::read(&to).unwrap(), bytes);
}

#[test]
fn a_file_open_elsewhere_or_outside_the_store_is_not_moved() {
    let (dir, store) = store();
    let path = saved(&store, "Team Vest");
    let held = lock(&path, Links::Refuse).unwrap();
    let e = store.discard(&path).unwrap_err();
    assert!(path.exists(), "{e}");
    // Said as a refused move, not as the sentence of opening a file read-only (issue 24).
    assert!(e.contains("flyttes ikke til papirkurven"), "{e}");
    assert!(e.contains("Luk den anden refleks"), "{e}");
    assert!(!e.contains("skrivebeskyttet"), "{e}");
    drop(held);

    let outside = dir.path().join("andet.toml");
    fs::write(&outside, "x").unwrap();
    let e = store.discard(&outside).unwrap_err();
    assert!(e.contains("ikke en fil i mappen med vurderinger"), "{e}");
    assert!(outside.exists());
}
