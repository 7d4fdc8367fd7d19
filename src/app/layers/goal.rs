//! `m` on an anvisning: the goal for next time (»mål til næste gang«), a level of the deck's
//! scale; `b`: what the score rests on (»Hvordan ved du det?«: dokumenteret, praksis, der kan
//! beskrives, antagelse). One small choice list for both; Enter (or a digit) chooses and the
//! choice is committed as one undo step when the list closes; Esc closes without a change.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::super::keymap::{Action, Binding, Context, Key, b};
use super::super::msg::Effect;
use super::super::{App, Areas};
use super::{Ctx, Outcome, Overlay};
use crate::assessment::Basis;
use crate::strings as s;
use crate::widgets::frame::{centered, popup};
use crate::widgets::theme;

/// Which of the answer's two fields the list sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Goal,
    Basis,
}

/// One value the list offers; `None` takes the goal or basis away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Goal(Option<u8>),
    Basis(Option<Basis>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    field: Field,
    anvisning: String,
    selected: usize,
    /// The top of the deck's scale (the goal's levels are 0 to this).
    max: u8,
    /// The scale's words per level, for the list.
    levels: Vec<String>,
    /// Set by Enter or a digit: committed when the list closes.
    chosen: Option<Value>,
}

/// The keys on an anvisning that open the list (in the help).
#[rustfmt::skip]
pub(crate) const OPEN: &[Binding] = &[
    b(&[Context::Anvisninger], &[Key::Char('m')], "m", s::HELP_GOAL, None, Action::Goal),
    b(&[Context::Anvisninger], &[Key::Char('b')], "b", s::HELP_BASIS, None, Action::Basis),
];

/// The list's keys.
#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Context::Choice], &[Key::Code(KeyCode::Down), Key::Code(KeyCode::Up), Key::Char('j'), Key::Char('k')], "↑↓", s::HELP_CHOICE_MOVE, Some(s::HINT_CHOICE_MOVE), Action::Down),
    b(&[Context::Choice], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_CHOICE_PICK, Some(s::HINT_CHOICE_PICK), Action::Choose),
    b(&[Context::Choice], &[Key::Digit], "0–4", s::HELP_CHOICE_DIGIT, None, Action::Score(0)),
    b(&[Context::Choice], &[Key::Code(KeyCode::Backspace), Key::Code(KeyCode::Delete)], "Backspace", s::HELP_CHOICE_CLEAR, Some(s::HINT_CHOICE_CLEAR), Action::Clear),
    b(&[Context::Choice], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_CHOICE_CANCEL, Some(s::HINT_CHOICE_CANCEL), Action::Cancel),
];

impl Choice {
    /// The values in the list's order: the levels (or the three bases), then »intet«.
    fn values(&self) -> Vec<Value> {
        match self.field {
            Field::Goal => (0..=self.max)
                .map(|v| Value::Goal(Some(v)))
                .chain([Value::Goal(None)])
                .collect(),
            Field::Basis => Basis::ALL
                .iter()
                .map(|b| Value::Basis(Some(*b)))
                .chain([Value::Basis(None)])
                .collect(),
        }
    }

