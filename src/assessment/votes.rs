//! What a set of silent votes says: how they spread over the deck's scale, the median the team
//! starts from, and what kind of agreement they show ([`Agreement`]), which decides whether the
//! minutes should say the team disagreed.
//! Votes come by name (`Answer::votes`) or as an anonymous tally (`Answer::tally`); both count.

use super::model::{Answer, Assessment, NonScore, Score};

/// How the votes on one anvisning fall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteStats {
    /// Per level of the scale, in scale order: (level, how many voted it).
    pub histogram: Vec<(u8, usize)>,
    /// Votes of "ved ikke": counted apart, never as a level.
    pub unknown: usize,
    /// Votes of "ikke relevant": not on the scale either; only mentioned.
    pub not_relevant: usize,
    /// Votes on a level (the histogram's sum).
    pub counted: usize,
    /// The middle level; for an even count the lower of the two middle ones (see [`MEDIAN_RULE`]).
    pub median: Option<u8>,
    /// Lowest and highest level voted.
    pub spread: Option<(u8, u8)>,
    /// What kind of agreement the votes on the scale show; `None` when none is on the scale.
    pub kind: Option<Agreement>,
    /// Some said "ikke relevant" and others voted (a level or "ved ikke"): the team does not
    /// agree that the anvisning applies, whatever the levels say.
    pub relevance_split: bool,
    /// Polarised, spread or split on relevance: the minutes flag it and the team is asked to
    /// write what it was about.
    pub disagreement: bool,
}

/// The kind of agreement in a set of votes on the scale. "Ved ikke" and "ikke relevant" are not on
/// the scale and never count here (they are mentioned beside it). The order is the order of
/// concern: the most divided first, so sorting by it puts polarised anvisninger at the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Agreement {
    /// At least a third in the lowest two levels and at least a third in the highest two.
    Polarised,
    /// None of the others.
    Spread,
    /// All but one or two votes (fewer than half) within one step of the median.
    OneOff,
    /// Every vote within one step of the median.
    Agreed,
}

impl Agreement {
    /// Below this many votes on the scale, the kind is said with "få stemmer".
    pub const FEW: usize = 4;

    /// The kind in one word, as the reveal, the card screen and the minutes say it.
    pub fn word(self) -> &'static str {
        match self {
            Agreement::Agreed => crate::strings::KIND_AGREED,
            Agreement::OneOff => crate::strings::KIND_ONE_OFF,
            Agreement::Polarised => crate::strings::KIND_POLARISED,
            Agreement::Spread => crate::strings::KIND_SPREAD,
        }
    }

    /// Whether the team is flagged as disagreeing (and asked to note what about). One outlier is
    /// not: the rest agree, so the outlier is asked to speak instead.
    pub fn flagged(self) -> bool {
        matches!(self, Agreement::Polarised | Agreement::Spread)
    }
}

/// The kind of a set of sorted votes on the scale. Checked in this order: agreement first (every
/// vote near the median is agreement even when the ends are a third each, as 1,2,3), then a split
/// into two camps (0,0,4,4 is two camps, not "two outliers"), then one or two outliers, else spread.
fn kind_of(sorted: &[u8], median: u8, scale: &[u8]) -> Agreement {
    let n = sorted.len();
    let off = sorted.iter().filter(|&&v| v.abs_diff(median) > 1).count();
    if off == 0 {
        Agreement::Agreed
    } else if polarised(sorted, scale) {
        Agreement::Polarised
    } else if off <= 2 && 2 * off < n {
        Agreement::OneOff
    } else {
        Agreement::Spread
    }
}

/// Said wherever an even count's median is shown, so nobody has to guess.
pub const MEDIAN_RULE: &str = "Ved et lige antal stemmer tages den laveste af de to midterste.";
/// Why, said only on legal requirements (on a recommendation it would not be true).
pub const MEDIAN_RULE_REQUIREMENT: &str = "Ved et lige antal stemmer tages den laveste af de to midterste, så lovkrav ikke ser bedre ud, end de er.";

/// The statistics of `votes` over a scale (the deck's level values). Votes outside the scale
/// still count for the median and spread; "ikke relevant" is not a vote and is left out.
pub fn vote_stats(votes: impl IntoIterator<Item = Score>, scale: &[u8]) -> VoteStats {
    let mut levels = Vec::new();
    let (mut unknown, mut not_relevant) = (0, 0);
    for vote in votes {
        match vote {
            Score::Level(v) => levels.push(v),
            Score::Other(NonScore::Unknown) => unknown += 1,
            Score::Other(NonScore::NotRelevant) => not_relevant += 1,
        }
    }
    levels.sort_unstable();
    let histogram = scale
        .iter()
        .map(|&l| (l, levels.iter().filter(|&&v| v == l).count()))
        .collect();
    let median = (!levels.is_empty()).then(|| levels[(levels.len() - 1) / 2]);
    let spread = levels.first().zip(levels.last()).map(|(a, b)| (*a, *b));
    let kind = median.map(|m| kind_of(&levels, m, scale));
    let relevance_split = not_relevant > 0 && levels.len() + unknown > 0;
    VoteStats {
        histogram,
        unknown,
        not_relevant,
        counted: levels.len(),
        median,
        spread,
        kind,
        relevance_split,
        disagreement: relevance_split || kind.is_some_and(Agreement::flagged),
    }
}

/// The lowest two and the highest two levels of the scale: the ends a polarised team sits at.
/// `None` with fewer than four levels, where the two ends would overlap.
pub fn scale_ends(scale: &[u8]) -> Option<([u8; 2], [u8; 2])> {
    let mut steps: Vec<u8> = scale.to_vec();
    steps.sort_unstable();
    steps.dedup();
    let k = steps.len();
    (k >= 4).then(|| ([steps[0], steps[1]], [steps[k - 2], steps[k - 1]]))
}

