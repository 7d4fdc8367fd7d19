//! The app's model: everything the screens show, and nothing about the terminal or the disk.
//! `update` changes it in answer to a `Msg` and returns the `Effect`s the runner must perform.

mod action_form;
mod action_list;
mod card_picker;
mod confirm;
mod editor;
mod export_form;
mod form;
mod history;
mod keymap;
mod msg;
pub mod nav;
mod team_form;
mod update;
pub mod vote;

use std::path::PathBuf;

pub use action_form::{ActionForm, normalize_date};
pub use action_list::ActionList;
pub use card_picker::{CardPicker, recorded};
pub use confirm::{Confirm, Pending};
pub use editor::{EditTarget, Editor};
pub use export_form::ExportForm;
pub use form::{CardChoice, Field, NewForm};
pub use history::History;
pub use keymap::{Action, Binding, Context, bindings, hints, label as keymap_label, lookup};
pub use msg::{Effect, Msg, SavedEntry};
pub use team_form::TeamForm;
pub use update::update;

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
    /// Saved assessments for the home screen, as the runner last read them.
    pub saved: Vec<SavedEntry>,
    pub home_selected: usize,
    /// Saved assessments marked on the home screen for comparison.
    pub marked: Vec<PathBuf>,
    pub form: NewForm,
    /// The card screen's place, kept when visiting the summary or help.
    pub cards: CardView,
    /// The comparison on the compare screen.
    pub comparison: Option<CompareView>,
    pub overlay: Option<Overlay>,
    /// The store's folder, given by the runner: where the minutes go unless the user says.
    pub store_dir: Option<PathBuf>,
    /// A saved assessment to open with the team form on top (`r` on the home screen).
    pub rename_on_open: Option<PathBuf>,
    /// A one-line message at the bottom, e.g. where a file was saved or what went wrong.
    pub status: Option<Status>,
    pub quitting: bool,
}

/// An open assessment and where it lives.
pub struct Session {
    pub assessment: Assessment,
    /// `None` until the runner has given it a file.
    pub path: Option<PathBuf>,
    /// Another refleks has the file open: look, but do not change.
    pub read_only: bool,
    /// Undo and redo, for as long as the assessment is open.
    pub history: History,
    /// The assessment as it was before the text now being typed (editor, action form), so the
    /// whole edit becomes one undo step when it is committed.
    pub draft_base: Option<Assessment>,
}

impl Session {
    pub fn new(assessment: Assessment, path: Option<PathBuf>, read_only: bool) -> Session {
        Session {
            assessment,
            path,
            read_only,
            history: History::default(),
            draft_base: None,
        }
    }

    /// Remembers the assessment before a draft starts; later drafts of the same edit keep it.
    pub fn begin_draft(&mut self) {
        if self.draft_base.is_none() {
            self.draft_base = Some(self.assessment.clone());
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    New,
    Cards,
    Summary,
    Compare,
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
    /// Lines scrolled in the card text.
    pub scroll: u16,
    /// Lines scrolled on the summary screen.
    pub summary_scroll: u16,
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

pub enum Overlay {
    /// The key help, scrolled this many lines.
    Help(u16),
    Editor(Box<Editor>),
    Search(SearchState),
    /// The form for an action (what, who, by when).
    Action(ActionForm),
    /// One anvisning's actions, or all of them.
    Actions(ActionList),
    /// A yes-or-no question before a change.
    Confirm(Confirm),
    /// Add or remove cards in the open assessment.
    Cards(CardPicker),
    /// The team's name and participants.
    Team(TeamForm),
    /// Where the minutes go.
    Export(ExportForm),
    /// A message that needs to be read, e.g. why a file could not be opened.
    Message {
        title: String,
        body: String,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    pub selected: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// What the home screen lists, top to bottom: fixed actions, then saved assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    New,
    Browse,
    Help,
    Saved(usize),
}

impl App {
    pub fn new(deck: Deck, today: &str) -> App {
        App {
            deck,
            today: today.to_string(),
            screen: Screen::Home,
            session: None,
            saved: Vec::new(),
            home_selected: 0,
            marked: Vec::new(),
            form: NewForm::new(""),
            cards: CardView::default(),
            comparison: None,
            overlay: None,
            rename_on_open: None,
            store_dir: None,
            status: None,
            quitting: false,
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

    pub fn current_anvisning_id(&self) -> Option<String> {
        self.current_card()
            .and_then(|g| g.anvisninger.get(self.cards.anvisning))
            .map(|a| a.id.clone())
    }

    pub fn home_items(&self) -> Vec<HomeItem> {
        let mut items = vec![HomeItem::New, HomeItem::Browse, HomeItem::Help];
        items.extend((0..self.saved.len()).map(HomeItem::Saved));
        items
    }

    /// True when the user may change the open assessment.
    pub fn can_edit(&self) -> bool {
        self.session.as_ref().is_some_and(|s| !s.read_only)
    }

    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Editor(_)) => return Context::Editor,
            Some(Overlay::Search(_)) => return Context::Search,
            Some(Overlay::Action(_)) => return Context::ActionForm,
            Some(Overlay::Actions(_)) => return Context::Actions,
            Some(Overlay::Confirm(_)) => return Context::Confirm,
            Some(Overlay::Cards(_)) => return Context::CardPicker,
            Some(Overlay::Team(_)) => return Context::TeamForm,
            Some(Overlay::Export(_)) => return Context::ExportForm,
            Some(Overlay::Help(_) | Overlay::Message { .. }) => return Context::Overlay,
            None => {}
        }
        match self.screen {
            Screen::Home => Context::Home,
            Screen::New => Context::Form,
            Screen::Summary => Context::Summary,
            Screen::Compare => Context::Compare,
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
