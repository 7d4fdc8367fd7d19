//! The screen-reader line mode: typed lines in, Danish sentences out, the same file on disk as
//! the TUI writes. Most tests drive `line::run` with a string as stdin; a few run the binary
//! (the flag and the environment that start the mode, a whole workshop) and one runs it in a
//! pseudo-terminal to see that nothing but plain lines reaches the terminal.

use std::path::{Path, PathBuf};

use refleks::assessment::{ActionStatus, NonScore, Score};
use refleks::deck::Deck;
use refleks::line::{BuildOn, Disk, Line, LineStart, run};
use refleks::store::{Places, Store};

use crate::common::cli::refleks;

/// A store and a state folder of the test's own.
struct Folders {
    _tmp: tempfile::TempDir,
    store: PathBuf,
    state: PathBuf,
}

fn folders() -> Folders {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("vurderinger");
    let state = tmp.path().join("tilstand");
    Folders {
        store,
        state,
        _tmp: tmp,
    }
}

/// Runs the line mode on `input`; what it said.
fn talk(f: &Folders, start: LineStart, input: &str) -> String {
    let store = Store::open(Some(&f.store)).unwrap();
    let mut disk = Disk::new(store, Some(Places::at(&f.state)));
    let mut line = Line::new(Deck::embedded(), "2026-12-05");
    let mut out = Vec::new();
    run(&mut line, &mut disk, start, &mut input.as_bytes(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn new_team() -> LineStart {
    LineStart::New {
        team: "Team A".into(),
        participants: vec!["Anna".into(), "Bo".into(), "Carl".into()],
        build_on: BuildOn::Ask,
    }
}

/// The one assessment file in the store.
fn the_file(f: &Folders) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(&f.store)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

fn load(path: &Path) -> refleks::assessment::Assessment {
    Store::load(path).unwrap()
}

#[test]
fn a_new_assessment_opens_on_the_first_anvisning_in_words() {
    let f = folders();
    let out = talk(&f, new_team(), "");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("refleks i skærmlæsertilstand."),
        "{out}"
    );
    assert_eq!(lines[1], "Ny vurdering for Team A er startet.");
    assert_eq!(
        lines[2],
        "Kort 2.1 Retningslinje om anvendelse af metoder. 5 anvisninger, 0 vurderet, 10 refleksionsspørgsmål."
    );
    assert!(
        lines[3].starts_with("Anvisning 2.1.1, anbefaling. Behandlingen bør bruge"),
        "{out}"
    );
    assert!(lines[3].ends_with(
        "Teamets vurdering: ingen. Skriv 0 til 4, x ikke relevant, u ved ikke, n note, a handling, v runde, næste, forrige, læs, hjælp."
    ));
    assert_eq!(lines[4], "Farvel. Alt er gemt.");
    assert_eq!(lines.len(), 5);
    // The file is there at once, as in the TUI.
    assert_eq!(load(&the_file(&f)).team, "Team A");
}

#[test]
fn a_typed_score_is_said_and_saved() {
    let f = folders();
    let out = talk(&f, new_team(), "3\nu\n");
    assert!(out.contains("\n2.1.1: 3, fast praksis. Gemt.\n"), "{out}");
    assert!(out.contains("\n2.1.1: ved ikke. Gemt.\n"), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(
        a.answer("2.1.1").and_then(|x| x.score),
        Some(Score::Other(NonScore::Unknown))
    );
}

#[test]
fn a_note_takes_lines_until_an_empty_one_and_is_one_undo_step() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "n\nFørste linje\nAnden linje\n\nnote\nfortryd\nnote\ngentag\n",
    );
    assert!(out.contains("Noten til 2.1.1 er skrevet. Gemt."), "{out}");
    assert!(
        out.contains("Noten til 2.1.1: Første linje Anden linje."),
        "{out}"
    );
    assert!(out.contains("2.1.1 har ingen note."), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(a.answer("2.1.1").unwrap().note, "Første linje\nAnden linje");
}

#[test]
fn a_note_line_is_on_disk_before_the_note_ends() {
    let f = folders();
    // The input stops in the middle of the note (a closed window).
    talk(&f, new_team(), "n\nDet vigtige\n");
    let a = load(&the_file(&f));
    assert_eq!(a.answer("2.1.1").unwrap().note, "Det vigtige");
}

#[test]
fn a_typo_gets_the_command_it_was_and_nonsense_one_sentence() {
    let f = folders();
    let out = talk(&f, new_team(), "nxste\nblabla\n9\n");
    assert!(
        out.contains("»nxste« er ikke en kommando; mente du næste?"),
        "{out}"
    );
    assert!(
        out.contains("»blabla« er ikke en kommando; skriv hjælp for at høre, hvad du kan skrive."),
        "{out}"
    );
    assert!(
        out.contains("9 er ikke på skalaen; skriv 0 til 4."),
        "{out}"
    );
}

#[test]
fn next_and_previous_cross_cards_and_an_id_goes_there() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "forrige\n2.1.5\nnæste\nforrige\n3.4\n3,4,2\n9.9\n3.12.7\nnæste\n",
    );
    assert!(out.contains("Det er den første anvisning."), "{out}");
    assert!(out.contains("Kort 2.2 "), "{out}");
    assert!(out.contains("Anvisning 2.2.1, "), "{out}");
    assert!(
        out.contains("Kort 3.4 Retningslinje for behandlingsgarantien."),
        "{out}"
    );
    assert!(out.contains("Anvisning 3.4.2, "), "{out}");
    assert!(
        out.contains("Der er intet kort og ingen anvisning med nummeret 9.9."),
        "{out}"
    );
    assert!(out.contains("Det var den sidste anvisning."), "{out}");
    // Where the team stopped is where the next visit begins.
    let out = talk(&f, LineStart::Home, "2\n");
    assert!(out.contains("Anvisning 3.12.7, "), "{out}");
}

