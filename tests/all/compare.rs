//! `refleks compare` and `refleks list` as a user meets them: every format, its exit codes, and
//! what a spreadsheet or another program reads back.
//!
//! The fixtures are built here with `Assessment::new` and written with `to_toml`, the same way
//! the app saves, so they always match the embedded deck.

use crate::common::cli::{stderr_of, stdout};
use crate::common::parse_csv;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use refleks::assessment::{Action, Assessment, NonScore, Score, to_toml};
use refleks::deck::Deck;

const UNKNOWN: Score = Score::Other(NonScore::Unknown);
const NOT_RELEVANT: Score = Score::Other(NonScore::NotRelevant);

fn refleks() -> Command {
    let mut cmd = crate::common::cli::refleks();
    cmd.env("NO_COLOR", "1");
    cmd
}

fn cards(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn set(a: &mut Assessment, id: &str, score: Score, note: &str) {
    let answer = a.answer_mut(id);
    answer.score = Some(score);
    answer.note = note.to_string();
}

/// Team Nord's first workshop: three cards.
fn nord_2025(deck: &Deck) -> Assessment {
    let mut a = Assessment::new(
        deck,
        "Team Nord",
        vec!["Anne".into(), "Bo".into(), "Cecilie".into()],
        cards(&["2.1", "3.4", "3.7"]),
        "2025-11-18",
    );
    a.updated = "2025-11-20".into();
    set(&mut a, "2.1.1", Score::Level(1), "Kun enkelte bruger MI.");
    set(&mut a, "2.1.2", Score::Level(3), "");
    set(&mut a, "2.1.3", UNKNOWN, "");
    set(&mut a, "2.1.4", Score::Level(2), "");
    set(
        &mut a,
        "3.4.1",
        Score::Level(1),
        "Ventetiden er ofte over 14 dage.",
    );
    set(&mut a, "3.4.2", Score::Level(2), "");
    set(&mut a, "3.4.3", Score::Level(2), "");
    set(&mut a, "3.7.1", Score::Level(2), "");
    set(
        &mut a,
        "3.7.2",
        Score::Level(0),
        "Planerne bliver ikke skrevet.",
    );
    set(&mut a, "3.7.5", NOT_RELEVANT, "");
    a.answer_mut("3.7.5").reason = "Vi har ingen unge under 18.".into();
    a.answer_mut("3.4.1").focus = true;
    a
}

/// A year later: 3.4 and 3.7 again, 3.5 instead of 2.1.
fn nord_2026(deck: &Deck) -> Assessment {
    let mut a = Assessment::new(
        deck,
        "Team Nord",
        vec!["Anne".into(), "Dorte".into()],
        cards(&["3.4", "3.5", "3.7"]),
        "2026-11-17",
    );
    set(
        &mut a,
        "3.4.1",
        Score::Level(3),
        "Fast tid i kalenderen; se \"Visitation\" | uge 2\nNæste skridt: måle ventetiden.",
    );
    set(
        &mut a,
        "3.4.2",
        Score::Level(1),
        "Vi glemmer det i travle uger.",
    );
    set(&mut a, "3.4.3", Score::Level(2), "");
    set(&mut a, "3.4.4", UNKNOWN, "");
    set(&mut a, "3.5.1", Score::Level(3), "");
    set(&mut a, "3.5.2", Score::Level(2), "");
    set(&mut a, "3.7.1", Score::Level(2), "");
    set(&mut a, "3.7.2", Score::Level(4), "Skabelonen virker – æøå.");
    set(&mut a, "3.7.5", NOT_RELEVANT, "");
    a.answer_mut("3.7.5").reason = "Stadig ingen unge.".into();
    a.actions.push(Action {
        anvisning: "3.4.2".into(),
        what: "Tjekliste ved indskrivning".into(),
        who: "Dorte".into(),
        due: "2027-01-31".into(),
        ..Action::default()
    });
    a
}

/// Another team, made with an older deck: one answer the current deck does not have.
fn syd_old(deck: &Deck) -> Assessment {
    let mut a = Assessment::new(deck, "Team Syd", vec![], cards(&["3.4"]), "2024-10-02");
    a.deck.edition = "2019".into();
    a.deck.fingerprint = "0123456789abcdef".into();
    set(&mut a, "3.4.1", Score::Level(2), "");
    set(&mut a, "3.4.2", Score::Level(4), "");
    set(&mut a, "9.9.9", Score::Level(1), "Fra det gamle kort.");
    a
}

fn write(dir: &Path, name: &str, a: &Assessment) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, to_toml(a)).unwrap();
    path
}

