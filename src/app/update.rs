//! `update`: the only place the app's state changes. No I/O: what must touch the disk is returned
//! as an `Effect` for the runner.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action_form::{ActionForm, FIELDS};
use super::editor::{EditTarget, Editor};
use super::form::{CardChoice, Field, NewForm};
use super::keymap::{Action, Context, lookup};
use super::msg::{Effect, Msg};
use super::{
    App, CardView, ComparePane, CompareView, HomeItem, Overlay, Pane, Screen, SearchState, Session,
};
use crate::assessment::{Assessment, NonScore, Score};
use crate::deck::search;
use crate::text::{clean_line, clean_text};
use crate::ui::strings as s;

/// Lines a page key moves.
const PAGE: u16 = 10;

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) if key.kind == KeyEventKind::Press => on_key(app, key),
        Msg::Key(_) => Vec::new(),
        Msg::Paste(text) => on_paste(app, &text),
        Msg::Saved(path) => {
            if let Some(session) = &mut app.session
                && session.path.is_none()
            {
                app.status = Some(super::Status {
                    text: format!(
                        "{} {}",
                        s::SAVED_AT,
                        clean_line(&path.display().to_string())
                    ),
                    error: false,
                });
                session.path = Some(path);
            }
            Vec::new()
        }
        Msg::SaveFailed(e) => {
            app.set_error(format!("{}: {}", s::SAVE_FAILED, clean_line(&e)));
            Vec::new()
        }
        Msg::Listed(entries) => {
            app.saved = entries;
            app.marked
                .retain(|p| app.saved.iter().any(|e| e.path == *p));
            app.home_selected = app.home_selected.min(app.home_items().len() - 1);
            Vec::new()
        }
        Msg::Opened {
            assessment,
            path,
            read_only,
        } => {
            app.session = Some(Session {
                assessment: *assessment,
                path: Some(path),
                read_only,
            });
            app.screen = Screen::Cards;
            app.cards = CardView::default();
            app.overlay = None;
            app.status = None;
            if read_only {
                app.set_error(s::READ_ONLY_NOTE);
            } else if app
                .session
                .as_ref()
                .is_some_and(|x| x.assessment.deck.fingerprint != app.deck.fingerprint())
            {
                app.set_status(s::DECK_CHANGED);
            }
            Vec::new()
        }
        Msg::Compared(comparison) => {
            app.comparison = Some(CompareView {
                comparison: *comparison,
                pane: ComparePane::Guidelines,
                guideline: 0,
                anvisning: 0,
                scroll: 0,
            });
            app.screen = Screen::Compare;
            app.overlay = None;
            app.status = None;
            Vec::new()
        }
        Msg::Exported(paths) => {
            let names: Vec<String> = paths
                .iter()
                .map(|p| clean_line(&p.display().to_string()))
                .collect();
            app.set_status(format!("{} {}", s::EXPORTED, names.join(" og ")));
            Vec::new()
        }
        Msg::ExportFailed(e) => {
            app.set_error(format!("{}: {}", s::EXPORT_FAILED, clean_line(&e)));
            Vec::new()
        }
        Msg::OpenFailed { title, body } => {
            app.overlay = Some(Overlay::Message { title, body });
            Vec::new()
        }
    }
}

impl App {
    /// Starts a new assessment on its first chosen card, first anvisning selected.
    pub fn start_assessment(
        &mut self,
        team: &str,
        participants: Vec<String>,
        cards: Vec<String>,
    ) -> Vec<Effect> {
        let assessment = Assessment::new(&self.deck, team, participants, cards, &self.today);
        self.session = Some(Session {
            assessment,
            path: None,
            read_only: false,
        });
        self.screen = Screen::Cards;
        self.cards = CardView::default();
        self.overlay = None;
        vec![Effect::Save]
    }

    /// Leaves, after closing any editor so its text is committed.
    fn quit(&mut self) -> Vec<Effect> {
        let mut effects = self.close_overlay();
        self.quitting = true;
        effects.push(Effect::Quit);
        effects
    }

