//! The home menu (a numbered line: new, continue), starting a new assessment (and whether it
//! builds on the team's last one) and opening a saved one.

use std::path::PathBuf;

use super::{Ask, BuildOn, Effect, Entry, Line, MENU_ITEMS, Reply, words};
use crate::assessment::Assessment;
use crate::session::Session;
use crate::store::Links;

impl Line {
    pub(super) fn on_home(&mut self, typed: &str) -> Reply {
        let lower = typed.to_lowercase();
        if let Ok(n) = lower.parse::<usize>() {
            if n == 1 {
                self.ask = Ask::Team;
                return Reply::say(words::ASK_TEAM);
            }
            if let Some(e) = n.checked_sub(2).and_then(|i| self.entries.get(i)) {
                return Reply::default().effect(Effect::Open {
                    path: e.path.clone(),
                    links: Links::Refuse,
                });
            }
            return Reply::say(format!(
                "Der er ikke noget punkt {n}; skriv et tal fra 1 til {}.",
                self.entries.len() + 1
            ));
        }
        match lower.as_str() {
            "" => self.menu(),
            "alle" => {
                let mut reply = Reply::default();
                for (i, e) in self.entries.iter().enumerate() {
                    reply = reply.line(format!(
                        "{} {}.",
                        i + 2,
                        words::continue_item(&e.team, &e.updated)
                    ));
                }
                reply.line("Skriv et tal for at fortsætte den vurdering.")
            }
            "hjælp" | "hjaelp" | "?" | "help" => Reply::say(
                "Skriv 1 og Enter for en ny vurdering, eller tallet ud for en gemt vurdering for \
                 at fortsætte den. alle læser alle gemte vurderinger op. menu læser menuen igen. \
                 øv øver dig i retningslinjerne (øv 3.4: kun det kort). afslut lukker refleks.",
            ),
            "menu" => self.menu(),
            "øv" | "oev" | "øve" => self.start_drill(None),
            _ if lower.starts_with("øv ") || lower.starts_with("oev ") => {
                let card = lower.split_once(' ').map_or("", |(_, c)| c).trim();
                self.start_drill(Some(card.replace(',', ".")))
            }
            "afslut" | "slut" | "quit" | "exit" => self.quit(),
            _ => Reply::say(format!(
                "»{typed}« er ikke et punkt i menuen; skriv et tal, menu eller hjælp."
            )),
        }
    }

    /// The home menu as one line.
    pub(crate) fn menu(&self) -> Reply {
        let mut items = vec!["1 Ny vurdering".to_string()];
        for (i, e) in self.entries.iter().take(MENU_ITEMS).enumerate() {
            items.push(format!(
                "{} {}",
                i + 2,
                words::continue_item(&e.team, &e.updated)
            ));
        }
        let mut line = format!("Menu: {}.", items.join(", "));
        if self.entries.len() > MENU_ITEMS {
            line.push_str(&format!(
                " Der er {} ældre; skriv alle for at høre dem.",
                self.entries.len() - MENU_ITEMS
            ));
        }
        line.push_str(" Skriv et tal, eller øv for at øve dig i retningslinjerne");
        match self.practice_due {
            Some(0) | None => line.push('.'),
            Some(1) => line.push_str(" (1 spørgsmål i dag)."),
            Some(n) => line.push_str(&format!(" ({n} spørgsmål i dag).")),
        }
        Reply::say(line)
    }

    /// The store was read: the menu.
    pub fn listed(&mut self, entries: Vec<Entry>, unreadable: usize) -> Reply {
        self.entries = entries;
        self.ask = Ask::Home;
        let reply = self.menu();
        match unreadable {
            0 => reply,
            1 => reply.line("1 fil i mappen kunne ikke læses; refleks list siger hvorfor."),
            n => reply.line(format!(
                "{n} filer i mappen kunne ikke læses; refleks list siger hvorfor."
            )),
        }
    }

    /// What the store holds, known before a new assessment starts (to offer the team's last).
    pub fn know(&mut self, entries: Vec<Entry>) {
        self.entries = entries;
    }