#[test]
fn not_relevant_asks_why_and_an_empty_answer_changes_nothing() {
    let f = folders();
    let out = talk(&f, new_team(), "x\n\nx\nVi har ingen unge\n");
    assert!(
        out.contains("Hvorfor er 2.1.1 ikke relevant for teamet?"),
        "{out}"
    );
    assert!(out.contains("\nUændret.\n"), "{out}");
    assert!(out.contains("2.1.1: ikke relevant. Gemt."), "{out}");
    let a = load(&the_file(&f));
    let answer = a.answer("2.1.1").unwrap();
    assert_eq!(answer.score, Some(Score::Other(NonScore::NotRelevant)));
    assert_eq!(answer.reason, "Vi har ingen unge");
}

#[test]
fn an_action_asks_what_who_and_when_and_takes_a_danish_date() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "a\nNy folder til borgerne\nAnna\n31/13-27\n31/3-27\nhandlinger\n1\n2\n",
    );
    assert!(out.contains("Datoen kan ikke læses"), "{out}");
    assert!(
        out.contains(
            "Handling tilføjet: 2.1.1: Ny folder til borgerne, Anna, senest 31/3-2027, åben. Gemt."
        ),
        "{out}"
    );
    assert!(
        out.contains("1. 2.1.1: Ny folder til borgerne, Anna, senest 31/3-2027, åben."),
        "{out}"
    );
    assert!(
        out.contains("2.1.1: Ny folder til borgerne, Anna, senest 31/3-2027, i gang. Gemt."),
        "{out}"
    );
    let a = load(&the_file(&f));
    assert_eq!(a.actions[0].due, "2027-03-31");
    assert_eq!(a.actions[0].status, Some(ActionStatus::InProgress));
}

#[test]
fn undo_and_redo_say_what_and_are_saved() {
    let f = folders();
    let out = talk(&f, new_team(), "fortryd\n2\nfortryd\ngentag\ngentag\n");
    assert!(out.contains("Der er ikke noget at fortryde."), "{out}");
    assert!(out.contains("Fortrudt: "), "{out}");
    assert!(out.contains("Gentaget: "), "{out}");
    assert!(out.contains("Der er ikke noget at gentage."), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(
        a.answer("2.1.1").and_then(|x| x.score),
        Some(Score::Level(2))
    );
}

#[test]
fn read_says_the_card_in_order_and_help_the_commands_here() {
    let f = folders();
    let out = talk(&f, new_team(), "læs\nhjælp\n");
    let formal = out.find("FORMÅL").unwrap();
    let questions = out.find("REFLEKSIONSSPØRGSMÅL").unwrap();
    let anvisninger = out.rfind("ANVISNINGER").unwrap();
    assert!(formal < questions && questions < anvisninger, "{out}");
    assert!(out.contains("Slut på kortet."), "{out}");
    assert!(
        out.contains("Vurdér anvisningen: 0 ikke i gang, 1 drøftet / enkeltstående"),
        "{out}"
    );
    assert!(
        out.contains(
            "menu går til menuen, øv til en øvelse i retningslinjerne, afslut lukker refleks."
        ),
        "{out}"
    );
}

#[test]
fn the_questions_are_read_and_an_answer_takes_lines() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "spørgsmål\nsvar 2\nMI og CRA.\nOg dokumentation i Nexus.\n\nsvar 99\nspørgsmål\n",
    );
    assert!(
        out.contains("\n1. Hvad forstår retningslinjen ved"),
        "{out}"
    );
    assert!(out.contains("Ikke besvaret.\n"), "{out}");
    assert!(
        out.contains("Spørgsmål 2: Hvilke dokumenterede metoder"),
        "{out}"
    );
    assert!(
        out.contains("Svaret på spørgsmål 2 er skrevet. Gemt."),
        "{out}"
    );
    assert!(
        out.contains("Kort 2.1 har 10 spørgsmål; skriv svar og et tal fra 1 til 10."),
        "{out}"
    );
    assert!(out.contains("Teamet har svaret.\n3. "), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(
        a.reflection("2.1", 2),
        Some("MI og CRA.\nOg dokumentation i Nexus.")
    );
}

