//! The course over time: every assessment of each team (its date and its mean), and across
//! teams, year by year, the mean per guideline, the guidelines that moved most between the last
//! two years, and the legal duties whose share of teams under 3 grew.
//!
//! A year counts each team once: its newest assessment that year. Files made with another
//! edition of the deck are compared only on the anvisninger the current deck has (a
//! [`Digest`] holds only those), and [`Course::other_edition`] says how many there were.

use std::collections::{BTreeMap, HashMap};

use super::digest::{DeckIndex, Digest};
use super::overview::{MeanSum, TeamsMean, change};
use crate::assessment::SECURED_LEVEL;
use crate::deck::{Deck, Kind};

/// How many guidelines the lists of most improved and most worrying hold.
pub const MOVERS: usize = 5;

/// What is kept per team while files are read: small, so 100,000 files fit.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct TeamHistory {
    /// Every assessment: (created, mean over the deck).
    points: Vec<(String, Option<f64>)>,
    /// Per year, the team's newest assessment that year (see [`YearFile`]). A short list, not a
    /// map: a team has a handful of years, and a `BTreeMap` node is room for eleven (at 100,000
    /// files the maps alone took 97 MB).
    years: Vec<YearFile>,
}

/// What a year needs of a file: which is newest (its dates and name) and its scores. Not a
/// whole [`Digest`]: at 100,000 files a year's digest with its six strings was 19 MB more.
#[derive(Debug, Clone, PartialEq)]
struct YearFile {
    year: u16,
    deck_matches: bool,
    /// `created`, `updated` and `file` end to end; `ends` says where the first two end.
    newest: Box<str>,
    ends: (u32, u32),
    scores: Box<[u8]>,
}

impl YearFile {
    fn new(year: u16, d: &Digest) -> YearFile {
        let ends = (d.created.len(), d.created.len() + d.updated.len());
        YearFile {
            year,
            deck_matches: d.deck_matches,
            newest: [d.created.as_str(), &d.updated, &d.file].concat().into(),
            ends: (
                u32::try_from(ends.0).unwrap_or(u32::MAX),
                u32::try_from(ends.1).unwrap_or(u32::MAX),
            ),
            scores: d.scores.clone(),
        }
    }

    /// (created, updated, file), as [`Digest::newer_than`] compares them.
    fn order(&self) -> (&str, &str, &str) {
        let (c, u) = (self.ends.0 as usize, self.ends.1 as usize);
        let part = |r: std::ops::Range<usize>| self.newest.get(r).unwrap_or("");
        (part(0..c), part(c..u), part(u..self.newest.len()))
    }
}

impl TeamHistory {
    pub(super) fn add(&mut self, d: &Digest) {
        self.points.push((d.created.clone(), d.mean()));
        if let Some(year) = year(&d.created) {
            let newer = (d.created.as_str(), d.updated.as_str(), d.file.as_str());
            self.keep(year, newer, || YearFile::new(year, d));
        }
    }

    pub(super) fn merge(&mut self, other: TeamHistory) {
        self.points.extend(other.points);
        for y in other.years {
            let (year, newer) = (y.year, |old: &YearFile| y.order() > old.order());
            match self.years.iter().position(|old| old.year == year) {
                Some(i) if newer(&self.years[i]) => self.years[i] = y,
                Some(_) => {}
                None => self.push(y),
            }
        }
    }

    /// Keeps a file of `year` (its `order`, made by `kept`) if it is the newest seen that year.
    fn keep(&mut self, year: u16, order: (&str, &str, &str), kept: impl FnOnce() -> YearFile) {
        match self.years.iter_mut().find(|y| y.year == year) {
            Some(old) if order <= old.order() => {}
            Some(old) => *old = kept(),
            None => self.push(kept()),
        }
    }

    /// One more year, in room for exactly that many.
    fn push(&mut self, y: YearFile) {
        self.years.reserve_exact(1);
        self.years.push(y);
    }
}

/// "2025-11-18" → 2025.
fn year(created: &str) -> Option<u16> {
    created.get(..4)?.parse().ok().filter(|y| *y > 1900)
}

