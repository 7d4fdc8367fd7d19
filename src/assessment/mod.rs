//! Assessments: the team's scores, notes, reflections and actions, how they are written as a
//! file, and how they are summarized. Knows nothing of the terminal or the disk.

mod file;
mod layout;
mod model;
mod renumber;
mod summary;
mod votes;

pub use file::{
    FILE_HEADER, FileError, MAX_LEVEL, from_toml, from_toml_on_scale, is_not_an_assessment, to_toml,
};
pub use layout::to_toml_over;
pub use model::{
    Action, ActionStatus, Answer, Assessment, Basis, DeckRef, EarlierRound, NonScore, Parked,
    Place, SCHEMA, Score, team_key,
};
pub use renumber::{BEFORE_REORDER, renumber_questions};
pub use summary::{GuidelineSummary, SECURED_LEVEL, Summary, summarize};
pub use votes::{
    Agreement, MEDIAN_RULE, MEDIAN_RULE_REQUIREMENT, Movement, TallyError, VoteStats, dispute_key,
    disputed, kind_rule, kind_text, most_disputed_first, movement, movement_text, parse_tally,
    relevance_text, tally_text, vote_stats,
};
