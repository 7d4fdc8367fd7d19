//! Last time on the table: offering to build a new assessment on the team's last one, reading it
//! (through the runner), carrying its open actions, marking how far each got, and the keys that
//! show last time's note or compare with it.

use std::path::{Path, PathBuf};

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::{App, Earlier, Overlay, Screen};
use crate::assessment::{ActionStatus, Assessment, team_key};
use crate::strings as s;
use crate::text::clean_line;

impl App {
    /// After a new assessment has started: when the store holds one of the same team, ask.
    pub(super) fn offer_build_on(&mut self) {
        let team = match &self.session {
            Some(session) => team_key(&session.assessment.team),
            None => return,
        };
        // The newest readable one of the same team (the list is newest first).
        let earlier = self.saved.iter().find(|e| {
            e.problem.is_none()
                && team_key(&e.team) == team
                && e.created.as_str() <= self.today.as_str()
        });
        if let Some(e) = earlier {
            self.push(Overlay::BuildOn {
                path: e.path.clone(),
                created: e.created.clone(),
            });
        }
    }

    /// Reopening an assessment that builds on an earlier one: read that one too.
    pub(super) fn reload_earlier(&mut self, opened: &Path) -> Vec<Effect> {
        self.earlier = None;
        let Some(session) = &self.session else {
            return Vec::new();
        };
        let name = session.assessment.builds_on.trim();
        // The name comes from a file: only a plain file name beside it is followed.
        let plain = !name.is_empty()
            && !name.starts_with('.')
            && Path::new(name).file_name().is_some_and(|n| n == name);
        match (plain, opened.parent()) {
            (true, Some(dir)) => vec![Effect::LoadEarlier {
                path: dir.join(name),
                fresh: false,
            }],
            _ => Vec::new(),
        }
    }
}

impl App {
    /// The timebox clock: the time since the last tick goes to the card on screen (while an
    /// assessment is open on the card screen). A long gap (a sleeping laptop) counts for little.
    pub(super) fn tick(&mut self, now: u64) {
        let last = self.clock.replace(now);
        let on_cards = self.session.is_some() && self.screen == Screen::Cards;
        if let (Some(last), true, Some(card)) = (last, on_cards, self.current_card()) {
            let id = card.id.clone();
            let gap = now.saturating_sub(last).min(5);
            *self.time_on_card.entry(id).or_default() += gap;
        }
    }
}

/// The runner read the earlier assessment.
pub(super) fn loaded(
    app: &mut App,
    path: PathBuf,
    earlier: Assessment,
    fresh: bool,
) -> Vec<Effect> {
    let created = crate::report::danish_date(&earlier.created);
    let mut effects = Vec::new();
    if fresh {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let any = earlier
            .actions
            .iter()
            .any(|t| ActionStatus::is_open(t.status));
        effects = app.commit_change(|a| {
            crate::session::changes::build_on(a, name, &earlier);
        });
        if any {
            app.push(Overlay::Carried { selected: 0 });
        }
        app.set_status(format!("{} {created}.", s::BUILT_ON));
    }
    app.earlier = Some(Earlier {
        path,
        assessment: earlier,
    });
    effects
}

/// `L`, `h`, `c`, `T` on the card screen and the overview.
pub(super) fn start(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Timebox => app.open_editor(super::super::EditTarget::Timebox),
        Action::LastTime if app.cards.pane == super::super::Pane::Questions => {
            let Some(card) = app.current_card() else {
                return Vec::new();
            };
            let body = match &app.earlier {
                None => s::LAST_TIME_NONE.to_string(),
                Some(e) => last_answers_text(card, &e.assessment, app.cards.question),
            };
            let created = app
                .earlier
                .as_ref()
                .map(|e| format!(" ({})", crate::report::danish_date(&e.assessment.created)))
                .unwrap_or_default();
            let title = format!(
                "{}{created}: {} {}",
                s::LAST_TIME_TITLE,
                clean_line(&card.id),
                s::PANE_QUESTIONS.to_lowercase()
            );
            app.push(Overlay::Message { title, body });
            Vec::new()
        }
        Action::LastTime => {
            let Some(id) = app.current_anvisning_id() else {
                return Vec::new();
            };
            let body = match &app.earlier {
                None => s::LAST_TIME_NONE.to_string(),
                Some(e) => last_time_text(app, &e.assessment, &id),
            };
            let created = app
                .earlier
                .as_ref()
                .map(|e| format!(" ({})", crate::report::danish_date(&e.assessment.created)))
                .unwrap_or_default();
            app.push(Overlay::Message {
                title: format!("{}{created}: {}", s::LAST_TIME_TITLE, clean_line(&id)),
                body,
            });
            Vec::new()
        }
        Action::CarriedActions => {
            if app.carried_actions().is_empty() {
                app.set_status(s::CARRIED_NONE);
            } else {
                app.push(Overlay::Carried { selected: 0 });
            }
            Vec::new()
        }
        Action::CompareLast => {
            let (Some(e), Some(path)) = (
                &app.earlier,
                app.session.as_ref().and_then(|s| s.path.clone()),
            ) else {
                app.set_status(if app.earlier.is_none() {
                    s::LAST_TIME_NONE
                } else {
                    s::COMPARE_LAST_UNSAVED
                });
                return Vec::new();
            };
            // The comparison reads both files: what was typed is saved first. It opens on the
            // card and anvisning the team is on.
            app.compare_on = app
                .current_card()
                .map(|g| (g.id.clone(), app.current_anvisning_id().unwrap_or_default()));
            app.screen = Screen::Cards;
            vec![Effect::Save, Effect::Compare(vec![e.path.clone(), path])]
        }
        _ => Vec::new(),
    }
}

/// Last time's answers to a card's reflection questions, each under its question, as a message
/// to read beside this year's: the questions answered then, and the selected one always.
fn last_answers_text(
    card: &crate::deck::Guideline,
    earlier: &Assessment,
    selected: usize,
) -> String {
    let mut out = String::new();
    for (i, q) in card.questions.iter().enumerate() {
        let answer = earlier
            .reflection(&card.id, i + 1)
            .map(str::trim)
            .filter(|t| !t.is_empty());
        if answer.is_none() && i != selected {
            continue;
        }
        out.push_str(&format!("{}. {}\n", i + 1, clean_line(&q.text)));
        match answer {
            Some(text) => {
                for line in text.lines() {
                    out.push_str(&format!("   │ {}\n", clean_line(line)));
                }
            }
            None => out.push_str(&format!("   {}\n", s::LAST_TIME_NO_ANSWER)),
        }
        out.push('\n');
    }
    out
}

/// Last time's score, votes and note on one anvisning, as a message to read.
fn last_time_text(app: &App, earlier: &Assessment, id: &str) -> String {
    let Some(answer) = earlier.answer(id) else {
        return s::LAST_TIME_NOT_ANSWERED.to_string();
    };
    let mut out = format!(
        "Vurdering: {}\n",
        crate::report::score_text(&app.deck, answer.score)
    );
    if !answer.reason.trim().is_empty() {
        out.push_str(&format!("Begrundelse: {}\n", answer.reason.trim()));
    }
    if let Some(votes) = crate::report::votes_text(&app.deck, &earlier.participants, answer) {
        out.push_str(&format!("Stemmer: {votes}\n"));
    }
    if !answer.dissent.trim().is_empty() {
        out.push_str(&format!("Uenige om: {}\n", answer.dissent.trim()));
    }
    if !answer.note.trim().is_empty() {
        out.push_str(&format!("\n{}\n", answer.note.trim()));
    }
    out
}
