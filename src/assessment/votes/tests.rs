//! Unit tests of `votes`.

use super::*;

const SCALE: [u8; 5] = [0, 1, 2, 3, 4];

fn levels(v: &[u8]) -> Vec<Score> {
    v.iter().map(|&l| Score::Level(l)).collect()
}

#[test]
fn two_threes_and_a_two_agree_on_three() {
    let s = vote_stats(levels(&[2, 3, 3]), &SCALE);
    assert_eq!(s.median, Some(3));
    assert_eq!(s.spread, Some((2, 3)));
    assert_eq!(s.kind, Some(Agreement::Agreed));
    assert!(!s.disagreement);
    assert_eq!(s.histogram, vec![(0, 0), (1, 0), (2, 1), (3, 2), (4, 0)]);
}

fn kind(v: &[u8]) -> Option<Agreement> {
    vote_stats(levels(v), &SCALE).kind
}

#[test]
fn the_workshop_rounds_get_their_kinds() {
    // Anna 2, Cem 3, Dina 3, Emil 2: lower median 2, everyone within a step.
    assert_eq!(kind(&[2, 3, 3, 2]), Some(Agreement::Agreed));
    assert_eq!(kind(&[3, 3, 3, 3, 1]), Some(Agreement::OneOff));
    // Two camps, not "two outliers" from the lower median 0.
    assert_eq!(kind(&[0, 0, 4, 4]), Some(Agreement::Polarised));
    assert_eq!(kind(&[0, 0, 0, 4, 4, 4]), Some(Agreement::Polarised));
}

#[test]
fn the_edges_of_the_kinds() {
    assert_eq!(kind(&[3; 7]), Some(Agreement::Agreed));
    assert_eq!(kind(&[0]), Some(Agreement::Agreed));
    // Every vote a step from the median is agreement, though the ends hold a third each.
    assert_eq!(kind(&[1, 2, 3]), Some(Agreement::Agreed));
    // Two outliers among eleven; a third one makes it spread.
    let mut eleven = vec![3; 9];
    eleven.extend([0, 1]);
    assert_eq!(kind(&eleven), Some(Agreement::OneOff));
    let mut three_off = vec![3; 8];
    three_off.extend([0, 0, 1]);
    assert_eq!(kind(&three_off), Some(Agreement::Spread));
    // Half off is not "the rest": two and two a level apart on the top is spread.
    assert_eq!(kind(&[2, 2, 4, 4]), Some(Agreement::Spread));
    assert_eq!(kind(&[0, 2, 4, 4]), Some(Agreement::Spread));
    assert_eq!(kind(&[2, 2, 0]), Some(Agreement::OneOff));
    // Two votes, one at each end: polarised, and few.
    let two = vote_stats(levels(&[0, 4]), &SCALE);
    assert_eq!(two.kind, Some(Agreement::Polarised));
    assert!(two.disagreement);
    assert_eq!(
        kind_text(&two).unwrap(),
        "Polariseret · 2 stemmer – få stemmer"
    );
    assert_eq!(kind(&[]), None);
}

#[test]
fn only_polarised_and_spread_are_flagged() {
    assert!(vote_stats(levels(&[0, 0, 4, 4]), &SCALE).disagreement);
    assert!(vote_stats(levels(&[0, 2, 4, 4]), &SCALE).disagreement);
    assert!(!vote_stats(levels(&[3, 3, 3, 3, 1]), &SCALE).disagreement);
    assert!(!vote_stats(levels(&[2, 3, 3, 2]), &SCALE).disagreement);
    assert_eq!(
        kind_text(&vote_stats(levels(&[3, 3, 3, 3, 1]), &SCALE)).unwrap(),
        "Én afviger · 5 stemmer"
    );
}

#[test]
fn ved_ikke_and_ikke_relevant_are_beside_the_kind() {
    let mut v = levels(&[3, 3, 3, 3]);
    v.push(Score::Other(NonScore::NotRelevant));
    v.push(Score::Other(NonScore::Unknown));
    let s = vote_stats(v, &SCALE);
    assert_eq!((s.counted, s.unknown, s.not_relevant), (4, 1, 1));
    assert_eq!(s.kind, Some(Agreement::Agreed));
    assert_eq!(kind_text(&s).unwrap(), "Enige · 4 stemmer");
    let off = vote_stats(vec![Score::Other(NonScore::NotRelevant)], &SCALE);
    assert_eq!((off.kind, off.not_relevant), (None, 1));
}

