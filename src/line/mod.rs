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
mod drill;
mod echo;
mod hidden;
mod home;
mod prompts;
mod round;
mod views;
mod words;

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

pub use disk::{Disk, Entry, Saved};

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
    /// The drill (`refleks øv [KORT]`), then the home menu.
    Drill {
        card: Option<String>,
    },
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
    /// Read `øvelser.toml` and begin the drill (on one card).
    StartDrill {
        card: Option<String>,
    },
    /// Record the drill's answers waiting (`Line::practice_unsaved`) in `øvelser.toml`; `say`:
    /// the line that gets "Gemt." (a failure is said whether or not).
    RecordDrill {
        say: Option<usize>,
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
            Effect::RecordDrill { say } => Effect::RecordDrill {
                say: say.map(|at| at + by),
            },
            other => other,
        }
    }
}

/// What the next typed line answers.
#[derive(Debug, Clone, PartialEq)]
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
    /// The team's answer to a reflection question, line by line; `typed`: some came.
    Answer {
        guideline: String,
        question: usize,
        typed: bool,
    },
    /// Build the new assessment on the team's last one (this file)?
    BuildOn {
        path: PathBuf,
    },
    /// The participants anew (`deltagere`).
    NewParticipants,
    /// The participants, for a round on `items` in an assessment that has none.
    RoundWho {
        items: Vec<String>,
    },
    Round(Box<round::RoundState>),
    /// The drill: an answer, a rating, or a word (hjælp, gentag, stop).
    Drill(Box<drill::DrillState>),
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
    /// The drill's answers not yet in `øvelser.toml` (tried again with the next).
    pub(crate) practice_unsaved: Vec<crate::study::Answer>,
    /// How many questions a drill begun now would ask (the menu says it), once read.
    pub(crate) practice_due: Option<usize>,
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
            practice_unsaved: Vec::new(),
            practice_due: None,
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
            Ask::Drill(state) => self.on_drill(*state, typed),
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
        LineStart::Drill { card } => {
            let start = line.start_drill(card);
            line.hello().and(start)
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn line() -> Line {
        let mut l = Line::new(Deck::embedded(), "2026-12-05");
        l.start_new("Team", vec!["Anna".into(), "Bo".into()], BuildOn::Fresh);
        l
    }

    #[test]
    fn gemt_goes_on_the_line_that_said_the_change_whatever_comes_after() {
        let reply = Reply::say("Før.").and(Reply::say("2.1.1: 3.").saved().line("Efter."));
        assert_eq!(reply.effects, [Effect::Save { say: Some(1) }]);
        assert_eq!(
            Effect::Save { say: Some(1) }.shifted(2),
            Effect::Save { say: Some(3) }
        );
    }

    #[test]
    fn only_a_hidden_vote_is_typed_without_echo() {
        let mut l = line();
        assert!(!l.hidden_input());
        l.on_line("v");
        assert!(l.hidden_input(), "Anna's vote");
        l.on_line("3");
        l.on_line("4");
        assert!(!l.hidden_input(), "the reveal is said aloud");
    }

    #[test]
    fn a_score_is_a_committed_change_with_a_save() {
        let mut l = line();
        let reply = l.on_line("2");
        assert_eq!(reply.lines, ["2.1.1: 2, delvist omsat."]);
        assert_eq!(reply.effects, [Effect::Save { say: Some(0) }]);
        let s = l.session_mut().unwrap();
        let mut a = s.assessment.clone();
        assert!(s.history.undo(&mut a).is_some(), "one undo step");
    }
}
