//! The workshop's key scripts through `update` (no terminal, no disk): silent votes, the
//! reveal, agreeing, the dissent note, tallies, absent people, parked topics, participants.

use crate::common::drive::{key, press};
use crate::common::screen::render;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Context, Effect, Msg, Overlay, update};
use refleks::assessment::{Answer, Assessment, NonScore, Score};
use refleks::deck::Deck;

fn app(participants: &[&str]) -> App {
    let mut app = App::new(Deck::embedded(), "2026-12-01");
    app.start_assessment(
        "Vote",
        participants.iter().map(|p| p.to_string()).collect(),
        vec![],
    );
    app
}

fn assessment(app: &App) -> &Assessment {
    &app.session.as_ref().unwrap().assessment
}

fn answer<'a>(app: &'a App, id: &str) -> Option<&'a Answer> {
    assessment(app).answer(id)
}

const ABC: &[&str] = &["Anna", "Bo", "Ceylan"];

#[test]
fn votes_two_three_three_then_enter_saves_three_with_the_three_votes() {
    let mut app = app(ABC);
    assert_eq!(app.current_anvisning_id().as_deref(), Some("2.1.1"));
    assert_eq!(press(&mut app, "v"), []);
    assert_eq!(app.context(), Context::VoteCast);
    assert!(render(&mut app, 80, 24).contains("Anna stemmer nu"));
    // Hidden votes change nothing in the assessment and ask for no save.
    assert_eq!(press(&mut app, "23"), []);
    assert!(render(&mut app, 80, 24).contains("2 af 3 har stemt"));
    assert!(answer(&app, "2.1.1").is_none());
    // The reveal is saved at once: a crash from here on loses nothing shown.
    assert_eq!(press(&mut app, "3"), [Effect::Save]);
    assert_eq!(app.context(), Context::VoteReveal);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Anna 2 · Bo 3 · Ceylan 3"), "{shown}");
    assert!(shown.contains("Median 3 · spredning 2–3"), "{shown}");
    assert!(shown.contains("Enige · 3 stemmer – få stemmer"), "{shown}");
    let revealed = answer(&app, "2.1.1").unwrap();
    assert_eq!((revealed.votes.len(), revealed.score), (3, None));

    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert!(app.overlay().is_none());
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.score, Some(Score::Level(3)));
    assert_eq!(a.votes.len(), 3);
    assert_eq!(a.votes["Anna"], Score::Level(2));
    assert_eq!(a.votes["Ceylan"], Score::Level(3));
    assert_eq!(assessment(&app).updated, "2026-12-01");
}

#[test]
fn votes_zero_one_four_are_flagged_and_open_the_dissent_note() {
    let mut app = app(ABC);
    press(&mut app, "v014");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("UENIGHED"), "{shown}");
    // Enter agrees on the median (1), then asks what the team disagreed about. The votes and
    // the score are on their way to the disk already, so the note never stands alone.
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::SaveSoon]);
    assert_eq!(app.context(), Context::Editor);
    assert_eq!(answer(&app, "2.1.1").unwrap().score, Some(Score::Level(1)));
    assert!(render(&mut app, 80, 24).contains("Hvad handlede uenigheden om?"));
    let typed = press(&mut app, "Bo ser det hver dag");
    assert!(typed.iter().all(|e| *e == Effect::SaveSoon) && !typed.is_empty());
    assert_eq!(
        answer(&app, "2.1.1").unwrap().dissent,
        "Bo ser det hver dag",
        "typing lands at once"
    );
    let closed = key(&mut app, KeyCode::Esc);
    assert!(closed.contains(&Effect::Save), "{closed:?}");
    assert!(app.overlay().is_none());
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.score, Some(Score::Level(1)));
    assert_eq!(a.votes.len(), 3);
    assert_eq!(a.dissent, "Bo ser det hver dag");
}

const RUNDE: &[&str] = &["Anna", "Bo", "Cem", "Dina", "Emil"];

/// Only polarised and spread rounds ask what the disagreement was about; one outlier among
/// people who agree is heard at the table, not written up as the team disagreeing.
#[test]
fn only_polarised_and_spread_rounds_open_the_dissent_note() {
    for (keys, kind, note) in [
        ("v2s332", "Enige · 4 stemmer", false),
        ("v33331", "Én afviger · 5 stemmer", false),
        ("v00s44", "Polariseret · 4 stemmer", true),
        ("v02244", "Spredt · 5 stemmer", true),
    ] {
        let mut app = app(RUNDE);
        press(&mut app, keys);
        let shown = render(&mut app, 80, 24);
        assert!(shown.contains(kind), "{keys}:\n{shown}");
        let effects = key(&mut app, KeyCode::Enter);
        if note {
            assert_eq!(effects, [Effect::SaveSoon], "{keys}");
            assert_eq!(app.context(), Context::Editor, "{keys}");
        } else {
            assert_eq!(effects, [Effect::Save], "{keys}");
            assert!(app.overlay().is_none(), "{keys}");
        }
    }
    // The workshop's round: Anna 2, Bo absent, Cem 3, Dina 3, Emil 2 agree on the lower median.
    let mut app = app(RUNDE);
    press(&mut app, "v2s332");
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.score, Some(Score::Level(2)));
    assert_eq!(a.votes.len(), 4);
}

