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
        Action::First => 0,
        Action::Last => last,
        _ => i,
    }
    .min(last)
}

/// A text's new scroll offset after `action`, never past `max` (the last offset that still
/// fills the pane); a page is `page` rows.
pub fn scroll(v: u16, action: Action, max: u16, page: u16) -> u16 {
    let v = v.min(max);
    match action {
        Action::Up => v.saturating_sub(1),
        Action::PageUp => v.saturating_sub(page),
        Action::Down => v.saturating_add(1).min(max),
        Action::PageDown => v.saturating_add(page).min(max),
        Action::First => 0,
        Action::Last => max,
        _ => v,
    }
}

/// The rows a page key moves in a pane `height` rows high: one row of the old page stays.
pub fn page(height: u16) -> u16 {
    height.saturating_sub(1).max(1)
}

/// `current` scrolled by `action`, starting from where the view last drew `pane` (as kept in
/// `areas`) and never past its end. Before the first frame there is no end to know of.
pub(crate) fn scrolled(
    areas: &super::Areas,
    pane: super::Scrollable,
    current: super::Scroll,
    action: Action,
) -> super::Scroll {
    // Scrolled by hand, the model's own top is the truth (the extent may be a frame old
    // when keys come queued); following a selection, only the view knew where it was.
    let (top, max, page) = match areas.extent(pane) {
        Some(e) if current.free => (current.top.min(e.max), e.max, page(e.height)),
        Some(e) => (e.top, e.max, page(e.height)),
        None => (current.top, u16::MAX, PAGE),
    };
    super::Scroll {
        top: scroll(top, action, max, page),
        free: true,
    }
}

/// `current` scrolled by a notch of the mouse wheel: a few rows from where the view last drew
/// `pane`.
pub(crate) fn wheeled(
    areas: &super::Areas,
    pane: super::Scrollable,
    current: super::Scroll,
    down: bool,
) -> super::Scroll {
    let action = if down { Action::Down } else { Action::Up };
    let mut moved = scrolled(areas, pane, current, action);
    // The frame is not drawn between the rows of one notch: go on from the first.
    let max = areas.extent(pane).map_or(u16::MAX, |e| e.max);
    for _ in 1..WHEEL_ROWS {
        moved.top = scroll(moved.top, action, max, 1);
    }
    moved
}

/// Rows one notch of the wheel scrolls.
pub const WHEEL_ROWS: u16 = 3;

impl super::App {
    /// `current` scrolled by `action`, starting from where the view last drew `pane` and
    /// never past its end. Before the first frame there is no end to know of.
    pub(crate) fn scrolled(
        &self,
        pane: super::Scrollable,
        current: super::Scroll,
        action: Action,
    ) -> super::Scroll {
        scrolled(&self.areas, pane, current, action)
    }

    /// After the selection moved: the pane keeps its place and pulls the selection into view.
    pub(crate) fn following(
        &self,
        pane: super::Scrollable,
        current: super::Scroll,
    ) -> super::Scroll {
        super::Scroll {
            top: self.areas.extent(pane).map_or(current.top, |e| e.top),
            free: false,
        }
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
        assert_eq!(step(1, Action::Last, 5, 5), 4);
        assert_eq!(step(3, Action::First, 5, 5), 0);
    }

    #[test]
    fn scroll_never_passes_its_end() {
        assert_eq!(scroll(0, Action::Up, 20, PAGE), 0);
        assert_eq!(scroll(15, Action::PageDown, 20, PAGE), 20);
        assert_eq!(scroll(20, Action::Down, 20, PAGE), 20);
        assert_eq!(scroll(3, Action::Last, 20, PAGE), 20);
        // A window made larger shrinks the end; the next key starts from there.
        assert_eq!(scroll(30, Action::Up, 20, PAGE), 19);
    }
}
