//! Assessments: the team's scores, notes, reflections and actions, and how they are summarized.
//! Knows nothing of the terminal or the disk.

mod model;

pub use model::{Action, Answer, Assessment, DeckRef, NonScore, SCHEMA, Score};
