//! Every layer that opens over a screen, and the one match over them all: the key context each
//! gives, where its keys, pastes, clicks and wheel go, how it is drawn, what closing it
//! commits, and which keys on a screen open one. Each layer's own state, key table, handling
//! and drawing sit in its file beside this one; a new layer is a file, a variant here and its
//! lines in these matches.
//!
//! The layers are in `app/` (not `ui/`) because `App` holds them: their drawing uses the kit in
//! `widgets/`, which sits below both, so `app` never imports `ui`.

mod action_form;
mod action_list;
mod build_on;
mod card_picker;
mod carried;
mod confirm;
pub(super) mod editor;
mod export;
mod folder;
mod goal;
mod goto;
mod help;
mod message;
mod search;
mod team;

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::keymap::{Action, Binding, Context};
use super::msg::Effect;
use super::{App, Areas, Edit, LineInput, Scroll, Scrollable, Session, Status, Target, vote};
use crate::deck::Deck;
use crate::strings as s;

pub use action_form::ActionForm;
pub use action_list::{ActionList, action_text, status_label};
pub(crate) use action_list::{add as add_action, open_list as open_actions};
pub use card_picker::{CardPicker, recorded};
pub use confirm::{Confirm, Pending};
pub use editor::{EditTarget, Editor, draw as draw_editor};
pub use export::ExportForm;
pub(crate) use export::exported;
pub use goto::GoTo;
pub use help::{Help, help_lines};
pub use search::SearchState;
pub use team::TeamForm;
pub(crate) use team::open_on_home as open_team_on_home;

pub enum Overlay {
    /// The key help.
    Help(Help),
    Editor(Box<Editor>),
    Search(SearchState),
    /// The form for an action (what, who, by when).
    Action(ActionForm),
    /// The folder to read for the overview of teams, as typed; empty means the store.
    Folder(LineInput),
    /// One anvisning's actions, or all of them.
    Actions(ActionList),
    /// A yes-or-no question before a change.
    Confirm(Confirm),
    /// Add or remove cards in the open assessment.
    Cards(CardPicker),
    /// The team's name and participants.
    Team(TeamForm),
    /// Where the minutes go.
    Export(ExportForm),
    /// A message that needs to be read, e.g. why a file could not be opened.
    Message {
        title: String,
        body: String,
    },
    /// A voting round, and the dissent note it may have open.
    Vote(Box<vote::VoteView>),
    /// The store holds an earlier assessment of the team: build on it?
    BuildOn {
        path: PathBuf,
        created: String,
    },
    /// Last time's actions, to mark how far each got; `selected` is an index into the
    /// assessment's carried actions.
    Carried {
        selected: usize,
    },
    /// A card or an anvisning by its number.
    GoTo(GoTo),
    /// The goal for next time or the basis of the score, chosen from a short list.
    Choice(goal::Choice),
}

/// The layers' key tables, each in its place's file. They come before the screens' table, so
/// a layer's own keys lead its section of the help.
pub(crate) const KEYS: &[&[Binding]] = &[
    export::KEYS,
    confirm::KEYS,
    folder::KEYS,
    goto::KEYS,
    goal::KEYS,
    team::KEYS,
    card_picker::KEYS,
    action_list::KEYS,
    action_form::KEYS,
    search::KEYS,
    build_on::KEYS,
    carried::KEYS,
];

/// Keys on the screens that open a layer, each in its layer's file.
pub(crate) const OPENERS: &[&[Binding]] = &[goto::OPEN, goal::OPEN];

/// What a layer asks for once it has handled a key.
pub(crate) enum Outcome {
    Stay,
    /// Close this layer (committing what it holds); the one below is back on top.
    Close,
    /// Yes to a question: close it, then make the pending change.
    Yes(Pending),
    /// Close, and go to this card and anvisning.
    Go(crate::assessment::Place),
}

/// What a layer may reach: the open assessment, the deck, what was drawn, the status line, and
/// the effects for the runner. Never the whole `App`.
pub(crate) struct Ctx<'a> {
    #[allow(dead_code)]
    pub session: Option<&'a mut Session>,
    #[allow(dead_code)]
    pub deck: &'a Deck,
    areas: &'a Areas,
    status: &'a mut Option<Status>,
    pub effects: Vec<Effect>,
}

