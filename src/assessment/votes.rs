//! What a set of silent votes says: how they spread over the deck's scale, the median the team
//! starts from, and whether the team disagrees enough that the minutes should say so.
//! Votes come by name (`Answer::votes`) or as an anonymous tally (`Answer::tally`); both count.

use super::model::{Answer, Assessment, NonScore, Score};

/// How the votes on one anvisning fall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteStats {
    /// Per level of the scale, in scale order: (level, how many voted it).
    pub histogram: Vec<(u8, usize)>,
    /// Votes of "ved ikke": counted apart, never as a level.
    pub unknown: usize,
    /// Votes on a level (the histogram's sum).
    pub counted: usize,
    /// The middle level; for an even count the lower of the two middle ones (see [`MEDIAN_RULE`]).
    pub median: Option<u8>,
    /// Lowest and highest level voted.
    pub spread: Option<(u8, u8)>,
    pub disagreement: bool,
}

/// Said wherever an even count's median is shown, so nobody has to guess.
pub const MEDIAN_RULE: &str = "Ved et lige antal stemmer tages den laveste af de to midterste, så lovkrav ikke ser bedre ud, end de er.";

/// The statistics of `votes` over a scale (the deck's level values). Votes outside the scale
/// still count for the median and spread; "ikke relevant" is not a vote and is left out.
pub fn vote_stats(votes: impl IntoIterator<Item = Score>, scale: &[u8]) -> VoteStats {
    let mut levels = Vec::new();
    let mut unknown = 0;
    for vote in votes {
        match vote {
            Score::Level(v) => levels.push(v),
            Score::Other(NonScore::Unknown) => unknown += 1,
            Score::Other(NonScore::NotRelevant) => {}
        }
    }
    levels.sort_unstable();
    let histogram = scale
        .iter()
        .map(|&l| (l, levels.iter().filter(|&&v| v == l).count()))
        .collect();
    let median = (!levels.is_empty()).then(|| levels[(levels.len() - 1) / 2]);
    let spread = levels.first().zip(levels.last()).map(|(a, b)| (*a, *b));
    VoteStats {
        histogram,
        unknown,
        counted: levels.len(),
        median,
        spread,
        disagreement: disagrees(&levels, scale),
    }
}

/// Max − min of at least 2, or at least a third of the votes in the lowest two levels and a third
/// in the highest two (a split team whose extremes are only one level apart on each side).
fn disagrees(sorted: &[u8], scale: &[u8]) -> bool {
    let (Some(&min), Some(&max)) = (sorted.first(), sorted.last()) else {
        return false;
    };
    if max - min >= 2 {
        return true;
    }
    let mut steps: Vec<u8> = scale.to_vec();
    steps.sort_unstable();
    steps.dedup();
    // With fewer than four levels the two ends overlap and the rule says nothing.
    if steps.len() < 4 {
        return false;
    }
    let low = &steps[..2];
    let high = &steps[steps.len() - 2..];
    let n = sorted.len();
    let in_low = sorted.iter().filter(|v| low.contains(v)).count();
    let in_high = sorted.iter().filter(|v| high.contains(v)).count();
    3 * in_low >= n && 3 * in_high >= n
}

impl Answer {
    /// Every vote cast on this anvisning: the named ones, then the anonymous tally.
    pub fn all_votes(&self) -> impl Iterator<Item = Score> + '_ {
        self.votes
            .values()
            .copied()
            .chain(self.tally.iter().copied())
    }

    pub fn has_votes(&self) -> bool {
        !self.votes.is_empty() || !self.tally.is_empty()
    }
}

/// The votes as counts, highest count first, then lower level: "2 × 3, 1 × 4, 1 × ved ikke".
pub fn tally_text(stats: &VoteStats) -> String {
    let mut parts: Vec<(usize, u8)> = stats
        .histogram
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|&(l, n)| (n, l))
        .collect();
    parts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<String> = parts.iter().map(|(n, l)| format!("{n} × {l}")).collect();
    if stats.unknown > 0 {
        out.push(format!("{} × ved ikke", stats.unknown));
    }
    out.join(", ")
}

/// The most votes a tally may hold.
pub const MAX_TALLY: usize = 1000;

/// Why a typed tally could not be read, in Danish, for the status line or stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyError(pub String);

/// Reads a tally as a team types it from paper cards or fingers, in one of two ways:
/// - every vote in turn: "3, 3, 2, 4", "3 3 2 4", "3; u";
/// - counts: "2 × 3, 1 × 4", "2 x 3, 1 x 4", "2x3 1x4", "2*3; 1*u" (COUNT × LEVEL; Danish
///   keyboards have no ×, so x and * mean the same).
///
/// A level is 0 to `max_level`, `u` or "ved ikke". The two ways are not mixed in one tally: "2 × 3, 4"
/// could mean a vote of 4 or four votes with the level forgotten, so it is refused with both forms
/// shown. Returns the votes sorted, so the same tally always gives the same file.
pub fn parse_tally(text: &str, max_level: u8) -> Result<Vec<Score>, TallyError> {
    let normal = text
        .to_lowercase()
        .replace("ved ikke", "u")
        .replace(['×', '*'], "x");
    let mut votes = Vec::new();
    if !normal.contains('x') {
        for word in normal.split([',', ';']).flat_map(str::split_whitespace) {
            add(&mut votes, 1, level(word, max_level)?)?;
        }
    } else {
        for part in normal
            .split([',', ';', '\n'])
            .flat_map(|p| split_pairs(p.trim()))
        {
            let Some((count, at)) = part.split_once('x') else {
                return Err(TallyError(format!(
                    "»{part}« er ikke et antal gange en vurdering. Skriv enten hver stemme, fx »3, 3, 2, 4«, eller antal gange vurdering, fx »2 x 3, 1 x 4«, men ikke begge dele."
                )));
            };
            let count: usize = count.trim().parse().map_err(|_| {
                TallyError(format!(
                    "»{}« er ikke et antal. Skriv et helt tal før x.",
                    count.trim()
                ))
            })?;
            add(&mut votes, count, level(at.trim(), max_level)?)?;
        }
    }
    Score::sort_votes(&mut votes);
    Ok(votes)
}

