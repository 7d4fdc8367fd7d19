//! The deck as the rest of the program sees it: plain data, already validated.

use serde::Serialize;

/// A whole deck: its name, the scoring scale, the seven principles and one card per guideline.
/// Serializes to exactly the `refleks deck --json` schema of DESIGN.md.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deck {
    pub name: String,
    pub edition: String,
    pub scale: Vec<Level>,
    #[serde(skip)]
    pub non_scores: NonScores,
    pub principles: Vec<Principle>,
    pub guidelines: Vec<Guideline>,
}

/// One step of the scoring scale, e.g. 3 "Fast praksis".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Level {
    pub value: u8,
    pub label: String,
    pub description: String,
}

/// The two answers that are not scores: left out of averages, never counted as 0.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct NonScores {
    pub not_relevant: Label,
    pub unknown: Label,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Label {
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principle {
    pub id: u8,
    pub title: String,
}

/// One guideline's reflection card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guideline {
    pub id: String,
    pub chapter: u8,
    pub title: String,
    /// A short name for lists ("Garanti", "Plan"), unique in the deck; empty when the deck has
    /// none. Only for the screen: not in `deck --json`, not in the fingerprint, so adding or
    /// changing labels never makes an assessment's deck look changed.
    #[serde(skip)]
    pub label: String,
    pub principles: Vec<u8>,
    pub purpose: String,
    pub supports: Vec<String>,
    pub worth_knowing: String,
    pub anvisninger: Vec<Anvisning>,
    pub questions: Vec<Question>,
    pub legislation: Vec<String>,
    /// A few bullets of *værd at vide* for the printed card (empty: print the whole text). Last,
    /// so `deck --json` only gained a key at the end.
    pub worth_knowing_brief: String,
    /// Short cases for self-study, each resting on anvisninger of this card. Added after
    /// `worth_knowing_brief`, so `deck --json` again only gained a key at the end.
    pub scenarios: Vec<Scenario>,
}

/// A short case for self-study: a situation, a question about it, the answer, and the
/// anvisninger (of the same card) the answer rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub situation: String,
    pub question: String,
    pub answer: String,
    pub anvisninger: Vec<String>,
}

/// A deadline or time limit an anvisning sets or rests on: what must happen, how long there is
/// ("14 dage", "hvert andet år"), from when it runs, and the legal basis (empty when the
/// guideline itself is the only source).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub what: String,
    pub limit: String,
    pub from: String,
    pub basis: String,
}

/// A reflection question. Serializes as `{kind, text}`; `kind` is null for a question written
/// as a plain string (other decks may do that; the default deck gives every question a kind).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub kind: Option<QuestionKind>,
    pub text: String,
}

/// The agency's four kinds of reflection question, in the order a team talks them through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// What do the guidelines say here?
    Says,
    /// Where does our practice live up to them?
    Meets,
    /// Where does it differ?
    Differs,
    /// What will we do differently?
    Change,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 4] = [
        QuestionKind::Says,
        QuestionKind::Meets,
        QuestionKind::Differs,
        QuestionKind::Change,
    ];
    pub const NAMES: [&'static str; 4] = ["says", "meets", "differs", "change"];

    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    pub fn from_name(name: &str) -> Option<QuestionKind> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The question the kind asks, as a heading over questions of that kind.
    pub fn heading(self) -> &'static str {
        match self {
            QuestionKind::Says => "Hvad siger retningslinjen?",
            QuestionKind::Meets => "Hvor lever vi op til den?",
            QuestionKind::Differs => "Hvor afviger vi?",
            QuestionKind::Change => "Hvad vil vi gøre anderledes?",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Anvisning {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    pub details: Vec<String>,
    /// Deadlines and time limits (most anvisninger have none). Last, so the schema only grew.
    pub deadlines: Vec<Deadline>,
}

/// Whether an anvisning is a legal duty (*skal*) or a recommendation (*bør*/*kan*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Requirement,
    Recommendation,
}

impl Kind {
    pub const NAMES: [&'static str; 2] = ["requirement", "recommendation"];

    pub fn from_name(name: &str) -> Option<Kind> {
        match name {
            "requirement" => Some(Kind::Requirement),
            "recommendation" => Some(Kind::Recommendation),
            _ => None,
        }
    }

    /// The badge shown beside an anvisning: text, so meaning never rests on colour alone.
    pub fn badge(self) -> &'static str {
        match self {
            Kind::Requirement => "LOVKRAV",
            Kind::Recommendation => "ANBEFALING",
        }
    }
}

impl Deck {
    pub fn anvisning_count(&self) -> usize {
        self.guidelines.iter().map(|g| g.anvisninger.len()).sum()
    }

    /// Every anvisning of the deck, in deck order.
    pub fn anvisninger(&self) -> impl Iterator<Item = &Anvisning> {
        self.guidelines.iter().flat_map(|g| &g.anvisninger)
    }

    pub fn guideline(&self, id: &str) -> Option<&Guideline> {
        self.guidelines.iter().find(|g| g.id == id)
    }

    pub fn level(&self, value: u8) -> Option<&Level> {
        self.scale.iter().find(|l| l.value == value)
    }

    pub fn max_level(&self) -> u8 {
        self.scale_values().into_iter().max().unwrap_or(0)
    }

    /// The scale's values, lowest first (the scale is sorted when the deck is read).
    pub fn scale_values(&self) -> Vec<u8> {
        self.scale.iter().map(|l| l.value).collect()
    }

    /// A short, stable fingerprint of the deck's content. An assessment records it, so we can
    /// tell when the deck changed under it. FNV-1a over the canonical JSON: no extra crate needed
    /// and stable across platforms and releases.
    pub fn fingerprint(&self) -> String {
        let mut json = serde_json::to_vec(self).unwrap_or_default();
        json.extend_from_slice(self.non_scores.not_relevant.label.as_bytes());
        json.extend_from_slice(self.non_scores.unknown.label.as_bytes());
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in json {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{hash:016x}")
    }
}

impl Anvisning {
    /// A legal duty whose text also holds a recommendation in a sentence of its own ("…skal….
    /// … bør desuden …"): the duty part is then the whole text, and lists say so.
    pub fn is_mixed(&self) -> bool {
        self.kind == Kind::Requirement
            && self.text.split(". ").any(|sentence| {
                let words: Vec<&str> = sentence.split(|c: char| !c.is_alphanumeric()).collect();
                words.contains(&"bør") && !words.contains(&"skal")
            })
    }
}

impl Guideline {
    pub fn requirement_count(&self) -> usize {
        self.anvisninger
            .iter()
            .filter(|a| a.kind == Kind::Requirement)
            .count()
    }
}

impl Guideline {
    /// What a list calls the card: its label, or its short title when it has none.
    pub fn list_title(&self) -> String {
        if self.label.is_empty() {
            self.short_title()
        } else {
            self.label.clone()
        }
    }

    /// The title without the "Retningslinje for/om" that almost every title starts with, for
    /// lists where space is short: "Retningslinje for afdækning" → "Afdækning".
    pub fn short_title(&self) -> String {
        let rest = ["Retningslinje for ", "Retningslinje om "]
            .iter()
            .find_map(|p| self.title.strip_prefix(p))
            .unwrap_or(&self.title);
        let mut chars = rest.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}
