//! Answers to what the line mode asked: a reason, a note's lines, an action's what, who and
//! when, an action's status.

use super::card::{FIELD_CHARS, LINE_CHARS, cut};
use super::{Ask, Line, Reply, words};
use crate::assessment::{Action, ActionStatus, NonScore, Score};

impl Line {
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
            Ask::Answer {
                guideline,
                question,
                typed: any,
            } => {
                if typed.is_empty() {
                    self.ask = Ask::Command;
                    if !any {
                        return Reply::say(words::UNCHANGED);
                    }
                    self.commit(|_| {});
                    return Reply::say(format!("Svaret på spørgsmål {question} er skrevet."))
                        .saved();
                }
                let today = self.today.clone();
                if let Some(s) = self.session.as_mut() {
                    s.draft(&today, |a| {
                        let mut text = a
                            .reflection(&guideline, question)
                            .unwrap_or_default()
                            .to_string();
                        let room = FIELD_CHARS.saturating_sub(text.chars().count() + 1);
                        if !text.is_empty() {
                            text.push('\n');
                        }
                        text.push_str(&cut(typed, room));
                        a.set_reflection(&guideline, question, text);
                    });
                }
                self.ask = Ask::Answer {
                    guideline,
                    question,
                    typed: true,
                };
                Reply::default().saved_quietly()
            }
            Ask::NewParticipants => {
                self.ask = Ask::Command;
                let names: Vec<String> = cut(typed, super::card::LONG_LINE_CHARS)
                    .split(',')
                    .map(crate::text::clean_name)
                    .filter(|p| !p.is_empty())
                    .collect();
                if names.is_empty() {
                    return Reply::say(words::UNCHANGED);
                }
                let said = format!("Deltagerne er nu {}.", words::one_line(&names.join(", ")));
                self.commit(|a| a.participants = names);
                Reply::say(said).saved()
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
            | Ask::Round(_)
            | Ask::Drill(_) => Reply::default(),
        }
    }
}