struct Fixtures {
    _dir: tempfile::TempDir,
    nord_2025: PathBuf,
    nord_2026: PathBuf,
    syd_old: PathBuf,
    broken: PathBuf,
}

fn fixtures() -> Fixtures {
    let deck = Deck::embedded();
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("ødelagt.toml");
    fs::write(&broken, "team = \"Team Øst\"\nschema = [\n").unwrap();
    Fixtures {
        nord_2025: write(dir.path(), "team-nord-2025-11-18.toml", &nord_2025(&deck)),
        nord_2026: write(dir.path(), "team-nord-2026-11-17.toml", &nord_2026(&deck)),
        syd_old: write(dir.path(), "team-syd-2024-10-02.toml", &syd_old(&deck)),
        broken,
        _dir: dir,
    }
}

fn compare(files: &[&Path], format: &str) -> String {
    stdout(
        refleks()
            .arg("compare")
            .args(files)
            .args(["--format", format]),
    )
}

fn assert_fits_80(out: &str) {
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
}

#[test]
fn table_of_two_files() {
    let f = fixtures();
    let out = compare(&[&f.nord_2025, &f.nord_2026], "table");
    assert_fits_80(&out);
    insta::assert_snapshot!("compare_table_two", out);
    // The default format is the table.
    let plain = stdout(refleks().arg("compare").args([&f.nord_2025, &f.nord_2026]));
    assert_eq!(plain, out);
}

#[test]
fn table_of_three_files_with_an_older_deck() {
    let f = fixtures();
    let out = compare(&[&f.syd_old, &f.nord_2025, &f.nord_2026], "table");
    assert_fits_80(&out);
    insta::assert_snapshot!("compare_table_three", out);
    assert!(out.contains("Team Syd 2024-10-02 (lavet med kortsættet i udgave 2019)"));
    assert!(out.contains("9.9.9"), "unmatched answers are listed");
}

#[test]
fn table_with_many_files_shows_first_and_last_and_says_so() {
    let f = fixtures();
    let files = [
        &f.nord_2025,
        &f.syd_old,
        &f.nord_2025,
        &f.nord_2026,
        &f.nord_2026,
    ];
    let out = stdout(refleks().arg("compare").args(files));
    assert_fits_80(&out);
    assert!(
        out.contains("Tabellen viser den første (A) og den sidste (E) af 5 vurderinger"),
        "{out}"
    );
    // Same files twice: the labels are told apart.
    assert!(out.contains("  C  Team Nord 2025-11-18 (2)\n"), "{out}");
    assert!(out.contains("  E  Team Nord 2026-11-17 (2)\n"), "{out}");
    let head = out
        .lines()
        .find(|l| l.starts_with("Id "))
        .expect("table head");
    assert!(head.contains(" A ") && head.ends_with(" E") && !head.contains(" B "));
}

