//! The store on a real disk: saves replace files whole, crashes leave no debris that matters,
//! files we cannot read are reported (in Danish, located) and left byte for byte as they were,
//! and a second instance on one file is told it is locked.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::common::store::{create, temp_store as store};
use refleks::assessment::{Assessment, Score, to_toml};
use refleks::deck::Deck;
use refleks::store::{Links, Listed, Lock, Store, StoreError, Why, lock, lock_path};

fn assessment(team: &str, updated: &str) -> Assessment {
    let deck = Deck::embedded();
    let mut a = Assessment::new(&deck, team, vec!["Anne".into()], vec![], "2026-11-01");
    a.updated = updated.to_string();
    a.answer_mut("2.1.1").score = Some(Score::Level(2));
    a
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
    let mut long = assessment("Team Nord", "2026-11-23");
    long.answer_mut("2.1.1").note = "x".repeat(10_000);
    let mut held = store.create(&long).unwrap();
    let path = held.path().to_path_buf();
    assert_eq!(path.file_name().unwrap(), "team-nord-2026-11-01.toml");
    let short = assessment("Team Nord", "2026-11-24");
    Store::save(&mut held, &short).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), to_toml(&short));
    assert_eq!(Store::load(&path).unwrap(), short);
    drop(held);
    assert_eq!(names(store.dir()), vec!["team-nord-2026-11-01.toml"]);
}

#[test]
fn new_files_never_overwrite() {
    let (_tmp, store) = store();
    let a = assessment("Team Nord", "2026-11-23");
    let first = create(&store, &a);
    let second = create(&store, &a);
    assert_eq!(second.file_name().unwrap(), "team-nord-2026-11-01-2.toml");
    let third = create(&store, &a);
    assert_eq!(third.file_name().unwrap(), "team-nord-2026-11-01-3.toml");
    assert_ne!(first, third);
    let evil = create(&store, &assessment("../../../etc/x", "2026-11-23"));
    assert_eq!(evil.parent(), Some(store.dir()));
}

/// Issue 12, break 2c: two instances creating one team's assessment at once each get a file.
#[test]
fn two_creators_at_once_get_a_file_each() {
    let (_tmp, store) = store();
    let a = assessment("Race", "2026-12-01");
    let held: Vec<Lock> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| store.create(&a).unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut paths: Vec<PathBuf> = held.iter().map(|l| l.path().to_path_buf()).collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), 8, "{paths:?}");
    // One name taken by an existing file is never replaced either.
    let before = fs::read(&paths[0]).unwrap();
    drop(held);
    create(&store, &a);
    assert_eq!(fs::read(&paths[0]).unwrap(), before);
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
    if !cfg!(any(target_os = "linux", windows)) {
        // Where the system cannot say whether a process runs, a fresh temp file's writer is
        // assumed alive.
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
    let listed = store.list(&Deck::embedded());
    assert_eq!(listed.len(), 1);
    assert!(listed[0].result.is_err());
    let _again = Store::open(Some(store.dir())).unwrap();
    let _lock = lock(&path, Links::Refuse).unwrap();
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
    insta::assert_snapshot!("broken_toml", crate::common::unix_paths(&out));
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
        .replace("schema = 4", "schema = 5\nnyt_felt = true");
    unreadable(
        "ny.toml",
        text.as_bytes(),
        &[
            "nyere udgave af refleks (format 5)",
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
    assert!(store.list(&Deck::embedded())[0].result.is_err());
}

#[test]
fn a_missing_file_is_named() {
    let (_tmp, store) = store();
    let path = store.dir().join("findes-ikke.toml");
    let out = check_report(&load_error(&path), &path);
    assert!(out.contains("findes ikke"), "{out}");
}

/// Unix only: Windows refuses control characters in a file name, so no such file can exist.
#[cfg(unix)]
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
fn in_a_private_folder_folders_are_0700_new_files_0600_and_a_save_keeps_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a").join("b");
    let store = Store::open(Some(&dir)).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&tmp.path().join("a")), 0o700);
    let mut held = store.create(&assessment("Hold", "2026-11-23")).unwrap();
    let path = held.path().to_path_buf();
    assert_eq!(mode(&path), 0o600);
    // Issue 19: a save keeps the file's mode (others who could read it still can).
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    Store::save(&mut held, &assessment("Hold", "2026-11-24")).unwrap();
    assert_eq!(mode(&path), 0o644);
}

