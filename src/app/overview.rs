//! The overview-of-teams screen's state: the overview the runner read, and where the user is in
//! it. Rows are teams; columns are the deck's guidelines, or, drilled into one guideline, its
//! anvisninger. Pure: the numbers come from `aggregate`, the keys from `update/overview.rs`.

use crate::aggregate::{Overview, Row};
use crate::assessment::team_key;
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
    /// Only legal requirements: guidelines show the mean of their requirements, and a drilled
    /// guideline shows only its requirements.
    pub requirements_only: bool,
    /// Row indexes in the order shown.
    pub order: Vec<usize>,
    /// Team names (compared as `assessment::team_key`) found in more than one place: their
    /// rows say where, or two "Team Nord" rows could not be told apart.
    shared_names: std::collections::HashSet<String>,
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
        let mut places: std::collections::HashMap<String, &str> = Default::default();
        let mut shared_names = std::collections::HashSet::new();
        for row in &overview.rows {
            let key = team_key(&row.team);
            match places.get(&key) {
                Some(place) if *place != row.place => {
                    shared_names.insert(key);
                }
                Some(_) => {}
                None => {
                    places.insert(key, &row.place);
                }
            }
        }
        OverviewView {
            shared_names,
            overview,
            folder,
            row: 0,
            column: 0,
            drill: None,
            sort: None,
            requirements_only: false,
            order,
        }
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
    /// place when another place has a team of the same name.
    pub fn label(&self, row: &Row) -> String {
        let label = self.overview.label(row);
        if self.shared_names.contains(&team_key(&row.team)) {
            format!("{label} · {}", row.place)
        } else {
            label
        }
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
        if let Some(column) = self.sort {
            let key = |i: &usize| self.value(&self.overview.rows[*i], column);
            // Stable: ties keep the place-and-team order. Rows without a value go last.
            order.sort_by(|a, b| match (key(a), key(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
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
    fn a_name_used_in_two_places_says_where() {
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
            ["Team Nord · aarhus", "team nord · odense", "Team Syd"]
        );
    }
}