#[test]
fn a_digit_on_the_reveal_agrees_on_another_value() {
    let mut app = app(ABC);
    press(&mut app, "v233");
    assert_eq!(press(&mut app, "2"), [Effect::Save]);
    assert_eq!(answer(&app, "2.1.1").unwrap().score, Some(Score::Level(2)));
}

#[test]
fn no_vote_is_on_screen_before_the_reveal() {
    // Two rooms that voted differently must see exactly the same screen until the reveal.
    let mut one = app(ABC);
    let mut other = app(ABC);
    press(&mut one, "v");
    press(&mut other, "v");
    let before = render(&mut one, 80, 24);
    press(&mut one, "2");
    press(&mut other, "4");
    assert_eq!(render(&mut one, 80, 24), render(&mut other, 80, 24));
    press(&mut one, "3");
    press(&mut other, "0");
    let hidden = render(&mut one, 80, 24);
    assert_eq!(hidden, render(&mut other, 80, 24));
    // Only whose turn it is changed: the score column and everything else stay as they were.
    let changed = before
        .lines()
        .zip(hidden.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert!(changed <= 5, "{changed} lines changed:\n{before}\n{hidden}");
    assert!(!hidden.contains("▮"), "no score bar is filled");
}

#[test]
fn an_absent_person_is_skipped() {
    let mut app = app(ABC);
    press(&mut app, "v2s");
    assert!(render(&mut app, 80, 24).contains("ikke til stede"));
    assert!(render(&mut app, 80, 24).contains("1 af 2 har stemt"));
    press(&mut app, "3");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Anna 2 · Ceylan 3"), "{shown}");
    // Two votes: the lower middle one, and the screen says why.
    assert!(shown.contains("Median 2"), "{shown}");
    assert!(shown.contains("den laveste af de to midterste"), "{shown}");
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.score, Some(Score::Level(2)));
    assert_eq!(a.votes.keys().collect::<Vec<_>>(), ["Anna", "Ceylan"]);
}

#[test]
fn esc_before_the_reveal_asks_then_writes_nothing() {
    let mut app = app(ABC);
    press(&mut app, "v23");
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert_eq!(app.context(), Context::VoteCancelAsk);
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains("Afbryd runden? 2 skjulte stemmer kasseres (j/n)"),
        "{shown}"
    );
    assert!(!shown.contains("Anna 2"), "never a hidden vote: {shown}");
    // Enter out of habit does not throw them away.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::VoteCancelAsk);
    assert_eq!(press(&mut app, "j"), []);
    assert!(app.overlay().is_none());
    assert!(answer(&app, "2.1.1").is_none());
    assert!(app.status.as_ref().unwrap().text.contains("afbrudt"));
}

#[test]
fn esc_with_no_vote_cast_leaves_at_once() {
    let mut app = app(ABC);
    press(&mut app, "v");
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    assert!(app.overlay().is_none());
}

/// The issue's walk: Anna 2, Bo absent, Esc asks, n goes on, Ceylan 3: nothing lost.
#[test]
fn n_or_esc_on_the_question_goes_on_with_the_round() {
    let mut app = app(ABC);
    press(&mut app, "v2s");
    key(&mut app, KeyCode::Esc);
    assert!(render(&mut app, 80, 24).contains("1 skjult stemme kasseres"));
    press(&mut app, "n");
    assert_eq!(app.context(), Context::VoteCast);
    assert!(render(&mut app, 80, 24).contains("Ceylan stemmer nu"));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::VoteCast);
    assert_eq!(press(&mut app, "3"), [Effect::Save]);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.votes.keys().collect::<Vec<_>>(), ["Anna", "Ceylan"]);
}

#[test]
fn esc_on_a_typed_tally_asks_and_keeps_the_text() {
    let mut app = app(&[]);
    press(&mut app, "t2 x 3");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::VoteCancelAsk);
    assert!(render(&mut app, 80, 24).contains("Den skrevne optælling kasseres"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::VoteTally);
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert_eq!(answer(&app, "2.1.1").unwrap().tally.len(), 2);
}

#[test]
fn a_new_round_asks_before_replacing_the_votes() {
    let mut app = app(ABC);
    press(&mut app, "v233");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "v");
    assert_eq!(app.context(), Context::VoteConfirm);
    assert!(render(&mut app, 80, 24).contains("har allerede stemmer"));
    // No: the old votes stay.
    assert_eq!(press(&mut app, "n"), []);
    assert!(app.overlay().is_none());
    assert_eq!(
        answer(&app, "2.1.1").unwrap().votes["Anna"],
        Score::Level(2)
    );
    // Yes: a new round replaces them.
    press(&mut app, "vj111");
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.votes["Anna"], Score::Level(1));
    assert_eq!(a.score, Some(Score::Level(1)));
}

