//! Snapshots of what issue 9 added: the action list, its questions, the card picker, the home
//! rows and the export prompt. Read each by eye before accepting it.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Msg, SavedEntry, update};
use refleks::deck::Deck;

fn app() -> App {
    App::new(Deck::embedded(), "2026-12-01")
}

/// Team Øst on 2.1 and 3.4, with three actions on 3.4.1: one open with a date the app did not
/// understand, one under way, one done.
fn with_actions() -> App {
    let mut app = app();
    app.start_assessment("Team Øst", vec![], vec!["2.1".into(), "3.4".into()]);
    press(&mut app, "]");
    for (what, who, due) in [
        ("Tjek ventelisten hver mandag", "Ceylan", "1/3"),
        ("Fast skema for de første samtaler", "Bo", "2027-02-01"),
        ("Dato i journalen ved første kontakt", "", ""),
    ] {
        key(&mut app, KeyCode::Char('a'));
        press(&mut app, what);
        key(&mut app, KeyCode::Tab);
        press(&mut app, who);
        key(&mut app, KeyCode::Tab);
        press(&mut app, due);
        key(&mut app, KeyCode::Esc);
    }
    key(&mut app, KeyCode::Char('A'));
    key(&mut app, KeyCode::Down);
    press(&mut app, " ");
    key(&mut app, KeyCode::Down);
    press(&mut app, "  ");
    app
}

#[test]
fn action_list_80x24() {
    let mut app = with_actions();
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn action_list_empty_80x24() {
    let mut app = app();
    app.start_assessment("Team Øst", vec![], vec![]);
    key(&mut app, KeyCode::Char('A'));
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn all_actions_from_the_overview_80x24() {
    let mut app = with_actions();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "[");
    key(&mut app, KeyCode::Char('a'));
    press(&mut app, "Noget på 2.1.1");
    key(&mut app, KeyCode::Esc);
    press(&mut app, "sA");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn delete_action_asks_80x24() {
    let mut app = with_actions();
    press(&mut app, "d");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn action_form_from_the_list_80x24() {
    let mut app = with_actions();
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_picker_80x24() {
    let mut app = with_actions();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "3+");
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn card_picker_scrolled_to_the_end_80x24() {
    let mut app = with_actions();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "+");
    for _ in 0..40 {
        key(&mut app, KeyCode::Down);
    }
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn remove_card_asks_80x24() {
    let mut app = with_actions();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "+ ");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

fn entry(name: &str, team: &str, created: &str, updated: &str, unknown: usize) -> SavedEntry {
    SavedEntry {
        path: format!("/tmp/editing-store/{name}.toml").into(),
        team: team.into(),
        created: created.into(),
        updated: updated.into(),
        progress: Some((12, 72)),
        unknown,
        problem: None,
        place: None,
    }
}

#[test]
fn home_two_alike_80x24() {
    let mut app = app();
    update(
        &mut app,
        Msg::Listed(vec![
            entry(
                "team-oest-2026-12-01-2",
                "Team Øst",
                "2026-12-01",
                "2026-12-03",
                3,
            ),
            entry(
                "team-oest-2026-12-01",
                "Team Øst",
                "2026-12-01",
                "2026-12-01",
                0,
            ),
            entry(
                "team-nord-2026-11-17",
                "Team Nord",
                "2026-11-17",
                "2026-11-20",
                1,
            ),
        ]),
    );
    // Past the menu (Fortsæt, new, browse, practice, overview of teams, help) to the first saved assessment.
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

/// Issue 19: a conflict copy and its original look alike on home; the row says which is the
/// copy, its file's name cut in the middle so the "-kopi" end stays.
#[test]
fn home_tells_the_copy_from_its_original_at_80x24() {
    let mut app = app();
    let stem = "rusmiddelcenter-nordvestjylland-ambulant-2026-12-04";
    let team = "Rusmiddelcenter Nordvestjylland, ambulant";
    update(
        &mut app,
        Msg::Listed(vec![
            entry(&format!("{stem}-kopi"), team, "2026-12-04", "2026-12-04", 0),
            entry(stem, team, "2026-12-04", "2026-12-04", 0),
        ]),
    );
    let shown = render(&mut app, 80, 24);
    let rows: Vec<&str> = shown
        .lines()
        .filter(|l| l.contains("senest ændret"))
        .collect();
    assert_eq!(rows.len(), 2, "{shown}");
    assert!(rows[0].contains("-2026-12-04-kopi.toml"), "{shown}");
    assert!(rows[1].contains("-2026-12-04.toml"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn home_delete_asks_80x24() {
    let mut app = app();
    update(
        &mut app,
        Msg::Listed(vec![entry(
            "team-oest-2026-12-01",
            "Team Øst",
            "2026-12-01",
            "2026-12-03",
            0,
        )]),
    );
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    press(&mut app, "d");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn team_form_80x24() {
    let mut app = app();
    update(
        &mut app,
        Msg::Listed(vec![entry(
            "team-oest-2026-12-01",
            "Team Øst",
            "2026-12-01",
            "2026-12-03",
            0,
        )]),
    );
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    press(&mut app, "t");
    let a = refleks::assessment::Assessment::new(
        &app.deck,
        "Team Øst",
        vec!["Åse".into(), "Bo".into()],
        vec![],
        "2026-12-01",
    );
    update(
        &mut app,
        Msg::Opened {
            assessment: Box::new(a),
            path: "/tmp/editing-store/team-oest-2026-12-01.toml".into(),
            read_only: None,
        },
    );
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn export_form_80x24() {
    let mut app = app();
    app.store_dir = Some("/home/anne/.local/share/refleks".into());
    app.start_assessment("Team Øst", vec![], vec![]);
    press(&mut app, "e");
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn exported_message_80x24() {
    let mut app = app();
    app.start_assessment("Team Øst", vec![], vec![]);
    update(
        &mut app,
        Msg::Exported(vec![
            "/home/anne/.local/share/refleks/team-oest-2026-12-01-referat-2.md".into(),
            "/home/anne/.local/share/refleks/team-oest-2026-12-01-referat-2.html".into(),
        ]),
    );
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn not_relevant_is_written_out_80x24() {
    let mut app = app();
    app.start_assessment("Team Øst", vec![], vec!["2.1".into()]);
    press(&mut app, "x");
    press(&mut app, "Ingen unge i tilbuddet");
    key(&mut app, KeyCode::Esc);
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn action_list_scrolled_to_the_end_80x24() {
    let mut app = app();
    app.start_assessment("Team Øst", vec![], vec!["3.4".into()]);
    for i in 1..=25 {
        key(&mut app, KeyCode::Char('a'));
        press(&mut app, &format!("Handling nummer {i}"));
        key(&mut app, KeyCode::Esc);
    }
    key(&mut app, KeyCode::Char('A'));
    for _ in 0..30 {
        key(&mut app, KeyCode::Down);
    }
    insta::assert_snapshot!(render(&mut app, 80, 24));
}
