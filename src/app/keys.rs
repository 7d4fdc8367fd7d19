//! Every key table at work: the action a key press means where it is pressed, the hint line,
//! and whether an action edits the assessment. The tables themselves are in their places
//! (`layers::bindings` gathers them), so this file sits above them all.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keymap::{Action, Context, Key, label};
use super::layers::bindings;

/// The action a key press means in a context. `max_level` is the deck's highest score.
pub fn lookup(context: Context, key: &KeyEvent, max_level: u8) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    for binding in bindings().filter(|b| b.contexts.contains(&context)) {
        for k in binding.keys {
            let hit = match (*k, key.code) {
                (Key::Ctrl(c), KeyCode::Char(pressed)) => ctrl && pressed.eq_ignore_ascii_case(&c),
                (_, _) if ctrl => false,
                (Key::Char(c), KeyCode::Char(pressed)) => c == pressed,
                (Key::Code(code), pressed) => code == pressed,
                (Key::Digit, KeyCode::Char(d)) => {
                    d.to_digit(10).is_some_and(|d| d <= u32::from(max_level))
                }
                _ => false,
            };
            if hit {
                return Some(refine(binding.action, key.code));
            }
        }
    }
    None
}

/// Whether `action` in `context` changes the open assessment (`Action::edits`).
pub fn edits(context: Context, action: Action) -> bool {
    action.edits(context)
}

/// One binding can cover a pair of keys (↑/↓, ]/[): the key pressed picks the direction.
fn refine(action: Action, code: KeyCode) -> Action {
    match (action, code) {
        (Action::Score(_), KeyCode::Char(d)) => Action::Score(d.to_digit(10).unwrap_or(0) as u8),
        (Action::Rate(_), KeyCode::Char(d)) => Action::Rate(d.to_digit(10).unwrap_or(0) as u8),
        (Action::Down, KeyCode::Up | KeyCode::Char('k')) => Action::Up,
        (Action::PageDown, KeyCode::PageUp) => Action::PageUp,
        (Action::NextPane, KeyCode::BackTab) => Action::PreviousPane,
        (Action::NextCard, KeyCode::Char('[' | ',')) => Action::PreviousCard,
        (Action::Last, KeyCode::Home) => Action::First,
        (Action::Right, KeyCode::Left | KeyCode::Char('h')) => Action::Left,
        (action, _) => action,
    }
}

/// The hint line for a context: (keys, what they do), most important first (`hint_rank`).
pub fn hints(context: Context, max_level: u8) -> Vec<(String, &'static str)> {
    let mut ranked: Vec<(u8, String, &'static str)> = bindings()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| {
            b.hint
                .map(|h| (b.action.hint_rank(), label(b, max_level), h))
        })
        .collect();
    ranked.sort_by_key(|(rank, ..)| *rank);
    ranked.into_iter().map(|(_, k, h)| (k, h)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Context::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn digits_score_only_within_the_scale() {
        let three = key(KeyCode::Char('3'));
        assert_eq!(lookup(Anvisninger, &three, 4), Some(Action::Score(3)));
        assert_eq!(lookup(Anvisninger, &key(KeyCode::Char('7')), 4), None);
        assert_eq!(lookup(Questions, &three, 4), None);
    }

    #[test]
    fn letters_are_text_in_the_editor_but_ctrl_q_still_quits() {
        assert_eq!(lookup(Editor, &key(KeyCode::Char('q')), 4), None);
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Editor, &ctrl_q, 4), Some(Action::Quit));
        assert_eq!(
            lookup(Anvisninger, &key(KeyCode::Char('q')), 4),
            Some(Action::Quit)
        );
    }

    #[test]
    fn pairs_pick_their_direction() {
        assert_eq!(
            lookup(Cards, &key(KeyCode::Char('[')), 4),
            Some(Action::PreviousCard)
        );
        assert_eq!(
            lookup(Cards, &key(KeyCode::Char(']')), 4),
            Some(Action::NextCard)
        );
        // The Danish keyboard's pair, without AltGr.
        assert_eq!(
            lookup(Anvisninger, &key(KeyCode::Char(',')), 4),
            Some(Action::PreviousCard)
        );
        assert_eq!(
            lookup(Reading, &key(KeyCode::Char('.')), 4),
            Some(Action::NextCard)
        );
        assert_eq!(lookup(Home, &key(KeyCode::Char('k')), 4), Some(Action::Up));
        assert_eq!(lookup(Home, &key(KeyCode::Down), 4), Some(Action::Down));
    }

    #[test]
    fn every_context_has_hints_and_a_way_out() {
        for &ctx in Context::ALL {
            let hints = hints(ctx, 4);
            assert!(!hints.is_empty(), "{ctx:?}");
            let out = bindings().any(|b| {
                b.contexts.contains(&ctx)
                    && matches!(
                        b.action,
                        Action::Back
                            | Action::Cancel
                            | Action::SaveAndClose
                            | Action::No
                            | Action::CancelRound
                            | Action::EndRound
                            | Action::Quit
                    )
            });
            assert!(out, "{ctx:?} has no way out");
        }
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        for &ctx in Context::ALL {
            let mut seen = Vec::new();
            for b in bindings().filter(|b| b.contexts.contains(&ctx)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} twice in {ctx:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
