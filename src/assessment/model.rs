//! One team's assessment against the deck: plain data, serialized as one TOML file.
//! Only what was answered is stored; maps are ordered, so files diff well in git.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::deck::Deck;

/// The file format version this build writes. Files with a higher number are refused.
/// 2 added the workshop (votes' tally, dissent, parked topics, timebox, builds on, action status)
/// and the place the team last worked on. Every version-1 file loads as it is; a file is written
/// as version 2, so an older refleks says "update" instead of stumbling on a key it cannot know.
/// 3 added who was absent from a round (`Answer::absent`) and the rounds before the last
/// (`Answer::rounds`); again only added, again written as 3.
/// 4 added the team's goal for next time (`Answer::goal`) and the basis of a score
/// (`Answer::basis`); only added, written as 4.
pub const SCHEMA: u32 = 4;

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
    /// Votes are kept as counts only (`Answer::tally`), never by name.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// The planned minutes per card in the workshop, when the team set a timebox.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timebox: Option<u32>,
    /// The file name of the earlier assessment of the team this one builds on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub builds_on: String,
    pub deck: DeckRef,
    /// Per anvisning id. Answers whose anvisning is no longer in the deck are kept.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Answer>,
    /// Per guideline id, per question number (1-based, as text: TOML keys are text).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reflections: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Topics raised that did not belong where they came up, for later (the parking lot).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parked: Vec<Parked>,
    /// Where the team was when it last stopped, so the app can open there again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
}

/// A card and, on it, an anvisning: ids, not positions, so a changed deck cannot mislead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub guideline: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub anvisning: String,
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
    /// What the team disagreed about, when the votes were far apart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dissent: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub focus: bool,
    /// Votes without names (paper cards, fingers, or an anonymous assessment), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tally: Vec<Score>,
    /// Individual silent votes before the team agrees, by participant name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: BTreeMap<String, Score>,
    /// Who was not there for the round that gave these votes, in the participants' order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<String>,
    /// Earlier rounds on this anvisning, oldest first: a new round after the talk keeps the
    /// one before it here, so the minutes can show who moved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<EarlierRound>,
    /// Where the team wants to be next time: a level of the deck's scale ("mål til næste gang").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<u8>,
    /// What the score rests on ("Hvordan ved vi det?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// What a score rests on: a procedure, data or a journal audit; a practice the team can
/// describe; or an assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Documented,
    Practice,
    Assumption,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Documented, Basis::Practice, Basis::Assumption];

    /// Its words, as every view and report says them.
    pub fn label(self) -> &'static str {
        match self {
            Basis::Documented => crate::strings::BASIS_DOCUMENTED,
            Basis::Practice => crate::strings::BASIS_PRACTICE,
            Basis::Assumption => crate::strings::BASIS_ASSUMPTION,
        }
    }
}

/// A round that a later round on the same anvisning followed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierRound {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: BTreeMap<String, Score>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tally: Vec<Score>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<String>,
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
    /// How far it got; set when the team looks back at it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
    /// Carried over from the assessment this one builds on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub carried: bool,
}

/// Where an action from last time stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Done,
    InProgress,
    NotStarted,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Done,
        ActionStatus::InProgress,
        ActionStatus::NotStarted,
        ActionStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Done => "udført",
            ActionStatus::InProgress => "i gang",
            ActionStatus::NotStarted => "ikke startet",
            ActionStatus::Dropped => "droppet",
        }
    }

    /// Still to be done: the next assessment brings it back to the table.
    pub fn is_open(status: Option<ActionStatus>) -> bool {
        !matches!(status, Some(ActionStatus::Done | ActionStatus::Dropped))
    }
}

/// A topic put aside during the workshop, and where it came up (an anvisning id, or empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parked {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub anvisning: String,
    pub text: String,
}

impl Answer {
    /// True when nothing is recorded, so the answer can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self.score.is_none()
            && self.reason.is_empty()
            && self.note.is_empty()
            && self.dissent.is_empty()
            && !self.focus
            && self.tally.is_empty()
            && self.votes.is_empty()
            && self.absent.is_empty()
            && self.rounds.is_empty()
            && self.goal.is_none()
            && self.basis.is_none()
    }

    /// True when the team has taken a position: a level or *ikke relevant* (see
    /// [`Score::is_assessed`]). *Ved ikke* and a note alone are still open.
    pub fn is_assessed(&self) -> bool {
        self.score.is_some_and(Score::is_assessed)
    }
}

impl Answer {
    /// True when the score or a vote lies above `max`, the top of the deck's scale: an answer
    /// from another deck, never counted, shown apart like an orphan.
    pub fn off_scale(&self, max: u8) -> bool {
        let above = |s: &Score| s.level().is_some_and(|v| v > max);
        self.score.as_ref().is_some_and(above)
            || self.goal.is_some_and(|g| g > max)
            || self.votes.values().any(above)
            || self.tally.iter().any(above)
            || self
                .rounds
                .iter()
                .any(|r| r.votes.values().any(above) || r.tally.iter().any(above))
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

    /// Levels first in order, then *ved ikke*, then *ikke relevant*: the order a tally is
    /// written in.
    pub fn sort_votes(votes: &mut [Score]) {
        votes.sort_by_key(|s| match s {
            Score::Level(v) => (0, *v),
            Score::Other(NonScore::Unknown) => (1, 0),
            Score::Other(NonScore::NotRelevant) => (2, 0),
        });
    }
}

/// The team's name as it is compared (is it the same team?): case and surrounding spaces do not
/// matter. Home, the build-on offer, compare and the aggregate all ask this.
pub fn team_key(team: &str) -> String {
    team.trim().to_lowercase()
}

impl Assessment {
    pub fn new(
        deck: &Deck,
        team: &str,
        participants: Vec<String>,
        cards: Vec<String>,
        today: &str,
    ) -> Assessment {
        // Names go into the file name, the header and every report: one line, nothing
        // invisible (`text::clean_name`). A team of only invisible characters still gets a name,
        // or the file could not be read again.
        let mut team = crate::text::clean_name(team);
        if team.is_empty() {
            team = "Team".to_string();
        }
        let participants = participants
            .iter()
            .map(|p| crate::text::clean_name(p))
            .filter(|p| !p.is_empty())
            .collect();
        Assessment {
            schema: SCHEMA,
            team,
            participants,
            created: today.to_string(),
            updated: today.to_string(),
            cards,
            anonymous: false,
            timebox: None,
            builds_on: String::new(),
            deck: DeckRef {
                name: deck.name.clone(),
                edition: deck.edition.clone(),
                fingerprint: deck.fingerprint(),
            },
            answers: BTreeMap::new(),
            reflections: BTreeMap::new(),
            actions: Vec::new(),
            parked: Vec::new(),
            place: None,
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
        for answer in self.answers.values_mut() {
            Score::sort_votes(&mut answer.tally);
        }
        self.parked.retain(|p| !p.text.trim().is_empty());
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

    /// Answers whose anvisning the deck no longer has, or whose score lies off the deck's scale:
    /// kept, and shown as such.
    pub fn orphans(&self, deck: &Deck) -> Vec<&str> {
        let known: std::collections::HashSet<&str> = deck
            .guidelines
            .iter()
            .flat_map(|g| g.anvisninger.iter().map(|a| a.id.as_str()))
            .collect();
        let max = deck.max_level();
        self.answers
            .iter()
            .filter(|(id, answer)| !known.contains(id.as_str()) || answer.off_scale(max))
            .map(|(id, _)| id.as_str())
            .collect()
    }
}
