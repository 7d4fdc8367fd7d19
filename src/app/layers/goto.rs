//! `G` on the card screens: go to a card or an anvisning by its number ("let's go to 3.7").
//! A one-line field; Enter goes there, a number the deck does not have (or a card the
//! assessment has not chosen) is said and the field stays open.

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::super::keymap::{Action, Binding, Context, Key, b};
use super::super::limit::MAX_LINE_CHARS;
use super::super::{LineInput, Session};
use super::{Ctx, Outcome};
use crate::assessment::Place;
use crate::deck::Deck;
use crate::strings as s;
use crate::widgets::frame::{centered, popup};
use crate::widgets::measure::width;
use crate::widgets::theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoTo {
    pub number: LineInput,
}

/// The key on the card screens that opens the field (in the help, not the hint line).
#[rustfmt::skip]
pub(crate) const OPEN: &[Binding] = &[
    b(&[Context::Cards, Context::Anvisninger, Context::Questions, Context::Browse], &[Key::Char('G')], "G", s::HELP_GOTO, None, Action::GoTo),
];

/// The field's keys; the rest is typing.
#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Context::GoTo], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_GOTO_GO, Some(s::HINT_GOTO_GO), Action::GoThere),
    b(&[Context::GoTo], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_GOTO_CANCEL, Some(s::HINT_GOTO_CANCEL), Action::Cancel),
];

impl GoTo {
    pub fn new() -> GoTo {
        GoTo {
            number: LineInput::empty(MAX_LINE_CHARS),
        }
    }

    pub(super) fn on(&mut self, cx: &mut Ctx, key: &KeyEvent, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Cancel) => Outcome::Close,
            Some(Action::GoThere) => {
                match find(self.number.text(), cx.deck, cx.session.as_deref()) {
                    Ok(place) => return Outcome::Go(place),
                    Err(why) => cx.warn(why),
                }
                Outcome::Stay
            }
            _ => {
                let edit = self.number.key(key);
                cx.edited(edit);
                Outcome::Stay
            }
        }
    }

    pub(super) fn paste(&mut self, cx: &mut Ctx, line: &str) {
        let edit = self.number.paste(line);
        cx.edited(edit);
    }

    pub(super) fn draw(&self, frame: &mut Frame, area: Rect, areas: &mut Areas) {
        let rect = centered(area, 64, 7);
        frame.render_widget(Clear, rect);
        let block = popup(format!(" {} ", s::GOTO_TITLE));
        let head = format!("▶ {} ", s::GOTO_NUMBER);
        let room = usize::from(rect.width.saturating_sub(2)).saturating_sub(width(&head) + 1);
        let lines = vec![
            Line::default(),
            Line::from(vec![
                Span::styled(head, theme::title()),
                Span::raw(self.number.shown(Some(room), true)),
            ]),
            Line::default(),
            Line::styled(format!("  {}", s::GOTO_EXAMPLE), theme::dim()),
        ];
        frame.render_widget(Paragraph::new(lines).block(block), rect);
        // The terminal's cursor on the selection's marker, for magnifiers and readers.
        areas.focus_marker(frame.buffer_mut(), rect);
    }
}

impl Default for GoTo {
    fn default() -> GoTo {
        GoTo::new()
    }
}

/// Where `typed` leads: a card (its first anvisning) or an anvisning, among the cards in play
/// (the assessment's chosen cards, or the whole deck while browsing). A comma is read as a
/// point (`3,4`), and case does not matter (`3.1.2B`).
fn find(typed: &str, deck: &Deck, session: Option<&Session>) -> Result<Place, String> {
    let wanted = typed.trim().replace(',', ".").to_lowercase();
    if wanted.is_empty() {
        return Err(s::GOTO_EMPTY.to_string());
    }
    let place = deck.guidelines.iter().find_map(|g| {
        if g.id.to_lowercase() == wanted {
            return Some((g, String::new()));
        }
        let a = g
            .anvisninger
            .iter()
            .find(|a| a.id.to_lowercase() == wanted)?;
        Some((g, a.id.clone()))
    });
    let Some((card, anvisning)) = place else {
        return Err(s::goto_unknown(typed.trim()));
    };
    if let Some(session) = session
        && !session
            .assessment
            .chosen(deck)
            .iter()
            .any(|g| g.id == card.id)
    {
        return Err(s::goto_not_chosen(&card.id));
    }
    Ok(Place {
        guideline: card.id.clone(),
        anvisning,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;

    fn deck() -> Deck {
        Deck::load_embedded().expect("the embedded deck loads")
    }

    #[test]
    fn a_card_or_an_anvisning_is_found_by_its_number() {
        let deck = deck();
        let card = find(" 3.4 ", &deck, None).unwrap();
        assert_eq!(
            (card.guideline.as_str(), card.anvisning.as_str()),
            ("3.4", "")
        );
        let anvisning = find("3,4,1", &deck, None).unwrap();
        assert_eq!(anvisning.guideline, "3.4");
        assert_eq!(anvisning.anvisning, "3.4.1");
    }

    #[test]
    fn an_unknown_number_and_a_card_not_chosen_are_said() {
        let deck = deck();
        assert!(find("9.99", &deck, None).unwrap_err().contains("9.99"));
        assert_eq!(find("  ", &deck, None).unwrap_err(), s::GOTO_EMPTY);
        let assessment =
            Assessment::new(&deck, "Team", Vec::new(), vec!["3.4".into()], "2026-12-04");
        let session = Session::new(assessment, None, false);
        assert!(find("3.4.1", &deck, Some(&session)).is_ok());
        let why = find("3.7", &deck, Some(&session)).unwrap_err();
        assert!(why.contains("3.7") && why.contains('+'), "{why}");
    }
}
