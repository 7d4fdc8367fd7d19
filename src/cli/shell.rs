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

/// One page for the whole program: clap_mangen would refer to a page per subcommand
/// (`refleks-deck(1)`), which we do not ship, so each subcommand gets a section here instead.
pub(super) fn manpage() -> Output {
    match render_manpage() {
        Ok(page) => Output::ok(page),
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

fn render_manpage() -> std::io::Result<String> {
    use clap_mangen::Man;
    let mut command = Cli::command();
    command.build();
    let mut out = Vec::new();
    let man = Man::new(command.clone());
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        out.extend_from_slice(format!(".SH \"refleks {}\"\n", sub.get_name()).as_bytes());
        let mut part = Vec::new();
        let man = Man::new(sub.clone());
        man.render_description_section(&mut part)?;
        man.render_synopsis_section(&mut part)?;
        man.render_options_section(&mut part)?;
        if sub.get_after_help().is_some() {
            man.render_extra_section(&mut part)?;
        }
        // The subcommand's own sections become subsections of its section.
        let part = String::from_utf8_lossy(&part).replace("\n.SH ", "\n.SS ");
        let part = part
            .strip_prefix(".SH ")
            .map_or(part.clone(), |p| format!(".SS {p}"));
        out.extend_from_slice(part.as_bytes());
    }
    man.render_extra_section(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}
