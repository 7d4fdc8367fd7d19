//! A question before something that cannot be seen undone at a glance (deleting an action,
//! removing a card that has answers, deleting an assessment). The pending change is data: it
//! comes back to `update` only once the user has said yes.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::super::App;
use super::super::keymap::{Action, Binding, Context::Confirm as Here, Key, b};
use super::super::msg::Effect;
use super::Outcome;
use crate::strings as s;
use crate::widgets::frame::{centered, popup};
use crate::widgets::measure::width;

pub struct Confirm {
    pub question: String,
    pub pending: Pending,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Delete this action (its place in `Assessment::actions`).
    DeleteAction(usize),
    /// Take this card (a guideline id) out of the assessment, with what was recorded on it.
    RemoveCard(String),
    /// Move this saved assessment to the store's wastebasket.
    DeleteAssessment(PathBuf),
}

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Enter), Key::Char('j')], "Enter/j", s::HELP_YES, Some(s::HINT_YES), Action::Yes),
    b(&[Here], &[Key::Code(KeyCode::Esc), Key::Char('n')], "Esc/n", s::HELP_NO, Some(s::HINT_NO), Action::No),
];

impl Confirm {
    /// Yes or no closes the question; on yes, the pending change goes to `update`
    /// (`confirmed`), which does it after the question is off the stack.
    pub(super) fn on(&self, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Yes) => Outcome::Yes(self.pending.clone()),
            Some(Action::No) => Outcome::Close,
            _ => Outcome::Stay,
        }
    }

    pub(super) fn draw(&self, frame: &mut Frame, area: Rect) {
        let w = area.width.min(76);
        let text_width = usize::from(w.saturating_sub(4)).max(1);
        // Words wrap early, so allow a line more than the characters need.
        let rows = width(&self.question).div_ceil(text_width) + 1;
        let rect = centered(area, w, u16::try_from(rows + 3).unwrap_or(u16::MAX));
        frame.render_widget(Clear, rect);
        let block = popup(format!(" {} ", s::CONFIRM_TITLE));
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let text = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        frame.render_widget(
            Paragraph::new(vec![Line::default(), Line::raw(self.question.clone())])
                .wrap(Wrap { trim: true }),
            text,
        );
    }
}

/// Yes to a question: its pending change, once the question is off the stack (what was open
/// before the question is back on top).
pub(super) fn confirmed(app: &mut App, pending: Pending) -> Vec<Effect> {
    match pending {
        Pending::DeleteAction(index) => {
            let effects = app.commit_change(|a| {
                if index < a.actions.len() {
                    a.actions.remove(index);
                }
            });
            app.set_status(s::ACTION_DELETED);
            effects
        }
        Pending::RemoveCard(id) => super::card_picker::set(app, &id, false),
        Pending::DeleteAssessment(path) => vec![Effect::Discard(path)],
    }
}
