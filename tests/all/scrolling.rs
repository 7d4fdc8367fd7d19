//! Every scrollable pane, drawn on a TestBackend at the sizes a workshop uses, scrolled to its
//! end: the content's last line is on screen, and one more page key changes nothing. The view
//! records how far each pane can scroll (`App::areas`), so every key here follows a frame, as in
//! the running app.

use crate::common::drive::{key, press};
use crate::common::screen::render as frame;
use ratatui::crossterm::event::KeyCode;
use refleks::app::{App, Msg, Pane, Screen, Target, update};
use refleks::assessment::{Action, Score};
use refleks::deck::Deck;
use refleks::text::clean_line;

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 60)];

/// PageDown until the frame stops changing; returns the last frame. Asserts that it does stop,
/// and that one more PageDown changes nothing.
fn to_end(app: &mut App, w: u16, h: u16) -> String {
    let mut before = frame(app, w, h);
    for _ in 0..400 {
        key(app, KeyCode::PageDown);
        let after = frame(app, w, h);
        if after == before {
            key(app, KeyCode::PageDown);
            assert_eq!(frame(app, w, h), after, "PageDown past the end moved");
            return after;
        }
        before = after;
    }
    panic!("PageDown never reached an end");
}

/// The last few words of a line: what must be visible when it is (they may wrap, so each word
/// is looked for on its own row set; the last word is enough to know the end is shown).
fn last_word(text: &str) -> String {
    clean_line(text)
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn app() -> App {
    App::new(Deck::embedded(), "2026-11-23")
}

fn assessing() -> App {
    let mut app = app();
    app.start_assessment("Team Nord", vec!["Anna".into(), "Bo".into()], vec![]);
    app
}

fn to_card(app: &mut App, id: &str) {
    let i = app.chosen().iter().position(|g| g.id == id).unwrap();
    for _ in 0..i {
        press(app, "]");
    }
    assert_eq!(app.current_card().unwrap().id, id);
}

#[test]
fn every_card_text_scrolls_to_its_last_line_and_no_further() {
    for (w, h) in SIZES {
        let ids: Vec<String> = app().deck.guidelines.iter().map(|g| g.id.clone()).collect();
        for id in ids {
            let mut app = assessing();
            to_card(&mut app, &id);
            app.cards.pane = Pane::Text;
            let screen = to_end(&mut app, w, h);
            let card = app.current_card().unwrap();
            let last = card
                .legislation
                .last()
                .cloned()
                .unwrap_or_else(|| card.worth_knowing.clone());
            let word = last_word(&last);
            assert!(
                screen.contains(&word),
                "{id} at {w}x{h}: no »{word}«\n{screen}"
            );
        }
    }
}

#[test]
fn card_3_4_legislation_end_80x24() {
    let mut app = assessing();
    to_card(&mut app, "3.4");
    app.cards.pane = Pane::Text;
    let screen = to_end(&mut app, 80, 24);
    insta::assert_snapshot!(screen);
}

/// An anvisning with details, a long note, two actions and the focus mark.
fn full_anvisning() -> App {
    let mut app = assessing();
    to_card(&mut app, "3.4");
    for _ in 0..3 {
        key(&mut app, KeyCode::Down); // 3.4.4, which has details
    }
    let session = app.session.as_mut().unwrap();
    let a = session.assessment.answer_mut("3.4.4");
    a.score = Some(Score::Level(2));
    a.focus = true;
    a.note =
        "Vi har ingen fast aftale med nabokommunerne.\nSagerne trækker ud, og borgeren venter.\n\
              Vi vil spørge jurist i forvaltningen, hvem der betaler i mellemtiden. Sidste linje."
            .into();
    for (what, who) in [
        ("Lav en aftale med nabokommunerne", "Anne"),
        ("Skriv proceduren ind i håndbogen", "Bo"),
    ] {
        session.assessment.actions.push(Action {
            anvisning: "3.4.4".into(),
            what: what.into(),
            who: who.into(),
            due: "2027-03-31".into(),
            ..Action::default()
        });
    }
    app
}

#[test]
fn a_full_anvisning_scrolls_to_its_last_line_and_no_further() {
    for (w, h) in SIZES {
        let mut app = full_anvisning();
        let screen = to_end(&mut app, w, h);
        for must in ["Sidste", "håndbogen", "FOKUS"] {
            assert!(screen.contains(must), "{w}x{h}: no »{must}«\n{screen}");
        }
        // The list below the selected anvisning is reachable too.
        assert!(screen.contains("3.4.5"), "{w}x{h}\n{screen}");
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("full_anvisning_end_80x24", screen);
        }
    }
}

