//! clap's usage errors said again in Danish.

use crate::text::clean_line;

/// An argument as clap names it ("--team <NAVN>", "<TEKST>...") as its flag and its value in
/// words: ("--team", "teamets navn"), ("", "en tekst at søge efter"). A value name nobody
/// described here is shown in lower case.
fn arg_words(arg: &str) -> (String, String) {
    let (flag, value) = match (arg.find('<'), arg.find('>')) {
        (Some(open), Some(close)) if open < close => {
            (arg[..open].trim(), Some(&arg[open + 1..close]))
        }
        _ => (arg.trim(), None),
    };
    let Some(value) = value else {
        return (flag.to_string(), String::new());
    };
    let words = match value {
        "TEKST" => "en tekst at søge efter".to_string(),
        "FIL" => "en fil".to_string(),
        "NAVN" => "teamets navn".to_string(),
        "NAVNE" => "deltagernes navne".to_string(),
        "MAPPE" => "en mappe".to_string(),
        "FORMAT" => "et format".to_string(),
        "UD" => "filen, der skal skrives".to_string(),
        "KOMMANDO" => "en kommando".to_string(),
        other => other.to_lowercase(),
    };
    (flag.to_string(), words)
}

/// clap's own messages are English; the common ones are said again here in Danish, with the
/// argument they are about. Help and version output pass through unchanged.
pub fn usage_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ErrorKind};
    let get = |kind| e.get(kind).map(|v| clean_line(&v.to_string()));
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::UnknownArgument => format!("ukendt tilvalg eller argument »{arg}«"),
        ErrorKind::InvalidSubcommand => format!(
            "ukendt kommando »{}«",
            get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => match arg_words(&arg) {
            (flag, words) if flag.is_empty() => format!("der mangler {words}"),
            (flag, words) => format!("der mangler {flag} med {words}"),
        },
        ErrorKind::InvalidValue => {
            let (flag, words) = arg_words(&arg);
            match get(ContextKind::InvalidValue).unwrap_or_default() {
                value if value.is_empty() => format!("der mangler {words} efter {flag}"),
                value => format!(
                    "»{value}« kan ikke bruges efter {flag}{}",
                    get(ContextKind::ValidValue)
                        .filter(|v| !v.is_empty())
                        .map_or(String::new(), |v| format!(" (brug en af: {v})"))
                ),
            }
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("for få værdier efter {}", arg_words(&arg).0)
        }
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg)
                .map(|p| arg_words(&p).0)
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| "det andet tilvalg".to_string());
            format!("{} kan ikke bruges sammen med {other}", arg_words(&arg).0)
        }
        _ => return Some(e.render().to_string()),
    };
    let hint =
        match get(ContextKind::SuggestedArg).or_else(|| get(ContextKind::SuggestedSubcommand)) {
            Some(s) => format!("  = hjælp: mente du »{s}«?\n"),
            None => String::new(),
        };
    Some(format!(
        "fejl: {message}\n{hint}  = hjælp: skriv `refleks --help` (eller `refleks KOMMANDO --help`) for at se, hvad der kan bruges.\n"
    ))
}
