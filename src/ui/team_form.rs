//! The team form on top of a screen: the team's name and who took part.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph};

use super::chrome::centered;
use crate::app::{App, TeamForm};
use crate::strings as s;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, form: &TeamForm) {
    if app.session.is_none() {
        return;
    }
    let rect = centered(area, 80, 7);
    frame.render_widget(Clear, rect);
    let block = super::overlays::popup(format!(" {} ", s::TEAM_TITLE));
    let inner = usize::from(rect.width.saturating_sub(2));
    let fields = [
        (s::NEW_TEAM, &form.team, ""),
        (
            s::NEW_PARTICIPANTS,
            &form.participants,
            s::NEW_PARTICIPANTS_HINT,
        ),
    ];
    let lines = super::fields::field_lines(&fields, form.field, 11, inner);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
