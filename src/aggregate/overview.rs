//! Folding many files into one overview: which file is each team's newest, and the numbers
//! across teams. A [`Fold`] takes one [`Digest`] at a time (from any thread; folds merge), and
//! [`Fold::finish`] makes the [`Overview`] the formats and the TUI show.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::course::{Course, TeamHistory, course};
use super::digest::{CellStats, DeckIndex, Digest, NOT_RELEVANT, UNANSWERED, UNKNOWN};
use crate::assessment::{MAX_LEVEL, SECURED_LEVEL};
use crate::deck::{Deck, Kind};
use crate::store::tree::Passed;

/// A team is its name (case and surrounding spaces ignored) in its folder: two municipalities
/// may both have a "Team Nord".
type TeamKey = (String, String);

/// The state while files are read.
#[derive(Debug, Clone, Default)]
pub struct Fold {
    all: bool,
    /// Per team, newest first: the newest two by default, every file with `--all`.
    teams: HashMap<TeamKey, Vec<Digest>>,
    /// Per team, every assessment's date and mean, and its newest each year.
    history: HashMap<TeamKey, TeamHistory>,
    pub unreadable: Vec<Passed>,
    pub skipped: Vec<Passed>,
    /// Assessments read.
    pub read: usize,
}

impl Fold {
    /// `all`: keep every file as its own row, not only each team's newest.
    pub fn new(all: bool) -> Fold {
        Fold {
            all,
            ..Fold::default()
        }
    }

    pub fn add(&mut self, d: Digest) {
        self.read += 1;
        self.history
            .entry((d.place.clone(), d.key.clone()))
            .or_default()
            .add(&d);
        self.keep(d);
    }

    /// Keeps `d` if it is among its team's newest two (or with `all`, always).
    fn keep(&mut self, d: Digest) {
        let files = self
            .teams
            .entry((d.place.clone(), d.key.clone()))
            .or_default();
        let at = files
            .iter()
            .position(|x| d.newer_than(x))
            .unwrap_or(files.len());
        files.insert(at, d);
        if !self.all {
            files.truncate(2);
        }
    }

    pub fn merge(&mut self, other: Fold) {
        self.read += other.read;
        for d in other.teams.into_values().flatten() {
            self.keep(d);
        }
        for (key, h) in other.history {
            self.history.entry(key).or_default().merge(h);
        }
        self.unreadable.extend(other.unreadable);
        self.skipped.extend(other.skipped);
    }

