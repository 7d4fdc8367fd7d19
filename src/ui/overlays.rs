//! What opens on top of a screen: help, the text editor, search, and messages.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};

use super::chrome::{centered, truncate_cells, width};
use super::theme;
use crate::app::{ActionForm, App, EditTarget, Editor, SearchState};
use crate::deck::search;
use crate::strings as s;
use crate::text::clean_line;
pub(super) use crate::widgets::frame::popup;

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
        Span::raw(crate::app::status_label(todo.status)),
    ]));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
