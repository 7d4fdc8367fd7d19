//! The command line: arguments (Danish help), and the commands that print rather than open the
//! app. Each command builds its output as a string, so tests can check it without a terminal.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::deck::{Deck, EMBEDDED_ORIGIN, search};
use crate::text::{clean_line, truncate};

mod aggregate;
mod compare;
mod deck;
mod list;
mod merge;
mod output;
mod report;
mod shell;
mod study;
mod usage;
pub use aggregate::AggregateFormatArg;
pub use compare::{FormatArg, compare_labels, comparison_text};
pub use list::{Brief, LIST_SCHEMA, list_json, list_table, read_list};
pub use merge::{Merged, merge, merge_report, voter_of};
pub use output::{Output, stderr_color};
use report::{ReportOut, report_command, report_format_parser};
pub use study::check_card;
pub use usage::usage_error;

const HELP_TEMPLATE: &str = "\
{about-with-newline}
Brug: {usage}

{all-args}{after-help}";

#[derive(Debug, Parser)]
#[command(
    name = "refleks",
    version,
    override_usage = "refleks [TILVALG] [KOMMANDO]",
    about = "Refleksionskort over de nationale retningslinjer for social stofmisbrugsbehandling.",
    help_template = HELP_TEMPLATE,
    subcommand_help_heading = "Kommandoer",
    subcommand_value_name = "KOMMANDO",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    after_help = "Uden kommando åbner refleks programmet. Se README.md for en vejledning."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options that every command takes, before or after the command name.
