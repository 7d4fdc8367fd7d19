//! `refleks deck` without `check`: the overview table, JSON, one card as readable text, or print
//! cards (`--format html|md`) on stdout or in a file.

use std::io::IsTerminal;

use crate::deck::{Deck, Guideline};
use crate::print::{DeckList, ListFormat, PrintFormat, card_text, deck_list, print_cards};
use crate::text::{clean_line, nearest};

use super::{DeckArgs, Output, deck_json, deck_table};

/// Wider than this and lines get hard to follow, even in a wide terminal.
const MAX_TEXT_WIDTH: usize = 100;
/// Where there is no terminal to measure (a pipe, a file).
const DEFAULT_TEXT_WIDTH: usize = 80;

pub(super) fn print_format_parser() -> impl clap::builder::TypedValueParser<Value = PrintFormat> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(PrintFormat::ALL.map(PrintFormat::name))
        .map(|name| PrintFormat::from_name(&name).unwrap_or(PrintFormat::Html))
}

/// `color` is for the deck's own load errors; the rest are plain sentences.
pub(super) fn run(args: &DeckArgs, cards: Option<&std::path::Path>, color: bool) -> Output {
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    let card = match args.id.as_deref().map(|id| find(&deck, id)) {
        None => None,
        Some(Ok(g)) => Some(g),
        Some(Err(stderr)) => {
            return Output {
                stderr,
                code: 1,
                ..Output::default()
            };
        }
    };
    if args.lovkrav || args.frister {
        let list = if args.lovkrav {
            DeckList::Lovkrav
        } else {
            DeckList::Frister
        };
        let chosen: Vec<&Guideline> = match card {
            Some(g) => vec![g],
            None => deck.guidelines.iter().collect(),
        };
        let format = args
            .format
            .map_or(ListFormat::Text(text_width()), ListFormat::Print);
        let text = deck_list(&deck, &chosen, list, format);
        return match (&args.out, args.format) {
            (Some(out), Some(format)) => {
                let (what, name) = match list {
                    DeckList::Lovkrav => ("Listen over lovkrav", "lovkrav"),
                    DeckList::Frister => ("Listen over frister", "frister"),
                };
                super::report::save(out, text.as_bytes(), what, name, format.name(), color)
            }
            _ => Output::ok(text),
        };
    }
    match (args.format, card) {
        (Some(format), card) => {
            let chosen: Vec<&Guideline> = match card {
                Some(g) => vec![g],
                None => deck.guidelines.iter().collect(),
            };
            let text = print_cards(&deck, &chosen, format);
            match &args.out {
                None => Output::ok(text),
                Some(out) => super::report::save(
                    out,
                    text.as_bytes(),
                    "Kortene",
                    "kort",
                    format.name(),
                    color,
                ),
            }
        }
        (None, Some(g)) if args.json => {
            let mut json = serde_json::to_string_pretty(g).unwrap_or_default();
            json.push('\n');
            Output::ok(json)
        }
        (None, Some(g)) => Output::ok(card_text(&deck, g, text_width())),
        (None, None) if args.json => Output::ok(deck_json(&deck)),
        (None, None) => Output::ok(deck_table(&deck)),
    }
}

/// The card with this id, or a message that names the nearest one.
fn find<'d>(deck: &'d Deck, id: &str) -> Result<&'d Guideline, String> {
    let wanted = id.trim();
    if let Some(g) = deck.guideline(wanted) {
        return Ok(g);
    }
    let ids: Vec<&str> = deck.guidelines.iter().map(|g| g.id.as_str()).collect();
    let hint = match nearest(wanted, &ids) {
        Some(near) => format!("Mente du `refleks deck {near}`? "),
        None => String::new(),
    };
    Err(format!(
        "fejl: Kortet »{}« findes ikke.\n  = hjælp: {hint}Skriv `refleks deck` for at se alle kortenes id.\n",
        clean_line(wanted)
    ))
}

fn text_width() -> usize {
    if !std::io::stdout().is_terminal() {
        return DEFAULT_TEXT_WIDTH;
    }
    ratatui::crossterm::terminal::size()
        .map_or(DEFAULT_TEXT_WIDTH, |(w, _)| usize::from(w))
        .min(MAX_TEXT_WIDTH)
}
