//! Comparing two or more assessments: the same team over time, or several teams side by side.
//!
//! `comparison` holds what is compared (plain data, no formatting); `format` turns it into a
//! table for the terminal, Markdown, CSV or JSON. Knows nothing of the terminal or the disk.

mod comparison;
pub mod format;

pub use comparison::{
    AnvisningRow, Below, Cell, Column, Comparison, FollowUp, GuidelineRow, Movement, NotChosen,
    Orphan, Unmatched, column_labels, compare,
};
pub use format::{CompareFormat, render, xlsx};
