//! The form for a new assessment.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::chrome::truncate_cells;
use super::theme;
use crate::app::{App, Areas, CardChoice, Field, LineInput, NewForm};
use crate::strings as s;
use crate::text::clean_line;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, areas: &mut Areas) {
    let form = &app.form;
    let box_width = area.width.min(76);
    let area = Rect {
        x: area.x + (area.width - box_width) / 2,
        width: box_width,
        ..area
    };
    let inner = usize::from(area.width.saturating_sub(4));
    let mark = |field: Field| if form.field == field { "▶ " } else { "  " };
    let style = |field: Field| {
        if form.field == field {
            theme::title()
        } else {
            theme::dim()
        }
    };
    let input = |field: Field, value: &LineInput, placeholder: &str| {
        if value.is_empty() && form.field != field {
            Span::styled(placeholder.to_string(), theme::dim())
        } else {
            Span::raw(value.shown(None, form.field == field))
        }
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("{}{:<11}", mark(Field::Team), s::NEW_TEAM),
                style(Field::Team),
            ),
            input(Field::Team, &form.team, "…"),
        ]),
        Line::from(vec![
            Span::styled(
                format!("{}{:<11}", mark(Field::Participants), s::NEW_PARTICIPANTS),
                style(Field::Participants),
            ),
            input(
                Field::Participants,
                &form.participants,
                s::NEW_PARTICIPANTS_HINT,
            ),
        ]),
        Line::default(),
        Line::styled(
            format!("{}{}", mark(Field::Cards), s::NEW_CARDS),
            style(Field::Cards),
        ),
    ];
    for choice in NewForm::choices(&app.deck) {
        let on = if choice == form.choice {
            "(•)"
        } else {
            "( )"
        };
        let label = match &choice {
            CardChoice::All => format!("{} ({})", s::NEW_ALL, app.deck.guidelines.len()),
            CardChoice::Chapter(c) => {
                let n = app
                    .deck
                    .guidelines
                    .iter()
                    .filter(|g| g.chapter == *c)
                    .count();
                format!("{} {c} ({n})", s::NEW_CHAPTER)
            }
            CardChoice::Pick => s::NEW_PICK.to_string(),
        };
        lines.push(Line::raw(format!("    {on} {label}")));
    }
    if form.choice == CardChoice::Pick {
        lines.push(Line::default());
        for (i, g) in app.deck.guidelines.iter().enumerate() {
            let ticked = if form.picked.contains(&g.id) {
                "[x]"
            } else {
                "[ ]"
            };
            let cursor = if form.field == Field::Pick && i == form.pick_cursor {
                "▶"
            } else {
                " "
            };
            let text = format!(
                "  {cursor} {ticked} {} {}",
                g.id,
                clean_line(&g.short_title())
            );
            let st = if form.field == Field::Pick && i == form.pick_cursor {
                theme::selected()
            } else {
                ratatui::style::Style::default()
            };
            lines.push(Line::styled(truncate_cells(&text, inner), st));
        }
    }
    lines.push(Line::default());
    let start = format!("{}[ {} ]", mark(Field::Start), s::NEW_START);
    lines.push(Line::styled(
        start,
        if form.field == Field::Start {
            theme::selected()
        } else {
            theme::title()
        },
    ));
    // Keep the focused line in view in short windows.
    let focus_line = match form.field {
        Field::Pick => 5 + NewForm::choices(&app.deck).len() + form.pick_cursor,
        Field::Start => lines.len(),
        _ => 0,
    };
    let visible = usize::from(area.height.saturating_sub(2));
    let scroll = focus_line.saturating_sub(visible.saturating_sub(1));
    let block = super::chrome::bordered(theme::BorderKind::Plain)
        .border_style(theme::dim())
        .title(Span::styled(format!(" {} ", s::NEW_TITLE), theme::title()));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        area,
    );
    areas.focus_marker(frame.buffer_mut(), area);
}