impl Ctx<'_> {
    /// A word on the status line.
    pub fn say(&mut self, text: impl Into<String>) {
        *self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// A warning on the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        *self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    /// What a one-line field did with a key or a paste (`App::edited`).
    pub fn edited(&mut self, edit: Edit) -> Option<bool> {
        super::limit::edited(self.status, edit)
    }

    /// `current` scrolled by `action` from where the view last drew `pane` (`App::scrolled`).
    pub fn scrolled(&self, pane: Scrollable, current: Scroll, action: Action) -> Scroll {
        super::nav::scrolled(self.areas, pane, current, action)
    }

    /// `current` scrolled by a notch of the wheel.
    pub fn wheeled(&self, pane: Scrollable, current: Scroll, down: bool) -> Scroll {
        super::nav::wheeled(self.areas, pane, current, down)
    }
}

impl Overlay {
    /// The help, opened from `from`: it starts at that place's section.
    pub fn help(from: Context) -> Overlay {
        Overlay::Help(Help::new(from))
    }

    /// The layer's key context: the keys it takes, its hints and its help.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(_) | Overlay::Message { .. } => Context::Overlay,
            Overlay::Editor(_) => Context::Editor,
            Overlay::Search(_) => Context::Search,
            Overlay::Action(_) => Context::ActionForm,
            Overlay::Folder(_) => Context::Folder,
            Overlay::Actions(_) => Context::Actions,
            Overlay::Confirm(_) => Context::Confirm,
            Overlay::Cards(_) => Context::CardPicker,
            Overlay::Team(_) => Context::TeamForm,
            Overlay::Export(_) => Context::ExportForm,
            Overlay::Vote(view) => view.context(),
            Overlay::BuildOn { .. } => Context::BuildOn,
            Overlay::Carried { .. } => Context::Carried,
            Overlay::GoTo(_) => Context::GoTo,
            Overlay::Choice(_) => Context::Choice,
        }
    }
}

/// Puts card `id` in the open assessment (the reading view's `+` on a card outside it).
pub(crate) fn add_card(app: &mut App, id: &str) -> Vec<Effect> {
    card_picker::set(app, id, true)
}

/// A screen's key that opens a layer; `None` when the key opens none.
pub(crate) fn open(app: &mut App, context: Context, action: Action) -> Option<Vec<Effect>> {
    let layer = match action {
        Action::Help => Some(Overlay::help(context)),
        Action::Export => export::open(app),
        Action::PickCards => card_picker::open(app),
        Action::GoTo => Some(Overlay::GoTo(GoTo::new())),
        Action::Goal => goal::open(app, goal::Field::Goal),
        Action::Basis => goal::open(app, goal::Field::Basis),
        _ => return None,
    };
    if let Some(layer) = layer {
        app.push(layer);
    }
    Some(Vec::new())
}