#[test]
fn different_teams_stand_side_by_side_without_change() {
    let f = fixtures();
    let files = [&f.syd_old, &f.nord_2026];
    let said = "Forskellige teams: værdierne står side om side, uden ændring.";
    for format in ["table", "md"] {
        let out = compare(&files.map(|p| p.as_path()), format);
        assert!(out.contains(said), "{format}: {out}");
        assert!(!out.contains("Ændring"), "{format}: {out}");
        assert!(
            !out.contains("Steget") && !out.contains("Faldet"),
            "{format}"
        );
        assert!(
            !out.contains('↑') && !out.contains('↓') && !out.contains('→'),
            "{format}: {out}"
        );
    }
    let csv = compare(&files.map(|p| p.as_path()), "csv");
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert!(!rows[0].iter().any(|h| h == "ændring"), "{:?}", rows[0]);
    let json: serde_json::Value =
        serde_json::from_str(&compare(&files.map(|p| p.as_path()), "json")).unwrap();
    assert_eq!(json["same_team"], false);
    assert_eq!(json["rose"], serde_json::json!([]));
    assert!(
        json["guidelines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["change"].is_null())
    );
}

#[test]
fn many_files_table_never_shows_a_change_from_a_column_it_hides() {
    let f = fixtures();
    // A (2026) did not choose 2.1; B–E (2025) did. Only A and E are shown, so 2.1 has no change
    // to show, though B to E has one.
    let files = [
        &f.nord_2026,
        &f.nord_2025,
        &f.nord_2025,
        &f.nord_2025,
        &f.nord_2025,
    ];
    let out = compare(&files.map(|p| p.as_path()), "table");
    let line = out
        .lines()
        .find(|l| l.starts_with("2.1 "))
        .expect("2.1 row");
    assert!(line.contains("ikke valgt"), "{line}");
    assert!(
        !line.contains('→') && !line.contains('↑') && !line.contains('↓'),
        "{line}"
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("3.4 "))
        .expect("3.4 row");
    assert!(
        line.contains('↓') || line.contains('↑') || line.contains('→'),
        "{line}"
    );
    assert!(
        out.contains("Ændringen går fra A til E, når begge har en værdi."),
        "{out}"
    );
    // What rose and fell is between the shown columns only.
    for line in out
        .lines()
        .filter(|l| l.contains("[LOVKRAV]") || l.contains("[ANBEFALING]"))
    {
        if line.contains('→') {
            assert!(line.contains(" A ") && line.contains(" E "), "{line}");
        }
    }
}

#[test]
fn markdown_of_two_files() {
    let f = fixtures();
    let out = compare(&[&f.nord_2025, &f.nord_2026], "md");
    insta::assert_snapshot!("compare_md_two", out);
    // Both sides' notes are reachable, and a `|` in a note does not break the table.
    assert!(out.contains("Kun enkelte bruger MI."));
    assert!(out.contains("Ventetiden er ofte over 14 dage."));
    assert!(out.contains("Visitation\" \\| uge 2"));
    assert!(out.contains("Vi har ingen unge under 18."));
}

#[test]
fn markdown_of_three_files_lists_the_unknown_answer_with_its_note() {
    let f = fixtures();
    let out = compare(&[&f.syd_old, &f.nord_2025, &f.nord_2026], "md");
    assert!(out.contains("### Findes ikke i kortsættet"), "{out}");
    assert!(out.contains("| 9.9.9 | 1 | – | – |\n"), "{out}");
    insta::assert_snapshot!("compare_md_three", out);
    assert!(out.contains("Fra det gamle kort."), "{out}");
}

#[test]
fn csv_reads_back_with_one_row_per_anvisning() {
    let f = fixtures();
    let out = compare(&[&f.syd_old, &f.nord_2025, &f.nord_2026], "csv");
    let body = out.strip_prefix('\u{feff}').expect("UTF-8 with BOM");
    let rows = parse_csv(body);
    let deck = Deck::embedded();
    // 2.1, 3.4, 3.5 and 3.7 were chosen by someone; 9.9.9 is not in the deck.
    let anvisninger: usize = ["2.1", "3.4", "3.5", "3.7"]
        .iter()
        .map(|g| deck.guideline(g).unwrap().anvisninger.len())
        .sum();
    assert_eq!(rows.len(), 1 + anvisninger + 1);
    assert_eq!(
        rows[0],
        [
            "retningslinje",
            "anvisning",
            "type",
            "A: Team Syd 2024-10-02",
            "B: Team Nord 2025-11-18",
            "C: Team Nord 2026-11-17",
            "note A",
            "note B",
            "note C",
        ]
    );
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    let row = |id: &str| rows.iter().find(|r| r[1] == id).unwrap().clone();
    let r = row("3.4.1");
    // Team Syd and Team Nord: side by side, no change column between different teams.
    assert_eq!(r[..6], ["3.4", "3.4.1", "lovkrav", "2", "1", "3"]);
    assert_eq!(
        r[8],
        "Fast tid i kalenderen; se \"Visitation\" | uge 2\nNæste skridt: måle ventetiden."
    );
    let r = row("3.7.5");
    assert_eq!(r[4], "ikke relevant");
    assert_eq!(r[7], "Ikke relevant, fordi: Vi har ingen unge under 18.");
    assert_eq!(row("3.4.4")[5], "ved ikke");
    assert_eq!(row("3.7.2")[8], "Skabelonen virker – æøå.");
    let r = row("9.9.9");
    assert_eq!(r[..4], ["", "9.9.9", "findes ikke i kortsættet", "1"]);
    assert_eq!(r[6], "Fra det gamle kort.");

    // One team over time has the change column.
    let out = compare(&[&f.nord_2025, &f.nord_2026], "csv");
    let rows = parse_csv(out.strip_prefix('\u{feff}').unwrap());
    assert_eq!(rows[0][5], "ændring");
    let r = rows.iter().find(|r| r[1] == "3.4.2").unwrap();
    assert_eq!(
        r[5],
        (r[4].parse::<i32>().unwrap() - r[3].parse::<i32>().unwrap()).to_string(),
        "a plain minus, so a spreadsheet reads a number"
    );
    assert!(r[5].starts_with('-'), "{r:?}");
}

fn keys(v: &serde_json::Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn json_reads_back_with_its_keys_pinned() {
    let f = fixtures();
    let out = compare(&[&f.syd_old, &f.nord_2025, &f.nord_2026], "json");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        keys(&json),
        [
            "schema",
            "deck",
            "columns",
            "same_team",
            "guidelines",
            "rose",
            "fell",
            "still_below",
            "unmatched"
        ]
    );
    assert_eq!(json["schema"], "refleks-compare/1");
    assert_eq!(
        keys(&json["deck"]),
        ["name", "edition", "fingerprint", "max_level"]
    );
    assert_eq!(json["deck"]["fingerprint"], Deck::embedded().fingerprint());
    assert_eq!(
        keys(&json["columns"][0]),
        [
            "letter",
            "label",
            "team",
            "created",
            "updated",
            "deck_edition",
            "deck_matches"
        ]
    );
    assert_eq!(json["columns"][0]["deck_matches"], false);
    assert_eq!(json["columns"][2]["label"], "Team Nord 2026-11-17");
    let g = &json["guidelines"][1];
    assert_eq!(
        keys(g),
        ["id", "title", "chosen", "averages", "change", "anvisninger"]
    );
    assert_eq!(g["id"], "3.4");
    assert_eq!(g["chosen"], serde_json::json!([true, true, true]));
    let x = &g["anvisninger"][0];
    assert_eq!(keys(x), ["id", "kind", "text", "answers", "change"]);
    assert_eq!(x["kind"], "requirement");
    assert_eq!(
        x["change"],
        serde_json::Value::Null,
        "no change between different teams"
    );
    assert_eq!(json["same_team"], false);
    assert_eq!(
        keys(&x["answers"][0]),
        ["score", "non_score", "reason", "note", "focus"]
    );
    assert_eq!(x["answers"][1]["focus"], true);
    let unknown = &g["anvisninger"][3]["answers"][2];
    assert_eq!(unknown["score"], serde_json::Value::Null);
    assert_eq!(unknown["non_score"], "unknown");
    assert_eq!(
        json["rose"],
        serde_json::json!([]),
        "nothing rises between teams"
    );
    // One team over time: the movements, with their keys pinned.
    let same: serde_json::Value =
        serde_json::from_str(&compare(&[&f.nord_2025, &f.nord_2026], "json")).unwrap();
    assert_eq!(same["same_team"], true);
    assert_eq!(
        keys(&same["rose"][0]),
        [
            "anvisning",
            "guideline",
            "kind",
            "from",
            "to",
            "from_column",
            "to_column",
            "change"
        ]
    );
    assert_eq!(
        keys(&json["still_below"][0]),
        ["anvisning", "guideline", "level", "column"]
    );
    assert_eq!(keys(&json["unmatched"]), ["not_in_deck", "not_chosen"]);
    assert_eq!(
        keys(&json["unmatched"]["not_in_deck"][0]),
        ["id", "answers"]
    );
    assert_eq!(json["unmatched"]["not_in_deck"][0]["id"], "9.9.9");
    assert_eq!(
        keys(&json["unmatched"]["not_chosen"][0]),
        ["guideline", "anvisninger", "scored_in", "not_chosen_in"]
    );
}

#[test]
fn a_broken_file_stops_the_comparison_with_exit_1() {
    let f = fixtures();
    let err = stderr_of(
        refleks()
            .arg("compare")
            .args([&f.nord_2025, &f.broken, &f.nord_2026]),
        1,
    );
    assert!(err.contains("ødelagt.toml:2:"), "located: {err}");
    assert!(err.contains("1 af 3 filer kan ikke læses"), "{err}");
    assert!(!err.contains('\x1b'), "{err:?}");

    let missing = f.nord_2025.with_file_name("findes-ikke.toml");
    let err = stderr_of(refleks().arg("compare").args([&f.nord_2025, &missing]), 1);
    assert!(err.contains("findes-ikke.toml"), "{err}");
    assert!(err.contains("den findes ikke"), "{err}");
}

#[test]
fn out_writes_the_comparison_to_a_file_and_never_over_an_assessment() {
    let f = fixtures();
    let out = f.nord_2025.with_file_name("sammenligning.csv");
    let said = stdout(
        refleks()
            .arg("compare")
            .args([&f.nord_2025, &f.nord_2026])
            .args(["--format", "csv", "-o"])
            .arg(&out),
    );
    assert!(said.contains("Sammenligningen (csv) er gemt i"), "{said}");
    assert!(said.contains("sammenligning.csv"), "{said}");
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        compare(&[&f.nord_2025, &f.nord_2026], "csv")
    );
    // A .toml name (any case) is refused before anything is read, and nothing is written.
    let before = fs::read(&f.nord_2026).unwrap();
    let err = stderr_of(
        refleks()
            .arg("compare")
            .args([&f.nord_2025, &f.nord_2026, Path::new("-o")])
            .arg(f.nord_2026.with_extension("TOML")),
        1,
    );
    assert!(err.contains("må ikke gemmes som en .toml-fil"), "{err}");
    assert!(err.contains("sammenligning.txt"), "{err}");
    assert_eq!(fs::read(&f.nord_2026).unwrap(), before);
}