#[test]
fn the_overview_stops_at_its_end_and_comes_back_at_once() {
    for (w, h) in SIZES {
        let mut app = full_anvisning();
        press(&mut app, "s");
        assert_eq!(app.screen, Screen::Summary);
        frame(&mut app, w, h);
        key(&mut app, KeyCode::End);
        let screen = to_end(&mut app, w, h);
        assert!(
            screen.contains("3.12"),
            "{w}x{h}: last card missing\n{screen}"
        );
        let scrolled = app
            .areas
            .extent(refleks::app::Scrollable::Summary)
            .unwrap()
            .max
            > 0;
        key(&mut app, KeyCode::PageUp);
        if scrolled {
            assert_ne!(
                frame(&mut app, w, h),
                screen,
                "{w}x{h}: PageUp after the end did nothing"
            );
        }
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("overview_end_80x24", screen);
        }
    }
}

#[test]
fn the_help_scrolls_to_its_last_line() {
    for (w, h) in SIZES {
        let mut app = assessing();
        press(&mut app, "?");
        let screen = to_end(&mut app, w, h);
        assert!(screen.contains("spørgsmål besvaret"), "{w}x{h}\n{screen}");
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("help_end_80x24", screen);
        }
    }
}

#[test]
fn the_reading_view_shows_the_whole_card_to_its_end() {
    for (w, h) in SIZES {
        let mut app = assessing();
        to_card(&mut app, "3.4");
        press(&mut app, "l");
        assert_eq!(app.screen, Screen::Reading);
        let top = frame(&mut app, w, h);
        assert!(top.contains("Formål"), "{top}");
        let screen = to_end(&mut app, w, h);
        let last = app
            .current_card()
            .unwrap()
            .legislation
            .last()
            .unwrap()
            .clone();
        assert!(screen.contains(&last_word(&last)), "{w}x{h}\n{screen}");
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("reading_end_80x24", screen);
        }
        key(&mut app, KeyCode::Esc);
        assert_eq!(app.screen, Screen::Cards);
    }
}

#[test]
fn the_compare_movements_scroll_to_their_end() {
    use refleks::assessment::Assessment;
    let deck = Deck::embedded();
    let mut before = Assessment::new(&deck, "Team Nord", vec![], vec![], "2025-11-18");
    let mut after = Assessment::new(&deck, "Team Nord", vec![], vec![], "2026-11-17");
    // Many movements, so the pane has to scroll.
    for g in deck.guidelines.iter().take(8) {
        for (i, a) in g.anvisninger.iter().enumerate() {
            let i = u8::try_from(i % 4).unwrap();
            before.answer_mut(&a.id).score = Some(Score::Level(i));
            after.answer_mut(&a.id).score = Some(Score::Level((i + 1) % 5));
        }
    }
    let items = vec![
        ("Team Nord 2025-11-18".to_string(), &before),
        ("Team Nord 2026-11-17".to_string(), &after),
    ];
    let comparison = refleks::compare::compare(&items, &deck);
    for (w, h) in SIZES {
        let mut app = app();
        update(&mut app, Msg::Compared(Box::new(comparison.clone())));
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        let screen = to_end(&mut app, w, h);
        let lines = refleks::ui::compare::movement_lines(&comparison, usize::from(w) - 2);
        let last: String = lines
            .last()
            .unwrap()
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        let word = last_word(&last);
        assert!(screen.contains(&word), "{w}x{h}: no »{word}«\n{screen}");
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("compare_movements_end_80x24", screen);
        }
    }
}

#[test]
fn search_23_18_opens_3_4_at_that_legislation_line() {
    for (w, h) in SIZES {
        let mut app = assessing();
        frame(&mut app, w, h);
        press(&mut app, "/23-18");
        // 23-18 is cited on more than one card; the team picks the hit on 3.4.
        let hits = refleks::deck::search(&app.deck, "23-18");
        let at = hits
            .iter()
            .position(|h| h.guideline == "3.4" && h.field == "Lovgivning")
            .unwrap();
        for _ in 0..at {
            key(&mut app, KeyCode::Down);
        }
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.current_card().unwrap().id, "3.4");
        assert_eq!(app.cards.pane, Pane::Text);
        let screen = frame(&mut app, w, h);
        assert!(screen.contains("23-18"), "{w}x{h}\n{screen}");
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("search_landing_80x24", screen);
        }
        // Scrolling by hand still works from there, and stops at the end.
        to_end(&mut app, w, h);
    }
}

