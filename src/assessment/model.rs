//! One team's assessment against the deck: plain data, serialized as one TOML file.
//! Only what was answered is stored; maps are ordered, so files diff well in git.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::deck::Deck;

/// The file format version this build writes. Files with a higher number are refused.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub schema: u32,
    pub team: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// The day the assessment was started, `YYYY-MM-DD`.
    pub created: String,
    /// The day it was last changed, `YYYY-MM-DD`.
    pub updated: String,
    /// The guideline ids chosen for this assessment, in deck order. Empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<String>,
    pub deck: DeckRef,
    /// Per anvisning id. Answers whose anvisning is no longer in the deck are kept.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Answer>,
    /// Per guideline id, per question number (1-based, as text: TOML keys are text).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reflections: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
}

/// Which deck the assessment was made with, so a later change of the deck can be noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckRef {
    pub name: String,
    pub edition: String,
    pub fingerprint: String,
}

/// The team's answer on one anvisning. Every field is optional: a note may come before a score.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// Why the anvisning is not relevant (asked for with that non-score).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub focus: bool,
    /// Individual silent votes before the team agrees, by participant name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: BTreeMap<String, Score>,
}

/// A score on the deck's scale, or one of the two non-scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Score {
    Level(u8),
    Other(NonScore),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonScore {
    /// Left out of averages; needs a reason.
    NotRelevant,
    /// Open; never counted as 0.
    Unknown,
}

/// Something the team will do: what, who, by when, tied to an anvisning.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub anvisning: String,
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// Written only once the action is under way or done, so older files read as open.
    #[serde(default, skip_serializing_if = "ActionStatus::is_open")]
    pub status: ActionStatus,
}

/// How far an action has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    pub fn is_open(&self) -> bool {
        *self == ActionStatus::Open
    }

    /// The next status in the order åben → i gang → udført → åben.
    pub fn next(self) -> ActionStatus {
        let i = ActionStatus::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(0);
        ActionStatus::ALL[(i + 1) % ActionStatus::ALL.len()]
    }
}

impl Answer {
    /// True when nothing is recorded, so the answer can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self.score.is_none()
            && self.reason.is_empty()
            && self.note.is_empty()
            && !self.focus
            && self.votes.is_empty()
    }
}

impl Score {
    /// The numeric level, or `None` for a non-score (which averages leave out).
    pub fn level(self) -> Option<u8> {
        match self {
            Score::Level(v) => Some(v),
            Score::Other(_) => None,
        }
    }

    /// A level or *ikke relevant*: the team has taken a position. *Ved ikke* is still open, so
    /// progress never counts it as done.
    pub fn is_assessed(self) -> bool {
        self != Score::Other(NonScore::Unknown)
    }
}

impl Assessment {
    pub fn new(
        deck: &Deck,
        team: &str,
        participants: Vec<String>,
        cards: Vec<String>,
        today: &str,
    ) -> Assessment {
        Assessment {
            schema: SCHEMA,
            team: team.trim().to_string(),
            participants,
            created: today.to_string(),
            updated: today.to_string(),
            cards,
            deck: DeckRef {
                name: deck.name.clone(),
                edition: deck.edition.clone(),
                fingerprint: deck.fingerprint(),
            },
            answers: BTreeMap::new(),
            reflections: BTreeMap::new(),
            actions: Vec::new(),
        }
    }

    /// The guideline ids this assessment covers, in deck order.
    pub fn chosen<'d>(&self, deck: &'d Deck) -> Vec<&'d crate::deck::Guideline> {
        deck.guidelines
            .iter()
            .filter(|g| self.cards.is_empty() || self.cards.contains(&g.id))
            .collect()
    }

    pub fn answer(&self, anvisning: &str) -> Option<&Answer> {
        self.answers.get(anvisning)
    }

    /// The answer for an anvisning, created empty when needed.
    pub fn answer_mut(&mut self, anvisning: &str) -> &mut Answer {
        self.answers.entry(anvisning.to_string()).or_default()
    }

    /// Drops answers that hold nothing, so the file has only what was answered.
    pub fn prune(&mut self) {
        self.answers.retain(|_, a| !a.is_empty());
        for answers in self.reflections.values_mut() {
            answers.retain(|_, text| !text.trim().is_empty());
        }
        self.reflections.retain(|_, answers| !answers.is_empty());
    }

    pub fn reflection(&self, guideline: &str, question: usize) -> Option<&str> {
        self.reflections
            .get(guideline)
            .and_then(|m| m.get(&question.to_string()))
            .map(String::as_str)
    }

    pub fn set_reflection(&mut self, guideline: &str, question: usize, text: String) {
        self.reflections
            .entry(guideline.to_string())
            .or_default()
            .insert(question.to_string(), text);
    }

    /// Anvisninger of the chosen cards that are assessed (a level or *ikke relevant*; see
    /// [`Score::is_assessed`]), and how many there are.
    pub fn progress(&self, deck: &Deck) -> (usize, usize) {
        let chosen = self.chosen(deck);
        let total = chosen.iter().map(|g| g.anvisninger.len()).sum();
        let done = self.count_scores(deck, Score::is_assessed);
        (done, total)
    }

    /// Anvisninger of the chosen cards marked *ved ikke*: shown apart from progress.
    pub fn unknown_count(&self, deck: &Deck) -> usize {
        self.count_scores(deck, |s| !s.is_assessed())
    }

    fn count_scores(&self, deck: &Deck, keep: impl Fn(Score) -> bool) -> usize {
        self.chosen(deck)
            .iter()
            .flat_map(|g| &g.anvisninger)
            .filter_map(|a| self.answer(&a.id).and_then(|x| x.score))
            .filter(|&s| keep(s))
            .count()
    }

    /// Answers whose anvisning the deck no longer has: kept, and shown as such.
    pub fn orphans(&self, deck: &Deck) -> Vec<&str> {
        let known: std::collections::HashSet<&str> = deck
            .guidelines
            .iter()
            .flat_map(|g| g.anvisninger.iter().map(|a| a.id.as_str()))
            .collect();
        self.answers
            .keys()
            .map(String::as_str)
            .filter(|id| !known.contains(id))
            .collect()
    }
}
