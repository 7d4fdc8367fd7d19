//! On an anvisning: scoring, notes, actions, moving about the cards, reading, the overview,
//! undo and redo, export. Every change goes through [`Session::commit`] (or `draft` while a
//! note is being typed), as the TUI's do.

use super::command::{self, Command, NotCommand};
use super::{Ask, Effect, Line, Reply, words};
use crate::assessment::{NonScore, Place, Score};
use crate::deck::Guideline;
use crate::session::Session;
use crate::text::clean_line;

/// How much a field takes, as in the TUI (`app/limit.rs`): a note, a one-line field, a list
/// of participants or a folder.
pub(crate) const FIELD_CHARS: usize = 20_000;
pub(crate) const LINE_CHARS: usize = 200;
pub(crate) const LONG_LINE_CHARS: usize = 1_000;

/// `text` cut to `max` characters.
pub(crate) fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

impl Line {
    pub(crate) fn chosen(&self) -> Vec<&Guideline> {
        match &self.session {
            Some(s) => s.assessment.chosen(&self.deck),
            None => Vec::new(),
        }
    }

    /// The anvisning's id where the user is.
    pub(super) fn here(&self) -> Option<String> {
        let chosen = self.chosen();
        let g = chosen.get(self.card)?;
        g.anvisninger.get(self.item).map(|x| x.id.clone())
    }

    pub(crate) fn go_to_place(&mut self, guideline: &str, anvisning: &str) {
        let chosen = self.chosen();
        let Some(card) = chosen.iter().position(|g| g.id == guideline) else {
            return;
        };
        let item = chosen[card]
            .anvisninger
            .iter()
            .position(|x| x.id == anvisning)
            .unwrap_or(0);
        self.card = card;
        self.item = item;
    }

    /// The user arrived at an anvisning: the card's line (when the card is new to them) and
    /// the anvisning's. The place is kept in the assessment, written with the next change.
    pub(crate) fn arrive(&mut self, new_card: bool) -> Reply {
        self.ask = Ask::Command;
        let chosen = self.chosen();
        let Some(g) = chosen.get(self.card).copied() else {
            return Reply::say("Vurderingen har ingen kort; skriv menu for at gå tilbage.");
        };
        let Some(x) = g.anvisninger.get(self.item) else {
            return Reply::say(words::card(g, 0));
        };
        let session = self.session.as_ref();
        let answer = session.and_then(|s| s.assessment.answer(&x.id));
        let mut reply = Reply::default();
        if new_card {
            let answered = g
                .anvisninger
                .iter()
                .filter_map(|y| session.and_then(|s| s.assessment.answer(&y.id)))
                .filter(|a| a.score.is_some_and(|s| s.is_assessed()))
                .count();
            reply = reply.line(words::card(g, answered));
        }
        let last = self.earlier.as_ref().map(|e| e.answer(&x.id));
        reply = reply.line(words::anvisning(&self.deck, x, answer, last));
        let place = Place {
            guideline: g.id.clone(),
            anvisning: x.id.clone(),
        };
        if let Some(s) = self.session.as_mut().filter(|s| !s.read_only) {
            s.assessment.place = Some(place);
        }
        reply
    }

