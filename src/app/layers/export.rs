//! `e`: where the minutes go. A small form asks for the folder (the store's, beside the
//! assessment, is filled in); the runner writes there without overwriting and answers with the
//! whole paths, which stay in a message until read.

use crate::app::Areas;
use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::super::keymap::{Action, Binding, Context::ExportForm as Here, Key, b};
use super::super::limit::MAX_LONG_LINE_CHARS;
use super::super::msg::Effect;
use super::super::{App, LineInput};
use super::{Ctx, Outcome, Overlay};
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::frame::{centered, popup};
use crate::widgets::measure::width;
use crate::widgets::theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportForm {
    pub folder: LineInput,
}

/// The form's keys, one line per binding; the rest is typing in the field.
#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_EXPORT_HERE, Some(s::HINT_EXPORT_HERE), Action::ExportHere),
    b(&[Here], &[Key::Ctrl('u')], "Ctrl+U", s::HELP_EXPORT_CLEAR, Some(s::HINT_EXPORT_CLEAR), Action::Clear),
    b(&[Here], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_EXPORT_CANCEL, Some(s::HINT_EXPORT_CANCEL), Action::Cancel),
];

/// Opens the form, with the folder beside the assessment (or the store's) filled in.
pub(super) fn open(app: &App) -> Option<Overlay> {
    let session = app.session.as_ref()?;
    let folder = session
        .path
        .as_ref()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .or_else(|| app.store_dir.clone())
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Some(Overlay::Export(ExportForm::new(&folder)))
}

impl ExportForm {
    pub fn new(folder: &str) -> ExportForm {
        ExportForm {
            folder: LineInput::new(folder, MAX_LONG_LINE_CHARS),
        }
    }

    pub(super) fn on(&mut self, cx: &mut Ctx, key: &KeyEvent, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Cancel) => return Outcome::Close,
            Some(Action::ExportHere) => {
                let folder = self.folder.text().trim().to_string();
                if folder.is_empty() {
                    cx.warn(s::EXPORT_NEED_FOLDER);
                    return Outcome::Stay;
                }
                cx.effects.push(Effect::Export(PathBuf::from(folder)));
                return Outcome::Close;
            }
            _ => {
                let edit = self.folder.key(key);
                cx.edited(edit);
            }
        }
        Outcome::Stay
    }

    pub(super) fn paste(&mut self, cx: &mut Ctx, line: &str) {
        let edit = self.folder.paste(line);
        cx.edited(edit);
    }

    pub(super) fn draw(&self, frame: &mut Frame, area: Rect, areas: &mut Areas) {
        let rect = centered(area, 80, 8);
        frame.render_widget(Clear, rect);
        let block = popup(format!(" {} ", s::EXPORT_TITLE));
        let inner = usize::from(rect.width.saturating_sub(2));
        let head = format!("▶ {:<7}", s::EXPORT_FOLDER);
        let room = inner.saturating_sub(width(&head) + 1);
        let lines = vec![
            Line::default(),
            Line::from(vec![
                Span::styled(head, theme::title()),
                Span::raw(self.folder.shown(Some(room), true)),
            ]),
            Line::default(),
            Line::styled(format!("  {}", s::EXPORT_NOTE), theme::dim()),
            Line::styled(format!("  {}", s::EXPORT_NO_OVERWRITE), theme::dim()),
        ];
        frame.render_widget(
            Paragraph::new(lines)
                .block(block)
                .wrap(Wrap { trim: false }),
            rect,
        );
        // The terminal's cursor on the selection's marker, for magnifiers and readers.
        areas.focus_marker(frame.buffer_mut(), rect);
    }
}

/// The whole paths, in a message that stays until it is read.
pub(crate) fn exported(app: &mut App, paths: &[PathBuf]) {
    let body: Vec<String> = paths
        .iter()
        .map(|p| clean_line(&p.display().to_string()))
        .collect();
    app.set_status(format!("{} {}", s::EXPORTED, body.join(" og ")));
    app.push(Overlay::Message {
        title: s::EXPORTED_TITLE.to_string(),
        body: format!("{}\n\n{}", s::EXPORTED_BODY, body.join("\n")),
    });
}
