//! Every integration test but `crash` and `signals` (which run child processes on their own),
//! in one binary: one link instead of one per file. Shared drivers are in `tests/common/`.

#[path = "../common/mod.rs"]
mod common;

mod aggregate;
mod assessment_file;
mod attack;
mod attack3;
mod cli;
mod compare;
mod deck_content;
mod deck_errors;
mod deck_lists;
mod deck_structure;
mod drill;
mod earlier_flows;
mod editing;
mod editing_screens;
mod examples;
mod field_limits;
mod flows;
mod goal;
mod imports;
mod line;
mod look;
mod merge;
mod navigation;
mod places;
mod print;
mod report;
mod runner;
mod screens;
mod scrolling;
mod store;
mod study;
mod stumbles;
mod tally;
mod trash;
mod vote_flows;
mod vote_screens;
mod windows_files;
mod windows_keys;
