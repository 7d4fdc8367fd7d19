//! The command line as a user meets it: every command, its output and its exit code.

use crate::common::cli::{refleks, stderr_of, stdout};

#[test]
fn deck_prints_the_table() {
    let out = stdout(refleks().arg("deck"));
    insta::assert_snapshot!("deck_table", out);
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "wider than 80 columns"
    );
}

#[test]
fn deck_json_has_exactly_the_documented_schema() {
    let out = stdout(refleks().args(["deck", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["name", "edition", "scale", "principles", "guidelines"]
    );
    let guidelines = json["guidelines"].as_array().unwrap();
    assert_eq!(guidelines.len(), 20);
    let g = guidelines[0].as_object().unwrap();
    let keys: Vec<&str> = g.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "id",
            "chapter",
            "title",
            "principles",
            "purpose",
            "supports",
            "worth_knowing",
            "anvisninger",
            "questions",
            "legislation",
            "worth_knowing_brief",
            "scenarios"
        ]
    );
    let a = g["anvisninger"][0].as_object().unwrap();
    let keys: Vec<&str> = a.keys().map(String::as_str).collect();
    assert_eq!(keys, ["id", "kind", "text", "details", "deadlines"]);
    let q = g["questions"][0].as_object().unwrap();
    let keys: Vec<&str> = q.keys().map(String::as_str).collect();
    assert_eq!(keys, ["kind", "text"]);
    let kinds: Vec<&str> = g["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["kind"].as_str().unwrap())
        .collect();
    for kind in ["says", "meets", "differs", "change"] {
        assert!(kinds.contains(&kind), "{kind} missing in {kinds:?}");
    }
    assert_eq!(json["scale"][3]["value"], 3);
    assert_eq!(json["scale"][3]["label"], "Fast praksis");
    let total: usize = guidelines
        .iter()
        .map(|g| g["anvisninger"].as_array().unwrap().len())
        .sum();
    assert_eq!(total, 134);
}

#[test]
fn deck_check_passes_on_the_embedded_deck_and_on_cards() {
    let out = stdout(refleks().args(["deck", "check"]));
    assert!(
        out.starts_with("Kortsættet er i orden: 20 kort, 134 anvisninger"),
        "{out}"
    );
    let out = stdout(refleks().args(["deck", "check", "cards"]));
    assert!(out.contains("i cards."), "{out}");
}

#[test]
fn deck_check_fails_with_every_problem_and_exit_1() {
    let assert = refleks()
        .args(["deck", "check", "tests/fixtures/broken/unknown-key"])
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(err.matches("fejl:").count(), 4, "{err}");
    assert!(
        crate::common::unix_paths(&err).contains("unknown-key/2.1.toml:3:1"),
        "{err}"
    );
    assert!(!err.contains('\x1b'), "colour in a pipe: {err:?}");
}

#[test]
fn deck_check_without_dir_checks_the_deck_in_use() {
    refleks()
        .args(["deck", "check"])
        .env("REFLEKS_CARDS", "tests/fixtures/broken/bad-kind")
        .assert()
        .code(1);
    let out = stdout(
        refleks()
            .args(["deck", "check"])
            .env("REFLEKS_CARDS", "tests/fixtures/good"),
    );
    assert!(out.contains("1 kort, 2 anvisninger"), "{out}");
}

#[test]
fn cards_option_works_before_and_after_the_command() {
    for args in [
        ["--cards", "tests/fixtures/good", "deck"],
        ["deck", "--cards", "tests/fixtures/good"],
    ] {
        let out = stdout(refleks().args(args));
        assert!(
            out.starts_with("Prøvekortsæt (udgave test)"),
            "{args:?}: {out}"
        );
    }
}

#[test]
fn a_broken_deck_in_use_stops_every_command() {
    for args in [
        vec!["deck"],
        vec!["deck", "--json"],
        vec!["search", "metode"],
    ] {
        refleks()
            .args(&args)
            .args(["--cards", "tests/fixtures/broken/missing-field"])
            .assert()
            .code(1)
            .stdout("");
    }
}

#[test]
fn search_finds_cards_and_anvisninger() {
    let out = stdout(refleks().args(["search", "behandlingsplan"]));
    assert!(
        out.contains("3.7 Retningslinje for behandlingsplan"),
        "{out}"
    );
    assert!(out.contains("Anvisning 3.7.1:"), "{out}");
    assert!(out.trim_end().ends_with("for »behandlingsplan«."), "{out}");
}

#[test]
fn search_is_case_insensitive_with_danish_letters() {
    let lower = stdout(refleks().args(["search", "behandlingsgarantien"]));
    let upper = stdout(refleks().args(["search", "BEHANDLINGSGARANTIEN"]));
    assert_eq!(
        lower,
        upper.replace("BEHANDLINGSGARANTIEN", "behandlingsgarantien")
    );
    let ae = stdout(refleks().args(["search", "PÅRØRENDE"]));
    assert!(ae.contains("3.2 "), "{ae}");
}

#[test]
fn search_takes_several_words_and_says_when_nothing_matched() {
    let out = stdout(refleks().args(["search", "senest", "14", "dage"]));
    assert!(out.contains("3.4 "), "{out}");
    let out = stdout(refleks().args(["search", "zzqx"]));
    assert_eq!(out, "Ingen fund for »zzqx«.\n");
}

#[test]
fn help_is_in_danish() {
    let out = stdout(refleks().arg("--help"));
    assert!(out.contains("Brug: refleks"), "{out}");
    assert!(out.contains("Kommandoer:"), "{out}");
    assert!(out.contains("Vis kortsættet"), "{out}");
    let out = stdout(refleks().args(["deck", "--help"]));
    assert!(out.contains("Kontrollér en kortmappe"), "{out}");
}

#[test]
fn unknown_arguments_are_usage_errors_in_danish() {
    let err = stderr_of(refleks().arg("--nope"), 2);
    assert!(
        err.starts_with("fejl: ukendt tilvalg eller argument »--nope«"),
        "{err}"
    );
    let err = stderr_of(refleks().arg("dekc"), 2);
    assert!(err.contains("mente du »deck«"), "{err}");
    let err = stderr_of(refleks().args(["report", "x.toml", "--format", "pdf"]), 2);
    assert!(
        err.contains("»pdf« kan ikke bruges efter --format"),
        "{err}"
    );
    assert!(err.contains("md, html, csv, json"), "{err}");
    // Value names in words, never a placeholder such as <NAVN> or <TEKST>.
    for (args, expected) in [
        (&["search"][..], "der mangler en tekst at søge efter"),
        (&["new"][..], "der mangler --team med teamets navn"),
        (
            &["new", "--team"][..],
            "der mangler teamets navn efter --team",
        ),
    ] {
        let err = stderr_of(refleks().args(args), 2);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains('<'), "{args:?}: {err}");
    }
}

