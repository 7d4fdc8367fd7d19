//! `+`: which cards an open assessment covers. The whole deck with the chosen ones ticked, so a
//! card can be added later or taken out; a card with answers is only taken out once the team has
//! said yes (until then every answer stays in the file).

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, ListItem, ListState};

use super::super::keymap::{Action, Binding, Context::CardPicker as Here, Key, b};
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, CardView};
use super::{Confirm, Overlay, Pending};
use crate::assessment::Assessment;
use crate::deck::{Deck, Guideline};
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::frame::{centered, marked_list, popup};
use crate::widgets::measure::truncate_cells;
use crate::widgets::theme;

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Char(' '), Key::Code(KeyCode::Enter)], "Mellemrum", s::HELP_CARD_TOGGLE, Some(s::HINT_CARD_TOGGLE), Action::Toggle),
];

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

/// `+` on a card screen: opens on the card being looked at.
pub(super) fn open(app: &App) -> Option<Overlay> {
    app.session.as_ref()?;
    // Start on the card being looked at.
    let current = app.current_card().map(|g| g.id.clone());
    let cursor = app
        .deck
        .guidelines
        .iter()
        .position(|g| Some(&g.id) == current.as_ref())
        .unwrap_or(0);
    Some(Overlay::Cards(CardPicker { cursor }))
}

pub(super) fn on(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let n = app.deck.guidelines.len();
    let Some(Overlay::Cards(picker)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::Back) => app.close_overlay(),
        Some(Action::Up | Action::Down | Action::PageUp | Action::PageDown) => {
            picker.cursor = nav::step(picker.cursor, action.unwrap_or(Action::Down), n, 5);
            Vec::new()
        }
        Some(Action::Toggle) => {
            let cursor = picker.cursor;
            toggle(app, cursor)
        }
        _ => Vec::new(),
    }
}

fn toggle(app: &mut App, cursor: usize) -> Vec<Effect> {
    let (Some(g), Some(session)) = (app.deck.guidelines.get(cursor), &app.session) else {
        return Vec::new();
    };
    let a = &session.assessment;
    let id = g.id.clone();
    let chosen = a.chosen(&app.deck).iter().any(|x| x.id == id);
    if !chosen {
        return set(app, &id, true);
    }
    if a.chosen(&app.deck).len() == 1 {
        app.set_error(s::CARD_LAST);
        return Vec::new();
    }
    let (answers, actions) = recorded(a, g);
    if answers + actions == 0 {
        return set(app, &id, false);
    }
    app.push(Overlay::Confirm(Confirm {
        question: format!(
            "{} {id} ({}) {}?",
            s::CARD_REMOVE_ASK,
            s::recorded(answers, actions),
            s::CARD_REMOVE_ASK_TAIL
        ),
        pending: Pending::RemoveCard(id),
    }));
    Vec::new()
}

/// Puts card `id` in (`on`) or takes it out with what was recorded on it, as one change; the
/// card screen stays on the card it showed when that card is still there.
pub(super) fn set(app: &mut App, id: &str, on: bool) -> Vec<Effect> {
    let Some(g) = app.deck.guideline(id).cloned() else {
        return Vec::new();
    };
    let showing = app.current_card().map(|g| g.id.clone());
    let deck = &app.deck;
    let cards = app
        .session
        .as_ref()
        .map(|s| with_card(&s.assessment, deck, id, on))
        .unwrap_or_default();
    let effects = app.commit_change(|a| {
        a.cards = cards;
        if !on {
            drop_answers(a, &g);
        }
    });
    let chosen = app.chosen();
    match chosen.iter().position(|g| Some(&g.id) == showing.as_ref()) {
        Some(i) if i != app.cards.card => {
            app.cards.card = i;
        }
        Some(_) => {}
        None => {
            let card = app.cards.card.min(chosen.len().saturating_sub(1));
            app.cards = CardView {
                card,
                pane: app.cards.pane,
                ..CardView::default()
            };
        }
    }
    let word = if on { s::CARD_ADDED } else { s::CARD_REMOVED };
    app.set_status(format!("{word} {id}"));
    effects
}

pub(super) fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    picker: &CardPicker,
    areas: &mut Areas,
) {
    let Some(session) = &app.session else {
        return;
    };
    let a = &session.assessment;
    let chosen: Vec<&str> = a.chosen(&app.deck).iter().map(|g| g.id.as_str()).collect();
    let rect = centered(area, 90, area.height);
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::PICK_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let w = usize::from(inner.width.saturating_sub(1));
    let items: Vec<ListItem> = app
        .deck
        .guidelines
        .iter()
        .map(|g| {
            let on = chosen.contains(&g.id.as_str());
            let tick = if on { "[x]" } else { "[ ]" };
            let (answers, actions) = recorded(a, g);
            let tail = match s::recorded(answers, actions) {
                t if t.is_empty() => t,
                t => format!("  {t}"),
            };
            let text = format!(" {tick} {:<5} {}", g.id, clean_line(&g.short_title()));
            let room = w.saturating_sub(tail.chars().count());
            let style = if on { theme::title() } else { theme::dim() };
            ListItem::new(Line::from(vec![
                Span::styled(format!("{:<room$}", truncate_cells(&text, room)), style),
                Span::styled(tail, theme::dim()),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(picker.cursor));
    frame.render_stateful_widget(marked_list(items), inner, &mut state);
    // The terminal's cursor on the selection's marker, for magnifiers and readers.
    areas.focus_marker(frame.buffer_mut(), rect);
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
