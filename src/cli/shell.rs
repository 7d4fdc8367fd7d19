//! `refleks completions SHELL` and `refleks manpage`: generated from the clap definitions, so
//! they can never disagree with `--help`.

use clap::CommandFactory;

use super::{Cli, Output};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

pub(super) fn completions(shell: Shell) -> Output {
    use clap_complete::Shell as S;
    let generator = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
    };
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(generator, &mut command, "refleks", &mut out);
    Output::ok(String::from_utf8_lossy(&out).into_owned())
}

pub(super) fn manpage() -> Output {
    let mut out = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut out) {
        Ok(()) => Output::ok(String::from_utf8_lossy(&out).into_owned()),
        Err(e) => Output {
            stderr: format!(
                "fejl: Manualsiden kunne ikke laves ({}).\n",
                crate::text::clean_line(&e.to_string())
            ),
            code: 1,
            ..Output::default()
        },
    }
}
