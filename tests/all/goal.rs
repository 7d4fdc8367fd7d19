//! The goal for next time (`m`) and the basis of a score (`b`) on an anvisning: a small choice
//! list, one undo step per choice, Esc changes nothing, the read-only gate holds. Key scripts
//! through `update`, and the list on screen at 80×24.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Context, Effect, Overlay};
use refleks::assessment::{Answer, Basis};
use refleks::deck::Deck;
use refleks::report::ReportFormat;

fn assessing() -> App {
    let mut app = App::new(Deck::embedded(), "2026-11-23");
    app.start_assessment("Team Nord", vec![], vec!["2.1".into()]);
    app
}

fn answer(app: &App, id: &str) -> Answer {
    let session = app.session.as_ref().unwrap();
    session.assessment.answer(id).cloned().unwrap_or_default()
}

#[test]
fn m_and_a_level_set_the_goal_as_one_undo_step() {
    let mut app = assessing();
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.1.1"));
    press(&mut app, "2");
    press(&mut app, "m");
    assert!(matches!(app.overlay(), Some(Overlay::Choice(_))));
    assert_eq!(app.context(), Context::Choice);
    // The list opens one above the score: Enter takes 3.
    let effects = key(&mut app, KeyCode::Enter);
    assert!(app.overlay().is_none());
    assert!(effects.contains(&Effect::Save), "{effects:?}");
    assert_eq!(answer(&app, "2.1.1").goal, Some(3));
    // A digit sets it directly; the same value again changes nothing.
    press(&mut app, "m4");
    assert_eq!(answer(&app, "2.1.1").goal, Some(4));
    assert_eq!(press(&mut app, "m4"), []);
    // One undo step per choice: z takes 4 back to 3, then 3 back to none; the score stays.
    press(&mut app, "z");
    assert_eq!(answer(&app, "2.1.1").goal, Some(3));
    press(&mut app, "z");
    assert_eq!(answer(&app, "2.1.1").goal, None);
    assert_eq!(answer(&app, "2.1.1").score.and_then(|s| s.level()), Some(2));
}

#[test]
fn b_chooses_the_basis_and_backspace_takes_it_away() {
    let mut app = assessing();
    press(&mut app, "b");
    assert_eq!(app.context(), Context::Choice);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(answer(&app, "2.1.1").basis, Some(Basis::Practice));
    press(&mut app, "b3");
    assert_eq!(answer(&app, "2.1.1").basis, Some(Basis::Assumption));
    press(&mut app, "b");
    key(&mut app, KeyCode::Backspace);
    assert_eq!(answer(&app, "2.1.1").basis, None);
    // Nothing left: the answer is gone from the file.
    assert!(
        app.session
            .as_ref()
            .unwrap()
            .assessment
            .answer("2.1.1")
            .is_none()
            || {
                let mut a = app.session.as_ref().unwrap().assessment.clone();
                a.prune();
                a.answer("2.1.1").is_none()
            }
    );
}

#[test]
fn esc_closes_the_list_without_a_change_and_a_list_takes_no_score() {
    let mut app = assessing();
    press(&mut app, "mj");
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert!(app.overlay().is_none());
    assert_eq!(answer(&app, "2.1.1"), Answer::default());
    // In the basis list, 4 and 9 are no place in the list: it stays open, nothing scored.
    press(&mut app, "b49");
    assert_eq!(app.context(), Context::Choice);
    assert_eq!(answer(&app, "2.1.1"), Answer::default());
}

#[test]
fn a_read_only_assessment_opens_no_list() {
    let mut app = assessing();
    app.session.as_mut().unwrap().read_only = true;
    assert_eq!(press(&mut app, "m3b1"), []);
    assert!(app.overlay().is_none());
    assert_eq!(answer(&app, "2.1.1"), Answer::default());
}

#[test]
fn the_keys_are_in_the_help() {
    let help = refleks::app::bindings()
        .filter(|b| b.contexts.contains(&Context::Anvisninger))
        .map(|b| format!("{} {}", b.label, b.help))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(help.contains("m mål til næste gang"), "{help}");
    assert!(help.contains("b hvordan ved du det?"), "{help}");
}

