//! What the line mode reads out: the card's text, the help for where the user is, the overview,
//! the comparison with last time, the list of actions.

use super::{Ask, Line, Reply, words};
use crate::assessment::summarize;
use crate::text::clean_line;

impl Line {
    /// `læs`: the card's whole text in reading order, a paragraph a line.
    pub(super) fn read(&self) -> Reply {
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

    pub(super) fn help(&self) -> Reply {
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
        .line("v starter en stille runde om anvisningen, v kort om hele kortet: hver deltager stemmer skjult, og stemmerne siges, når alle har stemt. deltagere ændrer, hvem der er med.")
        .line("næste og forrige går en anvisning frem eller tilbage, næste kort og forrige kort et kort. Et nummer som 3.4 eller 3.4.1 går dertil. hvor siger, hvor du er.")
        .line("spørgsmål læser kortets refleksionsspørgsmål, svar og et nummer skriver teamets svar.")
        .line("læs læser hele kortet. oversigt siger, hvor langt teamet er nået; sammenlign, hvad der er steget og faldet siden sidst. fortryd og gentag. eksport gemmer referatet, eksport og en mappe gemmer det der.")
        .line("menu går til menuen, øv til en øvelse i retningslinjerne, afslut lukker refleks. Alt gemmes, så snart det er skrevet.")
    }

    /// `oversigt`: how far the team is, card by card, the duties not secured, the focus.
    pub(super) fn overview(&self) -> Reply {
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
    pub(super) fn compare(&self) -> Reply {
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
    pub(super) fn actions(&mut self) -> Reply {
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

    /// `spørgsmål`: the card's reflection questions, numbered, and whether the team answered.
    pub(super) fn questions(&self) -> Reply {
        let chosen = self.chosen();
        let (Some(g), Some(s)) = (chosen.get(self.card), self.session.as_ref()) else {
            return Reply::default();
        };
        let mut reply = Reply::default();
        for (i, q) in g.questions.iter().enumerate() {
            let answered = s
                .assessment
                .reflection(&g.id, i + 1)
                .is_some_and(|t| !t.trim().is_empty());
            reply = reply.line(format!(
                "{}. {} {}",
                i + 1,
                words::sentence(&q.text),
                if answered {
                    "Teamet har svaret."
                } else {
                    "Ikke besvaret."
                }
            ));
        }
        reply.line("Skriv svar og et nummer, fx svar 2, for at skrive teamets svar.")
    }

    /// `svar N`: the team's answer to question N, on the following lines.
    pub(super) fn answer(&mut self, n: usize) -> Reply {
        let chosen = self.chosen();
        let Some(g) = chosen.get(self.card) else {
            return Reply::default();
        };
        let Some(q) = g.questions.get(n - 1) else {
            return Reply::say(format!(
                "Kort {} har {} spørgsmål; skriv svar og et tal fra 1 til {}.",
                g.id,
                g.questions.len(),
                g.questions.len()
            ));
        };
        let guideline = g.id.clone();
        let before = self
            .session
            .as_ref()
            .and_then(|s| s.assessment.reflection(&guideline, n))
            .filter(|t| !t.trim().is_empty())
            .map(words::one_line);
        let question = words::sentence(&q.text);
        self.ask = Ask::Answer {
            guideline,
            question: n,
            typed: false,
        };
        match before {
            Some(text) => Reply::say(format!(
                "Spørgsmål {n}: {question} Svaret nu: {text} Det, du skriver, kommer efter; en tom linje slutter."
            )),
            None => Reply::say(format!(
                "Spørgsmål {n}: {question} Skriv teamets svar; det kan have flere linjer, og en tom linje slutter."
            )),
        }
    }
}
