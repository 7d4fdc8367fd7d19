//! The one message type the app answers, and the effects it asks the runner to perform.

use std::path::PathBuf;

use ratatui::crossterm::event::KeyEvent;

use super::areas::{Scrollable, Target};
use crate::aggregate::Overview;
use crate::assessment::Assessment;
use crate::compare::Comparison;
use crate::study::{Answer, Progress};

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
    /// The save failed; why, in Danish, one line. What is typed stays in the app.
    SaveFailed(String),
    /// The file could not be written (someone else took it, or it changed under us), so the
    /// assessment was saved as a new file beside it instead, and is edited there from now on.
    /// `why` ends "… fordi …" (`Locked::because`).
    SavedCopy {
        path: PathBuf,
        why: String,
    },
    /// Quit was asked for, but the last save failed and failed again: stay, and say so.
    QuitBlocked,
    /// The runner read the store, all at once.
    Listed(Vec<SavedEntry>),
    /// The runner started reading the store in the background: this many files.
    ListStarted {
        total: usize,
    },
    /// Some more of them, read (in any order).
    ListBatch(Vec<SavedEntry>),
    /// The background reading is done.
    ListDone,
    /// The store folder cannot be read (why, in Danish, one line).
    ListUnreadable(String),
    /// The runner opened a saved assessment.
    Opened {
        assessment: Box<Assessment>,
        path: PathBuf,
        /// Why the file opens read-only (in Danish), when it does.
        read_only: Option<String>,
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
    /// The runner read a folder of assessments into an overview of teams.
    OverviewRead {
        overview: Box<Overview>,
        /// The folder, as the user sees it.
        folder: String,
    },
    /// The runner wrote the minutes to these files.
    Exported(Vec<PathBuf>),
    ExportFailed(String),
    /// The runner moved a saved assessment to the wastebasket.
    Discarded {
        from: PathBuf,
        to: PathBuf,
    },
    DiscardFailed(String),
    /// The runner read the learner's progress (`øvelser.toml`) for the home screen's count.
    ProgressRead(Progress),
    /// `øvelser.toml` cannot be read (why, in Danish, one line).
    ProgressUnreadable(String),
    /// The runner read the progress to start a drill on (one card, or all).
    DrillReady {
        progress: Progress,
        card: Option<String>,
    },
    /// The first `count` answers waiting were saved; the progress as it now is on disk.
    DrillRecorded {
        count: usize,
        progress: Progress,
    },
    /// Answers could not be saved (why, in Danish, one line); they wait for the next try.
    DrillRecordFailed(String),
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
    /// The card the team stopped at, from the file's place ("3.7"), for "Fortsæt".
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the open assessment now (a score, a closed note: a committed change).
    Save,
    /// Save soon: text is being typed. The runner saves about a second after the last keystroke.
    SaveSoon,
    /// The team moved (left the card screen, quit): keep its place. Not a change: the file is
    /// not written for it (the next real change writes it); the runner keeps it in the user's
    /// own state folder meanwhile.
    KeepPlace,
    /// Read the store again for the home screen.
    List,
    Open(PathBuf),
    /// Read these assessments and compare them.
    Compare(Vec<PathBuf>),
    /// Read a folder tree into an overview of teams; `None` is the store.
    Overview(Option<PathBuf>),
    /// Write the open assessment as minutes (Markdown and HTML) into this folder, under names
    /// not yet taken there.
    Export(PathBuf),
    /// Move this saved assessment to the store's wastebasket (`papirkurv/`).
    Discard(PathBuf),
    /// Save what is pending, then leave; if the save fails, stay (`Msg::QuitBlocked`).
    Quit,
    /// Try once more to save, then leave whatever happens: the user chose to.
    QuitUnsaved,
    /// Draw again: what is shown changed without a key (the timebox's minute). The runner draws
    /// only after a message or this, so an idle screen sends nothing to the terminal.
    Redraw,
    /// Read the earlier assessment at this path for "last time" (see `Msg::EarlierLoaded`).
    LoadEarlier {
        path: PathBuf,
        fresh: bool,
    },
    /// Read the progress and start a drill (of one card, or all): `Msg::DrillReady`.
    StartDrill(Option<String>),
    /// Add these answers, given on `today`, to `øvelser.toml` in the store, now.
    RecordDrill {
        answers: Vec<Answer>,
        today: jiff::civil::Date,
    },
}
