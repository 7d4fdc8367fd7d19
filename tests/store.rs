//! The store on a real disk: saves replace files whole, crashes leave no debris that matters,
//! files we cannot read are reported (in Danish, located) and left byte for byte as they were,
//! and a second instance on one file is told it is locked.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use refleks::assessment::{Assessment, Score, to_toml};
use refleks::deck::Deck;
use refleks::store::{Listed, Store, StoreError, lock, lock_path};

fn assessment(team: &str, updated: &str) -> Assessment {
    let deck = Deck::embedded();
    let mut a = Assessment::new(&deck, team, vec!["Anne".into()], vec![], "2026-11-01");
    a.updated = updated.to_string();
    a.answer_mut("2.1.1").score = Some(Score::Level(2));
    a
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(&dir.path().join("vurderinger"))).unwrap();
    (dir, store)
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

fn load_error(path: &Path) -> StoreError {
    Store::load(path).expect_err("the file is meant to be unreadable")
}

/// The report must be Danish, name the file, and print nothing unsafe.
fn check_report(e: &StoreError, path: &Path) -> String {
    let out = e.render(false);
    assert!(out.contains("fejl: "), "{out}");
    assert!(out.contains("hjælp: "), "{out}");
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    assert!(out.contains(&file), "{out}");
    assert!(out.contains("ikke ændret"), "{out}");
    assert!(!out.chars().any(refleks::text::is_unsafe), "{out:?}");
    out
}

#[test]
fn save_replaces_the_whole_file_and_leaves_no_temp_file() {
    let (_tmp, store) = store();
    let path = store.new_path("Team Nord", "2026-11-23");
    assert_eq!(path.file_name().unwrap(), "team-nord-2026-11-23.toml");
    let mut long = assessment("Team Nord", "2026-11-23");
    long.answer_mut("2.1.1").note = "x".repeat(10_000);
    store.save(&path, &long).unwrap();
    let short = assessment("Team Nord", "2026-11-24");
    store.save(&path, &short).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), to_toml(&short));
    assert_eq!(Store::load(&path).unwrap(), short);
    assert_eq!(names(store.dir()), vec!["team-nord-2026-11-23.toml"]);
}

#[test]
fn new_paths_never_overwrite() {
    let (_tmp, store) = store();
    let first = store.new_path("Team Nord", "2026-11-23");
    store
        .save(&first, &assessment("Team Nord", "2026-11-23"))
        .unwrap();
    let second = store.new_path("Team Nord", "2026-11-23");
    assert_eq!(second.file_name().unwrap(), "team-nord-2026-11-23-2.toml");
    store
        .save(&second, &assessment("Team Nord", "2026-11-23"))
        .unwrap();
    let third = store.new_path("Team Nord", "2026-11-23");
    assert_eq!(third.file_name().unwrap(), "team-nord-2026-11-23-3.toml");
    let evil = store.new_path("../../../etc/x", "2026-11-23");
    assert_eq!(evil.parent(), Some(store.dir()));
}

#[test]
fn open_removes_stray_temp_files_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vurderinger");
    fs::create_dir(&dir).unwrap();
    // Left by a crash an hour and more ago.
    let stray = dir.join(".x.toml.tmp-123");
    fs::write(&stray, "halvt skrevet").unwrap();
    let old = SystemTime::now() - Duration::from_secs(2 * 60 * 60);
    fs::File::options()
        .write(true)
        .open(&stray)
        .unwrap()
        .set_modified(old)
        .unwrap();
    // Left by a writer that is gone (no such process can exist).
    fs::write(dir.join(".y.toml.tmp-999999999"), "halvt").unwrap();
    // Not ours: kept.
    let keep = [
        "x.toml",
        "x.toml.tmp-123",
        ".x.toml.lock",
        ".x.toml.tmp-abc",
        "noter.txt",
        ".skjult",
    ];
    for name in keep {
        fs::write(dir.join(name), name).unwrap();
    }
    let store = Store::open(Some(&dir)).unwrap();
    let mut expected: Vec<String> = keep.iter().map(|s| s.to_string()).collect();
    if !cfg!(target_os = "linux") {
        // Elsewhere a fresh temp file's writer is assumed alive.
        expected.push(".y.toml.tmp-999999999".into());
    }
    expected.sort();
    assert_eq!(names(store.dir()), expected);
    for name in keep {
        assert_eq!(fs::read_to_string(dir.join(name)).unwrap(), name);
    }
}

