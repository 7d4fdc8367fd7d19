//! Self-study (`refleks øv`): drill items built from the deck, a spaced-repetition scheduler
//! (FSRS, from the `rs-fsrs` crate) and the learner's progress in `øvelser.toml` in the store.
//! Knows nothing of the terminal; the only disk access is `progress::read` and `progress::write`.

mod items;
mod progress;
mod schedule;

pub use items::{Choice, Item, ItemKind, items};
pub use progress::{CardStatus, Progress, ProgressError, Status, path, read, record};
pub use schedule::{Entry, LEARNED_DAYS, Rating, review};
