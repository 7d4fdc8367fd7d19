//! `refleks aggregate` as a user meets it: every format on the example assessments (snapshots,
//! each read by eye), means checked against the files, a tree with broken and foreign files
//! that are named while the rest is aggregated, `--all`, `--anonym` and `-o`.

use crate::common::cli::refleks;
use std::fs;
use std::path::Path;

use crate::common::parse_csv;
use refleks::assessment::Score;
use refleks::deck::Deck;
use refleks::store::Store;

fn run(args: &[&str]) -> String {
    let out = refleks()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn table_shows_each_team_once_with_the_change_from_its_previous() {
    let out = run(&["aggregate", "assessments"]);
    insta::assert_snapshot!("aggregate_table", out);
    let wide: Vec<&str> = out.lines().filter(|l| l.chars().count() > 100).collect();
    assert!(wide.is_empty(), "wider than 100 columns: {wide:#?}");
    assert!(out.contains("Oversigt over 2 teams (3 vurderinger læst)"));
    assert_eq!(out.matches("team-nord-2026-11-17.toml").count(), 1);
    assert!(
        !out.contains("team-nord-2025-11-18.toml"),
        "the older file is not a row"
    );
    assert!(out.contains("1 Team Nord (2025-11-18 → 2026-11-17): 2.1 +0,7 ↑"));
}

#[test]
fn markdown_html_json_snapshots() {
    insta::assert_snapshot!(
        "aggregate_md",
        run(&["aggregate", "assessments", "--format", "md"])
    );
    let html = run(&["aggregate", "assessments", "--format", "html"]);
    insta::assert_snapshot!("aggregate_html", html);
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("http"), "no external files");
    insta::assert_snapshot!(
        "aggregate_json",
        run(&["aggregate", "assessments", "--format", "json"])
    );
}

/// The mean of one guideline in one file, straight from the assessment: the numbers the
/// overview must show.
fn mean_in_file(file: &str, guideline: &str) -> Option<f64> {
    let a = Store::load(Path::new(file)).unwrap();
    let deck = Deck::embedded();
    let g = deck.guidelines.iter().find(|g| g.id == guideline).unwrap();
    let levels: Vec<u8> = g
        .anvisninger
        .iter()
        .filter_map(|x| {
            a.answer(&x.id)
                .and_then(|ans| ans.score)
                .and_then(Score::level)
        })
        .collect();
    (!levels.is_empty())
        .then(|| levels.iter().map(|&v| f64::from(v)).sum::<f64>() / levels.len() as f64)
}

fn one_decimal(v: f64) -> String {
    format!("{:.1}", (v * 10.0).round() / 10.0).replace('.', ",")
}

#[test]
fn csv_is_long_format_and_means_match_the_files() {
    let out = run(&["aggregate", "assessments", "--format", "csv"]);
    insta::assert_snapshot!("aggregate_csv", out);
    let rows = parse_csv(out.strip_prefix('\u{feff}').expect("a byte-order mark"));
    assert_eq!(
        rows[0],
        [
            "team",
            "sted",
            "dato",
            "fil",
            "retningslinje",
            "gennemsnit",
            "med_niveau",
            "anvisninger",
            "lovkrav_under_3",
            "ændring",
            "problem"
        ]
    );
    assert_eq!(rows.len(), 1 + 2 * 20, "one row per team and guideline");
    let deck = Deck::embedded();
    for row in &rows[1..] {
        let file = &row[3];
        let expected = mean_in_file(file, &row[4]).map_or(String::new(), one_decimal);
        assert_eq!(row[5], expected, "{} {}", row[0], row[4]);
        assert!(deck.guidelines.iter().any(|g| g.id == row[4]));
    }
    let nord_21 = rows
        .iter()
        .find(|r| r[0] == "Team Nord" && r[4] == "2.1")
        .unwrap();
    let before = mean_in_file("assessments/team-nord-2025-11-18.toml", "2.1").unwrap();
    let now = mean_in_file("assessments/team-nord-2026-11-17.toml", "2.1").unwrap();
    let shown = |v: f64| (v * 10.0).round() / 10.0;
    assert_eq!(nord_21[9], one_decimal(shown(now) - shown(before)));
    assert!(
        rows.iter()
            .filter(|r| r[0] == "Team Syd")
            .all(|r| r[9].is_empty())
    );
}

#[test]
fn json_has_the_documented_keys() {
    let out = run(&["aggregate", "assessments", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "schema",
            "deck",
            "all",
            "anonymous",
            "teams",
            "read",
            "guidelines",
            "rows",
            "anvisninger",
            "requirements_not_secured",
            "focus",
            "unreadable",
            "skipped"
        ]
    );
    assert_eq!(json["schema"], "refleks-aggregate/1");
    let row = &json["rows"][0];
    let keys: Vec<&str> = row
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "team",
            "place",
            "file",
            "created",
            "updated",
            "deck_matches",
            "answered",
            "total",
            "previous",
            "guidelines"
        ]
    );
    let cell = &row["guidelines"][0];
    let keys: Vec<&str> = cell
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["id", "mean", "scored", "of", "requirements_below", "change"]
    );
    let doc = fs::read_to_string("docs/aggregate-json.md").unwrap();
    for key in keys {
        assert!(doc.contains(&format!("`{key}`")), "{key} is not documented");
    }
}

