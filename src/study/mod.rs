//! Self-study (`refleks øv`): drill items built from the deck, a spaced-repetition scheduler
//! (FSRS, from the `rs-fsrs` crate), the drill session as pure state, and the learner's
//! progress in `øvelser.toml` in the store. Knows nothing of the terminal; the only disk access
//! is `progress::read` and `progress::record`.

mod drill;
mod items;
mod progress;
mod schedule;
mod shown;

pub use drill::{Answer, Drill, NEW_PER_DAY, REVIEWS_PER_SESSION, Step, plan};
pub use items::{Choice, Item, ItemKind, items};
pub use progress::{CardStatus, Progress, ProgressError, Status, path, read, record};
pub use schedule::{Entry, LEARNED_DAYS, Rating, review};
pub use shown::{blank_modals, card_law, rests_on, without_rests_on};