// `refleks report`

const NORD: &str = "assessments/team-nord-2026-11-17.toml";

#[test]
fn report_prints_minutes_by_default() {
    let out = stdout(refleks().args(["report", NORD]));
    assert!(
        out.starts_with("# Referat: Team Nord, 17. november 2026\n"),
        "{out}"
    );
    for format in ["md", "html", "csv", "json"] {
        let out = stdout(refleks().args(["report", NORD, "--format", format]));
        assert!(out.len() > 1000, "{format}");
    }
    let json = stdout(refleks().args(["report", "--format", "json", NORD]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["team"], "Team Nord");
}

#[test]
fn report_writes_a_file_with_o_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("referat.html");
    let out = stdout(
        refleks()
            .args(["report", NORD, "--format", "html", "-o"])
            .arg(&path),
    );
    assert_eq!(
        out,
        format!("Rapporten (html) er gemt i {}.\n", path.display())
    );
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Written again over the old file: replaced, not appended to.
    refleks()
        .args(["report", NORD, "--format", "html", "--out"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), html);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temp file left behind");
}

#[test]
fn report_of_a_broken_file_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("ødelagt.toml");
    std::fs::write(&bad, "schema = 1\nteam = \"Hold\"\ncreated = 2026\n").unwrap();
    let out = dir.path().join("referat.md");
    let assert = refleks()
        .arg("report")
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stdout("");
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("ødelagt.toml:3:"), "located: {err}");
    assert!(err.contains("Filen er ikke ændret"), "{err}");
    assert!(!out.exists(), "nothing written");
    let missing = dir.path().join("findes-ikke.toml");
    let assert = refleks().arg("report").arg(&missing).assert().code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("den findes ikke"), "{err}");
}

