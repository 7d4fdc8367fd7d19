//! The report as JSON for other programs: a stable schema (`refleks-report/3`, documented in
//! `docs/report-json.md`), keys in a fixed order (the field order below), averages as numbers.
//!
//! Text is exact: nothing is cleaned, but control and bidi characters are written as `\uXXXX`
//! escapes, so the JSON is the same data and still safe to print in a terminal.

use serde::Serialize;

use super::content::vote_stats_of;
use super::content::{Content, Row};
use crate::assessment::{ActionStatus, Agreement, Answer, Basis, NonScore, Score};
use crate::deck::Kind;
use crate::text::escape_for_json;

/// The value of the `schema` key. A change that could break a reader gets a new number.
pub const JSON_SCHEMA: &str = "refleks-report/3";

#[derive(Serialize)]
struct Report<'a> {
    schema: &'static str,
    team: &'a str,
    created: &'a str,
    updated: &'a str,
    participants: &'a [String],
    deck: DeckInfo<'a>,
    progress: Progress,
    guidelines: Vec<GuidelineOut<'a>>,
    requirements_below: Vec<Below<'a>>,
    focus: Vec<&'a str>,
    actions: Vec<ActionOut<'a>>,
    orphans: Vec<AnswerOut<'a>>,
    orphan_reflections: Vec<OrphanReflectionOut<'a>>,
    anonymous: bool,
    builds_on: &'a str,
    timebox: Option<u32>,
    disputed: Vec<&'a str>,
    parked: Vec<ParkedOut<'a>>,
}

#[derive(Serialize)]
struct ParkedOut<'a> {
    anvisning: &'a str,
    text: &'a str,
}

/// What the votes on one anvisning say.
#[derive(Serialize)]
struct VotesOut {
    count: usize,
    unknown: usize,
    median: Option<u8>,
    min: Option<u8>,
    max: Option<u8>,
    disagreement: bool,
    /// The kind of agreement: "agreed", "one_off", "polarised", "spread".
    kind: Option<&'static str>,
    /// Votes of "ikke relevant" (not in `count`).
    not_relevant: usize,
    /// Some voted "ikke relevant" and others did not (also makes `disagreement` true).
    relevance_split: bool,
}

#[derive(Serialize)]
struct DeckInfo<'a> {
    name: &'a str,
    edition: &'a str,
    fingerprint: &'a str,
    matches_deck: bool,
}

#[derive(Serialize)]
struct Progress {
    answered: usize,
    total: usize,
    unknown: usize,
}

#[derive(Serialize)]
struct GuidelineOut<'a> {
    id: &'a str,
    title: &'a str,
    chosen: bool,
    average: Option<f64>,
    answered: usize,
    total: usize,
    not_relevant: usize,
    unknown: usize,
    anvisninger: Vec<AnswerOut<'a>>,
    reflections: Vec<ReflectionOut<'a>>,
}

/// An anvisning and the team's answer; also used for orphans (then `kind` and `text` are null).
#[derive(Serialize)]
struct AnswerOut<'a> {
    id: &'a str,
    kind: Option<Kind>,
    text: Option<&'a str>,
    score: Option<u8>,
    non_score: Option<NonScore>,
    reason: &'a str,
    note: &'a str,
    focus: bool,
    votes: Seated<'a>,
    tally: &'a [Score],
    vote_summary: Option<VotesOut>,
    dissent: &'a str,
    /// Who was away for the round, in the participants' order (added in schema 3 of the file).
    absent: &'a [String],
    /// Earlier rounds on the anvisning, oldest first (a round after the talk keeps the one
    /// before it); `votes`, `tally` and `absent` above are the last round.
    rounds: Vec<RoundOut<'a>>,
    /// The goal for next time, a level of the scale (schema 4 of the file).
    goal: Option<u8>,
    /// What the score rests on: "documented", "practice" or "assumption" (schema 4).
    basis: Option<Basis>,
}

#[derive(Serialize)]
struct RoundOut<'a> {
    votes: Seated<'a>,
    tally: &'a [Score],
    absent: &'a [String],
}

/// Votes by name as a JSON object whose keys come in the order people sit.
struct Seated<'a>(Vec<(&'a str, Score)>);

impl Serialize for Seated<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, v)))
    }
}

#[derive(Serialize)]
struct ReflectionOut<'a> {
    number: Option<usize>,
    question: Option<&'a str>,
    answer: &'a str,
}

#[derive(Serialize)]
struct Below<'a> {
    anvisning: &'a str,
    guideline: &'a str,
    score: Score,
}

#[derive(Serialize)]
struct ActionOut<'a> {
    anvisning: &'a str,
    guideline: Option<&'a str>,
    what: &'a str,
    who: &'a str,
    due: &'a str,
    status: Option<ActionStatus>,
    carried: bool,
}

#[derive(Serialize)]
struct OrphanReflectionOut<'a> {
    guideline: &'a str,
    number: Option<usize>,
    answer: &'a str,
}