#[test]
fn a_card_round_scores_every_anvisning_and_reveals_the_most_disputed_first() {
    let mut app = app(&["Anna", "Bo"]);
    let n = app.current_card().unwrap().anvisninger.len();
    press(&mut app, "V");
    assert!(render(&mut app, 80, 24).contains(&format!("anvisning 1 af {n}")));
    // Anna: all 2s; Bo: 2s except a 4 on the second anvisning.
    press(&mut app, &"2".repeat(n));
    assert!(render(&mut app, 80, 24).contains("Bo stemmer nu"));
    let mut bo = vec!['2'; n];
    bo[1] = '4';
    press(&mut app, &bo.iter().collect::<String>());
    assert_eq!(app.context(), Context::VoteReveal);
    let first = render(&mut app, 80, 24);
    assert!(first.contains("2.1.2"), "{first}");
    assert!(first.contains(&format!("Visning 1 af {n}")), "{first}");
    // Agree on 2.1.2 (flagged: the note opens; close it), then end the round with Esc.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Editor);
    // The note's closing commits the agreement and the note: saved before the round goes on.
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert_eq!(app.context(), Context::VoteReveal);
    assert_eq!(
        assessment(&app).answer("2.1.2").unwrap().score,
        Some(Score::Level(2))
    );
    // Everything is saved already: ending the round writes nothing more.
    assert_eq!(key(&mut app, KeyCode::Esc), []);
    let a = assessment(&app);
    assert_eq!(a.answer("2.1.2").unwrap().score, Some(Score::Level(2)));
    // The others keep their votes and stay open for the team.
    assert_eq!(a.answer("2.1.1").unwrap().votes.len(), 2);
    assert_eq!(a.answer("2.1.1").unwrap().score, None);
}

#[test]
fn a_tally_from_paper_cards_is_kept_without_names() {
    let mut app = app(&[]);
    press(&mut app, "t");
    assert_eq!(app.context(), Context::VoteTally);
    press(&mut app, "2 x 3, 1 x 9");
    key(&mut app, KeyCode::Enter);
    assert!(
        render(&mut app, 80, 24).contains("0 til 4"),
        "a level outside the scale is explained"
    );
    key(&mut app, KeyCode::Backspace);
    press(&mut app, "4");
    key(&mut app, KeyCode::Enter);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Stemmer: 2 × 3, 1 × 4"), "{shown}");
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    let a = answer(&app, "2.1.1").unwrap();
    assert!(a.votes.is_empty());
    assert_eq!(a.tally, [Score::Level(3), Score::Level(3), Score::Level(4)]);
    assert_eq!(a.score, Some(Score::Level(3)));
}

#[test]
fn a_tally_typed_as_the_votes_themselves_is_understood() {
    let mut app = app(&[]);
    press(&mut app, "t");
    press(&mut app, "3, 3, 2, 3");
    key(&mut app, KeyCode::Enter);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("Stemmer: 3 × 3, 1 × 2"), "{shown}");
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.tally.len(), 4);
    // Mixed ways are explained, showing both.
    let mut mixed = self::app(&[]);
    press(&mut mixed, "t");
    press(&mut mixed, "2 x 3, 4");
    key(&mut mixed, KeyCode::Enter);
    let shown = render(&mut mixed, 80, 24);
    assert!(
        shown.contains("»4«") && shown.contains("ikke begge"),
        "{shown}"
    );
}

#[test]
fn an_anonymous_assessment_keeps_counts_not_names() {
    let mut app = app(ABC);
    app.session.as_mut().unwrap().assessment.anonymous = true;
    press(&mut app, "v2u3");
    let shown = render(&mut app, 80, 24);
    assert!(!shown.contains("Anna"), "{shown}");
    assert!(shown.contains("1 × 2, 1 × 3, 1 × ved ikke"), "{shown}");
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert!(a.votes.is_empty());
    assert_eq!(a.tally.len(), 3);
    assert!(a.tally.contains(&Score::Other(NonScore::Unknown)));
}

#[test]
fn without_participants_a_round_asks_for_them_first() {
    let mut app = app(&[]);
    press(&mut app, "v");
    assert_eq!(app.context(), Context::Editor);
    press(&mut app, "Anna");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "Bo, Ceylan");
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert_eq!(assessment(&app).participants, ["Anna", "Bo", "Ceylan"]);
    // Someone arrives late: `d` edits the list.
    press(&mut app, "d");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "Dorte");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).participants.len(), 4);
    press(&mut app, "v");
    assert_eq!(app.context(), Context::VoteCast);
}

