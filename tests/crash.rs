//! Crash consistency on a real disk (issue 12): a child process saves in a loop and is killed
//! with SIGKILL at random moments, 200 times. After every kill the file must read back whole and
//! hold every save the child saw return (or the one it was writing).
//!
//! The child is this very test binary, run again with `REFLEKS_CRASH_CHILD` set: no extra binary
//! and no hook in the app.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use refleks::assessment::Assessment;
use refleks::deck::Deck;
use refleks::store::{Links, Store, lock};

const KILLS: usize = 200;
const CHILD: &str = "REFLEKS_CRASH_CHILD";
const TEST: &str = "sigkill_at_random_moments_never_loses_a_returned_save";

/// The save number an assessment holds, from its note.
fn number(a: &Assessment) -> u64 {
    a.answer("2.1.1")
        .and_then(|x| x.note.strip_prefix("gemning "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The child: take the file, then save forever, saying after each save that it returned.
fn child(path: &Path) -> ! {
    let deck = Deck::embedded();
    let mut a = Store::load(path).expect("the file reads back");
    let mut held = lock(path, Links::Refuse).expect("the killed child's lock is free");
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "klar");
    let _ = out.flush();
    for n in number(&a) + 1.. {
        a.answer_mut("2.1.1").note = format!("gemning {n}");
        // A little more each time, so the file's length changes too.
        a.answer_mut("2.1.2").note = "x".repeat((n % 500) as usize);
        a.participants = deck.guidelines.iter().map(|g| g.id.clone()).collect();
        Store::save(&mut held, &a).expect("the save works");
        let _ = writeln!(out, "gemt {n}");
        let _ = out.flush();
    }
    unreachable!()
}

/// xorshift64: a different schedule of kills on each run, printed so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn sigkill_at_random_moments_never_loses_a_returned_save() {
    if let Some(path) = std::env::var_os(CHILD) {
        child(Path::new(&path));
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(Some(&tmp.path().join("vurderinger"))).unwrap();
    let deck = Deck::embedded();
    let first = Assessment::new(&deck, "Nedbrud", vec![], vec![], "2026-12-01");
    let path: PathBuf = store.create(&first).unwrap().path().to_path_buf();

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("seed {seed}");
    let mut rng = Rng(seed);
    let started = Instant::now();
    let mut last_returned = 0;
    let mut saves = 0;
    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let reader = {
            let lines = Arc::clone(&lines);
            let stdout = child.stdout.take().unwrap();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    lines.lock().unwrap().push(line);
                }
            })
        };
        // Wait until the child holds the file, then kill it a random moment later.
        let deadline = Instant::now() + Duration::from_secs(10);
        // The harness starts its own line ("test … ... ") before ours.
        while !lines.lock().unwrap().iter().any(|l| l.ends_with("klar")) {
            assert!(Instant::now() < deadline, "the child never got going");
            if child.try_wait().unwrap().is_some() {
                panic!("the child ended by itself (kill {kill})");
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_micros(rng.below(15_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();

        let returned = lines
            .lock()
            .unwrap()
            .iter()
            .filter_map(|l| l.rsplit_once("gemt ")?.1.parse::<u64>().ok())
            .max()
            .unwrap_or(last_returned);
        let a = Store::load(&path).unwrap_or_else(|e| panic!("kill {kill}, seed {seed}: {e}"));
        let held = number(&a);
        assert!(
            held == returned || held == returned + 1,
            "kill {kill}, seed {seed}: the file holds save {held}, the child saw {returned} return"
        );
        saves += returned - last_returned;
        last_returned = held;
    }
    eprintln!(
        "{KILLS} kills, {saves} saves returned, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // Temp files of killed writers are cleaned when the store is opened; nothing else is left.
    let store = Store::open(Some(store.dir())).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [".nedbrud-2026-12-01.toml.lock", "nedbrud-2026-12-01.toml"]
    );
}

const EXPORT_CHILD: &str = "REFLEKS_EXPORT_CHILD";
const EXPORT_TEST: &str = "sigkill_during_export_never_leaves_an_empty_file";
const EXPORT_KILLS: usize = 40;

/// The export child: writes the minutes (two large files) into the folder again and again.
fn export_child(folder: &Path) -> ! {
    let files = vec![
        ("md".to_string(), "# referat\n".repeat(40_000).into_bytes()),
        (
            "html".to_string(),
            "<p>referat</p>\n".repeat(40_000).into_bytes(),
        ),
    ];
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "klar");
    let _ = out.flush();
    loop {
        let written =
            refleks::store::write_files(folder, "team-referat", &files).expect("the export works");
        // Room for the next one under the same name.
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Issue 24, break 7: the minutes never appear as empty files, whatever moment the export is
/// killed at (each file is written whole under a temp name first); the temp files of killed
/// exports go at the next export into the folder.
#[test]
fn sigkill_during_export_never_leaves_an_empty_file() {
    if let Some(folder) = std::env::var_os(EXPORT_CHILD) {
        export_child(Path::new(&folder));
    }
    let tmp = tempfile::tempdir().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("seed {seed}");
    let mut rng = Rng(seed);
    let mut kept = 0;
    for kill in 0..EXPORT_KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", EXPORT_TEST, "--nocapture", "--test-threads=1"])
            .env(EXPORT_CHILD, tmp.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.ends_with("klar\n") {
            line.clear();
            assert!(
                stdout.read_line(&mut line).unwrap() > 0,
                "the child never got going (kill {kill})"
            );
        }
        std::thread::sleep(Duration::from_micros(rng.below(20_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        for entry in std::fs::read_dir(tmp.path()).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            // Hidden temp files are half-written by design; what the user sees never is.
            if name.starts_with('.') {
                continue;
            }
            let len = entry.metadata().unwrap().len();
            assert!(len > 0, "kill {kill}, seed {seed}: {name} is an empty file");
            kept += 1;
        }
    }
    eprintln!("{EXPORT_KILLS} kills during export, {kept} files checked, none empty");
    // The next export cleans what the killed ones left half-written.
    refleks::store::write_files(tmp.path(), "sidst", &[("md".into(), b"x".to_vec())]).unwrap();
    let hidden: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}