#[test]
fn fewer_than_two_files_is_a_usage_error() {
    let f = fixtures();
    let err = stderr_of(refleks().arg("compare").arg(&f.nord_2025), 2);
    assert!(err.contains("mindst to filer, men fik 1"), "{err}");
    let err = stderr_of(refleks().arg("compare"), 2);
    assert!(err.contains("mindst to filer, men fik 0"), "{err}");
    refleks()
        .args(["compare", "a", "b", "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn nothing_unsafe_from_a_file_reaches_the_terminal() {
    let deck = Deck::embedded();
    let dir = tempfile::tempdir().unwrap();
    let mut a = nord_2025(&deck);
    a.team = "Team \u{1b}[31mRød\u{202E}".into();
    a.answer_mut("2.1.1").note = "note \u{1b}]0;titel\u{7} \u{9b}31m".into();
    a.answer_mut("9.9.9\u{1b}").score = Some(Score::Level(1));
    let evil = write(dir.path(), "evil.toml", &a);
    let good = write(dir.path(), "good.toml", &nord_2026(&deck));
    for format in ["table", "md", "csv", "json"] {
        let out = compare(&[&evil, &good], format);
        // CSV's own line ends are CRLF; nothing else may be a control character.
        let out = out.replace("\r\n", "\n");
        assert!(
            !out.chars().any(refleks::text::is_unsafe),
            "{format}: {out:?}"
        );
    }
}

fn store_with(files: &[(&str, &Assessment)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, a) in files {
        write(dir.path(), name, a);
    }
    dir
}

#[test]
fn list_says_so_when_the_store_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(refleks().arg("list").arg("--store").arg(dir.path()));
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("Der er ingen gemte vurderinger i "),
        "{out}"
    );
    assert!(out.contains("refleks new --team"), "{out}");
}

