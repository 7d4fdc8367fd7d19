//! Breaks of issue 12 reproduced from outside, through the command line, as the attack found
//! them: a named pipe in the store, escape sequences in a deck folder, a score off the scale.

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use refleks::assessment::{Assessment, NonScore, Score, to_toml};
use refleks::deck::Deck;

fn refleks() -> Command {
    let mut cmd = crate::common::cli::refleks();
    cmd.timeout(Duration::from_secs(20));
    cmd
}

/// The embedded deck copied to a folder, with hostile labels and a hostile title.
fn hostile_deck(dir: &Path) {
    let cards = Path::new(env!("CARGO_MANIFEST_DIR")).join("cards");
    for entry in std::fs::read_dir(&cards).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.file_name().unwrap() == "deck.toml" {
            text = text
                .replace(
                    "label = \"Ikke relevant\"",
                    "label = \"Ikke\\u001b]52;c;ZXZpbA==\\u0007 relevant\\u202e\"",
                )
                .replace(
                    "label = \"Ved ikke\"",
                    "label = \"Ved\\u009b2J ikke\\u2066\"",
                );
        }
        if path.file_name().unwrap() == "2.1.toml" {
            text = text.replace(
                "title = \"Retningslinje om anvendelse af metoder\"",
                "title = \"Retningslinje om\\u202e anvendelse\\u009b af metoder\"",
            );
        }
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
}

fn no_raw_controls(out: &[u8]) -> String {
    let text = String::from_utf8(out.to_vec()).unwrap();
    let raw: Vec<char> = text
        .chars()
        .filter(|&c| c != '\r' && refleks::text::is_unsafe(c))
        .collect();
    assert!(raw.is_empty(), "raw control characters: {raw:?}");
    text
}

/// Break 7: `refleks list` with a FIFO named `x.toml` in the store used to hang for ever.
#[cfg(unix)]
#[test]
fn list_with_a_fifo_in_the_store_ends_and_names_it() {
    let store = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(store.path().join("x.toml"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is missing: skipped");
        return;
    }
    let out = refleks()
        .args(["list", "--store"])
        .arg(store.path())
        .assert()
        .success()
        .get_output()
        .clone();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("x.toml"), "{text}");
}

/// Break 8: `deck --json` printed bidi and C1 characters from a deck folder raw.
#[test]
fn deck_json_keeps_hostile_text_as_escapes() {
    let dir = tempfile::tempdir().unwrap();
    hostile_deck(dir.path());
    let out = refleks()
        .args(["deck", "--json", "--cards"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = no_raw_controls(&out);
    assert!(
        text.contains("\\u202e") && text.contains("\\u009b"),
        "{text}"
    );
}

/// Break 8, for the other outputs from a deck: the table, one card as text, print cards.
#[test]
fn every_deck_output_keeps_hostile_text_out() {
    let dir = tempfile::tempdir().unwrap();
    hostile_deck(dir.path());
    let runs: [&[&str]; 6] = [
        &["deck"],
        &["deck", "2.1"],
        &["deck", "--format", "md"],
        &["deck", "--format", "html"],
        &["deck", "2.1", "--format", "md"],
        &["search", "metoder"],
    ];
    for args in runs {
        let out = refleks()
            .args(args)
            .arg("--cards")
            .arg(dir.path())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        let raw: Vec<char> = text
            .chars()
            .filter(|&c| c != '\r' && refleks::text::is_unsafe(c))
            .collect();
        assert!(raw.is_empty(), "{args:?}: {raw:?}");
    }
}

/// Break 8: the Markdown report printed the deck's non-score label unescaped (an OSC 52 in it
/// wrote the clipboard when the report was shown in a terminal). Every format is checked.
#[test]
fn reports_never_pass_a_decks_escape_sequences_through() {
    let dir = tempfile::tempdir().unwrap();
    hostile_deck(dir.path());
    let deck = Deck::load(Some(dir.path())).unwrap();
    let mut a = Assessment::new(&deck, "Hold", vec![], vec!["2.1".into()], "2026-12-01");
    a.answer_mut("2.1.1").score = Some(Score::Other(NonScore::NotRelevant));
    a.answer_mut("2.1.1").reason = "ikke her".into();
    a.answer_mut("2.1.2").score = Some(Score::Other(NonScore::Unknown));
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("hold.toml");
    std::fs::write(&file, to_toml(&a)).unwrap();
    for format in ["md", "html", "csv", "json"] {
        let out = refleks()
            .args(["report", "--format", format, "--cards"])
            .arg(dir.path())
            .arg(&file)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        no_raw_controls(&out);
    }
}

/// Break 9: `score = 7` on the 0–4 deck loaded, showed as 4 and raised averages. Now it is a
/// located error, and nothing is written.
#[test]
fn a_score_of_seven_on_the_four_point_deck_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let deck = Deck::embedded();
    let mut a = Assessment::new(&deck, "Hold", vec![], vec!["2.1".into()], "2026-12-01");
    a.answer_mut("2.1.1").score = Some(Score::Level(3));
    let file = dir.path().join("syv.toml");
    let text = to_toml(&a).replace("score = 3", "score = 7");
    std::fs::write(&file, &text).unwrap();
    let out = refleks()
        .arg("report")
        .arg(&file)
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(
        err.contains("Vurderingen er 7, men skalaen går højst til 4"),
        "{err}"
    );
    assert!(err.contains("syv.toml:"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

/// Break 2c: several instances making the same team's assessment at once each get a file of
/// their own (here `refleks merge`, which saves a new assessment the way the app does).
#[test]
fn instances_started_at_once_never_share_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("vurderinger");
    let deck = Deck::embedded();
    let mut inputs = Vec::new();
    for who in ["Anna", "Bo"] {
        let mut a = Assessment::new(
            &deck,
            who,
            vec![who.into()],
            vec!["2.1".into()],
            "2026-12-01",
        );
        a.answer_mut("2.1.1").score = Some(Score::Level(2));
        let file = dir.path().join(format!("{who}.toml"));
        std::fs::write(&file, to_toml(&a)).unwrap();
        inputs.push(file);
    }
    let bin = assert_cmd::cargo::cargo_bin("refleks");
    let children: Vec<_> = (0..6)
        .map(|_| {
            std::process::Command::new(&bin)
                .arg("merge")
                .args(&inputs)
                .args(["--team", "Race", "--store"])
                .arg(&store)
                .env_remove("REFLEKS_CARDS")
                .env_remove("REFLEKS_STORE")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let files: Vec<String> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".toml") && !n.starts_with('.'))
        .collect();
    assert_eq!(files.len(), 6, "{files:?}");
}
