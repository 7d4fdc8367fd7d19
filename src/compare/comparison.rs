//! What a comparison holds, and how it is built.
//!
//! The work is linear in what is read and what is shown: one map from anvisning id to its place
//! in the deck, then one pass over each assessment's answers. A facilitator may compare hundreds
//! of teams, so nothing here loops over assessments × assessments.

use std::cmp::Reverse;
use std::collections::HashMap;

use crate::assessment::team_key;
use crate::assessment::{ActionStatus, Answer, Assessment, SECURED_LEVEL, Score};
use crate::deck::{Deck, Kind, id_sort_key};
use crate::number::mean;
use crate::text::unique_labels;

/// Two or more assessments side by side, against the current deck. Columns are in the order the
/// caller gave; every "change" runs from the first column to the last one that has a value.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The current deck, which the comparison follows.
    pub deck_name: String,
    pub deck_edition: String,
    pub deck_fingerprint: String,
    /// The top of the deck's scale (4 by default), for bars.
    pub max_level: u8,
    pub columns: Vec<Column>,
    /// True when every column is the same team (name compared without case and surrounding
    /// spaces). Only then is there a change: between different teams the values stand side by
    /// side, and every `change`, `rose` and `fell` is empty.
    pub same_team: bool,
    /// Every guideline that any column chose or answered, in deck order.
    pub guidelines: Vec<GuidelineRow>,
    /// Anvisninger whose level went up from the first to the last column with a score: largest
    /// change first, then deck order.
    pub rose: Vec<Movement>,
    /// Anvisninger whose level went down: largest fall first, then deck order.
    pub fell: Vec<Movement>,
    /// Legal requirements whose latest level is below [`SECURED_LEVEL`], in deck order.
    pub still_below: Vec<Below>,
    /// The first column's actions, each with how far it got and the score of its anvisning
    /// before (first column) and after (last column): did the actions move the score? Only for
    /// the same team; in the first column's order.
    pub followed: Vec<FollowUp>,
    pub unmatched: Unmatched,
}

/// One action of the first assessment, followed to the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub anvisning: String,
    pub what: String,
    /// The status marked on the later assessment's carried copy, else the first one's own.
    pub status: Option<ActionStatus>,
    pub before: Option<Score>,
    pub after: Option<Score>,
}

/// One compared assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// What the user sees for this column, e.g. "Team Nord 2025-11-18". Made by the caller.
    pub label: String,
    pub team: String,
    pub created: String,
    pub updated: String,
    /// The edition of the deck the assessment was made with.
    pub deck_edition: String,
    /// False when the deck has changed since the assessment was made (its fingerprint differs):
    /// anvisninger may have been added or removed.
    pub deck_matches: bool,
}

/// One guideline across the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidelineRow {
    pub id: String,
    pub title: String,
    /// The title without "Retningslinje for", for narrow tables.
    pub short_title: String,
    /// Per column: did that assessment choose this card?
    pub chosen: Vec<bool>,
    /// Per column: the mean of the levels. Non-scores are left out, never counted as 0; `None`
    /// when no anvisning has a level.
    pub averages: Vec<Option<f64>>,
    /// Last average minus first, over the columns that have one; `None` with fewer than two.
    pub change: Option<f64>,
    /// The card's anvisninger, in deck order.
    pub anvisninger: Vec<AnvisningRow>,
}

/// One anvisning across the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct AnvisningRow {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    /// Per column: the team's answer (empty when unanswered).
    pub cells: Vec<Cell>,
    /// Last level minus first, over the columns with a score. `None` unless both the first and
    /// the last score are levels: a team that now says "ved ikke" has not moved a level.
    pub change: Option<i16>,
}

/// One column's answer on one anvisning, so a report can reach both sides' notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// `None` when unanswered; a non-score is `Some(Score::Other(_))`.
    pub score: Option<Score>,
    /// Why "ikke relevant".
    pub reason: String,
    pub note: String,
    pub focus: bool,
}