#[test]
fn p_parks_a_topic_where_it_came_up() {
    let mut app = app(ABC);
    press(&mut app, "jp");
    update(&mut app, Msg::Paste("Husk at spørge ledelsen".into()));
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    let parked = &assessment(&app).parked;
    assert_eq!(parked.len(), 1);
    assert_eq!(parked[0].anvisning, "2.1.2");
    assert_eq!(parked[0].text, "Husk at spørge ledelsen");
    // An empty one leaves nothing behind.
    press(&mut app, "p");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).parked.len(), 1);
}

#[test]
fn ctrl_q_on_a_reveal_keeps_the_votes() {
    let mut app = app(ABC);
    press(&mut app, "v233");
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)),
    );
    // The votes were saved when they were shown; quitting saves the rest.
    assert_eq!(effects, [Effect::Quit]);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.votes.len(), 3);
    assert_eq!(a.score, None, "not agreed, so not scored");
}

#[test]
fn q_is_not_a_vote_and_help_does_not_wipe_the_round() {
    let mut app = app(ABC);
    press(&mut app, "v2q");
    assert!(!app.quitting);
    // ? opens the help over the round; Esc returns to it as it was.
    press(&mut app, "?");
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.overlay(), Some(Overlay::Vote(_))));
    assert!(render(&mut app, 80, 24).contains("1 af 3 har stemt"));
}

#[test]
fn a_read_only_assessment_offers_no_round() {
    let mut app = app(ABC);
    app.session.as_mut().unwrap().read_only = true;
    press(&mut app, "v");
    assert!(app.overlay().is_none());
    assert!(app.status.as_ref().unwrap().error);
}

#[test]
fn r_reveals_votes_already_in_the_file_most_disputed_first() {
    // As `refleks merge` leaves it: votes by person, no scores yet.
    let mut app = app(&["Anna", "Bo"]);
    let a = &mut app.session.as_mut().unwrap().assessment;
    for (id, anna, bo) in [("2.1.1", 2, 2), ("2.1.3", 0, 4)] {
        let x = a.answer_mut(id);
        x.votes.insert("Anna".into(), Score::Level(anna));
        x.votes.insert("Bo".into(), Score::Level(bo));
    }
    press(&mut app, "r");
    assert_eq!(app.context(), Context::VoteReveal);
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains("2.1.3") && shown.contains("UENIGHED"),
        "{shown}"
    );
    assert!(shown.contains("Visning 1 af 2"), "{shown}");
    press(&mut app, "1");
    key(&mut app, KeyCode::Esc); // the dissent note, left empty
    assert!(render(&mut app, 80, 24).contains("2.1.1"));
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save]);
    assert_eq!(answer(&app, "2.1.3").unwrap().score, Some(Score::Level(1)));
    assert_eq!(answer(&app, "2.1.1").unwrap().score, Some(Score::Level(2)));
    assert_eq!(answer(&app, "2.1.1").unwrap().votes.len(), 2);
}

#[test]
fn r_without_saved_votes_says_so() {
    let mut app = app(ABC);
    press(&mut app, "r");
    assert!(app.overlay().is_none());
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("ingen gemte stemmer")
    );
}

#[test]
fn a_timebox_per_card_is_shown_in_the_header_and_said_when_over() {
    let mut app = app(ABC);
    press(&mut app, "T");
    press(&mut app, "20");
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert_eq!(assessment(&app).timebox, Some(20));
    // The runner ticks every loop; 7 minutes on the first card.
    for t in 0..=(7 * 60 / 5) {
        update(&mut app, Msg::Tick(t * 5));
    }
    let header = render(&mut app, 80, 24).lines().next().unwrap().to_string();
    assert!(header.contains("7/20 min ·"), "{header}");
    assert!(!header.contains("over tiden"), "{header}");
    for t in (7 * 60 / 5)..=(21 * 60 / 5) {
        update(&mut app, Msg::Tick(t * 5));
    }
    let header = render(&mut app, 80, 24).lines().next().unwrap().to_string();
    assert!(header.contains("21/20 min, over tiden"), "{header}");
    // The next card has its own clock; a long gap (a sleeping laptop) counts for little.
    press(&mut app, "]");
    update(&mut app, Msg::Tick(100_000));
    let header = render(&mut app, 80, 24).lines().next().unwrap().to_string();
    assert!(header.contains("0/20 min"), "{header}");
}

#[test]
fn a_mistyped_timebox_changes_nothing_and_says_so() {
    let mut app = app(ABC);
    press(&mut app, "Ttyve");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).timebox, None);
    let status = app.status.as_ref().unwrap();
    assert!(
        status.error && status.text.contains("1 til 600"),
        "{status:?}"
    );
    // Emptied: no timebox.
    press(&mut app, "T15");
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).timebox, Some(15));
    press(&mut app, "T");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Esc);
    assert_eq!(assessment(&app).timebox, None);
}

