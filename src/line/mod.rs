//! The screen-reader mode (`refleks --skaermlaeser`, `REFLEKS_SKAERMLAESER=1`, `ACCESSIBLE=1`,
//! `TERM=dumb`): the same assessments and the same changes as the TUI (a [`Session`]), as plain
//! lines on the normal screen. Each answer is one or a few lines of Danish sentences; the user
//! types a command and Enter, so a screen reader echoes it and Backspace corrects it. Nothing
//! moves the cursor, redraws, draws boxes or prints what did not change.
//!
//! [`Line`] is pure: a typed line in, lines to say and [`Effect`]s out (like the TUI's
//! `update`). [`run`] is its runner: it reads lines, performs the effects with the disk
//! ([`disk`]) and prints through [`echo`].

mod card;
mod command;
mod disk;
mod echo;
mod hidden;
mod round;
mod words;

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

pub use disk::{Disk, Entry, Saved};

use crate::assessment::Assessment;
use crate::deck::Deck;
use crate::session::Session;
use crate::store::Links;
use crate::text::clean_input;

/// How many saved assessments the home menu names; `alle` says the rest.
const MENU_ITEMS: usize = 9;

/// True when the line mode is asked for: the flag, `REFLEKS_SKAERMLAESER` or the common
/// `ACCESSIBLE` set to anything but empty or 0, or a terminal that cannot draw (`TERM=dumb`).
pub fn wanted(flag: bool) -> bool {
    let set = |name: &str| {
        std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
    };
    flag || set("REFLEKS_SKAERMLAESER")
        || set("ACCESSIBLE")
        || std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

/// What the line mode opens on.
pub enum LineStart {
    Home,
    New {
        team: String,
        participants: Vec<String>,
        build_on: BuildOn,
    },
    /// A file the user named (`refleks open FILE`).
    Open(PathBuf),
}

/// `refleks new`: whether the new assessment builds on an earlier one of the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildOn {
    /// Ask, when the store holds one of the same team.
    Ask,
    /// This file (`--build-on`), without asking.
    File(PathBuf),
    /// Afresh (`--fresh`), without asking.
    Fresh,
}

/// What the runner must do for [`Line`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the open assessment; `say`: the line (an index into the reply's lines) that gets
    /// "Gemt." when it is written. A failure is said whether or not.
    Save {
        say: Option<usize>,
    },
    Open {
        path: PathBuf,
        links: Links,
    },
    /// Read the store for the home menu.
    List,
    /// Let go of the open assessment (its lock; its place kept for the next visit).
    Close,
    Export(PathBuf),
    /// Say where the user is (after what came before it was performed).
    Arrive,
    /// Read the assessment the open one builds on; `fresh`: it has just been chosen, so its
    /// open actions come along.
    LoadEarlier {
        path: PathBuf,
        fresh: bool,
    },
    Quit,
}

/// What a typed line gave: lines to say, effects to perform, in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reply {
    pub lines: Vec<String>,
    pub effects: Vec<Effect>,
}

impl Reply {
    fn say(line: impl Into<String>) -> Reply {
        Reply {
            lines: vec![line.into()],
            effects: Vec::new(),
        }
    }

    fn line(mut self, line: impl Into<String>) -> Reply {
        self.lines.push(line.into());
        self
    }

    fn effect(mut self, effect: Effect) -> Reply {
        self.effects.push(effect);
        self
    }

    /// Saves the change the last line said, and says "Gemt." on that line.
    fn saved(mut self) -> Reply {
        let at = self.lines.len().checked_sub(1);
        self.effects.push(Effect::Save { say: at });
        self
    }

    /// Saves without a word (a note's line, a new file), unless it fails.
    fn saved_quietly(mut self) -> Reply {
        self.effects.push(Effect::Save { say: None });
        self
    }

    /// `other` after this; its lines are counted from here on.
    fn and(mut self, other: Reply) -> Reply {
        let shift = self.lines.len();
        self.lines.extend(other.lines);
        self.effects
            .extend(other.effects.into_iter().map(|e| e.shifted(shift)));
        self
    }
}

impl Effect {
    /// The same effect in a reply whose lines start `by` lines later.
    pub(crate) fn shifted(self, by: usize) -> Effect {
        match self {
            Effect::Save { say } => Effect::Save {
                say: say.map(|at| at + by),
            },
            other => other,
        }
    }
}

/// What the next typed line answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ask {
    Home,
    Team,
    Participants {
        team: String,
    },
    /// A command on the anvisning where the user is.
    Command,
    Reason {
        id: String,
    },
    /// The note's lines, until an empty one; `typed`: some came.
    Note {
        id: String,
        typed: bool,
    },
    ActionWhat {
        id: String,
    },
    ActionWho {
        id: String,
        what: String,
    },
    ActionDue {
        id: String,
        what: String,
        who: String,
    },
    /// Which action's status to change.
    ActionPick,
    ActionStatus {
        index: usize,
    },
    /// Build the new assessment on the team's last one (this file)?
    BuildOn {
        path: PathBuf,
    },
    /// The participants, for a round on `items` in an assessment that has none.
    RoundWho {
        items: Vec<String>,
    },
    Round(Box<round::RoundState>),
}

/// The line mode's state: the deck, the open assessment and where in it the user is.
pub struct Line {
    pub(crate) deck: Deck,
    pub(crate) today: String,
    pub(crate) session: Option<Session>,
    /// Index into the assessment's chosen cards, and the anvisning on that card.
    pub(crate) card: usize,
    pub(crate) item: usize,
    pub(crate) ask: Ask,
    entries: Vec<Entry>,
    /// The assessment the open one builds on, once read: last time beside each anvisning.
    pub(crate) earlier: Option<crate::assessment::Assessment>,
}