#[test]
fn report_never_overwrites_the_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team-nord.toml");
    std::fs::copy(NORD, &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let assert = refleks()
        .arg("report")
        .arg(&file)
        .arg("-o")
        .arg(dir.path().join(".").join("team-nord.toml"))
        .assert()
        .code(1)
        .stdout("");
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("overskrive selve vurderingen"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn report_says_when_it_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mangler").join("referat.md");
    let assert = refleks()
        .args(["report", NORD, "-o"])
        .arg(&out)
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("mappen findes ikke"), "{err}");
    let assert = refleks()
        .args(["report", NORD, "-o"])
        .arg(dir.path())
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("en mappe, ikke en fil"), "{err}");
}

#[test]
fn report_help_is_danish_and_bad_formats_are_usage_errors() {
    let out = stdout(refleks().args(["report", "--help"]));
    assert!(
        out.contains("md (referat, standard), html (til udskrift), csv (regneark), xlsx (Excel;"),
        "{out}"
    );
    assert!(out.contains("Gem rapporten i denne fil"), "{out}");
    refleks()
        .args(["report", NORD, "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn the_app_needs_a_terminal_and_says_so() {
    let store = tempfile::tempdir().unwrap();
    let err = stderr_of(
        refleks()
            .args(["new", "--team", "Team Nord", "--store"])
            .arg(store.path()),
        1,
    );
    assert!(err.contains("terminalvindue"), "{err}");
    // Nothing was created.
    assert_eq!(std::fs::read_dir(store.path()).unwrap().count(), 0);
}

#[test]
fn open_refuses_an_unreadable_file_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    let broken = "schema = 1\nteam = \"Team\ncreated = 1\n";
    std::fs::write(&file, broken).unwrap();
    let err = stderr_of(refleks().arg("open").arg(&file), 1);
    assert!(err.contains("team.toml:2"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no lock or temp file"
    );
}

#[test]
fn new_with_an_empty_team_is_refused() {
    let out = refleks()
        .args(["new", "--team", "  "])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("Teamets navn er tomt")
    );
}

#[test]
fn open_finds_a_bare_file_name_in_the_store() {
    let store = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::copy(
        "assessments/team-nord-2026-11-17.toml",
        store.path().join("team-nord-2026-11-17.toml"),
    )
    .unwrap();
    // Run from another folder: the name alone (as `refleks list` prints it) is enough, with or
    // without `.toml`. Without a terminal the app stops right after loading the file, so the
    // terminal message (not "not found") shows that the file was found and read.
    for name in ["team-nord-2026-11-17.toml", "team-nord-2026-11-17"] {
        let err = stderr_of(
            refleks()
                .current_dir(elsewhere.path())
                .arg("--store")
                .arg(store.path())
                .args(["open", name]),
            1,
        );
        assert!(err.contains("terminalvindue"), "{name}: {err}");
    }
    let err = stderr_of(
        refleks()
            .current_dir(elsewhere.path())
            .arg("--store")
            .arg(store.path())
            .args(["open", "team-vest-2026-11-17.toml"]),
        1,
    );
    assert!(err.contains("team-vest-2026-11-17.toml"), "{err}");
    assert!(!err.contains("terminalvindue"), "{err}");
}

#[test]
fn new_takes_a_timebox_within_reason() {
    let err = stderr_of(
        refleks().args(["new", "--team", "Vote", "--timebox", "0"]),
        2,
    );
    assert!(err.contains("--timebox"), "{err}");
    let help = stdout(refleks().args(["new", "--help"]));
    assert!(help.contains("Minutter pr. kort"), "{help}");
}

#[test]
fn new_build_on_and_fresh_are_in_the_help_and_never_together() {
    let help = stdout(refleks().args(["new", "--help"]));
    assert!(help.contains("[--build-on FIL | --fresh]"), "{help}");
    assert!(help.contains("Byg videre på denne vurdering"), "{help}");
    assert!(help.contains("Start forfra uden at spørge"), "{help}");
    for (args, expected) in [
        (
            &["new", "--team", "X", "--build-on", "a.toml", "--fresh"][..],
            "--build-on kan ikke bruges sammen med --fresh",
        ),
        (
            &["new", "--team", "X", "--fresh", "--build-on", "a.toml"][..],
            "--fresh kan ikke bruges sammen med --build-on",
        ),
        (
            &["new", "--team", "X", "--build-on"][..],
            "der mangler en fil efter --build-on",
        ),
    ] {
        let err = stderr_of(refleks().args(args), 2);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains('<'), "{args:?}: {err}");
    }
}