#[test]
fn n_switches_to_anonymous_votes_for_new_rounds() {
    let mut app = app(ABC);
    assert_eq!(press(&mut app, "N"), [Effect::Save]);
    assert!(assessment(&app).anonymous);
    press(&mut app, "v233");
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert!(a.votes.is_empty() && a.tally.len() == 3);
    press(&mut app, "N");
    assert!(!assessment(&app).anonymous);
}

#[test]
fn a_pasted_dissent_keeps_its_line_breaks_whatever_the_terminal_sends() {
    let mut app = app(ABC);
    press(&mut app, "v014");
    key(&mut app, KeyCode::Enter);
    // Terminals send a pasted line break as CR (xterm, tmux, Windows Terminal); Word as CRLF.
    update(
        &mut app,
        Msg::Paste("Anna: nye borgere\rBo: de gamle\r\nCeylan: alle\n".into()),
    );
    assert_eq!(
        answer(&app, "2.1.1").unwrap().dissent,
        "Anna: nye borgere\nBo: de gamle\nCeylan: alle\n"
    );
}

#[test]
fn a_key_that_does_nothing_in_a_round_says_why() {
    let mut app = app(ABC);
    press(&mut app, "v2");
    // Outside the scale: said with the scale.
    assert_eq!(press(&mut app, "7"), []);
    let status = app.status.clone().expect("a word on 7");
    assert!(status.text.contains("0–4"), "{status:?}");
    // q waits for the round to end, and the screen says so (? opens the help over it).
    for c in ['q', 'x'] {
        app.status = None;
        assert_eq!(press(&mut app, &c.to_string()), []);
        let status = app
            .status
            .clone()
            .unwrap_or_else(|| panic!("a word on {c}"));
        assert!(
            status.text.contains("når runden er slut"),
            "{c}: {status:?}"
        );
        assert!(
            render(&mut app, 80, 24).contains("når runden er slut"),
            "{c}"
        );
    }
    assert_eq!(app.context(), Context::VoteCast);
    assert!(render(&mut app, 80, 24).contains("1 af 3 har stemt"));
    // The next vote that counts clears the word.
    press(&mut app, "3");
    assert!(app.status.is_none());
    press(&mut app, "3q");
    assert_eq!(app.context(), Context::VoteReveal);
    assert!(
        app.status
            .as_ref()
            .is_some_and(|st| st.text.contains("når runden er slut"))
    );
    assert!(!app.quitting);
    // Before a round begins, a digit on the scale is not off the scale; it just waits for j/n.
    key(&mut app, KeyCode::Enter);
    press(&mut app, "v3");
    assert_eq!(app.context(), Context::VoteConfirm);
    let status = app.status.clone().unwrap();
    assert_eq!(status.text, refleks::strings::VOTE_KEY_NOT_HERE);
}

/// As `refleks merge` leaves a file: votes by person, no score yet. Opening it says how to put
/// the votes on the table; a file whose votes are all agreed on says nothing.
#[test]
fn opening_a_file_with_votes_not_yet_agreed_says_how_to_reveal_them() {
    let deck = Deck::embedded();
    let mut a = Assessment::new(
        &deck,
        "Team Øst",
        vec!["Anna".into(), "Bo".into()],
        vec![],
        "2026-12-01",
    );
    for (name, v) in [("Anna", 0), ("Bo", 4)] {
        a.answer_mut("2.1.3")
            .votes
            .insert(name.into(), Score::Level(v));
    }
    let open = |a: &Assessment| {
        let mut app = App::new(Deck::embedded(), "2026-12-01");
        update(
            &mut app,
            Msg::Opened {
                assessment: Box::new(a.clone()),
                path: "team-oest-2026-12-01.toml".into(),
                read_only: None,
            },
        );
        app
    };
    let mut app = open(&a);
    let status = app.status.clone().expect("a word on the open votes");
    assert!(status.text.contains("tryk r"), "{status:?}");
    assert!(
        render(&mut app, 80, 24).contains("tryk r"),
        "{}",
        render(&mut app, 80, 24)
    );
    press(&mut app, "r");
    assert_eq!(app.context(), Context::VoteReveal);
    // Agreed: nothing to say.
    a.answer_mut("2.1.3").score = Some(Score::Level(2));
    assert!(open(&a).status.is_none());
}

/// Everyone said "ved ikke": there is no median for Enter to agree on, and the reveal says
/// what to press before anyone tries Enter.
#[test]
fn a_reveal_of_only_ved_ikke_says_what_to_press_at_once() {
    let mut app = app(ABC);
    press(&mut app, "vuuu");
    assert_eq!(app.context(), Context::VoteReveal);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("så der er ingen median"), "{shown}");
    assert!(!shown.contains("Enter: teamet er enigt"), "{shown}");
    // Enter still agrees on nothing; u agrees on "ved ikke".
    assert_eq!(key(&mut app, KeyCode::Enter), []);
    assert_eq!(press(&mut app, "u"), [Effect::Save]);
    assert_eq!(
        answer(&app, "2.1.1").unwrap().score,
        Some(Score::Other(NonScore::Unknown))
    );
}

