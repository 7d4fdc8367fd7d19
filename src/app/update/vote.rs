//! The workshop's keys: starting a voting round, a tally, a parked topic or the participants
//! from the card screen, and every key inside a round. The round itself is the pure state
//! machine in `app/vote.rs`; here its events become changes of the app. What the round has
//! revealed reaches the assessment at once: the reveal is one undo step and each agreement
//! another, each saved as it is made, so a crash loses at most the votes not yet revealed.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::super::editor::EditTarget;
use super::super::keymap::{Action, Context};
use super::super::line_input::Edit;
use super::super::msg::Effect;
use super::super::vote::{Event, Input, Round, UNKNOWN_VOTE, VoteView};
use super::super::{App, Overlay};
use crate::assessment::{NonScore, Score};
use crate::session::round::{record_round, round_changes};

/// `x` on a reveal: the team agrees the anvisning does not apply here.
const NOT_RELEVANT: Score = Score::Other(NonScore::NotRelevant);
use crate::strings as s;

/// `v`, `V`, `t`, `r`, `p`, `d`, `N` on the card screen.
pub(super) fn start(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_ref() else {
        return Vec::new();
    };
    let a = &session.assessment;
    let current = app.current_anvisning_id();
    match action {
        Action::Participants => app.open_editor(EditTarget::Participants),
        Action::Anonymous => {
            // Votes already cast keep their names; only new rounds count without them.
            let on = !a.anonymous;
            let effects = app.commit_change(|a| a.anonymous = on);
            app.set_status(if on {
                s::ANONYMOUS_ON
            } else {
                s::ANONYMOUS_OFF
            });
            effects
        }
        Action::Park => {
            let target = EditTarget::Parked {
                index: a.parked.len(),
                anvisning: current.unwrap_or_default(),
            };
            app.open_editor(target)
        }
        Action::RevealSaved => {
            // Every anvisning of the chosen cards that holds votes, in deck order; the round
            // puts the most disputed first.
            let items: Vec<_> = a
                .chosen(&app.deck)
                .iter()
                .flat_map(|g| &g.anvisninger)
                .filter_map(|x| {
                    let answer = a.answer(&x.id).filter(|y| y.has_votes())?;
                    Some((x.id.clone(), answer.votes.clone(), answer.tally.clone()))
                })
                .collect();
            let scale = app.deck.scale_values();
            match Round::saved(items, &a.participants, scale, a.anonymous) {
                Some(round) => {
                    app.status = None;
                    app.push(Overlay::Vote(Box::new(VoteView::new(round))));
                }
                None => app.set_status(s::VOTE_NONE_SAVED),
            }
            Vec::new()
        }
        Action::VoteOne | Action::VoteCard | Action::Tally => {
            let items: Vec<String> = match action {
                Action::VoteCard => app
                    .current_card()
                    .map(|g| g.anvisninger.iter().map(|x| x.id.clone()).collect())
                    .unwrap_or_default(),
                _ => current.into_iter().collect(),
            };
            let voted: Vec<String> = items
                .iter()
                .filter(|id| a.answer(id).is_some_and(|x| x.has_votes()))
                .cloned()
                .collect();
            let replaces = !voted.is_empty();
            let scale = app.deck.scale_values();
            let round = if action == Action::Tally {
                items
                    .into_iter()
                    .next()
                    .map(|id| Round::tally(id, scale, replaces))
            } else {
                if a.participants.is_empty() {
                    app.set_status(s::VOTE_NEED_PARTICIPANTS);
                    return app.open_editor(EditTarget::Participants);
                }
                Round::new(items, a.participants.clone(), scale, a.anonymous, &voted)
            };
            if let Some(round) = round {
                app.status = None;
                app.push(Overlay::Vote(Box::new(VoteView::new(round))));
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// A file just opened with votes the team has not agreed on (merged pre-assessments, or a
/// round left before agreeing): say which key puts them on the table.
pub(super) fn on_open(app: &mut App) {
    let Some(session) = &app.session else {
        return;
    };
    let a = &session.assessment;
    let open = a
        .chosen(&app.deck)
        .iter()
        .flat_map(|g| &g.anvisninger)
        .filter(|x| {
            a.answer(&x.id)
                .is_some_and(|y| y.has_votes() && y.score.is_none())
        })
        .count();
    if open > 0 {
        let what = if open == 1 {
            "anvisning"
        } else {
            "anvisninger"
        };
        app.set_status(format!(
            "{} {open} {what} {}",
            s::OPEN_VOTES_ON,
            s::OPEN_VOTES_WAIT
        ));
    }
}

/// A key while a round is open. The view is moved off the stack, changed, and put back unless
/// the round is over (then it is closed through `finish_round`, the round's one commit).
pub(crate) fn key(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let Some(Overlay::Vote(mut view)) = app.take_top() else {
        return Vec::new();
    };
    view.no_median = false;
    // A word on an earlier key goes with the next key; an error (a failed save) stays.
    app.status = app.status.take().filter(|st| st.error);
    let input = match (view.context(), action, key.code) {
        (Context::VoteTally, Some(Action::SubmitTally), _) => Input::Submit,
        (
            Context::VoteTally | Context::VoteCast | Context::VoteCardAsk,
            Some(Action::CancelRound),
            _,
        ) => Input::Cancel,
        (Context::VoteTally, ..) => Input::Edit(key),
        (
            Context::VoteConfirm | Context::VoteCardAsk | Context::VoteCancelAsk,
            Some(Action::Confirm),
            _,
        ) => Input::Confirm,
        (
            Context::VoteConfirm | Context::VoteCardAsk | Context::VoteCancelAsk,
            Some(Action::No),
            _,
        ) => Input::Decline,
        (Context::VoteCast, Some(Action::Score(v)), _) => Input::Vote(Score::Level(v)),
        (Context::VoteCast, Some(Action::Unknown), _) => Input::Vote(UNKNOWN_VOTE),
        (Context::VoteCast, Some(Action::Skip), _) => Input::Skip,
        (Context::VoteCast, Some(Action::Clear), _) => Input::TakeBack,
        (Context::VoteReveal, Some(Action::AgreeOnMedian), _) => Input::Agree,
        (Context::VoteReveal, Some(Action::Score(v)), _) => Input::AgreeOn(Score::Level(v)),
        (Context::VoteReveal, Some(Action::Unknown), _) => Input::AgreeOn(UNKNOWN_VOTE),
        (Context::VoteReveal, Some(Action::NotRelevant), _) => Input::AgreeOn(NOT_RELEVANT),
        (Context::VoteReveal, Some(Action::NextReveal), _) => Input::Next,
        (Context::VoteReveal, Some(Action::EndRound), _) => return app.finish_round(*view),
        (context, _, code) => {
            if context != Context::VoteTally {
                app.set_status(not_here(app, code));
            }
            app.push(Overlay::Vote(view));
            return Vec::new();
        }
    };
    match view.round.input(input) {
        Event::Moved if input == Input::TakeBack => {
            if let Some((voter, _)) = view.round.turn() {
                app.set_status(format!(
                    "{} {}",
                    s::VOTE_TAKEN_BACK,
                    crate::text::clean_line(voter)
                ));
            }
        }
        Event::NoVotes => {
            app.set_status(s::VOTE_NOBODY);
            return Vec::new();
        }
        Event::Cancelled => return cancel(app, *view),
        Event::NothingLeft => {
            app.set_status(s::VOTE_NOTHING_LEFT);
            return Vec::new();
        }
        Event::NoMedian => view.no_median = true,
        Event::Edited(edit) => {
            app.edited(edit);
        }
        Event::NothingToTakeBack => app.set_status(s::VOTE_NOTHING_TO_TAKE_BACK),
        Event::Agreed { anvisning, .. }
            if view.round.agreed_on(&anvisning) == Some(NOT_RELEVANT) =>
        {
            // "Ikke relevant" needs its reason, as on the card: the votes are written as a
            // draft and the reason's closing sets the score (an empty reason leaves it unset,
            // and `editor::close` takes the round's agreement back).
            let mut results = view.round.results();
            for r in &mut results {
                if r.anvisning == anvisning {
                    r.agreed = None;
                }
            }
            let mut effects = app.draft_change(|a| record_round(a, results));
            app.push(Overlay::Vote(view));
            app.open_editor(EditTarget::Reason { anvisning });
            effects.retain(|e| *e == Effect::SaveSoon);
            return effects;
        }
        Event::Agreed {
            anvisning,
            flagged: true,
        } => {
            // A flagged round asks what the team disagreed about before it goes on. The
            // agreement is written as a draft, and the note's closing commits both as one step.
            let results = view.round.results();
            let mut effects = app.draft_change(|a| record_round(a, results));
            app.push(Overlay::Vote(view));
            app.open_editor(EditTarget::Dissent { anvisning });
            effects.retain(|e| *e == Effect::SaveSoon);
            return effects;
        }
        _ => {}
    }
    if view.round.is_over() {
        return app.finish_round(*view);
    }
    // The reveal and each agreement: saved now, one undo step each.
    let effects = app.save_round(&view.round);
    app.push(Overlay::Vote(view));
    effects
}

/// A key the round does not use is never met with silence: a digit beyond the scale names
/// the scale; anything else (`q`, `?` among them) says it waits for the round to end.
fn not_here(app: &App, code: KeyCode) -> String {
    let scale = app.deck.scale_values().into_iter();
    match (code, scale.clone().min(), scale.max()) {
        (KeyCode::Char(c), Some(lo), Some(hi))
            if c.to_digit(10)
                .is_some_and(|d| d < lo.into() || d > hi.into()) =>
        {
            format!("{c} {} {lo}–{hi}.", s::VOTE_OFF_SCALE)
        }
        _ => s::VOTE_KEY_NOT_HERE.to_string(),
    }
}

/// A paste into the tally.
pub(crate) fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let Some(Overlay::Vote(view)) = app.layers.last_mut() else {
        return Vec::new();
    };
    let edit = view.round.paste(&crate::text::clean_line(text));
    if edit == Edit::NotMine {
        // Casting and agreeing take keys, never pasted text.
        app.set_status(crate::strings::PASTE_NOWHERE);
        return Vec::new();
    }
    app.edited(edit);
    Vec::new()
}

/// Esc before the reveal (asked first when votes are cast): the hidden votes go, unseen;
/// nothing is written.
fn cancel(app: &mut App, view: VoteView) -> Vec<Effect> {
    let effects = app.finish_round(view);
    app.set_status(s::VOTE_CANCELLED);
    effects
}

impl App {
    /// Closes a round: what it revealed and is not yet in the assessment goes in. Before the
    /// reveal there is nothing to write.
    pub(crate) fn finish_round(&mut self, view: VoteView) -> Vec<Effect> {
        if view.round.results().is_empty() {
            return Vec::new();
        }
        let effects = self.save_round(&view.round);
        if self.session.as_ref().is_some_and(|x| !x.read_only) {
            self.set_status(s::VOTE_SAVED);
        }
        effects
    }

    /// What the round has revealed and agreed so far, committed (one undo step) when the
    /// assessment does not already say it; nothing otherwise.
    pub(crate) fn save_round(&mut self, round: &Round) -> Vec<Effect> {
        let results = round.results();
        let Some(session) = self.session.as_ref() else {
            return Vec::new();
        };
        if !round_changes(&session.assessment, &results) {
            return Vec::new();
        }
        self.commit_change(|a| record_round(a, results))
    }
}