    pub(super) fn on(&mut self, _cx: &mut Ctx, action: Option<Action>) -> Outcome {
        let values = self.values();
        let last = values.len().saturating_sub(1);
        match action {
            Some(Action::Cancel) => return Outcome::Close,
            Some(Action::Down) => self.selected = (self.selected + 1).min(last),
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Choose) => {
                self.chosen = values.get(self.selected).copied();
                return Outcome::Close;
            }
            Some(Action::Clear) => {
                self.chosen = values.last().copied();
                return Outcome::Close;
            }
            Some(Action::Score(d)) => {
                // A goal by its level; a basis by its place in the list (1–3).
                let at = match self.field {
                    Field::Goal => Some(usize::from(d)),
                    Field::Basis => usize::from(d).checked_sub(1).filter(|i| *i < last),
                };
                if let Some(value) = at.and_then(|i| values.get(i)) {
                    self.chosen = Some(*value);
                    return Outcome::Close;
                }
            }
            _ => {}
        }
        Outcome::Stay
    }

    pub(super) fn draw(&self, frame: &mut Frame, area: Rect, areas: &mut Areas) {
        let values = self.values();
        let height = u16::try_from(values.len())
            .unwrap_or(u16::MAX)
            .saturating_add(4);
        let rect = centered(area, 44, height);
        frame.render_widget(Clear, rect);
        let title = match self.field {
            Field::Goal => s::GOAL_TITLE,
            Field::Basis => s::BASIS_TITLE,
        };
        let block = popup(format!(" {title} · {} ", self.anvisning));
        let mut lines = vec![Line::styled(
            match self.field {
                Field::Goal => s::GOAL_ASK,
                Field::Basis => s::BASIS_ASK,
            },
            theme::dim(),
        )];
        lines.push(Line::default());
        for (i, value) in values.iter().enumerate() {
            let words = match value {
                Value::Goal(Some(v)) => match self.levels.get(usize::from(*v)) {
                    Some(label) => format!("{v} {}", crate::text::clean_line(label)),
                    None => v.to_string(),
                },
                Value::Basis(Some(b)) => format!("{} {}", i + 1, b.label()),
                Value::Goal(None) | Value::Basis(None) => s::CHOICE_NONE.to_string(),
            };
            if i == self.selected {
                lines.push(Line::styled(format!("▶ {words}"), theme::selected()));
            } else {
                lines.push(Line::raw(format!("  {words}")));
            }
        }
        frame.render_widget(Paragraph::new(lines).block(block), rect);
        areas.focus_marker(frame.buffer_mut(), rect);
    }
}

/// `m` or `b` on an anvisning: the list, at the value the answer has now.
pub(super) fn open(app: &App, field: Field) -> Option<Overlay> {
    let anvisning = app.current_anvisning_id()?;
    let answer = app
        .session
        .as_ref()?
        .assessment
        .answer(&anvisning)
        .cloned()
        .unwrap_or_default();
    let max = app.deck.max_level();
    let mut choice = Choice {
        field,
        anvisning,
        selected: 0,
        max,
        levels: (0..=max)
            .map(|v| {
                let level = app.deck.scale.iter().find(|l| l.value == v);
                level.map(|l| l.label.clone()).unwrap_or_default()
            })
            .collect(),
        chosen: None,
    };
    let now = match field {
        Field::Goal => Value::Goal(answer.goal),
        Field::Basis => Value::Basis(answer.basis),
    };
    // Nothing set yet: the goal starts one above the score (where a team usually aims).
    let start = match (field, answer.goal, answer.score.and_then(|s| s.level())) {
        (Field::Goal, None, Some(level)) => Value::Goal(Some(level.saturating_add(1).min(max))),
        (Field::Goal, None, None) => Value::Goal(Some(0)),
        (Field::Basis, None, _) => Value::Basis(Some(Basis::Documented)),
        _ => now,
    };
    choice.selected = choice
        .values()
        .iter()
        .position(|v| *v == start)
        .unwrap_or(0);
    Some(Overlay::Choice(choice))
}

/// What closing the list commits: the value chosen, as one undo step; nothing after Esc or
/// when the value is the one the answer had.
pub(super) fn close(app: &mut App, choice: &Choice) -> Vec<Effect> {
    let Some(value) = choice.chosen else {
        return Vec::new();
    };
    let now = app
        .session
        .as_ref()
        .and_then(|session| session.assessment.answer(&choice.anvisning))
        .cloned()
        .unwrap_or_default();
    let unchanged = match value {
        Value::Goal(goal) => now.goal == goal,
        Value::Basis(basis) => now.basis == basis,
    };
    if unchanged {
        return Vec::new();
    }
    let id = choice.anvisning.clone();
    app.commit_change(|a| {
        let answer = a.answer_mut(&id);
        match value {
            Value::Goal(goal) => answer.goal = goal,
            Value::Basis(basis) => answer.basis = basis,
        }
    })
}