/// Votes cast by name before the team switched to anonymous votes keep their names: `N` says
/// so, and looking at them again with `r` (and agreeing) must not rewrite them as counts.
#[test]
fn r_on_an_anonymous_assessment_keeps_earlier_named_votes_as_they_were() {
    let mut app = app(&["Anna", "Bo"]);
    press(&mut app, "v04");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc); // the dissent note
    press(&mut app, "N");
    assert!(assessment(&app).anonymous);
    press(&mut app, "r");
    assert_eq!(app.context(), Context::VoteReveal);
    assert!(
        !render(&mut app, 80, 24).contains("Anna"),
        "the table sees counts only"
    );
    press(&mut app, "2");
    key(&mut app, KeyCode::Esc); // the dissent note again
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.score, Some(Score::Level(2)));
    assert_eq!(a.votes.len(), 2, "{a:?}");
    assert!(a.tally.is_empty(), "{a:?}");
}

/// `V` on a card where one anvisning has votes: the question names that one, not the card's
/// every anvisning (which would say that all of them hold votes).
#[test]
fn a_card_round_asks_about_the_anvisninger_that_have_votes() {
    let mut app = app(ABC);
    press(&mut app, "v233");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "V");
    assert_eq!(app.context(), Context::VoteCardAsk);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("2.1.1 har allerede stemmer"), "{shown}");
    assert!(!shown.contains("2.1.2"), "{shown}");
}

/// `V` where 2.1.1 has votes: n leaves 2.1.1 out and the card round goes on with the rest;
/// 2.1.1's votes and score stay as they were.
#[test]
fn no_in_a_card_round_skips_that_anvisning_never_the_card() {
    let mut app = app(&["Anna", "Bo"]);
    press(&mut app, "v23");
    key(&mut app, KeyCode::Enter);
    let before = answer(&app, "2.1.1").cloned();
    let n = app.current_card().unwrap().anvisninger.len();
    press(&mut app, "Vn");
    assert_eq!(app.context(), Context::VoteCast);
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains(&format!("anvisning 1 af {}", n - 1)),
        "{shown}"
    );
    press(&mut app, &"3".repeat(2 * (n - 1)));
    assert_eq!(app.context(), Context::VoteReveal);
    key(&mut app, KeyCode::Esc);
    assert_eq!(answer(&app, "2.1.1").cloned(), before);
    assert_eq!(answer(&app, "2.1.2").unwrap().votes.len(), 2);
    // j votes on it again with the rest.
    press(&mut app, "Vj");
    assert_eq!(
        app.context(),
        Context::VoteCardAsk,
        "2.1.2 is asked about next"
    );
    press(&mut app, &"j".repeat(n - 1));
    assert_eq!(app.context(), Context::VoteCast);
    assert!(render(&mut app, 80, 24).contains(&format!("anvisning 1 af {n}")));
}

/// Each agreement of a card round is saved as it is made and is its own undo step, after the
/// reveal's: a crash mid-round loses none of them.
#[test]
fn each_agreement_in_a_card_round_is_saved_at_once_and_undone_one_by_one() {
    let mut app = app(&["Anna", "Bo"]);
    let n = app.current_card().unwrap().anvisninger.len();
    press(&mut app, "V");
    press(&mut app, &"3".repeat(n));
    let effects = press(&mut app, &"3".repeat(n));
    assert_eq!(effects, [Effect::Save], "the reveal");
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Save],
        "one agreement"
    );
    assert_eq!(key(&mut app, KeyCode::Enter), [Effect::Save], "another");
    let scored = |app: &App| {
        assessment(app)
            .answers
            .values()
            .filter(|x| x.score.is_some())
            .count()
    };
    assert_eq!(scored(&app), 2);
    key(&mut app, KeyCode::Esc);
    press(&mut app, "z");
    assert_eq!(scored(&app), 1, "one agreement undone");
    press(&mut app, "z");
    assert_eq!(scored(&app), 0);
    assert_eq!(
        answer(&app, "2.1.1").unwrap().votes.len(),
        2,
        "the votes stay"
    );
    press(&mut app, "z");
    assert!(answer(&app, "2.1.1").is_none(), "then the reveal");
}

/// Merged pre-assessments where everyone said "ikke relevant": no median, and the reveal does
/// not claim that everyone said "ved ikke".
#[test]
fn a_reveal_of_only_ikke_relevant_does_not_say_ved_ikke() {
    let mut app = app(&["Anna", "Bo"]);
    let a = &mut app.session.as_mut().unwrap().assessment;
    for name in ["Anna", "Bo"] {
        a.answer_mut("2.1.1")
            .votes
            .insert(name.into(), Score::Other(NonScore::NotRelevant));
    }
    press(&mut app, "r");
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("ingen median"), "{shown}");
    assert!(!shown.contains("Alle stemte »ved ikke«"), "{shown}");
}

