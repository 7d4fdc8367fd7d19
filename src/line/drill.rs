//! The drill (`øv` on the home menu, `refleks --skaermlaeser øv [KORT]`) as lines: each
//! question one line, the answer typed (`l`/`a`, `1`–`4`; Enter hears the answer of a
//! deadline or a scenario), then `1`–`4` for how well it was known (Enter: godt, or igen after
//! a wrong choice). The session is the study core's `Drill`, the same as the TUI's; each
//! rating is recorded in `øvelser.toml` at once (`Effect::RecordDrill`), so leaving at any
//! moment loses nothing.

use super::{Ask, Effect, Line, Reply, words};
use crate::strings as s;
use crate::study::{self, Drill, Item, ItemKind, Progress, Rating, Step};

/// The drill as the line mode holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DrillState {
    pub drill: Drill,
}

pub(super) const HELP: &str = "Under øvelsen: skriv bogstavet eller tallet ud for dit svar og \
    tryk Enter; ved en frist eller et scenarie trykker du Enter for at høre svaret. Derefter \
    skriver du, hvor godt du vidste det: 1 igen, 2 svært, 3 godt, 4 let; Enter giver godt. \
    gentag læser det sidste igen. stop går til menuen; afslut lukker refleks. Hvert svar gemmes \
    i øvelser.toml, så det, du ikke kunne, kommer igen før det, du kunne.";

impl Line {
    /// `øv` (or `øv 3.4`) on the home menu: the progress is read first.
    pub(crate) fn start_drill(&mut self, card: Option<String>) -> Reply {
        if let Some(c) = &card
            && self.deck.guideline(c).is_none()
        {
            return Reply::say(format!(
                "Der er intet kort med nummeret {}; skriv fx øv 3.4, eller øv for alle kort.",
                words::one_line(c)
            ));
        }
        Reply::default().effect(Effect::StartDrill { card })
    }

    /// The runner read `øvelser.toml` (or could not): the first question, or why not.
    pub fn drill_read(&mut self, card: Option<String>, result: Result<Progress, String>) -> Reply {
        let progress = match result {
            Ok(p) => p,
            Err(why) => {
                self.ask = Ask::Home;
                return Reply::say(format!(
                    "{}: {}",
                    s::DRILL_CANNOT_START,
                    words::sentence(&why)
                ));
            }
        };
        let items = study::items(&self.deck);
        let drill = Drill::new(&items, progress, self.today_date(), card.as_deref());
        let mut reply = Reply::default();
        if !self.practice_unsaved.is_empty() {
            reply = reply.effect(Effect::RecordDrill { say: None });
        }
        if *drill.step() == Step::End {
            return reply.and(self.drill_end(&drill, false));
        }
        let (_, of) = drill.position();
        let on = card
            .as_deref()
            .map(|c| format!(" om kort {c}"))
            .unwrap_or_default();
        reply = reply.line(format!(
            "Øvelse: {of} spørgsmål i dag{on}. Skriv dit svar og tryk Enter; hjælp siger, hvad du \
             kan skrive, og stop går til menuen."
        ));
        reply = reply.line(question(&self.deck, &drill));
        self.ask = Ask::Drill(Box::new(DrillState { drill }));
        reply
    }

