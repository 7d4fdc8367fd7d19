//! The silent round as lines: the TUI's round state machine (`app::vote::Round`, no terminal in
//! it) driven by typed lines. Whose turn it is and how many have voted are said; a value never
//! is before the reveal. The reveal is sentences ("2 stemte 3, 1 stemte 4; median 3; enige."),
//! saved at once; each agreement is saved as it is made, and a disagreement asks what it was
//! about.

use super::{Ask, Line, Reply, words};
use crate::app::vote::{Event, Input, Reveal, Round, UNKNOWN_VOTE};
use crate::assessment::{Assessment, NonScore, Score};
use crate::text::clean_line;

/// A round under way, and what it is waiting for besides a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundState {
    pub round: Round,
    /// The anvisning whose dissent note is being written.
    pub dissent: Option<String>,
    /// `afbryd` was typed with hidden votes: waiting for ja or nej.
    pub cancelling: bool,
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
        let replaces = items
            .iter()
            .any(|id| a.answer(id).is_some_and(|x| x.has_votes()));
        let scale = self.deck.scale_values();
        let Some(round) = Round::new(
            items.clone(),
            a.participants.clone(),
            scale,
            a.anonymous,
            replaces,
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
            cancelling: false,
        };
        let reply = if replaces {
            Reply::say(intro).line(
                "Der er stemmer fra en tidligere runde. Skal den nye runde erstatte dem? Skriv ja eller nej.",
            )
        } else {
            Reply::say(intro).line(self.turn(&state.round))
        };
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
        if state.cancelling {
            return match lower.as_str() {
                "ja" | "j" => {
                    self.ask = Ask::Command;
                    Reply::say("Runden er afbrudt. De skjulte stemmer er kasseret.")
                }
                "nej" | "n" => {
                    state.cancelling = false;
                    let turn = self.turn(&state.round);
                    self.ask = Ask::Round(Box::new(state));
                    Reply::say("Runden fortsætter.").line(turn)
                }
                _ => {
                    self.ask = Ask::Round(Box::new(state));
                    Reply::say("Skriv ja eller nej.")
                }
            };
        }
        if matches!(lower.as_str(), "afbryd" | "stop") {
            return self.cancel(state);
        }
        let scale = self.deck.scale_values();
        let level = lower.parse::<u8>().ok().filter(|v| scale.contains(v));
        let step = state.round.step.clone();
        use crate::app::vote::Step;
        let input = match (&step, lower.as_str(), level) {
            (Step::Confirm, "ja" | "j", _) => Input::Confirm,
            (Step::Confirm, "nej" | "n", _) => {
                self.ask = Ask::Command;
                return Reply::say("Ingen ny runde; de tidligere stemmer står.");
            }
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

    /// What the round's event means to the user and the file.
    fn after(&mut self, mut state: RoundState, input: Input, event: Event) -> Reply {
        use crate::app::vote::Step;
        match event {
            Event::NoVotes => {
                self.ask = Ask::Command;
                Reply::say("Ingen har stemt, så der er intet at sige. Runden er slut.")
            }
            Event::NothingToTakeBack => {
                let turn = self.turn(&state.round);
                self.ask = Ask::Round(Box::new(state));
                Reply::say("Der er ingen stemme at tage tilbage.").line(turn)
            }
            Event::NoMedian => {
                self.ask = Ask::Round(Box::new(state));
                Reply::say("Der er ingen median, fordi ingen stemte et tal; skriv en vurdering.")
            }
            Event::Agreed { anvisning, flagged } => {
                let score = state
                    .round
                    .results()
                    .into_iter()
                    .find(|r| r.anvisning == anvisning)
                    .and_then(|r| r.agreed);
                self.record(&state.round);
                let said = match score {
                    Some(s) => format!("{anvisning}: {}.", words::score(&self.deck, s)),
                    None => format!("{anvisning}:"),
                };
                let reply = Reply::say(said).saved();
                if flagged {
                    state.dissent = Some(anvisning);
                    self.ask = Ask::Round(Box::new(state));
                    return reply.line(
                        "Stemmerne var delte. Skriv, hvad teamet var uenige om; en tom linje \
                         slutter.",
                    );
                }
                reply.and(self.go_on(state))
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
                        }
                        reply = reply.line(self.turn(&state.round));
                    }
                    Step::Revealed { .. } => {
                        if let Input::Vote(_) | Input::Skip = input {
                            reply = reply.line(self.received(&state.round));
                            // The reveal is on the table: saved at once.
                            self.record(&state.round);
                            reply = reply.line("Alle har stemt.").saved_quietly();
                        }
                        if let Some(r) = state.round.reveal() {
                            reply = reply.line(self.reveal_words(&r));
                        }
                    }
                    _ => {}
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
            let mut reply = Reply::default();
            if self
                .session
                .as_ref()
                .is_some_and(|s| s.draft_base.is_some())
            {
                if let Some(s) = self.session.as_mut() {
                    s.commit(&today, |_| {});
                }
                reply = Reply::say(format!("Uenigheden om {id} er skrevet ned.")).saved();
            }
            return reply.and(self.go_on(state));
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
        self.ask = Ask::Round(Box::new(state));
        Reply::default().saved_quietly()
    }

    fn cancel(&mut self, mut state: RoundState) -> Reply {
        use crate::app::vote::Step;
        let hidden = match state.round.step {
            Step::Collecting { .. } => state.round.voted().0 > 0 || self.any_cast(&state.round),
            _ => false,
        };
        if hidden {
            state.cancelling = true;
            self.ask = Ask::Round(Box::new(state));
            return Reply::say(
                "Afbryd runden? De skjulte stemmer bliver kasseret. Skriv ja eller nej.",
            );
        }
        self.ask = Ask::Command;
        // After the reveal, everything agreed on is already saved.
        Reply::say("Runden er slut.")
    }

    /// True when someone has voted on something (the round says only whole voters).
    fn any_cast(&self, round: &Round) -> bool {
        match round.turn() {
            Some((voter, item)) => {
                round.voters().first().map(String::as_str) != Some(voter)
                    || round.items().first().map(String::as_str) != Some(item)
            }
            None => false,
        }
    }

    /// Whose turn it is, and what to type.
    fn turn(&self, round: &Round) -> String {
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
            Step::Confirm => "Skriv ja for en ny runde eller nej for at beholde stemmerne.".into(),
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

    /// What the round has revealed goes into the assessment, one undo step.
    fn record(&mut self, round: &Round) {
        let results = round.results();
        let today = self.today.clone();
        if let Some(s) = self.session.as_mut() {
            s.commit(&today, |a| apply(a, results));
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

/// A round's results in the assessment, as the TUI writes them: its votes replace the earlier
/// ones; an agreed score is set.
fn apply(a: &mut Assessment, results: Vec<crate::app::vote::VoteResult>) {
    for r in results {
        let answer = a.answer_mut(&r.anvisning);
        answer.votes = r.votes;
        answer.tally = r.tally;
        if let Some(score) = r.agreed {
            answer.score = Some(score);
        }
    }
}
