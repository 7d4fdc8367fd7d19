//! `refleks merge`: individual pre-assessments become one team assessment with their votes.

use crate::common::cli::{refleks, stderr_of};
use refleks::assessment::{Assessment, Score, from_toml, to_toml};
use refleks::deck::Deck;

fn person(name: &str, scores: &[(&str, u8)], note: &str) -> String {
    let deck = Deck::load(None).unwrap();
    let mut a = Assessment::new(&deck, name, vec![name.into()], vec![], "2026-11-20");
    for (id, s) in scores {
        a.answer_mut(id).score = Some(Score::Level(*s));
    }
    a.answer_mut(scores[0].0).note = note.into();
    to_toml(&a)
}

#[test]
fn merge_writes_a_team_assessment_with_their_votes_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::write(
        dir.path().join("anna.toml"),
        person("Anna", &[("2.1.1", 2), ("2.1.2", 4)], "Vi mangler kursus"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("bo.toml"),
        person("Bo", &[("2.1.1", 3)], "Det går fint"),
    )
    .unwrap();
    let out = refleks()
        .current_dir(dir.path())
        .args([
            "merge",
            "anna.toml",
            "bo.toml",
            "--team",
            "Team Øst",
            "--store",
        ])
        .arg(&store)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("Stemmer fra 2 (Anna, Bo) på 2 anvisninger"),
        "{out}"
    );
    assert!(
        out.contains("Tryk så r for at vise stemmerne, mest uenige først."),
        "{out}"
    );
    let files: Vec<_> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(
        files[0]
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("team-oest-"),
        "{files:?}"
    );
    let a = from_toml(&std::fs::read_to_string(&files[0]).unwrap(), "x").unwrap();
    assert_eq!(a.team, "Team Øst");
    assert_eq!(a.participants, ["Anna", "Bo"]);
    let x = &a.answers["2.1.1"];
    assert_eq!(x.score, None, "the team agrees later");
    assert_eq!(x.votes["Anna"], Score::Level(2));
    assert_eq!(x.votes["Bo"], Score::Level(3));
    assert_eq!(x.note, "Anna: Vi mangler kursus\nBo: Det går fint");
    // The individual files are left as they were.
    assert!(
        std::fs::read_to_string(dir.path().join("anna.toml"))
            .unwrap()
            .contains("team = \"Anna\"")
    );
}

#[test]
fn merge_of_another_edition_lists_what_did_not_match() {
    let dir = tempfile::tempdir().unwrap();
    let old = person("Bo", &[("2.1.1", 3), ("2.9.9", 1)], "Gammel note");
    std::fs::write(dir.path().join("bo.toml"), &old).unwrap();
    let out = refleks()
        .arg("merge")
        .arg(dir.path().join("bo.toml"))
        .args(["--team", "Team Øst", "--store"])
        .arg(dir.path().join("store"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("Ikke i kortsættet"), "{out}");
    assert!(out.contains("bo.toml: 2.9.9"), "{out}");
}

#[test]
fn merge_with_an_unreadable_file_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::write(
        dir.path().join("anna.toml"),
        person("Anna", &[("2.1.1", 2)], ""),
    )
    .unwrap();
    std::fs::write(dir.path().join("bad.toml"), "schema = 1\nteam = \"Bo\n").unwrap();
    let err = stderr_of(
        refleks()
            .current_dir(dir.path())
            .args([
                "merge",
                "anna.toml",
                "bad.toml",
                "--team",
                "Team Øst",
                "--store",
            ])
            .arg(&store),
        1,
    );
    assert!(err.contains("bad.toml:2:"), "{err}");
    assert!(err.contains("Der er ikke lagt noget sammen"), "{err}");
    assert!(!store.exists() || std::fs::read_dir(&store).unwrap().next().is_none());
}

#[test]
fn merge_needs_a_team_and_files() {
    let err = stderr_of(refleks().args(["merge", "a.toml"]), 2);
    assert!(err.contains("fejl: der mangler"), "{err}");
    let out = refleks()
        .args(["merge", "a.toml", "--team", " "])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("Teamets navn er tomt")
    );
}

/// The same file twice (here once as `./anna.toml`) would give one person two votes: refused,
/// naming the file, and nothing is written.
#[test]
fn merge_refuses_the_same_file_twice() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::write(
        dir.path().join("anna.toml"),
        person("Anna", &[("2.1.1", 2)], ""),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("bo.toml"),
        person("Bo", &[("2.1.1", 3)], ""),
    )
    .unwrap();
    let err = stderr_of(
        refleks()
            .current_dir(dir.path())
            .args([
                "merge",
                "anna.toml",
                "bo.toml",
                "./anna.toml",
                "--team",
                "Team Øst",
                "--store",
            ])
            .arg(&store),
        2,
    );
    assert!(
        err.contains("fejl: ./anna.toml er den samme fil som anna.toml"),
        "{err}"
    );
    assert!(err.contains("hjælp: Skriv hver fil én gang"), "{err}");
    let err = stderr_of(
        refleks()
            .current_dir(dir.path())
            .args([
                "merge",
                "bo.toml",
                "bo.toml",
                "--team",
                "Team Øst",
                "--store",
            ])
            .arg(&store),
        2,
    );
    assert!(err.contains("fejl: bo.toml er givet to gange"), "{err}");
    assert!(!store.exists() || std::fs::read_dir(&store).unwrap().next().is_none());
}