    pub(crate) fn on_command(&mut self, typed: &str) -> Reply {
        let scale = self.deck.scale_values();
        let c = match command::parse(typed, &scale) {
            Ok(c) => c,
            Err(NotCommand::Empty) => return Reply::default(),
            Err(NotCommand::Typo { typed, meant }) => {
                return Reply::say(format!("»{typed}« er ikke en kommando; mente du {meant}?"));
            }
            Err(NotCommand::Unknown(typed)) if typed.parse::<u32>().is_ok() => {
                return Reply::say(format!(
                    "{typed} er ikke på skalaen; skriv {}.",
                    words::scale_range(&self.deck)
                ));
            }
            Err(NotCommand::Unknown(typed)) => {
                return Reply::say(format!(
                    "»{typed}« er ikke en kommando; skriv hjælp for at høre, hvad du kan skrive."
                ));
            }
        };
        let Some(id) = self.here() else {
            return match c {
                Command::Menu => self.go_home(),
                Command::Quit => self.quit(),
                _ => Reply::say(words::NO_ASSESSMENT),
            };
        };
        let edits = matches!(
            c,
            Command::Score(_)
                | Command::NotRelevant
                | Command::Unknown
                | Command::Clear
                | Command::Note
                | Command::DeleteNote
                | Command::Action
                | Command::Focus
                | Command::Undo
                | Command::Redo
                | Command::Round
        );
        if edits && self.session.as_ref().is_some_and(|s| s.read_only) {
            return Reply::say(words::READ_ONLY);
        }
        match c {
            Command::Score(v) => self.score(&id, Score::Level(v)),
            Command::Unknown => self.score(&id, Score::Other(NonScore::Unknown)),
            Command::Clear => {
                self.commit(|a| a.answer_mut(&id).score = None);
                Reply::say(format!("{id}: vurderingen er fjernet.")).saved()
            }
            Command::NotRelevant => {
                self.ask = Ask::Reason { id: id.clone() };
                Reply::say(format!(
                    "Hvorfor er {id} ikke relevant for teamet? Skriv det på én linje; en tom linje går tilbage."
                ))
            }
            Command::Note => {
                self.ask = Ask::Note {
                    id: id.clone(),
                    typed: false,
                };
                let has = self.note(&id).is_some();
                Reply::say(if has {
                    format!(
                        "Skriv mere til noten til {id}; det kommer efter det, der står. En tom linje slutter."
                    )
                } else {
                    format!(
                        "Skriv noten til {id}. Den kan have flere linjer; en tom linje slutter."
                    )
                })
            }
            Command::ReadNote => match self.note(&id) {
                Some(note) => Reply::say(format!("Noten til {id}: {}", words::sentence(&note))),
                None => Reply::say(format!("{id} har ingen note.")),
            },
            Command::DeleteNote => {
                if self.note(&id).is_none() {
                    return Reply::say(words::NO_NOTE);
                }
                self.commit(|a| a.answer_mut(&id).note.clear());
                Reply::say(format!("Noten til {id} er slettet.")).saved()
            }
            Command::Focus => {
                let mut now = false;
                self.commit(|a| {
                    let answer = a.answer_mut(&id);
                    answer.focus = !answer.focus;
                    now = answer.focus;
                });
                Reply::say(if now {
                    format!("{id} er nu et fokusområde.")
                } else {
                    format!("{id} er ikke længere et fokusområde.")
                })
                .saved()
            }
            Command::Action => {
                self.ask = Ask::ActionWhat { id };
                Reply::say(words::ASK_ACTION_WHAT)
            }
            Command::Next => self.step(true),
            Command::Previous => self.step(false),
            Command::NextCard => self.step_card(true),
            Command::PreviousCard => self.step_card(false),
            Command::Go(target) => self.go(&target),
            Command::Read => self.read(),
            Command::Questions => self.questions(),
            Command::Answer(n) => self.answer(n),
            Command::Where => self.arrive(true),
            Command::Help => self.help(),
            Command::Undo | Command::Redo => self.undo(c == Command::Redo),
            Command::Overview => self.overview(),
            Command::Compare => self.compare(),
            Command::Actions => self.actions(),
            Command::Export(folder) => {
                let folder = folder.map(std::path::PathBuf::from).unwrap_or_else(|| {
                    self.session
                        .as_ref()
                        .and_then(|s| s.path.as_ref())
                        .and_then(|p| p.parent())
                        .map(|p| p.to_path_buf())
                        .unwrap_or_default()
                });
                Reply::default().effect(Effect::Export(folder))
            }
            Command::Participants => {
                let now = self
                    .session
                    .as_ref()
                    .map(|s| s.assessment.participants.join(", "))
                    .unwrap_or_default();
                self.ask = Ask::NewParticipants;
                let now = if now.is_empty() {
                    "Der er ingen deltagere endnu.".to_string()
                } else {
                    format!("Deltagerne nu: {}.", words::one_line(&now))
                };
                Reply::say(format!(
                    "{now} Skriv alle deltagerne, adskilt af komma; en tom linje beholder dem."
                ))
            }
            Command::Round => self.start_round(vec![id]),
            Command::RoundCard => {
                let items = self
                    .chosen()
                    .get(self.card)
                    .map(|g| g.anvisninger.iter().map(|x| x.id.clone()).collect())
                    .unwrap_or_default();
                self.start_round(items)
            }
            Command::Drill(card) => {
                // An unknown card is said here, on the anvisning.
                let start = self.start_drill(card);
                if start.effects.is_empty() {
                    return start;
                }
                self.ask = Ask::Home;
                Reply::default().effect(Effect::Close).and(start)
            }
            Command::Menu => self.go_home(),
            Command::Quit => self.quit(),
        }
    }