pub(crate) fn render(c: &Content) -> String {
    let a = c.a;
    let report = Report {
        schema: JSON_SCHEMA,
        team: &a.team,
        created: &a.created,
        updated: &a.updated,
        participants: &a.participants,
        deck: DeckInfo {
            name: &a.deck.name,
            edition: &a.deck.edition,
            fingerprint: &a.deck.fingerprint,
            matches_deck: c.matches_deck,
        },
        progress: Progress {
            answered: c.summary.progress.0,
            total: c.summary.progress.1,
            unknown: c.summary.unknown,
        },
        guidelines: c
            .sections
            .iter()
            .map(|s| GuidelineOut {
                id: &s.guideline.id,
                title: &s.guideline.title,
                chosen: s.chosen,
                average: s.summary.average,
                answered: s.summary.answered,
                total: s.summary.total,
                not_relevant: s.summary.not_relevant,
                unknown: s.summary.unknown,
                anvisninger: s.rows.iter().map(|r| row(c, r)).collect(),
                reflections: s
                    .reflections
                    .iter()
                    .map(|r| ReflectionOut {
                        number: r.number.parse().ok(),
                        question: r.question,
                        answer: r.answer,
                    })
                    .collect(),
            })
            .collect(),
        requirements_below: c
            .summary
            .requirements_below
            .iter()
            .map(|(anvisning, guideline, score)| Below {
                anvisning,
                guideline,
                score: *score,
            })
            .collect(),
        focus: c.summary.focus.iter().map(String::as_str).collect(),
        actions: c
            .actions
            .iter()
            .map(|x| ActionOut {
                anvisning: &x.action.anvisning,
                guideline: x.guideline.map(|g| g.id.as_str()),
                what: &x.action.what,
                who: &x.action.who,
                due: &x.action.due,
                status: x.action.status,
                carried: x.action.carried,
            })
            .collect(),
        orphans: c
            .orphans
            .iter()
            .map(|(id, answer)| answer_out(c, id, None, None, Some(answer)))
            .collect(),
        orphan_reflections: c
            .orphan_reflections
            .iter()
            .map(|r| OrphanReflectionOut {
                guideline: r.guideline,
                number: r.number.parse().ok(),
                answer: r.answer,
            })
            .collect(),
        anonymous: a.anonymous,
        builds_on: &a.builds_on,
        timebox: a.timebox,
        disputed: c.disputed.iter().map(|i| i.anvisning.id.as_str()).collect(),
        parked: a
            .parked
            .iter()
            .map(|p| ParkedOut {
                anvisning: &p.anvisning,
                text: &p.text,
            })
            .collect(),
    };
    // Cannot fail: plain structs with string keys, and averages are finite means of small levels.
    let json = serde_json::to_string_pretty(&report).unwrap_or_default();
    let mut out = escape_for_json(&json);
    out.push('\n');
    out
}

fn row<'a>(c: &Content, r: &Row<'a>) -> AnswerOut<'a> {
    answer_out(
        c,
        &r.anvisning.id,
        Some(r.anvisning.kind),
        Some(&r.anvisning.text),
        r.answer,
    )
}

fn answer_out<'a>(
    c: &Content,
    id: &'a str,
    kind: Option<Kind>,
    text: Option<&'a str>,
    answer: Option<&'a Answer>,
) -> AnswerOut<'a> {
    let score = answer.and_then(|a| a.score);
    AnswerOut {
        id,
        kind,
        text,
        score: score.and_then(Score::level),
        non_score: match score {
            Some(Score::Other(n)) => Some(n),
            _ => None,
        },
        reason: answer.map_or("", |a| a.reason.as_str()),
        note: answer.map_or("", |a| a.note.as_str()),
        focus: answer.is_some_and(|a| a.focus),
        votes: answer.map_or(Seated(Vec::new()), |a| seated(&a.votes, &c.a.participants)),
        tally: answer.map_or(&[], |a| a.tally.as_slice()),
        vote_summary: answer
            .and_then(|a| vote_stats_of(c.deck, a))
            .map(|s| VotesOut {
                count: s.counted + s.unknown,
                unknown: s.unknown,
                median: s.median,
                min: s.spread.map(|(lo, _)| lo),
                max: s.spread.map(|(_, hi)| hi),
                disagreement: s.disagreement,
                kind: s.kind.map(|k| match k {
                    Agreement::Agreed => "agreed",
                    Agreement::OneOff => "one_off",
                    Agreement::Polarised => "polarised",
                    Agreement::Spread => "spread",
                }),
                not_relevant: s.not_relevant,
                relevance_split: s.relevance_split,
            }),
        dissent: answer.map_or("", |a| a.dissent.as_str()),
        absent: answer.map_or(&[], |a| a.absent.as_slice()),
        rounds: answer
            .map(|a| {
                a.rounds
                    .iter()
                    .map(|r| RoundOut {
                        votes: seated(&r.votes, &c.a.participants),
                        tally: &r.tally,
                        absent: &r.absent,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        goal: answer.and_then(|a| a.goal),
        basis: answer.and_then(|a| a.basis),
    }
}

/// Named votes in the order people sit.
fn seated<'a>(
    votes: &'a std::collections::BTreeMap<String, Score>,
    participants: &[String],
) -> Seated<'a> {
    let seats = crate::text::unique_labels(participants.to_vec());
    let mut out: Vec<(&str, Score)> = votes.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    out.sort_by_key(|(who, _)| seats.iter().position(|p| p == who).unwrap_or(usize::MAX));
    Seated(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;
    use crate::deck::Deck;

    #[test]
    fn unsafe_characters_are_escaped_not_lost() {
        let deck = Deck::embedded();
        let g = &deck.guidelines[0];
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![g.id.clone()], "2026-01-02");
        let note = "a\u{202e}b\u{9b}c\u{1b}d\ne";
        a.answer_mut(&g.anvisninger[0].id).note = note.into();
        let out = render(&Content::new(&a, &deck));
        assert!(!out.chars().any(crate::text::is_unsafe), "{out:?}");
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["guidelines"][0]["anvisninger"][0]["note"], note);
    }
}