#[derive(Debug, Args)]
#[command(next_help_heading = "Tilvalg")]
pub struct Global {
    /// Mappe med gemte vurderinger (ellers programmets standardmappe)
    #[arg(long, global = true, value_name = "MAPPE", env = "REFLEKS_STORE")]
    pub store: Option<PathBuf>,
    /// Mappe med et andet kortsæt (ellers det indbyggede)
    #[arg(long, global = true, value_name = "MAPPE", env = "REFLEKS_CARDS")]
    pub cards: Option<PathBuf>,
    /// Lad terminalen beholde musen (markér tekst som normalt; ingen klik i refleks)
    #[arg(long, global = true)]
    pub no_mouse: bool,
    /// Farver: standard, kontrast (hvid på sort) eller sh (ingen farver; også når NO_COLOR er sat)
    #[arg(long, global = true, value_name = "TEMA", hide_possible_values = true)]
    pub tema: Option<crate::widgets::theme::Tema>,
    /// Rammer om felterne: linjer, ascii eller ingen
    #[arg(
        long,
        global = true,
        value_name = "RAMMER",
        hide_possible_values = true
    )]
    pub rammer: Option<crate::widgets::theme::Rammer>,
    /// Skærmlæsertilstand: almindelige linjer, man skriver en kommando og trykker Enter
    /// (også REFLEKS_SKAERMLAESER=1, ACCESSIBLE=1 og TERM=dumb)
    #[arg(long, global = true)]
    pub skaermlaeser: bool,
    /// Vis denne hjælp
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Vis versionsnummeret
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start en ny vurdering og åbn det første kort
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks new --team NAVN [--participants NAVNE] [--timebox MINUTTER] [--build-on FIL | --fresh]"
    )]
    New {
        /// Teamets navn, fx "Team Nord"
        #[arg(long, value_name = "NAVN", help_heading = "Tilvalg")]
        team: String,
        /// Deltagerne, adskilt af komma (valgfrit)
        #[arg(
            long,
            value_name = "NAVNE",
            value_delimiter = ',',
            help_heading = "Tilvalg"
        )]
        participants: Vec<String>,
        /// Minutter pr. kort i workshoppen, 1–600 (valgfrit; kan ændres med T i programmet)
        #[arg(
            long,
            value_name = "MINUTTER",
            help_heading = "Tilvalg",
            value_parser = clap::value_parser!(u32).range(1..=600)
        )]
        timebox: Option<u32>,
        /// Byg videre på denne vurdering uden at spørge (uden dette tilvalg spørger programmet,
        /// om du vil bygge videre på teamets seneste vurdering i mappen)
        #[arg(
            long = "build-on",
            value_name = "FIL",
            help_heading = "Tilvalg",
            conflicts_with = "fresh"
        )]
        build_on: Option<PathBuf>,
        /// Start forfra uden at spørge om teamets seneste vurdering
        #[arg(long, help_heading = "Tilvalg")]
        fresh: bool,
    },
    /// Fortsæt en gemt vurdering
    #[command(help_template = HELP_TEMPLATE, override_usage = "refleks open FIL")]
    Open {
        /// Vurderingens fil
        #[arg(value_name = "FIL", help_heading = "Argumenter")]
        file: PathBuf,
    },
    /// Vis kortsættet, ét kort som tekst, eller skriv kortene til udskrift (html, md)
    #[command(
        help_template = HELP_TEMPLATE,
        subcommand_help_heading = "Kommandoer",
        override_usage = "refleks deck [ID] [--json]\n       refleks deck [ID] --format html|md [-o UD]\n       refleks deck [ID] --lovkrav|--frister [--format html|md] [-o UD]\n       refleks deck check [MAPPE]",
        after_help = "Med et id, fx `refleks deck 3.4`, vises ét kort som tekst. \
                      Med --format html skrives trykkekort til browser og printer: hvert kort \
                      begynder på en ny side og har sit id og sin titel øverst på hver side; \
                      kortene i det indbyggede kortsæt fylder højst ét A4-ark hver, printet på \
                      begge sider. --format md giver det samme som Markdown."
    )]
    Deck(DeckArgs),
    /// Find kort og anvisninger, der indeholder en tekst
    #[command(help_template = HELP_TEMPLATE, override_usage = "refleks search TEKST...")]
    Search {
        /// Teksten der søges efter (store og små bogstaver er ligegyldige)
        #[arg(value_name = "TEKST", required = true, num_args = 1.., help_heading = "Argumenter")]
        text: Vec<String>,
    },
    /// Sammenlign to eller flere vurderinger side om side
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks compare FIL FIL [FIL ...] [--format table|md|csv|json|xlsx] [-o UD]",
        after_help = "Ændringen går fra den første til den sidste fil, der har en værdi, når alle \
                      filerne er samme team; forskellige teams står side om side uden ændring. \
                      Filerne kan være lavet med forskellige udgaver af kortsættet: \
                      det, der ikke passer sammen, står under »Uden match«."
    )]
    Compare {
        /// Vurderingernes filer, mindst to, i den rækkefølge de skal stå
        #[arg(value_name = "FIL", help_heading = "Argumenter")]
        files: Vec<PathBuf>,
        /// table: tabel til terminalen, højst 80 tegn (standard) · md: Markdown med alle
        /// anvisninger og noter · csv: til regneark · json: til andre programmer · xlsx: Excel
        /// (kræver -o)
        #[arg(
            long,
            value_enum,
            value_name = "FORMAT",
            default_value = "table",
            hide_possible_values = true,
            hide_default_value = true,
            help_heading = "Tilvalg"
        )]
        format: FormatArg,
        /// Gem sammenligningen i denne fil i stedet for at skrive den på skærmen
        #[arg(short = 'o', long = "out", value_name = "UD", help_heading = "Tilvalg")]
        out: Option<PathBuf>,
    },
    /// Mange teams side om side: gennemsnit, lovkrav der ikke er sikret, fokusområder
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks aggregate MAPPE... [--format table|md|csv|json|html|xlsx] [-o UD] [--all] [--anonym]",
        after_help = "Mapperne gennemgås med undermapper (fx kommune/team/…toml). Et team er \
                      teamets navn (store og små bogstaver er ligegyldige) i den mappe, filen \
                      ligger i. Filer, der ikke kan læses, står i oversigten med grunden; en mappe, der ikke \
                      findes, er en fejl."
    )]
    Aggregate {
        /// Mapper (eller filer) med vurderinger
        #[arg(value_name = "MAPPE", required = true, num_args = 1.., help_heading = "Argumenter")]
        dirs: Vec<PathBuf>,
        /// table: tabel, højst 100 tegn (standard) · md: Markdown · csv: regneark, én række pr.
        /// team og retningslinje · json: til andre programmer · html: side til udskrift (A4 på
        /// tværs) · xlsx: Excel-ark med et faneblad pr. visning (kræver -o)
        #[arg(
            long,
            value_enum,
            value_name = "FORMAT",
            default_value = "table",
            hide_possible_values = true,
            hide_default_value = true,
            help_heading = "Tilvalg"
        )]
        format: AggregateFormatArg,
        /// Gem oversigten i denne fil i stedet for at skrive den på skærmen
        #[arg(short = 'o', long = "out", value_name = "UD", help_heading = "Tilvalg")]
        out: Option<PathBuf>,
        /// Én række pr. fil i stedet for kun hvert teams nyeste vurdering
        #[arg(long, help_heading = "Tilvalg")]
        all: bool,
        /// Erstat teams, steder og filnavne med A, B, C …, så oversigten kan deles
        #[arg(long, help_heading = "Tilvalg")]
        anonym: bool,
    },
    /// Vis de gemte vurderinger: team, dato, hvor langt de er nået, og filen
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks list [--json] [--store MAPPE]"
    )]
    List {
        /// Skriv listen som JSON
        #[arg(long, help_heading = "Tilvalg")]
        json: bool,
    },
    /// Læg deltagernes egne forhåndsvurderinger sammen til én fælles vurdering med stemmer
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks merge FIL... --team NAVN [--store MAPPE]",
        after_help = "Hver fil bliver én deltagers stemmer: filens eneste deltager, ellers dens \
                      teamnavn. Vurderingerne står åbne, så teamet kan blive enigt; noter og svar \
                      samles som »Navn: …«. Filer fra en anden udgave af kortsættet lægges \
                      sammen på de anvisninger, der passer; resten vises og gemmes også."
    )]
    Merge {
        /// De enkelte vurderinger, én pr. deltager
        #[arg(value_name = "FIL", required = true, num_args = 1.., help_heading = "Argumenter")]
        files: Vec<PathBuf>,
        /// Navnet på den fælles vurderings team, fx "Team Øst"
        #[arg(long, value_name = "NAVN", help_heading = "Tilvalg")]
        team: String,
    },
    /// Skriv et referat af en vurdering: md, html, csv, json eller xlsx
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks report FIL [--format md|html|csv|json|xlsx] [-o UD]"
    )]
    Report {
        /// Vurderingens fil
        #[arg(value_name = "FIL", help_heading = "Argumenter")]
        file: PathBuf,
        /// md (referat, standard), html (til udskrift), csv (regneark), xlsx (Excel; kræver -o)
        /// eller json
        #[arg(
            long,
            value_name = "FORMAT",
            help_heading = "Tilvalg",
            display_order = 0,
            default_value = "md",
            hide_default_value = true,
            hide_possible_values = true,
            value_parser = report_format_parser()
        )]
        format: ReportOut,
        /// Gem rapporten i denne fil i stedet for at skrive den på skærmen
        #[arg(
            short = 'o',
            long = "out",
            value_name = "UD",
            help_heading = "Tilvalg",
            display_order = 0
        )]
        out: Option<PathBuf>,
    },
    /// Øv dig i retningslinjerne: lovkrav, frister og scenarier (selvstudium)
    #[command(
        name = "øv",
        alias = "oev",
        help_template = HELP_TEMPLATE,
        override_usage = "refleks øv [ID]\n       refleks øv [ID] --status",
        after_help = "refleks øv åbner øvelsen: lovkrav eller anbefaling, frister, hvilken \
                      retningslinje og scenarier; højst 10 nye spørgsmål om dagen. Efter hvert svar \
                      siger du, hvor godt du vidste det (1 igen, 2 svært, 3 godt, 4 let). Hvornår \
                      hvert spørgsmål kommer igen, gemmes straks i øvelser.toml i mappen med \
                      vurderinger (--store)."
    )]
    Oev {
        /// Kun ét kort, fx 3.4
        #[arg(value_name = "ID", help_heading = "Argumenter")]
        card: Option<String>,
        /// Vis hvor mange spørgsmål der er lært, hvor mange der skal øves i dag, og andelen
        /// rigtige pr. kort
        #[arg(long, help_heading = "Tilvalg")]
        status: bool,
    },
    /// Skriv et script til Tab-fuldførelse i bash, zsh, fish eller PowerShell
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks completions bash|zsh|fish|powershell",
        after_help = "Fx i bash: refleks completions bash > ~/.local/share/bash-completion/completions/refleks"
    )]
    Completions {
        /// Hvilken shell: bash, zsh, fish eller powershell
        #[arg(
            value_name = "SHELL",
            help_heading = "Argumenter",
            hide_possible_values = true
        )]
        shell: shell::Shell,
    },
    /// Skriv en manualside (man-format) for refleks
    #[command(
        help_template = HELP_TEMPLATE,
        override_usage = "refleks manpage > refleks.1"
    )]
    Manpage,
}

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_value_name = "KOMMANDO"
)]
pub struct DeckArgs {
    /// Ét kort, fx 3.4 (ellers hele kortsættet)
    #[arg(value_name = "ID", help_heading = "Argumenter")]
    pub id: Option<String>,
    /// Skriv kortsættet (eller kortet) som JSON
    #[arg(
        long,
        help_heading = "Tilvalg",
        display_order = 0,
        conflicts_with = "format"
    )]
    pub json: bool,
    /// Alle lovkrav (skal), kort for kort, med id og tekst
    #[arg(
        long,
        help_heading = "Tilvalg",
        display_order = 0,
        conflicts_with_all = ["json", "frister"]
    )]
    pub lovkrav: bool,
    /// Alle frister og tidsgrænser, med anvisningen og paragraffen de kommer fra
    #[arg(
        long,
        help_heading = "Tilvalg",
        display_order = 0,
        conflicts_with = "json"
    )]
    pub frister: bool,
    /// Trykkekort: html (til browser og printer) eller md (Markdown)
    #[arg(
        long,
        value_name = "FORMAT",
        help_heading = "Tilvalg",
        display_order = 0,
        hide_possible_values = true,
        value_parser = deck::print_format_parser()
    )]
    pub format: Option<crate::print::PrintFormat>,
    /// Gem trykkekortene (eller listen) i denne fil i stedet for at skrive dem på skærmen
    #[arg(
        short = 'o',
        long = "out",
        value_name = "UD",
        help_heading = "Tilvalg",
        display_order = 0,
        requires = "format"
    )]
    pub out: Option<PathBuf>,
    #[command(subcommand)]
    pub action: Option<DeckAction>,
}