/// One level as typed: 0 to `max_level`, or `u` for ved ikke.
fn level(word: &str, max_level: u8) -> Result<Score, TallyError> {
    if word == "u" {
        return Ok(Score::Other(NonScore::Unknown));
    }
    match word.parse::<u8>() {
        Ok(v) if v <= max_level => Ok(Score::Level(v)),
        _ => Err(TallyError(format!(
            "»{word}« er ikke en vurdering. Skriv et tal fra 0 til {max_level} eller u for ved ikke."
        ))),
    }
}

/// `count` votes of `score` more, within `MAX_TALLY`.
fn add(votes: &mut Vec<Score>, count: usize, score: Score) -> Result<(), TallyError> {
    // A team is never this big; the cap also keeps a runaway paste from filling memory.
    if votes.len().saturating_add(count) > MAX_TALLY {
        return Err(TallyError(format!(
            "Mere end {MAX_TALLY} stemmer er for mange. Skriv antallet af deltagere, der stemte."
        )));
    }
    votes.extend(std::iter::repeat_n(score, count));
    Ok(())
}

/// "2x3 1x4" without commas: split on spaces between complete pairs.
fn split_pairs(part: &str) -> Vec<String> {
    let mut pairs: Vec<String> = Vec::new();
    for word in part.split_whitespace() {
        match pairs.last_mut() {
            // Glue "2", "x", "3" and "2x", "3" back together until the pair is whole.
            Some(last) if !is_pair(last) => {
                last.push_str(word);
            }
            _ => pairs.push(word.to_string()),
        }
    }
    pairs
}

fn is_pair(s: &str) -> bool {
    s.split_once('x')
        .is_some_and(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
}

/// Anvisninger of the deck whose votes disagreed: legal requirements first, then deck order.
/// What the overview and the minutes list under "Uenighed i stemmerne".
pub fn disputed<'d>(a: &Assessment, deck: &'d crate::deck::Deck) -> Vec<&'d str> {
    let scale = deck.scale_values();
    let mut ids: Vec<(bool, &str)> = deck
        .anvisninger()
        .filter(|x| {
            a.answer(&x.id)
                .is_some_and(|y| y.has_votes() && vote_stats(y.all_votes(), &scale).disagreement)
        })
        .map(|x| (x.kind != crate::deck::Kind::Requirement, x.id.as_str()))
        .collect();
    // Stable: deck order within each kind.
    ids.sort_by_key(|(recommendation, _)| *recommendation);
    ids.into_iter().map(|(_, id)| id).collect()
}

/// The anvisninger that have votes, the most disputed first: flagged ones, then by the width of
/// the spread; equal ones stay in id order. This is the order the reveals follow.
pub fn most_disputed_first(a: &Assessment, scale: &[u8]) -> Vec<String> {
    let mut ids: Vec<(bool, u8, &String)> = a
        .answers
        .iter()
        .filter(|(_, x)| x.has_votes())
        .map(|(id, x)| {
            let s = vote_stats(x.all_votes(), scale);
            (s.disagreement, s.spread.map_or(0, |(lo, hi)| hi - lo), id)
        })
        .collect();
    ids.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    ids.into_iter().map(|(_, _, id)| id.clone()).collect()
}

#[cfg(test)]
mod tests {
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
        assert!(!s.disagreement);
        assert_eq!(s.histogram, vec![(0, 0), (1, 0), (2, 1), (3, 2), (4, 0)]);
    }

    #[test]
    fn a_spread_of_two_is_disagreement() {
        let s = vote_stats(levels(&[0, 1, 4]), &SCALE);
        assert!(s.disagreement);
        assert_eq!(s.median, Some(1));
        assert!(vote_stats(levels(&[1, 3]), &SCALE).disagreement);
    }

    #[test]
    fn a_split_between_the_ends_is_disagreement_even_one_level_apart() {
        // Scale 0-4 has ends {0,1} and {3,4}; 1 and 3 are two apart anyway, so use a long scale.
        let long: Vec<u8> = (0..=3).collect();
        // 1,1,2,2: a third low (1 in {0,1}) and a third high (2 in {2,3}).
        assert!(vote_stats(levels(&[1, 1, 2, 2]), &long).disagreement);
        assert!(!vote_stats(levels(&[1, 2, 2, 2]), &long).disagreement);
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
        for (id, votes) in [(rec, [0, 4]), (req, [1, 3]), (calm, [2, 2])] {
            a.answer_mut(id).tally = levels(&votes);
        }
        assert_eq!(disputed(&a, &deck), [req, rec]);
    }

    #[test]
    fn answers_count_named_and_anonymous_votes() {
        let mut a = Answer::default();
        a.votes.insert("Anna".into(), Score::Level(2));
        a.tally = levels(&[3, 4]);
        let s = vote_stats(a.all_votes(), &SCALE);
        assert_eq!((s.counted, s.median), (3, Some(3)));
    }
}
