//! Undo and redo for the open assessment: bounded steps, each holding the before and after of
//! only the parts that changed (one answer, one guideline's reflections, the actions, the cards,
//! the participants, the team). A new change cuts off the redo tail, as in an editor.
//!
//! Steps are found by comparing the assessment before and after a committed change, so every
//! edit that passes `App::commit_change` is undoable without each edit describing itself.

use std::collections::BTreeMap;

use crate::assessment::{Action, Answer, Assessment, DeckRef, Parked};
use crate::strings as s;

/// How many steps are kept; the oldest go first. A workshop day is a few hundred changes.
const MAX_STEPS: usize = 1000;

#[derive(Debug, Clone, Default)]
pub struct History {
    steps: Vec<Step>,
    /// Steps before this index are done; from it on they are undone (the redo tail).
    index: usize,
}

#[derive(Debug, Clone)]
struct Step {
    parts: Vec<Part>,
}

/// One part of the assessment, before and after a change.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Team(String, String),
    Participants(Vec<String>, Vec<String>),
    Cards(Vec<String>, Vec<String>),
    Answer(String, Option<Box<Answer>>, Option<Box<Answer>>),
    Reflections(
        String,
        Option<BTreeMap<String, String>>,
        Option<BTreeMap<String, String>>,
    ),
    Actions(Vec<Action>, Vec<Action>),
    Parked(Vec<Parked>, Vec<Parked>),
    /// The workshop's settings and the deck it was made with: rarely changed, kept whole.
    Settings(Box<Settings>, Box<Settings>),
}

#[derive(Debug, Clone, PartialEq)]
struct Settings {
    anonymous: bool,
    timebox: Option<u32>,
    builds_on: String,
    deck: DeckRef,
}

impl Settings {
    fn of(a: &Assessment) -> Settings {
        Settings {
            anonymous: a.anonymous,
            timebox: a.timebox,
            builds_on: a.builds_on.clone(),
            deck: a.deck.clone(),
        }
    }

    fn put(&self, a: &mut Assessment) {
        a.anonymous = self.anonymous;
        a.timebox = self.timebox;
        a.builds_on = self.builds_on.clone();
        a.deck = self.deck.clone();
    }
}

impl History {
    /// Records the change from `before` to `after` as one step; nothing when they agree.
    pub fn record(&mut self, before: &Assessment, after: &Assessment) {
        let parts = diff(before, after);
        if parts.is_empty() {
            return;
        }
        self.steps.truncate(self.index);
        self.steps.push(Step { parts });
        if self.steps.len() > MAX_STEPS {
            self.steps.remove(0);
        }
        self.index = self.steps.len();
    }

    /// Takes the newest done step back; returns what it was, worded for the status line.
    pub fn undo(&mut self, a: &mut Assessment) -> Option<String> {
        let step = self.steps.get(self.index.checked_sub(1)?)?;
        for part in &step.parts {
            part.apply(a, false);
        }
        self.index -= 1;
        Some(step.describe())
    }

    /// Does the oldest undone step again.
    pub fn redo(&mut self, a: &mut Assessment) -> Option<String> {
        let step = self.steps.get(self.index)?;
        for part in &step.parts {
            part.apply(a, true);
        }
        self.index += 1;
        Some(step.describe())
    }
}

fn diff(b: &Assessment, a: &Assessment) -> Vec<Part> {
    let mut parts = Vec::new();
    if b.team != a.team {
        parts.push(Part::Team(b.team.clone(), a.team.clone()));
    }
    if b.participants != a.participants {
        parts.push(Part::Participants(
            b.participants.clone(),
            a.participants.clone(),
        ));
    }
    if b.cards != a.cards {
        parts.push(Part::Cards(b.cards.clone(), a.cards.clone()));
    }
    for id in keys(&b.answers, &a.answers) {
        let (x, y) = (b.answers.get(id), a.answers.get(id));
        if x != y {
            let boxed = |v: Option<&Answer>| v.cloned().map(Box::new);
            parts.push(Part::Answer(id.clone(), boxed(x), boxed(y)));
        }
    }
    for id in keys(&b.reflections, &a.reflections) {
        let (x, y) = (b.reflections.get(id), a.reflections.get(id));
        if x != y {
            parts.push(Part::Reflections(id.clone(), x.cloned(), y.cloned()));
        }
    }
    if b.actions != a.actions {
        parts.push(Part::Actions(b.actions.clone(), a.actions.clone()));
    }
    if b.parked != a.parked {
        parts.push(Part::Parked(b.parked.clone(), a.parked.clone()));
    }
    let (x, y) = (Settings::of(b), Settings::of(a));
    if x != y {
        parts.push(Part::Settings(Box::new(x), Box::new(y)));
    }
    parts
}

/// Every key of either map, once, in order.
fn keys<'m, V>(x: &'m BTreeMap<String, V>, y: &'m BTreeMap<String, V>) -> Vec<&'m String> {
    let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
    keys.sort();
    keys.dedup();
    keys
}

fn put<V>(map: &mut BTreeMap<String, V>, id: &str, value: Option<&V>)
where
    V: Clone,
{
    match value {
        Some(v) => {
            map.insert(id.to_string(), v.clone());
        }
        None => {
            map.remove(id);
        }
    }
}

fn pick<T>(forward: bool, before: T, after: T) -> T {
    if forward { after } else { before }
}

