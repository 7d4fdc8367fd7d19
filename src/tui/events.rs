//! The one place where terminal events become messages. Two things about keyboards are decided
//! here and nowhere else, so every text field behaves alike:
//! - AltGr. Windows reports a character typed with AltGr as Ctrl+Alt+character; on a Danish
//!   keyboard that is how `@ £ $ € { [ ] } | \ ~ µ` arrive. Such a character is text
//!   (`normalize`), so `update` sees it exactly as a terminal on Linux or macOS sends it.
//! - Paste on Windows. The Windows console has no bracketed paste: a paste is a burst of key
//!   presses read in one go. `to_msgs` turns such a burst into one `Msg::Paste`, so pasted text
//!   can never score, vote or open anything.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::app::{Areas, Msg};

/// This many text keys read in one go, or more, are a paste. A person typing, however fast, has
/// one key waiting when the app reads (it reads within milliseconds); only a stall of half a
/// second would queue four.
pub const PASTE_MIN_KEYS: usize = 4;

/// Key presses (not releases or repeats from terminals that report them), pastes, and the mouse
/// hit-tested against what the last frame drew. A resize needs no message: the next frame is
/// drawn at the new size.
pub fn to_msg(event: Event, areas: &Areas) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(normalize(key))),
        Event::Paste(text) => Some(Msg::Paste(text)),
        // Shift is how terminals let the user select text while we hold the mouse.
        Event::Mouse(m) if m.modifiers.contains(KeyModifiers::SHIFT) => None,
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => areas.hit(m.column, m.row).map(Msg::Click),
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                areas.pane_at(m.column, m.row).map(|pane| Msg::Scroll {
                    pane,
                    down: m.kind == MouseEventKind::ScrollDown,
                })
            }
            _ => None,
        },
        _ => None,
    }
}

/// A character typed with AltGr is text: Windows sends it with Ctrl and Alt both held, and
/// without this every text field would drop it as a shortcut. A chord on a letter or digit
/// (Ctrl+Alt+A) is what Windows sends for a key with no AltGr character, so it stays a chord;
/// Ctrl alone (Ctrl+U, Ctrl+Z) is never touched.
pub fn normalize(mut key: KeyEvent) -> KeyEvent {
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    if let KeyCode::Char(c) = key.code
        && key.modifiers.contains(altgr)
        && !c.is_ascii_alphanumeric()
        && !c.is_control()
    {
        key.modifiers.remove(altgr);
    }
    key
}

/// The events read in one go, as messages. With `bursts` (Windows, which has no bracketed
/// paste), a run of at least `PASTE_MIN_KEYS` text keys becomes one `Msg::Paste`; fewer stay
/// keys, and so does one key held down (its repeats are all the same key).
pub fn to_msgs(events: Vec<Event>, areas: &Areas, bursts: bool) -> Vec<Msg> {
    let mut msgs = Vec::new();
    let mut run: Vec<KeyEvent> = Vec::new();
    for event in events {
        if bursts && let Event::Key(key) = &event {
            let key = normalize(*key);
            if key.kind != KeyEventKind::Press {
                // Windows reports every release too; they neither start nor end a burst.
                continue;
            }
            if text_of(&key).is_some() {
                run.push(key);
                continue;
            }
        }
        if bursts && is_noise(&event) {
            continue;
        }
        end_run(&mut run, &mut msgs);
        msgs.extend(to_msg(event, areas));
    }
    end_run(&mut run, &mut msgs);
    msgs
}

/// True when the events end in text keys: they may be the start or the middle of a paste
/// whose rest is still on its way (a terminal may hand a paste over in pieces, its first key
/// alone), so the runner waits a moment for more before handing them on. After any other key
/// it does not wait.
pub fn ends_in_text(events: &[Event]) -> bool {
    for event in events.iter().rev() {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Press => {}
            event if is_noise(event) => {}
            Event::Key(key) => return text_of(&normalize(*key)).is_some(),
            _ => return false,
        }
    }
    false
}

/// Events that say nothing to the app and so neither end a burst nor interrupt it: the mouse
/// moving over the window while text is pasted, a resize, focus coming and going.
fn is_noise(event: &Event) -> bool {
    match event {
        Event::Mouse(m) => m.kind == MouseEventKind::Moved,
        Event::Resize(..) | Event::FocusGained | Event::FocusLost => true,
        _ => false,
    }
}