impl Line {
    pub fn new(deck: Deck, today: &str) -> Line {
        Line {
            deck,
            today: today.to_string(),
            session: None,
            card: 0,
            item: 0,
            ask: Ask::Home,
            entries: Vec::new(),
            earlier: None,
        }
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    pub fn session_mut(&mut self) -> Option<&mut Session> {
        self.session.as_mut()
    }

    /// The first words: what this is and how to get help; then the home menu (read by
    /// [`Effect::List`]).
    pub fn hello(&self) -> Reply {
        Reply::say(
            "refleks i skærmlæsertilstand. Skriv et tal eller et ord og tryk Enter; \
             skriv hjælp for at høre, hvad du kan skrive.",
        )
    }

    /// A typed line.
    pub fn on_line(&mut self, typed: &str) -> Reply {
        let typed = clean_input(typed.trim_end_matches(['\r', '\n']));
        let typed = typed.trim();
        match self.ask.clone() {
            Ask::Home => self.on_home(typed),
            Ask::Team => {
                if typed.is_empty() {
                    self.ask = Ask::Home;
                    return self.menu();
                }
                self.ask = Ask::Participants {
                    team: card::cut(typed, card::LINE_CHARS),
                };
                Reply::say(words::ASK_PARTICIPANTS)
            }
            Ask::Participants { team } => {
                let participants = card::cut(typed, card::LONG_LINE_CHARS)
                    .split(',')
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                self.start_new(&team, participants, BuildOn::Ask)
            }
            Ask::Command => self.on_command(typed),
            Ask::BuildOn { path } => self.on_build_on(path, typed),
            Ask::RoundWho { items } => self.round_participants(items, typed),
            Ask::Round(state) => self.on_round(*state, typed),
            other => self.on_prompt(other, typed),
        }
    }

    /// The input ended (Ctrl+D, Ctrl+Z, a closed pipe): leave as `afslut` does.
    pub fn end_of_input(&mut self) -> Reply {
        self.quit()
    }

    pub(crate) fn quit(&mut self) -> Reply {
        Reply::default().effect(Effect::Quit)
    }

    fn on_home(&mut self, typed: &str) -> Reply {
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
                 afslut lukker refleks.",
            ),
            "menu" => self.menu(),
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
        line.push_str(" Skriv et tal.");
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
    fn on_build_on(&mut self, path: PathBuf, typed: &str) -> Reply {
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

    /// The runner saved: what to add to the last line.
    pub fn saved(&mut self, result: &Result<Saved, String>) -> Option<String> {
        match result {
            Ok(Saved::Written) => Some(words::SAVED.to_string()),
            Ok(Saved::Copy { path, why }) => Some(format!(
                "Gemt som en ny fil, {}, fordi {why}.",
                crate::text::clean_line(&path.display().to_string())
            )),
            Err(why) => Some(format!("Ikke gemt: {}", words::sentence(why))),
        }
    }

    /// The minutes were written (or not).
    pub fn exported(&self, result: Result<Vec<PathBuf>, String>) -> Reply {
        match result {
            Ok(paths) if paths.is_empty() => Reply::say(words::NO_ASSESSMENT),
            Ok(paths) => {
                let names: Vec<String> = paths
                    .iter()
                    .map(|p| crate::text::clean_line(&p.display().to_string()))
                    .collect();
                Reply::say(format!("Referatet er gemt: {}.", names.join(" og ")))
            }
            Err(why) => Reply::say(words::sentence(&why)),
        }
    }

    /// Leaves the open assessment for the home menu.
    pub(crate) fn go_home(&mut self) -> Reply {
        self.ask = Ask::Home;
        Reply::default().effect(Effect::Close).effect(Effect::List)
    }

    /// True while the next line is a hidden vote: the terminal should not show it.
    pub fn hidden_input(&self) -> bool {
        match &self.ask {
            Ask::Round(state) => {
                state.dissent.is_none()
                    && matches!(state.round.step, crate::app::vote::Step::Collecting { .. })
            }
            _ => false,
        }
    }

    /// Where the user is, said after the effects before it.
    pub fn arrived(&mut self) -> Reply {
        self.arrive(true)
    }

    /// The runner let go of the open assessment.
    pub fn closed(&mut self) {
        self.session = None;
    }
}

/// Runs the line mode on `input` and `output` until the user leaves or the input ends.
pub fn run(
    line: &mut Line,
    disk: &mut Disk,
    start: LineStart,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<()> {
    let mut runner = echo::Runner::new(output);
    let first = match start {
        LineStart::Home => line.hello().effect(Effect::List),
        LineStart::New {
            team,
            participants,
            build_on,
        } => {
            if build_on == BuildOn::Ask {
                line.know(disk.list(&line.deck).0);
            }
            line.hello()
                .and(line.start_new(&team, participants, build_on))
        }
        LineStart::Open(path) => line.hello().effect(Effect::Open {
            path,
            links: Links::Follow,
        }),
    };
    if runner.perform(line, disk, first)? {
        return Ok(());
    }
    let mut buf = Vec::new();
    let mut echo = hidden::Echo::new();
    loop {
        buf.clear();
        echo.hide(line.hidden_input());
        let reply = match input.read_until(b'\n', &mut buf)? {
            0 => line.end_of_input(),
            _ => line.on_line(&String::from_utf8_lossy(&buf)),
        };
        if runner.perform(line, disk, reply)? {
            return Ok(());
        }
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