#[test]
fn clicks_land_on_what_the_frame_drew_there() {
    let mut app = assessing();
    frame(&mut app, 80, 24);
    let (rect, _) = *app
        .areas
        .targets
        .iter()
        .find(|(_, t)| *t == Target::Card(5))
        .expect("card 2.6 in the list");
    let target = app.areas.hit(rect.x + 2, rect.y).unwrap();
    assert_eq!(target, Target::Card(5));
    update(&mut app, Msg::Click(target));
    assert_eq!(app.current_card().unwrap().id, "2.6");
    // The scale line: a click on a value scores the selected anvisning.
    frame(&mut app, 80, 24);
    let (rect, _) = *app
        .areas
        .targets
        .iter()
        .find(|(_, t)| *t == Target::Level(3))
        .expect("3 on the scale line");
    let target = app.areas.hit(rect.x, rect.y).unwrap();
    update(&mut app, Msg::Click(target));
    let id = app.current_anvisning_id().unwrap();
    let session = app.session.as_ref().unwrap();
    assert_eq!(
        session.assessment.answer(&id).unwrap().score,
        Some(Score::Level(3))
    );
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = assessing();
    to_card(&mut app, "3.4");
    frame(&mut app, 80, 24);
    let (rect, ..) = app
        .areas
        .panes
        .iter()
        .find(|(_, p, _)| *p == refleks::app::Scrollable::CardText)
        .copied()
        .unwrap();
    let pane = app.areas.pane_at(rect.x + 3, rect.y + 3).unwrap();
    update(&mut app, Msg::Scroll { pane, down: true });
    assert_eq!(app.cards.text.top, 3);
    // The selection did not move: only the text did.
    assert_eq!(app.cards.pane, Pane::Anvisninger);
}

#[test]
fn a_compared_anvisning_with_long_notes_scrolls_to_its_end() {
    use refleks::assessment::Assessment;
    let deck = Deck::embedded();
    let mut before = Assessment::new(&deck, "Team Nord", vec![], vec![], "2025-11-18");
    let mut after = Assessment::new(&deck, "Team Nord", vec![], vec![], "2026-11-17");
    let long =
        "Vi har talt om det på flere møder, men der er ikke en fast aftale endnu. ".repeat(6);
    before.answer_mut("2.1.1").score = Some(Score::Level(1));
    before.answer_mut("2.1.1").note = format!("{long}Første slut.");
    after.answer_mut("2.1.1").score = Some(Score::Level(3));
    after.answer_mut("2.1.1").note = format!("{long}Allersidste ord.");
    let items = vec![
        ("Team Nord 2025-11-18".to_string(), &before),
        ("Team Nord 2026-11-17".to_string(), &after),
    ];
    let comparison = refleks::compare::compare(&items, &deck);
    for (w, h) in SIZES {
        let mut app = app();
        update(&mut app, Msg::Compared(Box::new(comparison.clone())));
        key(&mut app, KeyCode::Enter); // the first guideline's anvisninger
        let screen = to_end(&mut app, w, h);
        assert!(screen.contains("Allersidste"), "{w}x{h}\n{screen}");
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("compare_anvisning_end_80x24", screen);
        }
    }
}

#[test]
fn a_hit_in_an_anvisning_selects_it_with_the_match_in_view() {
    let mut app = assessing();
    frame(&mut app, 80, 24);
    press(&mut app, "/lade sig repræsentere");
    let hits = refleks::deck::search(&app.deck, "lade sig repræsentere");
    let at = hits
        .iter()
        .position(|h| h.anvisning.as_deref() == Some("3.4.2"))
        .unwrap();
    for _ in 0..at {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.cards.pane, Pane::Anvisninger);
    assert_eq!(app.current_anvisning_id().as_deref(), Some("3.4.2"));
    let screen = frame(&mut app, 80, 24);
    assert!(screen.contains("repræsentere"), "{screen}");
}

#[test]
fn a_larger_window_after_scrolling_to_the_end_still_shows_the_end_and_scrolls_back() {
    let mut app = assessing();
    to_card(&mut app, "3.4");
    app.cards.pane = Pane::Text;
    to_end(&mut app, 80, 24);
    let big = frame(&mut app, 100, 30);
    assert!(big.contains("kravet om behandling"), "{big}");
    key(&mut app, KeyCode::Up);
    assert_ne!(
        frame(&mut app, 100, 30),
        big,
        "one Up after a resize must move"
    );
}