impl Part {
    fn apply(&self, a: &mut Assessment, forward: bool) {
        match self {
            Part::Team(x, y) => a.team = pick(forward, x, y).clone(),
            Part::Participants(x, y) => a.participants = pick(forward, x, y).clone(),
            Part::Cards(x, y) => a.cards = pick(forward, x, y).clone(),
            Part::Answer(id, x, y) => {
                put(&mut a.answers, id, pick(forward, x, y).as_deref());
            }
            Part::Reflections(id, x, y) => {
                put(&mut a.reflections, id, pick(forward, x, y).as_ref())
            }
            Part::Actions(x, y) => a.actions = pick(forward, x, y).clone(),
            Part::Parked(x, y) => a.parked = pick(forward, x, y).clone(),
            Part::Settings(x, y) => pick(forward, x, y).put(a),
        }
    }

    /// What the change was, e.g. "vurdering af 3.4.1".
    fn describe(&self) -> String {
        match self {
            Part::Team(..) => s::UNDO_TEAM.to_string(),
            Part::Participants(..) => s::UNDO_PARTICIPANTS.to_string(),
            Part::Cards(..) => s::UNDO_CARDS.to_string(),
            Part::Parked(..) => s::UNDO_PARKED.to_string(),
            Part::Settings(..) => s::UNDO_SETTINGS.to_string(),
            Part::Answer(id, x, y) => {
                let (x, y) = (
                    x.as_deref().cloned().unwrap_or_default(),
                    y.as_deref().cloned().unwrap_or_default(),
                );
                let what = if x.score != y.score {
                    s::UNDO_SCORE
                } else if x.note != y.note {
                    s::UNDO_NOTE
                } else if x.reason != y.reason {
                    s::UNDO_REASON
                } else if x.focus != y.focus {
                    s::UNDO_FOCUS
                } else {
                    s::UNDO_ANSWER
                };
                format!("{what} {id}")
            }
            Part::Reflections(id, ..) => format!("{} {id}", s::UNDO_REFLECTION),
            Part::Actions(x, y) => {
                let changed = x
                    .iter()
                    .zip(y)
                    .find(|(p, q)| p != q)
                    .map(|(p, _)| p)
                    .or_else(|| {
                        if x.len() > y.len() {
                            x.last()
                        } else {
                            y.last()
                        }
                    });
                match changed {
                    Some(todo) => format!("{} {}", s::UNDO_ACTION, todo.anvisning),
                    None => s::UNDO_ACTIONS.to_string(),
                }
            }
        }
    }
}

impl Step {
    /// A step is one edit; when it touched several parts (a card removed with its answers),
    /// the first names it: cards and actions come before answers.
    fn describe(&self) -> String {
        self.parts.first().map(Part::describe).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Score;
    use crate::deck::Deck;

    fn assessment() -> Assessment {
        Assessment::new(&Deck::embedded(), "Team", vec![], vec![], "2026-12-01")
    }

    fn scored(a: &Assessment, id: &str, v: u8) -> Assessment {
        let mut b = a.clone();
        b.answer_mut(id).score = Some(Score::Level(v));
        b
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_change_cuts_the_tail() {
        let mut h = History::default();
        let a0 = assessment();
        let a1 = scored(&a0, "3.4.1", 3);
        let a2 = scored(&a1, "3.4.1", 0);
        h.record(&a0, &a1);
        h.record(&a1, &a2);
        let mut now = a2.clone();
        assert_eq!(h.undo(&mut now).as_deref(), Some("vurdering af 3.4.1"));
        assert_eq!(now, a1);
        assert_eq!(h.undo(&mut now).as_deref(), Some("vurdering af 3.4.1"));
        assert_eq!(now, a0);
        assert_eq!(h.undo(&mut now), None);
        assert!(h.redo(&mut now).is_some());
        assert_eq!(now, a1);
        // A new change after an undo: the undone 0 cannot come back.
        let b = scored(&now, "2.1.1", 2);
        h.record(&now, &b);
        now = b.clone();
        assert_eq!(h.redo(&mut now), None);
        h.undo(&mut now);
        assert_eq!(now, a1);
    }

    #[test]
    fn every_part_of_the_file_but_the_dates_comes_back() {
        let mut h = History::default();
        let before = assessment();
        let mut after = before.clone();
        after.team = "Team Vest".into();
        after.participants = vec!["Bo".into()];
        after.cards = vec!["2.1".into()];
        after.anonymous = true;
        after.timebox = Some(10);
        after.builds_on = "forrige.toml".into();
        after.parked.push(Parked {
            anvisning: String::new(),
            text: "Tal om vagtplanen".into(),
        });
        after.set_reflection("2.1", 1, "Svar".into());
        after.actions.push(Action::default());
        after.answer_mut("2.1.1").note = "n".into();
        h.record(&before, &after);
        let mut now = after.clone();
        h.undo(&mut now);
        assert_eq!(now, before);
        h.redo(&mut now);
        assert_eq!(now, after);
    }

    #[test]
    fn nothing_changed_is_no_step_and_the_oldest_steps_go() {
        let mut h = History::default();
        let a = assessment();
        h.record(&a, &a);
        assert!(h.steps.is_empty());
        let mut now = a.clone();
        for i in 0..MAX_STEPS + 5 {
            let next = scored(&now, "2.1.1", (i % 4) as u8);
            h.record(&now, &next);
            now = next;
        }
        assert_eq!(h.steps.len(), MAX_STEPS);
    }
}
