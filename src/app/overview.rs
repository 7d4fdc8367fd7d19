//! The overview-of-teams screen's state: the overview the runner read, and where the user is in
//! it. Rows are teams; columns are the deck's guidelines, or, drilled into one guideline, its
//! anvisninger. Pure: the numbers come from `aggregate`, the keys from `update/overview.rs`.

use crate::aggregate::{Overview, Row};
use crate::deck::Kind;

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewView {
    pub overview: Overview,
    /// The folder that was read, as the user sees it.
    pub folder: String,
    /// Selected row, as a position in [`OverviewView::order`].
    pub row: usize,
    /// Selected column, as a position in [`OverviewView::columns`].
    pub column: usize,
    /// The guideline drilled into (its anvisninger are the columns), by position in the deck.
    pub drill: Option<usize>,
    /// Rows are sorted by this column, lowest first (rows without a value last).
    pub sort: Option<Column>,
    /// Without a column to sort by: the order of the rows (`o` goes round).
    pub order_by: RowOrder,
    /// The selected team's means per principle as bars, instead of the table.
    pub principles: bool,
    /// Only legal requirements: guidelines show the mean of their requirements, and a drilled
    /// guideline shows only its requirements.
    pub requirements_only: bool,
    /// Row indexes in the order shown.
    pub order: Vec<usize>,
    /// The rows come from more than one place: each says where.
    many_places: bool,
    /// The widest row label, in characters: the screen gives the labels this much when it can.
    pub label_width: usize,
}

/// The orders `o` goes round, each ties kept in place-and-team order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowOrder {
    /// By place, then team: as the rows come, a municipality's teams together.
    #[default]
    Place,
    /// By the team's name, whatever its place.
    Team,
    /// The team's mean over the whole deck, lowest first.
    Mean,
    /// The change of that mean since the team's previous assessment, largest fall first.
    Change,
}

impl RowOrder {
    pub fn next(self) -> RowOrder {
        match self {
            RowOrder::Place => RowOrder::Team,
            RowOrder::Team => RowOrder::Mean,
            RowOrder::Mean => RowOrder::Change,
            RowOrder::Change => RowOrder::Place,
        }
    }
}

/// A column of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A guideline, by position in the deck.
    Guideline(usize),
    /// An anvisning, by position in the deck.
    Anvisning(usize),
}

impl OverviewView {
    pub fn new(overview: Overview, folder: String) -> OverviewView {
        let order = (0..overview.rows.len()).collect();
        let many_places = overview.rows.windows(2).any(|w| w[0].place != w[1].place);
        let mut view = OverviewView {
            many_places,
            label_width: 0,
            overview,
            folder,
            row: 0,
            column: 0,
            drill: None,
            sort: None,
            order_by: RowOrder::Place,
            principles: false,
            requirements_only: false,
            order,
        };
        view.label_width = view
            .overview
            .rows
            .iter()
            .map(|r| view.label(r).chars().count())
            .max()
            .unwrap_or(0);
        view
    }

    /// The columns shown now, left to right.
    pub fn columns(&self) -> Vec<Column> {
        let o = &self.overview;
        match self.drill {
            None => o
                .guidelines
                .iter()
                .enumerate()
                .filter(|(_, g)| !self.requirements_only || g.requirements > 0)
                .map(|(i, _)| Column::Guideline(i))
                .collect(),
            Some(g) => o.guidelines[g]
                .range
                .clone()
                .filter(|&i| !self.requirements_only || o.kinds[i] == Kind::Requirement)
                .map(Column::Anvisning)
                .collect(),
        }
    }

    /// The column's head: the guideline's or the anvisning's id.
    pub fn head(&self, column: Column) -> &str {
        let o = &self.overview;
        match column {
            Column::Guideline(g) => &o.guidelines[g].id,
            Column::Anvisning(i) => &o.anvisninger[i].id,
        }
    }

    /// A row's number in a column: a mean for a guideline (of its requirements only when so
    /// chosen), a level for an anvisning. `None` when there is none.
    pub fn value(&self, row: &Row, column: Column) -> Option<f64> {
        let o = &self.overview;
        match column {
            Column::Guideline(g) if self.requirements_only => {
                row.requirement_mean(&o.guidelines[g], &o.kinds)
            }
            Column::Guideline(g) => row.cells[g].mean,
            Column::Anvisning(i) => row.level(i).map(f64::from),
        }
    }

    /// A row's name on the screen: the team (with its date when every file is a row), and its
    /// place when there is more than one.
    pub fn label(&self, row: &Row) -> String {
        match self.place(row) {
            Some(place) => format!("{} · {place}", self.overview.label(row)),
            None => self.overview.label(row),
        }
    }

