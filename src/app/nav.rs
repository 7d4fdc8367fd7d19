//! Moving through lists and scrolling text: the one place a key becomes a new position, so every
//! pane stops at its ends the same way.

use super::keymap::Action;

/// Lines a page key scrolls in a text.
pub const PAGE: u16 = 10;

/// A list's new selection after `action`; `page` is how far a page key moves. Stays within
/// `0..len` (at 0 for an empty list); actions that do not move return `i` unchanged.
pub fn step(i: usize, action: Action, len: usize, page: usize) -> usize {
    let last = len.saturating_sub(1);
    match action {
        Action::Up | Action::PreviousCard => i.saturating_sub(1),
        Action::PageUp => i.saturating_sub(page),
        Action::Down | Action::NextCard => i.saturating_add(1).min(last),
        Action::PageDown => i.saturating_add(page).min(last),
        _ => i,
    }
    .min(last)
}

/// A text's new scroll offset after `action`, never past `max` (the last offset that still
/// fills the pane).
pub fn scroll(v: u16, action: Action, max: u16) -> u16 {
    let v = v.min(max);
    match action {
        Action::Up => v.saturating_sub(1),
        Action::PageUp => v.saturating_sub(PAGE),
        Action::Down => v.saturating_add(1).min(max),
        Action::PageDown => v.saturating_add(PAGE).min(max),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_stops_at_both_ends() {
        assert_eq!(step(0, Action::Up, 5, 5), 0);
        assert_eq!(step(4, Action::Down, 5, 5), 4);
        assert_eq!(step(2, Action::PageDown, 5, 5), 4);
        assert_eq!(step(3, Action::PageUp, 5, 5), 0);
        assert_eq!(step(0, Action::Down, 0, 5), 0);
        assert_eq!(step(1, Action::NextCard, 5, 5), 2);
    }

    #[test]
    fn scroll_never_passes_its_end() {
        assert_eq!(scroll(0, Action::Up, 20), 0);
        assert_eq!(scroll(15, Action::PageDown, 20), 20);
        assert_eq!(scroll(20, Action::Down, 20), 20);
        // A window made larger shrinks the end; the next key starts from there.
        assert_eq!(scroll(30, Action::Up, 20), 19);
    }
}