#[derive(Debug, Subcommand)]
pub enum DeckAction {
    /// Kontrollér en kortmappe og vis alle fejl med fil, linje og kolonne
    #[command(help_template = HELP_TEMPLATE, override_usage = "refleks deck check [MAPPE]")]
    Check {
        /// Kortmappen (ellers det kortsæt, der er i brug)
        #[arg(value_name = "MAPPE", help_heading = "Argumenter")]
        dir: Option<PathBuf>,
    },
}

/// Runs a command that prints. `None` means: open the app.
pub fn run(cli: &Cli, color: bool) -> Option<Output> {
    let command = cli.command.as_ref()?;
    let cards = cli.global.cards.as_deref();
    Some(match command {
        Command::New { .. } | Command::Open { .. } => return None,
        Command::Oev { card, status: true } => {
            study::status(cli.global.store.as_deref(), card.as_deref(), cards, color)
        }
        // The drill opens in the app.
        Command::Oev { status: false, .. } => return None,
        Command::Deck(args) => match &args.action {
            Some(DeckAction::Check { dir }) => deck_check(dir.as_deref().or(cards), color),
            None => deck::run(args, cards, color),
        },
        Command::Search { text } => match Deck::load(cards) {
            Ok(deck) => Output::ok(search_report(&deck, &text.join(" "))),
            Err(e) => Output::deck_error(&e, color),
        },
        Command::Compare { files, format, out } => {
            compare::run(files, *format, out.as_deref(), cards, color)
        }
        Command::Aggregate {
            dirs,
            format,
            out,
            all,
            anonym,
        } => aggregate::run(
            &aggregate::Request {
                dirs,
                format: *format,
                out: out.as_deref(),
                all: *all,
                anonym: *anonym,
            },
            cards,
            color,
        ),
        Command::List { json } => list::run(cli.global.store.as_deref(), *json, cards, color),
        Command::Merge { files, team } => {
            merge::run(files, team, cli.global.store.as_deref(), cards, color)
        }
        Command::Report { file, format, out } => {
            report_command(file, *format, out.as_deref(), cards, color)
        }
        Command::Completions { shell } => shell::completions(*shell),
        Command::Manpage => shell::manpage(),
    })
}