/// A mistyped hidden vote, or a person skipped by mistake, is taken back with Backspace (the
/// value is never shown); without it the only way out was Esc, losing everyone's votes.
#[test]
fn backspace_takes_back_the_last_hidden_vote_or_skip() {
    let mut app = app(ABC);
    press(&mut app, "v4");
    assert_eq!(key(&mut app, KeyCode::Backspace), []);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("▶ Anna stemmer nu"), "{shown}");
    assert!(shown.contains("0 af 3 har stemt"), "{shown}");
    press(&mut app, "3s");
    assert!(render(&mut app, 80, 24).contains("1 af 2 har stemt"));
    key(&mut app, KeyCode::Backspace);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("▶ Bo stemmer nu"), "{shown}");
    assert!(shown.contains("1 af 3 har stemt"), "{shown}");
    assert!(shown.contains("Stemmen er fortrudt"), "{shown}");
    press(&mut app, "33");
    assert_eq!(app.context(), Context::VoteReveal);
    assert!(render(&mut app, 80, 24).contains("Anna 3 · Bo 3 · Ceylan 3"));
    // Nothing to take back at the start: it says so, nothing moves.
    key(&mut app, KeyCode::Enter);
    press(&mut app, "vj");
    key(&mut app, KeyCode::Backspace);
    assert_eq!(app.context(), Context::VoteCast);
    assert!(app.status.is_some());
}

#[test]
fn backspace_in_a_card_round_goes_back_one_anvisning() {
    let mut app = app(&["Anna", "Bo"]);
    let n = app.current_card().unwrap().anvisninger.len();
    press(&mut app, "V22");
    assert!(render(&mut app, 80, 24).contains(&format!("anvisning 3 af {n}")));
    key(&mut app, KeyCode::Backspace);
    assert!(render(&mut app, 80, 24).contains(&format!("anvisning 2 af {n}")));
    press(&mut app, &"4".repeat(n - 1));
    assert!(render(&mut app, 80, 24).contains("▶ Bo stemmer nu"));
    // Bo's first Backspace goes back to Anna's last anvisning.
    key(&mut app, KeyCode::Backspace);
    let shown = render(&mut app, 80, 24);
    assert!(shown.contains("▶ Anna stemmer nu"), "{shown}");
    assert!(shown.contains(&format!("anvisning {n} af {n}")), "{shown}");
}

/// One form of address throughout: "du" (and "teamet"), never the plural "I"/"jer"/"jeres".
/// "I" opening a sentence means "in" ("I en runde …") and is fine; mid-sentence it is "you".
#[test]
fn every_ui_text_says_du_not_i() {
    // Every string literal in every source file, not only strings.rs: a text written where it
    // is used is read by the team all the same.
    let mut files = vec![std::path::PathBuf::from("src")];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            for literal in literals(line) {
                checked += 1;
                let place = format!("{}:{}: {line}", path.display(), n + 1);
                let words = literal.split(|c: char| !c.is_alphabetic());
                for w in words {
                    assert!(!matches!(w, "jer" | "jeres" | "Jer" | "Jeres"), "{place}");
                }
                let mid_sentence_i = literal.match_indices(" I ").any(|(i, _)| {
                    literal[..i]
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_lowercase())
                });
                assert!(!mid_sentence_i, "{place}");
            }
        }
    }
    assert!(checked > 1000, "the string literals were found: {checked}");
}

/// The string literals on one line of Rust (a literal over several lines is read line by line).
fn literals(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else {
            out.push(after);
            break;
        };
        out.push(&after[..end]);
        rest = &after[end + 1..];
    }
    out
}

/// A failed save is said until it is seen to: a vote cast after it does not wipe the error.
#[test]
fn a_save_error_stays_on_screen_through_the_round() {
    let mut app = app(ABC);
    press(&mut app, "v");
    update(&mut app, Msg::SaveFailed("Disken er fuld".into()));
    press(&mut app, "2");
    let status = app.status.clone().expect("the error is still there");
    assert!(
        status.error && status.text.contains("Disken er fuld"),
        "{status:?}"
    );
}

/// The issue's walk: Anna 2, Bo absent, Cem 3, Dina 3, Emil 2: Enter saves the votes and that Bo
/// was away, in the file and in the minutes, in the order people sit.
#[test]
fn the_absent_are_saved_with_the_round_and_named_in_the_minutes() {
    let mut app = app(&["Anna", "Bo", "Cem", "Dina", "Emil"]);
    press(&mut app, "v2s332");
    assert!(render(&mut app, 80, 24).contains("Enige · 4 stemmer"));
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.absent, ["Bo"]);
    assert_eq!(a.score, Some(Score::Level(2)));
    let text = refleks::assessment::to_toml(assessment(&app));
    assert!(text.contains("absent = [\"Bo\"]"), "{text}");
    assert!(text.contains("schema = 4"), "{text}");
    let md = refleks::report::report(
        assessment(&app),
        &Deck::embedded(),
        refleks::report::ReportFormat::Md,
    );
    assert!(
        md.contains("Anna 2, Bo ikke til stede, Cem 3, Dina 3, Emil 2"),
        "{md}"
    );
    // A new round without absence clears it.
    press(&mut app, "vj33333");
    key(&mut app, KeyCode::Enter);
    assert!(answer(&app, "2.1.1").unwrap().absent.is_empty());
}

