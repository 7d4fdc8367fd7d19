//! The card deck: its types, how it is loaded and checked, and how it is searched.
//! Knows nothing of the terminal.

mod id;
mod load;
mod model;
mod parse;
mod problem;
mod reader;
mod search;
mod validate;

pub use id::{id_sort_key, is_anvisning_id, is_guideline_id};
pub use load::{DECK_FILE, EMBEDDED_ORIGIN, MAX_FILE_BYTES};
pub use model::{
    Anvisning, Deadline, Deck, Guideline, Kind, Label, Level, NonScores, Principle, Question,
    QuestionKind, Scenario,
};
pub(crate) use parse::syntax_message;
pub use problem::{DeckError, Location, Problem};
pub use search::{Hit, search};
