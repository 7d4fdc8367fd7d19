//! The app's model: everything the screens show, and nothing about the terminal or the disk.
//! `update` changes it in answer to a `Msg` and returns the `Effect`s the runner must perform.

mod action;
pub mod areas;
mod context;
mod drill;
mod form;
mod keymap;
mod keys;
mod layers;
mod limit;
mod memo;
mod msg;
pub mod nav;
mod overview;
mod summary_lines;
mod update;
pub mod vote;

use std::path::PathBuf;

pub use crate::session::{History, Session};
pub use crate::widgets::line_input::{Edit, LineInput};
pub use form::{CardChoice, Field, NewForm};
pub use keymap::{Action, Binding, Context, label as keymap_label};
pub use keys::{edits, hints, lookup};
pub use layers::bindings;
pub use layers::{
    ActionForm, ActionList, CardPicker, Confirm, EditTarget, Editor, ExportForm, Help, Overlay,
    Pending, SearchState, TeamForm, action_text, draw as draw_layer, draw_editor, help_lines,
    recorded, status_label,
};
// Still reached as `app::line_input` and `app::editor` by code written before they moved
// (the round's keys).
use crate::widgets::line_input;
pub use crate::widgets::scroll::{Extent, Scroll};
use layers::editor;
pub use memo::Memo;
pub use msg::{Effect, Msg, SavedEntry};
pub use overview::{Column, OverviewView, RowOrder};
pub use summary_lines::{Section, SummaryLine, summary_lines};
pub use update::update;

pub use areas::{Areas, Scrollable, Target};
pub use drill::{DrillView, draw as draw_drill};

use crate::assessment::Assessment;
use crate::compare::Comparison;
use crate::deck::{Deck, Guideline};

/// The whole state of the app.
pub struct App {
    pub deck: Deck,
    /// Today, `YYYY-MM-DD`: given by the runner so `update` never reads the clock.
    pub today: String,
    pub screen: Screen,
    /// The assessment being worked on; `None` while browsing.
    pub session: Option<Session>,
    /// Saved assessments for the home screen, as the runner last read them: newest change
    /// first, then by file; files that cannot be read last.
    pub saved: Vec<SavedEntry>,
    /// How many readable entries of `saved` share a team (as compared) and a creation date:
    /// counted once as the list arrives, so a row knows at once whether it looks like another.
    pub alike: std::collections::HashMap<(String, String), usize>,
    /// While the store is read in the background: files read so far, and in all.
    pub listing: Option<(usize, usize)>,
    pub home_selected: usize,
    /// Saved assessments marked on the home screen for comparison.
    pub marked: Vec<PathBuf>,
    pub form: NewForm,
    /// The card screen's place, kept when visiting the summary or help.
    pub cards: CardView,
    /// The comparison on the compare screen.
    pub comparison: Option<CompareView>,
    /// What is open on top of the screen, bottom first: only the top one takes keys and is
    /// drawn. A layer opened from another (help from the action list, a question about a card
    /// in the picker) goes on top of it, so closing it returns there. Layers are added with
    /// `push` and closed with `close_overlay`, which commits what the layer holds.
    layers: Vec<Overlay>,
    /// The store's folder, given by the runner: where the minutes go unless the user says.
    pub store_dir: Option<PathBuf>,
    /// A saved assessment to open with the team form on top (`r` on the home screen).
    /// The card (and anvisning) the team was on when `c` asked to compare with last time:
    /// the comparison opens there.
    pub compare_on: Option<(String, String)>,
    pub rename_on_open: Option<PathBuf>,
    /// A one-line message at the bottom, e.g. where a file was saved or what went wrong.
    pub status: Option<Status>,
    pub quitting: bool,
    /// Why the last save failed, while the file is behind what the app holds.
    pub save_error: Option<String>,
    /// Quit was refused once because of a failed save; the next quit leaves anyway.
    pub quit_unsaved: bool,
    /// What the views drew last frame (pane extents, click targets), kept by the runner.
    pub areas: Areas,
    /// The earlier assessment the open one builds on, read for "last time" (never changed).
    pub earlier: Option<Earlier>,
    /// Seconds spent on each card (by guideline id) in this session, for the timebox.
    pub time_on_card: std::collections::HashMap<String, u64>,
    /// The runner's clock at the last tick.
    pub clock: Option<u64>,
    /// What the views keep between frames (the card's text wrapped to the pane).
    pub memo: Memo,
    /// Colours and frames (`--tema`, `--rammer`, `NO_COLOR`): the view draws in them.
    pub look: crate::widgets::theme::Look,
    /// How many items a drill started now would ask (home: »Øv: N i dag«), once the runner has
    /// read `øvelser.toml`; or why it cannot be read.
    pub practice: Option<Result<usize, String>>,
    /// Drill answers given but not yet saved (a failed save): tried again with the next.
    pub practice_unsaved: Vec<crate::study::Answer>,
}

