//! `refleks øv --status` (also `oev`): how far the learner has come, read from `øvelser.toml`
//! in the store. Reads only; the drill itself is in the app.

use std::path::Path;

use crate::deck::Deck;
use crate::store::Store;
use crate::study::{self, Status, items};
use crate::text::{clean_line, nearest, truncate};

use super::Output;

/// Room for a card's short title in the table, so a line stays within 80 columns.
const TITLE: usize = 38;

pub(super) fn status(
    store: Option<&Path>,
    card: Option<&str>,
    cards: Option<&Path>,
    color: bool,
) -> Output {
    let fail = Output::failed;
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    if let Some(id) = card
        && let Err(e) = check_card(&deck, id, " --status")
    {
        return fail(e);
    }
    // Where the store is, without making it: a store not made yet simply has no progress.
    let dir = match Store::location(store) {
        Ok(dir) => dir,
        Err(e) => return fail(e.render(color)),
    };
    let progress = match study::read(&dir) {
        Ok(p) => p,
        Err(e) => return fail(e.render(color)),
    };
    let all = items(&deck);
    let today = crate::date::today().parse().unwrap_or_default();
    let status = progress.status(&deck, &all, today);
    Output::ok(status_text(
        &status,
        card.map(str::trim),
        &deck,
        &study::path(&dir),
    ))
}

/// `Ok` when the deck has the card `id`; otherwise the error to print, with the nearest id
/// (`tail`: what follows the id in the suggested command).
pub fn check_card(deck: &Deck, id: &str, tail: &str) -> Result<(), String> {
    if deck.guideline(id.trim()).is_some() {
        return Ok(());
    }
    let ids: Vec<&str> = deck.guidelines.iter().map(|g| g.id.as_str()).collect();
    let hint = nearest(id.trim(), &ids).map_or(String::new(), |n| {
        format!("Mente du `refleks øv {n}{tail}`? ")
    });
    Err(format!(
        "fejl: Kortet »{}« findes ikke.\n  = hjælp: {hint}Skriv `refleks deck` for at se alle kortenes id.\n",
        clean_line(id.trim())
    ))
}

/// The status as text: the totals, then the share right per card.
pub fn status_text(s: &Status, card: Option<&str>, deck: &Deck, file: &Path) -> String {
    let file = clean_line(&file.display().to_string());
    let mut out = format!("Øvelser i refleks ({file})\n\n");
    out.push_str(&format!(
        "  Lært:    {} af {} øvede spørgsmål (kortsættet har {})\n",
        s.learned, s.drilled, s.items
    ));
    out.push_str(&format!("  I dag:   {} skal øves igen\n", s.due_today));
    out.push_str(&format!(
        "  Nye:     {} er ikke øvet endnu\n\n",
        s.items - s.drilled
    ));
    out.push_str("Andel rigtige pr. kort:\n");
    for c in s
        .cards
        .iter()
        .filter(|c| card.is_none_or(|id| c.card == id))
    {
        let title = deck
            .guideline(&c.card)
            .map_or(c.title.clone(), |g| g.short_title());
        let share = c
            .percent_right()
            .map_or("  –  ".to_string(), |p| format!("{p:>3} %"));
        let said = if c.answered == 0 {
            format!("ingen svar; {} spørgsmål", c.items)
        } else {
            format!("{} svar; {} af {} øvet", c.answered, c.drilled, c.items)
        };
        out.push_str(&format!(
            "  {:<5} {:<TITLE$} {share}  {said}\n",
            c.card,
            truncate(&clean_line(&title), TITLE)
        ));
    }
    out.push_str(
        "\nLært: kommer tidligst igen om en uge. Rigtigt: det rigtige valg, eller for\n\
         frister og scenarier »godt« eller »let«.\n",
    );
    out
}