/// A key for the layer on top (Quit and the read-only gate were answered before).
pub(crate) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    // `?` opens the help over any layer that has the key (over the help or a message it
    // closes them): Esc returns to that layer.
    let context = app.context();
    if action == Some(Action::Help)
        && !matches!(
            app.overlay(),
            Some(Overlay::Help(_) | Overlay::Message { .. })
        )
    {
        app.push(Overlay::help(context));
        return Vec::new();
    }
    // The places that still take the whole `App`.
    match app.overlay() {
        None => return Vec::new(),
        Some(Overlay::Editor(_)) => return editor::on(app, key, action),
        Some(Overlay::Search(_)) => return search::on(app, key, action),
        Some(Overlay::Action(_)) => return action_form::on(app, key, action),
        Some(Overlay::Actions(_)) => return action_list::on(app, action),
        Some(Overlay::Cards(_)) => return card_picker::on(app, action),
        Some(Overlay::Team(_)) => return team::on(app, key, action),
        // The round's keys go to update/vote.rs before this.
        Some(Overlay::Vote(_)) => return Vec::new(),
        Some(Overlay::Carried { .. }) => return carried::on(app, action),
        Some(
            Overlay::Help(_)
            | Overlay::Message { .. }
            | Overlay::Folder(_)
            | Overlay::Confirm(_)
            | Overlay::Export(_)
            | Overlay::BuildOn { .. }
            | Overlay::GoTo(_)
            | Overlay::Choice(_),
        ) => {}
    }
    let App {
        layers,
        session,
        deck,
        areas,
        status,
        ..
    } = app;
    let mut cx = Ctx {
        session: session.as_mut(),
        deck,
        areas,
        status,
        effects: Vec::new(),
    };
    let outcome = match layers.last_mut() {
        Some(Overlay::Help(help)) => help.on(&cx, action),
        Some(Overlay::Message { .. }) => message::on(action),
        Some(Overlay::Folder(text)) => folder::on(text, &mut cx, &key, action),
        Some(Overlay::Confirm(confirm)) => confirm.on(action),
        Some(Overlay::Export(form)) => form.on(&mut cx, &key, action),
        Some(Overlay::GoTo(goto)) => goto.on(&mut cx, &key, action),
        Some(Overlay::Choice(choice)) => choice.on(&mut cx, action),
        Some(Overlay::BuildOn { path, .. }) => build_on::on(path, &mut cx.effects, action),
        _ => Outcome::Stay,
    };
    let effects = cx.effects;
    finish(app, outcome, effects)
}

/// Carries out what a layer asked for, after the effects it gave.
fn finish(app: &mut App, outcome: Outcome, mut effects: Vec<Effect>) -> Vec<Effect> {
    match outcome {
        Outcome::Stay => effects,
        Outcome::Close => {
            let mut closed = app.close_overlay();
            closed.append(&mut effects);
            closed
        }
        Outcome::Yes(pending) => {
            let mut closed = app.close_overlay();
            closed.append(&mut effects);
            closed.extend(confirm::confirmed(app, pending));
            if let (Some(Overlay::Actions(list)), Some(session)) =
                (app.layers.last_mut(), &app.session)
            {
                list.clamp(&session.assessment);
            }
            closed
        }
        Outcome::Go(place) => {
            let mut closed = app.close_overlay();
            closed.append(&mut effects);
            app.go_to_place(&place);
            app.status = None;
            closed
        }
    }
}

/// A paste goes to the layer on top, if it takes text (the round and the new-assessment form
/// take theirs in `update`).
pub(crate) fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let text = crate::text::clean_input(text);
    // A one-line field takes a pasted paragraph as one line.
    let line = text.replace('\n', " ");
    let App {
        layers,
        session,
        deck,
        areas,
        status,
        ..
    } = &mut *app;
    let mut cx = Ctx {
        session: session.as_mut(),
        deck,
        areas,
        status,
        effects: Vec::new(),
    };
    match layers.last_mut() {
        Some(Overlay::Export(form)) => form.paste(&mut cx, &line),
        Some(Overlay::GoTo(goto)) => goto.paste(&mut cx, &line),
        Some(Overlay::Folder(input)) => folder::paste(input, &mut cx, &text),
        Some(Overlay::Action(_)) => return action_form::paste(app, &line),
        Some(Overlay::Editor(editor)) => {
            editor.area.insert_str(text);
            return editor::write_draft(app);
        }
        Some(Overlay::Team(_)) => {
            return team::edit(app, |input| input.paste(&line)).unwrap_or_default();
        }
        // The round takes its paste in update/vote.rs.
        Some(Overlay::Vote(_)) => {}
        Some(Overlay::Search(search)) => {
            let edit = search.query.paste(&line);
            search.selected = 0;
            cx.edited(edit);
        }
        Some(
            Overlay::Help(_)
            | Overlay::Message { .. }
            | Overlay::Actions(_)
            | Overlay::Confirm(_)
            | Overlay::Cards(_)
            | Overlay::BuildOn { .. }
            | Overlay::Carried { .. }
            | Overlay::Choice(_),
        )
        | None => {
            // No field takes text here: a paste is never keys (it would score, vote or open),
            // and the user is told where pasting works.
            cx.say(s::PASTE_NOWHERE);
        }
    }
    Vec::new()
}