/// The course over time, for the formats.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Course {
    /// Per team, in row order (place, then team): every assessment, oldest first.
    pub teams: Vec<TeamCourse>,
    /// Per year with assessments, oldest first.
    pub years: Vec<Year>,
    /// Between the last two years: the guidelines whose mean rose most (largest first) …
    pub improved: Vec<Mover>,
    /// … and fell most (largest fall first).
    pub worrying: Vec<Mover>,
    /// Legal duties whose share of teams under 3 grew between the last two years, most first.
    pub duties_grew: Vec<ShareGrew>,
    /// Assessments made with another edition of the deck: compared only on matching ids.
    pub other_edition: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamCourse {
    pub team: String,
    pub place: String,
    /// (created, mean over the deck), oldest first.
    pub points: Vec<(String, Option<f64>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Year {
    pub year: u16,
    /// Teams with an assessment that year.
    pub teams: usize,
    /// Per guideline, in deck order: the mean of the teams' means.
    pub cells: Vec<TeamsMean>,
    pub mean: TeamsMean,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mover {
    pub id: String,
    pub title: String,
    pub from: TeamsMean,
    pub to: TeamsMean,
    pub change: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ShareGrew {
    pub id: String,
    pub text: String,
    /// Teams under 3, and teams with a level on it, the year before and the last year.
    pub from: (usize, usize),
    pub to: (usize, usize),
}

impl ShareGrew {
    fn share((below, of): (usize, usize)) -> f64 {
        if of == 0 {
            0.0
        } else {
            below as f64 / of as f64
        }
    }

    /// The growth of the share, in percentage points.
    pub fn points(&self) -> f64 {
        (Self::share(self.to) - Self::share(self.from)) * 100.0
    }

    pub fn percent(counts: (usize, usize)) -> f64 {
        Self::share(counts) * 100.0
    }
}

/// One year's figures, summed team by team.
struct YearSums {
    teams: usize,
    /// Per guideline: the teams' means.
    cells: Vec<MeanSum>,
    mean: MeanSum,
    /// Per anvisning of the deck: (teams below [`SECURED_LEVEL`], teams with a level). Only
    /// legal requirements are counted; the rest stay (0, 0).
    counts: Vec<(usize, usize)>,
}

impl YearSums {
    fn new(index: &DeckIndex) -> YearSums {
        YearSums {
            teams: 0,
            cells: vec![MeanSum::default(); index.ranges.len()],
            mean: MeanSum::default(),
            counts: vec![(0, 0); index.len()],
        }
    }

    fn add(&mut self, index: &DeckIndex, d: &Digest) {
        self.teams += 1;
        for (g, cell) in self.cells.iter_mut().enumerate() {
            cell.add(d.cell(index, g).mean);
        }
        self.mean.add(d.mean());
        for (i, kind) in index.kinds.iter().enumerate() {
            if *kind != Kind::Requirement {
                continue;
            }
            if let Some(v) = d.level(i) {
                let (below, of) = &mut self.counts[i];
                *of += 1;
                if v < SECURED_LEVEL {
                    *below += 1;
                }
            }
        }
    }
}

/// The course from each team's history (`teams` in row order, with each team's name and place).
pub(super) fn course(
    deck: &Deck,
    index: &DeckIndex,
    teams: Vec<(String, String, TeamHistory)>,
) -> Course {
    let mut out = Course::default();
    // Each year's figures summed as the teams go by, in row order: a team's history is dropped
    // as soon as it is counted, and no year keeps its files (at 100,000 files that kept 40 MB).
    let mut by_year: BTreeMap<u16, YearSums> = BTreeMap::new();
    for (team, place, mut history) in teams {
        // By date, then mean: the same order however the files were read.
        history.points.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.unwrap_or(-1.0).total_cmp(&b.1.unwrap_or(-1.0)))
        });
        out.teams.push(TeamCourse {
            team,
            place,
            points: history.points,
        });
        for y in history.years {
            if !y.deck_matches {
                out.other_edition += 1;
            }
            by_year
                .entry(y.year)
                .or_insert_with(|| YearSums::new(index))
                .add(index, &Digest::of_scores(y.scores));
        }
    }
    for (&year, sums) in &by_year {
        out.years.push(Year {
            year,
            teams: sums.teams,
            cells: sums.cells.iter().map(|c| c.mean()).collect(),
            mean: sums.mean.mean(),
        });
    }
    let n = out.years.len();
    if n < 2 {
        return out;
    }
    let (before, last) = (&out.years[n - 2], &out.years[n - 1]);
    let mut moved: Vec<Mover> = deck
        .guidelines
        .iter()
        .enumerate()
        .filter_map(|(g, guideline)| {
            let (from, to) = (before.cells[g], last.cells[g]);
            Some(Mover {
                id: guideline.id.clone(),
                title: guideline.short_title(),
                from,
                to,
                change: change(from.mean?, to.mean?),
            })
        })
        .collect();
    // Stable: ties stay in deck order.
    moved.sort_by(|a, b| b.change.total_cmp(&a.change));
    out.improved = moved
        .iter()
        .filter(|m| m.change > 0.0)
        .take(MOVERS)
        .cloned()
        .collect();
    out.worrying = moved
        .iter()
        .rev()
        .filter(|m| m.change < 0.0)
        .take(MOVERS)
        .cloned()
        .collect();

    let (years_before, years_last) = (&by_year[&before.year], &by_year[&last.year]);
    let texts: HashMap<usize, (&str, &str)> = deck
        .guidelines
        .iter()
        .flat_map(|g| &g.anvisninger)
        .enumerate()
        .map(|(i, x)| (i, (x.id.as_str(), x.text.as_str())))
        .collect();
    for (i, kind) in index.kinds.iter().enumerate() {
        if *kind != Kind::Requirement {
            continue;
        }
        let (from, to) = (years_before.counts[i], years_last.counts[i]);
        let grew = ShareGrew {
            id: texts.get(&i).map_or("", |t| t.0).to_string(),
            text: texts.get(&i).map_or("", |t| t.1).to_string(),
            from,
            to,
        };
        if to.1 > 0 && from.1 > 0 && grew.points() > 0.0 {
            out.duties_grew.push(grew);
        }
    }
    out.duties_grew
        .sort_by(|a, b| b.points().total_cmp(&a.points()));
    out
}

#[cfg(test)]
mod tests {
    use crate::aggregate::{DeckIndex, Digest, Fold};
    use crate::assessment::{Assessment, Score};
    use crate::deck::Deck;

    /// A team's assessment with every anvisning at `level`.
    fn digest(deck: &Deck, index: &DeckIndex, team: &str, created: &str, level: u8) -> Digest {
        let mut a = Assessment::new(deck, team, vec![], vec![], created);
        for x in deck.guidelines.iter().flat_map(|g| &g.anvisninger) {
            a.answer_mut(&x.id).score = Some(Score::Level(level));
        }
        Digest::new(&a, index, format!("x/{team}-{created}.toml"), "x".into())
    }

    #[test]
    fn each_team_once_a_year_every_assessment_in_its_course() {
        let deck = Deck::embedded();
        let index = DeckIndex::new(&deck);
        let mut fold = Fold::new(false);
        for (team, created, level) in [
            ("Syd", "2024-05-01", 1),
            ("Syd", "2025-02-01", 0),
            ("Syd", "2025-09-01", 2),
            ("Syd", "2026-05-01", 2),
            ("Nord", "2026-01-01", 1),
        ] {
            fold.add(digest(&deck, &index, team, created, level));
        }
        let mut old = digest(&deck, &index, "Nord", "2025-01-01", 4);
        old.deck_matches = false;
        fold.add(old);
        let o = fold.finish(&deck, &index);
        let c = &o.course;
        let syd = c.teams.iter().find(|t| t.team == "Syd").unwrap();
        let dates: Vec<&str> = syd.points.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            dates,
            ["2024-05-01", "2025-02-01", "2025-09-01", "2026-05-01"]
        );
        let years: Vec<(u16, usize)> = c.years.iter().map(|y| (y.year, y.teams)).collect();
        assert_eq!(years, [(2024, 1), (2025, 2), (2026, 2)]);
        // 2025: Syd's newest that year (2) and Nord's (4): each team once.
        assert_eq!(c.years[1].cells[0].mean, Some(3.0));
        assert_eq!(c.years[2].cells[0].mean, Some(1.5));
        assert!(
            c.improved.is_empty(),
            "every guideline fell from 3,0 to 1,5"
        );
        assert_eq!(c.worrying.len(), super::MOVERS);
        assert_eq!(c.worrying[0].change, -1.5);
        assert_eq!(
            c.other_edition, 1,
            "Nord's 2025 file was made with another deck"
        );
        // Under 3 on every legal duty: Syd alone in 2025 (1 of 2), both teams in 2026.
        assert!(!c.duties_grew.is_empty());
        assert_eq!(
            (c.duties_grew[0].from, c.duties_grew[0].to),
            ((1, 2), (2, 2))
        );
    }
}
