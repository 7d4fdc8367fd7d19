//! Folding many files into one overview: which file is each team's newest, and the numbers
//! across teams. A [`Fold`] takes one [`Digest`] at a time (from any thread; folds merge), and
//! [`Fold::finish`] makes the [`Overview`] the formats and the TUI show.

mod across;
mod fold;
mod places;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::course::Course;
use super::digest::{CellStats, DeckIndex, Digest};
use crate::assessment::MAX_LEVEL;
use crate::deck::Kind;
use crate::store::tree::Passed;

pub use fold::Fold;
pub use places::{place_group, short_places};

/// Many teams side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub deck_name: String,
    pub deck_edition: String,
    pub max_level: u8,
    /// The deck's guidelines, in deck order: the heatmap's columns.
    pub guidelines: Vec<Head>,
    /// The deck's principles, in deck order: (number, title).
    pub principles: Vec<(u8, String)>,
    /// Per anvisning of the deck, in deck order: its kind.
    pub kinds: Vec<Kind>,
    /// One row per file (`--all`) instead of one per team.
    pub all: bool,
    /// Teams found.
    pub teams: usize,
    /// Assessments read.
    pub read: usize,
    /// By place, then team; with `all`, a team's files oldest first.
    pub rows: Vec<Row>,
    /// A total per municipality of two or more teams (in row order), then one for all teams;
    /// each team's newest counted.
    pub totals: Vec<Total>,
    /// Every assessment of each team, and the mean per guideline year by year.
    pub course: Course,
    /// Per anvisning of the deck, how many teams (their newest assessment) are at each level.
    pub anvisninger: Vec<AnvisningCount>,
    /// Legal requirements that some teams have below [`SECURED_LEVEL`]: most teams first, then
    /// deck order.
    pub not_secured: Vec<NotSecured>,
    /// Anvisninger chosen as focus areas: by most teams, then deck order.
    pub focus: Vec<Focus>,
    /// Files and folders that could not be read, by name, with the reason.
    pub unreadable: Vec<Passed>,
    /// Paths left out: TOML files that are not assessments, FIFOs and the like.
    pub skipped: Vec<Passed>,
    /// Names of teams, places and files are replaced (see [`Overview::anonymise`]).
    pub anonymous: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// Its anvisninger's positions in the deck (see [`Row::level`]).
    pub range: std::ops::Range<usize>,
    pub id: String,
    pub title: String,
    pub short_title: String,
    pub anvisninger: usize,
    pub requirements: usize,
}

/// One team's newest assessment (or, with `--all`, one file).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub team: String,
    pub place: String,
    /// The part of the place that tells it from the other places (see [`short_places`]).
    pub place_short: String,
    pub file: String,
    pub created: String,
    pub updated: String,
    /// False when the deck changed since the assessment was made.
    pub deck_matches: bool,
    /// Anvisninger of the deck with a score or a non-score (coverage), and in all.
    pub answered: usize,
    pub total: usize,
    /// Per guideline, in deck order.
    pub cells: Vec<CellStats>,
    /// The mean of every level in the assessment: the team's one figure.
    pub mean: Option<f64>,
    /// Per principle of the deck, in deck order: the mean of the levels on its cards.
    pub principles: Vec<Option<f64>>,
    /// The same team's assessment before this one, when there is one.
    pub previous: Option<Previous>,
    /// Per anvisning of the deck, in deck order: a level or a code (see `digest`).
    pub scores: Box<[u8]>,
}

/// The teams of one place, or of every place, taken together: each team counts once (its
/// newest assessment), so a big team weighs no more than a small one.
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    /// The municipality ([`place_group`]); `None`: every place.
    pub place: Option<String>,
    pub place_short: String,
    pub teams: usize,
    /// Per guideline, in deck order: the mean of the teams' means.
    pub cells: Vec<TeamsMean>,
    /// The mean of the teams' [`Row::mean`].
    pub mean: TeamsMean,
    /// Per principle: the mean of the teams' means.
    pub principles: Vec<TeamsMean>,
}