/// A click while a layer is open. No layer has click targets of its own yet, and what is
/// under a layer cannot be clicked (the view drops its targets), so a click does nothing.
pub(crate) fn click(_app: &mut App, _target: Target) -> Vec<Effect> {
    Vec::new()
}

/// The wheel over a layer's scrolled pane.
pub(crate) fn wheel(app: &mut App, pane: Scrollable, down: bool) -> Vec<Effect> {
    let App {
        layers,
        session,
        deck,
        areas,
        status,
        ..
    } = app;
    let cx = Ctx {
        session: session.as_mut(),
        deck,
        areas,
        status,
        effects: Vec::new(),
    };
    if let (Some(Overlay::Help(help)), Scrollable::Help) = (layers.last_mut(), pane) {
        help.wheel(&cx, down);
    }
    Vec::new()
}

/// What closing `layer` commits (it is already off the stack): a note, the team, an action, a
/// round. The rest hold nothing to keep.
pub(crate) fn close(app: &mut App, layer: Overlay) -> Vec<Effect> {
    match layer {
        Overlay::Editor(editor) => editor::close(app, *editor),
        Overlay::Team(form) => team::close(app, &form),
        Overlay::Action(form) => action_form::close(app, &form),
        Overlay::Vote(view) => app.finish_round(*view),
        Overlay::Choice(choice) => goal::close(app, &choice),
        Overlay::Help(_)
        | Overlay::Message { .. }
        | Overlay::Search(_)
        | Overlay::Folder(_)
        | Overlay::Actions(_)
        | Overlay::Confirm(_)
        | Overlay::Cards(_)
        | Overlay::Export(_)
        | Overlay::BuildOn { .. }
        | Overlay::Carried { .. }
        | Overlay::GoTo(_) => Vec::new(),
    }
}

/// Draws the layer on top. False when the views draw it (the round, and a dissent note over
/// it: `ui/vote.rs`).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) -> bool {
    match app.overlay() {
        Some(Overlay::Help(help)) => help.draw(frame, area, app.deck.max_level(), areas),
        Some(Overlay::Message { title, body }) => message::draw(frame, area, title, body),
        Some(Overlay::Folder(text)) => folder::draw(frame, area, text, areas),
        Some(Overlay::Confirm(confirm)) => confirm.draw(frame, area),
        Some(Overlay::Export(form)) => form.draw(frame, area, areas),
        Some(Overlay::GoTo(goto)) => goto.draw(frame, area, areas),
        Some(Overlay::Choice(choice)) => choice.draw(frame, area, areas),
        Some(Overlay::Team(form)) => team::draw(frame, area, app, form, areas),
        Some(Overlay::Cards(picker)) => card_picker::draw(frame, area, app, picker, areas),
        Some(Overlay::Actions(list)) => action_list::draw(frame, area, app, list, areas),
        Some(Overlay::Action(form)) => action_form::draw(frame, area, app, form, areas),
        Some(Overlay::Search(state)) => search::draw(frame, area, app, state, areas),
        Some(Overlay::BuildOn { path, created }) => build_on::draw(frame, area, app, path, created),
        Some(Overlay::Carried { selected }) => carried::draw(frame, area, app, *selected, areas),
        Some(Overlay::Editor(e)) if !matches!(app.below_top(), Some(Overlay::Vote(_))) => {
            editor::draw(frame, area, app, e, areas);
        }
        Some(Overlay::Editor(_) | Overlay::Vote(_)) | None => return false,
    }
    true
}

/// Every binding: the layers' tables, the screens', the keys on screens that open a layer, and
/// the keys every place shares.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    let layers = KEYS.iter().flat_map(|table| table.iter());
    let openers = OPENERS.iter().flat_map(|table| table.iter());
    layers
        .chain(super::keymap::BINDINGS)
        .chain(super::drill::KEYS)
        .chain(openers)
        .chain(super::keymap::COMMON)
}