    /// The overview of what was folded, against the current deck.
    pub fn finish(self, deck: &Deck, index: &DeckIndex) -> Overview {
        let all = self.all;
        let mut teams: Vec<(TeamKey, Vec<Digest>)> = self.teams.into_iter().collect();
        teams.sort_by(|a, b| a.0.cmp(&b.0));

        let mut rows = Vec::new();
        for (_, files) in &teams {
            // Files are newest first; rows go oldest first so a team's change reads downwards.
            let shown = if all { files.len() } else { 1 };
            for i in (0..shown).rev() {
                rows.push(Row::new(&files[i], files.get(i + 1), index));
            }
        }
        let newest: Vec<&Digest> = teams.iter().map(|(_, files)| &files[0]).collect();
        let short = short_places(newest.iter().map(|d| d.place.as_str()));
        for row in &mut rows {
            if let Some(s) = short.get(&row.place) {
                row.place_short.clone_from(s);
            }
        }
        let totals = totals(index, &newest, &short);
        let mut history = self.history;
        let course = course(
            deck,
            index,
            teams
                .iter()
                .map(|(key, files)| {
                    let place = short.get(&files[0].place).unwrap_or(&files[0].place);
                    let h = history.remove(key).unwrap_or_default();
                    (files[0].team.clone(), place.clone(), h)
                })
                .collect(),
        );

        let mut unreadable = self.unreadable;
        unreadable.sort_by(|a, b| a.file.cmp(&b.file));
        let mut skipped = self.skipped;
        skipped.sort_by(|a, b| a.file.cmp(&b.file));
        let (anvisninger, not_secured, focus) = across(deck, index, &newest);
        Overview {
            deck_name: deck.name.clone(),
            deck_edition: deck.edition.clone(),
            max_level: deck.max_level(),
            kinds: index.kinds.clone(),
            guidelines: deck
                .guidelines
                .iter()
                .zip(&index.ranges)
                .map(|(g, range)| Head {
                    range: range.clone(),
                    id: g.id.clone(),
                    title: g.title.clone(),
                    short_title: g.short_title(),
                    anvisninger: g.anvisninger.len(),
                    requirements: g.requirement_count(),
                })
                .collect(),
            principles: deck
                .principles
                .iter()
                .map(|p| (p.id, p.title.clone()))
                .collect(),
            all,
            teams: newest.len(),
            read: self.read,
            rows,
            totals,
            course,
            anvisninger,
            not_secured,
            focus,
            unreadable,
            skipped,
            anonymous: false,
        }
    }
}

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
        let (mut sum, mut n) = (0.0, 0);
        for m in means.into_iter().flatten() {
            sum += m;
            n += 1;
        }
        TeamsMean {
            mean: (n > 0).then(|| sum / n as f64),
            n,
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

/// Counts per anvisning, requirements not secured and focus areas, over each team's newest file.
fn across(
    deck: &Deck,
    index: &DeckIndex,
    newest: &[&Digest],
) -> (Vec<AnvisningCount>, Vec<NotSecured>, Vec<Focus>) {
    let top = usize::from(
        deck.max_level().max(
            newest
                .iter()
                .flat_map(|d| d.scores.iter())
                .copied()
                .filter(|&v| v <= MAX_LEVEL)
                .max()
                .unwrap_or(0),
        ),
    );
    let mut counts = Vec::with_capacity(index.len());
    let mut focus_teams = vec![0usize; index.len()];
    for d in newest {
        for &i in d.focus.iter() {
            if let Some(n) = focus_teams.get_mut(usize::from(i)) {
                *n += 1;
            }
        }
    }
    let mut not_secured = Vec::new();
    let mut focus = Vec::new();
    let mut i = 0;
    for g in &deck.guidelines {
        for x in &g.anvisninger {
            let mut c = AnvisningCount {
                id: x.id.clone(),
                guideline: g.id.clone(),
                kind: x.kind,
                text: x.text.clone(),
                levels: vec![0; top + 1],
                not_relevant: 0,
                unknown: 0,
                unanswered: 0,
            };
            for d in newest {
                match d.scores[i] {
                    UNANSWERED => c.unanswered += 1,
                    NOT_RELEVANT => c.not_relevant += 1,
                    UNKNOWN => c.unknown += 1,
                    v => {
                        if let Some(n) = c.levels.get_mut(usize::from(v)) {
                            *n += 1;
                        }
                    }
                }
            }
            let below: usize = c.levels.iter().take(usize::from(SECURED_LEVEL)).sum();
            if x.kind == Kind::Requirement && below > 0 {
                not_secured.push(NotSecured {
                    id: x.id.clone(),
                    guideline: g.id.clone(),
                    text: x.text.clone(),
                    teams: newest
                        .iter()
                        .enumerate()
                        .filter(|(_, d)| d.scores[i] < SECURED_LEVEL)
                        .map(|(t, _)| u32::try_from(t).unwrap_or(u32::MAX))
                        .collect(),
                    below,
                    of: newest.len(),
                    without_level: c.unanswered + c.not_relevant + c.unknown,
                });
            }
            if focus_teams[i] > 0 {
                focus.push(Focus {
                    id: x.id.clone(),
                    guideline: g.id.clone(),
                    text: x.text.clone(),
                    teams: focus_teams[i],
                });
            }
            counts.push(c);
            i += 1;
        }
    }
    // Stable sorts: ties stay in deck order.
    not_secured.sort_by_key(|n| Reverse(n.below));
    focus.sort_by_key(|f| Reverse(f.teams));
    (counts, not_secured, focus)
}

/// The municipality of a place: its first folder ("aarhus" of "aarhus/team-nord"). Totals are
/// per municipality; places sort so that a municipality's rows stand together.
pub fn place_group(place: &str) -> &str {
    place.split('/').next().unwrap_or(place)
}

/// A total per municipality of more than one team (`newest` is in place order), then one for
/// every place.
fn totals(index: &DeckIndex, newest: &[&Digest], short: &HashMap<String, String>) -> Vec<Total> {
    let total = |place: Option<&str>, teams: &[&Digest]| Total {
        place: place.map(str::to_string),
        place_short: place
            .map(|p| short.get(p).cloned().unwrap_or_else(|| p.to_string()))
            .unwrap_or_default(),
        teams: teams.len(),
        cells: (0..index.ranges.len())
            .map(|g| TeamsMean::of(teams.iter().map(|d| d.cell(index, g).mean)))
            .collect(),
        mean: TeamsMean::of(teams.iter().map(|d| d.mean())),
        principles: (0..index.principles.len())
            .map(|p| TeamsMean::of(teams.iter().map(|d| d.principle_mean(index, p))))
            .collect(),
    };
    // A total of one team would only repeat its row; one of every team, the total of all.
    let groups: Vec<&[&Digest]> = newest
        .chunk_by(|a, b| place_group(&a.place) == place_group(&b.place))
        .collect();
    let mut out: Vec<Total> = if groups.len() > 1 {
        groups
            .iter()
            .filter(|teams| teams.len() > 1)
            .map(|teams| total(Some(place_group(&teams[0].place)), teams))
            .collect()
    } else {
        Vec::new()
    };
    if !newest.is_empty() {
        out.push(total(None, newest));
    }
    out
}

/// Each place's distinguishing part: the folders every place shares at the start or the end
/// are left out ("kommuner/aalborg/team" and "kommuner/aarhus/team" become "aalborg" and
/// "aarhus"), keeping at least one folder. One place alone is its last folder.
pub fn short_places<'a>(places: impl IntoIterator<Item = &'a str>) -> HashMap<String, String> {
    let mut distinct: Vec<&str> = places.into_iter().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let parts: Vec<Vec<&str>> = distinct
        .iter()
        .map(|p| p.split('/').filter(|s| !s.is_empty()).collect())
        .collect();
    let shortest = parts.iter().map(Vec::len).min().unwrap_or(0);
    let same_at =
        |at: &dyn Fn(&Vec<&'a str>) -> &'a str| parts.windows(2).all(|w| at(&w[0]) == at(&w[1]));
    let mut lead = 0;
    while lead + 1 < shortest && same_at(&|p| p[lead]) {
        lead += 1;
    }
    let mut tail = 0;
    while lead + tail + 1 < shortest && same_at(&|p| p[p.len() - 1 - tail]) {
        tail += 1;
    }
    distinct
        .iter()
        .zip(&parts)
        .map(|(place, p)| {
            let short = if p.is_empty() {
                place.to_string()
            } else {
                p[lead..p.len() - tail].join("/")
            };
            (place.to_string(), short)
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::team_key;
    use crate::assessment::{Assessment, NonScore, Score};

    struct Setup {
        deck: Deck,
        index: DeckIndex,
    }

    fn setup() -> Setup {
        let deck = Deck::embedded();
        let index = DeckIndex::new(&deck);
        Setup { deck, index }
    }

    fn requirement(deck: &Deck) -> (usize, &str) {
        deck.guidelines
            .iter()
            .flat_map(|g| &g.anvisninger)
            .enumerate()
            .find(|(_, x)| x.kind == Kind::Requirement)
            .map(|(i, x)| (i, x.id.as_str()))
            .unwrap()
    }

    /// An assessment of `team` with the first anvisning of the first card at `level`.
    fn digest(s: &Setup, team: &str, created: &str, place: &str, level: u8) -> Digest {
        let mut a = Assessment::new(&s.deck, team, vec![], vec![], created);
        let first = &s.deck.guidelines[0].anvisninger;
        a.answer_mut(&first[0].id).score = Some(Score::Level(level));
        a.answer_mut(&first[1].id).score = Some(Score::Other(NonScore::Unknown));
        let file = format!("{place}/{}-{created}.toml", team_key(team));
        Digest::new(&a, &s.index, file, place.to_string())
    }

    fn overview(s: &Setup, all: bool, digests: Vec<Digest>) -> Overview {
        let mut fold = Fold::new(all);
        digests.into_iter().for_each(|d| fold.add(d));
        fold.finish(&s.deck, &s.index)
    }

    #[test]
    fn a_team_is_its_name_without_case_or_spaces_in_its_folder() {
        let s = setup();
        let o = overview(
            &s,
            false,
            vec![
                digest(&s, "Team Nord", "2025-11-18", "aarhus", 1),
                digest(&s, "  team NORD ", "2026-11-17", "aarhus", 3),
                digest(&s, "Team Nord", "2026-01-01", "odense", 2),
            ],
        );
        assert_eq!(
            o.teams, 2,
            "the same name in another folder is another team"
        );
        assert_eq!(o.read, 3);
        assert_eq!(o.rows.len(), 2);
        let aarhus = &o.rows[0];
        assert_eq!(
            (aarhus.place.as_str(), aarhus.created.as_str()),
            ("aarhus", "2026-11-17")
        );
        assert_eq!(
            aarhus.team, "team NORD",
            "shown as written in the newest file, trimmed"
        );
        assert_eq!(
            aarhus.cells[0].mean,
            Some(3.0),
            "unknown is left out, not 0"
        );
        assert_eq!(aarhus.cells[0].scored, 1);
        let p = aarhus.previous.as_ref().unwrap();
        assert_eq!(p.created, "2025-11-18");
        assert_eq!(p.change[0], Some(2.0));
        assert_eq!(p.change[1], None, "no mean on either side, no change");
        assert!(o.rows[1].previous.is_none());
    }

    #[test]
    fn newest_does_not_depend_on_the_order_files_are_read_in() {
        let s = setup();
        let files = || {
            vec![
                digest(&s, "Hold", "2024-01-01", "x", 0),
                digest(&s, "Hold", "2026-01-01", "x", 4),
                digest(&s, "Hold", "2025-01-01", "x", 2),
            ]
        };
        let forward = overview(&s, false, files());
        let mut reversed = files();
        reversed.reverse();
        assert_eq!(forward, overview(&s, false, reversed));
        assert_eq!(forward.rows[0].cells[0].mean, Some(4.0));
        assert_eq!(
            forward.rows[0].previous.as_ref().unwrap().created,
            "2025-01-01"
        );
    }

    #[test]
    fn folds_merge_to_the_same_overview() {
        let s = setup();
        let mut one = Fold::new(false);
        let mut a = Fold::new(false);
        let mut b = Fold::new(false);
        for (i, year) in ["2021", "2022", "2023", "2024", "2025"].iter().enumerate() {
            let d = digest(&s, "Hold", &format!("{year}-01-01"), "x", i as u8 % 5);
            one.add(d.clone());
            if i % 2 == 0 { a.add(d) } else { b.add(d) }
        }
        a.merge(b);
        assert_eq!(a.read, 5);
        assert_eq!(one.finish(&s.deck, &s.index), a.finish(&s.deck, &s.index));
    }

    #[test]
    fn all_gives_one_row_per_file_oldest_first_each_with_its_change() {
        let s = setup();
        let o = overview(
            &s,
            true,
            vec![
                digest(&s, "Hold", "2026-01-01", "x", 3),
                digest(&s, "Hold", "2024-01-01", "x", 1),
                digest(&s, "Hold", "2025-01-01", "x", 2),
            ],
        );
        let dates: Vec<&str> = o.rows.iter().map(|r| r.created.as_str()).collect();
        assert_eq!(dates, ["2024-01-01", "2025-01-01", "2026-01-01"]);
        assert!(o.rows[0].previous.is_none());
        assert_eq!(o.rows[2].previous.as_ref().unwrap().change[0], Some(1.0));
        assert_eq!(
            o.teams, 1,
            "counts across teams still use each team's newest"
        );
        assert_eq!(o.anvisninger[0].levels[3], 1);
        assert_eq!(o.label(&o.rows[0]), "Hold 2024-01-01");
    }

    #[test]
    fn requirements_not_secured_worst_first_and_counts_per_level() {
        let s = setup();
        let (i, id) = requirement(&s.deck);
        let mut digests = Vec::new();
        for (n, level) in [0u8, 1, 3, 4].iter().enumerate() {
            let mut d = digest(&s, &format!("Hold {n}"), "2026-01-01", "x", 2);
            d.scores[i] = *level;
            digests.push(d);
        }
        let o = overview(&s, false, digests);
        let first = &o.not_secured[0];
        assert_eq!((first.id.as_str(), first.below, first.of), (id, 2, 4));
        let counts = &o.anvisninger[i];
        assert_eq!(counts.levels, vec![1, 1, 0, 1, 1]);
        assert!(
            o.not_secured.windows(2).all(|w| w[0].below >= w[1].below),
            "worst first"
        );
    }

    #[test]
    fn places_lose_the_folders_they_all_share() {
        let short = short_places(["kommuner/aalborg/team", "kommuner/aarhus/team"]);
        assert_eq!(short["kommuner/aalborg/team"], "aalborg");
        assert_eq!(short["kommuner/aarhus/team"], "aarhus");
        let short = short_places(["aarhus/nord", "aarhus/syd", "odense/syd"]);
        assert_eq!(short["aarhus/nord"], "aarhus/nord", "nothing shared by all");
        let short = short_places(["kommuner/aarhus/nord"]);
        assert_eq!(
            short["kommuner/aarhus/nord"], "nord",
            "one place: its last folder"
        );
        let short = short_places(["a", "a/b"]);
        assert_eq!((short["a"].as_str(), short["a/b"].as_str()), ("a", "a/b"));
    }

    #[test]
    fn a_total_per_municipality_of_two_or_more_teams_and_one_for_all() {
        let s = setup();
        let o = overview(
            &s,
            true,
            vec![
                digest(&s, "Nord", "2026-01-01", "aalborg", 1),
                digest(&s, "Nord", "2025-01-01", "aarhus/nord", 0),
                digest(&s, "Nord", "2026-01-01", "aarhus/nord", 2),
                digest(&s, "Syd", "2026-01-01", "aarhus/syd", 4),
            ],
        );
        let places: Vec<Option<&str>> = o.totals.iter().map(|t| t.place.as_deref()).collect();
        assert_eq!(
            places,
            [Some("aarhus"), None],
            "aalborg has one team: no total"
        );
        let aarhus = &o.totals[0];
        assert_eq!(aarhus.teams, 2);
        assert_eq!(
            aarhus.cells[0],
            TeamsMean {
                mean: Some(3.0),
                n: 2
            },
            "each team's newest, not the 2025 file"
        );
        let all = &o.totals[1];
        assert_eq!((all.teams, all.cells[0].n), (3, 3));
        assert_eq!(all.cells[0].mean.map(rounded), Some(2.3));
        assert_eq!(o.rows[1].place_short, "aarhus/nord");
        let nord = o.rows[2].previous.as_ref().unwrap();
        assert_eq!(nord.mean_change, Some(2.0), "one figure per team");
    }

    #[test]
    fn requirements_not_secured_name_their_teams_until_anonymised() {
        let s = setup();
        let (i, _) = requirement(&s.deck);
        let mut low = digest(&s, "Nord", "2026-01-01", "aalborg", 2);
        low.scores[i] = 1;
        let mut o = overview(
            &s,
            false,
            vec![low, digest(&s, "Syd", "2026-01-01", "aarhus", 2)],
        );
        assert_eq!(o.not_secured[0].teams, [0]);
        assert_eq!(o.not_secured_names(&o.not_secured[0]), ["Nord (aalborg)"]);
        assert!(!o.not_secured[0].text.is_empty(), "the anvisning's words");
        o.anonymise();
        assert!(o.not_secured_names(&o.not_secured[0]).is_empty());
        assert_eq!(o.not_secured[0].below, 1, "the count stays");
        assert_eq!(o.totals[0].place, None);
    }

    #[test]
    fn change_is_the_difference_of_the_shown_means() {
        // 2.25 is shown as 2,3 and 2.14 as 2,1: the change people can check is 0,2.
        assert_eq!(change(2.14, 2.25), 0.2);
        assert_eq!(rounded(2.25), 2.3);
    }

    #[test]
    fn anonymise_replaces_teams_places_and_files() {
        let s = setup();
        let mut o = overview(
            &s,
            true,
            vec![
                digest(&s, "Team Nord", "2025-01-01", "aarhus", 1),
                digest(&s, "Team Nord", "2026-01-01", "aarhus", 2),
                digest(&s, "Team Syd", "2026-01-01", "odense", 2),
            ],
        );
        o.unreadable.push(Passed {
            file: "odense/ødelagt.toml".into(),
            reason: "linje 1, kolonne 1: TOML-syntaksfejl".into(),
        });
        o.anonymise();
        let names: Vec<(&str, &str, &str)> = o
            .rows
            .iter()
            .map(|r| (r.team.as_str(), r.place.as_str(), r.file.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("Team A", "Sted A", ""),
                ("Team A", "Sted A", ""),
                ("Team B", "Sted B", "")
            ]
        );
        assert_eq!(o.rows[1].previous.as_ref().unwrap().file, "");
        assert_eq!(o.unreadable[0].file, "fil 1");
        assert!(o.anonymous);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::assessment::{Assessment, Score};

    /// The deck, its index and a blank assessment, made once for all cases.
    static DECK: std::sync::LazyLock<(Deck, DeckIndex, Assessment)> =
        std::sync::LazyLock::new(|| {
            let deck = Deck::embedded();
            let index = DeckIndex::new(&deck);
            let blank = Assessment::new(&deck, "Hold", vec![], vec![], "2020-01-01");
            (deck, index, blank)
        });

    /// (team, year, level on the first anvisning, folder)
    fn file() -> impl Strategy<Value = (u8, u16, u8, u8)> {
        (0u8..4, 2020u16..2027, 0u8..5, 0u8..2)
    }

    fn digest((team, year, level, folder): (u8, u16, u8, u8), n: usize) -> Digest {
        let (deck, index, blank) = &*DECK;
        let mut a = blank.clone();
        // Case and spaces differ between files of one team; they are still one team.
        a.team = if n.is_multiple_of(2) {
            format!("Hold {team}")
        } else {
            format!("  HOLD {team} ")
        };
        a.created = format!("{year}-01-01");
        a.answer_mut(&deck.guidelines[0].anvisninger[0].id).score = Some(Score::Level(level));
        Digest::new(
            &a,
            index,
            format!("f{folder}/{n:03}.toml"),
            format!("f{folder}"),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// However the files are spread over threads and in whatever order they are read, the
        /// overview is the same: each team once (or each file with `all`), its newest file, the
        /// change from the one before.
        #[test]
        fn the_overview_does_not_depend_on_reading_order(
            files in prop::collection::vec(file(), 1..24),
            split in 0usize..24,
            all in any::<bool>(),
        ) {
            let (deck, index, _) = &*DECK;
            let digests: Vec<Digest> =
                files.iter().enumerate().map(|(n, f)| digest(*f, n)).collect();
            let mut one = Fold::new(all);
            digests.iter().cloned().for_each(|d| one.add(d));
            let mut a = Fold::new(all);
            let mut b = Fold::new(all);
            for (n, d) in digests.iter().rev().cloned().enumerate() {
                if n < split { a.add(d) } else { b.add(d) }
            }
            b.merge(a);
            let (one, merged) = (one.finish(deck, index), b.finish(deck, index));
            prop_assert_eq!(&one, &merged);
            prop_assert_eq!(one.read, files.len());
            let teams: std::collections::BTreeSet<(u8, u8)> =
                files.iter().map(|f| (f.0, f.3)).collect();
            prop_assert_eq!(one.teams, teams.len());
            prop_assert_eq!(one.rows.len(), if all { files.len() } else { teams.len() });
        }
    }
}
