//! Views: they read the app model and draw it. No view changes state or touches the disk.

pub mod cards;
pub mod chrome;
mod compare;
mod earlier;
mod form;
mod home;
pub mod markdown;
mod overlays;
mod summary;
mod theme;
mod vote;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Overlay, Screen};

/// Smallest window the screens are laid out for; below it we say so instead.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(
            Paragraph::new(crate::strings::TOO_SMALL).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    chrome::header(frame, header, app);
    let mut context_line = Line::default();
    match app.screen {
        Screen::Home => home::draw(frame, body, app),
        Screen::New => form::draw(frame, body, app),
        Screen::Cards => {
            cards::draw(frame, body, app);
            // A round hides the card, and its footer the selected anvisning's score.
            context_line = match &app.overlay {
                Some(Overlay::Vote(_)) => vote::scale_line(app),
                _ => cards::context_line(app),
            };
        }
        Screen::Summary => summary::draw(frame, body, app),
        Screen::Compare => compare::draw(frame, body, app),
    }
    chrome::footer(frame, footer, app, context_line);
    match &app.overlay {
        Some(Overlay::Help(scroll)) => overlays::draw_help(frame, body, app, *scroll),
        Some(Overlay::Editor(editor)) => overlays::draw_editor(frame, body, app, editor),
        Some(Overlay::Search(state)) => overlays::draw_search(frame, body, app, state),
        Some(Overlay::Action(form)) => overlays::draw_action(frame, body, app, form),
        Some(Overlay::Message { title, body: text }) => {
            overlays::draw_message(frame, body, title, text);
        }
        Some(Overlay::Vote(view)) => vote::draw(frame, body, app, view),
        Some(Overlay::BuildOn { path, created }) => {
            earlier::draw_build_on(frame, body, app, path, created);
        }
        Some(Overlay::Carried { selected }) => earlier::draw_carried(frame, body, app, *selected),
        None => {}
    }
}