#[test]
fn the_lists_on_screen() {
    let mut app = assessing();
    press(&mut app, "2m");
    insta::assert_snapshot!("goal_list", render(&mut app, 80, 24));
    key(&mut app, KeyCode::Esc);
    press(&mut app, "b");
    insta::assert_snapshot!("basis_list", render(&mut app, 80, 24));
}

#[test]
fn the_goal_and_the_basis_show_beside_the_score_and_in_the_minutes() {
    let mut app = assessing();
    press(&mut app, "3m4b1");
    let screen = render(&mut app, 100, 30);
    assert!(
        screen.contains("Mål: 4 · Grundlag: dokumenteret"),
        "{screen}"
    );
    let a = &app.session.as_ref().unwrap().assessment;
    let deck = Deck::embedded();
    let md = refleks::report::report(a, &deck, ReportFormat::Md);
    assert!(md.contains("Mål: 4 · Grundlag: dokumenteret"), "{md}");
    let html = refleks::report::report(a, &deck, ReportFormat::Html);
    assert!(html.contains("Mål: 4 · Grundlag: dokumenteret"), "{html}");
    let json: serde_json::Value =
        serde_json::from_str(&refleks::report::report(a, &deck, ReportFormat::Json)).unwrap();
    let answers = json.to_string();
    assert!(answers.contains("\"goal\":4"), "{answers}");
    assert!(answers.contains("\"basis\":\"documented\""), "{answers}");
}

/// Last year's file: 2.1.1 at 1 with a goal of 3 and an action; 2.1.2 at 2 with an action.
fn last_year(deck: &Deck) -> refleks::assessment::Assessment {
    use refleks::assessment::{Action, Assessment, Score};
    let mut a = Assessment::new(deck, "Team Nord", vec![], vec!["2.1".into()], "2025-11-18");
    let x = a.answer_mut("2.1.1");
    x.score = Some(Score::Level(1));
    x.goal = Some(3);
    a.answer_mut("2.1.2").score = Some(Score::Level(2));
    for (id, what) in [("2.1.1", "MI-kursus for alle"), ("2.1.2", "Ny mødeplan")] {
        a.actions.push(Action {
            anvisning: id.into(),
            what: what.into(),
            ..Action::default()
        });
    }
    a
}

#[test]
fn next_year_shows_last_years_goal_and_each_action_before_and_after() {
    use refleks::assessment::{ActionStatus, Score};
    use refleks::compare::{CompareFormat, compare, render as render_compare};
    let deck = Deck::embedded();
    let old = last_year(&deck);
    // This year's file builds on last year's: its actions carried, marked, and scored again.
    let mut app = assessing();
    {
        let session = app.session.as_mut().unwrap();
        refleks::session::changes::build_on(
            &mut session.assessment,
            "team-nord-2025-11-18.toml".into(),
            &old,
        );
        let a = &mut session.assessment;
        a.actions[0].status = Some(ActionStatus::Done);
        a.actions[1].status = Some(ActionStatus::Dropped);
    }
    app.earlier = Some(refleks::app::Earlier {
        path: "team-nord-2025-11-18.toml".into(),
        assessment: old.clone(),
    });
    press(&mut app, "3");
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("Mål fra sidst: 3"), "{screen}");
    let new = &mut app.session.as_mut().unwrap().assessment;
    new.answer_mut("2.1.2").score = Some(Score::Level(2));
    let new = new.clone();
    let c = compare(&[("A".into(), &old), ("B".into(), &new)], &deck);
    let md = render_compare(&c, CompareFormat::Md);
    assert!(md.contains("## Sidste gangs handlinger (2)"), "{md}");
    assert!(
        md.contains("**2.1.1**: handling udført: 1 → 3 — MI-kursus for alle"),
        "{md}"
    );
    assert!(
        md.contains("**2.1.2**: handling droppet: 2 → 2 — Ny mødeplan"),
        "{md}"
    );
    let table = render_compare(&c, CompareFormat::Table);
    assert!(table.contains("handling udført: 1 → 3"), "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
}
