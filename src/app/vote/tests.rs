//! Unit tests of `vote`.

use super::*;
use ratatui::crossterm::event::KeyCode;
use std::collections::BTreeMap;

fn names(n: &[&str]) -> Vec<String> {
    n.iter().map(|s| s.to_string()).collect()
}

fn one(voters: &[&str]) -> Round {
    Round::new(
        names(&["2.1.1"]),
        names(voters),
        vec![0, 1, 2, 3, 4],
        false,
        &[],
    )
    .unwrap()
}

fn vote(r: &mut Round, v: u8) -> Event {
    r.input(Input::Vote(Score::Level(v)))
}

#[test]
fn votes_two_three_three_agree_on_three() {
    let mut r = one(&["Anna", "Bo", "Ceylan"]);
    assert_eq!(r.turn(), Some(("Anna", "2.1.1")));
    vote(&mut r, 2);
    assert_eq!(r.voted(), (1, 3));
    assert_eq!(
        r.results(),
        Vec::new(),
        "nothing is written before the reveal"
    );
    vote(&mut r, 3);
    vote(&mut r, 3);
    let shown = r.reveal().unwrap();
    assert_eq!(shown.named.len(), 3);
    assert_eq!(shown.stats.median, Some(3));
    assert_eq!(
        r.input(Input::Agree),
        Event::Agreed {
            anvisning: "2.1.1".into(),
            flagged: false
        }
    );
    let res = r.results();
    assert_eq!(res[0].agreed, Some(Score::Level(3)));
    assert_eq!(res[0].votes.len(), 3);
    assert_eq!(res[0].votes["Anna"], Score::Level(2));
}

#[test]
fn two_people_of_the_same_name_each_keep_their_vote() {
    let mut r = one(&["Anna", "Anna"]);
    vote(&mut r, 1);
    vote(&mut r, 3);
    let res = r.results();
    assert_eq!(res[0].votes.len(), 2);
    assert_eq!(res[0].votes["Anna (2)"], Score::Level(3));
}

#[test]
fn far_apart_votes_are_flagged() {
    let mut r = one(&["Anna", "Bo", "Ceylan"]);
    for v in [0, 1, 4] {
        vote(&mut r, v);
    }
    assert!(r.reveal().unwrap().stats.disagreement);
    assert_eq!(
        r.input(Input::AgreeOn(Score::Level(2))),
        Event::Agreed {
            anvisning: "2.1.1".into(),
            flagged: true
        }
    );
    assert_eq!(r.results()[0].agreed, Some(Score::Level(2)));
}

#[test]
fn an_absent_voter_is_skipped() {
    let mut r = one(&["Anna", "Bo", "Ceylan"]);
    vote(&mut r, 2);
    r.input(Input::Skip);
    assert_eq!(r.turn(), Some(("Ceylan", "2.1.1")));
    assert_eq!(r.voted(), (1, 2));
    vote(&mut r, 2);
    let shown = r.reveal().unwrap();
    assert_eq!(shown.named[1], ("Bo", None));
    assert_eq!(r.results()[0].votes.len(), 2);
}

#[test]
fn everyone_absent_reveals_nothing() {
    let mut r = one(&["Anna"]);
    assert_eq!(r.input(Input::Skip), Event::NoVotes);
    assert!(r.results().is_empty());
}

#[test]
fn a_card_round_reveals_the_most_disputed_first() {
    let mut r = Round::new(
        names(&["2.1.1", "2.1.2", "2.1.3"]),
        names(&["Anna", "Bo"]),
        vec![0, 1, 2, 3, 4],
        false,
        &[],
    )
    .unwrap();
    // Anna scores all three, then Bo.
    for v in [2, 2, 3] {
        assert_eq!(r.turn().unwrap().0, "Anna");
        vote(&mut r, v);
    }
    for v in [2, 4, 3] {
        assert_eq!(r.turn().unwrap().0, "Bo");
        vote(&mut r, v);
    }
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.2");
    assert_eq!(r.reveal().unwrap().place, (1, 3));
    r.input(Input::Agree);
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.1");
    r.input(Input::Next);
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.3");
    assert!(matches!(r.input(Input::Agree), Event::Agreed { .. }));
    assert_eq!(r.input(Input::Next), Event::Finished);
    let res = r.results();
    assert_eq!(res[0].agreed, None, "2.1.1 was passed over");
    assert_eq!(res[1].agreed, Some(Score::Level(2)), "median of 2 and 4");
    assert_eq!(res[0].votes.len(), 2, "its votes are kept");
}