#[test]
fn the_overview_names_the_cards_begun_and_the_duties_not_secured() {
    let f = folders();
    let out = talk(&f, new_team(), "3\n3.4.1\n1\noversigt\n");
    assert!(
        out.contains("Team A: 2 af 134 anvisninger vurderet, 0 ved ikke."),
        "{out}"
    );
    assert!(
        out.contains(
            "2.1 Retningslinje om anvendelse af metoder: 1 af 5 vurderet, gennemsnit 3,0."
        ),
        "{out}"
    );
    assert!(out.contains("Ikke påbegyndt: 2.2, 2.3,"), "{out}");
    assert!(
        out.contains("Lovkrav, der ikke er sikret: 3.4.1 (1, drøftet / enkeltstående)."),
        "{out}"
    );
}

#[test]
fn the_menu_continues_a_saved_assessment_where_the_team_stopped() {
    let f = folders();
    talk(&f, new_team(), "3.4.2\n4\n");
    let out = talk(&f, LineStart::Home, "7\n2\n");
    assert!(
        out.contains("Menu: 1 Ny vurdering, 2 Fortsæt Team A, 5. december 2026. Skriv et tal, eller øv for at øve dig i retningslinjerne (10 spørgsmål i dag)."),
        "{out}"
    );
    assert!(
        out.contains("Der er ikke noget punkt 7; skriv et tal fra 1 til 2."),
        "{out}"
    );
    assert!(
        out.contains("Team A er åben, 1 af 134 anvisninger vurderet."),
        "{out}"
    );
    assert!(out.contains("Anvisning 3.4.2, "), "{out}");
    assert!(
        out.contains("Teamets vurdering: 4, forankret og fulgt op."),
        "{out}"
    );
}

#[test]
fn a_new_assessment_from_the_menu_asks_the_team_and_participants() {
    let f = folders();
    let out = talk(&f, LineStart::Home, "1\nTeam Syd\nÅse, Bent\n2\nmenu\n");
    assert!(out.contains("Teamets navn?"), "{out}");
    assert!(out.contains("Deltagerne, adskilt af komma?"), "{out}");
    assert!(
        out.contains("Ny vurdering for Team Syd er startet."),
        "{out}"
    );
    assert!(
        out.contains("2 Fortsæt Team Syd, 5. december 2026"),
        "{out}"
    );
    let a = load(&the_file(&f));
    assert_eq!(a.participants, ["Åse", "Bent"]);
}

#[test]
fn a_visit_keeps_the_place_outside_the_file_in_the_tests_own_state_folder() {
    let f = folders();
    talk(&f, new_team(), "3\n");
    let before = std::fs::read(the_file(&f)).unwrap();
    let out = talk(&f, LineStart::Home, "2\n3.4\n");
    assert!(out.contains("Kort 3.4 "), "{out}");
    // A visit changes nothing in the file; the place is kept in the state folder.
    assert_eq!(std::fs::read(the_file(&f)).unwrap(), before);
    assert!(f.state.join("steder.json").is_file());
    let out = talk(&f, LineStart::Home, "2\n");
    assert!(out.contains("Anvisning 3.4.1, "), "{out}");
}

/// Last year's assessment of Team A in the store: 2.1.1 scored 2, one open action, one done.
fn last_year(f: &Folders) -> PathBuf {
    use refleks::assessment::{Action, Assessment};
    let deck = Deck::embedded();
    let mut a = Assessment::new(&deck, "Team A", vec![], vec![], "2025-11-01");
    a.answer_mut("2.1.1").score = Some(Score::Level(2));
    for (what, status) in [("Ny folder", None), ("Kursus", Some(ActionStatus::Done))] {
        a.actions.push(Action {
            anvisning: "2.1.1".into(),
            what: what.into(),
            status,
            ..Action::default()
        });
    }
    let store = Store::open(Some(&f.store)).unwrap();
    store.create(&a).unwrap().path().to_path_buf()
}

