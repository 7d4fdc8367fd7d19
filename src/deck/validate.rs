//! Checks that need the whole deck: duplicate ids across files, and principles a card names that
//! `deck.toml` does not define. Then the cards are put in deck order.

use std::collections::HashMap;

use super::id::id_sort_key;
use super::model::Deck;
use super::parse::{DeckHead, ParsedCard};
use super::problem::{DeckError, Location, Problem};

pub fn assemble(
    origin: &str,
    head: Option<DeckHead>,
    mut cards: Vec<ParsedCard>,
    mut problems: Vec<Problem>,
) -> Result<Deck, DeckError> {
    cards.sort_by_key(|c| id_sort_key(&c.guideline.id));

    let mut guideline_seen: HashMap<&str, &ParsedCard> = HashMap::new();
    let mut anvisning_seen: HashMap<&str, (&str, Option<&Location>)> = HashMap::new();
    let mut label_seen: HashMap<String, &ParsedCard> = HashMap::new();
    for card in &cards {
        let id = card.guideline.id.as_str();
        let label = card.guideline.label.to_lowercase();
        if !label.is_empty() {
            if let Some(first) = label_seen.get(&label) {
                problems.push(located(
                    &card.file,
                    card.label_at.as_ref(),
                    format!(
                        "Kortnavnet \"{}\" bruges også af {} ({})",
                        card.guideline.label, first.guideline.id, first.file
                    ),
                    "Giv hvert kort sit eget `label`, så kortene kan skelnes i listen.".into(),
                ));
            } else {
                label_seen.insert(label, card);
            }
        }
        if let Some(first) = guideline_seen.get(id) {
            problems.push(located(
                &card.file,
                card.id_at.as_ref(),
                format!("Retningslinje {id} findes også i {}", first.file),
                "Hver retningslinje må kun have ét kort: slet eller omdøb det ene.".into(),
            ));
        } else {
            guideline_seen.insert(id, card);
        }
        for (a, at) in card.guideline.anvisninger.iter().zip(&card.anvisning_at) {
            if let Some((first_file, first_at)) = anvisning_seen.get(a.id.as_str()) {
                let place = match first_at {
                    Some(l) => format!("{first_file}:{}", l.line),
                    None => first_file.to_string(),
                };
                problems.push(located(
                    &card.file,
                    at.as_ref(),
                    format!("Anvisning {} står to gange (første gang i {place})", a.id),
                    "Giv hver anvisning sit eget id.".into(),
                ));
            } else {
                anvisning_seen.insert(&a.id, (&card.file, at.as_ref()));
            }
        }
        if let Some(head) = &head {
            for (p, at) in card.guideline.principles.iter().zip(&card.principle_at) {
                if !head.principles.iter().any(|known| known.id == *p) {
                    let ids: Vec<String> =
                        head.principles.iter().map(|p| p.id.to_string()).collect();
                    problems.push(located(
                        &card.file,
                        Some(at),
                        format!("Princip {p} findes ikke i deck.toml"),
                        format!("Brug et af principperne {}.", ids.join(", ")),
                    ));
                }
            }
        }
    }

    match head {
        Some(head) if problems.is_empty() => Ok(Deck {
            name: head.name,
            edition: head.edition,
            scale: head.scale,
            non_scores: head.non_scores,
            principles: head.principles,
            guidelines: cards.into_iter().map(|c| c.guideline).collect(),
        }),
        _ => Err(DeckError {
            origin: origin.to_string(),
            problems,
        }),
    }
}

fn located(file: &str, at: Option<&Location>, message: String, help: String) -> Problem {
    let problem = Problem::new(file, message, help);
    match at {
        Some(at) => problem.at(at.clone()),
        None => problem,
    }
}
