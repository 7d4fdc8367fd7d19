//! Every screen drawn on ratatui's TestBackend and pinned as a snapshot. Read each snapshot by
//! eye before accepting it: this is what a team sees.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Msg, SavedEntry, update};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-11-23")
}

/// An assessment in progress on card 3.4: some scores, a note, a focus area, an answer.
fn working() -> App {
    let mut app = app();
    app.start_assessment("Team Nord", vec!["Anna".into(), "Bo".into()], vec![]);
    press(&mut app, "]]]]]]]]]]]"); // to 3.4
    press(&mut app, "3j");
    press(&mut app, "1f");
    key(&mut app, KeyCode::Char('n'));
    update(
        &mut app,
        Msg::Paste("Vi når det ikke altid inden for 14 dage.\nVentelisten i uge 30.".into()),
    );
    key(&mut app, KeyCode::Esc);
    app
}

fn saved(team: &str, created: &str, progress: Option<(usize, usize)>) -> SavedEntry {
    SavedEntry {
        path: format!("/tmp/{team}.toml").into(),
        team: team.into(),
        created: created.into(),
        updated: created.into(),
        progress,
        unknown: 0,
        problem: progress
            .is_none()
            .then(|| "linje 3: ugyldig TOML".to_string()),
        place: None,
    }
}

#[test]
fn home_80x24() {
    let mut app = app();
    let mut nord = saved("Team Nord", "2026-11-23", Some((31, 134)));
    nord.place = Some("3.7".into());
    update(
        &mut app,
        Msg::Listed(vec![
            nord,
            saved("Team Syd – Ærø", "2025-11-20", Some((134, 134))),
            saved("ødelagt", "", None),
        ]),
    );
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn a_long_team_name_never_runs_into_its_count_80x24() {
    let mut app = app();
    let team = "Socialpsykiatrisk rusmiddelteam Vesterbro-Kongens Enghave-Valby";
    update(
        &mut app,
        Msg::Listed(vec![saved(team, "2026-11-22", Some((55, 72)))]),
    );
    let screen = render(&mut app, 80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains("55/72"))
        .expect("the saved row");
    assert!(row.contains(" 55/72 vurderet"), "{row}");
}

#[test]
fn home_empty_store_200x60() {
    insta::assert_snapshot!(render(&mut app(), 200, 60));
}

#[test]
fn new_form_80x24() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    press(&mut app, "Team Nord");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "Anna, Bo, Åse");
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn new_form_picking_cards_80x24() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    press(&mut app, "Team Nord");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    press(&mut app, "jjj");
    key(&mut app, KeyCode::Tab);
    press(&mut app, " jj ");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_screen_first_card_80x24() {
    let mut app = app();
    app.start_assessment("Team Nord", vec![], vec![]);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_screen_in_progress_80x24() {
    insta::assert_snapshot!(render(&mut working(), 80, 24));
}

#[test]
fn card_screen_in_progress_100x30() {
    insta::assert_snapshot!(render(&mut working(), 100, 30));
}

#[test]
fn card_screen_in_progress_200x60() {
    insta::assert_snapshot!(render(&mut working(), 200, 60));
}

#[test]
fn card_screen_questions_pane_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Paste("Vi skriver datoen i journalen, men ikke ved telefonopkald.".into()),
    );
    key(&mut app, KeyCode::Esc);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_screen_40x12() {
    insta::assert_snapshot!(render(&mut working(), 40, 12));
}