#[test]
fn list_sorts_newest_first_skips_temp_and_lock_files_and_reports_broken_ones() {
    let (_tmp, store) = store();
    let save = |team: &str, updated: &str| create(&store, &assessment(team, updated));
    let older = save("Ældre", "2026-10-01");
    let newer = save("Nyere", "2026-11-20");
    let same_b = save("B", "2026-11-01");
    let same_a = save("A", "2026-11-01");
    fs::write(store.dir().join("i-stykker.toml"), "schema = ").unwrap();
    fs::write(store.dir().join(".a-2026-11-01.toml.tmp-999999998"), "x").unwrap();
    fs::write(store.dir().join(".a-2026-11-01.toml.lock"), "1\n").unwrap();
    fs::write(store.dir().join("noter.txt"), "x").unwrap();
    fs::create_dir(store.dir().join("mappe.toml")).unwrap();
    let listed: Vec<Listed> = store.list(&Deck::embedded());
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
    assert!(store.list(&Deck::embedded()).is_empty());
}

#[test]
fn a_second_lock_fails_until_the_first_is_dropped() {
    let (_tmp, store) = store();
    let path = create(&store, &assessment("Hold", "2026-11-23"));
    let first = lock(&path, Links::Refuse).expect("the first lock is taken");
    assert!(lock_path(&path).unwrap().exists());
    let locked = lock(&path, Links::Refuse).expect_err("the second lock fails");
    assert_eq!(
        locked.why,
        Why::Held {
            pid: Some(std::process::id()),
            host: None
        }
    );
    let message = locked.message();
    assert!(
        message.contains("allerede åben i en anden refleks"),
        "{message}"
    );
    assert!(!message.contains("proces"), "no process number: {message}");
    assert!(
        !message.chars().any(refleks::text::is_unsafe),
        "{message:?}"
    );
    drop(first);
    assert!(
        !lock_path(&path).unwrap().exists(),
        "dropping removes the lock file"
    );
    let again = lock(&path, Links::Refuse).expect("free again");
    drop(again);
    // Locks never show up as assessments.
    assert_eq!(store.list(&Deck::embedded()).len(), 1);
}

#[test]
fn a_lock_file_left_by_a_dead_process_is_taken() {
    let (_tmp, store) = store();
    let path = create(&store, &assessment("Hold", "2026-11-23"));
    let lock_file = lock_path(&path).unwrap();
    fs::write(
        &lock_file,
        "999999999
",
    )
    .unwrap();
    let held = lock(&path, Links::Refuse).expect("no one holds the OS lock");
    let content = fs::read_to_string(&lock_file).unwrap();
    assert!(
        content.starts_with(&format!("{}\n", std::process::id())),
        "{content}"
    );
    drop(held);
    assert!(!lock_file.exists());
}

/// Issue 12, break 2a: the lock file deleted by hand lets a second instance in; the first one
/// must then stop saving instead of wiping the other's work. Unix only: on Windows a held lock
/// file cannot be removed (tests/windows_files.rs).
#[cfg(unix)]
#[test]
fn a_lock_file_removed_by_hand_stops_the_first_writer() {
    let (_tmp, store) = store();
    let mut first = store.create(&assessment("Hold", "2026-11-23")).unwrap();
    let path = first.path().to_path_buf();
    fs::remove_file(first.lock_file()).unwrap();
    let mut second = lock(&path, Links::Refuse).expect("the lock file is gone: free");
    let mut theirs = assessment("Hold", "2026-11-24");
    theirs.answer_mut("2.1.1").note = "den andens note".into();
    Store::save(&mut second, &theirs).unwrap();
    let e = Store::save(&mut first, &assessment("Hold", "2026-11-25")).unwrap_err();
    assert!(
        e.one_line().contains("en anden refleks"),
        "{}",
        e.one_line()
    );
    assert_eq!(Store::load(&path).unwrap(), theirs);
    // The second writer keeps working.
    Store::save(&mut second, &theirs).unwrap();
    drop(second);
    // Once the other is gone the first may take the file back, but not over changes it never
    // read.
    let e = Store::save(&mut first, &assessment("Hold", "2026-11-25")).unwrap_err();
    assert!(
        e.one_line().contains("ændret af et andet program"),
        "{}",
        e.one_line()
    );
    assert_eq!(Store::load(&path).unwrap(), theirs);
}