#[test]
fn a_new_assessment_builds_on_the_teams_last_one_when_asked() {
    let f = folders();
    let earlier = last_year(&f);
    let out = talk(
        &f,
        new_team(),
        "måske\nja\nhandlinger\n1\n1\n3\nsammenlign\n",
    );
    assert!(
        out.contains(
            "Teamet har en vurdering fra 1. november 2025. Skal den nye bygge videre på den,"
        ),
        "{out}"
    );
    assert!(out.contains("\nSkriv ja eller nej.\n"), "{out}");
    assert!(
        out.contains("Bygger videre på vurderingen fra 1. november 2025. 1 åben handling fra sidst er med; skriv handlinger for at give den status."),
        "{out}"
    );
    assert!(
        out.contains("Teamets vurdering: ingen. Sidst: 2, delvist omsat."),
        "{out}"
    );
    assert!(
        out.contains("1. 2.1.1: Ny folder, åben. Fra sidst."),
        "{out}"
    );
    assert!(out.contains("2.1.1: Ny folder, udført. Gemt."), "{out}");
    assert!(
        out.contains(
            "Sammenlignet med vurderingen fra 1. november 2025: 1 steget, 0 faldet, 0 uændret"
        ),
        "{out}"
    );
    assert!(out.contains("Steget: 2.1.1 fra 2 til 3."), "{out}");
    let name = earlier.file_name().unwrap().to_string_lossy().to_string();
    let new = std::fs::read_dir(&f.store)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml") && *p != earlier)
        .unwrap();
    let a = load(&new);
    assert_eq!(a.builds_on, name);
    assert_eq!(a.actions.len(), 1);
    assert!(a.actions[0].carried);
    assert_eq!(a.actions[0].status, Some(ActionStatus::Done));
    // Opened again, last time is said beside the anvisning at once.
    let out = talk(&f, LineStart::Open(new), "");
    assert!(out.contains("Sidst: 2, delvist omsat."), "{out}");
}

#[test]
fn no_to_building_on_starts_afresh() {
    let f = folders();
    last_year(&f);
    let out = talk(&f, new_team(), "nej\n");
    assert!(out.contains("Den nye vurdering starter forfra."), "{out}");
    let out = talk(&f, LineStart::Home, "2\nsammenlign\n");
    assert!(out.contains("intet at sammenligne med"), "{out}");
    assert!(out.contains("Teamets vurdering: ingen. Skriv"), "{out}");
}

#[test]
fn a_round_of_three_says_who_and_how_many_but_no_vote_before_the_reveal() {
    let f = folders();
    let out = talk(&f, new_team(), "v\n3\n7\n4\n3\nenig\n");
    let reveal = out.find("Alle har stemt.").expect("revealed");
    let before = &out[..reveal];
    assert!(
        before.contains("Stille runde om 2.1.1 med 3 deltagere."),
        "{out}"
    );
    assert!(
        before.contains("Anna stemmer. Skriv 0 til 4, u eller s."),
        "{out}"
    );
    assert!(
        before.contains("Stemme 1 af 3 modtaget.\nBo stemmer."),
        "{out}"
    );
    assert!(
        before.contains("Stemme 2 af 3 modtaget.\nCarl stemmer."),
        "{out}"
    );
    assert!(
        before.contains("Skriv 0 til 4 for en stemme, u for ved ikke"),
        "{out}"
    );
    // Nothing before the reveal says a value: no "stemte", no score in words.
    assert!(!before.contains("stemte"), "{before}");
    assert!(!before.contains("fast praksis"), "{before}");
    assert!(!before.contains("Anna 3"), "{before}");
    assert!(
        out.contains("2.1.1: Anna 3, Bo 4, Carl 3. 2 stemte 3, 1 stemte 4; median 3; enige."),
        "{out}"
    );
    assert!(
        out.contains("\n2.1.1: 3, fast praksis. Gemt.\nRunden er slut.\n"),
        "{out}"
    );
    let a = load(&the_file(&f));
    let answer = a.answer("2.1.1").unwrap();
    assert_eq!(answer.score, Some(Score::Level(3)));
    assert_eq!(answer.votes.len(), 3);
    assert_eq!(answer.votes["Bo"], Score::Level(4));
}

#[test]
fn a_divided_round_asks_what_the_team_disagreed_about() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "v\n0\n4\n4\n2\nMetoden bruges forskelligt.\nIkke alle kender den.\n\n",
    );
    assert!(
        out.contains("2 stemte 4, 1 stemte 0; median 4; polariseret."),
        "{out}"
    );
    // The agreement and its note are one step, saved as the note is typed.
    assert!(
        out.contains(
            "2.1.1: 2, delvist omsat.\nStemmerne var delte. Skriv, hvad teamet var uenige om;"
        ),
        "{out}"
    );
    assert!(
        out.contains("Uenigheden om 2.1.1 er skrevet ned. Gemt."),
        "{out}"
    );
    let a = load(&the_file(&f));
    assert_eq!(
        a.answer("2.1.1").unwrap().dissent,
        "Metoden bruges forskelligt.\nIkke alle kender den."
    );
}