    /// A line typed during the drill.
    pub(super) fn on_drill(&mut self, mut state: DrillState, typed: &str) -> Reply {
        let lower = typed.to_lowercase();
        match lower.as_str() {
            "hjælp" | "hjaelp" | "?" | "help" => return self.keep_drill(state, Reply::say(HELP)),
            "stop" | "menu" | "hjem" => return self.drill_end(&state.drill, true),
            "afslut" | "slut" | "quit" | "exit" => {
                let reply = Reply::default();
                let reply = if self.practice_unsaved.is_empty() {
                    reply
                } else {
                    reply.effect(Effect::RecordDrill { say: None })
                };
                return reply.and(self.quit());
            }
            "gentag" | "læs" | "laes" => {
                let said = match state.drill.step() {
                    Step::Shown { .. } => answer(&self.deck, &state.drill),
                    _ => vec![question(&self.deck, &state.drill)],
                };
                let mut reply = Reply::default();
                for l in said {
                    reply = reply.line(l);
                }
                return self.keep_drill(state, reply);
            }
            _ => {}
        }
        let drill = &mut state.drill;
        match drill.step().clone() {
            Step::Ask => {
                let has_choices = drill.current().is_some_and(|i| !i.choices.is_empty());
                // A choice by its key, or by its first word (»lovkrav«, »anbefaling«).
                let by_word = drill.current().and_then(|i| {
                    i.choices
                        .iter()
                        .find(|c| c.label.split_whitespace().next() == Some(lower.as_str()))
                        .map(|c| c.key)
                });
                let mut chars = lower.chars();
                let done = match (chars.next(), chars.next(), by_word) {
                    (None, _, _) if !has_choices => drill.show(),
                    (Some(c), None, _) if has_choices => drill.choose(c),
                    (_, _, Some(key)) => drill.choose(key),
                    _ => false,
                };
                if !done {
                    let nudge = match drill.current() {
                        Some(item) if has_choices => format!("Skriv {}.", choices(item)),
                        _ => "Tryk Enter for at høre svaret.".to_string(),
                    };
                    return self.keep_drill(state, Reply::say(nudge));
                }
                let mut reply = Reply::default();
                for l in answer(&self.deck, &state.drill) {
                    reply = reply.line(l);
                }
                self.keep_drill(state, reply)
            }
            Step::Shown { .. } => {
                let rating = match lower.as_str() {
                    "" => Some(drill.default_rating()),
                    _ if lower.chars().count() == 1 => {
                        lower.chars().next().and_then(Rating::from_digit)
                    }
                    _ => None,
                };
                let Some(given) = rating.and_then(|r| drill.rate(r)) else {
                    let word = drill.default_rating().word();
                    return self.keep_drill(
                        state,
                        Reply::say(format!(
                            "Skriv 1 igen, 2 svært, 3 godt eller 4 let; Enter giver {word}."
                        )),
                    );
                };
                let (id, rating) = (given.0.clone(), given.1);
                self.practice_unsaved.push(given);
                let back = drill
                    .progress()
                    .items
                    .get(&id)
                    .and_then(|e| e.due_date())
                    .map(|d| when(drill.today(), d))
                    .unwrap_or_default();
                let said = format!(
                    "{}. Spørgsmålet kommer igen {back}.",
                    capital(rating.word())
                );
                let reply = Reply::say(said).effect(Effect::RecordDrill { say: Some(0) });
                if *drill.step() == Step::End {
                    let end = self.drill_end(&state.drill, false);
                    return reply.and(end);
                }
                let next = question(&self.deck, &state.drill);
                self.keep_drill(state, reply.line(next))
            }
            Step::End => self.drill_end(&state.drill, false),
        }
    }

    fn keep_drill(&mut self, state: DrillState, reply: Reply) -> Reply {
        self.ask = Ask::Drill(Box::new(state));
        reply
    }

    /// The drill is over (or stopped): how it went, when the next come back, then the menu.
    fn drill_end(&mut self, drill: &Drill, stopped: bool) -> Reply {
        let mut reply = Reply::default();
        if stopped {
            reply = reply.line("Øvelsen er stoppet.");
        }
        reply = if drill.answered == 0 && !stopped {
            reply.line(s::DRILL_NOTHING)
        } else {
            reply.line(s::drill_done(drill.answered, drill.right))
        };
        reply = match drill.next_due() {
            Some((date, n)) => {
                let tomorrow = drill.today().tomorrow().ok() == Some(date);
                let shown = crate::date::danish_date(&date.to_string());
                reply.line(s::drill_next(&shown, n, tomorrow))
            }
            None => reply.line(s::DRILL_NO_NEXT),
        };
        self.ask = super::Ask::Home;
        reply.effect(Effect::List)
    }

