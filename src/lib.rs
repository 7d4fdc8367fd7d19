//! refleks: reflection cards over the Danish national guidelines for social drug-abuse
//! treatment. The library holds the domain (deck, text) so tests and benchmarks can reach it;
//! `main.rs` is the command line.

pub mod aggregate;
pub mod app;
pub mod assessment;
pub mod cli;
pub mod compare;
pub mod csv;
pub mod date;
pub mod deck;
pub mod line;
pub mod number;
pub mod print;
pub mod report;
pub mod session;
pub mod store;
pub mod strings;
pub mod study;
pub mod text;
pub mod tui;
pub mod ui;
pub mod widgets;
pub mod xlsx;