/// An anvisning whose level moved between the first and the last column with a score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    pub anvisning: String,
    pub guideline: String,
    pub kind: Kind,
    pub text: String,
    pub from: u8,
    pub to: u8,
    pub from_column: usize,
    pub to_column: usize,
    /// `to - from`, signed.
    pub change: i16,
}

/// A legal requirement whose latest score is a level below [`SECURED_LEVEL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Below {
    pub anvisning: String,
    pub guideline: String,
    pub text: String,
    pub level: u8,
    /// The column the level comes from: the last one with a score on this anvisning.
    pub column: usize,
}

/// What does not line up between the columns. Listed, never dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unmatched {
    /// Answers whose anvisning the current deck does not have (made with an older or other
    /// deck), in id order, with each column's answer.
    pub not_in_deck: Vec<Orphan>,
    /// Cards scored in some columns but not chosen in others, in deck order.
    pub not_chosen: Vec<NotChosen>,
}

/// An answer to an anvisning id the current deck does not have. The files keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    pub id: String,
    pub cells: Vec<Cell>,
}

/// A card with scores in some columns that other columns did not choose, so there is nothing
/// to compare with there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotChosen {
    pub guideline: String,
    /// The card's anvisninger that have a score in some column, in deck order.
    pub anvisninger: Vec<String>,
    /// Columns with a score on any of them.
    pub scored_in: Vec<usize>,
    /// Columns that did not choose the card and scored none of its anvisninger.
    pub not_chosen_in: Vec<usize>,
}

impl Cell {
    fn of(answer: &Answer) -> Cell {
        Cell {
            score: answer.score,
            reason: answer.reason.clone(),
            note: answer.note.clone(),
            focus: answer.focus,
        }
    }

    pub fn level(&self) -> Option<u8> {
        self.score.and_then(Score::level)
    }

    pub fn is_empty(&self) -> bool {
        self.score.is_none() && self.reason.is_empty() && self.note.is_empty() && !self.focus
    }
}

impl GuidelineRow {
    /// The first and the last column with an average, when there are two.
    pub fn ends(&self) -> Option<((usize, f64), (usize, f64))> {
        ends(self.averages.iter().copied())
    }
}

impl AnvisningRow {
    /// The first and the last column with a score (level or non-score), when there are two.
    pub fn ends(&self) -> Option<((usize, Score), (usize, Score))> {
        ends(self.cells.iter().map(|c| c.score))
    }

    /// The last column with a score, and the score.
    pub fn last_score(&self) -> Option<(usize, Score)> {
        self.cells
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, c)| c.score.map(|s| (i, s)))
    }
}

/// The first and the last position that holds a value, when they are two different positions.
fn ends<T: Copy>(values: impl Iterator<Item = Option<T>>) -> Option<((usize, T), (usize, T))> {
    let mut first = None;
    let mut last = None;
    for (i, value) in values.enumerate() {
        if let Some(value) = value {
            first.get_or_insert((i, value));
            last = Some((i, value));
        }
    }
    match (first, last) {
        (Some(f), Some(l)) if f.0 != l.0 => Some((f, l)),
        _ => None,
    }
}

/// Compares assessments against the current deck. `items` are (label, assessment) in column
/// order; the caller makes the labels (see [`crate::text::unique_labels`]).
/// Each action of `first` with its status (as marked on `last`'s carried copy, found by
/// anvisning and words) and its anvisning's score in both.
fn follow_up(first: &Assessment, last: &Assessment) -> Vec<FollowUp> {
    let score = |a: &Assessment, id: &str| a.answer(id).and_then(|x| x.score);
    first
        .actions
        .iter()
        .map(|todo| {
            let later = last.actions.iter().find(|t| {
                t.carried && t.anvisning == todo.anvisning && t.what.trim() == todo.what.trim()
            });
            FollowUp {
                anvisning: todo.anvisning.clone(),
                what: todo.what.clone(),
                status: later.map_or(todo.status, |t| t.status),
                before: score(first, &todo.anvisning),
                after: score(last, &todo.anvisning),
            }
        })
        .collect()
}