#[test]
fn someone_absent_a_vote_taken_back_and_a_round_called_off() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "v\n2\ntilbage\n1\ns\nafbryd\nnej\n3\nvidere\n",
    );
    assert!(
        out.contains("Den sidste stemme er taget tilbage.\nAnna stemmer."),
        "{out}"
    );
    assert!(
        out.contains("Afbryd runden? 1 skjult stemme bliver kasseret. Skriv ja eller nej."),
        "{out}"
    );
    assert!(out.contains("Runden fortsætter.\nCarl stemmer."), "{out}");
    assert!(out.contains("Anna 1, Bo var her ikke, Carl 3."), "{out}");
    assert!(out.contains("Runden er slut."), "{out}");
    // Passed over: the votes are kept, no score is set.
    let a = load(&the_file(&f));
    let answer = a.answer("2.1.1").unwrap();
    assert_eq!(answer.score, None);
    assert_eq!(answer.votes.len(), 2);

    let f = folders();
    let out = talk(&f, new_team(), "v\n2\nafbryd\nja\n");
    assert!(
        out.contains("Runden er afbrudt. Ingen skjulte stemmer er gemt."),
        "{out}"
    );
    assert!(load(&the_file(&f)).answer("2.1.1").is_none());
}

#[test]
fn a_round_without_participants_asks_for_them_and_a_card_round_goes_by_dispute() {
    let f = folders();
    let start = LineStart::New {
        team: "Team B".into(),
        participants: vec![],
        build_on: BuildOn::Fresh,
    };
    // Two voters over the card's five anvisninger: Åse 3 on all, Bo 3 except 2.1.4 (0).
    let votes = "3\n3\n3\n3\n3\n3\n3\n3\n0\n3\n";
    let out = talk(
        &f,
        start,
        &format!("v kort\nÅse, Bo\n{votes}enig\n\nafbryd\n"),
    );
    assert!(out.contains("En stille runde kræver deltagere."), "{out}");
    assert!(
        out.contains("Stille runde om hele kortet, 5 anvisninger med 2 deltagere."),
        "{out}"
    );
    assert!(out.contains("Åse stemmer om 2.1.1."), "{out}");
    assert!(out.contains("Bo stemmer om 2.1.5."), "{out}");
    // The most disputed first.
    assert!(out.contains("2.1.4, 1 af 5: Åse 3, Bo 0."), "{out}");
    assert!(
        out.contains("2.1.4: 0, ikke i gang.\nStemmerne var delte."),
        "{out}"
    );
    assert!(
        out.contains("Ingen note om uenigheden om 2.1.4. Gemt."),
        "{out}"
    );
    assert!(out.contains("\n2.1.1, 2 af 5: Åse 3, Bo 3."), "{out}");
    assert!(out.contains("\nRunden er slut.\n"), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(a.participants, ["Åse", "Bo"]);
    assert_eq!(
        a.answer("2.1.4").and_then(|x| x.score),
        Some(Score::Level(0))
    );
    assert_eq!(a.answer("2.1.1").unwrap().votes.len(), 2);
}

#[test]
fn the_participants_can_change_and_the_next_round_has_them() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "deltagere\n\ndeltagere\nAnna, Bo, Carl, Dorte\nv\n",
    );
    assert!(
        out.contains("Deltagerne nu: Anna, Bo, Carl. Skriv alle deltagerne"),
        "{out}"
    );
    assert!(out.contains("\nUændret.\n"), "{out}");
    assert!(
        out.contains("Deltagerne er nu Anna, Bo, Carl, Dorte. Gemt."),
        "{out}"
    );
    assert!(
        out.contains("Stille runde om 2.1.1 med 4 deltagere."),
        "{out}"
    );
    assert_eq!(load(&the_file(&f)).participants.len(), 4);
}