#[test]
fn replacing_votes_is_asked_first() {
    let mut r = Round::new(
        names(&["2.1.1"]),
        names(&["Anna"]),
        vec![0, 1, 2, 3, 4],
        false,
        &names(&["2.1.1"]),
    )
    .unwrap();
    assert_eq!(r.step, Step::Confirm { item: 0 });
    assert_eq!(vote(&mut r, 3), Event::Nothing, "no vote before the yes");
    r.input(Input::Confirm);
    assert_eq!(r.turn(), Some(("Anna", "2.1.1")));
}

#[test]
fn a_tally_is_typed_and_revealed_without_names() {
    let mut r = Round::tally("2.1.1".into(), vec![0, 1, 2, 3, 4], false);
    for c in "2 × 3, 1 × 9".chars() {
        r.input(Input::Edit(KeyEvent::from(KeyCode::Char(c))));
    }
    r.input(Input::Submit);
    assert!(matches!(&r.step, Step::Tally { error: Some(e), .. } if e.contains("0 til 4")));
    r.input(Input::Edit(KeyEvent::from(KeyCode::Backspace)));
    r.input(Input::Edit(KeyEvent::from(KeyCode::Char('4'))));
    assert_eq!(r.input(Input::Submit), Event::Moved);
    let shown = r.reveal().unwrap();
    assert!(shown.named.is_empty());
    assert_eq!(shown.stats.median, Some(3));
    r.input(Input::Agree);
    let res = r.results();
    assert!(res[0].votes.is_empty());
    assert_eq!(
        res[0].tally,
        vec![Score::Level(3), Score::Level(3), Score::Level(4)]
    );
}

#[test]
fn an_anonymous_assessment_keeps_counts_not_names() {
    let mut r = Round::new(
        names(&["2.1.1"]),
        names(&["Anna", "Bo"]),
        vec![0, 1, 2, 3, 4],
        true,
        &[],
    )
    .unwrap();
    vote(&mut r, 1);
    r.input(Input::Vote(UNKNOWN_VOTE));
    assert!(r.reveal().unwrap().named.is_empty());
    let res = r.results();
    assert!(res[0].votes.is_empty());
    assert_eq!(res[0].tally, vec![Score::Level(1), UNKNOWN_VOTE]);
}

#[test]
fn saved_votes_are_revealed_most_disputed_first_and_kept() {
    let votes = |pairs: &[(&str, u8)]| -> BTreeMap<String, Score> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), Score::Level(*v)))
            .collect()
    };
    let mut r = Round::saved(
        vec![
            ("2.1.1".into(), votes(&[("Anna", 2), ("Bo", 2)]), Vec::new()),
            ("2.1.2".into(), votes(&[("Anna", 0), ("Bo", 4)]), Vec::new()),
            ("2.1.3".into(), BTreeMap::new(), vec![Score::Level(3)]),
        ],
        &names(&["Bo", "Anna"]),
        vec![0, 1, 2, 3, 4],
        false,
    )
    .unwrap();
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.2");
    let seated: Vec<&str> = r.reveal().unwrap().named.iter().map(|x| x.0).collect();
    assert_eq!(seated, ["Bo", "Anna"], "in the order people sit");
    r.input(Input::AgreeOn(Score::Level(1)));
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.1", "agreeing moves on");
    let res = r.results();
    assert_eq!(res[1].agreed, Some(Score::Level(1)));
    assert_eq!(res[0].votes.len(), 2, "votes are written back as they were");
    assert_eq!(res[2].tally, vec![Score::Level(3)]);
    assert_eq!(
        res[0].absent, None,
        "what the file says about absence stays"
    );
    assert!(res[2].votes.is_empty());
}

#[test]
fn only_ved_ikke_has_no_median_to_agree_on() {
    let mut r = one(&["Anna"]);
    r.input(Input::Vote(UNKNOWN_VOTE));
    assert_eq!(r.input(Input::Agree), Event::NoMedian);
    assert!(matches!(
        r.input(Input::AgreeOn(UNKNOWN_VOTE)),
        Event::Agreed { .. }
    ));
}

fn card(voted: &[&str]) -> Round {
    Round::new(
        names(&["2.1.1", "2.1.2", "2.1.3"]),
        names(&["Anna", "Bo"]),
        vec![0, 1, 2, 3, 4],
        false,
        &names(voted),
    )
    .unwrap()
}