/// Last time's assessment of the team: its scores stand beside this year's fields.
pub struct Earlier {
    pub path: PathBuf,
    pub assessment: Assessment,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Home,
    New,
    Cards,
    Summary,
    Compare,
    /// The whole current card on the full window, for reading aloud.
    Reading,
    /// Many teams side by side; the screen carries its own state.
    Overview(Box<OverviewView>),
    /// Self-study: the drill, with its own state.
    Drill(Box<DrillView>),
}

/// The compare screen: the comparison, and where the user is in it.
pub struct CompareView {
    pub comparison: Comparison,
    pub pane: ComparePane,
    /// Selected guideline row.
    pub guideline: usize,
    /// Selected anvisning within that guideline.
    pub anvisning: usize,
    /// Lines scrolled in the movements pane.
    pub scroll: u16,
    /// Rows scrolled in the anvisninger pane (a selected one shows every side's note).
    pub anvisninger: Scroll,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparePane {
    /// One row per guideline: averages side by side, the change, bars.
    Guidelines,
    /// The selected guideline's anvisninger with every side's score and note.
    Anvisninger,
    /// What rose, what fell, requirements still below 3, what did not match.
    Movements,
}

/// Where the user is on the card screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardView {
    /// Index into the chosen cards.
    pub card: usize,
    pub pane: Pane,
    pub anvisning: usize,
    pub question: usize,
    /// Rows scrolled in each pane, in wrapped rows.
    pub text: Scroll,
    pub questions: Scroll,
    pub anvisninger: Scroll,
    pub reading: Scroll,
    pub summary: Scroll,
    /// The overview's selected line among those that lead somewhere.
    pub summary_link: usize,
    /// A search hit to show highlighted (and scroll to while the text is not scrolled by hand).
    pub seek: Option<Seek>,
    /// A card the assessment has not chosen, open in the reading view (a search hit on it);
    /// `+` adds it.
    pub outside: Option<String>,
}

/// Where a search hit is on a card, so the view can scroll to it and mark it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Seek {
    /// The query, as typed.
    pub needle: String,
    /// Which part of the card matched, as `deck::search` names it ("Lovgivning", ...).
    pub field: &'static str,
    /// Which of that part's matching lines (0 = the first).
    pub nth: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    List,
    Text,
    Questions,
    #[default]
    Anvisninger,
}

impl Pane {
    pub const ORDER: [Pane; 4] = [Pane::List, Pane::Text, Pane::Questions, Pane::Anvisninger];

    pub fn next(self) -> Pane {
        let i = Pane::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        Pane::ORDER[(i + 1) % Pane::ORDER.len()]
    }

    pub fn previous(self) -> Pane {
        let i = Pane::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        Pane::ORDER[(i + Pane::ORDER.len() - 1) % Pane::ORDER.len()]
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// Where a line of the overview leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Anvisning(String),
    Card(String),
}

/// What the home screen lists, top to bottom: fixed actions, then saved assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    /// The most recently changed readable assessment (always `saved[0]`), first, so the team
    /// goes on with Enter: "Fortsæt: Team Nord · 3.7".
    Continue(usize),
    New,
    Browse,
    /// Self-study: the drill (»Øv: N i dag«).
    Practice,
    /// The overview of many teams.
    Overview,
    Help,
    Saved(usize),
}

/// What two rows of the home screen must share to read the same: the team, compared without
/// case and outer spaces, and the day it was made. `None` for a file that cannot be read.
fn alike_key(entry: &SavedEntry) -> Option<(String, String)> {
    entry
        .problem
        .is_none()
        .then(|| (entry.team.trim().to_lowercase(), entry.created.clone()))
}

impl App {
    /// True when another readable saved assessment would read the same on the home screen.
    pub fn looks_alike(&self, entry: &SavedEntry) -> bool {
        alike_key(entry).is_some_and(|key| self.alike.get(&key).is_some_and(|n| *n > 1))
    }