    pub(super) fn note(&self, id: &str) -> Option<String> {
        let a = self.session.as_ref()?.assessment.answer(id)?;
        (!a.note.trim().is_empty()).then(|| a.note.clone())
    }

    pub(super) fn commit(
        &mut self,
        change: impl FnOnce(&mut crate::assessment::Assessment),
    ) -> bool {
        let today = self.today.clone();
        self.session
            .as_mut()
            .is_some_and(|s: &mut Session| s.commit(&today, change))
    }

    pub(super) fn score(&mut self, id: &str, score: Score) -> Reply {
        self.commit(|a| a.answer_mut(id).score = Some(score));
        Reply::say(format!("{id}: {}.", words::score(&self.deck, score))).saved()
    }

    /// `næste` / `forrige`: the next anvisning, over into the next card.
    pub(super) fn step(&mut self, forward: bool) -> Reply {
        let counts: Vec<usize> = self.chosen().iter().map(|g| g.anvisninger.len()).collect();
        let (card, item) = (self.card, self.item);
        let next = if forward {
            if item + 1 < counts[card] {
                Some((card, item + 1))
            } else {
                (card + 1..counts.len())
                    .find(|&c| counts[c] > 0)
                    .map(|c| (c, 0))
            }
        } else if item > 0 {
            Some((card, item - 1))
        } else {
            (0..card)
                .rev()
                .find(|&c| counts[c] > 0)
                .map(|c| (c, counts[c] - 1))
        };
        match next {
            Some((c, i)) => {
                self.card = c;
                self.item = i;
                self.arrive(c != card)
            }
            None if forward => Reply::say(
                "Det var den sidste anvisning. Skriv oversigt for at høre, hvor langt teamet er nået.",
            ),
            None => Reply::say("Det er den første anvisning."),
        }
    }

    pub(super) fn step_card(&mut self, forward: bool) -> Reply {
        let cards = self.chosen().len();
        let next = if forward {
            (self.card + 1 < cards).then_some(self.card + 1)
        } else {
            self.card.checked_sub(1)
        };
        match next {
            Some(c) => {
                self.card = c;
                self.item = 0;
                self.arrive(true)
            }
            None if forward => Reply::say("Det er det sidste kort."),
            None => Reply::say("Det er det første kort."),
        }
    }

    /// A card's or an anvisning's number.
    pub(super) fn go(&mut self, target: &str) -> Reply {
        let found = self.chosen().iter().enumerate().find_map(|(c, g)| {
            if g.id == target {
                Some((c, 0, true))
            } else {
                let i = g.anvisninger.iter().position(|x| x.id == target)?;
                Some((c, i, false))
            }
        });
        if let Some((c, i, whole_card)) = found {
            let new_card = c != self.card;
            self.card = c;
            self.item = i;
            return self.arrive(new_card || whole_card);
        }
        let in_deck = self
            .deck
            .guidelines
            .iter()
            .any(|g| g.id == target || g.anvisninger.iter().any(|x| x.id == target));
        if in_deck {
            Reply::say(format!("{target} er ikke med i denne vurdering."))
        } else {
            Reply::say(format!(
                "Der er intet kort og ingen anvisning med nummeret {target}."
            ))
        }
    }

    pub(super) fn undo(&mut self, redo: bool) -> Reply {
        let today = self.today.clone();
        let Some(s) = self.session.as_mut() else {
            return Reply::default();
        };
        let done = if redo { s.redo(&today) } else { s.undo(&today) };
        match done {
            Some(what) => Reply::say(format!(
                "{} {}.",
                if redo { "Gentaget:" } else { "Fortrudt:" },
                clean_line(&what)
            ))
            .saved(),
            None if redo => Reply::say(words::NOTHING_TO_REDO),
            None => Reply::say(words::NOTHING_TO_UNDO),
        }
    }
}