    fn close_overlay(&mut self) -> Vec<Effect> {
        match self.overlay.take() {
            Some(Overlay::Editor(editor)) => self.finish_edit(*editor),
            Some(Overlay::Action(form)) => {
                let Some(session) = &mut self.session else {
                    return Vec::new();
                };
                if let Some(date) = form.close(&mut session.assessment) {
                    self.set_error(format!("{}: »{}«", s::ACTION_BAD_DATE, clean_line(&date)));
                }
                vec![Effect::Save]
            }
            _ => Vec::new(),
        }
    }

    fn finish_edit(&mut self, editor: Editor) -> Vec<Effect> {
        let text = editor.text();
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        if let EditTarget::Reason { anvisning } = &editor.target {
            let answer = session.assessment.answer_mut(anvisning);
            if text.trim().is_empty() {
                answer.reason.clear();
                session.assessment.prune();
                self.set_status(s::REASON_NEEDED);
                return vec![Effect::Save];
            }
            answer.score = Some(Score::Other(NonScore::NotRelevant));
        }
        editor.target.write(&mut session.assessment, text);
        session.assessment.updated = self.today.clone();
        vec![Effect::Save]
    }
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let context = app.context();
    let action = lookup(context, &key, app.deck.max_level());
    if matches!(app.overlay, Some(Overlay::Editor(_))) {
        return editor_key(app, key, action);
    }
    if matches!(app.overlay, Some(Overlay::Action(_))) {
        return action_key(app, key, action);
    }
    if context == Context::Search {
        return search_key(app, key, action);
    }
    if context == Context::Form {
        return form_key(app, key, action);
    }
    let Some(action) = action else {
        return Vec::new();
    };
    if action == Action::Quit {
        return app.quit();
    }
    if context == Context::Overlay {
        match (action, &mut app.overlay) {
            (Action::Back | Action::Help | Action::Open, _) => app.overlay = None,
            (Action::Up, Some(Overlay::Help(scroll))) => *scroll = scroll.saturating_sub(1),
            (Action::Down, Some(Overlay::Help(scroll))) => *scroll = scroll.saturating_add(1),
            (Action::PageUp, Some(Overlay::Help(scroll))) => *scroll = scroll.saturating_sub(PAGE),
            (Action::PageDown, Some(Overlay::Help(scroll))) => {
                *scroll = scroll.saturating_add(PAGE)
            }
            _ => {}
        }
        return Vec::new();
    }
    if action == Action::Help {
        app.overlay = Some(Overlay::Help(0));
        return Vec::new();
    }
    // Any further key press has been seen; an old message would only distract.
    app.status = app.status.take().filter(|st| st.error);
    match app.screen {
        Screen::Home => home_action(app, action),
        Screen::Cards => card_action(app, action),
        Screen::Summary => summary_action(app, action),
        Screen::Compare => compare_action(app, action),
        Screen::New => Vec::new(),
    }
}

fn editor_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    match action {
        Some(Action::Quit) => return app.quit(),
        Some(Action::Back) => return app.close_overlay(),
        _ => {}
    }
    let Some(Overlay::Editor(editor)) = &mut app.overlay else {
        return Vec::new();
    };
    if !editor.area.input(key) {
        return Vec::new();
    }
    write_draft(app)
}

/// Copies the editor's text into the assessment, to be saved within a second.
fn write_draft(app: &mut App) -> Vec<Effect> {
    let (Some(Overlay::Editor(editor)), Some(session)) = (&app.overlay, &mut app.session) else {
        return Vec::new();
    };
    editor.target.write(&mut session.assessment, editor.text());
    session.assessment.updated = app.today.clone();
    vec![Effect::SaveSoon]
}