#[test]
fn browse_80x24() {
    let mut app = app();
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn note_editor_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::Char('n'));
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn not_relevant_reason_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('x'));
    press(&mut app, "Vi har ingen borgere under 18.");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn help_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn search_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::Char('/'));
    press(&mut app, "frit valg");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn summary_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::Char('s'));
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn message_80x24() {
    let mut app = app();
    update(
        &mut app,
        Msg::OpenFailed {
            title: "Kan ikke åbne".into(),
            body: "fejl: ugyldig TOML\n --> team.toml:3:7\n = hjælp: ret filen".into(),
        },
    );
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn tiny_window_24x6() {
    insta::assert_snapshot!(render(&mut working(), 24, 6));
}

#[test]
fn every_size_draws_without_panic() {
    let mut app = working();
    for (w, h) in [
        (1, 1),
        (10, 3),
        (24, 6),
        (30, 8),
        (31, 9),
        (45, 13),
        (60, 15),
        (79, 23),
        (120, 40),
    ] {
        render(&mut app, w, h);
        key(&mut app, KeyCode::Tab);
        render(&mut app, w, h);
    }
}

#[test]
fn action_form_80x24() {
    let mut app = working();
    key(&mut app, KeyCode::Char('a'));
    press(&mut app, "Ring til borgeren dagen efter visitationen");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "Søren");
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn summary_with_actions_100x40() {
    let mut app = working();
    key(&mut app, KeyCode::Char('a'));
    press(&mut app, "Ring til borgeren dagen efter visitationen");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "Søren");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "1-3-2027");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('k'));
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('s'));
    insta::assert_snapshot!(render(&mut app, 100, 40));
}

fn compared() -> App {
    compared_teams("Team Nord", "Team Nord")
}

fn compared_teams(first: &str, second: &str) -> App {
    use refleks::assessment::{Assessment, NonScore, Score};
    let deck = Deck::embedded();
    let mut before = Assessment::new(&deck, first, vec![], vec![], "2025-11-18");
    let mut after = Assessment::new(&deck, second, vec![], vec![], "2026-11-17");
    for (id, b, a) in [
        ("2.1.1", 1, 3),
        ("2.1.2", 2, 2),
        ("3.4.1", 3, 2),
        ("3.4.3", 1, 1),
    ] {
        before.answer_mut(id).score = Some(Score::Level(b));
        after.answer_mut(id).score = Some(Score::Level(a));
    }
    after.answer_mut("2.1.3").score = Some(Score::Other(NonScore::Unknown));
    before.answer_mut("2.1.1").note = "Kun enkelte bruger MI.".into();
    after.answer_mut("2.1.1").note = "Alle er nu uddannet i MI; vi følger op på møderne.".into();
    before.answer_mut("9.9.9").score = Some(Score::Level(2));
    let items = vec![
        (format!("{first} 2025-11-18"), &before),
        (format!("{second} 2026-11-17"), &after),
    ];
    let comparison = refleks::compare::compare(&items, &deck);
    let mut app = app();
    update(&mut app, Msg::Compared(Box::new(comparison)));
    app
}

#[test]
fn compare_guidelines_80x24() {
    insta::assert_snapshot!(render(&mut compared(), 80, 24));
}

#[test]
fn compare_anvisninger_with_notes_120x40() {
    let mut app = compared();
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 120, 40));
}