pub fn compare(items: &[(String, &Assessment)], deck: &Deck) -> Comparison {
    let n = items.len();
    let fingerprint = deck.fingerprint();
    let columns: Vec<Column> = items
        .iter()
        .map(|(label, a)| Column {
            label: label.clone(),
            team: a.team.clone(),
            created: a.created.clone(),
            updated: a.updated.clone(),
            deck_edition: a.deck.edition.clone(),
            deck_matches: a.deck.fingerprint == fingerprint,
        })
        .collect();

    // Where each guideline and anvisning sits in the deck: the only lookups in the pass below.
    let mut guideline_at: HashMap<&str, usize> = HashMap::with_capacity(deck.guidelines.len());
    let mut anvisning_at: HashMap<&str, (usize, usize)> =
        HashMap::with_capacity(deck.anvisning_count());
    let mut rows: Vec<GuidelineRow> = Vec::with_capacity(deck.guidelines.len());
    for (gi, g) in deck.guidelines.iter().enumerate() {
        guideline_at.insert(&g.id, gi);
        let mut anvisninger = Vec::with_capacity(g.anvisninger.len());
        for (ai, x) in g.anvisninger.iter().enumerate() {
            anvisning_at.insert(&x.id, (gi, ai));
            anvisninger.push(AnvisningRow {
                id: x.id.clone(),
                kind: x.kind,
                text: x.text.clone(),
                cells: vec![Cell::default(); n],
                change: None,
            });
        }
        rows.push(GuidelineRow {
            id: g.id.clone(),
            title: g.title.clone(),
            short_title: g.short_title(),
            chosen: vec![false; n],
            averages: vec![None; n],
            change: None,
            anvisninger,
        });
    }

    // One pass over each assessment's answers.
    let mut orphans: Vec<Orphan> = Vec::new();
    let mut orphan_at: HashMap<&str, usize> = HashMap::new();
    for (col, (_, a)) in items.iter().enumerate() {
        if a.cards.is_empty() {
            rows.iter_mut().for_each(|row| row.chosen[col] = true);
        }
        for id in &a.cards {
            if let Some(&gi) = guideline_at.get(id.as_str()) {
                rows[gi].chosen[col] = true;
            }
        }
        for (id, answer) in &a.answers {
            if answer.is_empty() {
                continue;
            }
            let cell = Cell::of(answer);
            // A score off the deck's scale is kept apart like an orphan, never averaged.
            if let Some(&(gi, ai)) = anvisning_at.get(id.as_str())
                && !answer.off_scale(deck.max_level())
            {
                rows[gi].anvisninger[ai].cells[col] = cell;
            } else {
                let i = *orphan_at.entry(id.as_str()).or_insert_with(|| {
                    orphans.push(Orphan {
                        id: id.clone(),
                        cells: vec![Cell::default(); n],
                    });
                    orphans.len() - 1
                });
                orphans[i].cells[col] = cell;
            }
        }
    }
    orphans.sort_by_cached_key(|o| id_sort_key(&o.id));

    let same_team = items
        .iter()
        .all(|(_, a)| team_key(&a.team) == team_key(&items[0].1.team));
    let mut moved = Vec::new();
    let mut still_below = Vec::new();
    let mut not_chosen = Vec::new();
    for row in &mut rows {
        for (col, average) in row.averages.iter_mut().enumerate() {
            *average = mean(row.anvisninger.iter().filter_map(|x| x.cells[col].level()));
        }
        if same_team {
            row.change = row.ends().map(|((_, first), (_, last))| last - first);
        }
        for x in &mut row.anvisninger {
            if same_team
                && let Some(((from_column, Score::Level(from)), (to_column, Score::Level(to)))) =
                    x.ends()
            {
                let change = i16::from(to) - i16::from(from);
                x.change = Some(change);
                if change != 0 {
                    moved.push(Movement {
                        anvisning: x.id.clone(),
                        guideline: row.id.clone(),
                        kind: x.kind,
                        text: x.text.clone(),
                        from,
                        to,
                        from_column,
                        to_column,
                        change,
                    });
                }
            }
            if x.kind == Kind::Requirement
                && let Some((column, Score::Level(level))) = x.last_score()
                && level < SECURED_LEVEL
            {
                still_below.push(Below {
                    anvisning: x.id.clone(),
                    guideline: row.id.clone(),
                    text: x.text.clone(),
                    level,
                    column,
                });
            }
        }
        if let Some(item) = not_chosen_in(row) {
            not_chosen.push(item);
        }
    }

    // Stable sorts: ties stay in deck order.
    let (mut rose, mut fell): (Vec<Movement>, Vec<Movement>) =
        moved.into_iter().partition(|m| m.change > 0);
    rose.sort_by_key(|m| Reverse(m.change));
    fell.sort_by_key(|m| m.change);

    // A card nobody chose and nobody answered is not part of the comparison.
    rows.retain(|row| {
        row.chosen.iter().any(|&c| c)
            || row
                .anvisninger
                .iter()
                .any(|x| x.cells.iter().any(|c| !c.is_empty()))
    });

    Comparison {
        deck_name: deck.name.clone(),
        deck_edition: deck.edition.clone(),
        deck_fingerprint: fingerprint,
        max_level: deck.max_level(),
        columns,
        same_team,
        guidelines: rows,
        rose,
        fell,
        still_below,
        followed: if same_team && n > 1 {
            follow_up(items[0].1, items[n - 1].1)
        } else {
            Vec::new()
        },
        unmatched: Unmatched {
            not_in_deck: orphans,
            not_chosen,
        },
    }
}

