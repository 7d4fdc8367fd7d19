//! Unit tests of `vote`.

use super::*;
use ratatui::crossterm::event::KeyCode;

fn names(n: &[&str]) -> Vec<String> {
    n.iter().map(|s| s.to_string()).collect()
}

fn one(voters: &[&str]) -> Round {
    Round::new(
        names(&["2.1.1"]),
        names(voters),
        vec![0, 1, 2, 3, 4],
        false,
        false,
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
        false,
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
        true,
    )
    .unwrap();
    assert_eq!(r.step, Step::Confirm);
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
        false,
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
        vec![0, 1, 2, 3, 4],
        false,
    )
    .unwrap();
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.2");
    r.input(Input::AgreeOn(Score::Level(1)));
    assert_eq!(r.reveal().unwrap().anvisning, "2.1.1", "agreeing moves on");
    let res = r.results();
    assert_eq!(res[1].agreed, Some(Score::Level(1)));
    assert_eq!(res[0].votes.len(), 2, "votes are written back as they were");
    assert_eq!(res[2].tally, vec![Score::Level(3)]);
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
