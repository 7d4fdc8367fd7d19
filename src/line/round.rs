//! The silent round as lines: the TUI's round state machine (`app::vote::Round`, no terminal in
//! it) driven by typed lines. Whose turn it is and how many have voted are said; a value never
//! is before the reveal. The reveal is sentences ("2 stemte 3, 1 stemte 4; median 3; enige."),
//! saved at once; each agreement is saved as it is made, and a disagreement asks what it was
//! about.

use super::{Ask, Line, Reply, words};
use crate::app::vote::{Event, Input, Reveal, Round, UNKNOWN_VOTE};
use crate::assessment::{NonScore, Score};
use crate::session::round::{record_round, round_changes};
use crate::text::clean_line;

/// A round under way, and what it is waiting for besides a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundState {
    pub round: Round,
    /// The anvisning whose dissent note is being written.
    pub dissent: Option<String>,
    /// Some of the dissent note has been typed.
    pub noted: bool,
}

impl Line {
    /// `v` (this anvisning) or `v kort` (the whole card).
    pub(crate) fn start_round(&mut self, items: Vec<String>) -> Reply {
        let Some(s) = self.session.as_ref() else {
            return Reply::default();
        };
        let a = &s.assessment;
        if a.participants.is_empty() {
            self.ask = Ask::RoundWho { items };
            return Reply::say(
                "En stille runde kræver deltagere. Skriv deltagerne, adskilt af komma; en tom \
                 linje går tilbage.",
            );
        }
        let voted: Vec<String> = items
            .iter()
            .filter(|id| a.answer(id).is_some_and(|x| x.has_votes()))
            .cloned()
            .collect();
        let scale = self.deck.scale_values();
        let Some(round) = Round::new(
            items.clone(),
            a.participants.clone(),
            scale,
            a.anonymous,
            &voted,
        ) else {
            return Reply::default();
        };
        let what = match items.as_slice() {
            [one] => one.clone(),
            _ => format!("hele kortet, {} anvisninger", items.len()),
        };
        let intro = format!(
            "Stille runde om {what} med {} deltagere. Stemmerne siges først, når alle har stemt.",
            round.voters().len()
        );
        let state = RoundState {
            round,
            dissent: None,
            noted: false,
        };
        let reply = Reply::say(intro).line(self.prompt(&state.round));
        self.ask = Ask::Round(Box::new(state));
        reply
    }

    /// The participants typed for a round that had none.
    pub(crate) fn round_participants(&mut self, items: Vec<String>, typed: &str) -> Reply {
        self.ask = Ask::Command;
        let names: Vec<String> = super::card::cut(typed, super::card::LONG_LINE_CHARS)
            .split(',')
            .map(crate::text::clean_name)
            .filter(|p| !p.is_empty())
            .collect();
        if names.is_empty() {
            return Reply::say(words::UNCHANGED);
        }
        let today = self.today.clone();
        if let Some(s) = self.session.as_mut() {
            s.commit(&today, |a| a.participants = names);
        }
        Reply::default()
            .saved_quietly()
            .and(self.start_round(items))
    }

    /// A typed line during a round.
    pub(crate) fn on_round(&mut self, mut state: RoundState, typed: &str) -> Reply {
        let lower = typed.to_lowercase();
        if let Some(id) = state.dissent.clone() {
            return self.dissent_line(state, &id, typed);
        }
        let scale = self.deck.scale_values();
        let level = lower.parse::<u8>().ok().filter(|v| scale.contains(v));
        use crate::app::vote::Step;
        let asking = matches!(
            state.round.step,
            Step::Confirm { .. } | Step::CancelAsk { .. }
        );
        let input = match (&state.round.step, lower.as_str(), level) {
            (Step::Revealed { .. }, "afbryd" | "stop", _) => return self.end(state),
            (_, "afbryd" | "stop", _) if !asking => Input::Cancel,
            (_, "ja" | "j", _) if asking => Input::Confirm,
            (_, "nej" | "n", _) if asking => Input::Decline,
            (Step::Collecting { .. }, _, Some(v)) => Input::Vote(Score::Level(v)),
            (Step::Collecting { .. }, "u", _) => Input::Vote(UNKNOWN_VOTE),
            (Step::Collecting { .. }, "s", _) => Input::Skip,
            (Step::Collecting { .. }, "tilbage", _) => Input::TakeBack,
            (Step::Revealed { .. }, "enig" | "enige" | "e" | "agree", _) => Input::Agree,
            (Step::Revealed { .. }, _, Some(v)) => Input::AgreeOn(Score::Level(v)),
            (Step::Revealed { .. }, "u", _) => Input::AgreeOn(UNKNOWN_VOTE),
            (Step::Revealed { .. }, "videre", _) => Input::Next,
            _ => {
                let help = self.round_help(&state.round);
                self.ask = Ask::Round(Box::new(state));
                return Reply::say(help);
            }
        };
        let event = state.round.input(input);
        self.after(state, input, event)
    }