    /// The part of a row's place that tells it from the others, when there is more than one
    /// place: two "Team Nord" rows could not be told apart without it.
    pub fn place<'a>(&self, row: &'a Row) -> Option<&'a str> {
        self.many_places.then_some(row.place_short.as_str())
    }

    /// The selected row of the overview, when there are rows.
    pub fn selected_row(&self) -> Option<&Row> {
        self.order
            .get(self.row)
            .and_then(|&i| self.overview.rows.get(i))
    }

    /// Puts the rows in order again after the sort column or the columns changed.
    pub fn reorder(&mut self) {
        let selected = self.order.get(self.row).copied();
        let mut order: Vec<usize> = (0..self.overview.rows.len()).collect();
        let rows = &self.overview.rows;
        // Stable sorts: ties keep the place-and-team order. Rows without a value go last.
        let lowest_first = |order: &mut Vec<usize>, key: &dyn Fn(usize) -> Option<f64>| {
            order.sort_by(|&a, &b| match (key(a), key(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
        };
        match (self.sort, self.order_by) {
            (Some(column), _) => lowest_first(&mut order, &|i| self.value(&rows[i], column)),
            (None, RowOrder::Place) => {}
            (None, RowOrder::Team) => {
                order.sort_by_cached_key(|&i| crate::aggregate::team_key(&rows[i].team));
            }
            (None, RowOrder::Mean) => lowest_first(&mut order, &|i| rows[i].mean),
            (None, RowOrder::Change) => lowest_first(&mut order, &|i| {
                rows[i].previous.as_ref().and_then(|p| p.mean_change)
            }),
        }
        self.order = order;
        // The same team stays selected.
        self.row = selected
            .and_then(|s| self.order.iter().position(|&i| i == s))
            .unwrap_or(0);
        self.column = self.column.min(self.columns().len().saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::{DeckIndex, Digest, Fold};
    use crate::assessment::Assessment;
    use crate::deck::Deck;

    #[test]
    fn every_row_says_where_when_there_is_more_than_one_place() {
        let deck = Deck::embedded();
        let index = DeckIndex::new(&deck);
        let mut fold = Fold::new(false);
        for (team, place) in [
            ("Team Nord", "aarhus"),
            ("team nord", "odense"),
            ("Team Syd", "odense"),
        ] {
            let a = Assessment::new(&deck, team, vec![], vec![], "2026-01-01");
            fold.add(Digest::new(
                &a,
                &index,
                format!("{place}/x.toml"),
                place.into(),
            ));
        }
        let view = OverviewView::new(fold.finish(&deck, &index), "kommuner".into());
        let labels: Vec<String> = view.overview.rows.iter().map(|r| view.label(r)).collect();
        assert_eq!(
            labels,
            [
                "Team Nord · aarhus",
                "team nord · odense",
                "Team Syd · odense"
            ]
        );
    }

    #[test]
    fn the_orders_go_round_place_team_mean_change() {
        use crate::assessment::Score;
        let deck = Deck::embedded();
        let index = DeckIndex::new(&deck);
        let mut fold = Fold::new(false);
        // (team, place, level last year, level this year)
        for (team, place, before, now) in [
            ("Team Syd", "aarhus", 2, 3),
            ("Team Nord", "odense", 4, 1),
            ("Team Øst", "aalborg", 1, 2),
        ] {
            for (created, level) in [("2025-01-01", before), ("2026-01-01", now)] {
                let mut a = Assessment::new(&deck, team, vec![], vec![], created);
                a.answer_mut(&deck.guidelines[0].anvisninger[0].id).score =
                    Some(Score::Level(level));
                fold.add(Digest::new(
                    &a,
                    &index,
                    format!("{place}/{created}.toml"),
                    place.into(),
                ));
            }
        }
        let mut view = OverviewView::new(fold.finish(&deck, &index), "kommuner".into());
        let teams = |v: &OverviewView| -> Vec<String> {
            v.order
                .iter()
                .map(|&i| v.overview.rows[i].team.clone())
                .collect()
        };
        assert_eq!(
            teams(&view),
            ["Team Øst", "Team Syd", "Team Nord"],
            "by place"
        );
        let mut seen = Vec::new();
        for _ in 0..4 {
            view.order_by = view.order_by.next();
            view.reorder();
            seen.push((view.order_by, teams(&view)));
        }
        assert_eq!(
            seen,
            [
                (
                    RowOrder::Team,
                    vec!["Team Nord".into(), "Team Syd".into(), "Team Øst".into()]
                ),
                (
                    RowOrder::Mean,
                    vec!["Team Nord".into(), "Team Øst".into(), "Team Syd".into()]
                ),
                (
                    RowOrder::Change,
                    vec!["Team Nord".into(), "Team Øst".into(), "Team Syd".into()]
                ),
                (
                    RowOrder::Place,
                    vec!["Team Øst".into(), "Team Syd".into(), "Team Nord".into()]
                ),
            ]
        );
    }
}