/// kommuner/aarhus/{nord,syd}/… with the examples, a broken file, a deck card (TOML that is not
/// an assessment), a FIFO on Unix, and a file that is not TOML at all.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let nord = dir.path().join("kommuner/aarhus/nord");
    let syd = dir.path().join("kommuner/odense/syd");
    fs::create_dir_all(&nord).unwrap();
    fs::create_dir_all(&syd).unwrap();
    for f in ["team-nord-2025-11-18.toml", "team-nord-2026-11-17.toml"] {
        fs::copy(Path::new("assessments").join(f), nord.join(f)).unwrap();
    }
    fs::copy(
        "assessments/team-syd-2026-10-02.toml",
        syd.join("team-syd-2026-10-02.toml"),
    )
    .unwrap();
    fs::write(
        syd.join("ødelagt.toml"),
        "schema = 1\nteam = \"Syd\nupdated = 2\n",
    )
    .unwrap();
    fs::copy("cards/2.1.toml", syd.join("kort-2.1.toml")).unwrap();
    fs::write(syd.join("noter.txt"), "ikke en vurdering").unwrap();
    #[cfg(unix)]
    {
        let fifo = syd.join("rør.toml");
        let ok = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(ok.is_ok_and(|s| s.success()), "mkfifo");
    }
    dir
}

#[test]
fn a_broken_file_is_named_and_the_rest_is_aggregated() {
    let dir = tree();
    let out = refleks()
        .current_dir(dir.path())
        .args(["aggregate", "kommuner"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    #[cfg(unix)]
    insta::assert_snapshot!("aggregate_broken_tree", stdout);
    assert!(stdout.contains("Oversigt over 2 teams (3 vurderinger læst)"));
    assert!(stdout.contains("kommuner/odense/syd/ødelagt.toml"));
    assert!(stdout.contains("linje 2, kolonne"), "located: {stdout}");
    assert!(
        stdout.contains("kort-2.1.toml"),
        "the card is named as skipped"
    );
    assert!(!stdout.contains("noter.txt"));
    assert!(stderr.contains("1 fil kan ikke læses"), "{stderr}");
    for format in ["md", "csv", "json", "html"] {
        let out = refleks()
            .current_dir(dir.path())
            .args(["aggregate", "kommuner", "--format", format])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(
            text.contains("ødelagt.toml"),
            "{format} names the broken file"
        );
        assert!(
            text.contains("kort-2.1.toml"),
            "{format} names the skipped file"
        );
        assert!(text.contains("aarhus/nord"), "{format} shows the place");
    }
}

#[test]
fn all_gives_one_row_per_file() {
    let out = run(&["aggregate", "assessments", "--all", "--format", "csv"]);
    let rows = parse_csv(&out[3..]);
    assert_eq!(rows.len(), 1 + 3 * 20);
    let files: std::collections::BTreeSet<&str> = rows[1..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(files.len(), 3);
    let table = run(&["aggregate", "assessments", "--all"]);
    assert!(table.contains("  1  Team Nord           assessments     2025-11-18"));
    assert!(table.contains("2 Team Nord (2025-11-18 → 2026-11-17)"));
}

#[test]
fn anonym_hides_teams_places_and_files_in_every_format() {
    let dir = tree();
    for format in ["table", "md", "csv", "json", "html"] {
        let out = refleks()
            .current_dir(dir.path())
            .args(["aggregate", "kommuner", "--anonym", "--format", format])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for secret in [
            "Nord", "nord", "Syd", "syd", "aarhus", "odense", "ødelagt", "kort-2.1",
        ] {
            assert!(!text.contains(secret), "{format} shows {secret}");
        }
        assert!(
            text.contains("Team A") && text.contains("Sted B"),
            "{format}"
        );
    }
}

#[test]
fn out_writes_the_file_and_never_a_toml_file() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("oversigt.html");
    let out = run(&[
        "aggregate",
        "assessments",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(out.starts_with("Oversigten (html) er gemt i "));
    assert!(
        fs::read_to_string(&page)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    let target = dir.path().join("team.toml");
    fs::write(&target, "behold mig").unwrap();
    let out = refleks()
        .args(["aggregate", "assessments", "-o", target.to_str().unwrap()])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("må ikke gemmes som en .toml-fil"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), "behold mig");
}

#[test]
fn a_missing_folder_is_named_and_nothing_is_fatal() {
    let out = refleks()
        .args(["aggregate", "assessments", "findes-ikke"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("findes-ikke"));
    assert!(stdout.contains("Mappen kan ikke åbnes: den findes ikke"));
    assert!(stdout.contains("Oversigt over 2 teams"));
}
