//! The one message type the app answers, and the effects it asks the runner to perform.

use std::path::PathBuf;

use ratatui::crossterm::event::KeyEvent;

use super::areas::{Scrollable, Target};
use crate::assessment::Assessment;
use crate::compare::Comparison;

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// Seconds since the app started, sent by the runner every loop: the timebox clock.
    Tick(u64),
    Paste(String),
    /// A mouse click, already hit-tested against what was drawn.
    Click(Target),
    /// The mouse wheel over a pane.
    Scroll {
        pane: Scrollable,
        down: bool,
    },
    /// The runner saved the assessment (first time: at this path).
    Saved(PathBuf),
    SaveFailed(String),
    /// The runner read the store.
    Listed(Vec<SavedEntry>),
    /// The runner opened a saved assessment.
    Opened {
        assessment: Box<Assessment>,
        path: PathBuf,
        read_only: bool,
    },
    OpenFailed {
        title: String,
        body: String,
    },
    /// The runner read and compared the marked assessments.
    Compared(Box<Comparison>),
    /// The runner read the earlier assessment the open one builds on. `fresh`: the team just
    /// chose to build on it (carry its open actions); otherwise it was reopened.
    EarlierLoaded {
        path: PathBuf,
        assessment: Box<Assessment>,
        fresh: bool,
    },
    /// The earlier assessment could not be read (the message says why, in Danish).
    EarlierFailed(String),
    /// The runner wrote the minutes to these files.
    Exported(Vec<PathBuf>),
    ExportFailed(String),
    /// The runner moved a saved assessment to the wastebasket.
    Discarded {
        from: PathBuf,
        to: PathBuf,
    },
    DiscardFailed(String),
}

/// One line of the home screen's list of saved assessments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedEntry {
    pub path: PathBuf,
    pub team: String,
    pub created: String,
    pub updated: String,
    /// Scored anvisninger and how many the assessment covers; `None` when it cannot be read.
    pub progress: Option<(usize, usize)>,
    /// Anvisninger marked *ved ikke*, shown beside the progress.
    pub unknown: usize,
    /// Why the file cannot be read, in Danish.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the open assessment now (a score, a closed note: a committed change).
    Save,
    /// Save soon: text is being typed. The runner saves about a second after the last keystroke.
    SaveSoon,
    /// Read the store again for the home screen.
    List,
    Open(PathBuf),
    /// Read these assessments and compare them.
    Compare(Vec<PathBuf>),
    /// Write the open assessment as minutes (Markdown and HTML) into this folder, under names
    /// not yet taken there.
    Export(PathBuf),
    /// Move this saved assessment to the store's wastebasket (`papirkurv/`).
    Discard(PathBuf),
    /// Save what is pending, then leave.
    Quit,
    /// Read the earlier assessment at this path for "last time" (see `Msg::EarlierLoaded`).
    LoadEarlier {
        path: PathBuf,
        fresh: bool,
    },
}