#[test]
fn a_file_another_refleks_has_open_is_read_not_changed() {
    let f = folders();
    talk(&f, new_team(), "3\n");
    let path = the_file(&f);
    let before = std::fs::read(&path).unwrap();
    let (_, held) =
        Store::load_locked(&path, refleks::store::Links::Follow, &Deck::embedded()).unwrap();
    let _held = held.unwrap();
    let out = talk(&f, LineStart::Open(path.clone()), "1\nn\n");
    assert!(
        out.contains("Du kan læse den, men ikke ændre den."),
        "{out}"
    );
    assert_eq!(
        out.matches("Vurderingen kan kun læses her, så det blev ikke ændret.")
            .count(),
        2,
        "{out}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// The Windows console hands lines over with CR LF, and AltGr characters are plain text.
#[test]
fn windows_lines_and_altgr_characters_are_read_as_typed() {
    let f = folders();
    let out = talk(
        &f,
        new_team(),
        "3\r\nn\r\nPris: 100 € @ {team} [a|b] \\ ~ µ\r\n\r\nnæste\r\n",
    );
    assert!(out.contains("2.1.1: 3, fast praksis. Gemt."), "{out}");
    assert!(out.contains("Noten til 2.1.1 er skrevet. Gemt."), "{out}");
    assert!(out.contains("Anvisning 2.1.2, "), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(
        a.answer("2.1.1").unwrap().note,
        "Pris: 100 € @ {team} [a|b] \\ ~ µ"
    );
}

#[test]
fn nothing_printed_holds_a_control_character() {
    let f = folders();
    let out = talk(&f, new_team(), "a\nNy \u{1b}[2Jting\n\n\nhandlinger\n\n");
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
}

/// The binary with its store and state in the test's folders.
fn binary(f: &Folders) -> assert_cmd::Command {
    let mut cmd = refleks();
    cmd.arg("--store")
        .arg(&f.store)
        .env("REFLEKS_STATE", &f.state);
    cmd
}

#[test]
fn the_flag_and_the_environment_start_the_mode() {
    for (flag, env) in [
        (true, None),
        (false, Some(("ACCESSIBLE", "1"))),
        (false, Some(("REFLEKS_SKAERMLAESER", "1"))),
        (false, Some(("TERM", "dumb"))),
    ] {
        let f = folders();
        let mut cmd = binary(&f);
        if flag {
            cmd.arg("--skaermlaeser");
        }
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        cmd.args(["new", "--team", "A"]).write_stdin("3\n");
        let out = crate::common::cli::stdout(&mut cmd);
        assert!(
            out.contains("Anvisning 2.1.1, anbefaling."),
            "{env:?}: {out}"
        );
        assert!(
            out.contains("2.1.1: 3, fast praksis. Gemt."),
            "{env:?}: {out}"
        );
        assert!(out.ends_with("Farvel. Alt er gemt.\n"), "{env:?}: {out}");
    }
}

#[test]
fn a_whole_workshop_through_the_binary_ends_in_the_file_and_the_minutes() {
    let f = folders();
    let minutes = f.store.parent().unwrap().join("referater");
    std::fs::create_dir_all(&minutes).unwrap();
    let input = format!(
        "3\nn\nVi bruger MI i alle forløb.\n\nnæste\nv\n2\n2\n3\nenig\na\nKursus i MI\nBo\n1/6-2027\neksport {}\nafslut\n",
        minutes.display()
    );
    let mut cmd = binary(&f);
    cmd.args([
        "--skaermlaeser",
        "new",
        "--team",
        "Team A",
        "--participants",
        "Anna,Bo,Carl",
    ])
    .write_stdin(input);
    let out = crate::common::cli::stdout(&mut cmd);
    // The whole transcript, line by line as a screen reader says it; the test's folder and
    // the file's name (which holds today's date) put in words.
    let stem = the_file(&f)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let said = out
        .replace(&minutes.display().to_string(), "[referater]")
        .replace(&stem, "[vurdering]")
        // Windows joins a folder and a name with `\`; the transcript is the same on both.
        .replace("[referater]\\[vurdering]", "[referater]/[vurdering]");
    insta::assert_snapshot!("line_workshop_transcript", said);
    assert!(out.contains("2.1.1: 3, fast praksis. Gemt."), "{out}");
    assert!(out.contains("Noten til 2.1.1 er skrevet. Gemt."), "{out}");
    assert!(out.contains("2.1.2: 2, delvist omsat. Gemt."), "{out}");
    assert!(
        out.contains("Handling tilføjet: 2.1.2: Kursus i MI, Bo, senest 1/6-2027, åben. Gemt."),
        "{out}"
    );
    assert!(out.contains("Referatet er gemt: "), "{out}");
    let a = load(&the_file(&f));
    assert_eq!(
        a.answer("2.1.1").unwrap().note,
        "Vi bruger MI i alle forløb."
    );
    assert_eq!(
        a.answer("2.1.2").and_then(|x| x.score),
        Some(Score::Level(2))
    );
    assert_eq!(a.actions[0].who, "Bo");
    assert_eq!(a.answer("2.1.2").unwrap().votes.len(), 3);
    let md = std::fs::read_to_string(minutes.join("team-a-2026-12-05-referat.md"))
        .or_else(|_| {
            // The test may run past midnight: whichever date the file got.
            let name = the_file(&f)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .to_string();
            std::fs::read_to_string(minutes.join(format!("{name}-referat.md")))
        })
        .unwrap();
    assert!(md.contains("Kursus i MI"), "{md}");
    assert!(md.contains("Vi bruger MI i alle forløb."), "{md}");
}

/// Through a pseudo-terminal (`script`), as a screen reader's user has it: no alternate
/// screen, no cursor positioning, no box drawing; started by the flag and by `ACCESSIBLE=1`
/// alike, in a terminal that could draw (`TERM=xterm-256color`).
#[cfg(target_os = "linux")]
#[test]
fn in_a_terminal_only_plain_lines_come_out() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("script is not installed; skipped");
        return;
    }
    for accessible in [false, true] {
        let f = folders();
        let bin = assert_cmd::cargo::cargo_bin("refleks");
        let flag = if accessible { "" } else { " --skaermlaeser" };
        let command = format!(
            "{}{flag} new --team A --store {}",
            bin.display(),
            f.store.display()
        );
        let mut script = std::process::Command::new("script");
        script
            .args(["-qec", &command, "/dev/null"])
            .env("REFLEKS_STATE", &f.state)
            .env("TERM", "xterm-256color")
            .env_remove("ACCESSIBLE")
            .env_remove("REFLEKS_SKAERMLAESER");
        if accessible {
            script.env("ACCESSIBLE", "1");
        }
        let out = script
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                let mut stdin = child.stdin.take().unwrap();
                stdin.write_all(b"3\nafslut\n")?;
                drop(stdin);
                child.wait_with_output()
            })
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Anvisning 2.1.1, anbefaling."), "{text}");
        assert!(text.contains("2.1.1: 3, fast praksis. Gemt."), "{text}");
        assert!(
            !text.contains("\u{1b}[?1049h"),
            "alternate screen: {text:?}"
        );
        assert!(!text.contains('\u{1b}'), "an escape sequence: {text:?}");
        assert!(
            !text.chars().any(|c| ('\u{2500}'..='\u{259f}').contains(&c)),
            "box drawing: {text}"
        );
        let a = load(&the_file(&f));
        assert_eq!(
            a.answer("2.1.1").and_then(|x| x.score),
            Some(Score::Level(3)),
            "ACCESSIBLE={accessible}"
        );
    }
}

