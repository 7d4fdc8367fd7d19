//! Tallies as a team types them: whatever is typed never panics, and a tally written the way
//! the app writes it ("2 × 3, 1 × 4, 1 × ved ikke") reads back as the same votes.

use proptest::prelude::*;
use refleks::assessment::{Agreement, NonScore, Score, parse_tally, tally_text, vote_stats};

const SCALE: [u8; 5] = [0, 1, 2, 3, 4];

fn vote() -> impl Strategy<Value = Score> {
    prop_oneof![
        4 => (0u8..=4).prop_map(Score::Level),
        1 => Just(Score::Other(NonScore::Unknown)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_written_tally_reads_back_as_the_same_votes(mut votes in prop::collection::vec(vote(), 0..12)) {
        let text = tally_text(&vote_stats(votes.clone(), &SCALE));
        let back = parse_tally(&text, 4).map_err(|e| TestCaseError::fail(format!("{text}: {}", e.0)))?;
        Score::sort_votes(&mut votes);
        prop_assert_eq!(back, votes, "{}", text);
    }

    #[test]
    fn anything_typed_is_read_or_explained_never_a_panic(text in "\\PC{0,30}|[0-9 ×x*,;u]{0,20}") {
        match parse_tally(&text, 4) {
            Ok(votes) => {
                let on_scale = |v: &Score| match v {
                    Score::Level(l) => *l <= 4,
                    Score::Other(n) => *n == NonScore::Unknown,
                };
                prop_assert!(votes.iter().all(on_scale), "{:?}", votes);
            }
            Err(e) => prop_assert!(!e.0.is_empty()),
        }
    }

    #[test]
    fn the_median_is_a_vote_and_never_above_the_upper_middle(votes in prop::collection::vec(0u8..=4, 1..12)) {
        let stats = vote_stats(votes.iter().map(|&v| Score::Level(v)), &SCALE);
        let mut sorted = votes.clone();
        sorted.sort_unstable();
        let median = stats.median.unwrap();
        prop_assert!(votes.contains(&median));
        prop_assert!(median <= sorted[sorted.len() / 2]);
        let (lo, hi) = stats.spread.unwrap();
        // Every vote on the scale has a kind; close votes are always "Enige", and only polarised
        // and spread ones are flagged.
        let kind = stats.kind.unwrap();
        prop_assert_eq!(kind == Agreement::Agreed, sorted.iter().all(|v| v.abs_diff(median) <= 1));
        if hi - lo < 2 {
            prop_assert_eq!(kind, Agreement::Agreed);
        }
        prop_assert_eq!(stats.disagreement, matches!(kind, Agreement::Polarised | Agreement::Spread));
    }
}
