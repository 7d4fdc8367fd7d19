//! What opens on top of a screen: help, the text editor, search, and messages.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};

use super::chrome::{centered, truncate_cells, width};
use super::scroll::{self, Keep};
use super::theme;
use crate::app::{
    ActionForm, App, Areas, Context, EditTarget, Editor, LineInput, Scroll, Scrollable,
    SearchState, bindings, keymap_label,
};
use crate::deck::search;
use crate::strings as s;
use crate::text::{clean_line, clean_text};
pub(super) use crate::widgets::frame::popup;

/// Help, generated from the key map: one section per place in the app.
pub fn help_lines(app: &App) -> Vec<Line<'static>> {
    let mut lines = vec![Line::raw(s::HELP_METHOD), Line::default()];
    // One section per place, in the order `Context` is declared.
    let sections = Context::ALL
        .iter()
        .filter_map(|&c| Some((c.help_title()?, c)));
    for (title, ctx) in sections {
        lines.push(Line::styled(title, theme::heading()));
        for b in bindings().iter().filter(|b| b.contexts.contains(&ctx)) {
            let label = keymap_label(b, app.deck.max_level());
            lines.push(Line::from(vec![
                Span::styled(format!("  {label:<12}"), theme::key()),
                Span::raw(b.help),
            ]));
        }
        lines.push(Line::default());
    }
    // The text fields' own keys: the editor's, and every one-line field's.
    for (title, keys) in [
        (s::HELP_EDITOR_TITLE, s::HELP_EDITOR_KEYS),
        (s::HELP_LINE_TITLE, s::HELP_LINE_KEYS),
    ] {
        lines.push(Line::styled(title, theme::heading()));
        for (keys, what) in keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<12}"), theme::key()),
                Span::raw(*what),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::styled(s::HELP_MOUSE_TITLE, theme::heading()));
    for line in s::HELP_MOUSE {
        lines.push(Line::raw(format!("  {line}")));
    }
    lines.push(Line::default());
    lines.push(Line::styled(s::HELP_SIGNS_TITLE, theme::heading()));
    lines.extend(s::HELP_SIGNS.iter().map(|l| Line::raw(format!("  {l}"))));
    lines
}

pub fn draw_help(frame: &mut Frame, area: Rect, app: &App, top: u16, areas: &mut Areas) {
    let rect = centered(area, 86, area.height.saturating_sub(2).max(3));
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} · ↑↓ rul · {} ", s::HELP_TITLE, s::CLOSE_HINT));
    let scroll = Scroll { top, free: true };
    let extent = scroll::draw(frame, rect, block, help_lines(app), scroll, Keep::Nothing);
    areas.pane(rect, Scrollable::Help, extent);
}