    /// Counts `entries` into [`App::alike`] (they are joining `saved`).
    pub(crate) fn count_alike<'a>(&mut self, entries: impl IntoIterator<Item = &'a SavedEntry>) {
        for key in entries.into_iter().filter_map(alike_key) {
            *self.alike.entry(key).or_default() += 1;
        }
    }

    pub fn new(deck: Deck, today: &str) -> App {
        App {
            deck,
            today: today.to_string(),
            screen: Screen::Home,
            session: None,
            saved: Vec::new(),
            alike: std::collections::HashMap::new(),
            listing: None,
            home_selected: 0,
            marked: Vec::new(),
            form: NewForm::new(""),
            cards: CardView::default(),
            comparison: None,
            layers: Vec::new(),
            rename_on_open: None,
            compare_on: None,
            store_dir: None,
            status: None,
            quitting: false,
            save_error: None,
            quit_unsaved: false,
            areas: Areas::default(),
            earlier: None,
            time_on_card: std::collections::HashMap::new(),
            clock: None,
            memo: Memo::default(),
            look: crate::widgets::theme::Look::default(),
            practice: None,
            practice_unsaved: Vec::new(),
        }
    }

    /// The cards in play: the assessment's chosen cards, or the whole deck while browsing.
    pub fn chosen(&self) -> Vec<&Guideline> {
        match &self.session {
            Some(s) => s.assessment.chosen(&self.deck),
            None => self.deck.guidelines.iter().collect(),
        }
    }

    pub fn current_card(&self) -> Option<&Guideline> {
        self.chosen().get(self.cards.card).copied()
    }

    /// The card the reading view shows: one outside the assessment when a search led there,
    /// else the current card.
    pub fn reading_card(&self) -> Option<&Guideline> {
        match &self.cards.outside {
            Some(id) => self.deck.guideline(id),
            None => self.current_card(),
        }
    }

    pub fn current_anvisning_id(&self) -> Option<String> {
        self.current_card()
            .and_then(|g| g.anvisninger.get(self.cards.anvisning))
            .map(|a| a.id.clone())
    }

    /// The overview's lines that lead somewhere, in the order it shows them (`summary_lines`).
    pub fn summary_links(&self) -> Vec<Link> {
        let Some(session) = &self.session else {
            return Vec::new();
        };
        let a = &session.assessment;
        let summary = crate::assessment::summarize(a, &self.deck);
        summary_lines(a, &self.deck, &summary)
            .iter()
            .filter_map(SummaryLine::link)
            .collect()
    }

    /// Where the team is, as the file keeps it: the card and the selected anvisning.
    pub fn place(&self) -> Option<crate::assessment::Place> {
        let card = self.current_card()?;
        Some(crate::assessment::Place {
            guideline: card.id.clone(),
            anvisning: self.current_anvisning_id().unwrap_or_default(),
        })
    }

    /// Goes to a kept place: the card (when still chosen) and its anvisning.
    pub fn go_to_place(&mut self, place: &crate::assessment::Place) {
        let chosen = self.chosen();
        let Some(card) = chosen.iter().position(|g| g.id == place.guideline) else {
            return;
        };
        let anvisning = chosen[card]
            .anvisninger
            .iter()
            .position(|a| a.id == place.anvisning)
            .unwrap_or(0);
        self.cards = CardView {
            card,
            anvisning,
            ..CardView::default()
        };
    }

    pub fn home_items(&self) -> Vec<HomeItem> {
        let mut items = Vec::with_capacity(self.saved.len() + 6);
        // The list keeps readable files first, newest first.
        if self.saved.first().is_some_and(|e| e.problem.is_none()) {
            items.push(HomeItem::Continue(0));
        }
        items.extend([
            HomeItem::New,
            HomeItem::Browse,
            HomeItem::Practice,
            HomeItem::Overview,
            HomeItem::Help,
        ]);
        items.extend((0..self.saved.len()).map(HomeItem::Saved));
        items
    }

    /// Minutes used on the current card and the planned minutes, when a timebox is set.
    pub fn timebox(&self) -> Option<(u64, u32)> {
        let planned = self.session.as_ref()?.assessment.timebox?;
        let card = self.current_card()?;
        let used = self.time_on_card.get(&card.id).copied().unwrap_or(0) / 60;
        Some((used, planned))
    }

    /// Indices of the open assessment's actions carried from last time.
    pub fn carried_actions(&self) -> Vec<usize> {
        self.session
            .as_ref()
            .map(|s| {
                s.assessment
                    .actions
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.carried)
                    .map(|(i, _)| i)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// True when the user may change the open assessment.
    pub fn can_edit(&self) -> bool {
        self.session.as_ref().is_some_and(|s| !s.read_only)
    }

    /// The layer on top, the one that takes keys.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.layers.last()
    }

    pub fn overlay_mut(&mut self) -> Option<&mut Overlay> {
        self.layers.last_mut()
    }

    /// Every open layer, bottom first.
    pub fn layers(&self) -> &[Overlay] {
        &self.layers
    }

    /// Opens a layer on top of whatever is open; closing it returns there.
    pub fn push(&mut self, layer: Overlay) {
        self.layers.push(layer);
    }

    /// The layer just below the top one, when there is one.
    pub fn below_top(&self) -> Option<&Overlay> {
        self.layers.iter().rev().nth(1)
    }

    pub fn context(&self) -> Context {
        if let Some(layer) = self.overlay() {
            return layer.context();
        }
        match &self.screen {
            Screen::Home => Context::Home,
            Screen::New => Context::Form,
            Screen::Summary => Context::Summary,
            Screen::Compare => Context::Compare,
            Screen::Reading => Context::Reading,
            Screen::Overview(_) => Context::Overview,
            Screen::Drill(view) => view.context(),
            Screen::Cards if self.session.is_none() => Context::Browse,
            Screen::Cards => match self.cards.pane {
                Pane::Anvisninger => Context::Anvisninger,
                Pane::Questions => Context::Questions,
                Pane::List | Pane::Text => Context::Cards,
            },
        }
    }

    pub fn set_status(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn set_error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}
