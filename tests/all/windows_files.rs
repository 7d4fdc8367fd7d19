//! Windows only (issue 16): the OS lock held open, a file another program holds, and what
//! Explorer shows. Run under wine by scripts/windows-tests.sh, and on a real Windows in CI.
#![cfg(windows)]

use std::fs::{self, OpenOptions};
use std::os::windows::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;

use assert_cmd::Command;
use refleks::assessment::{Assessment, to_toml};
use refleks::deck::Deck;
use refleks::store::{Links, Store, StoreError, lock};

const HIDDEN: u32 = 0x2;

fn hidden(path: &Path) -> bool {
    fs::metadata(path).unwrap().file_attributes() & HIDDEN != 0
}

fn assessment() -> Assessment {
    Assessment::new(&Deck::embedded(), "Team Øst", vec![], vec![], "2026-12-01")
}

#[test]
fn a_held_lock_file_cannot_be_deleted_and_refuses_a_second_writer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.toml");
    fs::write(&path, to_toml(&assessment())).unwrap();
    let held = lock(&path, Links::Refuse).unwrap();
    assert!(
        fs::remove_file(held.lock_file()).is_err(),
        "a lock file in use cannot be removed"
    );
    let second = lock(&path, Links::Refuse).expect_err("one writer per file");
    assert!(
        second
            .message()
            .contains("allerede åben i en anden refleks"),
        "{second}"
    );
    let lock_file = held.lock_file().to_path_buf();
    drop(held);
    assert!(!lock_file.exists(), "the lock file goes with the lock");
    assert!(lock(&path, Links::Refuse).is_ok());
}

#[test]
fn lock_files_are_hidden_and_saved_files_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.toml");
    let mut held = lock(&path, Links::Refuse).unwrap();
    assert!(
        hidden(held.lock_file()),
        "Explorer does not show the lock file"
    );
    Store::save(&mut held, &assessment()).unwrap();
    assert!(!hidden(&path), "the assessment itself is shown");
    Store::save(&mut held, &assessment()).unwrap();
    assert!(!hidden(&path), "also after it was replaced");
}

/// Excel opens a file without sharing it; another handle opened that way holds it just so.
fn held_open(path: &Path) -> fs::File {
    OpenOptions::new()
        .read(true)
        .write(true)
        .share_mode(0)
        .open(path)
        .unwrap()
}

#[test]
fn a_file_another_program_holds_is_named_as_such_and_nothing_moves_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.toml");
    let mut held = lock(&path, Links::Refuse).unwrap();
    Store::save(&mut held, &assessment()).unwrap();
    let before = fs::read(&path).unwrap();
    let excel = held_open(&path);
    let mut changed = assessment();
    changed.participants = vec!["Mette".into()];
    let e = Store::save(&mut held, &changed).expect_err("the file is held");
    // Not a lock problem (that would save the assessment as a new file): a plain failure the
    // next save tries again.
    assert!(matches!(e, StoreError::Io { .. }), "{e:?}");
    let line = e.one_line();
    assert!(
        line.contains("åben i et andet program (fx Excel)"),
        "{line}"
    );
    assert!(line.contains("Luk den og prøv igen."), "{line}");
    drop(excel);
    assert_eq!(fs::read(&path).unwrap(), before);
    Store::save(&mut held, &changed).unwrap();
    // The save is laid over the file's own layout (its key order stays), so what is compared
    // is the assessment the file holds, not its text.
    assert_eq!(Store::load(&path).unwrap(), changed);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        2,
        "the file and its lock file, no copy"
    );
}

#[test]
fn report_o_onto_a_file_open_in_excel_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    fs::write(&file, to_toml(&assessment())).unwrap();
    let out = dir.path().join("referat.csv");
    fs::write(&out, "gammel").unwrap();
    let excel = held_open(&out);
    let assert = Command::cargo_bin("refleks")
        .unwrap()
        .env_remove("REFLEKS_CARDS")
        .env("NO_COLOR", "1")
        .args(["report", "--format", "csv", "-o"])
        .arg(&out)
        .arg(&file)
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("åben i et andet program (fx Excel)"), "{err}");
    assert!(err.contains("Luk den og prøv igen."), "{err}");
    drop(excel);
    assert_eq!(fs::read_to_string(&out).unwrap(), "gammel");
}