fn deck_check(dir: Option<&std::path::Path>, color: bool) -> Output {
    match Deck::load(dir) {
        Ok(deck) => {
            let origin = dir.map_or(EMBEDDED_ORIGIN.to_string(), |d| d.display().to_string());
            let requirements: usize = deck.guidelines.iter().map(|g| g.requirement_count()).sum();
            Output::ok(format!(
                "Kortsættet er i orden: {} kort, {} anvisninger ({requirements} lovkrav) i {}.\n",
                deck.guidelines.len(),
                deck.anvisning_count(),
                clean_line(&origin),
            ))
        }
        Err(e) => Output::deck_error(&e, color),
    }
}

/// The deck as JSON, exact but safe to print (bidi and C1 characters as `\uXXXX`).
pub fn deck_json(deck: &Deck) -> String {
    let mut json =
        crate::text::escape_for_json(&serde_json::to_string_pretty(deck).unwrap_or_default());
    json.push('\n');
    json
}

/// The deck as a table that fits 80 columns.
pub fn deck_table(deck: &Deck) -> String {
    const TITLE: usize = 53;
    let mut out = format!(
        "{} (udgave {})\n\n",
        clean_line(&deck.name),
        clean_line(&deck.edition)
    );
    out.push_str(&format!(
        "{:<6} {:<TITLE$} {:>11} {:>7}\n",
        "Id", "Titel", "Anvisninger", "Lovkrav"
    ));
    let mut requirements = 0;
    for g in &deck.guidelines {
        requirements += g.requirement_count();
        out.push_str(&format!(
            "{:<6} {:<TITLE$} {:>11} {:>7}\n",
            clean_line(&g.id),
            truncate(&clean_line(&g.short_title()), TITLE),
            g.anvisninger.len(),
            g.requirement_count()
        ));
    }
    out.push_str(&format!(
        "{:<6} {:<TITLE$} {:>11} {:>7}\n",
        "",
        format!("I alt {} kort", deck.guidelines.len()),
        deck.anvisning_count(),
        requirements
    ));
    out
}

/// Search hits grouped under their card.
pub fn search_report(deck: &Deck, query: &str) -> String {
    let shown_query = clean_line(query.trim());
    let hits = search(deck, query);
    if hits.is_empty() {
        return format!("Ingen fund for »{shown_query}«.\n");
    }
    let mut out = String::new();
    let mut current = None;
    for hit in &hits {
        if current != Some(&hit.guideline) {
            if current.is_some() {
                out.push('\n');
            }
            out.push_str(&format!(
                "{} {}\n",
                clean_line(&hit.guideline),
                clean_line(&hit.title)
            ));
            current = Some(&hit.guideline);
        }
        let place = match &hit.anvisning {
            Some(id) => format!("{} {}", hit.field, clean_line(id)),
            None => hit.field.to_string(),
        };
        out.push_str(&format!("  {place}: {}\n", hit.line));
    }
    let cards = {
        let mut ids: Vec<&String> = hits.iter().map(|h| &h.guideline).collect();
        ids.dedup();
        ids.len()
    };
    // "fund" and "kort" are the same in singular and plural.
    out.push_str(&format!(
        "\n{} fund på {cards} kort for »{shown_query}«.\n",
        hits.len()
    ));
    out
}
