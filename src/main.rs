use std::process::ExitCode;

use clap::Parser;
use refleks::cli::{Cli, run, stderr_color};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli, stderr_color()) {
        Some(output) => output.print(),
        None => {
            // The app opens here once the workshop screens exist; until then, show the deck.
            let mut args = vec!["refleks".to_string(), "deck".to_string()];
            if let Some(cards) = &cli.global.cards {
                args.extend(["--cards".to_string(), cards.display().to_string()]);
            }
            let deck_cli = Cli::parse_from(args);
            let out = run(&deck_cli, stderr_color()).unwrap_or_default();
            let code = out.code;
            print!("{}", out.stdout);
            eprint!("{}", out.stderr);
            println!("\nSkriv `refleks --help` for at se, hvad programmet kan.");
            ExitCode::from(code)
        }
    }
}
