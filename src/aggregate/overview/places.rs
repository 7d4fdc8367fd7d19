//! Places: the municipality of a folder, a total per municipality, each place's short name.

use std::collections::HashMap;

use super::{TeamsMean, Total};
use crate::aggregate::digest::{DeckIndex, Digest};

/// The municipality of a place: its first folder ("aarhus" of "aarhus/team-nord"). Totals are
/// per municipality; places sort so that a municipality's rows stand together.
pub fn place_group(place: &str) -> &str {
    place.split('/').next().unwrap_or(place)
}

/// A total per municipality of more than one team (`newest` is in place order), then one for
/// every place.
pub(super) fn totals(
    index: &DeckIndex,
    newest: &[&Digest],
    short: &HashMap<String, String>,
) -> Vec<Total> {
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