#[test]
fn list_shows_team_date_progress_and_file_newest_first() {
    let deck = Deck::embedded();
    let mut old = nord_2025(&deck);
    old.updated = "2025-11-20".into();
    let new = nord_2026(&deck);
    let dir = store_with(&[
        ("team-nord-2025-11-18.toml", &old),
        ("team-nord-2026-11-17.toml", &new),
    ]);
    fs::write(dir.path().join("zz-ødelagt.toml"), "schema = 1\nteam = [").unwrap();
    fs::write(dir.path().join("noter.txt"), "ikke en vurdering").unwrap();
    let out = stdout(refleks().arg("list").env("REFLEKS_STORE", dir.path()));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("Gemte vurderinger i "), "{out}");
    assert_eq!(
        lines[2],
        "Team                      Ændret      Vurderet  Fil"
    );
    // 3.4 (5) + 3.5 (10) + 3.7 (7) = 22 anvisninger; 8 assessed (one is ved ikke, which is still open).
    assert_eq!(
        lines[3],
        "Team Nord                 2026-11-17      8/22  team-nord-2026-11-17.toml"
    );
    assert_eq!(
        lines[4],
        "Team Nord                 2025-11-20      9/17  team-nord-2025-11-18.toml"
    );
    assert_eq!(
        lines[5],
        "kan ikke læses                                  zz-ødelagt.toml"
    );
    assert_eq!(lines.len(), 8, "{out}");
    assert_eq!(
        lines[7],
        "2 vurderinger. 1 fil kan ikke læses: kør `refleks open FIL` for at se, hvad der er galt."
    );
}