#[test]
fn a_temp_file_of_a_live_writer_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let name = format!(".x.toml.tmp-{}", std::process::id());
    fs::write(tmp.path().join(&name), "skrives lige nu").unwrap();
    let store = Store::open(Some(tmp.path())).unwrap();
    assert_eq!(names(store.dir()), vec![name]);
}

/// Every unreadable file: the error is located where it can be, and the bytes are unchanged.
fn unreadable(name: &str, bytes: &[u8], expect: &[&str]) -> (PathBuf, String) {
    let (tmp, store) = store();
    let path = store.dir().join(name);
    fs::write(&path, bytes).unwrap();
    let e = load_error(&path);
    let out = check_report(&e, &path);
    for want in expect {
        assert!(out.contains(want), "expected {want:?} in\n{out}");
    }
    // Listing, opening the store again and locking must not change the file either.
    let listed = store.list();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].result.is_err());
    let _again = Store::open(Some(store.dir())).unwrap();
    let _lock = lock(&path).unwrap();
    assert_eq!(fs::read(&path).unwrap(), bytes);
    let out = out.replace(&store.dir().display().to_string(), "VURDERINGER");
    drop(tmp);
    (path, out)
}

#[test]
fn broken_toml_is_located_and_left_unchanged() {
    let mut text = to_toml(&assessment("Team Nord", "2026-11-23"));
    text = text.replace("team = \"Team Nord\"", "team = \"Team Nord");
    let (_, out) = unreadable(
        "nord.toml",
        text.as_bytes(),
        &["TOML-syntaksfejl", "nord.toml:4:", "team = \"Team Nord"],
    );
    insta::assert_snapshot!("broken_toml", out);
}

#[test]
fn invalid_utf8_is_located_and_left_unchanged() {
    let mut bytes = to_toml(&assessment("Team Nord", "2026-11-23")).into_bytes();
    let at = bytes.windows(4).position(|w| w == b"Nord").unwrap();
    bytes[at + 1] = 0xF8; // "N\xF8rd": Latin-1 ø
    unreadable(
        "latin1.toml",
        &bytes,
        &["ikke gyldig UTF-8", "latin1.toml:4:15", "UTF-8"],
    );
}

#[test]
fn a_newer_schema_is_refused_and_left_unchanged() {
    let text = to_toml(&assessment("Team Nord", "2026-11-23"))
        .replace("schema = 1", "schema = 2\nnyt_felt = true");
    unreadable(
        "ny.toml",
        text.as_bytes(),
        &[
            "nyere udgave af refleks (format 2)",
            "Opdatér refleks",
            "ny.toml:3:10",
        ],
    );
}

#[test]
fn an_oversized_file_is_refused_unread_and_left_unchanged() {
    let (_tmp, store) = store();
    let path = store.dir().join("stor.toml");
    let file = fs::File::create(&path).unwrap();
    file.set_len(5 * 1024 * 1024).unwrap(); // sparse: costs no disk
    drop(file);
    let e = load_error(&path);
    assert!(matches!(e, StoreError::TooBig { .. }), "{e:?}");
    let out = check_report(&e, &path);
    assert!(out.contains("for stor (5.0 MiB)"), "{out}");
    assert_eq!(fs::metadata(&path).unwrap().len(), 5 * 1024 * 1024);
    assert!(store.list()[0].result.is_err());
}

#[test]
fn a_missing_file_is_named() {
    let (_tmp, store) = store();
    let path = store.dir().join("findes-ikke.toml");
    let out = check_report(&load_error(&path), &path);
    assert!(out.contains("findes ikke"), "{out}");
}

#[test]
fn control_characters_in_a_file_name_are_not_echoed() {
    let (_tmp, store) = store();
    let path = store.dir().join("ond\u{1b}[2J\u{202e}.toml");
    fs::write(&path, "schema = \"\u{1b}[31m\"\n").unwrap();
    let out = load_error(&path).render(false);
    assert!(out.contains("ond\u{FFFD}[2J\u{FFFD}.toml"), "{out}");
    assert!(!out.chars().any(refleks::text::is_unsafe), "{out:?}");
}