/// Issue 12, break 2a, the quiet case: a lock file removed while no one else came is made again.
/// Unix only, as above.
#[cfg(unix)]
#[test]
fn a_lock_file_removed_with_no_one_else_there_is_made_again() {
    let (_tmp, store) = store();
    let mut held = store.create(&assessment("Hold", "2026-11-23")).unwrap();
    fs::remove_file(held.lock_file()).unwrap();
    Store::save(&mut held, &assessment("Hold", "2026-11-24")).unwrap();
    assert!(held.lock_file().exists());
    assert!(lock(held.path(), Links::Refuse).is_err(), "locked again");
}

/// Issue 12, break 2b: one file through a link and by its own name meets one lock.
#[cfg(unix)]
#[test]
fn a_symlink_alias_meets_the_same_lock() {
    let (tmp, store) = store();
    let path = create(&store, &assessment("Hold", "2026-11-23"));
    let alias = tmp.path().join("alias.toml");
    std::os::unix::fs::symlink(&path, &alias).unwrap();
    let _held = lock(&path, Links::Refuse).unwrap();
    let locked = lock(&alias, Links::Follow).expect_err("the same file");
    assert!(matches!(locked.why, Why::Held { .. }), "{locked:?}");
    assert_eq!(names(tmp.path()), vec!["alias.toml", "vurderinger"]);
}

/// Issue 12, break 1: a link in the store is not written through unless the user opened it on
/// purpose; a path that starts leading elsewhere after it was opened is not saved to.
#[cfg(unix)]
#[test]
fn links_in_the_store_are_refused_and_a_swapped_link_stops_saving() {
    use std::os::unix::fs::symlink;
    let (tmp, store) = store();
    let victim = tmp.path().join("offer.txt");
    fs::write(&victim, "behold").unwrap();
    let planted = store.dir().join("plantet.toml");
    symlink(&victim, &planted).unwrap();
    let locked = lock(&planted, Links::Refuse).expect_err("a link found in the store");
    assert!(matches!(locked.why, Why::Symlink(_)), "{locked:?}");
    assert!(locked.message().contains("genvej"), "{}", locked.message());

    // Opened through a link on purpose, and then the link is pointed elsewhere.
    let real = create(&store, &assessment("Hold", "2026-11-23"));
    let link = tmp.path().join("min.toml");
    symlink(&real, &link).unwrap();
    let mut held = lock(&link, Links::Follow).unwrap();
    Store::save(&mut held, &assessment("Hold", "2026-11-24")).unwrap();
    fs::remove_file(&link).unwrap();
    symlink(&victim, &link).unwrap();
    let e = Store::save(&mut held, &assessment("Hold", "2026-11-25")).unwrap_err();
    assert!(e.one_line().contains("en anden fil"), "{}", e.one_line());
    assert_eq!(fs::read_to_string(&victim).unwrap(), "behold");
}

/// Issue 12, break 10: a hard-linked or write-protected file is not replaced, and says why.
#[cfg(unix)]
#[test]
fn hard_linked_and_read_only_files_are_refused_with_a_reason() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, store) = store();
    let path = create(&store, &assessment("Hold", "2026-11-23"));
    let other = tmp.path().join("andet-navn.toml");
    fs::hard_link(&path, &other).unwrap();
    let locked = lock(&path, Links::Refuse).expect_err("two names");
    assert_eq!(locked.why, Why::HardLinked);
    assert!(
        locked.message().contains("hardlink"),
        "{}",
        locked.message()
    );
    fs::remove_file(&other).unwrap();

    let mut held = lock(&path, Links::Refuse).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    let e = Store::save(&mut held, &assessment("Hold", "2026-11-24")).unwrap_err();
    assert!(e.one_line().contains("skrivebeskyttet"), "{}", e.one_line());
    drop(held);
    let locked = lock(&path, Links::Refuse).expect_err("read-only");
    assert_eq!(locked.why, Why::ReadOnlyFile);
}

