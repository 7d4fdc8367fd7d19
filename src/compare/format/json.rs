//! `refleks compare --format json`: the whole comparison for other programs. The schema is
//! documented in `docs/compare-json.md`; keys come in the order of these structs, and a change
//! to it changes [`SCHEMA`].

use serde::Serialize;

use super::letter;
use crate::assessment::{NonScore, Score};
use crate::compare::{Cell, Comparison};
use crate::deck::Kind;
use crate::text::{clean_line, clean_text};

/// Names the schema in every document, so a reader can tell which one it got.
pub const SCHEMA: &str = "refleks-compare/1";

#[derive(Serialize)]
struct Document {
    schema: &'static str,
    deck: DeckOut,
    columns: Vec<ColumnOut>,
    same_team: bool,
    guidelines: Vec<GuidelineOut>,
    rose: Vec<MovementOut>,
    fell: Vec<MovementOut>,
    still_below: Vec<BelowOut>,
    unmatched: UnmatchedOut,
}

#[derive(Serialize)]
struct DeckOut {
    name: String,
    edition: String,
    fingerprint: String,
    max_level: u8,
}

#[derive(Serialize)]
struct ColumnOut {
    letter: String,
    label: String,
    team: String,
    created: String,
    updated: String,
    deck_edition: String,
    deck_matches: bool,
}

#[derive(Serialize)]
struct GuidelineOut {
    id: String,
    title: String,
    chosen: Vec<bool>,
    averages: Vec<Option<f64>>,
    change: Option<f64>,
    anvisninger: Vec<AnvisningOut>,
}

#[derive(Serialize)]
struct AnvisningOut {
    id: String,
    kind: Kind,
    text: String,
    answers: Vec<AnswerOut>,
    change: Option<i16>,
}

#[derive(Serialize)]
struct AnswerOut {
    score: Option<u8>,
    non_score: Option<&'static str>,
    reason: String,
    note: String,
    focus: bool,
}

#[derive(Serialize)]
struct MovementOut {
    anvisning: String,
    guideline: String,
    kind: Kind,
    from: u8,
    to: u8,
    from_column: usize,
    to_column: usize,
    change: i16,
}

#[derive(Serialize)]
struct BelowOut {
    anvisning: String,
    guideline: String,
    level: u8,
    column: usize,
}

#[derive(Serialize)]
struct UnmatchedOut {
    not_in_deck: Vec<OrphanOut>,
    not_chosen: Vec<NotChosenOut>,
}

#[derive(Serialize)]
struct OrphanOut {
    id: String,
    answers: Vec<AnswerOut>,
}

#[derive(Serialize)]
struct NotChosenOut {
    guideline: String,
    anvisninger: Vec<String>,
    scored_in: Vec<usize>,
    not_chosen_in: Vec<usize>,
}

pub fn json(c: &Comparison) -> String {
    let line = |s: &str| clean_line(s);
    let document = Document {
        schema: SCHEMA,
        deck: DeckOut {
            name: line(&c.deck_name),
            edition: line(&c.deck_edition),
            fingerprint: line(&c.deck_fingerprint),
            max_level: c.max_level,
        },
        columns: c
            .columns
            .iter()
            .enumerate()
            .map(|(i, x)| ColumnOut {
                letter: letter(i),
                label: line(&x.label),
                team: line(&x.team),
                created: line(&x.created),
                updated: line(&x.updated),
                deck_edition: line(&x.deck_edition),
                deck_matches: x.deck_matches,
            })
            .collect(),
        same_team: c.same_team,
        guidelines: c
            .guidelines
            .iter()
            .map(|g| GuidelineOut {
                id: line(&g.id),
                title: line(&g.title),
                chosen: g.chosen.clone(),
                averages: g.averages.clone(),
                change: g.change,
                anvisninger: g
                    .anvisninger
                    .iter()
                    .map(|x| AnvisningOut {
                        id: line(&x.id),
                        kind: x.kind,
                        text: line(&x.text),
                        answers: answers(&x.cells),
                        change: x.change,
                    })
                    .collect(),
            })
            .collect(),
        rose: c.rose.iter().map(movement).collect(),
        fell: c.fell.iter().map(movement).collect(),
        still_below: c
            .still_below
            .iter()
            .map(|b| BelowOut {
                anvisning: line(&b.anvisning),
                guideline: line(&b.guideline),
                level: b.level,
                column: b.column,
            })
            .collect(),
        unmatched: UnmatchedOut {
            not_in_deck: c
                .unmatched
                .not_in_deck
                .iter()
                .map(|o| OrphanOut {
                    id: line(&o.id),
                    answers: answers(&o.cells),
                })
                .collect(),
            not_chosen: c
                .unmatched
                .not_chosen
                .iter()
                .map(|n| NotChosenOut {
                    guideline: line(&n.guideline),
                    anvisninger: n.anvisninger.iter().map(|id| line(id)).collect(),
                    scored_in: n.scored_in.clone(),
                    not_chosen_in: n.not_chosen_in.clone(),
                })
                .collect(),
        },
    };
    // Cannot fail: plain structs of strings, numbers and bools (averages are never NaN).
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

fn movement(m: &crate::compare::Movement) -> MovementOut {
    MovementOut {
        anvisning: clean_line(&m.anvisning),
        guideline: clean_line(&m.guideline),
        kind: m.kind,
        from: m.from,
        to: m.to,
        from_column: m.from_column,
        to_column: m.to_column,
        change: m.change,
    }
}

fn answers(cells: &[Cell]) -> Vec<AnswerOut> {
    cells
        .iter()
        .map(|cell| AnswerOut {
            score: cell.score.and_then(Score::level),
            non_score: match cell.score {
                Some(Score::Other(NonScore::NotRelevant)) => Some("not_relevant"),
                Some(Score::Other(NonScore::Unknown)) => Some("unknown"),
                _ => None,
            },
            reason: clean_text(&cell.reason),
            note: clean_text(&cell.note),
            focus: cell.focus,
        })
        .collect()
}
