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
    crate::common::unix_paths(&String::from_utf8(out).unwrap())
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
    assert!(out.contains(
        "1 Team Nord · assessments (2025-11-18 → 2026-11-17): samlet +0,7 ↑ · 2.1 +0,7 ↑"
    ));
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
            "principles",
            "rows",
            "totals",
            "course",
            "anvisninger",
            "requirements_not_secured",
            "focus",
            "unreadable",
            "skipped"
        ]
    );
    assert_eq!(json["schema"], "refleks-aggregate/2");
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
            "place_short",
            "file",
            "created",
            "updated",
            "deck_matches",
            "answered",
            "total",
            "mean",
            "principles",
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
    let course: Vec<&str> = json["course"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in course {
        assert!(
            doc.contains(&format!("`{key}`")),
            "course.{key} is not documented"
        );
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
    let stdout =
        crate::common::unix_paths(&String::from_utf8(out.get_output().stdout.clone()).unwrap());
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
    assert!(
        table.contains("  1  Team Nord         assessments       2025-11-18"),
        "{table}"
    );
    assert!(table.contains("2 Team Nord · assessments (2025-11-18 → 2026-11-17)"));
    // The heatmap's labels hold the date; the place heads its rows.
    assert!(
        table.contains("\nassessments:\nTeam Nord 25-11-18 "),
        "{table}"
    );
    assert!(table.contains("\nTeam Nord 26-11-17 "), "{table}");
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
fn a_missing_folder_is_an_error_that_names_it() {
    let out = refleks()
        .args(["aggregate", "assessments", "findes-ikke"])
        .assert()
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stdout.is_empty(),
        "no overview without the folder: {stdout}"
    );
    assert!(stderr.contains("findes-ikke"), "{stderr}");
    assert!(
        stderr.contains("Mappen kan ikke åbnes: den findes ikke"),
        "{stderr}"
    );
}

/// The facilitator's tree of issue 18: "Team Nord" in both aalborg/ and aarhus/, and Team Syd
/// in aarhus/ with an assessment from 2024, 2025 and 2026. Every team scores each anvisning by
/// a rule of its own (deterministic), so means differ between teams and years.
fn places_tree() -> tempfile::TempDir {
    use refleks::assessment::{Assessment, to_toml};
    let deck = Deck::embedded();
    let dir = tempfile::tempdir().unwrap();
    let files: [(&str, &str, &str, u8); 5] = [
        ("aalborg", "Team Nord", "2026-03-01", 1),
        ("aarhus", "Team Nord", "2026-04-01", 3),
        ("aarhus", "Team Syd", "2024-05-01", 0),
        ("aarhus", "Team Syd", "2025-05-01", 1),
        ("aarhus", "Team Syd", "2026-05-01", 2),
    ];
    for (place, team, created, seed) in files {
        let mut a = Assessment::new(&deck, team, vec![], vec![], created);
        for (i, x) in deck
            .guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .enumerate()
        {
            let level = ((i as u8).wrapping_mul(7).wrapping_add(seed * 3)) % 5;
            a.answer_mut(&x.id).score = Some(Score::Level(level.min(4).max(seed.min(4))));
        }
        let folder = dir.path().join("kommuner").join(place);
        fs::create_dir_all(&folder).unwrap();
        let name = format!("{}-{created}.toml", team.to_lowercase().replace(' ', "-"));
        fs::write(folder.join(name), to_toml(&a)).unwrap();
    }
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> String {
    let out = refleks()
        .current_dir(dir)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn every_row_names_its_place_and_each_place_has_a_total() {
    let dir = places_tree();
    let table = run_in(dir.path(), &["aggregate", "kommuner"]);
    let wide: Vec<&str> = table.lines().filter(|l| l.chars().count() > 100).collect();
    assert!(wide.is_empty(), "wider than 100 columns: {wide:#?}");
    for label in [
        "Team Nord · aalborg",
        "Team Nord · aarhus",
        "Team Syd · aarhus",
    ] {
        assert!(table.contains(label), "table: {label}");
    }
    assert!(table.contains("I alt aarhus (2)"), "{table}");
    assert!(
        !table.contains("I alt aalborg"),
        "a total of one team only repeats its row"
    );
    assert!(table.contains("I alt, alle (3)"), "{table}");
    assert!(table.contains("3 Team Syd · aarhus (2025-05-01 → 2026-05-01): samlet +"));
    assert!(table.contains("Under 3: Team Nord (aalborg)"), "{table}");

    let md = run_in(dir.path(), &["aggregate", "kommuner", "--format", "md"]);
    for row in [
        "| Team Nord | aalborg |",
        "| Team Nord | aarhus |",
        "| Team Syd | aarhus |",
    ] {
        assert!(md.contains(row), "md: {row}");
    }
    assert!(
        md.contains("| **I alt aarhus (2 teams)** | aarhus |"),
        "{md}"
    );
    let html = run_in(dir.path(), &["aggregate", "kommuner", "--format", "html"]);
    for row in [
        "<tr><th>Team Nord</th><td>aalborg</td>",
        "<tr><th>Team Nord</th><td>aarhus</td>",
        "<tr><th>Team Syd</th><td>aarhus</td>",
    ] {
        assert!(html.contains(row), "html: {row}");
    }
    assert!(html.contains("I alt aarhus (2 teams)"));
    assert!(html.contains("@page { size: A4 landscape"));
    assert_eq!(html.matches("ikke en juridisk").count(), 1, "said once");
}

#[test]
fn anonym_says_few_for_a_total_of_fewer_than_three_teams() {
    let dir = places_tree();
    let md = run_in(
        dir.path(),
        &["aggregate", "kommuner", "--anonym", "--format", "md"],
    );
    let aarhus = md
        .lines()
        .find(|l| l.starts_with("| **I alt Sted B (2 teams)**"))
        .expect(&md);
    assert!(
        aarhus.contains("**få**") && !aarhus.contains(','),
        "{aarhus}"
    );
    let all = md
        .lines()
        .find(|l| l.contains("I alt, alle steder (3 teams)"))
        .unwrap();
    assert!(!all.contains("få"), "three teams are shown: {all}");
    let json = run_in(
        dir.path(),
        &["aggregate", "kommuner", "--anonym", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["totals"][0]["mean"]["mean"], serde_json::Value::Null);
    assert_eq!(json["totals"][0]["mean"]["n"], 2);
}

fn unzip(path: &Path) -> std::collections::HashMap<String, String> {
    crate::common::unzip(&fs::read(path).unwrap())
}

#[test]
fn xlsx_is_a_workbook_with_ids_as_text_and_means_as_numbers() {
    let dir = places_tree();
    let book = dir.path().join("oversigt.xlsx");
    let out = run_in(
        dir.path(),
        &[
            "aggregate",
            "kommuner",
            "--format",
            "xlsx",
            "-o",
            book.to_str().unwrap(),
        ],
    );
    assert!(out.starts_with("Oversigten (xlsx) er gemt i "), "{out}");
    let files = unzip(&book);
    let workbook = &files["xl/workbook.xml"];
    for name in [
        "Teams og retningslinjer",
        "I alt pr. sted",
        "Anvisninger pr. niveau",
        "Lovkrav ikke sikret",
        "Ændring",
    ] {
        assert!(
            workbook.contains(&format!("name=\"{name}\"")),
            "{name}: {workbook}"
        );
    }
    let strings = &crate::common::sheet_text(&files);
    for text in [
        "<t>3.10</t>",
        "<t>Team Nord</t>",
        "<t>aalborg</t>",
        "<t>2.3.1</t>",
    ] {
        assert!(strings.contains(text), "{text} is text");
    }
    let teams = &files["xl/worksheets/sheet1.xml"];
    assert!(teams.contains("state=\"frozen\""), "a frozen header");
    assert!(teams.contains("<autoFilter ref=\"A1:"), "an autofilter");
    assert!(teams.contains("<col "), "column widths");
    // Row 2, column F is Team Nord's (aalborg) mean of 2.1: a number, not text.
    let f2 = teams
        .split("<c r=\"F2\"")
        .nth(1)
        .unwrap()
        .split("</c>")
        .next()
        .unwrap();
    assert!(!f2.contains(" t=") && f2.contains("<v>2.2</v>"), "{f2}");
    assert!(
        files["xl/styles.xml"].contains("formatCode=\"0.0\""),
        "one decimal"
    );

    // Without -o it says what to do; nothing binary reaches the terminal.
    let out = refleks()
        .current_dir(dir.path())
        .args(["aggregate", "kommuner", "--format", "xlsx"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("-o oversigt.xlsx"), "{stderr}");
    assert!(out.get_output().stdout.is_empty());

    let anonymous = dir.path().join("til-deling.xlsx");
    run_in(
        dir.path(),
        &[
            "aggregate",
            "kommuner",
            "--anonym",
            "--format",
            "xlsx",
            "-o",
            anonymous.to_str().unwrap(),
        ],
    );
    let strings = &crate::common::sheet_text(&unzip(&anonymous));
    for secret in ["Nord", "Syd", "aalborg", "aarhus", ".toml"] {
        assert!(!strings.contains(secret), "--anonym shows {secret}");
    }
    assert!(strings.contains("<t>få</t>"), "a total of two teams");
}

#[test]
fn a_team_with_three_years_shows_its_course_and_the_years() {
    let dir = places_tree();
    let table = run_in(dir.path(), &["aggregate", "kommuner"]);
    println!("{table}");
    let wide: Vec<&str> = table.lines().filter(|l| l.chars().count() > 100).collect();
    assert!(wide.is_empty(), "wider than 100 columns: {wide:#?}");
    assert!(
        table.contains("  Team Syd · aarhus: 2024-05-01 "),
        "every assessment of the team, 2024 first"
    );
    assert!(table.contains("2025-05-01") && table.contains(" → 2026-05-01 "));
    for year in ["2024 (1 team)", "2025 (1 team)", "2026 (3 teams)"] {
        assert!(table.contains(year), "{year}");
    }
    assert!(table.contains("Mest forbedret fra 2025 til 2026:"));
}

#[test]
fn html_has_a_radar_per_team_without_scripts_and_the_numbers_beneath() {
    let dir = places_tree();
    let html = run_in(dir.path(), &["aggregate", "kommuner", "--format", "html"]);
    assert!(html.contains("<h2>De syv principper</h2>"));
    // One for all teams, one per team.
    assert_eq!(html.matches("<svg ").count(), 1 + 3);
    assert!(!html.to_lowercase().contains("<script") && !html.contains("http"));
    let at = html.find("<h2>De syv principper</h2>").unwrap();
    let section = &html[at..];
    let last_svg = section.rfind("</svg>").unwrap();
    let table = section.find("<table").unwrap();
    assert!(table > last_svg, "the numbers stand beneath the radars");
    assert!(section.contains("Vidensbaseret praksis"));
}
