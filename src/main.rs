use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use refleks::app::App;
use refleks::cli::{Cli, Command, run, stderr_color};
use refleks::deck::Deck;
use refleks::store::{Links, Store};
use refleks::tui::{self, BuildOn, Start};
use refleks::widgets::theme::Look;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => match refleks::cli::usage_error(&e) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
    let color = stderr_color();
    if let Some(output) = run(&cli, color) {
        return output.print();
    }
    // Everything below opens the app.
    let fail = |text: String| {
        eprint!("{text}");
        ExitCode::from(1)
    };
    let deck = match Deck::load(cli.global.cards.as_deref()) {
        Ok(deck) => deck,
        Err(e) => return fail(e.render(color)),
    };
    if refleks::line::wanted(cli.global.skaermlaeser) {
        return line_mode(&cli, deck, color);
    }
    let start = match &cli.command {
        Some(Command::New {
            team,
            participants,
            timebox,
            build_on,
            fresh,
        }) => {
            let file =
                build_on
                    .as_ref()
                    .map(|file| match Store::location(cli.global.store.as_deref()) {
                        Ok(store) => Store::resolve(file, &store),
                        Err(_) => file.clone(),
                    });
            let new = match NewArgs::check(team, participants, file, &deck, color) {
                Ok(new) => new,
                Err(e) => return fail(e),
            };
            Start::New {
                build_on: match (new.build_on, fresh) {
                    (Some(file), _) => BuildOn::File(file),
                    (None, true) => BuildOn::Fresh,
                    (None, false) => BuildOn::Ask,
                },
                team: new.team,
                participants: new.participants,
                timebox: *timebox,
            }
        }
        // A file we cannot read is reported and left alone: nothing is opened, nothing written.
        Some(Command::Open { file }) => {
            let file = match Store::location(cli.global.store.as_deref()) {
                Ok(store) => Store::resolve(file, &store),
                Err(_) => file.clone(),
            };
            // Locked first, then read: what the app edits is what the lock guards.
            match Store::load_locked(&file, Links::Follow, &deck) {
                Ok((assessment, held)) => Start::Open {
                    assessment: Box::new(assessment),
                    path: file,
                    held,
                },
                Err(e) => return fail(e.render(color)),
            }
        }
        // The drill: the card and the progress are checked before the terminal is taken, so
        // an error is said where it stays readable.
        Some(Command::Oev { card, .. }) => {
            if let Some(id) = card
                && let Err(e) = refleks::cli::check_card(&deck, id, "")
            {
                return fail(e);
            }
            let progress = match Store::location(cli.global.store.as_deref())
                .map_err(|e| e.render(color))
                .and_then(|dir| refleks::study::read(&dir).map_err(|e| e.render(color)))
            {
                Ok(progress) => progress,
                Err(e) => return fail(e),
            };
            Start::Drill {
                card: card.as_ref().map(|c| c.trim().to_string()),
                progress,
            }
        }
        _ => Start::Home,
    };
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return fail(
            "fejl: refleks skal åbnes i et terminalvindue.\n  = hjælp: Kommandoerne `deck`, `search`, `list`, `report`, `compare`, `aggregate` og `merge` virker også uden; se `refleks --help`.\n"
                .into(),
        );
    }
    let store = match Store::open(cli.global.store.as_deref()) {
        Ok(store) => store,
        Err(e) => return fail(e.render(color)),
    };
    let mut app = App::new(deck, &refleks::date::today());
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    app.look = Look::chosen(cli.global.tema, cli.global.rammer, no_color);
    match tui::run(app, store, start, !cli.global.no_mouse) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(format!("fejl: {e}\n")),
    }
}

/// The screen-reader mode: plain lines on stdin and stdout, no terminal drawing at all (so it
/// also runs with a pipe on either side).
fn line_mode(cli: &Cli, deck: Deck, color: bool) -> ExitCode {
    use refleks::line::{Disk, Line, LineStart, run};
    let fail = |text: String| {
        eprint!("{text}");
        ExitCode::from(1)
    };
    let store = match Store::open(cli.global.store.as_deref()) {
        Ok(store) => store,
        Err(e) => return fail(e.render(color)),
    };
    let start = match &cli.command {
        Some(Command::New {
            team,
            participants,
            build_on,
            fresh,
            ..
        }) => {
            let file = build_on
                .as_ref()
                .map(|file| Store::resolve(file, store.dir()));
            let new = match NewArgs::check(team, participants, file, &deck, color) {
                Ok(new) => new,
                Err(e) => return fail(e),
            };
            LineStart::New {
                build_on: match (new.build_on, fresh) {
                    (Some(file), _) => refleks::line::BuildOn::File(file),
                    (None, true) => refleks::line::BuildOn::Fresh,
                    (None, false) => refleks::line::BuildOn::Ask,
                },
                team: new.team,
                participants: new.participants,
            }
        }
        Some(Command::Open { file }) => LineStart::Open(Store::resolve(file, store.dir())),
        // The card is checked before anything is said, as the TUI's drill does.
        Some(Command::Oev { card, .. }) => {
            if let Some(id) = card
                && let Err(e) = refleks::cli::check_card(&deck, id, "")
            {
                return fail(e);
            }
            LineStart::Drill {
                card: card.as_ref().map(|c| c.trim().to_string()),
            }
        }
        _ => LineStart::Home,
    };
    let mut disk = Disk::new(store, refleks::store::Places::for_user());
    let mut line = Line::new(deck, &refleks::date::today());
    let mut input = std::io::stdin().lock();
    let mut output = std::io::stdout().lock();
    match run(&mut line, &mut disk, start, &mut input, &mut output) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed terminal or pipe: everything was saved as it was typed.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(format!("fejl: {e}\n")),
    }
}

/// What `refleks new` was given, checked before anything starts (for the app and the line
/// mode alike): the team's name (not empty), the participants (trimmed, no empty ones), and the
/// file to build on, read at once, so a file we cannot build on is said at once.
struct NewArgs {
    team: String,
    participants: Vec<String>,
    build_on: Option<std::path::PathBuf>,
}

impl NewArgs {
    fn check(
        team: &str,
        participants: &[String],
        build_on: Option<std::path::PathBuf>,
        deck: &Deck,
        color: bool,
    ) -> Result<NewArgs, String> {
        if team.trim().is_empty() {
            return Err("fejl: Teamets navn er tomt.\n  = hjælp: Skriv fx `refleks new --team \"Team Nord\"`.\n".into());
        }
        if let Some(file) = &build_on {
            Store::load_for(file, deck).map_err(|e| e.render(color))?;
        }
        Ok(NewArgs {
            team: team.trim().to_string(),
            participants: participants
                .iter()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect(),
            build_on,
        })
    }
}