    /// A new assessment for `team`, on the first card's first anvisning, with a file of its own
    /// in the store at once, as in the TUI; first the question whether it builds on the team's
    /// last one, when there is one.
    pub fn start_new(&mut self, team: &str, participants: Vec<String>, build_on: BuildOn) -> Reply {
        let a = Assessment::new(&self.deck, team, participants, Vec::new(), &self.today);
        let said = format!("Ny vurdering for {} er startet.", words::one_line(&a.team));
        let key = crate::assessment::team_key(&a.team);
        self.session = Some(Session::new(a, None, false));
        self.earlier = None;
        self.card = 0;
        self.item = 0;
        let reply = Reply::say(said).saved_quietly();
        let last = self.entries.iter().find(|e| {
            crate::assessment::team_key(&e.team) == key && e.created.as_str() <= self.today.as_str()
        });
        match (build_on, last) {
            (BuildOn::File(path), _) => reply.effect(Effect::LoadEarlier { path, fresh: true }),
            (BuildOn::Ask, Some(e)) => {
                self.ask = Ask::BuildOn {
                    path: e.path.clone(),
                };
                reply.line(format!(
                    "Teamet har en vurdering fra {}. Skal den nye bygge videre på den, så sidste \
                     gangs vurdering nævnes ved hver anvisning og de åbne handlinger kommer med? \
                     Skriv ja eller nej.",
                    crate::date::danish_date(&e.created)
                ))
            }
            _ => reply.and(self.arrive(true)),
        }
    }

    /// The answer to "build on the team's last one?".
    pub(super) fn on_build_on(&mut self, path: PathBuf, typed: &str) -> Reply {
        match typed.to_lowercase().as_str() {
            "ja" | "j" | "yes" => {
                Reply::default().effect(Effect::LoadEarlier { path, fresh: true })
            }
            "nej" | "n" | "no" => {
                Reply::say("Den nye vurdering starter forfra.").and(self.arrive(true))
            }
            _ => Reply::say("Skriv ja eller nej."),
        }
    }

    /// The runner read the earlier assessment (or could not).
    pub fn earlier_loaded(
        &mut self,
        path: PathBuf,
        fresh: bool,
        result: Result<Assessment, String>,
    ) -> Reply {
        let earlier = match result {
            Ok(a) => a,
            Err(why) if fresh => {
                return Reply::say(format!(
                    "Den tidligere vurdering kunne ikke læses, så den nye starter forfra. {}",
                    words::sentence(&why)
                ))
                .and(self.arrive(true));
            }
            Err(_) => return Reply::default(),
        };
        let mut reply = Reply::default();
        if fresh {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut carried = 0;
            let today = self.today.clone();
            if let Some(s) = self.session.as_mut() {
                s.commit(&today, |a| {
                    carried = crate::session::changes::build_on(a, name, &earlier);
                });
            }
            let mut said = format!(
                "Bygger videre på vurderingen fra {}.",
                crate::date::danish_date(&earlier.created)
            );
            match carried {
                0 => {}
                1 => said.push_str(
                    " 1 åben handling fra sidst er med; skriv handlinger for at give den status.",
                ),
                n => said.push_str(&format!(
                    " {n} åbne handlinger fra sidst er med; skriv handlinger for at give dem status."
                )),
            }
            reply = Reply::say(said).saved_quietly();
        }
        self.earlier = Some(earlier);
        if fresh {
            reply.and(self.arrive(true))
        } else {
            reply
        }
    }

    /// The runner opened a file (or could not).
    pub fn opened(
        &mut self,
        path: PathBuf,
        result: Result<(Assessment, Option<String>), String>,
    ) -> Reply {
        let (a, read_only) = match result {
            Ok(opened) => opened,
            Err(why) => {
                return Reply::say(words::sentence(&why));
            }
        };
        let (done, all) = a.progress(&self.deck);
        let mut said = format!(
            "{} er åben, {done} af {all} anvisninger vurderet.",
            words::one_line(&a.team)
        );
        if let Some(why) = &read_only {
            said.push_str(&format!(
                " {} Du kan læse den, men ikke ændre den.",
                words::sentence(why)
            ));
        }
        let place = a.place.clone();
        let earlier = earlier_path(&a, &path);
        self.earlier = None;
        self.session = Some(Session::new(a, Some(path), read_only.is_some()));
        self.card = 0;
        self.item = 0;
        if let Some(place) = place {
            self.go_to_place(&place.guideline, &place.anvisning);
        }
        // Last time is read first, so the first anvisning already says it.
        let mut reply = Reply::say(said);
        if let Some(path) = earlier {
            reply = reply.effect(Effect::LoadEarlier { path, fresh: false });
        }
        reply.effect(Effect::Arrive)
    }
}

/// The file an assessment builds on, beside it: only a plain file name is followed (the name
/// comes from the file).
fn earlier_path(a: &Assessment, opened: &std::path::Path) -> Option<PathBuf> {
    let name = a.builds_on.trim();
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && std::path::Path::new(name)
            .file_name()
            .is_some_and(|n| n == name);
    Some(opened.parent()?.join(name)).filter(|_| plain)
}