#[test]
fn new_build_on_a_file_that_cannot_be_read_starts_nothing() {
    let store = tempfile::tempdir().unwrap();
    let err = stderr_of(
        refleks().arg("--store").arg(store.path()).args([
            "new",
            "--team",
            "Team Nord",
            "--build-on",
            "sidste-år.toml",
        ]),
        1,
    );
    assert!(err.contains("sidste-år.toml"), "{err}");
    assert!(!err.contains("terminalvindue"), "{err}");
    assert_eq!(std::fs::read_dir(store.path()).unwrap().count(), 0);
    // A file in the store, named alone, is found and read (then the missing terminal stops it).
    std::fs::copy(
        "assessments/team-nord-2026-11-17.toml",
        store.path().join("team-nord-2026-11-17.toml"),
    )
    .unwrap();
    let err = stderr_of(
        refleks().arg("--store").arg(store.path()).args([
            "new",
            "--team",
            "Team Nord",
            "--build-on",
            "team-nord-2026-11-17",
        ]),
        1,
    );
    assert!(err.contains("terminalvindue"), "{err}");
}

#[test]
fn no_mouse_is_a_global_option_in_the_help() {
    let out = stdout(refleks().arg("--help"));
    assert!(out.contains("--no-mouse"), "{out}");
    // Global: accepted after any command too.
    let out = stdout(refleks().args(["deck", "--no-mouse"]));
    assert!(out.contains("3.4"), "{out}");
}

#[test]
fn search_forgives_a_typo_and_spelled_out_danish_letters() {
    let typo = stdout(refleks().args(["search", "behandlingsplam"]));
    assert!(
        typo.starts_with("3.7 Retningslinje for behandlingsplan\n"),
        "{typo}"
    );
    let spelled = stdout(refleks().args(["search", "paaroerende"]));
    let letters = stdout(refleks().args(["search", "pårørende"]));
    assert_eq!(spelled.lines().count(), letters.lines().count());
    // Markdown is shown as text: no heading marks, list dashes or stars.
    let worth = stdout(refleks().args(["search", "ambulant", "behandling"]));
    let lines: Vec<&str> = worth
        .lines()
        .filter(|l| l.contains("Værd at vide:"))
        .collect();
    assert!(!lines.is_empty(), "{worth}");
    for line in lines {
        let text = line.split("Værd at vide: ").nth(1).unwrap();
        assert!(
            !text.contains("**") && !text.starts_with("- ") && !text.starts_with('#'),
            "{line}"
        );
    }
}