pub fn draw_editor(frame: &mut Frame, area: Rect, app: &App, editor: &Editor) {
    let title = match &editor.target {
        EditTarget::Note { anvisning } => format!(" {} {} ", s::EDIT_NOTE, clean_line(anvisning)),
        EditTarget::Reason { anvisning } => {
            format!(" {} {} ", clean_line(anvisning), s::EDIT_REASON)
        }
        EditTarget::Reflection {
            guideline,
            question,
        } => {
            format!(
                " {} {question} ({}) ",
                s::EDIT_ANSWER,
                clean_line(guideline)
            )
        }
        EditTarget::Dissent { anvisning } => {
            format!(" {} ({}) ", s::EDIT_DISSENT, clean_line(anvisning))
        }
        EditTarget::Participants => format!(" {} ", s::EDIT_PARTICIPANTS),
        EditTarget::Parked { .. } => format!(" {} ", s::EDIT_PARKED),
        EditTarget::Timebox => format!(" {} ", s::EDIT_TIMEBOX),
    };
    let context = match &editor.target {
        EditTarget::Reflection {
            guideline,
            question,
        } => app
            .deck
            .guideline(guideline)
            .and_then(|g| g.questions.get(question - 1))
            .map(|q| clean_line(&q.text)),
        EditTarget::Note { anvisning }
        | EditTarget::Reason { anvisning }
        | EditTarget::Dissent { anvisning }
        | EditTarget::Parked { anvisning, .. } => app
            .deck
            .anvisninger()
            .find(|a| &a.id == anvisning)
            .map(|a| clean_line(&a.text)),
        EditTarget::Participants | EditTarget::Timebox => None,
    }
    .unwrap_or_default();
    let rect = centered(area, 90, area.height.saturating_sub(2).clamp(3, 24));
    frame.render_widget(Clear, rect);
    let block = popup(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let context_height = if inner.height >= 10 { 4 } else { 0 };
    let [ctx, text, hint] = Layout::vertical([
        Constraint::Length(context_height),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let [ctx_text, rule] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(ctx);
    frame.render_widget(
        Paragraph::new(Line::styled(context, theme::dim())).wrap(Wrap { trim: true }),
        ctx_text,
    );
    frame.render_widget(
        Line::styled("─".repeat(usize::from(rule.width)), theme::dim()),
        rule,
    );
    frame.render_widget(&editor.area, text);
    frame.render_widget(Line::styled(s::EDIT_HINT, theme::dim()), hint);
}

/// The folder prompt before the overview of teams.
pub fn draw_folder(frame: &mut Frame, area: Rect, text: &LineInput) {
    let rect = centered(area, 76, 7);
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::FOLDER_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let shown = if text.is_empty() {
        Span::styled(format!("▏({})", s::FOLDER_STORE), theme::dim())
    } else {
        Span::raw(text.shown(None, true))
    };
    let lines = vec![
        Line::styled(s::FOLDER_INTRO, theme::dim()),
        Line::default(),
        Line::from(vec![Span::styled("Mappe: ", theme::key()), shown]),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn draw_search(frame: &mut Frame, area: Rect, app: &App, state: &SearchState) {
    let rect = centered(area, 90, area.height.saturating_sub(2).max(3));
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} ", s::SEARCH_TITLE));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [input, results] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(s::SEARCH_PROMPT, theme::key()),
            Span::raw(state.query.shown(None, true)),
        ])),
        input,
    );
    let query = state.query.text();
    let hits = search(&app.deck, query);
    if query.trim().is_empty() || hits.is_empty() {
        let text = if query.trim().is_empty() {
            s::SEARCH_EMPTY
        } else {
            s::SEARCH_NONE
        };
        frame.render_widget(Line::styled(text, theme::dim()), results);
        return;
    }
    let w = usize::from(results.width);
    let items: Vec<ListItem> = hits
        .iter()
        .map(|h| {
            let place = match &h.anvisning {
                Some(id) => format!("{} {}", h.field, id),
                None => h.field.to_string(),
            };
            let head = format!("{:<5} {place}: ", h.guideline);
            let room = w.saturating_sub(width(&head));
            ListItem::new(Line::from(vec![
                Span::styled(head, theme::title()),
                Span::raw(truncate_cells(&h.line, room)),
            ]))
        })
        .collect();
    let mut list_state =
        ListState::default().with_selected(Some(state.selected.min(hits.len() - 1)));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme::selected()),
        results,
        &mut list_state,
    );
}

pub fn draw_message(frame: &mut Frame, area: Rect, title: &str, body: &str) {
    let lines: Vec<Line> = clean_text(body)
        .lines()
        .map(|l| Line::raw(l.to_string()))
        .collect();
    // Long lines wrap: count the rows they take at the popup's inner width (a tenth more for
    // words carried to the next row), so the end of a message is never cut off.
    let inner = usize::from(90u16.min(area.width).saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| match l.width() {
            0 => 1,
            w if w <= inner => 1,
            w => (w + w / 10).div_ceil(inner),
        })
        .sum();
    let height = u16::try_from(rows + 4).unwrap_or(u16::MAX);
    let rect = centered(area, 90, height.min(area.height));
    frame.render_widget(Clear, rect);
    let block = popup(format!(" {} · {} ", clean_line(title), s::CLOSE_HINT));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}

pub fn draw_action(frame: &mut Frame, area: Rect, app: &App, form: &ActionForm) {
    let Some(todo) = app
        .session
        .as_ref()
        .and_then(|s| s.assessment.actions.get(form.index))
    else {
        return;
    };
    let rect = centered(area, 80, 11);
    frame.render_widget(Clear, rect);
    let block = popup(format!(
        " {} {} ",
        s::ACTION_TITLE,
        clean_line(&form.anvisning)
    ));
    let inner = usize::from(rect.width.saturating_sub(2));
    let [what, who, due] = &form.inputs;
    let fields = [
        (s::ACTION_WHAT, what, ""),
        (s::ACTION_WHO, who, ""),
        (s::ACTION_DUE, due, s::ACTION_DUE_HINT),
    ];
    let mut lines = super::fields::field_lines(&fields, form.field, 9, inner);
    lines.push(Line::from(vec![
        Span::styled(format!("  {:<9}", s::ACTION_STATUS_LABEL), theme::dim()),
        Span::raw(super::actions::status_label(todo.status)),
    ]));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