#[test]
fn compare_movements_80x24() {
    let mut app = compared();
    key(&mut app, KeyCode::BackTab);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn compare_of_two_teams_has_no_change_80x24() {
    let mut app = compared_teams("Team Nord", "Team Syd");
    let guidelines = render(&mut app, 80, 24);
    assert!(!guidelines.contains("Ændring"));
    let row = guidelines
        .lines()
        .find(|l| l.contains("2.1 "))
        .expect("2.1 row");
    assert!(!row.contains('↑') && !row.contains('→'), "{row}");
    insta::assert_snapshot!(guidelines);
    key(&mut app, KeyCode::BackTab);
    let movements = render(&mut app, 80, 24);
    assert!(!movements.contains("Steget") && !movements.contains("Faldet"));
    insta::assert_snapshot!("compare_of_two_teams_has_no_change_80x24_lists", movements);
}

#[test]
fn read_only_card_screen_80x24() {
    use refleks::assessment::Assessment;
    let deck = Deck::embedded();
    let saved = Assessment::new(&deck, "Team Syd", vec![], vec!["3.4".into()], "2026-10-02");
    let mut app = app();
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(saved),
            path: "/tmp/team-syd.toml".into(),
            read_only: Some(
                "team-syd.toml er allerede åben i en anden refleks (proces 4242).".into(),
            ),
        },
    );
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("KUN LÆSNING"), "{screen}");
    assert!(
        !screen.lines().last().unwrap().contains("vurdér"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

/// The overview of the example assessments: Team Nord (its newest, 2026) and Team Syd.
fn on_examples_overview() -> App {
    let deck = Deck::embedded();
    let overview = refleks::aggregate::gather(&["assessments".into()], &deck, false);
    let mut app = app();
    update(
        &mut app,
        Msg::OverviewRead {
            overview: Box::new(overview),
            folder: "assessments".into(),
        },
    );
    app
}

/// `n` teams in memory, each with level i % 5 on the first card's anvisninger.
fn on_many_teams(n: usize) -> App {
    use refleks::aggregate::{DeckIndex, Digest, Fold};
    use refleks::assessment::{Assessment, Score};
    let deck = Deck::embedded();
    let index = DeckIndex::new(&deck);
    let mut fold = Fold::new(false);
    for i in 0..n {
        let team = format!("Team {i:02}");
        let mut a = Assessment::new(&deck, &team, vec![], vec![], "2026-01-01");
        for g in &deck.guidelines {
            for (k, x) in g.anvisninger.iter().enumerate() {
                a.answer_mut(&x.id).score = Some(Score::Level(((i + k) % 5) as u8));
            }
        }
        fold.add(Digest::new(
            &a,
            &index,
            format!("{team}.toml"),
            "kommune".into(),
        ));
    }
    let mut app = app();
    update(
        &mut app,
        Msg::OverviewRead {
            overview: Box::new(fold.finish(&deck, &index)),
            folder: "kommuner".into(),
        },
    );
    app
}

#[test]
fn overview_of_the_examples_80x24_and_100x30() {
    let mut app = on_examples_overview();
    insta::assert_snapshot!("overview_80x24", render(&mut app, 80, 24));
    insta::assert_snapshot!("overview_100x30", render(&mut app, 100, 30));
}

/// Issue 18: files the overview could not read are said at once, before the numbers.
#[test]
fn overview_with_an_unreadable_file_says_so_at_once_80x24() {
    let deck = Deck::embedded();
    let mut overview = refleks::aggregate::gather(&["assessments".into()], &deck, false);
    overview.unreadable.push(refleks::store::tree::Passed {
        file: "kommuner/odense/ødelagt.toml".into(),
        reason: "linje 2, kolonne 10: TOML-syntaksfejl: teksten mangler sit afsluttende \
                 anførselstegn (\")"
            .into(),
    });
    let mut app = app();
    update(
        &mut app,
        Msg::OverviewRead {
            overview: Box::new(overview),
            folder: "kommuner".into(),
        },
    );
    let out = render(&mut app, 80, 24);
    insta::assert_snapshot!(out);
    assert!(out.contains("ødelagt.toml"), "{out}");
    assert!(out.contains("1 fil kan ikke læses"), "{out}");
}

/// Issue 18: "Team Nord" in two municipalities; at 100 columns each row says which.
#[test]
fn overview_rows_say_their_place_at_100_columns() {
    use refleks::aggregate::{DeckIndex, Digest, Fold};
    use refleks::assessment::Assessment;
    let deck = Deck::embedded();
    let index = DeckIndex::new(&deck);
    let mut fold = Fold::new(false);
    for (team, place) in [
        ("Team Nord", "kommuner/aalborg"),
        ("Team Nord", "kommuner/aarhus"),
        ("Team Syd Vest Østjylland", "kommuner/aarhus"),
    ] {
        let a = Assessment::new(&deck, team, vec![], vec![], "2026-01-01");
        fold.add(Digest::new(
            &a,
            &index,
            format!("{place}/x.toml"),
            place.into(),
        ));
    }
    let mut app = app();
    update(
        &mut app,
        Msg::OverviewRead {
            overview: Box::new(fold.finish(&deck, &index)),
            folder: "kommuner".into(),
        },
    );
    let out = render(&mut app, 100, 30);
    insta::assert_snapshot!(out);
    assert!(out.contains("Team Nord · aalborg"), "{out}");
    assert!(out.contains("Team Nord · aarhus"), "{out}");
    assert!(
        out.contains(" · aarhus"),
        "a long name is cut before its place:\n{out}"
    );
}

#[test]
fn overview_drilled_into_3_4_100x30() {
    let mut app = on_examples_overview();
    for _ in 0..11 {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 100, 30));
}

#[test]
fn overview_requirements_only_sorted_80x24() {
    let mut app = on_examples_overview();
    press(&mut app, "r");
    key(&mut app, KeyCode::Right);
    press(&mut app, "s");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn overview_of_many_teams_scrolled_to_the_end_80x24() {
    let mut app = on_many_teams(40);
    for _ in 0..10 {
        key(&mut app, KeyCode::PageDown);
    }
    for _ in 0..30 {
        key(&mut app, KeyCode::Right);
    }
    let out = render(&mut app, 80, 24);
    assert!(
        out.contains("▶ Team 39"),
        "the last team is shown and selected:\n{out}"
    );
    assert!(
        out.contains(".12") || out.contains("3.12"),
        "the last column is shown:\n{out}"
    );
    insta::assert_snapshot!(out);
}

#[test]
fn folder_prompt_80x24() {
    let mut app = app();
    press(&mut app, "o");
    insta::assert_snapshot!("folder_prompt_empty_80x24", render(&mut app, 80, 24));
    press(&mut app, "kommuner/aarhus");
    insta::assert_snapshot!("folder_prompt_typed_80x24", render(&mut app, 80, 24));
}

#[test]
fn home_while_the_store_is_read_80x24() {
    let mut app = app();
    update(&mut app, Msg::ListStarted { total: 10_000 });
    update(
        &mut app,
        Msg::ListBatch(vec![saved("Team Nord", "2026-11-17", Some((31, 134)))]),
    );
    let out = render(&mut app, 80, 24);
    assert!(
        out.contains("Læser gemte vurderinger … 1 af 10000"),
        "{out}"
    );
    insta::assert_snapshot!(out);
}

/// Quit after a failed save: the app stays and says why, all of it, at the smallest size.
#[test]
fn quit_blocked_message_80x24() {
    let mut app = app();
    app.start_assessment("Team Nord", vec![], vec!["2.1".into()]);
    update(
        &mut app,
        Msg::Saved("/tmp/team-nord-2026-11-23.toml".into()),
    );
    update(
        &mut app,
        // What the runner sends: the reason and what to do, not the path.
        Msg::SaveFailed(
            refleks::store::StoreError::save(
                std::path::Path::new("/home/bruger/.local/share/refleks/team-nord-2026-11-23.toml"),
                &std::io::Error::new(
                    std::io::ErrorKind::StorageFull,
                    "No space left on device (os error 28)",
                ),
            )
            .status_line(),
        ),
    );
    press(&mut app, "q");
    update(&mut app, Msg::QuitBlocked);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("lukker."), "the end is shown:\n{screen}");
    insta::assert_snapshot!(screen);
}

/// Issue 18: `p` shows the selected team's principles as bars, with all teams beside; `o` goes
/// round the orders of the rows.
#[test]
fn overview_principles_as_bars_80x24_and_100x30() {
    let mut app = on_examples_overview();
    press(&mut app, "p");
    let out = render(&mut app, 80, 24);
    assert!(out.contains("principper · Team Nord"), "{out}");
    assert!(out.contains("alle"), "{out}");
    insta::assert_snapshot!("overview_principles_80x24", out);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!("overview_principles_100x30", render(&mut app, 100, 30));
    key(&mut app, KeyCode::Esc);
    let out = render(&mut app, 80, 24);
    assert!(
        out.contains("gennemsnit pr. retningslinje"),
        "Esc: the table again\n{out}"
    );
}

#[test]
fn overview_of_many_teams_by_mean_80x24() {
    let mut app = on_many_teams(12);
    press(&mut app, "oo");
    let out = render(&mut app, 80, 24);
    assert!(
        out.contains("sorteret efter gennemsnit, lavest først"),
        "{out}"
    );
    insta::assert_snapshot!(out);
}
