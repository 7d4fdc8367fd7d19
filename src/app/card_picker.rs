//! Which cards an open assessment covers: the whole deck with the chosen ones ticked, so a
//! card can be added later or taken out.

use crate::assessment::Assessment;
use crate::deck::{Deck, Guideline};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardPicker {
    /// The highlighted card, an index into the deck's guidelines.
    pub cursor: usize,
}

/// What the team has recorded on a card: answers (scores, notes, reflections) and actions.
pub fn recorded(a: &Assessment, g: &Guideline) -> (usize, usize) {
    let on_card = |id: &str| g.anvisninger.iter().any(|x| x.id == id);
    let answers = a.answers.keys().filter(|id| on_card(id)).count();
    let reflections = a.reflections.get(&g.id).map_or(0, |m| m.len());
    let actions = a.actions.iter().filter(|t| on_card(&t.anvisning)).count();
    (answers + reflections, actions)
}

/// The assessment's cards with `id` ticked or not, in deck order; every card ticked is written
/// as "all" (an empty list), as a new assessment of all cards is.
pub fn with_card(a: &Assessment, deck: &Deck, id: &str, on: bool) -> Vec<String> {
    let chosen: Vec<String> = a
        .chosen(deck)
        .iter()
        .map(|g| g.id.clone())
        .filter(|x| x != id)
        .collect();
    let cards: Vec<String> = deck
        .guidelines
        .iter()
        .map(|g| g.id.clone())
        .filter(|g| chosen.contains(g) || (on && g == id))
        .collect();
    if cards.len() == deck.guidelines.len() {
        Vec::new()
    } else {
        cards
    }
}

/// Drops what was recorded on a card (after the team said yes).
pub fn drop_answers(a: &mut Assessment, g: &Guideline) {
    let on_card = |id: &str| g.anvisninger.iter().any(|x| x.id == id);
    a.answers.retain(|id, _| !on_card(id));
    a.reflections.remove(&g.id);
    a.actions.retain(|t| !on_card(&t.anvisning));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_keeps_deck_order_and_all_is_written_as_all() {
        let deck = Deck::embedded();
        let mut a = Assessment::new(&deck, "T", vec![], vec!["3.4".into(), "2.1".into()], "d");
        a.cards = with_card(&a, &deck, "3.5", true);
        assert_eq!(a.cards, ["2.1", "3.4", "3.5"]);
        a.cards = with_card(&a, &deck, "2.1", false);
        assert_eq!(a.cards, ["3.4", "3.5"]);
        let mut all = Assessment::new(&deck, "T", vec![], vec![], "d");
        all.cards = with_card(&all, &deck, "2.1", false);
        assert_eq!(all.cards.len(), deck.guidelines.len() - 1);
        all.cards = with_card(&all, &deck, "2.1", true);
        assert!(all.cards.is_empty());
    }
}
