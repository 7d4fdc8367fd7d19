//! The overview of the assessment so far: its lines that name an anvisning or a card lead
//! there with Enter.

use super::super::keymap::Action;
use super::super::msg::Effect;
use super::super::nav;
use super::super::{App, Link, Pane, Screen, Scrollable};

pub(super) fn action(app: &mut App, action: Action) -> Vec<Effect> {
    let links = app.summary_links();
    match action {
        Action::Back => app.screen = Screen::Cards,
        Action::PageUp | Action::PageDown => {
            app.cards.summary = app.scrolled(Scrollable::Summary, app.cards.summary, action);
        }
        Action::Up | Action::Down | Action::First | Action::Last => {
            app.cards.summary_link = nav::step(app.cards.summary_link, action, links.len(), 1);
            app.cards.summary = app.following(Scrollable::Summary, app.cards.summary);
        }
        Action::Open => {
            if let Some(link) = links.get(app.cards.summary_link) {
                app.open_link(link);
            }
        }
        Action::NextCard | Action::PreviousCard => {
            app.screen = Screen::Cards;
            return super::cards::action(app, action);
        }
        Action::Actions => return super::super::layers::open_actions(app, None),
        Action::CarriedActions | Action::CompareLast => {
            return super::earlier::start(app, action);
        }
        _ => {}
    }
    Vec::new()
}

impl App {
    /// Opens the card screen on what an overview line names.
    pub(crate) fn open_link(&mut self, link: &Link) {
        let chosen = self.chosen();
        let (guideline, anvisning) = match link {
            Link::Anvisning(id) => {
                let g = chosen
                    .iter()
                    .position(|g| g.anvisninger.iter().any(|a| a.id == *id));
                (
                    g,
                    g.and_then(|g| chosen[g].anvisninger.iter().position(|a| a.id == *id)),
                )
            }
            Link::Card(id) => (chosen.iter().position(|g| g.id == *id), None),
        };
        let Some(card) = guideline else {
            return;
        };
        self.goto_card(card);
        self.screen = Screen::Cards;
        self.cards.pane = Pane::Anvisninger;
        self.select_anvisning(anvisning.unwrap_or(0));
    }
}