/// The drill in the line mode: each question one line, the answer typed, how well it was
/// known as a number; every answer in `øvelser.toml` at once, through the study core.
#[test]
fn the_drill_asks_a_line_at_a_time_and_records_each_answer() {
    let f = folders();
    let out = talk(
        &f,
        LineStart::Drill {
            card: Some("3.4".into()),
        },
        "l\n\n\n3\nx\n\n1\n2\n\nstop\nafslut\n",
    );
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[1].starts_with("Øvelse: 10 spørgsmål i dag om kort 3.4."),
        "{out}"
    );
    // The duty is asked without the word that gives it away; the choices are said.
    assert!(
        lines[2].starts_with(
            "Spørgsmål 1 af 10. Lovkrav eller anbefaling? Kort 3.4 Behandlingsgarantien. \
             3.4.1: Behandlingen … iværksættes"
        ),
        "{out}"
    );
    assert!(
        lines[2].ends_with("Skriv l for lovkrav (skal) eller a for anbefaling (bør/kan)."),
        "{out}"
    );
    assert_eq!(lines[3], "Rigtigt.");
    assert!(lines[4].starts_with("Svar: "), "{out}");
    assert!(lines[5].ends_with("Enter giver godt."), "{out}");
    // Enter: godt; the answer is saved on the line that says it.
    assert_eq!(
        lines[6],
        "Godt. Spørgsmålet kommer igen den 8/12-2026. Gemt."
    );
    // A scenario: Enter hears the answer; 3 rates it.
    assert!(
        lines[7].starts_with("Spørgsmål 2 af 10. Scenarie."),
        "{out}"
    );
    assert!(lines[7].ends_with("tryk Enter for at høre det."), "{out}");
    assert!(out.contains("Bygger på: 3.4.1, lovkrav: "), "{out}");
    // A letter where no choice is asked: what to type instead.
    assert!(out.contains("Skriv 1 igen, 2 svært, 3 godt eller 4 let; Enter giver godt.\nGodt."));
    assert!(
        out.contains("Igen. Spørgsmålet kommer igen i morgen. Gemt."),
        "{out}"
    );
    // A wrong choice: the right one said, Enter gives igen.
    assert!(
        out.contains("Ikke rigtigt; det rigtige svar er 1, 3.4 Behandlingsgarantien."),
        "{out}"
    );
    assert!(out.contains("Enter giver igen."), "{out}");
    assert!(
        out.contains("Øvelsen er stoppet.\nDu har øvet 4 spørgsmål i dag; 2 af dem var rigtige."),
        "{out}"
    );
    // Back on the menu, which counts what is left today: 10 new a day, 4 begun, 2 due again.
    assert!(
        out.contains("Menu: 1 Ny vurdering. Skriv et tal, eller øv for at øve dig i retningslinjerne (6 spørgsmål i dag)."),
        "{out}"
    );
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
    // The same file the TUI's drill writes, read by the study core.
    let progress = refleks::study::read(&f.store).unwrap();
    let mut ids: Vec<&str> = progress.items.keys().map(String::as_str).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "frist/3.4.1/1",
            "lovkrav/3.4.1",
            "retningslinje/3.4.3",
            "scenarie/3.4/1"
        ]
    );
    assert_eq!(progress.items["lovkrav/3.4.1"].due, "2026-12-08");
    assert_eq!(progress.items["frist/3.4.1/1"].due, "2026-12-06");
    assert_eq!(progress.items["retningslinje/3.4.3"].right, 0);
}

