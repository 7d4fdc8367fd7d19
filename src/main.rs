use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use refleks::app::App;
use refleks::cli::{Cli, Command, run, stderr_color};
use refleks::deck::Deck;
use refleks::store::{Links, Store};
use refleks::tui::{self, BuildOn, Start};

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
    let start = match &cli.command {
        Some(Command::New {
            team,
            participants,
            timebox,
            build_on,
            fresh,
        }) => {
            if team.trim().is_empty() {
                return fail("fejl: Teamets navn er tomt.\n  = hjælp: Skriv fx `refleks new --team \"Team Nord\"`.\n".into());
            }
            let build_on = match (build_on, fresh) {
                (Some(file), _) => {
                    let file = match Store::location(cli.global.store.as_deref()) {
                        Ok(store) => Store::resolve(file, &store),
                        Err(_) => file.clone(),
                    };
                    // Read before anything starts: a file we cannot build on is said at once.
                    if let Err(e) = Store::load_for(&file, &deck) {
                        return fail(e.render(color));
                    }
                    BuildOn::File(file)
                }
                (None, true) => BuildOn::Fresh,
                (None, false) => BuildOn::Ask,
            };
            Start::New {
                build_on,
                team: team.trim().to_string(),
                participants: participants
                    .iter()
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect(),
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
    let app = App::new(deck, &refleks::date::today());
    match tui::run(app, store, start, !cli.global.no_mouse) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(format!("fejl: {e}\n")),
    }
}
