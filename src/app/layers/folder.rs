//! The folder prompt before the overview of teams: typing edits the path, Enter reads it
//! (empty: the store), Esc closes.

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::super::LineInput;
use super::super::keymap::{Action, Binding, Context::Folder as Here, Key, b};
use super::super::limit::MAX_LONG_LINE_CHARS;
use super::super::msg::Effect;
use super::{Ctx, Outcome, Overlay};
use crate::strings as s;
use crate::widgets::frame::{centered, popup};
use crate::widgets::theme;

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_FOLDER_READ, Some(s::HINT_FOLDER_READ), Action::ReadFolder),
];

impl Overlay {
    /// The folder prompt before the overview of teams, empty (the store).
    pub fn folder_prompt() -> Overlay {
        Overlay::Folder(LineInput::empty(MAX_LONG_LINE_CHARS))
    }
}

pub(super) fn on(
    text: &mut LineInput,
    cx: &mut Ctx,
    key: &KeyEvent,
    action: Option<Action>,
) -> Outcome {
    match action {
        Some(Action::Back) => Outcome::Close,
        Some(Action::ReadFolder) => {
            let folder = text.text().trim();
            let dir = (!folder.is_empty()).then(|| std::path::PathBuf::from(folder));
            cx.say(s::OVERVIEW_READING);
            cx.effects.push(Effect::Overview(dir));
            Outcome::Close
        }
        _ => {
            let edit = text.key(key);
            cx.edited(edit);
            Outcome::Stay
        }
    }
}

/// Pasted text lands in the prompt as one line. Control characters are dropped, not
/// replaced: a path with a stray escape in it would name no folder.
pub(super) fn paste(text: &mut LineInput, cx: &mut Ctx, pasted: &str) {
    let line: String = pasted
        .chars()
        .filter(|&c| !crate::text::is_unsafe(c) && c != '\n')
        .collect();
    let edit = text.paste(&line);
    cx.edited(edit);
}

/// The folder prompt before the overview of teams.
pub(super) fn draw(frame: &mut Frame, area: Rect, text: &LineInput, areas: &mut Areas) {
    let rect = centered(area, 76, 7);
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::FOLDER_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let shown = if text.is_empty() {
        Span::styled(format!("▏({})", s::FOLDER_STORE), theme::dim())
    } else {
        Span::raw(text.shown(None, true))
    };
    let lines = vec![
        Line::styled(s::FOLDER_INTRO, theme::dim()),
        Line::default(),
        Line::from(vec![Span::styled("Mappe: ", theme::key()), shown]),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    // The terminal's cursor on the text's cursor, for magnifiers.
    areas.focus_caret(frame.buffer_mut(), rect);
}