/// Issue 12, break 4: a folder no lock file can be made in says so, not "open elsewhere".
#[cfg(unix)]
#[test]
fn a_folder_without_write_permission_gives_the_true_reason() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, store) = store();
    let path = create(&store, &assessment("Hold", "2026-11-23"));
    fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o500)).unwrap();
    let result = lock(&path, Links::Refuse);
    fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o700)).unwrap();
    if nix_is_root() {
        return; // root writes anywhere
    }
    let locked = result.expect_err("no lock file can be made");
    assert!(matches!(locked.why, Why::NoLockFile(_)), "{locked:?}");
    let m = locked.message();
    assert!(m.contains("ikke kan laves en låsefil"), "{m}");
    assert!(m.contains("du har ikke lov"), "{m}");
    assert!(!m.contains("anden refleks"), "{m}");
}

#[cfg(unix)]
fn nix_is_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// Issue 12, break 5: the app never writes a file its own loader would refuse.
#[test]
fn an_assessment_too_big_to_load_is_not_saved() {
    let (_tmp, store) = store();
    let mut held = store.create(&assessment("Hold", "2026-11-23")).unwrap();
    let before = fs::read(held.path()).unwrap();
    let mut big = assessment("Hold", "2026-11-24");
    big.answer_mut("2.1.1").note = "x".repeat(5 * 1024 * 1024);
    let e = Store::save(&mut held, &big).unwrap_err();
    assert!(
        e.one_line().contains("højst fylde 4 MiB"),
        "{}",
        e.one_line()
    );
    assert_eq!(fs::read(held.path()).unwrap(), before);
}

/// Issue 12, break 7: a named pipe called `x.toml` is reported, not waited on.
#[cfg(unix)]
#[test]
fn a_fifo_in_the_store_is_reported_without_hanging() {
    let (_tmp, store) = store();
    let fifo = store.dir().join("x.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is missing: skipped");
        return;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let dir = store.dir().to_path_buf();
    std::thread::spawn(move || {
        let store = Store::open(Some(&dir)).unwrap();
        let listed = store.list(&Deck::embedded());
        let _ = tx.send(
            listed
                .into_iter()
                .map(|l| l.result.map(|_| ()))
                .collect::<Vec<_>>(),
        );
    });
    let listed = rx
        .recv_timeout(Duration::from_secs(5))
        .expect("listing a store with a pipe in it must not hang");
    assert_eq!(listed.len(), 1);
    let e = listed[0].as_ref().unwrap_err();
    assert!(e.render(false).contains("ikke en almindelig fil"), "{e}");
    // Opening it directly does not hang either, and locking refuses it.
    assert!(Store::load(&fifo).is_err());
    assert!(lock(&fifo, Links::Follow).is_err());
}

/// Issue 12, break 9: `score = 7` on the 0–4 deck. Made with this deck: a located error. Made
/// with another deck: it loads, is kept apart like an orphan, and no average or count sees it.
#[test]
fn a_score_above_the_decks_scale_is_refused_or_kept_apart() {
    let deck = Deck::embedded();
    let (_tmp, store) = store();
    let mut a = assessment("Hold", "2026-11-23");
    a.answer_mut("2.1.2").score = Some(Score::Level(7));
    a.answer_mut("2.1.3")
        .votes
        .insert("Bo".into(), Score::Level(6));
    let path = store.dir().join("syv.toml");
    fs::write(&path, to_toml(&a)).unwrap();
    let out = Store::load_for(&path, &deck).unwrap_err().render(false);
    assert!(
        out.contains("Vurderingen er 7, men skalaen går højst til 4"),
        "{out}"
    );
    assert!(
        out.contains("Vurderingen er 6, men skalaen går højst til 4"),
        "{out}"
    );
    assert!(out.contains("syv.toml:"), "{out}");
    assert!(store.list(&deck)[0].result.is_err());

    a.deck.fingerprint = "et-andet-kortsæt".into();
    fs::write(&path, to_toml(&a)).unwrap();
    let loaded = Store::load_for(&path, &deck).expect("the deck changed: kept apart");
    let s = refleks::assessment::summarize(&loaded, &deck);
    assert!(s.orphans.contains(&"2.1.2".to_string()), "{:?}", s.orphans);
    assert!(s.orphans.contains(&"2.1.3".to_string()), "{:?}", s.orphans);
    let g = s.guidelines.iter().find(|g| g.id == "2.1").unwrap();
    assert_eq!(g.answered, 1, "only the 2 on 2.1.1 counts");
    assert_eq!(g.average, Some(2.0));
    let md = refleks::report::report(&loaded, &deck, refleks::report::ReportFormat::Md);
    assert!(md.contains("Svar uden anvisning i kortsættet"), "{md}");
}

