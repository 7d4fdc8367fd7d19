//! What a comparison holds, and how it is built.
//!
//! The work is linear in what is read and what is shown: one map from anvisning id to its place
//! in the deck, then one pass over each assessment's answers. A facilitator may compare hundreds
//! of teams, so nothing here loops over assessments × assessments.

use std::cmp::Reverse;
use std::collections::HashMap;

use crate::assessment::team_key;
use crate::assessment::{Answer, Assessment, SECURED_LEVEL, Score};
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
    pub unmatched: Unmatched,
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
mod tests {
    use super::*;
    use crate::assessment::NonScore;

    const UNKNOWN: Score = Score::Other(NonScore::Unknown);
    const NOT_RELEVANT: Score = Score::Other(NonScore::NotRelevant);

    fn deck() -> Deck {
        Deck::embedded()
    }

    fn new(deck: &Deck, team: &str, created: &str, cards: &[&str]) -> Assessment {
        let cards = cards.iter().map(|c| c.to_string()).collect();
        Assessment::new(deck, team, vec![], cards, created)
    }

    fn score(a: &mut Assessment, id: &str, s: Score) {
        a.answer_mut(id).score = Some(s);
    }

    fn run(deck: &Deck, list: &[&Assessment]) -> Comparison {
        let items: Vec<(String, &Assessment)> = list
            .iter()
            .map(|a| (format!("{} {}", a.team, a.created), *a))
            .collect();
        compare(&items, deck)
    }