#[test]
fn list_json_reads_back() {
    let deck = Deck::embedded();
    let dir = store_with(&[
        ("team-nord-2026-11-17.toml", &nord_2026(&deck)),
        ("team-syd-2024-10-02.toml", &syd_old(&deck)),
    ]);
    fs::write(dir.path().join("ødelagt.toml"), "").unwrap();
    let out = stdout(
        refleks()
            .args(["list", "--json", "--store"])
            .arg(dir.path()),
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(keys(&json), ["schema", "store", "assessments"]);
    assert_eq!(json["schema"], "refleks-list/1");
    let items = json["assessments"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(
        keys(&items[0]),
        [
            "file",
            "readable",
            "team",
            "created",
            "updated",
            "answered",
            "total",
            "deck_matches",
            "error",
            "file_bytes"
        ]
    );
    assert_eq!(items[0]["file"], "team-nord-2026-11-17.toml");
    assert_eq!(
        items[0]["file_bytes"],
        "7465616d2d6e6f72642d323032362d31312d31372e746f6d6c"
    );
    assert_eq!(
        items[0]["answered"], 8,
        "ved ikke is not counted as answered"
    );
    assert_eq!(items[0]["deck_matches"], true);
    assert_eq!(items[1]["team"], "Team Syd");
    assert_eq!(items[1]["deck_matches"], false);
    assert_eq!(items[2]["readable"], false);
    assert!(
        items[2]["error"].as_str().unwrap().contains("Filen er tom"),
        "{out}"
    );
}

#[test]
fn help_names_compare_and_list_in_danish() {
    let out = stdout(refleks().arg("--help"));
    assert!(
        out.contains("Sammenlign to eller flere vurderinger"),
        "{out}"
    );
    assert!(out.contains("Vis de gemte vurderinger"), "{out}");
    let out = stdout(refleks().args(["compare", "--help"]));
    assert!(out.contains("table: tabel til terminalen"), "{out}");
    assert!(
        out.contains("Brug: refleks compare FIL FIL [FIL ...]"),
        "{out}"
    );
}

#[test]
fn xlsx_has_levels_as_numbers_and_ids_as_text_and_needs_out() {
    let f = fixtures();
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("sammenligning.xlsx");
    let out = stdout(
        refleks()
            .arg("compare")
            .args([&f.nord_2025, &f.nord_2026])
            .args([
                "--format".as_ref(),
                "xlsx".as_ref(),
                "-o".as_ref(),
                book.as_os_str(),
            ]),
    );
    assert!(
        out.starts_with("Sammenligningen (xlsx) er gemt i "),
        "{out}"
    );
    let files = crate::common::unzip(&fs::read(&book).unwrap());
    let workbook = &files["xl/workbook.xml"];
    assert!(
        workbook.contains("name=\"Retningslinjer\"") && workbook.contains("name=\"Anvisninger\"")
    );
    let strings = &crate::common::sheet_text(&files);
    assert!(
        strings.contains("<t>2.1</t>") && strings.contains("<t>2.1.1</t>"),
        "ids are text"
    );
    let sheet = &files["xl/worksheets/sheet2.xml"];
    assert!(sheet.contains("state=\"frozen\"") && sheet.contains("<autoFilter "));
    assert!(sheet.contains("<v>2</v>"), "a level is a number");

    let err = stderr_of(
        refleks()
            .arg("compare")
            .args([&f.nord_2025, &f.nord_2026])
            .args(["--format", "xlsx"]),
        1,
    );
    assert!(err.contains("-o sammenligning.xlsx"), "{err}");
    let err = stderr_of(
        refleks()
            .arg("compare")
            .args([&f.nord_2025, &f.nord_2026])
            .arg("-o")
            .arg(&f.nord_2025),
        1,
    );
    assert!(err.contains("må ikke gemmes som en .toml-fil"), "{err}");
}