fn action_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let (Some(Overlay::Action(form)), Some(session)) = (&mut app.overlay, &mut app.session) else {
        return Vec::new();
    };
    if !key.modifiers.contains(KeyModifiers::CONTROL) {
        let typed = match (key.code, form.text_mut(&mut session.assessment)) {
            (KeyCode::Char(c), Some(text)) => {
                text.push(c);
                true
            }
            (KeyCode::Backspace, Some(text)) => text.pop().is_some(),
            _ => false,
        };
        if typed {
            session.assessment.updated = app.today.clone();
            return vec![Effect::SaveSoon];
        }
        if matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace) {
            return Vec::new();
        }
    }
    match action {
        Some(Action::Quit) => app.quit(),
        Some(Action::Back) => app.close_overlay(),
        Some(Action::Open) if form.field + 1 == FIELDS => app.close_overlay(),
        Some(Action::Open | Action::NextPane | Action::Down) => {
            form.field = (form.field + 1) % FIELDS;
            Vec::new()
        }
        Some(Action::PreviousPane | Action::Up) => {
            form.field = (form.field + FIELDS - 1) % FIELDS;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn on_paste(app: &mut App, text: &str) -> Vec<Effect> {
    match &mut app.overlay {
        Some(Overlay::Action(form)) => {
            let Some(session) = &mut app.session else {
                return Vec::new();
            };
            if let Some(field) = form.text_mut(&mut session.assessment) {
                field.push_str(&clean_line(text));
            }
            vec![Effect::SaveSoon]
        }
        Some(Overlay::Editor(editor)) => {
            editor.area.insert_str(clean_text(text));
            write_draft(app)
        }
        Some(Overlay::Search(search)) => {
            search.query.push_str(&clean_line(text));
            search.selected = 0;
            Vec::new()
        }
        _ if app.screen == Screen::New => {
            if let Some(field) = app.form.text_mut() {
                field.push_str(&clean_line(text));
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn home_action(app: &mut App, action: Action) -> Vec<Effect> {
    let items = app.home_items();
    match action {
        Action::Up => app.home_selected = app.home_selected.saturating_sub(1),
        Action::Down => app.home_selected = (app.home_selected + 1).min(items.len() - 1),
        Action::Search => {
            browse(app);
            app.overlay = Some(Overlay::Search(SearchState::default()));
        }
        Action::Toggle => {
            if let HomeItem::Saved(i) = items[app.home_selected.min(items.len() - 1)] {
                let path = app.saved[i].path.clone();
                match app.marked.iter().position(|p| *p == path) {
                    Some(at) => {
                        app.marked.remove(at);
                    }
                    None if app.saved[i].problem.is_none() => app.marked.push(path),
                    None => {}
                }
            }
        }
        Action::Compare => {
            if app.marked.len() < 2 {
                app.set_status(s::COMPARE_NEED_TWO);
                return Vec::new();
            }
            return vec![Effect::Compare(app.marked.clone())];
        }
        Action::Open => match items[app.home_selected.min(items.len() - 1)] {
            HomeItem::New => {
                app.form = NewForm::new("");
                app.screen = Screen::New;
            }
            HomeItem::Browse => browse(app),
            HomeItem::Help => app.overlay = Some(Overlay::Help(0)),
            HomeItem::Saved(i) => {
                let entry = &app.saved[i];
                match &entry.problem {
                    Some(problem) => {
                        app.overlay = Some(Overlay::Message {
                            title: s::HOME_UNREADABLE.to_string(),
                            body: problem.clone(),
                        });
                    }
                    None => return vec![Effect::Open(entry.path.clone())],
                }
            }
        },
        _ => {}
    }
    Vec::new()
}

fn browse(app: &mut App) {
    app.session = None;
    app.screen = Screen::Cards;
    app.cards = CardView {
        pane: Pane::Text,
        ..CardView::default()
    };
}

fn form_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if let Some(text) = app.form.text_mut()
        && !ctrl
    {
        match key.code {
            KeyCode::Char(c) => {
                text.push(c);
                return Vec::new();
            }
            KeyCode::Backspace => {
                text.pop();
                return Vec::new();
            }
            _ => {}
        }
    }
    let Some(action) = action else {
        return Vec::new();
    };
    let fields = app.form.fields();
    let at = fields
        .iter()
        .position(|f| *f == app.form.field)
        .unwrap_or(0);
    let choices = NewForm::choices(&app.deck);
    let form = &mut app.form;
    match action {
        Action::Quit => return app.quit(),
        Action::Back => {
            app.screen = Screen::Home;
            return vec![Effect::List];
        }
        Action::NextPane => form.field = fields[(at + 1) % fields.len()],
        Action::PreviousPane => form.field = fields[(at + fields.len() - 1) % fields.len()],
        Action::Up | Action::Down => {
            let down = action == Action::Down;
            match form.field {
                Field::Cards => {
                    let i = choices.iter().position(|c| *c == form.choice).unwrap_or(0);
                    let i = if down {
                        (i + 1).min(choices.len() - 1)
                    } else {
                        i.saturating_sub(1)
                    };
                    form.choice = choices[i].clone();
                }
                Field::Pick => {
                    let last = app.deck.guidelines.len().saturating_sub(1);
                    form.pick_cursor = if down {
                        (form.pick_cursor + 1).min(last)
                    } else {
                        form.pick_cursor.saturating_sub(1)
                    };
                }
                _ if down => form.field = fields[(at + 1).min(fields.len() - 1)],
                _ => form.field = fields[at.saturating_sub(1)],
            }
        }
        Action::Toggle => {
            if form.field == Field::Pick
                && let Some(g) = app.deck.guidelines.get(form.pick_cursor)
            {
                if let Some(i) = form.picked.iter().position(|id| *id == g.id) {
                    form.picked.remove(i);
                } else {
                    form.picked.push(g.id.clone());
                }
            }
        }
        Action::Open => {
            if form.field == Field::Pick {
                form.field = Field::Start;
                return Vec::new();
            }
            if form.team.trim().is_empty() {
                form.field = Field::Team;
                app.set_error(s::NEW_NEED_TEAM);
                return Vec::new();
            }
            if form.choice == CardChoice::Pick && form.picked.is_empty() {
                form.field = Field::Pick;
                app.set_error(s::NEW_NEED_CARDS);
                return Vec::new();
            }
            let team = form.team.trim().to_string();
            let participants = form.participants();
            let cards = form.cards(&app.deck);
            app.status = None;
            return app.start_assessment(&team, participants, cards);
        }
        _ => {}
    }
    Vec::new()
}

fn search_key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let hits = match &app.overlay {
        Some(Overlay::Search(st)) => search(&app.deck, &st.query),
        _ => return Vec::new(),
    };
    match action {
        Some(Action::Quit) => return app.quit(),
        Some(Action::Back) => {
            app.overlay = None;
            return Vec::new();
        }
        Some(Action::Open) => {
            let Some(Overlay::Search(st)) = &app.overlay else {
                return Vec::new();
            };
            if let Some(hit) = hits.get(st.selected) {
                let chosen = app.chosen();
                if let Some(card) = chosen.iter().position(|g| g.id == hit.guideline) {
                    let anvisning = hit
                        .anvisning
                        .as_ref()
                        .and_then(|id| chosen[card].anvisninger.iter().position(|a| &a.id == id));
                    app.cards.card = card;
                    app.cards.scroll = 0;
                    app.cards.question = 0;
                    app.cards.anvisning = anvisning.unwrap_or(0);
                    if anvisning.is_some() {
                        app.cards.pane = Pane::Anvisninger;
                    }
                    app.screen = Screen::Cards;
                }
            }
            app.overlay = None;
            return Vec::new();
        }
        _ => {}
    }
    let Some(Overlay::Search(st)) = &mut app.overlay else {
        return Vec::new();
    };
    match (action, key.code) {
        (Some(Action::Up), KeyCode::Up) => st.selected = st.selected.saturating_sub(1),
        (Some(Action::Down), KeyCode::Down) => {
            st.selected = (st.selected + 1).min(hits.len().saturating_sub(1));
        }
        (_, KeyCode::Backspace) => {
            st.query.pop();
            st.selected = 0;
        }
        (_, KeyCode::Char(c)) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            st.query.push(c);
            st.selected = 0;
        }
        _ => {}
    }
    Vec::new()
}

fn card_action(app: &mut App, action: Action) -> Vec<Effect> {
    let chosen_len = app.chosen().len();
    let (n_anvisninger, n_questions) = app
        .current_card()
        .map_or((0, 0), |g| (g.anvisninger.len(), g.questions.len()));
    let view = &mut app.cards;
    let step = |i: usize, up: bool, len: usize, by: usize| {
        if up {
            i.saturating_sub(by)
        } else {
            (i + by).min(len.saturating_sub(1))
        }
    };
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            let up = matches!(action, Action::Up | Action::PageUp);
            let page = matches!(action, Action::PageUp | Action::PageDown);
            match view.pane {
                Pane::List => {
                    let card = step(view.card, up, chosen_len, if page { 5 } else { 1 });
                    goto_card(view, card);
                }
                Pane::Text => {
                    let by = if page { PAGE } else { 1 };
                    view.scroll = if up {
                        view.scroll.saturating_sub(by)
                    } else {
                        view.scroll.saturating_add(by)
                    };
                }
                Pane::Questions => {
                    view.question = step(view.question, up, n_questions, if page { 5 } else { 1 });
                }
                Pane::Anvisninger => {
                    view.anvisning =
                        step(view.anvisning, up, n_anvisninger, if page { 5 } else { 1 });
                }
            }
        }
        Action::NextPane => view.pane = view.pane.next(),
        Action::PreviousPane => view.pane = view.pane.previous(),
        Action::Open if view.pane == Pane::List => view.pane = Pane::Anvisninger,
        Action::NextCard | Action::PreviousCard => {
            let card = step(view.card, action == Action::PreviousCard, chosen_len, 1);
            goto_card(view, card);
        }
        Action::Back => {
            app.screen = Screen::Home;
            app.overlay = None;
            return vec![Effect::List];
        }
        Action::Search => app.overlay = Some(Overlay::Search(SearchState::default())),
        Action::Summary => {
            app.cards.summary_scroll = 0;
            app.screen = Screen::Summary;
        }
        Action::Export => return vec![Effect::Export],
        Action::Score(_)
        | Action::AddAction
        | Action::EditAction
        | Action::NotRelevant
        | Action::Unknown
        | Action::Clear
        | Action::Note
        | Action::Focus => return edit_action(app, action),
        _ => {}
    }
    Vec::new()
}

fn goto_card(view: &mut CardView, card: usize) {
    if view.card != card {
        view.card = card;
        view.anvisning = 0;
        view.question = 0;
        view.scroll = 0;
    }
}

/// Actions that change the assessment.
fn edit_action(app: &mut App, action: Action) -> Vec<Effect> {
    if !app.can_edit() {
        if app.session.is_some() {
            app.set_error(s::READ_ONLY_NOTE);
        }
        return Vec::new();
    }
    let today = app.today.clone();
    if app.cards.pane == Pane::Questions {
        let Some(g) = app.current_card() else {
            return Vec::new();
        };
        if app.cards.question >= g.questions.len() {
            return Vec::new();
        }
        let target = EditTarget::Reflection {
            guideline: g.id.clone(),
            question: app.cards.question + 1,
        };
        return open_editor(app, target);
    }
    let Some(id) = app.current_anvisning_id() else {
        return Vec::new();
    };
    match action {
        Action::AddAction | Action::EditAction => {
            let Some(session) = &mut app.session else {
                return Vec::new();
            };
            let form = if action == Action::AddAction {
                Some(ActionForm::new_action(&mut session.assessment, &id))
            } else {
                ActionForm::edit_latest(&session.assessment, &id)
            };
            match form {
                Some(form) => app.overlay = Some(Overlay::Action(form)),
                None => app.set_status(s::ACTION_NONE_TO_EDIT),
            }
            return Vec::new();
        }
        Action::Note => return open_editor(app, EditTarget::Note { anvisning: id }),
        Action::NotRelevant => return open_editor(app, EditTarget::Reason { anvisning: id }),
        _ => {}
    }
    let Some(session) = &mut app.session else {
        return Vec::new();
    };
    let answer = session.assessment.answer_mut(&id);
    match action {
        Action::Score(v) => answer.score = Some(Score::Level(v)),
        Action::Unknown => answer.score = Some(Score::Other(NonScore::Unknown)),
        Action::Clear => answer.score = None,
        Action::Focus => answer.focus = !answer.focus,
        _ => {}
    }
    session.assessment.prune();
    session.assessment.updated = today;
    vec![Effect::Save]
}

fn open_editor(app: &mut App, target: EditTarget) -> Vec<Effect> {
    if let Some(session) = &app.session {
        app.overlay = Some(Overlay::Editor(Box::new(Editor::open(
            target,
            &session.assessment,
        ))));
    }
    Vec::new()
}

fn summary_action(app: &mut App, action: Action) -> Vec<Effect> {
    let view = &mut app.cards;
    match action {
        Action::Back => app.screen = Screen::Cards,
        Action::Up => view.summary_scroll = view.summary_scroll.saturating_sub(1),
        Action::Down => view.summary_scroll = view.summary_scroll.saturating_add(1),
        Action::PageUp => view.summary_scroll = view.summary_scroll.saturating_sub(PAGE),
        Action::PageDown => view.summary_scroll = view.summary_scroll.saturating_add(PAGE),
        Action::NextCard | Action::PreviousCard => {
            app.screen = Screen::Cards;
            return card_action(app, action);
        }
        Action::Export => return vec![Effect::Export],
        _ => {}
    }
    Vec::new()
}

fn compare_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(view) = &mut app.comparison else {
        app.screen = Screen::Home;
        return vec![Effect::List];
    };
    let rows = view.comparison.guidelines.len();
    let anvisninger = view
        .comparison
        .guidelines
        .get(view.guideline)
        .map_or(0, |g| g.anvisninger.len());
    let clamp = |i: usize, len: usize| i.min(len.saturating_sub(1));
    let up = matches!(action, Action::Up | Action::PageUp | Action::PreviousCard);
    let by = if matches!(action, Action::PageUp | Action::PageDown) {
        5
    } else {
        1
    };
    let moved = |i: usize, len: usize| {
        if up {
            i.saturating_sub(by)
        } else {
            clamp(i + by, len)
        }
    };
    match (action, view.pane) {
        (
            Action::Up | Action::Down | Action::PageUp | Action::PageDown,
            ComparePane::Guidelines,
        )
        | (Action::NextCard | Action::PreviousCard, _) => {
            view.guideline = moved(view.guideline, rows);
            view.anvisning = 0;
        }
        (
            Action::Up | Action::Down | Action::PageUp | Action::PageDown,
            ComparePane::Anvisninger,
        ) => {
            view.anvisning = moved(view.anvisning, anvisninger);
        }
        (Action::Up | Action::PageUp, ComparePane::Movements) => {
            view.scroll = view.scroll.saturating_sub(if by == 1 { 1 } else { PAGE });
        }
        (Action::Down | Action::PageDown, ComparePane::Movements) => {
            view.scroll = view.scroll.saturating_add(if by == 1 { 1 } else { PAGE });
        }
        (Action::Open, ComparePane::Guidelines) => {
            view.pane = ComparePane::Anvisninger;
            view.anvisning = 0;
        }
        (Action::NextPane, _) => {
            view.pane = match view.pane {
                ComparePane::Guidelines => ComparePane::Anvisninger,
                ComparePane::Anvisninger => ComparePane::Movements,
                ComparePane::Movements => ComparePane::Guidelines,
            };
        }
        (Action::PreviousPane, _) => {
            view.pane = match view.pane {
                ComparePane::Guidelines => ComparePane::Movements,
                ComparePane::Anvisninger => ComparePane::Guidelines,
                ComparePane::Movements => ComparePane::Anvisninger,
            };
        }
        (Action::Back, ComparePane::Anvisninger | ComparePane::Movements) => {
            view.pane = ComparePane::Guidelines;
        }
        (Action::Back, ComparePane::Guidelines) => {
            app.screen = Screen::Home;
            return vec![Effect::List];
        }
        _ => {}
    }
    Vec::new()
}