#[test]
fn esc_with_hidden_votes_asks_and_no_goes_on_where_it_was() {
    let mut r = one(&["Anna", "Bo", "Ceylan"]);
    vote(&mut r, 2);
    r.input(Input::Skip);
    assert_eq!(r.hidden_votes(), 1);
    assert_eq!(r.input(Input::Cancel), Event::Moved);
    assert!(matches!(r.step, Step::CancelAsk { .. }));
    assert_eq!(r.hidden_votes(), 1, "the question says how many");
    assert_eq!(vote(&mut r, 3), Event::Nothing, "no vote while asking");
    // n (or Esc again) goes on: Ceylan's turn, Anna's vote kept, Bo still away.
    assert_eq!(r.input(Input::Decline), Event::Moved);
    assert_eq!(r.turn(), Some(("Ceylan", "2.1.1")));
    r.input(Input::Cancel);
    assert_eq!(r.input(Input::Cancel), Event::Moved);
    assert_eq!(r.turn(), Some(("Ceylan", "2.1.1")));
    // j throws them away.
    r.input(Input::Cancel);
    assert_eq!(r.input(Input::Confirm), Event::Cancelled);
}

#[test]
fn esc_before_any_vote_cancels_at_once() {
    let mut r = one(&["Anna", "Bo"]);
    assert_eq!(r.input(Input::Cancel), Event::Cancelled);
    let mut t = Round::tally("2.1.1".into(), vec![0, 1, 2, 3, 4], false);
    assert_eq!(t.input(Input::Cancel), Event::Cancelled);
}

#[test]
fn esc_with_a_tally_typed_asks_and_keeps_the_text() {
    let mut t = Round::tally("2.1.1".into(), vec![0, 1, 2, 3, 4], false);
    t.paste("2 x 3");
    assert!(t.tally_typed());
    assert_eq!(t.input(Input::Cancel), Event::Moved);
    assert_eq!(t.input(Input::Decline), Event::Moved);
    assert!(matches!(&t.step, Step::Tally { text, .. } if text.text() == "2 x 3"));
}

#[test]
fn a_card_round_asks_per_anvisning_and_no_leaves_only_that_one_out() {
    let mut r = card(&["2.1.2", "2.1.3"]);
    assert_eq!(r.step, Step::Confirm { item: 1 });
    // No to 2.1.2: the card round goes on without it.
    assert_eq!(r.input(Input::Decline), Event::Moved);
    assert_eq!(r.items(), names(&["2.1.1", "2.1.3"]));
    assert_eq!(r.step, Step::Confirm { item: 1 }, "now about 2.1.3");
    assert_eq!(r.input(Input::Confirm), Event::Moved);
    assert_eq!(r.turn(), Some(("Anna", "2.1.1")));
    for v in [2, 2, 3, 3] {
        vote(&mut r, v);
    }
    let ids: Vec<_> = r.results().into_iter().map(|x| x.anvisning).collect();
    assert_eq!(ids, ["2.1.1", "2.1.3"], "2.1.2 is not touched");
}

#[test]
fn a_card_round_with_every_anvisning_left_out_has_nothing_left() {
    let mut r = card(&["2.1.1", "2.1.2", "2.1.3"]);
    assert_eq!(r.input(Input::Decline), Event::Moved);
    assert_eq!(r.input(Input::Decline), Event::Moved);
    assert_eq!(r.input(Input::Decline), Event::NothingLeft);
    // Esc while asking calls the round off (nothing is cast yet).
    let mut r = card(&["2.1.3"]);
    assert_eq!(r.input(Input::Cancel), Event::Cancelled);
}

#[test]
fn no_to_a_round_on_one_anvisning_with_votes_ends_it() {
    let mut r = Round::new(
        names(&["2.1.1"]),
        names(&["Anna"]),
        vec![0, 1, 2, 3, 4],
        false,
        &names(&["2.1.1"]),
    )
    .unwrap();
    assert_eq!(r.input(Input::Decline), Event::Cancelled);
}

#[test]
fn the_absent_are_in_the_results_in_seating_order() {
    let mut r = one(&["Anna", "Bo", "Ceylan", "Dina"]);
    vote(&mut r, 2);
    r.input(Input::Skip);
    r.input(Input::Skip);
    vote(&mut r, 3);
    assert_eq!(r.results()[0].absent, Some(names(&["Bo", "Ceylan"])));
}