#[test]
fn a_split_between_the_ends_on_a_short_scale_is_polarised() {
    // On 0-3 the ends are {0,1} and {2,3}; 1,1,2,2 is within a step of its median, so the
    // agreement check wins; 0,0,3,3 is two camps.
    let long: Vec<u8> = (0..=3).collect();
    assert_eq!(
        vote_stats(levels(&[0, 0, 3, 3]), &long).kind,
        Some(Agreement::Polarised)
    );
    assert_eq!(
        kind_rule(Agreement::Polarised, &long),
        "Mindst en tredjedel stemte 0–1 og mindst en tredjedel 2–3."
    );
    // Three levels have no ends apart: never polarised.
    assert_eq!(
        vote_stats(levels(&[0, 0, 2, 2]), &[0, 1, 2]).kind,
        Some(Agreement::Spread)
    );
}

#[test]
fn an_even_count_takes_the_lower_middle() {
    assert_eq!(vote_stats(levels(&[1, 2, 3, 4]), &SCALE).median, Some(2));
    assert_eq!(vote_stats(levels(&[3, 2]), &SCALE).median, Some(2));
}

#[test]
fn ved_ikke_is_counted_apart() {
    let mut v = levels(&[2, 2]);
    v.push(Score::Other(NonScore::Unknown));
    let s = vote_stats(v, &SCALE);
    assert_eq!((s.counted, s.unknown, s.median), (2, 1, Some(2)));
    let none = vote_stats(vec![Score::Other(NonScore::Unknown)], &SCALE);
    assert_eq!(
        (none.median, none.spread, none.disagreement),
        (None, None, false)
    );
}

#[test]
fn one_vote_never_disagrees() {
    assert!(!vote_stats(levels(&[0]), &SCALE).disagreement);
    assert!(!vote_stats(Vec::new(), &SCALE).disagreement);
}

#[test]
fn tallies_read_and_write() {
    let v = parse_tally("2 × 3, 1 × 4", 4).unwrap();
    assert_eq!(v, levels(&[3, 3, 4]));
    assert_eq!(tally_text(&vote_stats(v, &SCALE)), "2 × 3, 1 × 4");
    assert_eq!(parse_tally("2x3 1x4", 4).unwrap(), levels(&[3, 3, 4]));
    assert_eq!(parse_tally("1 x 4 2 x 3", 4).unwrap(), levels(&[3, 3, 4]));
    let u = parse_tally("1*u; 1 × ved ikke", 4).unwrap();
    assert_eq!(u, vec![Score::Other(NonScore::Unknown); 2]);
    assert_eq!(tally_text(&vote_stats(u, &SCALE)), "2 × ved ikke");
    assert_eq!(parse_tally("  ", 4).unwrap(), Vec::new());
}

#[test]
fn tallies_with_x_for_times() {
    for text in [
        "2 x 3, 1 x 4",
        "2 X 3; 1 X 4",
        "2x3,1x4",
        "1 x 4 2 x 3",
        "2*3 1*4",
    ] {
        assert_eq!(parse_tally(text, 4).unwrap(), levels(&[3, 3, 4]), "{text}");
    }
    assert_eq!(
        parse_tally("1 x U, 1 x Ved ikke", 4).unwrap(),
        vec![Score::Other(NonScore::Unknown); 2]
    );
}

#[test]
fn tallies_as_a_list_of_votes() {
    for text in [
        "3, 3, 2, 4",
        "3 3 2 4",
        "3,3,2,4",
        "3; 3; 2; 4",
        " 4 3,  2 3 ",
    ] {
        assert_eq!(
            parse_tally(text, 4).unwrap(),
            levels(&[2, 3, 3, 4]),
            "{text}"
        );
    }
    assert_eq!(parse_tally("3", 4).unwrap(), levels(&[3]));
    let with_unknown = parse_tally("0, u, ved ikke, 4", 4).unwrap();
    assert_eq!(with_unknown.len(), 4);
    assert_eq!(
        tally_text(&vote_stats(with_unknown, &SCALE)),
        "1 × 0, 1 × 4, 2 × ved ikke"
    );
}

