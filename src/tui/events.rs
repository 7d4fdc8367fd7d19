//! The one place where terminal events become messages.

use ratatui::crossterm::event::{Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use crate::app::{Areas, Msg};

/// Key presses (not releases or repeats from terminals that report them), pastes, and the mouse
/// hit-tested against what the last frame drew. A resize needs no message: the next frame is
/// drawn at the new size.
pub fn to_msg(event: Event, areas: &Areas) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(key)),
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