    /// The runner recorded the answers waiting (or could not): what to add to the line.
    pub fn drill_recorded(&mut self, result: Result<usize, String>) -> Option<String> {
        match result {
            Ok(count) => {
                let count = count.min(self.practice_unsaved.len());
                self.practice_unsaved.drain(..count);
                Some(words::SAVED.to_string())
            }
            Err(why) => Some(format!(
                "{}: {} {}",
                s::DRILL_NOT_SAVED,
                words::sentence(&why),
                s::drill_unsaved(self.practice_unsaved.len())
            )),
        }
    }

    /// How many questions a drill begun now would ask, as the TUI's home screen counts them.
    pub(crate) fn drill_due(&self, progress: &Progress) -> usize {
        study::plan(&study::items(&self.deck), progress, self.today_date(), None).len()
    }

    pub(crate) fn today_date(&self) -> jiff::civil::Date {
        self.today.parse().unwrap_or_default()
    }
}

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// "i morgen", "den 8/12-2026".
fn when(today: jiff::civil::Date, due: jiff::civil::Date) -> String {
    if today.tomorrow().ok() == Some(due) {
        "i morgen".to_string()
    } else if due <= today {
        "i dag".to_string()
    } else {
        format!("den {}", words::short_date(&due.to_string()))
    }
}