/// Issue 12, break 4, in a form that holds also for root (who writes in any folder): when no
/// lock file can be made, the reason is the true one, not "open in another window".
#[test]
fn a_lock_file_that_cannot_be_made_gives_the_true_reason() {
    let (_tmp, store) = store();
    let path = create(&store, &assessment("Hold", "2026-11-23"));
    fs::create_dir(lock_path(&path).unwrap()).unwrap();
    let locked = lock(&path, Links::Refuse).expect_err("a folder where the lock file goes");
    assert!(matches!(locked.why, Why::NoLockFile(_)), "{locked:?}");
    let m = locked.message();
    assert!(m.contains("ikke kan laves en låsefil"), "{m}");
    assert!(m.contains("det er en mappe"), "{m}");
    assert!(!m.contains("anden refleks"), "{m}");
}

/// Issue 16: a lock file that cannot be made again for a moment (here a folder in its place) is
/// not a reason to save elsewhere: the save fails, says so, and works once the way is clear.
/// Unix only: on Windows a held lock file cannot be removed to make room.
#[cfg(unix)]
#[test]
fn a_lock_file_that_cannot_be_made_again_for_a_moment_forks_nothing() {
    let (_tmp, store) = store();
    let a = assessment("Hold", "2026-11-23");
    let mut held = store.create(&a).unwrap();
    let lock_file = held.lock_file().to_path_buf();
    fs::remove_file(&lock_file).unwrap();
    fs::create_dir(&lock_file).unwrap();
    let e = Store::save(&mut held, &a).expect_err("no lock file can be made now");
    assert!(
        matches!(e, StoreError::Io { .. }),
        "not a lock problem: {e:?}"
    );
    assert!(
        e.one_line().contains("kan ikke bruges lige nu"),
        "{}",
        e.one_line()
    );
    fs::remove_dir(&lock_file).unwrap();
    Store::save(&mut held, &a).unwrap();
    assert_eq!(store.list_paths().len(), 1, "no copy was made");
}

/// What the app shows for an unreadable file is plain Danish: no arrows or gutters, no
/// "os error", no backticks; the line and the file in words, and what to do.
#[test]
fn the_app_shows_a_broken_or_missing_file_in_plain_words() {
    let (_tmp, store) = store();
    let path = store.dir().join("team-nord.toml");
    fs::write(&path, "schema = 1\nteam = \"Nord\"\nteam = \"Syd\"\n").unwrap();
    let broken = load_error(&path).plain();
    let missing = load_error(&store.dir().join("findes-ikke.toml")).plain();
    for out in [&broken, &missing] {
        assert!(!out.starts_with("fejl"), "{out}");
        for jargon in ["-->", "^^", "= hjælp", " | ", "os error", "`"] {
            assert!(!out.contains(jargon), "{jargon:?} in {out}");
        }
        assert!(out.contains("ikke ændret"), "{out}");
        assert!(!out.chars().any(refleks::text::is_unsafe), "{out:?}");
    }
    assert!(broken.starts_with("Linje 3 i "), "{broken}");
    assert!(broken.contains("Ret syntaksen i linje 3."), "{broken}");
    assert!(broken.contains("team-nord.toml: "), "{broken}");
    assert!(missing.contains("findes-ikke.toml: "), "{missing}");
    assert!(missing.contains("den findes ikke"), "{missing}");
}