    /// `afbryd` after the reveal: what was agreed is saved; the round ends.
    fn end(&mut self, state: RoundState) -> Reply {
        self.ask = Ask::Command;
        let reply = Reply::say("Runden er slut.");
        if self.record(&state.round) {
            reply.saved()
        } else {
            reply
        }
    }

    /// What the round's event means to the user and the file.
    fn after(&mut self, mut state: RoundState, input: Input, event: Event) -> Reply {
        use crate::app::vote::Step;
        match event {
            Event::NoVotes => {
                self.ask = Ask::Command;
                Reply::say("Ingen har stemt, så der er intet at sige. Runden er slut.")
            }
            Event::Cancelled => {
                self.ask = Ask::Command;
                if input == Input::Decline {
                    Reply::say("Ingen ny runde; de tidligere stemmer står.")
                } else {
                    Reply::say("Runden er afbrudt. Ingen skjulte stemmer er gemt.")
                }
            }
            Event::NothingLeft => {
                self.ask = Ask::Command;
                Reply::say("Alle kortets anvisninger er udeladt, så der er ingen runde.")
            }
            Event::NothingToTakeBack => {
                let turn = self.prompt(&state.round);
                self.ask = Ask::Round(Box::new(state));
                Reply::say("Der er ingen stemme at tage tilbage.").line(turn)
            }
            Event::NoMedian => {
                self.ask = Ask::Round(Box::new(state));
                Reply::say("Der er ingen median, fordi ingen stemte et tal; skriv en vurdering.")
            }
            Event::Agreed { anvisning, flagged } => {
                let results = state.round.results();
                let score = results
                    .iter()
                    .find(|r| r.anvisning == anvisning)
                    .and_then(|r| r.agreed);
                let said = match score {
                    Some(s) => format!("{anvisning}: {}.", words::score(&self.deck, s)),
                    None => format!("{anvisning}."),
                };
                if flagged {
                    // As in the TUI: the agreement is a draft until the note about the
                    // disagreement ends; both are then one undo step.
                    let today = self.today.clone();
                    if let Some(s) = self.session.as_mut() {
                        s.draft(&today, |a| record_round(a, results));
                    }
                    state.dissent = Some(anvisning);
                    self.ask = Ask::Round(Box::new(state));
                    return Reply::say(said).saved_quietly().line(
                        "Stemmerne var delte. Skriv, hvad teamet var uenige om; en tom linje \
                         slutter.",
                    );
                }
                self.record(&state.round);
                Reply::say(said).saved().and(self.go_on(state))
            }
            Event::Finished => {
                self.ask = Ask::Command;
                Reply::say("Runden er slut.")
            }
            Event::Moved => {
                let mut reply = Reply::default();
                match state.round.step {
                    Step::Collecting { .. } => {
                        if let Input::Vote(_) = input {
                            reply = reply.line(self.received(&state.round));
                        } else if input == Input::TakeBack {
                            reply = reply.line("Den sidste stemme er taget tilbage.");
                        } else if input == Input::Decline {
                            reply = reply.line("Runden fortsætter.");
                        }
                        reply = reply.line(self.prompt(&state.round));
                    }
                    Step::Revealed { .. } => {
                        if let Input::Vote(_) | Input::Skip = input {
                            reply = reply.line(self.received(&state.round));
                            reply = reply.line("Alle har stemt.");
                            // The reveal is on the table: saved at once.
                            if self.record(&state.round) {
                                reply = reply.saved_quietly();
                            }
                        }
                        if let Some(r) = state.round.reveal() {
                            reply = reply.line(self.reveal_words(&r));
                        }
                    }
                    _ => reply = reply.line(self.prompt(&state.round)),
                }
                self.ask = Ask::Round(Box::new(state));
                reply
            }
            Event::Nothing | Event::Edited(_) => {
                let help = self.round_help(&state.round);
                self.ask = Ask::Round(Box::new(state));
                Reply::say(help)
            }
        }
    }

    /// After an agreement (and its dissent note): the next reveal, or the end.
    fn go_on(&mut self, state: RoundState) -> Reply {
        if state.round.is_over() {
            self.ask = Ask::Command;
            return Reply::say("Runden er slut.");
        }
        let reply = match state.round.reveal() {
            Some(r) => Reply::say(self.reveal_words(&r)),
            None => Reply::default(),
        };
        self.ask = Ask::Round(Box::new(state));
        reply
    }

    /// A line of the dissent note; the empty line ends it and the round goes on.
    fn dissent_line(&mut self, mut state: RoundState, id: &str, typed: &str) -> Reply {
        let today = self.today.clone();
        if typed.is_empty() {
            state.dissent = None;
            // The agreement (drafted) and the note are one undo step.
            if let Some(s) = self.session.as_mut() {
                s.commit(&today, |_| {});
            }
            let said = if std::mem::take(&mut state.noted) {
                format!("Uenigheden om {id} er skrevet ned.")
            } else {
                format!("Ingen note om uenigheden om {id}.")
            };
            return Reply::say(said).saved().and(self.go_on(state));
        }
        let line = super::card::cut(typed, super::card::FIELD_CHARS);
        if let Some(s) = self.session.as_mut() {
            s.draft(&today, |a| {
                let d = &mut a.answer_mut(id).dissent;
                if !d.is_empty() {
                    d.push('\n');
                }
                d.push_str(&line);
            });
        }
        state.noted = true;
        self.ask = Ask::Round(Box::new(state));
        Reply::default().saved_quietly()
    }

