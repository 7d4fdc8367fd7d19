//! The key help, generated from the key tables: one section per place in the app. It opens at
//! the section of the place it was opened from, and scrolls through the rest.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::super::keymap::{Action, Context, label};
use super::super::{Areas, Scroll, Scrollable};
use super::bindings;
use super::{Ctx, Outcome};
use crate::strings as s;
use crate::widgets::frame::{centered, popup};
use crate::widgets::scroll::{self, Keep};
use crate::widgets::theme;

/// The help's place: how far it is scrolled, and the place it was opened from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    pub scroll: Scroll,
    /// Its section is shown first (until the help is scrolled by hand).
    pub from: Context,
}

impl Help {
    pub fn new(from: Context) -> Help {
        Help {
            scroll: Scroll::default(),
            from,
        }
    }

    /// Esc (or `?` again) closes; the moving keys scroll.
    pub(super) fn on(&mut self, cx: &Ctx, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Back | Action::Help) => Outcome::Close,
            Some(action) => {
                self.scroll = cx.scrolled(Scrollable::Help, self.scroll, action);
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }

    /// The wheel over the help.
    pub(super) fn wheel(&mut self, cx: &Ctx, down: bool) {
        self.scroll = cx.wheeled(Scrollable::Help, self.scroll, down);
    }

    pub(super) fn draw(&self, frame: &mut Frame, area: Rect, max_level: u8, areas: &mut Areas) {
        let rect = centered(area, 86, area.height.saturating_sub(2).max(3));
        frame.render_widget(Clear, rect);
        let block = popup(format!(" {} · ↑↓ rul · {} ", s::HELP_TITLE, s::CLOSE_HINT));
        let (lines, section) = help_lines(max_level, self.from);
        let keep = section.map_or(Keep::Nothing, Keep::LineAtTop);
        let extent = scroll::draw(frame, rect, block, lines, self.scroll, keep);
        areas.pane(rect, Scrollable::Help, extent);
    }
}

/// Help, generated from the key map: one section per place in the app; and the line where
/// `from`'s section starts (`None` for the first, or a place without a section of its own).
pub fn help_lines(max_level: u8, from: Context) -> (Vec<Line<'static>>, Option<usize>) {
    let mut lines = vec![Line::raw(s::HELP_METHOD), Line::default()];
    let mut section = None;
    // One section per place, in the order `Context` is declared.
    let sections = Context::ALL
        .iter()
        .filter_map(|&c| Some((c.help_title()?, c)));
    for (i, (title, ctx)) in sections.enumerate() {
        if ctx == from && i > 0 {
            section = Some(lines.len());
        }
        lines.push(Line::styled(title, theme::heading()));
        for b in bindings().filter(|b| b.contexts.contains(&ctx)) {
            let label = label(b, max_level);
            lines.push(Line::from(vec![
                Span::styled(format!("  {label:<12}"), theme::key()),
                Span::raw(b.help),
            ]));
        }
        lines.push(Line::default());
    }
    // The text fields' own keys: the editor's, and every one-line field's.
    for (title, keys) in [
        (s::HELP_EDITOR_TITLE, s::HELP_EDITOR_KEYS),
        (s::HELP_LINE_TITLE, s::HELP_LINE_KEYS),
    ] {
        lines.push(Line::styled(title, theme::heading()));
        for (keys, what) in keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<12}"), theme::key()),
                Span::raw(*what),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::styled(s::HELP_MOUSE_TITLE, theme::heading()));
    for line in s::HELP_MOUSE {
        lines.push(Line::raw(format!("  {line}")));
    }
    lines.push(Line::default());
    lines.push(Line::styled(s::HELP_SIGNS_TITLE, theme::heading()));
    lines.extend(s::HELP_SIGNS.iter().map(|l| Line::raw(format!("  {l}"))));
    (lines, section)
}
