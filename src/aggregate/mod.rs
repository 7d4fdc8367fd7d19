//! The facilitator's overview: many teams' assessments side by side. Knows nothing of the
//! terminal or the disk; `store::tree` reads the files and feeds them in.
//!
//! Each file becomes a small [`Digest`] as soon as it is read, and a [`Fold`] keeps only what
//! the overview needs (each team's newest two, or with `--all` every digest), so ten thousand
//! files take a few megabytes. [`Fold::finish`] makes the [`Overview`]; `format` prints it.

mod course;
mod digest;
pub mod format;
mod gather;
mod overview;

pub use course::{Course, MOVERS, Mover, ShareGrew, TeamCourse, Year};
pub use digest::{CellStats, DeckIndex, Digest, team_key};
pub use format::{AggregateFormat, column_head, fit_label, render, render_to, xlsx, xlsx_to};
pub use gather::gather;
pub use overview::{
    AnvisningCount, Focus, Fold, Head, NotSecured, Overview, Previous, Row, TeamsMean, Total,
    change, place_group, rounded, short_places,
};
