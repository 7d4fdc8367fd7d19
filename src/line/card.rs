//! On an anvisning: scoring, notes, actions, moving about the cards, reading, the overview,
//! undo and redo, export. Every change goes through [`Session::commit`] (or `draft` while a
//! note is being typed), as the TUI's do.

use super::command::{self, Command, NotCommand};
use super::{Ask, Effect, Line, Reply, words};
use crate::assessment::{Action, ActionStatus, NonScore, Place, Score, summarize};
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
    fn here(&self) -> Option<String> {
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
                return Reply::say(format!("»{typed}« kender jeg ikke; mente du {meant}?"));
            }
            Err(NotCommand::Unknown(typed)) => {
                return Reply::say(format!(
                    "»{typed}« kender jeg ikke; skriv hjælp for at høre, hvad du kan skrive."
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
            Command::Round => self.start_round(vec![id]),
            Command::RoundCard => {
                let items = self
                    .chosen()
                    .get(self.card)
                    .map(|g| g.anvisninger.iter().map(|x| x.id.clone()).collect())
                    .unwrap_or_default();
                self.start_round(items)
            }
            Command::Menu => self.go_home(),
            Command::Quit => self.quit(),
        }
    }

    fn note(&self, id: &str) -> Option<String> {
        let a = self.session.as_ref()?.assessment.answer(id)?;
        (!a.note.trim().is_empty()).then(|| a.note.clone())
    }

    fn commit(&mut self, change: impl FnOnce(&mut crate::assessment::Assessment)) -> bool {
        let today = self.today.clone();
        self.session
            .as_mut()
            .is_some_and(|s: &mut Session| s.commit(&today, change))
    }

    fn score(&mut self, id: &str, score: Score) -> Reply {
        self.commit(|a| a.answer_mut(id).score = Some(score));
        Reply::say(format!("{id}: {}.", words::score(&self.deck, score))).saved()
    }

    /// Answers to the questions the line mode asked (a reason, a note, an action, a status).
    pub(crate) fn on_prompt(&mut self, ask: Ask, typed: &str) -> Reply {
        match ask {
            Ask::Reason { id } => {
                self.ask = Ask::Command;
                if typed.is_empty() {
                    return Reply::say(words::UNCHANGED);
                }
                let reason = cut(typed, FIELD_CHARS);
                self.commit(|a| {
                    let answer = a.answer_mut(&id);
                    answer.score = Some(Score::Other(NonScore::NotRelevant));
                    answer.reason = reason;
                });
                Reply::say(format!("{id}: ikke relevant.")).saved()
            }
            Ask::Note { id, typed: any } => {
                if typed.is_empty() {
                    self.ask = Ask::Command;
                    if !any {
                        return Reply::say(words::NOTE_DONE_EMPTY);
                    }
                    // The lines were drafted as they came; now they are one undo step.
                    self.commit(|_| {});
                    return Reply::say(format!("Noten til {id} er skrevet.")).saved();
                }
                let today = self.today.clone();
                let mut full = false;
                if let Some(s) = self.session.as_mut() {
                    s.draft(&today, |a| {
                        let note = &mut a.answer_mut(&id).note;
                        let room = FIELD_CHARS.saturating_sub(note.chars().count() + 1);
                        full = typed.chars().count() > room;
                        if !note.is_empty() {
                            note.push('\n');
                        }
                        note.push_str(&cut(typed, room));
                    });
                }
                self.ask = Ask::Note { id, typed: true };
                // Each line is on disk at once, so nothing typed is lost if the window closes.
                let reply = Reply::default().saved_quietly();
                if full {
                    reply.line("Noten er fuld; resten af linjen kom ikke med. Skriv en tom linje for at slutte.")
                } else {
                    reply
                }
            }
            Ask::ActionWhat { id } => {
                if typed.is_empty() {
                    self.ask = Ask::Command;
                    return Reply::say(words::UNCHANGED);
                }
                self.ask = Ask::ActionWho {
                    id,
                    what: cut(typed, LINE_CHARS),
                };
                Reply::say(words::ASK_ACTION_WHO)
            }
            Ask::ActionWho { id, what } => {
                self.ask = Ask::ActionDue {
                    id,
                    what,
                    who: cut(typed, LINE_CHARS),
                };
                Reply::say(words::ASK_ACTION_DUE)
            }
            Ask::ActionDue { id, what, who } => {
                let due = if typed.is_empty() {
                    String::new()
                } else {
                    match crate::date::parse_danish(typed) {
                        Some(d) => d,
                        None => return Reply::say(words::BAD_DATE),
                    }
                };
                self.ask = Ask::Command;
                let action = Action {
                    anvisning: id,
                    what,
                    who,
                    due,
                    ..Action::default()
                };
                let said = format!("Handling tilføjet: {}", words::action(&action));
                self.commit(|a| a.actions.push(action));
                Reply::say(said).saved()
            }
            Ask::ActionPick => {
                if typed.is_empty() {
                    return self.arrive(false);
                }
                let count = self
                    .session
                    .as_ref()
                    .map_or(0, |s| s.assessment.actions.len());
                match typed.parse::<usize>() {
                    Ok(n) if (1..=count).contains(&n) => {
                        self.ask = Ask::ActionStatus { index: n - 1 };
                        Reply::say(
                            "Hvor langt er handlingen nået? Skriv 1 udført, 2 i gang, 3 ikke startet, 4 droppet, 5 åben; en tom linje går tilbage.",
                        )
                    }
                    _ => Reply::say(format!(
                        "Skriv et tal fra 1 til {count}, eller en tom linje for at gå tilbage."
                    )),
                }
            }
            Ask::ActionStatus { index } => {
                if typed.is_empty() {
                    self.ask = Ask::Command;
                    return Reply::say(words::UNCHANGED);
                }
                let status = match typed {
                    "1" => Some(ActionStatus::Done),
                    "2" => Some(ActionStatus::InProgress),
                    "3" => Some(ActionStatus::NotStarted),
                    "4" => Some(ActionStatus::Dropped),
                    "5" => None,
                    _ => {
                        return Reply::say(
                            "Skriv et tal fra 1 til 5, eller en tom linje for at gå tilbage.",
                        );
                    }
                };
                if self.session.as_ref().is_some_and(|s| s.read_only) {
                    self.ask = Ask::Command;
                    return Reply::say(words::READ_ONLY);
                }
                self.ask = Ask::Command;
                let mut said = String::new();
                self.commit(|a| {
                    if let Some(x) = a.actions.get_mut(index) {
                        x.status = status;
                        said = words::action(x);
                    }
                });
                Reply::say(said).saved()
            }
            Ask::Home
            | Ask::Team
            | Ask::Participants { .. }
            | Ask::Command
            | Ask::BuildOn { .. }
            | Ask::RoundWho { .. }
            | Ask::Round(_) => Reply::default(),
        }
    }

    /// `næste` / `forrige`: the next anvisning, over into the next card.
    fn step(&mut self, forward: bool) -> Reply {
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

    fn step_card(&mut self, forward: bool) -> Reply {
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
    fn go(&mut self, target: &str) -> Reply {
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

    /// `læs`: the card's whole text in reading order, a paragraph a line.
    fn read(&self) -> Reply {
        let chosen = self.chosen();
        let Some(g) = chosen.get(self.card) else {
            return Reply::default();
        };
        let text = crate::print::card_text(&self.deck, g, usize::MAX / 4);
        let mut reply = Reply::default();
        for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            reply = reply.line(clean_line(l));
        }
        reply.line("Slut på kortet.")
    }

    fn help(&self) -> Reply {
        let levels: Vec<String> = self
            .deck
            .scale
            .iter()
            .map(|l| format!("{} {}", l.value, words::lower_first(&l.label)))
            .collect();
        Reply::say(format!(
            "Vurdér anvisningen: {}. x ikke relevant, u ved ikke, slet fjerner vurderingen, f fokusområde.",
            levels.join(", ")
        ))
        .line("n skriver en note, note læser den, slet note sletter den. a tilføjer en handling, handlinger læser dem alle og ændrer deres status.")
        .line("v starter en stille runde om anvisningen, v kort om hele kortet: hver deltager stemmer skjult, og stemmerne siges, når alle har stemt.")
        .line("næste og forrige går en anvisning frem eller tilbage, næste kort og forrige kort et kort. Et nummer som 3.4 eller 3.4.1 går dertil. hvor siger, hvor du er.")
        .line("læs læser hele kortet. oversigt siger, hvor langt teamet er nået; sammenlign, hvad der er steget og faldet siden sidst. fortryd og gentag. eksport gemmer referatet, eksport og en mappe gemmer det der.")
        .line("menu går til menuen, afslut lukker refleks. Alt gemmes, så snart det er skrevet.")
    }

    fn undo(&mut self, redo: bool) -> Reply {
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

    /// `oversigt`: how far the team is, card by card, the duties not secured, the focus.
    fn overview(&self) -> Reply {
        let Some(s) = self.session.as_ref() else {
            return Reply::default();
        };
        let sum = summarize(&s.assessment, &self.deck);
        let (done, all) = sum.progress;
        let mut reply = Reply::say(format!(
            "{}: {done} af {all} anvisninger vurderet, {} ved ikke.",
            words::one_line(&s.assessment.team),
            sum.unknown
        ));
        // A card not begun is one number in a list: twenty lines of "0 af 5" say nothing.
        let untouched: Vec<&str> = sum
            .guidelines
            .iter()
            .filter(|g| g.answered == 0)
            .map(|g| g.id.as_str())
            .collect();
        for g in sum.guidelines.iter().filter(|g| g.answered > 0) {
            let mean = g
                .average
                .map(|m| format!(", gennemsnit {}", crate::number::decimal(m)))
                .unwrap_or_default();
            reply = reply.line(format!(
                "{} {}: {} af {} vurderet{mean}.",
                g.id,
                clean_line(&g.title),
                g.answered,
                g.total
            ));
        }
        if !untouched.is_empty() {
            reply = reply.line(format!("Ikke påbegyndt: {}.", untouched.join(", ")));
        }
        if sum.requirements_below.is_empty() {
            reply = reply.line("Ingen vurderede lovkrav er under 3.");
        } else {
            let items: Vec<String> = sum
                .requirements_below
                .iter()
                .map(|(id, _, score)| format!("{id} ({})", words::score(&self.deck, *score)))
                .collect();
            reply = reply.line(format!(
                "Lovkrav, der ikke er sikret: {}.",
                items.join(", ")
            ));
        }
        if !sum.focus.is_empty() {
            reply = reply.line(format!("Fokusområder: {}.", sum.focus.join(", ")));
        }
        reply
    }

    /// `sammenlign`: what rose and fell since the assessment this one builds on.
    fn compare(&self) -> Reply {
        let (Some(s), Some(earlier)) = (self.session.as_ref(), self.earlier.as_ref()) else {
            return Reply::say(
                "Vurderingen bygger ikke på en tidligere, så der er intet at sammenligne med.",
            );
        };
        let mut rose = Vec::new();
        let mut fell = Vec::new();
        let mut same = 0;
        for x in self.chosen().iter().flat_map(|g| &g.anvisninger) {
            let level = |a: &crate::assessment::Assessment| {
                a.answer(&x.id)
                    .and_then(|y| y.score)
                    .and_then(|v| v.level())
            };
            match (level(earlier), level(&s.assessment)) {
                (Some(then), Some(now)) if now > then => {
                    rose.push(format!("{} fra {then} til {now}", x.id));
                }
                (Some(then), Some(now)) if now < then => {
                    fell.push(format!("{} fra {then} til {now}", x.id));
                }
                (Some(_), Some(_)) => same += 1,
                _ => {}
            }
        }
        let mut reply = Reply::say(format!(
            "Sammenlignet med vurderingen fra {}: {} steget, {} faldet, {same} uændret, blandt \
             anvisninger vurderet begge gange.",
            crate::date::danish_date(&earlier.created),
            rose.len(),
            fell.len()
        ));
        if !rose.is_empty() {
            reply = reply.line(format!("Steget: {}.", rose.join(", ")));
        }
        if !fell.is_empty() {
            reply = reply.line(format!("Faldet: {}.", fell.join(", ")));
        }
        reply
    }

    /// `handlinger`: every action, numbered, to pick one and mark how far it got.
    fn actions(&mut self) -> Reply {
        let Some(s) = self.session.as_ref() else {
            return Reply::default();
        };
        if s.assessment.actions.is_empty() {
            return Reply::say(
                "Der er ingen handlinger endnu; skriv a på en anvisning for at tilføje en.",
            );
        }
        let mut reply = Reply::default();
        for (i, x) in s.assessment.actions.iter().enumerate() {
            let from = if x.carried { " Fra sidst." } else { "" };
            reply = reply.line(format!("{}. {}{from}", i + 1, words::action(x)));
        }
        self.ask = Ask::ActionPick;
        reply.line(
            "Skriv et tal for at ændre handlingens status, eller en tom linje for at gå tilbage.",
        )
    }
}