/// The card's scores that have nothing to meet in the columns that did not choose it.
fn not_chosen_in(row: &GuidelineRow) -> Option<NotChosen> {
    let n = row.chosen.len();
    let scored_col = |col: usize| row.anvisninger.iter().any(|x| x.cells[col].score.is_some());
    let not_chosen_in: Vec<usize> = (0..n)
        .filter(|&col| !row.chosen[col] && !scored_col(col))
        .collect();
    if not_chosen_in.is_empty() {
        return None;
    }
    let anvisninger: Vec<String> = row
        .anvisninger
        .iter()
        .filter(|x| x.cells.iter().any(|c| c.score.is_some()))
        .map(|x| x.id.clone())
        .collect();
    if anvisninger.is_empty() {
        return None;
    }
    Some(NotChosen {
        guideline: row.id.clone(),
        anvisninger,
        scored_in: (0..n).filter(|&col| scored_col(col)).collect(),
        not_chosen_in,
    })
}

/// Column labels, "Team Nord 2026-11-17". Where two columns would read alike (two files of one
/// team on one day), each of them gets its file name, so the label says which file it is rather
/// than an order-dependent "(2)"; `text::unique_labels` settles anything still alike.
pub fn column_labels(items: &[(&Assessment, &std::path::Path)]) -> Vec<String> {
    let base: Vec<String> = items
        .iter()
        .map(|(a, _)| format!("{} {}", a.team.trim(), a.created.trim()))
        .collect();
    let name = |i: usize| {
        items[i]
            .1
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    // How often each label, and each (label, file name), occurs: a file name is added only where
    // it tells alike labels apart (the same file given twice keeps the "(2)").
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut seen_named: HashMap<(&str, Option<String>), usize> = HashMap::new();
    for (i, label) in base.iter().enumerate() {
        *seen.entry(label.as_str()).or_default() += 1;
        *seen_named.entry((label.as_str(), name(i))).or_default() += 1;
    }
    let labels = base
        .iter()
        .enumerate()
        .map(|(i, label)| match name(i) {
            Some(file)
                if seen[label.as_str()] > 1
                    && seen_named[&(label.as_str(), Some(file.clone()))] == 1 =>
            {
                format!("{label} ({file})")
            }
            _ => label.clone(),
        })
        .collect();
    unique_labels(labels)
}

#[cfg(test)]
mod tests;
