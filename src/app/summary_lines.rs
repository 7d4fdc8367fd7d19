//! The overview's lines that stand for something (a requirement below the secured level, a
//! focus area, a disagreement, an action, a parked topic, a card), in the order they are shown.
//! The view draws them from this list and the keys walk its links, so the order is one fact.

use super::Link;
use crate::assessment::{Action, Assessment, GuidelineSummary, Parked, Score, Summary, disputed};
use crate::deck::Deck;

/// The overview's sections, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Below,
    Focus,
    Disputed,
    Actions,
    Parked,
    Averages,
}

impl Section {
    pub const ORDER: [Section; 6] = [
        Section::Below,
        Section::Focus,
        Section::Disputed,
        Section::Actions,
        Section::Parked,
        Section::Averages,
    ];
}

/// One line (or wrapped group of rows) of the overview.
pub enum SummaryLine<'a> {
    /// A legal requirement below the secured level, with its score.
    Below {
        id: &'a str,
        score: Score,
    },
    Focus {
        id: &'a str,
    },
    /// Votes that disagreed.
    Disputed {
        id: &'a str,
    },
    /// An action; last time's first, as they are what the team said it would do.
    Action(&'a Action),
    Parked(&'a Parked),
    /// A card's average.
    Guideline(&'a GuidelineSummary),
}

impl SummaryLine<'_> {
    pub fn section(&self) -> Section {
        match self {
            SummaryLine::Below { .. } => Section::Below,
            SummaryLine::Focus { .. } => Section::Focus,
            SummaryLine::Disputed { .. } => Section::Disputed,
            SummaryLine::Action(_) => Section::Actions,
            SummaryLine::Parked(_) => Section::Parked,
            SummaryLine::Guideline(_) => Section::Averages,
        }
    }

    /// Where Enter on the line leads; a topic parked without an anvisning leads nowhere.
    pub fn link(&self) -> Option<Link> {
        match self {
            SummaryLine::Below { id, .. }
            | SummaryLine::Focus { id }
            | SummaryLine::Disputed { id } => Some(Link::Anvisning(id.to_string())),
            SummaryLine::Action(todo) => Some(Link::Anvisning(todo.anvisning.clone())),
            SummaryLine::Parked(p) if p.anvisning.is_empty() => None,
            SummaryLine::Parked(p) => Some(Link::Anvisning(p.anvisning.clone())),
            SummaryLine::Guideline(g) => Some(Link::Card(g.id.clone())),
        }
    }
}

/// Every line of the overview of `a` that stands for something, section by section.
pub fn summary_lines<'a>(
    a: &'a Assessment,
    deck: &'a Deck,
    summary: &'a Summary,
) -> Vec<SummaryLine<'a>> {
    let mut todos: Vec<&Action> = a.actions.iter().collect();
    todos.sort_by_key(|t| !t.carried);
    let mut lines = Vec::new();
    for section in Section::ORDER {
        match section {
            Section::Below => lines.extend(
                summary
                    .requirements_below
                    .iter()
                    .map(|(id, _, score)| SummaryLine::Below { id, score: *score }),
            ),
            Section::Focus => {
                lines.extend(summary.focus.iter().map(|id| SummaryLine::Focus { id }))
            }
            Section::Disputed => lines.extend(
                disputed(a, deck)
                    .into_iter()
                    .map(|id| SummaryLine::Disputed { id }),
            ),
            Section::Actions => lines.extend(todos.iter().map(|t| SummaryLine::Action(t))),
            Section::Parked => lines.extend(a.parked.iter().map(SummaryLine::Parked)),
            Section::Averages => {
                lines.extend(summary.guidelines.iter().map(SummaryLine::Guideline))
            }
        }
    }
    lines
}