#[test]
fn the_drill_starts_from_the_home_menu_and_an_unknown_card_is_said() {
    let f = folders();
    let out = talk(&f, LineStart::Home, "øv 9.9\nhjælp\nøv\nstop\nafslut\n");
    assert!(
        out.contains("Menu: 1 Ny vurdering. Skriv et tal, eller øv for at øve dig i retningslinjerne (10 spørgsmål i dag)."),
        "{out}"
    );
    assert!(
        out.contains(
            "Der er intet kort med nummeret 9.9; skriv fx øv 3.4, eller øv for alle kort."
        ),
        "{out}"
    );
    assert!(out.contains("øv øver dig i retningslinjerne"), "{out}");
    assert!(out.contains("Øvelse: 10 spørgsmål i dag."), "{out}");
    assert!(
        out.contains("Spørgsmål 1 af 10. Lovkrav eller anbefaling? Kort 2.1"),
        "{out}"
    );
    assert!(out.ends_with("Farvel. Alt er gemt.\n"), "{out}");
}

/// Issue 22's check in the line mode: five answers through the binary leave `øvelser.toml`
/// with the drilled ids and their due dates, and `refleks list` does not call it unreadable.
#[test]
fn five_answers_through_the_binary_and_list_leaves_the_progress_alone() {
    let f = folders();
    let mut cmd = binary(&f);
    cmd.args(["--skaermlaeser", "øv"])
        .write_stdin("l\n\n\n3\n\n3\n1\n3\nl\n\nafslut\n");
    let out = crate::common::cli::stdout(&mut cmd);
    assert_eq!(out.matches(" Gemt.").count(), 5, "{out}");
    let progress = refleks::study::read(&f.store).unwrap();
    assert_eq!(progress.items.len(), 5, "{out}");
    assert!(progress.items.values().all(|e| e.due_date().is_some()));
    let mut list = binary(&f);
    list.arg("list");
    let listed = crate::common::cli::stdout(&mut list);
    assert!(!listed.contains("kunne ikke"), "{listed}");
    assert!(!listed.contains("øvelser"), "{listed}");
}

/// An `øvelser.toml` that cannot be read is said in one sentence, the drill does not begin,
/// and the file is left alone.
#[test]
fn an_unreadable_progress_file_stops_the_drill_with_a_sentence() {
    let f = folders();
    std::fs::create_dir_all(&f.store).unwrap();
    let file = f.store.join("øvelser.toml");
    std::fs::write(&file, "format = 1\n[items.\"x\"\ndue = \n").unwrap();
    let before = std::fs::read(&file).unwrap();
    let out = talk(&f, LineStart::Home, "øv\nafslut\n");
    let said = out
        .lines()
        .find(|l| l.starts_with("Øvelsen kan ikke begynde: "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(said.contains("øvelser.toml"), "{said}");
    assert!(!out.contains("Spørgsmål 1"), "{out}");
    assert!(out.ends_with("Farvel. Alt er gemt.\n"), "{out}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// `øv` on an anvisning puts the assessment away (saved, let go) and begins the drill; after
/// it, the menu offers the assessment again.
#[test]
fn the_drill_from_an_anvisning_puts_the_assessment_away_first() {
    let f = folders();
    let out = talk(&f, new_team(), "3\nøv 9.9\nøv 3.4\nstop\n2\nafslut\n");
    assert!(out.contains("2.1.1: 3, fast praksis. Gemt."), "{out}");
    assert!(out.contains("Der er intet kort med nummeret 9.9"), "{out}");
    assert!(
        out.contains("Øvelse: 10 spørgsmål i dag om kort 3.4."),
        "{out}"
    );
    assert!(out.contains("Øvelsen er stoppet."), "{out}");
    assert!(
        out.contains("Menu: 1 Ny vurdering, 2 Fortsæt Team A"),
        "{out}"
    );
    assert!(out.contains("Team A er åben, 1 af"), "{out}");
    assert_eq!(
        load(&the_file(&f)).answer("2.1.1").and_then(|x| x.score),
        Some(Score::Level(3))
    );
}
