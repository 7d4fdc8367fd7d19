//! Reading many files one at a time: each team's newest (or every file), its history, and
//! what could not be read; [`Fold::finish`] makes the [`Overview`].

use std::collections::HashMap;

use super::across::across;
use super::places::{short_places, totals};
use super::{Head, Overview, Row};
use crate::aggregate::course::{TeamHistory, course};
use crate::aggregate::digest::{DeckIndex, Digest};
use crate::deck::Deck;
use crate::store::tree::Passed;

/// A team is its name (case and surrounding spaces ignored) in its folder: two municipalities
/// may both have a "Team Nord".
type TeamKey = (String, String);

/// The state while files are read.
#[derive(Debug, Clone, Default)]
pub struct Fold {
    all: bool,
    teams: HashMap<TeamKey, Team>,
    pub unreadable: Vec<Passed>,
    pub skipped: Vec<Passed>,
    /// Assessments read.
    pub read: usize,
}

/// What a fold keeps of one team.
#[derive(Debug, Clone, Default)]
struct Team {
    /// Newest first: the newest two by default, every file with `--all`.
    files: Vec<Digest>,
    /// Every assessment's date and mean, and its newest each year.
    history: TeamHistory,
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
        let team = self
            .teams
            .entry((d.place.clone(), d.key.clone()))
            .or_default();
        team.history.add(&d);
        keep(&mut team.files, d, self.all);
    }

    pub fn merge(&mut self, other: Fold) {
        self.read += other.read;
        for (key, theirs) in other.teams {
            let team = self.teams.entry(key).or_default();
            for d in theirs.files {
                keep(&mut team.files, d, self.all);
            }
            team.history.merge(theirs.history);
        }
        self.unreadable.extend(other.unreadable);
        self.skipped.extend(other.skipped);
    }

    /// The overview of what was folded, against the current deck.
    pub fn finish(self, deck: &Deck, index: &DeckIndex) -> Overview {
        let all = self.all;
        let mut teams: Vec<(TeamKey, Team)> = self.teams.into_iter().collect();
        teams.sort_by(|a, b| a.0.cmp(&b.0));
        let (teams, histories): (Vec<Vec<Digest>>, Vec<TeamHistory>) =
            teams.into_iter().map(|(_, t)| (t.files, t.history)).unzip();

        let newest: Vec<&Digest> = teams.iter().map(|files| &files[0]).collect();
        let short = short_places(newest.iter().map(|d| d.place.as_str()));
        // The course first: it uses up the histories, the largest part of a fold, before the
        // rows are made (at 100,000 files the two together were 30 MB more at the peak).
        let course = course(
            deck,
            index,
            teams
                .iter()
                .zip(histories)
                .map(|(files, h)| {
                    let place = short.get(&files[0].place).unwrap_or(&files[0].place);
                    (files[0].team.clone(), place.clone(), h)
                })
                .collect(),
        );
        // The figures across teams next, from each team's newest; then the rows, each team's
        // files dropped as soon as its rows are made (at 100,000 files, rows and files side by
        // side were the peak).
        let totals = totals(index, &newest, &short);
        let (anvisninger, not_secured, focus) = across(deck, index, &newest);
        let team_count = newest.len();
        drop(newest);
        let shown = |files: &Vec<Digest>| if all { files.len() } else { 1 };
        let mut rows = Vec::with_capacity(teams.iter().map(shown).sum());
        for files in teams {
            // Files are newest first; rows go oldest first so a team's change reads downwards.
            for i in (0..shown(&files)).rev() {
                let mut row = Row::new(&files[i], files.get(i + 1), index);
                if let Some(s) = short.get(&row.place) {
                    row.place_short.clone_from(s);
                }
                rows.push(row);
            }
        }
        let mut unreadable = self.unreadable;
        unreadable.sort_by(|a, b| a.file.cmp(&b.file));
        let mut skipped = self.skipped;
        skipped.sort_by(|a, b| a.file.cmp(&b.file));
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
            teams: team_count,
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

/// Keeps `d` among a team's `files` (newest first) if it is one of the newest two, or with
/// `all`, always. Two files take room for two: at 100,000 files the default growth to four
/// took 17 MB more.
fn keep(files: &mut Vec<Digest>, d: Digest, all: bool) {
    let at = files
        .iter()
        .position(|x| d.newer_than(x))
        .unwrap_or(files.len());
    if all {
        files.insert(at, d);
        return;
    }
    if at >= 2 {
        return;
    }
    if files.len() == 2 {
        files.pop();
    }
    files.reserve_exact(2 - files.len());
    files.insert(at, d);
}