mod any_input {
    use super::*;
    use proptest::prelude::*;

    /// What a person can do: keys of the card screen and its neighbours, clicks where the last
    /// frame drew something, the wheel.
    #[derive(Debug, Clone)]
    enum Step {
        Key(KeyCode),
        Click(usize),
        Wheel(bool),
        Resize(u16, u16),
    }

    fn step() -> impl Strategy<Value = Step> {
        let keys = prop::sample::select(vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Left,
            KeyCode::Char(']'),
            KeyCode::Char('['),
            KeyCode::Char('s'),
            KeyCode::Char('l'),
            KeyCode::Char('g'),
            KeyCode::Char('2'),
            KeyCode::Char('f'),
            KeyCode::Char('?'),
        ]);
        prop_oneof![
            6 => keys.prop_map(Step::Key),
            2 => (0usize..200).prop_map(Step::Click),
            1 => any::<bool>().prop_map(Step::Wheel),
            1 => (30u16..220, 8u16..70).prop_map(|(w, h)| Step::Resize(w, h)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn no_input_panics_or_scrolls_past_an_end(steps in prop::collection::vec(step(), 1..60)) {
            let mut app = assessing();
            let (mut w, mut h) = (80, 24);
            frame(&mut app, w, h);
            for step in steps {
                match step {
                    Step::Key(code) => {
                        key(&mut app, code);
                    }
                    Step::Click(i) => {
                        if !app.areas.targets.is_empty() {
                            let (r, _) = app.areas.targets[i % app.areas.targets.len()];
                            if let Some(t) = app.areas.hit(r.x, r.y) {
                                update(&mut app, Msg::Click(t));
                            }
                        }
                    }
                    Step::Wheel(down) => {
                        if let Some((r, ..)) = app.areas.panes.first().copied()
                            && let Some(pane) = app.areas.pane_at(r.x, r.y)
                        {
                            update(&mut app, Msg::Scroll { pane, down });
                        }
                    }
                    Step::Resize(nw, nh) => (w, h) = (nw, nh),
                }
                if app.quitting {
                    break;
                }
                frame(&mut app, w, h);
                for (_, pane, e) in &app.areas.panes {
                    prop_assert!(e.top <= e.max, "{pane:?} {e:?}");
                }
            }
        }
    }
}

#[test]
fn every_anvisning_scrolls_to_its_last_detail_at_80x24() {
    let ids: Vec<String> = app().deck.guidelines.iter().map(|g| g.id.clone()).collect();
    for id in ids {
        let mut app = assessing();
        to_card(&mut app, &id);
        let n = app.current_card().unwrap().anvisninger.len();
        for i in 0..n {
            frame(&mut app, 80, 24);
            update(&mut app, Msg::Click(Target::Anvisning(i)));
            let a = app.current_card().unwrap().anvisninger[i].clone();
            let word = last_word(a.details.last().unwrap_or(&a.text));
            // The page keys scroll the whole list, the selected anvisning open in it: its last
            // line passes by on the way to the list's end (one row of each page stays).
            let mut seen = frame(&mut app, 80, 24).contains(&word);
            let mut before = String::new();
            for _ in 0..100 {
                key(&mut app, KeyCode::PageDown);
                let now = frame(&mut app, 80, 24);
                seen |= now.contains(&word);
                if now == before {
                    break;
                }
                before = now;
            }
            assert!(seen, "{}: »{word}« never on screen", a.id);
        }
    }
}

#[test]
fn every_overview_line_that_leads_somewhere_names_where_it_leads() {
    use refleks::app::Link;
    let mut app = full_anvisning();
    {
        let a = &mut app.session.as_mut().unwrap().assessment;
        // A disagreement and a parked topic, so every section of the overview has a line.
        let votes = &mut a.answer_mut("2.1.1").votes;
        votes.insert("Anna".into(), Score::Level(0));
        votes.insert("Bo".into(), Score::Level(4));
        a.answer_mut("2.1.1").score = Some(Score::Level(2));
        a.parked.push(refleks::assessment::Parked {
            anvisning: "2.2.1".into(),
            text: "Tag det op på personalemødet".into(),
        });
        a.answer_mut("3.4.1").score = Some(Score::Level(1));
    }
    press(&mut app, "s");
    let screen = frame(&mut app, 200, 60);
    let rows: Vec<&str> = screen.lines().collect();
    let links = app.summary_links();
    for id in ["2.1.1", "2.2.1", "3.4.1", "3.4.4", "3.12"] {
        assert!(
            links
                .iter()
                .any(|l| matches!(l, Link::Anvisning(x) | Link::Card(x) if x == id)),
            "{id} missing from {links:?}"
        );
    }
    let mut seen = 0;
    for (rect, target) in app.areas.targets.clone() {
        let Target::SummaryLink(i) = target else {
            continue;
        };
        let id = match &links[i] {
            Link::Anvisning(id) | Link::Card(id) => id.clone(),
        };
        let row = rows[usize::from(rect.y)];
        assert!(row.contains(&id), "line {i} should name {id}: {row}");
        seen += 1;
    }
    assert_eq!(seen, links.len(), "{screen}");
}

/// Where `target` was drawn last frame.
fn drawn(app: &App, target: Target) -> ratatui::layout::Rect {
    app.areas
        .targets
        .iter()
        .find(|(_, t)| *t == target)
        .map(|(r, _)| *r)
        .unwrap_or_else(|| panic!("{target:?} was not drawn"))
}

fn saved(name: &str) -> refleks::app::SavedEntry {
    refleks::app::SavedEntry {
        path: format!("/tmp/{name}.toml").into(),
        team: name.into(),
        created: "2026-01-01".into(),
        updated: "2026-01-01".into(),
        progress: Some((1, 134)),
        unknown: 0,
        problem: None,
        place: None,
    }
}

#[test]
fn on_home_a_click_selects_and_a_click_on_the_selected_opens() {
    use refleks::app::{Effect, HomeItem, Overlay};
    let mut app = app();
    let names: Vec<String> = (0..12).map(|i| format!("Team {i:02}")).collect();
    update(
        &mut app,
        Msg::Listed(names.iter().map(|n| saved(n)).collect()),
    );
    let items = app.home_items();
    let second = items.iter().position(|i| *i == HomeItem::Saved(1)).unwrap();
    let screen = frame(&mut app, 80, 24);
    // The click lands on the second line of the saved row, which says when it was changed.
    let rect = drawn(&app, Target::HomeItem(second));
    assert_eq!(rect.height, 2);
    assert!(
        screen
            .lines()
            .nth(usize::from(rect.y))
            .unwrap()
            .contains("Team 01")
    );
    let target = app.areas.hit(rect.x + 10, rect.y + 1).unwrap();
    assert_eq!(update(&mut app, Msg::Click(target)), []);
    assert_eq!(app.home_selected, second);
    frame(&mut app, 80, 24);
    let target = app.areas.hit(rect.x + 10, rect.y).unwrap();
    assert_eq!(
        update(&mut app, Msg::Click(target)),
        [Effect::Open(app.saved[1].path.clone())]
    );
    // A menu item: the help, the same way.
    let help = items.iter().position(|i| *i == HomeItem::Help).unwrap();
    frame(&mut app, 80, 24);
    let rect = drawn(&app, Target::HomeItem(help));
    update(&mut app, Msg::Click(Target::HomeItem(help)));
    assert!(app.overlay().is_none());
    assert_eq!(app.home_selected, help);
    let target = app.areas.hit(rect.x, rect.y).unwrap();
    update(&mut app, Msg::Click(target));
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    // The heading between the menu and the saved ones is not a target.
    key(&mut app, KeyCode::Esc);
    frame(&mut app, 80, 24);
    assert_eq!(app.areas.hit(rect.x, rect.y + 2), None);
}

#[test]
fn the_wheel_scrolls_the_home_list_to_its_last_row() {
    use refleks::app::Scrollable;
    let mut app = app();
    let names: Vec<String> = (0..12).map(|i| format!("Team {i:02}")).collect();
    update(
        &mut app,
        Msg::Listed(names.iter().map(|n| saved(n)).collect()),
    );
    let screen = frame(&mut app, 80, 24);
    assert!(!screen.contains("Team 11"), "{screen}");
    let (rect, ..) = *app
        .areas
        .panes
        .iter()
        .find(|(_, p, _)| *p == Scrollable::Home)
        .unwrap();
    let pane = app.areas.pane_at(rect.x + 3, rect.y + 3).unwrap();
    assert_eq!(pane, Scrollable::Home);
    for _ in 0..40 {
        update(&mut app, Msg::Scroll { pane, down: true });
        frame(&mut app, 80, 24);
    }
    let screen = frame(&mut app, 80, 24);
    assert!(screen.contains("Team 11"), "{screen}");
    assert_eq!(app.home_selected, app.home_items().len() - 1);
    // The targets follow the scrolled list: the last row is clickable where it is drawn.
    let last = drawn(&app, Target::HomeItem(app.home_selected));
    assert!(
        screen
            .lines()
            .nth(usize::from(last.y))
            .unwrap()
            .contains("Team 11")
    );
    update(&mut app, Msg::Scroll { pane, down: false });
    assert_eq!(app.home_selected, app.home_items().len() - 2);
}

fn on_overview(n: usize) -> App {
    use refleks::aggregate::{DeckIndex, Digest, Fold};
    use refleks::assessment::Assessment;
    let deck = Deck::embedded();
    let index = DeckIndex::new(&deck);
    let mut fold = Fold::new(false);
    for i in 0..n {
        let team = format!("Team {i:02}");
        let mut a = Assessment::new(&deck, &team, vec![], vec![], "2026-01-01");
        for x in &deck.guidelines[0].anvisninger {
            a.answer_mut(&x.id).score = Some(Score::Level((i % 5) as u8));
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
            folder: "kommune".into(),
        },
    );
    app
}

fn overview_view(app: &App) -> &refleks::app::OverviewView {
    match &app.screen {
        Screen::Overview(view) => view,
        _ => panic!("not on the overview"),
    }
}

#[test]
fn on_the_overview_a_click_selects_the_cell_under_it() {
    let mut app = on_overview(30);
    let screen = frame(&mut app, 80, 24);
    let cell = Target::Cell { row: 2, column: 3 };
    let rect = drawn(&app, cell);
    let line = screen.lines().nth(usize::from(rect.y)).unwrap();
    assert!(line.contains("Team 02"), "{line}");
    assert_eq!(app.areas.hit(rect.x + rect.width - 1, rect.y), Some(cell));
    update(&mut app, Msg::Click(cell));
    assert_eq!(
        (overview_view(&app).row, overview_view(&app).column),
        (2, 3)
    );
    // The detail line under the table names that cell.
    let screen = frame(&mut app, 80, 24);
    let head = &overview_view(&app).overview.guidelines[3].id;
    assert!(screen.contains(&format!("{head} ")), "{screen}");
    // The team's name selects its row, the column's head its column.
    let rect = drawn(&app, Target::Team(5));
    let target = app.areas.hit(rect.x, rect.y).unwrap();
    update(&mut app, Msg::Click(target));
    assert_eq!(
        (overview_view(&app).row, overview_view(&app).column),
        (5, 3)
    );
    frame(&mut app, 80, 24);
    let rect = drawn(&app, Target::Head(1));
    let target = app.areas.hit(rect.x + 1, rect.y).unwrap();
    update(&mut app, Msg::Click(target));
    assert_eq!(
        (overview_view(&app).row, overview_view(&app).column),
        (5, 1)
    );
}

#[test]
fn the_wheel_scrolls_the_overviews_rows_to_the_last_team() {
    use refleks::app::Scrollable;
    let mut app = on_overview(30);
    let screen = frame(&mut app, 80, 24);
    assert!(!screen.contains("Team 29"), "{screen}");
    let (rect, ..) = *app
        .areas
        .panes
        .iter()
        .find(|(_, p, _)| *p == Scrollable::Teams)
        .unwrap();
    let pane = app.areas.pane_at(rect.x + 3, rect.y + 3).unwrap();
    update(&mut app, Msg::Scroll { pane, down: true });
    assert_eq!(overview_view(&app).row, 3);
    for _ in 0..20 {
        update(&mut app, Msg::Scroll { pane, down: true });
    }
    assert_eq!(overview_view(&app).row, 29);
    let screen = frame(&mut app, 80, 24);
    assert!(screen.contains("Team 29"), "{screen}");
    // A cell of the last row, drawn where the scrolled table put it, is clickable there.
    let rect = drawn(&app, Target::Cell { row: 29, column: 0 });
    assert!(
        screen
            .lines()
            .nth(usize::from(rect.y))
            .unwrap()
            .contains("Team 29")
    );
    update(&mut app, Msg::Scroll { pane, down: false });
    assert_eq!(overview_view(&app).row, 26);
}