/// At least a third of the votes in the lowest two levels and a third in the highest two
/// (RAND/UCLA's "a third in each extreme").
fn polarised(sorted: &[u8], scale: &[u8]) -> bool {
    let Some((low, high)) = scale_ends(scale) else {
        return false;
    };
    let n = sorted.len();
    let in_low = sorted.iter().filter(|v| low.contains(v)).count();
    let in_high = sorted.iter().filter(|v| high.contains(v)).count();
    3 * in_low >= n && 3 * in_high >= n
}

/// The kind in words with the count: "Polariseret · 6 stemmer", and below [`Agreement::FEW`]
/// "Enige · 2 stemmer – få stemmer". `None` when no vote is on the scale.
pub fn kind_text(stats: &VoteStats) -> Option<String> {
    let kind = stats.kind?;
    let few = if stats.counted < Agreement::FEW {
        format!(" – {}", crate::strings::KIND_FEW)
    } else {
        String::new()
    };
    Some(format!(
        "{} · {}{few}",
        kind.word(),
        crate::strings::votes_count(stats.counted)
    ))
}

/// "Uenige om relevans · 1 ikke relevant, 2 andre stemmer" when the votes split on whether the
/// anvisning applies; `None` otherwise.
pub fn relevance_text(stats: &VoteStats) -> Option<String> {
    stats.relevance_split.then(|| {
        format!(
            "{} · {} {}, {}",
            crate::strings::KIND_RELEVANCE,
            stats.not_relevant,
            crate::strings::REVEAL_NOT_RELEVANT,
            crate::strings::other_votes(stats.counted + stats.unknown)
        )
    })
}

/// The rule behind the kind in one short line, with the scale's own ends for a polarised team.
pub fn kind_rule(kind: Agreement, scale: &[u8]) -> String {
    match kind {
        Agreement::Polarised => {
            let (low, high) = scale_ends(scale).unwrap_or(([0, 1], [3, 4]));
            crate::strings::kind_rule_polarised(low, high)
        }
        Agreement::Agreed => crate::strings::KIND_RULE_AGREED.to_string(),
        Agreement::OneOff => crate::strings::KIND_RULE_ONE_OFF.to_string(),
        Agreement::Spread => crate::strings::KIND_RULE_SPREAD.to_string(),
    }
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

    /// Who voted what and who was away, in the order people sit (the participant list; a name
    /// no longer on it comes after, by name): `None` for someone absent.
    pub fn seated<'a>(&'a self, participants: &[String]) -> Vec<(&'a str, Option<Score>)> {
        let labels = crate::text::unique_labels(participants.to_vec());
        let mut out: Vec<(&str, Option<Score>)> = self
            .votes
            .iter()
            .map(|(who, v)| (who.as_str(), Some(*v)))
            .chain(self.absent.iter().map(|who| (who.as_str(), None)))
            .collect();
        let place = |who: &str| labels.iter().position(|l| l == who).unwrap_or(usize::MAX);
        // Stable: name order among those not on the list.
        out.sort_by_key(|(who, _)| place(who));
        out
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

/// Anvisninger of the deck whose votes disagreed (polarised, split on relevance, or spread):
/// in that order, then legal requirements, then deck order. What the overview and the minutes list under "Uenighed i
/// stemmerne".
pub fn disputed<'d>(a: &Assessment, deck: &'d crate::deck::Deck) -> Vec<&'d str> {
    let scale = deck.scale_values();
    // Polarised first, then a split on relevance, then spread.
    let mut ids: Vec<(u8, bool, &str)> = deck
        .anvisninger()
        .filter_map(|x| {
            let y = a.answer(&x.id).filter(|y| y.has_votes())?;
            let stats = vote_stats(y.all_votes(), &scale);
            let group = match stats.kind {
                Some(Agreement::Polarised) => 0,
                _ if stats.relevance_split => 1,
                Some(Agreement::Spread) => 2,
                _ => return None,
            };
            Some((
                group,
                x.kind != crate::deck::Kind::Requirement,
                x.id.as_str(),
            ))
        })
        .collect();
    // Stable: deck order within each group.
    ids.sort_by_key(|(kind, recommendation, _)| (*kind, *recommendation));
    ids.into_iter().map(|(_, _, id)| id).collect()
}

/// The anvisninger that have votes, the most disputed first: by kind (polarised, spread, one
/// outlier, agreed), then by the width of the spread; equal ones stay in id order. This is the
/// order the reveals follow.
pub fn most_disputed_first(a: &Assessment, scale: &[u8]) -> Vec<String> {
    let mut ids: Vec<(DisputeKey, &String)> = a
        .answers
        .iter()
        .filter(|(_, x)| x.has_votes())
        .map(|(id, x)| (dispute_key(&vote_stats(x.all_votes(), scale)), id))
        .collect();
    // Stable: id order among equals.
    ids.sort_by_key(|(key, _)| std::cmp::Reverse(*key));
    ids.into_iter().map(|(_, id)| id.clone()).collect()
}

/// Larger is more disputed: the kind (polarised highest, no vote on the scale lowest), then
/// the width of the spread.
pub type DisputeKey = (Option<std::cmp::Reverse<Agreement>>, u8);

/// Where a set of votes sorts among the reveals; see [`DisputeKey`].
pub fn dispute_key(s: &VoteStats) -> DisputeKey {
    (
        s.kind.map(std::cmp::Reverse),
        s.spread.map_or(0, |(lo, hi)| hi - lo),
    )
}

#[cfg(test)]
mod tests;
