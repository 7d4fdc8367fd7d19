//! Views: they read the app model and draw it. No view changes state or touches the disk.

pub mod cards;
pub mod chrome;
pub mod compare;
mod form;
mod home;
pub mod markdown;
mod overlays;
mod overview;
mod summary;
mod vote;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Areas, Overlay, Screen};
use crate::widgets::{scroll, theme};

/// Smallest window the screens are laid out for; below it we say so instead.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;

/// Draws a frame. The runner uses `render`, which also says what was drawn where.
pub fn draw(frame: &mut Frame, app: &App) {
    render(frame, app);
}

/// Draws a frame and returns its `Areas`: pane extents for scrolling, targets for the mouse.
pub fn render(frame: &mut Frame, app: &App) -> Areas {
    theme::install(app.look);
    let areas = draw_all(frame, app);
    theme::finish(frame.buffer_mut());
    // Shown on the selection's marker; with none, ratatui hides it.
    if let Some(at) = areas.cursor {
        frame.set_cursor_position(at);
    }
    areas
}

fn draw_all(frame: &mut Frame, app: &App) -> Areas {
    let mut areas = Areas::default();
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(
            Paragraph::new(crate::strings::TOO_SMALL).wrap(Wrap { trim: true }),
            area,
        );
        return areas;
    }
    // A long message wraps onto up to three rows above the hints, so its words and a file's
    // name are read whole instead of cut.
    let status_rows = chrome::status_lines(app, usize::from(area.width))
        .len()
        .max(1);
    let footer_rows = u16::try_from(status_rows + 1).unwrap_or(2);
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(footer_rows),
    ])
    .areas(area);
    chrome::header(frame, header, app);
    let mut context_line = (Line::default(), Vec::new());
    match &app.screen {
        Screen::Home => home::draw(frame, body, app, &mut areas),
        Screen::New => form::draw(frame, body, app, &mut areas),
        Screen::Cards => {
            cards::draw(frame, body, app, &mut areas);
            // A round hides the card, and its footer the selected anvisning's score.
            let voting = app.layers().iter().any(|l| matches!(l, Overlay::Vote(_)));
            context_line = if voting {
                // No click targets: a click on the scale must not score while votes are hidden.
                (vote::scale_line(app, usize::from(footer.width)), Vec::new())
            } else {
                cards::context_line(app, usize::from(footer.width))
            };
        }
        Screen::Summary => summary::draw(frame, body, app, &mut areas),
        Screen::Compare => compare::draw(frame, body, app, &mut areas),
        Screen::Reading => cards::draw_reading(frame, body, app, &mut areas),
        Screen::Overview(view) => overview::draw(frame, body, view, &mut areas),
        Screen::Drill(view) => crate::app::draw_drill(frame, body, app, view, &mut areas),
    }
    chrome::footer(frame, footer, app, context_line, &mut areas);
    // An overlay covers what is under it: nothing below may be clicked.
    if app.overlay().is_some() {
        areas.targets.clear();
        areas.cursor = None;
        areas.panes.retain(|(r, ..)| !r.intersects(body));
    }
    // Only the top layer is drawn, by its place (`app::layers`); the round, and a dissent note
    // (drawn by the round it belongs to), are drawn here.
    if crate::app::draw_layer(frame, body, app, &mut areas) {
        return areas;
    }
    match app.overlay() {
        Some(Overlay::Editor(editor)) => {
            if let Some(Overlay::Vote(view)) = app.below_top() {
                vote::draw(frame, body, app, view, Some(editor));
            }
        }
        Some(Overlay::Vote(view)) => {
            vote::draw(frame, body, app, view, None);
            // The round covers the body: its marker is whose turn it is, or what is chosen.
            areas.focus_marker(frame.buffer_mut(), body);
        }
        // Drawn by their place above.
        _ => {}
    }
    areas
}
