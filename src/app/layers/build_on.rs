//! Building a new assessment on the team's last one: after `refleks new` (or the home form)
//! for a team the store knows, the question whether to carry last time's open actions over.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::super::App;
use super::super::keymap::{Action, Binding, Context::BuildOn as Here, Key, b};
use super::super::msg::Effect;
use super::Outcome;
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::frame::{centered, popup};

#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Here], &[Key::Char('j'), Key::Code(KeyCode::Enter)], "j", s::HELP_BUILD_ON_YES, Some(s::HINT_BUILD_ON_YES), Action::Confirm),
    b(&[Here], &[Key::Char('n'), Key::Code(KeyCode::Esc)], "n/Esc", s::HELP_BUILD_ON_NO, Some(s::HINT_BUILD_ON_NO), Action::No),
];

/// Yes reads the earlier file (the runner answers with `Msg::EarlierLoaded`); no closes.
pub(super) fn on(
    path: &std::path::Path,
    effects: &mut Vec<Effect>,
    action: Option<Action>,
) -> Outcome {
    match action {
        Some(Action::Confirm) => {
            effects.push(Effect::LoadEarlier {
                path: path.to_path_buf(),
                fresh: true,
            });
            Outcome::Close
        }
        Some(Action::No) => Outcome::Close,
        _ => Outcome::Stay,
    }
}

pub(super) fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    path: &std::path::Path,
    created: &str,
) {
    let team = app
        .session
        .as_ref()
        .map(|x| clean_line(&x.assessment.team))
        .unwrap_or_default();
    let file = path
        .file_name()
        .map(|n| clean_line(&n.to_string_lossy()))
        .unwrap_or_default();
    let lines = vec![
        Line::raw(format!(
            "{team} {} {} ({file}).",
            s::BUILD_ON_HAS,
            crate::report::danish_date(created)
        )),
        Line::default(),
        Line::raw(s::BUILD_ON_BODY),
    ];
    let rect = centered(area, 70, 10);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(popup(format!(" {} ", s::BUILD_ON_TITLE)))
            .wrap(Wrap { trim: true }),
        rect,
    );
}