/// "l for lovkrav (skal) eller a for anbefaling (bør/kan)".
fn choices(item: &Item) -> String {
    let parts: Vec<String> = item
        .choices
        .iter()
        .map(|c| format!("{} for {}", c.key, words::one_line(&c.label)))
        .collect();
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} eller {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The question as one line: its number, its kind, the card (unless the card is what is
/// asked), its words (»skal«/»bør« blanked while a duty is asked), and what to type.
fn question(deck: &crate::deck::Deck, drill: &Drill) -> String {
    let Some(item) = drill.current() else {
        return String::new();
    };
    let (at, of) = drill.position();
    let mut line = format!(
        "Spørgsmål {at} af {of}. {}",
        words::sentence(item.kind.question())
    );
    if item.kind != ItemKind::Retningslinje
        && let Some(g) = deck.guideline(&item.card)
    {
        line.push_str(&format!(
            " Kort {} {}.",
            g.id,
            words::one_line(&g.short_title())
        ));
    }
    let text = item
        .text
        .split('\n')
        .map(words::sentence)
        .collect::<Vec<_>>()
        .join(" ");
    let text = if item.kind == ItemKind::Lovkrav {
        study::blank_modals(&text)
    } else {
        text
    };
    line.push(' ');
    line.push_str(&text);
    if item.choices.is_empty() {
        line.push_str(" Tænk over svaret, og tryk Enter for at høre det.");
    } else {
        line.push_str(&format!(" Skriv {}.", choices(item)));
    }
    line
}

/// The answer, once given or asked for: right or not, the answer, the law or what a scenario
/// rests on, and how well it was known.
fn answer(deck: &crate::deck::Deck, drill: &Drill) -> Vec<String> {
    let Some(item) = drill.current() else {
        return Vec::new();
    };
    let Step::Shown { chose, right } = drill.step().clone() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if chose.is_some() {
        lines.push(if right {
            s::DRILL_RIGHT.to_string()
        } else {
            let r = &item.choices[item.right.min(item.choices.len().saturating_sub(1))];
            format!(
                "Ikke rigtigt; det rigtige svar er {}, {}.",
                r.key,
                words::one_line(&r.label)
            )
        });
    }
    let said = match item.kind {
        ItemKind::Scenarie => study::without_rests_on(&item.answer),
        _ => &item.answer,
    };
    // »LOVKRAV – 3.4.1: …« in words, so the badge is not read out letter by letter.
    let duty = (item.kind == ItemKind::Lovkrav)
        .then(|| item.id.strip_prefix("lovkrav/"))
        .flatten()
        .and_then(|id| deck.anvisninger().find(|a| a.id == id));
    let mut line = match duty {
        Some(a) => format!(
            "Svar: {} er {}. {}",
            a.id,
            match a.kind {
                crate::deck::Kind::Requirement => "et lovkrav",
                crate::deck::Kind::Recommendation => "en anbefaling",
            },
            words::sentence(&a.text)
        ),
        None => format!("Svar: {}", words::sentence(said)),
    };
    match item.kind {
        ItemKind::Lovkrav => {
            if let Some(law) = study::card_law(deck, &item.card) {
                line.push_str(&format!(" {}: {}.", s::DRILL_LAW, words::one_line(&law)));
            }
        }
        ItemKind::Scenarie => {
            let rests: Vec<String> = study::rests_on(&item.answer)
                .iter()
                .filter_map(|id| deck.anvisninger().find(|a| &a.id == id))
                .map(|a| {
                    format!(
                        "{}, {}: {}",
                        a.id,
                        words::kind(a.kind),
                        words::sentence(&a.text)
                    )
                })
                .collect();
            if !rests.is_empty() {
                line.push_str(&format!(" {}: {}", s::DRILL_RESTS_ON, rests.join(" ")));
            }
        }
        ItemKind::Frist | ItemKind::Retningslinje => {}
    }
    lines.push(line);
    lines.push(format!(
        "{} Skriv 1 igen, 2 svært, 3 godt eller 4 let; Enter giver {}.",
        s::DRILL_HOW_WELL,
        drill.default_rating().word()
    ));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;

    fn drilling() -> Line {
        let mut l = Line::new(Deck::embedded(), "2026-12-05");
        let card = Some("3.4".to_string());
        let r = l.start_drill(card.clone());
        assert_eq!(r.effects, [Effect::StartDrill { card: card.clone() }]);
        l.drill_read(card, Ok(Progress::default()));
        l
    }

    #[test]
    fn a_failed_record_keeps_the_answer_waiting_and_quitting_tries_again() {
        let mut l = drilling();
        l.on_line("l");
        let r = l.on_line("3");
        assert_eq!(r.effects, [Effect::RecordDrill { say: Some(0) }]);
        assert_eq!(l.practice_unsaved.len(), 1);
        let said = l.drill_recorded(Err("Disken er fuld".into())).unwrap();
        assert!(
            said.starts_with("Svaret er ikke gemt: Disken er fuld. 1 svar er ikke gemt endnu"),
            "{said}"
        );
        assert_eq!(l.practice_unsaved.len(), 1, "still waiting");
        let r = l.on_line("afslut");
        assert_eq!(r.effects, [Effect::RecordDrill { say: None }, Effect::Quit]);
        assert_eq!(l.drill_recorded(Ok(1)).as_deref(), Some("Gemt."));
        assert!(l.practice_unsaved.is_empty());
    }

    #[test]
    fn a_choice_is_its_key_or_its_first_word_and_nothing_else_answers() {
        let mut l = drilling();
        for typed in ["", "x", "3", "lov", "skal"] {
            let r = l.on_line(typed);
            assert_eq!(
                r.lines,
                ["Skriv l for lovkrav (skal) eller a for anbefaling (bør/kan)."],
                "{typed:?}"
            );
        }
        let r = l.on_line("Lovkrav");
        assert_eq!(r.lines[0], "Rigtigt.");
        // Nothing is recorded before the rating.
        assert!(r.effects.is_empty());
        assert!(l.practice_unsaved.is_empty());
        assert!(
            r.lines[1].starts_with(
                "Svar: 3.4.1 er et lovkrav. Behandlingen skal iværksættes senest 14 dage"
            ),
            "{:?}",
            r.lines
        );
    }
}