#[test]
fn bad_tallies_say_what_to_write() {
    assert!(parse_tally("2 × 7", 4).unwrap_err().0.contains("0 til 4"));
    assert!(parse_tally("to × 3", 4).unwrap_err().0.contains("antal"));
    // A list of votes: a level off the scale, or two votes run together.
    assert!(parse_tally("3, 3, 7", 4).unwrap_err().0.contains("»7«"));
    assert!(parse_tally("33 2", 4).unwrap_err().0.contains("0 til 4"));
    assert!(parse_tally("3, tre", 4).unwrap_err().0.contains("»tre«"));
    // The two ways mixed are refused, with both shown.
    let mixed = parse_tally("2 x 3, 4", 4).unwrap_err().0;
    assert!(
        mixed.contains("»4«") && mixed.contains("3, 3, 2, 4") && mixed.contains("2 x 3"),
        "{mixed}"
    );
    assert!(parse_tally(&"3 ".repeat(MAX_TALLY + 1), 4).is_err());
    assert!(parse_tally("99999999 × 3", 4).is_err());
    assert!(
        parse_tally(&"600 × 3, ".repeat(2), 4).is_err(),
        "the cap is on the total"
    );
}

#[test]
fn disputed_lists_requirements_first_in_deck_order() {
    let deck = crate::deck::Deck::embedded();
    let mut a = Assessment::new(&deck, "T", vec![], vec![], "2026-12-01");
    let ids: Vec<(&str, crate::deck::Kind)> = deck
        .anvisninger()
        .map(|x| (x.id.as_str(), x.kind))
        .collect();
    let rec = ids
        .iter()
        .find(|x| x.1 == crate::deck::Kind::Recommendation)
        .unwrap()
        .0;
    let req = ids
        .iter()
        .rev()
        .find(|x| x.1 == crate::deck::Kind::Requirement)
        .unwrap()
        .0;
    let calm = ids.iter().find(|x| x.0 != rec && x.0 != req).unwrap().0;
    for (id, votes) in [
        (rec, [0, 2, 4, 4]),
        (req, [0, 2, 4, 4]),
        (calm, [2, 2, 2, 2]),
    ] {
        a.answer_mut(id).tally = levels(&votes);
    }
    assert_eq!(
        disputed(&a, &deck),
        [req, rec],
        "both spread: lovkrav first"
    );
    a.answer_mut(rec).tally = levels(&[0, 0, 4, 4]);
    assert_eq!(disputed(&a, &deck), [rec, req], "polarised before lovkrav");
    a.answer_mut(rec).tally = levels(&[3, 3, 3, 3, 1]);
    assert_eq!(disputed(&a, &deck), [req], "one outlier is not flagged");
}

#[test]
fn answers_count_named_and_anonymous_votes() {
    let mut a = Answer::default();
    a.votes.insert("Anna".into(), Score::Level(2));
    a.tally = levels(&[3, 4]);
    let s = vote_stats(a.all_votes(), &SCALE);
    assert_eq!((s.counted, s.median), (3, Some(3)));
}

#[test]
fn a_split_on_relevance_is_flagged_as_such() {
    let mut v = levels(&[3, 3]);
    v.push(Score::Other(NonScore::NotRelevant));
    let s = vote_stats(v, &SCALE);
    assert_eq!(s.kind, Some(Agreement::Agreed), "the levels agree");
    assert!(s.relevance_split && s.disagreement);
    assert_eq!(
        relevance_text(&s).unwrap(),
        "Uenige om relevans · 1 ikke relevant, 2 andre stemmer"
    );
    let all_off = vote_stats(vec![Score::Other(NonScore::NotRelevant); 3], &SCALE);
    assert!(
        !all_off.relevance_split && !all_off.disagreement,
        "all agree"
    );
    assert!(relevance_text(&vote_stats(levels(&[1, 4]), &SCALE)).is_none());
}

#[test]
fn disputed_puts_a_relevance_split_after_polarised_before_spread() {
    let deck = crate::deck::Deck::embedded();
    let mut a = Assessment::new(&deck, "T", vec![], vec![], "2026-12-01");
    a.answer_mut("2.1.1").tally = levels(&[0, 2, 4, 4]);
    let mut split = levels(&[3, 3]);
    split.push(Score::Other(NonScore::NotRelevant));
    a.answer_mut("2.1.2").tally = split;
    a.answer_mut("2.1.3").tally = levels(&[0, 0, 4, 4]);
    assert_eq!(disputed(&a, &deck), ["2.1.3", "2.1.2", "2.1.1"]);
}