    /// What the round waits for: a question, or whose turn it is and what to type.
    fn prompt(&self, round: &Round) -> String {
        use crate::app::vote::Step;
        match &round.step {
            Step::Confirm { item } => {
                let id = round.items().get(*item).cloned().unwrap_or_default();
                return format!(
                    "{id} har stemmer fra en tidligere runde. Stem om den igen? Skriv ja eller nej."
                );
            }
            Step::CancelAsk { .. } => {
                let n = round.hidden_votes();
                let votes = if n == 1 {
                    "1 skjult stemme".to_string()
                } else {
                    format!("{n} skjulte stemmer")
                };
                return format!("Afbryd runden? {votes} bliver kasseret. Skriv ja eller nej.");
            }
            _ => {}
        }
        match round.turn() {
            Some((voter, item)) => {
                let about = if round.items().len() > 1 {
                    format!(" om {item}")
                } else {
                    String::new()
                };
                format!(
                    "{} stemmer{about}. Skriv {}, u eller s.",
                    clean_line(voter),
                    words::scale_range(&self.deck)
                )
            }
            None => String::new(),
        }
    }

    fn received(&self, round: &Round) -> String {
        let (done, present) = round.voted();
        if round.items().len() == 1 {
            format!("Stemme {done} af {present} modtaget.")
        } else {
            format!("Stemme modtaget; {done} af {present} har stemt om hele kortet.")
        }
    }

    fn round_help(&self, round: &Round) -> String {
        use crate::app::vote::Step;
        match round.step {
            Step::Confirm { .. } | Step::CancelAsk { .. } => "Skriv ja eller nej.".into(),
            Step::Collecting { .. } => format!(
                "Skriv {} for en stemme, u for ved ikke, s hvis personen ikke er her, tilbage for \
                 at tage den sidste stemme tilbage, eller afbryd.",
                words::scale_range(&self.deck)
            ),
            _ => format!(
                "Skriv enig for medianen, {} for en anden vurdering, u for ved ikke, videre for \
                 at gå videre uden at vurdere, eller afbryd.",
                words::scale_range(&self.deck)
            ),
        }
    }

    /// The reveal as sentences: "2.1.1, 1 af 1: Anna 3, Bo 3, Carl 4. 2 stemte 3, 1 stemte 4;
    /// median 3; enige."
    fn reveal_words(&self, r: &Reveal<'_>) -> String {
        let mut out = r.anvisning.to_string();
        if r.place.1 > 1 {
            out.push_str(&format!(", {} af {}", r.place.0, r.place.1));
        }
        out.push_str(": ");
        let named: Vec<String> = r
            .named
            .iter()
            .map(|(who, vote)| match vote {
                Some(v) => format!("{} {}", clean_line(who), vote_word(*v)),
                None => format!("{} var her ikke", clean_line(who)),
            })
            .collect();
        if !named.is_empty() {
            out.push_str(&format!("{}. ", named.join(", ")));
        }
        // Most votes first, then the lower level: "2 stemte 3, 1 stemte 4".
        let mut levels: Vec<(usize, u8)> = r
            .stats
            .histogram
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|&(level, n)| (n, level))
            .collect();
        levels.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut counts: Vec<String> = levels
            .iter()
            .map(|(n, level)| format!("{n} stemte {level}"))
            .collect();
        if r.stats.unknown > 0 {
            counts.push(format!("{} stemte ved ikke", r.stats.unknown));
        }
        if r.stats.not_relevant > 0 {
            counts.push(format!("{} stemte ikke relevant", r.stats.not_relevant));
        }
        out.push_str(&counts.join(", "));
        if let Some(m) = r.stats.median {
            out.push_str(&format!("; median {m}"));
        }
        if let Some(kind) = r.stats.kind {
            out.push_str(&format!("; {}", words::lower_first(kind.word())));
        }
        out.push('.');
        out.push(' ');
        out.push_str(&match r.stats.median {
            Some(m) => format!(
                "Skriv enig for at give {} {m}, et andet tal, eller videre.",
                r.anvisning
            ),
            None => "Skriv en vurdering, eller videre.".to_string(),
        });
        out
    }

    /// What the round has revealed and agreed so far goes into the assessment, one undo
    /// step, when the assessment does not already say it; true when it did.
    fn record(&mut self, round: &Round) -> bool {
        let results = round.results();
        let today = self.today.clone();
        match self.session.as_mut() {
            Some(s) if round_changes(&s.assessment, &results) => {
                s.commit(&today, |a| record_round(a, results))
            }
            _ => false,
        }
    }
}

fn vote_word(v: Score) -> String {
    match v {
        Score::Level(l) => l.to_string(),
        Score::Other(NonScore::Unknown) => "ved ikke".into(),
        Score::Other(NonScore::NotRelevant) => "ikke relevant".into(),
    }
}
