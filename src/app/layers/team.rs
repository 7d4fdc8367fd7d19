//! The team's name and participants in an open assessment, changed later (`t` on the home
//! screen, `d` on a card): typed straight into the assessment like the action form, committed
//! (one undo step) when it closes.

use crate::app::Areas;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph};

use super::super::keymap::{Action, Binding, Context::TeamForm as Here, Key, b};
use super::super::limit::{MAX_LINE_CHARS, MAX_LONG_LINE_CHARS};
use super::super::msg::Effect;
use super::super::{App, Edit, LineInput};
use super::Overlay;
use crate::assessment::Assessment;
use crate::strings as s;
use crate::widgets::fields::field_lines;
use crate::widgets::frame::{centered, popup};

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_ACTION_ENTER, Some(s::HINT_NEXT_FIELD), Action::NextField),
    b(&[Here], &[Key::Code(KeyCode::Esc)], "Esc", s::HELP_SAVE_CLOSE, Some(s::HINT_SAVE_CLOSE), Action::SaveAndClose),
    b(&[Here], &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Down)], "↑↓", s::HELP_FIELD_UP_DOWN, None, Action::Down),
    b(&[Here], &[Key::Code(KeyCode::Tab), Key::Code(KeyCode::BackTab)], "Tab", s::HELP_FIELD, Some(s::HINT_FIELD), Action::NextPane),
];

/// The form's two lines.
pub const TEAM_FIELDS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamForm {
    /// 0 the team, 1 the participants.
    pub field: usize,
    /// The team's name, written through to the assessment.
    pub team: LineInput,
    /// The participants as typed, comma-separated; the assessment gets the names.
    pub participants: LineInput,
    /// Opened with `t` on the home screen: closing it goes back to the list, not into the
    /// assessment.
    pub home: bool,
}

impl TeamForm {
    pub fn open(a: &Assessment) -> TeamForm {
        TeamForm {
            field: 0,
            team: LineInput::new(&a.team, MAX_LINE_CHARS),
            participants: LineInput::new(&a.participants.join(", "), MAX_LONG_LINE_CHARS),
            home: false,
        }
    }

    /// The field in focus.
    pub fn input_mut(&mut self) -> &mut LineInput {
        match self.field {
            0 => &mut self.team,
            _ => &mut self.participants,
        }
    }
}

/// "Åse, Bo ," → ["Åse", "Bo"].
pub fn split_participants(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// The form over the home screen (`t` on a saved assessment): closing it goes back to the list.
pub(crate) fn open_on_home(app: &mut App) -> Vec<Effect> {
    if let Some(session) = &app.session {
        let mut form = TeamForm::open(&session.assessment);
        form.home = true;
        app.push(Overlay::Team(form));
    }
    Vec::new()
}

pub(super) fn on(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if let Some(effects) = edit(app, |input| input.key(&key)) {
        return effects;
    }
    let Some(Overlay::Team(form)) = app.layers.last_mut() else {
        return Vec::new();
    };
    match action {
        Some(Action::SaveAndClose) => app.close_overlay(),
        Some(Action::NextField) if form.field + 1 == TEAM_FIELDS => app.close_overlay(),
        Some(Action::NextField | Action::NextPane | Action::Down) => {
            form.field = (form.field + 1) % TEAM_FIELDS;
            Vec::new()
        }
        Some(Action::PreviousPane | Action::Up) => {
            form.field = (form.field + TEAM_FIELDS - 1) % TEAM_FIELDS;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The field in focus changed by `change` (a key or a paste); what changed is written through
/// to the assessment at once. `None` when the key was not the field's.
pub(crate) fn edit(
    app: &mut App,
    change: impl FnOnce(&mut LineInput) -> Edit,
) -> Option<Vec<Effect>> {
    let Some(Overlay::Team(form)) = app.layers.last_mut() else {
        return Some(Vec::new());
    };
    let field = form.field;
    let input = form.input_mut();
    let edit = change(input);
    let text = input.text().to_string();
    if !app.edited(edit)? {
        return Some(Vec::new());
    }
    Some(if field == 1 {
        let names = split_participants(&text);
        app.draft_change(|a| a.participants = names)
    } else {
        app.draft_change(|a| a.team = text)
    })
}

/// Closing commits; a team cannot be nameless, so an emptied name goes back to what it was.
/// A form closed without a change changes nothing (the file stays as it was) and says nothing;
/// from the home screen it goes back to the list, which shows the new name.
pub(crate) fn close(app: &mut App, form: &TeamForm) -> Vec<Effect> {
    let Some(session) = &mut app.session else {
        return Vec::new();
    };
    let before = session.draft_base.as_ref().unwrap_or(&session.assessment);
    let unchanged = before.team.trim() == session.assessment.team.trim()
        && before.participants == session.assessment.participants;
    if unchanged {
        // Typed and typed back: the assessment as it was, not even its date changed.
        if let Some(base) = session.draft_base.take() {
            session.assessment = base;
        }
        return Vec::new();
    }
    let mut effects = commit(app);
    if form.home {
        app.screen = super::super::Screen::Home;
        effects.push(Effect::List);
    }
    effects
}

fn commit(app: &mut App) -> Vec<Effect> {
    let Some(session) = &app.session else {
        return Vec::new();
    };
    let old = session
        .draft_base
        .as_ref()
        .map_or_else(|| session.assessment.team.clone(), |a| a.team.clone());
    let mut emptied = false;
    let effects = app.commit_change(|a| {
        a.team = a.team.trim().to_string();
        if a.team.is_empty() {
            a.team = old;
            emptied = true;
        }
    });
    if emptied {
        app.set_error(s::TEAM_NEEDS_NAME);
    } else {
        app.set_status(s::TEAM_SAVED);
    }
    effects
}

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, form: &TeamForm, areas: &mut Areas) {
    if app.session.is_none() {
        return;
    }
    let rect = centered(area, 80, 7);
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::TEAM_TITLE));
    let inner = usize::from(rect.width.saturating_sub(2));
    let fields = [
        (s::NEW_TEAM, &form.team, ""),
        (
            s::NEW_PARTICIPANTS,
            &form.participants,
            s::NEW_PARTICIPANTS_HINT,
        ),
    ];
    let lines = field_lines(&fields, form.field, 11, inner);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    // The terminal's cursor on the text's cursor (or the selection's marker), for magnifiers.
    areas.focus_caret(frame.buffer_mut(), rect);
}