fn end_run(run: &mut Vec<KeyEvent>, msgs: &mut Vec<Msg>) {
    if is_paste(run) {
        msgs.push(Msg::Paste(run.iter().filter_map(text_of).collect()));
    } else {
        msgs.extend(run.iter().map(|key| Msg::Key(*key)));
    }
    run.clear();
}

fn is_paste(run: &[KeyEvent]) -> bool {
    run.len() >= PASTE_MIN_KEYS && run.iter().any(|key| key.code != run[0].code)
}

/// What a key press adds to pasted text, if it is text at all.
fn text_of(key: &KeyEvent) -> Option<char> {
    let shortcut = key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        KeyCode::Char(c) if !shortcut => Some(c),
        KeyCode::Enter if !shortcut => Some('\n'),
        KeyCode::Tab if !shortcut => Some('\t'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Extent, Pane, Scrollable, Target};
    use ratatui::crossterm::event::MouseEvent;
    use ratatui::layout::Rect;

    fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    /// Text as the Windows console delivers it: a press and a release per key, Shift for a
    /// capital, Enter for a line break.
    fn windows_keys(text: &str) -> Vec<Event> {
        let mut events = Vec::new();
        for c in text.chars() {
            let (code, modifiers) = match c {
                '\n' => (KeyCode::Enter, KeyModifiers::NONE),
                c if c.is_uppercase() => (KeyCode::Char(c), KeyModifiers::SHIFT),
                c => (KeyCode::Char(c), KeyModifiers::NONE),
            };
            events.push(press(code, modifiers));
            events.push(Event::Key(KeyEvent::new_with_kind(
                code,
                modifiers,
                KeyEventKind::Release,
            )));
        }
        events
    }

    fn keys_of(msgs: &[Msg]) -> String {
        msgs.iter()
            .map(|m| match m {
                Msg::Key(KeyEvent {
                    code: KeyCode::Char(c),
                    ..
                }) => *c,
                _ => '?',
            })
            .collect()
    }

    #[test]
    fn altgr_characters_are_text_and_ctrl_shortcuts_stay_shortcuts() {
        let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
        for c in ['@', '€', '\\', '{', '[', ']', '}', '£', '$', '|', '~', 'µ'] {
            let key = normalize(KeyEvent::new(KeyCode::Char(c), altgr));
            assert_eq!(key.modifiers, KeyModifiers::NONE, "{c}");
            assert_eq!(key.code, KeyCode::Char(c));
        }
        // Shift stays with the character; only the AltGr pair goes.
        let shifted = normalize(KeyEvent::new(
            KeyCode::Char('|'),
            altgr | KeyModifiers::SHIFT,
        ));
        assert_eq!(shifted.modifiers, KeyModifiers::SHIFT);
        // Ctrl alone, and a chord on a letter or digit, are untouched.
        let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(normalize(ctrl_u), ctrl_u);
        let chord = KeyEvent::new(KeyCode::Char('a'), altgr);
        assert_eq!(normalize(chord), chord);
        let digit = KeyEvent::new(KeyCode::Char('2'), altgr);
        assert_eq!(normalize(digit), digit);
        let enter = KeyEvent::new(KeyCode::Enter, altgr);
        assert_eq!(normalize(enter), enter);
    }

    #[test]
    fn a_burst_of_text_keys_is_one_paste_with_its_line_breaks() {
        let areas = Areas::default();
        let msgs = to_msgs(windows_keys("2 gange\nom året"), &areas, true);
        assert!(
            matches!(&msgs[..], [Msg::Paste(text)] if text == "2 gange\nom året"),
            "{msgs:?}"
        );
        // AltGr characters in the burst are part of the text.
        let mut events = windows_keys("mette");
        events.push(press(
            KeyCode::Char('@'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ));
        events.extend(windows_keys("kommune.dk"));
        let msgs = to_msgs(events, &areas, true);
        assert!(
            matches!(&msgs[..], [Msg::Paste(text)] if text == "mette@kommune.dk"),
            "{msgs:?}"
        );
    }

    #[test]
    fn typing_stays_typing() {
        let areas = Areas::default();
        // One key at a time, as a person types: each read holds one press (and its release).
        for c in "2 gange om året".chars() {
            let msgs = to_msgs(windows_keys(&c.to_string()), &areas, true);
            assert_eq!(keys_of(&msgs), c.to_string());
        }
        // Three keys queued during a slow frame are still keys.
        assert_eq!(keys_of(&to_msgs(windows_keys("j3n"), &areas, true)), "j3n");
        // A key held down repeats itself, however many come at once.
        assert_eq!(
            keys_of(&to_msgs(windows_keys("jjjjjjjj"), &areas, true)),
            "jjjjjjjj"
        );
        // Without bursts (terminals with bracketed paste), keys are keys.
        assert_eq!(
            keys_of(&to_msgs(windows_keys("abcdef"), &areas, false)),
            "abcdef"
        );
    }

    #[test]
    fn a_burst_ends_at_a_key_that_is_not_text() {
        let areas = Areas::default();
        let mut events = vec![press(KeyCode::Down, KeyModifiers::NONE)];
        events.extend(windows_keys("bilag 3"));
        events.push(press(KeyCode::Esc, KeyModifiers::NONE));
        events.extend(windows_keys("q"));
        let msgs = to_msgs(events, &areas, true);
        assert!(
            matches!(
                &msgs[..],
                [
                    Msg::Key(KeyEvent { code: KeyCode::Down, .. }),
                    Msg::Paste(text),
                    Msg::Key(KeyEvent { code: KeyCode::Esc, .. }),
                    Msg::Key(KeyEvent { code: KeyCode::Char('q'), .. }),
                ] if text == "bilag 3"
            ),
            "{msgs:?}"
        );
        // The mouse moving over the window meanwhile does not cut the paste in two.
        let mut events = windows_keys("se ");
        events.push(mouse(MouseEventKind::Moved, 3, 3));
        events.extend(windows_keys("bilag"));
        let msgs = to_msgs(events, &areas, true);
        assert!(
            matches!(&msgs[..], [Msg::Paste(t)] if t == "se bilag"),
            "{msgs:?}"
        );
        assert!(ends_in_text(
            &[
                windows_keys("se bi"),
                vec![mouse(MouseEventKind::Moved, 3, 3)]
            ]
            .concat()
        ));
        // Ctrl+V's own keys (Windows sends them before the text) are no part of the paste.
        let mut events = vec![press(KeyCode::Char('v'), KeyModifiers::CONTROL)];
        events.extend(windows_keys("abcd"));
        let msgs = to_msgs(events, &areas, true);
        assert!(
            matches!(&msgs[..], [Msg::Key(_), Msg::Paste(t)] if t == "abcd"),
            "{msgs:?}"
        );
    }

    #[test]
    fn the_runner_waits_for_more_only_after_text() {
        assert!(ends_in_text(&windows_keys("se bilag")));
        // A paste's first key may come alone: "2" of "2 gange" must not score before the rest.
        assert!(ends_in_text(&windows_keys("2")));
        let mut events = windows_keys("se bilag");
        events.push(press(KeyCode::Esc, KeyModifiers::NONE));
        assert!(!ends_in_text(&events));
        assert!(!ends_in_text(&[press(KeyCode::Down, KeyModifiers::NONE)]));
        assert!(!ends_in_text(&[press(
            KeyCode::Char('z'),
            KeyModifiers::CONTROL
        )]));
    }

    #[test]
    fn clicks_and_the_wheel_land_on_what_was_drawn_there() {
        let mut areas = Areas::default();
        let pane = Rect::new(0, 0, 40, 10);
        areas.target(pane, Target::Pane(Pane::Anvisninger));
        areas.target(Rect::new(1, 2, 38, 1), Target::Anvisning(1));
        areas.pane(pane, Scrollable::Anvisninger, Extent::default());
        let click = to_msg(mouse(MouseEventKind::Down(MouseButton::Left), 5, 2), &areas);
        assert!(matches!(click, Some(Msg::Click(Target::Anvisning(1)))));
        let wheel = to_msg(mouse(MouseEventKind::ScrollDown, 5, 8), &areas);
        assert!(matches!(
            wheel,
            Some(Msg::Scroll {
                pane: Scrollable::Anvisninger,
                down: true
            })
        ));
        assert!(
            to_msg(
                mouse(MouseEventKind::Down(MouseButton::Left), 50, 2),
                &areas
            )
            .is_none()
        );
        assert!(to_msg(mouse(MouseEventKind::Moved, 5, 2), &areas).is_none());
    }
}