#[cfg(unix)]
#[test]
fn folders_are_0700_and_files_0600() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a").join("b");
    let store = Store::open(Some(&dir)).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&tmp.path().join("a")), 0o700);
    let path = store.new_path("Hold", "2026-11-23");
    store
        .save(&path, &assessment("Hold", "2026-11-23"))
        .unwrap();
    assert_eq!(mode(&path), 0o600);
    // An existing file that others could read becomes private on the next save.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    store
        .save(&path, &assessment("Hold", "2026-11-24"))
        .unwrap();
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn list_sorts_newest_first_skips_temp_and_lock_files_and_reports_broken_ones() {
    let (_tmp, store) = store();
    let save = |team: &str, updated: &str| {
        let path = store.new_path(team, "2026-11-01");
        store.save(&path, &assessment(team, updated)).unwrap();
        path
    };
    let older = save("Ældre", "2026-10-01");
    let newer = save("Nyere", "2026-11-20");
    let same_b = save("B", "2026-11-01");
    let same_a = save("A", "2026-11-01");
    fs::write(store.dir().join("i-stykker.toml"), "schema = ").unwrap();
    fs::write(store.dir().join(".a-2026-11-01.toml.tmp-999999998"), "x").unwrap();
    fs::write(store.dir().join(".a-2026-11-01.toml.lock"), "1\n").unwrap();
    fs::write(store.dir().join("noter.txt"), "x").unwrap();
    fs::create_dir(store.dir().join("mappe.toml")).unwrap();
    let listed: Vec<Listed> = store.list();
    let order: Vec<String> = listed
        .iter()
        .map(|l| l.path.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let name = |p: &PathBuf| p.file_name().unwrap().to_string_lossy().to_string();
    assert_eq!(
        order,
        vec![
            name(&newer),
            name(&same_a),
            name(&same_b),
            name(&older),
            "i-stykker.toml".to_string(),
        ]
    );
    assert_eq!(listed[0].result.as_ref().unwrap().team, "Nyere");
    let broken = listed[4].result.as_ref().unwrap_err();
    assert!(
        broken.render(false).contains("i-stykker.toml:1:"),
        "{broken}"
    );
}

#[test]
fn list_of_an_empty_store_is_empty() {
    let (_tmp, store) = store();
    assert!(store.list().is_empty());
}

#[test]
fn a_second_lock_fails_until_the_first_is_dropped() {
    let (_tmp, store) = store();
    let path = store.new_path("Hold", "2026-11-23");
    store
        .save(&path, &assessment("Hold", "2026-11-23"))
        .unwrap();
    let first = lock(&path).expect("the first lock is taken");
    assert!(lock_path(&path).unwrap().exists());
    let locked = lock(&path).expect_err("the second lock fails");
    assert_eq!(locked.pid, std::process::id());
    assert!(locked.error.is_none());
    let message = locked.message();
    assert!(message.contains("skrivebeskyttet"), "{message}");
    assert!(
        !message.chars().any(refleks::text::is_unsafe),
        "{message:?}"
    );
    drop(first);
    assert!(
        !lock_path(&path).unwrap().exists(),
        "dropping removes the lock file"
    );
    let again = lock(&path).expect("free again");
    drop(again);
    // Locks never show up as assessments.
    assert_eq!(store.list().len(), 1);
}

#[cfg(target_os = "linux")]
#[test]
fn a_stale_lock_is_taken() {
    let (_tmp, store) = store();
    let path = store.new_path("Hold", "2026-11-23");
    let lock_file = lock_path(&path).unwrap();
    // A process id no Linux system hands out: its holder is certainly gone.
    fs::write(&lock_file, "999999999\n").unwrap();
    let held = lock(&path).expect("the stale lock is taken");
    let content = fs::read_to_string(&lock_file).unwrap();
    assert!(
        content.starts_with(&format!("{}\n", std::process::id())),
        "{content}"
    );
    drop(held);
    assert!(!lock_file.exists());
}