/// `x` on a reveal agrees on "ikke relevant" and asks the reason, as on the card; the reason's
/// closing sets the score. Without a reason nothing is agreed, and the votes stay.
#[test]
fn x_on_a_reveal_agrees_on_ikke_relevant_with_its_reason() {
    let mut app = app(ABC);
    press(&mut app, "v233x");
    assert_eq!(app.context(), Context::Editor);
    assert!(
        render(&mut app, 80, 24).contains("Anna 2"),
        "the votes stay in sight"
    );
    press(&mut app, "Ingen unge");
    assert_eq!(key(&mut app, KeyCode::Esc), [Effect::Save]);
    assert!(app.overlay().is_none(), "one anvisning: the round is over");
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.score, Some(Score::Other(NonScore::NotRelevant)));
    assert_eq!(a.reason, "Ingen unge");
    assert_eq!(a.votes.len(), 3);
    // One undo step takes the agreement and its reason back; the votes stay.
    press(&mut app, "z");
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!((a.score, a.reason.as_str(), a.votes.len()), (None, "", 3));
}

#[test]
fn x_on_a_reveal_without_a_reason_agrees_on_nothing() {
    let mut app = app(&["Anna", "Bo"]);
    let n = app.current_card().unwrap().anvisninger.len();
    press(&mut app, "V");
    press(&mut app, &"3".repeat(2 * n));
    press(&mut app, "x");
    assert_eq!(app.context(), Context::Editor);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::VoteReveal, "the round goes on");
    assert!(app.status.as_ref().unwrap().text.contains("begrundelse"));
    key(&mut app, KeyCode::Esc);
    let scored = assessment(&app)
        .answers
        .values()
        .filter(|x| x.score.is_some())
        .count();
    assert_eq!(scored, 0, "no score from a reason left empty");
}

/// One "ikke relevant" against two 3s is not "close": the reveal says the team disagrees on
/// relevance, and the dissent note opens.
#[test]
fn votes_split_on_relevance_are_flagged_as_such() {
    let mut app = app(ABC);
    let a = &mut app.session.as_mut().unwrap().assessment;
    let x = a.answer_mut("2.1.1");
    x.votes.insert("Anna".into(), Score::Level(3));
    x.votes.insert("Bo".into(), Score::Level(3));
    x.votes
        .insert("Ceylan".into(), Score::Other(NonScore::NotRelevant));
    press(&mut app, "r");
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains("UENIGHED: Uenige om relevans · 1 ikke relevant, 2 andre"),
        "{shown}"
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Editor, "the dissent note opens");
}

/// After the talk, `v` again offers a new round; both rounds are kept (the first in
/// `rounds`), and the minutes show the movement.
#[test]
fn a_second_round_after_the_talk_keeps_the_first() {
    let mut app = app(&["Anna", "Bo", "Cem", "Dina", "Emil"]);
    press(&mut app, "v04402");
    press(&mut app, " "); // on without agreeing: the team talks
    assert!(app.overlay().is_none());
    press(&mut app, "v");
    assert_eq!(app.context(), Context::VoteConfirm);
    assert!(render(&mut app, 80, 24).contains("Ny runde efter drøftelsen?"));
    assert_eq!(press(&mut app, "j23332"), [Effect::Save]);
    let shown = render(&mut app, 80, 24);
    assert!(
        shown.contains("Runde 2 · spredning 0–4 → 2–3; 4 flyttede sig"),
        "{shown}"
    );
    key(&mut app, KeyCode::Enter);
    let a = answer(&app, "2.1.1").unwrap();
    assert_eq!(a.rounds.len(), 1);
    assert_eq!(a.rounds[0].votes["Bo"], Score::Level(4));
    assert_eq!(a.votes["Bo"], Score::Level(3));
    assert_eq!(a.score, Some(Score::Level(3)));
    let md = refleks::report::report(
        assessment(&app),
        &Deck::embedded(),
        refleks::report::ReportFormat::Md,
    );
    assert!(
        md.contains("Runde 1: Anna 0, Bo 4, Cem 4, Dina 0, Emil 2"),
        "{md}"
    );
    assert!(md.contains("spredning 0–4 → 2–3; 4 flyttede sig"), "{md}");
    // One undo takes the agreement back, the next the second round: the first is back.
    press(&mut app, "zz");
    let a = answer(&app, "2.1.1").unwrap();
    assert!(a.rounds.is_empty());
    assert_eq!(a.votes["Bo"], Score::Level(4));
}