    fn row<'c>(c: &'c Comparison, id: &str) -> &'c GuidelineRow {
        c.guidelines.iter().find(|g| g.id == id).expect("guideline")
    }

    fn anvisning<'c>(c: &'c Comparison, id: &str) -> &'c AnvisningRow {
        c.guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .find(|x| x.id == id)
            .expect("anvisning")
    }

    #[test]
    fn different_teams_have_no_change_and_nothing_rose_or_fell() {
        let deck = deck();
        let g = &deck.guidelines[0];
        let id = g.anvisninger[0].id.as_str();
        let mut nord = new(&deck, "Team Nord", "2026-01-01", &[]);
        let mut syd = new(&deck, "Team Syd", "2026-02-01", &[]);
        score(&mut nord, id, Score::Level(1));
        score(&mut syd, id, Score::Level(3));
        let c = run(&deck, &[&nord, &syd]);
        assert!(!c.same_team);
        assert_eq!(row(&c, &g.id).averages, vec![Some(1.0), Some(3.0)]);
        assert_eq!(row(&c, &g.id).change, None);
        assert_eq!(anvisning(&c, id).change, None);
        assert!(c.rose.is_empty() && c.fell.is_empty());

        // The same team, written with other case and spaces, is one team over time.
        let mut later = new(&deck, " team nord ", "2027-01-01", &[]);
        score(&mut later, id, Score::Level(3));
        let c = run(&deck, &[&nord, &later]);
        assert!(c.same_team);
        assert_eq!(anvisning(&c, id).change, Some(2));
        assert_eq!(c.rose.len(), 1);
    }

    #[test]
    fn deltas_are_signed_for_guidelines_and_anvisninger() {
        let deck = deck();
        let mut a = new(&deck, "Nord", "2025-11-18", &["2.1"]);
        let mut b = new(&deck, "Nord", "2026-11-17", &["2.1"]);
        score(&mut a, "2.1.1", Score::Level(1));
        score(&mut a, "2.1.2", Score::Level(3));
        score(&mut b, "2.1.1", Score::Level(3));
        score(&mut b, "2.1.2", Score::Level(2));
        let c = run(&deck, &[&a, &b]);
        assert_eq!(c.guidelines.len(), 1);
        let g = row(&c, "2.1");
        assert_eq!(g.averages, vec![Some(2.0), Some(2.5)]);
        assert_eq!(g.change, Some(0.5));
        assert_eq!(anvisning(&c, "2.1.1").change, Some(2));
        assert_eq!(anvisning(&c, "2.1.2").change, Some(-1));
        assert_eq!(anvisning(&c, "2.1.3").change, None);

        let back = run(&deck, &[&b, &a]);
        assert_eq!(row(&back, "2.1").change, Some(-0.5));
        assert_eq!(anvisning(&back, "2.1.1").change, Some(-2));
    }

    #[test]
    fn non_scores_are_left_out_of_averages_and_never_count_as_zero() {
        let deck = deck();
        let mut a = new(&deck, "Nord", "2025-11-18", &["2.1"]);
        let mut b = new(&deck, "Nord", "2026-11-17", &["2.1"]);
        score(&mut a, "2.1.1", Score::Level(4));
        score(&mut a, "2.1.2", UNKNOWN);
        score(&mut a, "2.1.3", NOT_RELEVANT);
        score(&mut b, "2.1.1", UNKNOWN);
        score(&mut b, "2.1.2", UNKNOWN);
        let c = run(&deck, &[&a, &b]);
        let g = row(&c, "2.1");
        assert_eq!(g.averages, vec![Some(4.0), None], "ved ikke is not 0");
        assert_eq!(g.change, None, "only one side has an average");
        // 4 then "ved ikke": the team no longer claims a level, so there is no change.
        assert_eq!(anvisning(&c, "2.1.1").change, None);
        assert!(c.rose.is_empty() && c.fell.is_empty());
    }

    #[test]
    fn unknown_is_kept_apart_from_unanswered() {
        let deck = deck();
        let mut a = new(&deck, "Nord", "2025-11-18", &["2.1"]);
        let b = new(&deck, "Nord", "2026-11-17", &["2.1"]);
        score(&mut a, "2.1.1", UNKNOWN);
        a.answer_mut("2.1.2").note = "Kun en note".into();
        let c = run(&deck, &[&a, &b]);
        let x = anvisning(&c, "2.1.1");
        assert_eq!(x.cells[0].score, Some(UNKNOWN));
        assert_eq!(x.cells[1].score, None, "unanswered");
        let y = anvisning(&c, "2.1.2");
        assert_eq!(y.cells[0].score, None);
        assert_eq!(y.cells[0].note, "Kun en note", "notes are reachable");
        assert_eq!(row(&c, "2.1").averages, vec![None, None]);
    }

    #[test]
    fn rose_and_fell_are_ordered_by_size_then_deck_order() {
        let deck = deck();
        let mut a = new(&deck, "Nord", "2025-11-18", &[]);
        let mut b = new(&deck, "Nord", "2026-11-17", &[]);
        // Answered out of deck order on purpose.
        for (id, from, to) in [
            ("3.4.1", 1, 2),
            ("2.1.1", 0, 1),
            ("2.2.1", 0, 3),
            ("3.1.1", 4, 3),
            ("2.3.1", 4, 1),
            ("2.1.2", 3, 2),
            ("2.1.3", 2, 2),
        ] {
            score(&mut a, id, Score::Level(from));
            score(&mut b, id, Score::Level(to));
        }
        let c = run(&deck, &[&a, &b]);
        let ids = |list: &[Movement]| -> Vec<(String, i16)> {
            list.iter()
                .map(|m| (m.anvisning.clone(), m.change))
                .collect()
        };
        let pairs = |v: &[(&str, i16)]| -> Vec<(String, i16)> {
            v.iter().map(|(i, d)| (i.to_string(), *d)).collect()
        };
        assert_eq!(
            ids(&c.rose),
            pairs(&[("2.2.1", 3), ("2.1.1", 1), ("3.4.1", 1)])
        );
        assert_eq!(
            ids(&c.fell),
            pairs(&[("2.3.1", -3), ("2.1.2", -1), ("3.1.1", -1)])
        );
        let m = &c.rose[0];
        assert_eq!((m.from, m.to, m.from_column, m.to_column), (0, 3, 0, 1));
        assert_eq!(m.guideline, "2.2");
    }

    #[test]
    fn requirements_still_below_three_use_the_last_level() {
        let deck = deck();
        let requirements: Vec<&str> = deck
            .guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .filter(|x| x.kind == Kind::Requirement)
            .map(|x| x.id.as_str())
            .take(4)
            .collect();
        let recommendation = deck
            .guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .find(|x| x.kind == Kind::Recommendation)
            .unwrap();
        let mut a = new(&deck, "Nord", "2025-11-18", &[]);
        let mut b = new(&deck, "Nord", "2026-11-17", &[]);
        score(&mut a, requirements[0], Score::Level(1));
        score(&mut b, requirements[0], Score::Level(2)); // rose, still below
        score(&mut a, requirements[1], Score::Level(1));
        score(&mut b, requirements[1], Score::Level(3)); // secured now
        score(&mut a, requirements[2], Score::Level(2)); // only the first side: still its last
        score(&mut a, requirements[3], Score::Level(0));
        score(&mut b, requirements[3], UNKNOWN); // last word is "ved ikke": not listed
        score(&mut a, &recommendation.id, Score::Level(0));
        let c = run(&deck, &[&a, &b]);
        let below: Vec<(&str, u8, usize)> = c
            .still_below
            .iter()
            .map(|x| (x.anvisning.as_str(), x.level, x.column))
            .collect();
        assert_eq!(
            below,
            vec![(requirements[0], 2, 1), (requirements[2], 2, 0)]
        );
    }

    #[test]
    fn answers_from_an_older_deck_are_listed_not_dropped() {
        let deck = deck();
        let mut old = new(&deck, "Nord", "2024-11-18", &["2.1"]);
        old.deck.edition = "2019".into();
        old.deck.fingerprint = "0000000000000000".into();
        score(&mut old, "9.9.9", Score::Level(2));
        old.answer_mut("9.9.9").note = "Fra det gamle kortsæt".into();
        score(&mut old, "2.1.10", UNKNOWN);
        score(&mut old, "2.1.1", Score::Level(1));
        let mut new_ = new(&deck, "Nord", "2025-11-18", &["2.1"]);
        score(&mut new_, "2.1.1", Score::Level(2));
        score(&mut new_, "9.9.9", Score::Level(3));
        let c = run(&deck, &[&old, &new_]);
        assert!(!c.columns[0].deck_matches);
        assert_eq!(c.columns[0].deck_edition, "2019");
        assert!(c.columns[1].deck_matches);
        let ids: Vec<&str> = c
            .unmatched
            .not_in_deck
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(ids, ["2.1.10", "9.9.9"], "in id order");
        let o = &c.unmatched.not_in_deck[1];
        assert_eq!(o.cells[0].score, Some(Score::Level(2)));
        assert_eq!(o.cells[0].note, "Fra det gamle kortsæt");
        assert_eq!(o.cells[1].score, Some(Score::Level(3)));
        assert_eq!(c.unmatched.not_in_deck[0].cells[1].score, None);
        // The matched anvisning still compares.
        assert_eq!(anvisning(&c, "2.1.1").change, Some(1));
        assert_eq!(row(&c, "2.1").averages, vec![Some(1.0), Some(2.0)]);
    }

    #[test]
    fn cards_chosen_on_one_side_only_are_unmatched_on_the_other() {
        let deck = deck();
        let mut a = new(&deck, "Nord", "2026-11-17", &["2.1", "3.4"]);
        let mut b = new(&deck, "Syd", "2026-10-02", &["3.4"]);
        score(&mut a, "2.1.1", Score::Level(2));
        score(&mut a, "2.1.3", NOT_RELEVANT);
        score(&mut a, "3.4.1", Score::Level(3));
        score(&mut b, "3.4.1", Score::Level(1));
        let c = run(&deck, &[&a, &b]);
        let ids: Vec<&str> = c.guidelines.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["2.1", "3.4"], "the union of the chosen cards");
        let g = row(&c, "2.1");
        assert_eq!(g.chosen, vec![true, false]);
        assert_eq!(g.averages, vec![Some(2.0), None]);
        assert_eq!(g.change, None, "a single-side guideline has no change");
        assert_eq!(
            c.unmatched.not_chosen,
            vec![NotChosen {
                guideline: "2.1".into(),
                anvisninger: vec!["2.1.1".into(), "2.1.3".into()],
                scored_in: vec![0],
                not_chosen_in: vec![1],
            }]
        );
        // Two different teams: side by side, no change between them.
        assert_eq!(row(&c, "3.4").change, None);
        assert!(c.fell.is_empty());
    }

    #[test]
    fn three_way_change_runs_from_first_to_last_with_a_value() {
        let deck = deck();
        let mut a = new(&deck, "Nord", "2024-11-18", &[]);
        let mut b = new(&deck, "Nord", "2025-11-18", &[]);
        let mut c3 = new(&deck, "Nord", "2026-11-17", &[]);
        score(&mut a, "3.4.1", Score::Level(1));
        score(&mut b, "3.4.1", Score::Level(4));
        score(&mut c3, "3.4.1", Score::Level(2));
        // Unanswered in the middle and at the end: the change runs to the last value.
        score(&mut a, "3.4.2", Score::Level(0));
        score(&mut b, "3.4.2", Score::Level(3));
        // Only in the middle: nothing to compare.
        score(&mut b, "3.4.3", Score::Level(2));
        let c = run(&deck, &[&a, &b, &c3]);
        assert_eq!(c.columns.len(), 3);
        assert_eq!(anvisning(&c, "3.4.1").change, Some(1));
        assert_eq!(anvisning(&c, "3.4.2").change, Some(3));
        assert_eq!(anvisning(&c, "3.4.3").change, None);
        let g = row(&c, "3.4");
        assert_eq!(g.averages, vec![Some(0.5), Some(3.0), Some(2.0)]);
        assert_eq!(g.change, Some(1.5));
        let m = c.rose.iter().find(|m| m.anvisning == "3.4.2").unwrap();
        assert_eq!((m.from_column, m.to_column), (0, 1));
        assert_eq!(c.rose[0].anvisning, "3.4.2", "largest first");
    }

    #[test]
    fn labels_alike_name_their_files() {
        let deck = Deck::embedded();
        let a = Assessment::new(&deck, "Team Øst", vec![], vec![], "2026-12-01");
        let b = Assessment::new(&deck, "Team Syd", vec![], vec![], "2026-12-01");
        let second = std::path::Path::new("/s/team-oest-2026-12-01-2.toml");
        let first = std::path::Path::new("/s/team-oest-2026-12-01.toml");
        let got = column_labels(&[
            (&a, second),
            (&b, std::path::Path::new("/s/team-syd-2026-12-01.toml")),
            (&a, first),
        ]);
        assert_eq!(
            got,
            vec![
                "Team Øst 2026-12-01 (team-oest-2026-12-01-2.toml)",
                "Team Syd 2026-12-01",
                "Team Øst 2026-12-01 (team-oest-2026-12-01.toml)",
            ],
            "the mark follows the file, whatever the order"
        );
    }

    #[test]
    fn nothing_compared_is_an_empty_comparison() {
        let deck = deck();
        let c = compare(&[], &deck);
        assert!(c.columns.is_empty() && c.guidelines.is_empty());
    }
}
