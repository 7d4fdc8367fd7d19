//! What the views drew last frame, for the two things `update` cannot know by itself: how far a
//! pane can scroll (wrapped rows depend on the window), and what is under the mouse. The view
//! fills an `Areas`, the runner keeps it in `App::areas`, `tui/events.rs` hit-tests clicks
//! against it and `update` reads the extents. `update` never sees a `Rect` of a click: it gets
//! a `Target`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::Pane;
use crate::widgets::scroll::Extent;

/// What marks the selected item, besides reverse video.
pub const MARKER: &str = "▶";

/// Everything on screen that scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scrollable {
    CardText,
    Questions,
    Anvisninger,
    /// The full-screen reading view of one card.
    Reading,
    Summary,
    Help,
    /// The compare screen's list of what moved.
    Movements,
    /// The compare screen's anvisninger of one guideline, with every side's note.
    CompareAnvisninger,
    /// The home screen's list. It scrolls by moving the selection: the view keeps the
    /// selected item in sight and has no scroll of its own.
    Home,
    /// The rows of the overview of teams, the same way.
    Teams,
    /// The drill's question and answer.
    Drill,
}

/// Something a click can land on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A card in the card list, by its place among the chosen cards.
    Card(usize),
    /// A pane of the card screen (its border or empty rows).
    Pane(Pane),
    Question(usize),
    Anvisning(usize),
    /// A value on the scale line: score the selected anvisning.
    Level(u8),
    /// A line of the overview that leads to an anvisning or a card.
    SummaryLink(usize),
    /// An item of the home screen, by its place in `App::home_items`.
    HomeItem(usize),
    /// A cell of the overview of teams: row in its order, column among its columns.
    Cell {
        row: usize,
        column: usize,
    },
    /// A team's name in the overview of teams: its row.
    Team(usize),
    /// A column's head in the overview of teams.
    Head(usize),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Areas {
    /// Clickable places; a later entry lies on top of an earlier one.
    pub targets: Vec<(Rect, Target)>,
    /// Where each scrolled pane is, and how it was scrolled.
    pub panes: Vec<(Rect, Scrollable, Extent)>,
    /// The marker (`▶`) of what is selected where the keys act: the terminal's cursor is put
    /// there, so a screen magnifier or reader follows the focus. A layer starts without one.
    pub cursor: Option<Position>,
}

impl Areas {
    pub fn target(&mut self, rect: Rect, target: Target) {
        self.targets.push((rect, target));
    }

    /// The selection's marker `▶` as drawn inside `rect` (the first, row by row) is where the
    /// keys act; the last place to say so is the one in focus. Found in what was drawn, so it
    /// is right however the rows wrapped and scrolled.
    pub fn focus_marker(&mut self, buffer: &Buffer, rect: Rect) {
        let rect = rect.intersection(buffer.area);
        let found = rect
            .rows()
            .flat_map(|row| row.positions())
            .find(|&at| buffer[at].symbol() == MARKER);
        if let Some(at) = found {
            self.cursor = Some(at);
        }
    }

    pub fn pane(&mut self, rect: Rect, pane: Scrollable, extent: Extent) {
        self.panes.push((rect, pane, extent));
    }

    /// What a click at (column, row) lands on: the topmost target there.
    pub fn hit(&self, column: u16, row: u16) -> Option<Target> {
        let at = Position::new(column, row);
        self.targets
            .iter()
            .rev()
            .find(|(r, _)| r.contains(at))
            .map(|(_, t)| *t)
    }

    /// The scrolled pane under (column, row), for the mouse wheel.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Scrollable> {
        let at = Position::new(column, row);
        self.panes
            .iter()
            .rev()
            .find(|(r, ..)| r.contains(at))
            .map(|(_, p, _)| *p)
    }

    /// How `pane` was drawn last frame, if it was.
    pub fn extent(&self, pane: Scrollable) -> Option<Extent> {
        self.panes
            .iter()
            .rev()
            .find(|(_, p, _)| *p == pane)
            .map(|(.., e)| *e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_topmost_target_wins() {
        let mut areas = Areas::default();
        areas.target(Rect::new(0, 0, 10, 10), Target::Pane(Pane::Anvisninger));
        areas.target(Rect::new(1, 3, 8, 1), Target::Anvisning(2));
        assert_eq!(areas.hit(2, 3), Some(Target::Anvisning(2)));
        assert_eq!(areas.hit(2, 4), Some(Target::Pane(Pane::Anvisninger)));
        assert_eq!(areas.hit(20, 4), None);
    }
}