/// A mean over teams, and how many teams it stands on (those with a mean): every figure across
/// teams carries its n.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TeamsMean {
    pub mean: Option<f64>,
    pub n: usize,
}

impl TeamsMean {
    pub(super) fn of(means: impl IntoIterator<Item = Option<f64>>) -> TeamsMean {
        let mut sum = MeanSum::default();
        means.into_iter().for_each(|m| sum.add(m));
        sum.mean()
    }
}

/// A [`TeamsMean`] summed one team at a time, for figures made while the teams go by (the
/// course's years): the same sums in the same order as [`TeamsMean::of`].
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct MeanSum {
    sum: f64,
    n: usize,
}

impl MeanSum {
    pub(super) fn add(&mut self, mean: Option<f64>) {
        if let Some(m) = mean {
            self.sum += m;
            self.n += 1;
        }
    }

    pub(super) fn mean(self) -> TeamsMean {
        TeamsMean {
            mean: (self.n > 0).then(|| self.sum / self.n as f64),
            n: self.n,
        }
    }
}

/// The assessment a row's change is measured from.
#[derive(Debug, Clone, PartialEq)]
pub struct Previous {
    pub file: String,
    pub created: String,
    /// Per guideline: this row's mean minus the previous one, each rounded as shown first, so
    /// the numbers on a line add up. `None` unless both have a mean.
    pub change: Vec<Option<f64>>,
    /// The change of [`Row::mean`]: one figure per team.
    pub mean_change: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnvisningCount {
    pub id: String,
    pub guideline: String,
    pub kind: Kind,
    /// What the anvisning says, as on the card.
    pub text: String,
    /// Teams at level 0, 1, …, up to the deck's top (or a higher level a file holds).
    pub levels: Vec<usize>,
    pub not_relevant: usize,
    pub unknown: usize,
    pub unanswered: usize,
}

/// "3.4.1 lovkrav: 4 af 12 teams under 3".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotSecured {
    pub id: String,
    pub guideline: String,
    pub text: String,
    /// The teams below, as positions in [`Course::teams`] (each team once, in row order): small
    /// at national scale. With `--anonym` the formats give only the count.
    pub teams: Vec<u32>,
    /// Teams whose level is below [`SECURED_LEVEL`].
    pub below: usize,
    /// Teams in the overview.
    pub of: usize,
    /// Teams that have not scored it with a level (unanswered or a non-score).
    pub without_level: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub id: String,
    pub guideline: String,
    pub text: String,
    pub teams: usize,
}

impl Row {
    fn new(d: &Digest, previous: Option<&Digest>, index: &DeckIndex) -> Row {
        let cells: Vec<CellStats> = (0..index.ranges.len()).map(|g| d.cell(index, g)).collect();
        let mean = d.mean();
        let previous = previous.map(|p| Previous {
            file: p.file.clone(),
            created: p.created.clone(),
            mean_change: p.mean().zip(mean).map(|(a, b)| change(a, b)),
            change: cells
                .iter()
                .enumerate()
                .map(|(g, now)| Some(change(p.cell(index, g).mean?, now.mean?)))
                .collect(),
        });
        Row {
            team: d.team.clone(),
            place: d.place.clone(),
            place_short: d.place.clone(),
            file: d.file.clone(),
            created: d.created.clone(),
            updated: d.updated.clone(),
            deck_matches: d.deck_matches,
            answered: d.answered(),
            total: index.len(),
            cells,
            mean,
            principles: (0..index.principles.len())
                .map(|p| d.principle_mean(index, p))
                .collect(),
            previous,
            scores: d.scores.clone(),
        }
    }

    /// The level on the anvisning at position `i` of the deck, when it has one.
    pub fn level(&self, i: usize) -> Option<u8> {
        self.scores.get(i).copied().filter(|&v| v <= MAX_LEVEL)
    }

    /// The mean of the levels of the legal requirements among `head`'s anvisninger.
    pub fn requirement_mean(&self, head: &Head, kinds: &[Kind]) -> Option<f64> {
        crate::number::mean(
            head.range
                .clone()
                .filter(|&i| kinds.get(i) == Some(&Kind::Requirement))
                .filter_map(|i| self.level(i)),
        )
    }
}

/// The change between two means as people see them: each rounded to one decimal first.
pub fn change(from: f64, to: f64) -> f64 {
    rounded(rounded(to) - rounded(from))
}

/// The one rounding of every shown mean.
pub fn rounded(v: f64) -> f64 {
    crate::number::round1(v)
}

impl Overview {
    /// Replaces team names with "Team A", "Team B", … and places with "Sted A", … (in row
    /// order, the same letter for the same team or place), and hides file paths, which name
    /// both. Reasons never hold a path (see `StoreError::reason`).
    pub fn anonymise(&mut self) {
        let letter = crate::compare::format::letter;
        let mut teams: HashMap<(String, String), String> = HashMap::new();
        // A municipality is "Sted A"; a folder in it "Sted A/1", "Sted A/2", …
        let mut groups: HashMap<String, (String, usize)> = HashMap::new();
        let mut places: HashMap<String, String> = HashMap::new();
        for row in &mut self.rows {
            let n = teams.len();
            let team = teams
                .entry((row.place.clone(), super::digest::team_key(&row.team)))
                .or_insert_with(|| format!("Team {}", letter(n)))
                .clone();
            let place = match places.get(&row.place) {
                Some(p) => p.clone(),
                None => {
                    let n = groups.len();
                    let group = place_group(&row.place).to_string();
                    let (name, folders) = groups
                        .entry(group.clone())
                        .or_insert_with(|| (format!("Sted {}", letter(n)), 0));
                    let p = if group == row.place {
                        name.clone()
                    } else {
                        *folders += 1;
                        format!("{name}/{folders}")
                    };
                    places.insert(row.place.clone(), p.clone());
                    p
                }
            };
            row.team = team;
            row.place_short.clone_from(&place);
            row.place = place;
            row.file = String::new();
            if let Some(p) = &mut row.previous {
                p.file = String::new();
            }
        }
        for t in &mut self.totals {
            if let Some((place, _)) = t.place.as_ref().and_then(|p| groups.get(p.as_str())) {
                t.place = Some(place.clone());
                t.place_short.clone_from(place);
            }
        }
        // The course's teams are in row order, each once: the letters of the rows.
        let mut letters = self.rows.iter().map(|r| (r.team.clone(), r.place.clone()));
        let mut seen = std::collections::HashSet::new();
        for t in &mut self.course.teams {
            if let Some((team, place)) = letters.by_ref().find(|x| seen.insert(x.clone())) {
                t.team = team;
                t.place = place;
            }
        }
        for (i, p) in self.unreadable.iter_mut().enumerate() {
            p.file = format!("fil {}", i + 1);
        }
        let first = self.unreadable.len();
        for (i, p) in self.skipped.iter_mut().enumerate() {
            p.file = format!("fil {}", first + i + 1);
        }
        self.anonymous = true;
    }

    /// The teams a requirement is not secured for, as "Team Nord (aalborg)"; none once
    /// anonymised (the count says how many).
    pub fn not_secured_names(&self, n: &NotSecured) -> Vec<String> {
        if self.anonymous {
            return Vec::new();
        }
        n.teams
            .iter()
            .filter_map(|&t| self.course.teams.get(t as usize))
            .map(|t| format!("{} ({})", t.team, t.place))
            .collect()
    }

    /// A row's label where rows are named: the team, and with `--all` its date.
    pub fn label(&self, row: &Row) -> String {
        if self.all {
            format!("{} {}", row.team, row.created)
        } else {
            row.team.clone()
        }
    }
}
