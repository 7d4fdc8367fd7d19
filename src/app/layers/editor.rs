//! The multi-line text editor for notes, reasons and answers to reflection questions (and a
//! round's dissent, the participants, a parked topic, the timebox). Every keystroke is written
//! straight into the assessment, so nothing typed can be lost; closing commits.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui_textarea::{TextArea, WrapMode};

use super::super::keymap::Action;
use super::super::limit;
use super::super::msg::Effect;
use super::super::{App, Areas};
use super::Overlay;
use crate::assessment::{Assessment, NonScore, Score};
use crate::strings as s;
use crate::text::clean_line;
use crate::widgets::frame::{centered, popup};
use crate::widgets::theme;

/// What the text being edited belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    Note {
        anvisning: String,
    },
    /// The reason for "not relevant"; the non-score is set when the editor closes with text.
    Reason {
        anvisning: String,
    },
    Reflection {
        guideline: String,
        question: usize,
    },
    /// What the team disagreed about, asked for after a flagged round.
    Dissent {
        anvisning: String,
    },
    /// Who takes part, one name per line.
    Participants,
    /// A parked topic: the `index`-th of the list, added when it does not exist yet.
    Parked {
        index: usize,
        anvisning: String,
    },
    /// The planned minutes per card; empty for no timebox.
    Timebox,
}

pub struct Editor {
    pub target: EditTarget,
    pub area: TextArea<'static>,
}

impl Editor {
    pub fn open(target: EditTarget, assessment: &Assessment) -> Editor {
        // A file written by another tool may hold control characters; the editor shows text
        // as typed, so they are made harmless before it ever sees them.
        let text = crate::text::clean_text(&target.read(assessment));
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_max_histories(200);
        // The text area's own light blue fails against most terminals' text; text chosen
        // with Shift is reversed, as every selection is.
        area.set_selection_style(theme::selected());
        area.set_cursor_style(theme::selected());
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Editor { target, area }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }
}

impl EditTarget {
    pub fn read(&self, a: &Assessment) -> String {
        match self {
            EditTarget::Note { anvisning } => a
                .answer(anvisning)
                .map(|x| x.note.clone())
                .unwrap_or_default(),
            EditTarget::Reason { anvisning } => a
                .answer(anvisning)
                .map(|x| x.reason.clone())
                .unwrap_or_default(),
            EditTarget::Reflection {
                guideline,
                question,
            } => a
                .reflection(guideline, *question)
                .unwrap_or_default()
                .to_string(),
            EditTarget::Dissent { anvisning } => a
                .answer(anvisning)
                .map(|x| x.dissent.clone())
                .unwrap_or_default(),
            EditTarget::Participants => a.participants.join("\n"),
            EditTarget::Parked { index, .. } => a
                .parked
                .get(*index)
                .map(|p| p.text.clone())
                .unwrap_or_default(),
            EditTarget::Timebox => a.timebox.map(|m| m.to_string()).unwrap_or_default(),
        }
    }

    /// Writes the text being typed into the assessment.
    pub fn write(&self, a: &mut Assessment, text: String) {
        match self {
            EditTarget::Note { anvisning } => a.answer_mut(anvisning).note = text,
            EditTarget::Reason { anvisning } => a.answer_mut(anvisning).reason = text,
            EditTarget::Reflection {
                guideline,
                question,
            } => a.set_reflection(guideline, *question, text),
            EditTarget::Dissent { anvisning } => a.answer_mut(anvisning).dissent = text,
            EditTarget::Participants => {
                // Names are single lines; a comma typed out of habit also separates.
                a.participants = text
                    .split(['\n', ','])
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .collect();
            }
            EditTarget::Parked { index, anvisning } => match a.parked.get_mut(*index) {
                Some(p) => p.text = text,
                None => a.parked.push(crate::assessment::Parked {
                    anvisning: anvisning.clone(),
                    text,
                }),
            },
            // Half-typed or mistyped minutes leave the timebox as it was.
            EditTarget::Timebox => {
                if let Some(minutes) = parse_minutes(&text) {
                    a.timebox = minutes;
                }
            }
        }
    }
}

/// Minutes as typed: empty is no timebox, 1–600 a timebox; anything else is not understood.
pub fn parse_minutes(text: &str) -> Option<Option<u32>> {
    let t = text.trim().trim_end_matches("min").trim();
    if t.is_empty() {
        return Some(None);
    }
    match t.parse::<u32>() {
        Ok(m) if (1..=600).contains(&m) => Some(Some(m)),
        _ => None,
    }
}

pub(super) fn on(app: &mut App, key: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    if action == Some(Action::Back) {
        return app.close_overlay();
    }
    let Some(Overlay::Editor(editor)) = app.layers.last_mut() else {
        return Vec::new();
    };
    // Ctrl+U means what it means in every one-line field (all before the cursor, here on its
    // line), not the text area's own undo; undo is Ctrl+Z, as on the screens.
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let changed = match key.code {
        KeyCode::Char('u' | 'U') if ctrl => editor.area.delete_line_by_head(),
        KeyCode::Char('z' | 'Z') if ctrl => editor.area.undo(),
        _ => editor.area.input(key),
    };
    if !changed {
        return Vec::new();
    }
    write_draft(app)
}

/// Copies the editor's text into the assessment, to be saved within a second. Input that would
/// make the text longer than a field holds is taken back at once, and the user is told.
pub(super) fn write_draft(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Editor(editor)) = app.layers.last_mut() else {
        return Vec::new();
    };
    let result = limit::editor_fits(editor);
    let (target, text) = (editor.target.clone(), editor.text());
    let fits = result.is_ok();
    app.say_if_full(result);
    if !fits {
        return Vec::new();
    }
    app.draft_change(|a| target.write(a, text))
}

/// What closing commits: the text (`finish_edit`). The dissent note (and a reveal's »ikke
/// relevant« reason) belongs to its round: a round with nothing left to reveal closes with it.
pub(super) fn close(app: &mut App, editor: Editor) -> Vec<Effect> {
    let reason_of = match &editor.target {
        EditTarget::Reason { anvisning } => Some(anvisning.clone()),
        _ => None,
    };
    // The dissent note belongs to its round; so does a reason asked for by `x` on a reveal.
    let of_round = matches!(editor.target, EditTarget::Dissent { .. })
        || (reason_of.is_some() && matches!(app.overlay(), Some(Overlay::Vote(_))));
    let mut effects = app.finish_edit(editor);
    // A round's "ikke relevant" without a reason is not an agreement: the round forgets it.
    if let (Some(id), Some(session)) = (reason_of, app.session.as_ref()) {
        let scored = session.assessment.answer(&id).and_then(|x| x.score);
        if let Some(Overlay::Vote(view)) = app.layers.last_mut()
            && scored != Some(Score::Other(NonScore::NotRelevant))
        {
            view.round.unagree(&id);
        }
    }
    if of_round && matches!(app.overlay(), Some(Overlay::Vote(view)) if view.round.is_over()) {
        effects.extend(app.close_overlay());
    }
    effects
}

impl App {
    /// Closing commits the text typed (one undo step); a reason left empty takes its
    /// "not relevant" back, and planned minutes not understood are said.
    fn finish_edit(&mut self, editor: Editor) -> Vec<Effect> {
        let text = editor.text();
        if editor.target == EditTarget::Timebox && parse_minutes(&text).is_none() {
            self.set_error(format!("{}: »{}«", s::TIMEBOX_BAD, clean_line(text.trim())));
        }
        if let EditTarget::Reason { anvisning } = &editor.target
            && text.trim().is_empty()
        {
            // A non-score needs its reason: without one, the draft goes and no score is set.
            let effects = self.commit_change(|a| a.answer_mut(anvisning).reason.clear());
            self.set_status(s::REASON_NEEDED);
            return effects;
        }
        self.commit_change(|a| {
            if let EditTarget::Reason { anvisning } = &editor.target {
                a.answer_mut(anvisning).score = Some(Score::Other(NonScore::NotRelevant));
            }
            editor.target.write(a, text);
        })
    }

    pub(crate) fn open_editor(&mut self, target: EditTarget) -> Vec<Effect> {
        if let Some(session) = &self.session {
            self.push(Overlay::Editor(Box::new(Editor::open(
                target,
                &session.assessment,
            ))));
        }
        Vec::new()
    }
}

/// Drawn over the screen, or by the round under a dissent note (`ui/vote.rs`).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, editor: &Editor, areas: &mut Areas) {
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
        Line::styled(
            theme::horizontal().repeat(usize::from(rule.width)),
            theme::dim(),
        ),
        rule,
    );
    draw_text(frame, text, &editor.area);
    frame.render_widget(Line::styled(s::EDIT_HINT, theme::dim()), hint);
    // The terminal's cursor on the text area's own (a reversed cell), for magnifiers.
    areas.focus_reversed(frame.buffer_mut(), text);
}

/// The text as typed, wrapped at spaces only, so a comma or a full stop stays with its word
/// (the text area's own wrapping breaks before punctuation), with the cursor and a selection
/// reversed. The text area still draws itself, off screen, so its ↑↓ keys know the width.
fn draw_text(frame: &mut Frame, rect: Rect, area: &TextArea<'_>) {
    let mut scratch = ratatui::buffer::Buffer::empty(rect);
    ratatui::widgets::Widget::render(area, rect, &mut scratch);
    if rect.width < 2 || rect.height == 0 {
        return;
    }
    // One column is kept for the cursor after a line's last character.
    let width = usize::from(rect.width) - 1;
    let lines = area.lines();
    let ratatui_textarea::DataCursor(cursor_line, cursor_col) = area.cursor();
    let selection = area.selection_range();
    let rows: Vec<(usize, usize, usize)> = lines
        .iter()
        .enumerate()
        .flat_map(|(i, line)| {
            wrap_at_spaces(line, width)
                .into_iter()
                .map(move |(a, b)| (i, a, b))
        })
        .collect();
    let cursor_row = rows
        .iter()
        .rposition(|&(l, a, _)| l == cursor_line && a <= cursor_col)
        .unwrap_or(0);
    let top = (cursor_row + 1).saturating_sub(usize::from(rect.height));
    let buf = frame.buffer_mut();
    for (y, &(l, a, b)) in rows
        .iter()
        .enumerate()
        .skip(top)
        .take(usize::from(rect.height))
        .map(|(i, row)| (i - top, row))
    {
        let here = top + y == cursor_row;
        let chars: Vec<char> = lines[l].chars().collect();
        let row_y = rect.y + u16::try_from(y).unwrap_or(u16::MAX);
        let mut x = rect.x;
        let last = if here && cursor_col == b { b + 1 } else { b };
        for c in a..last {
            if x >= rect.right() {
                break;
            }
            let shown = chars.get(c).copied().unwrap_or(' ');
            let marked = (here && c == cursor_col)
                || selection.is_some_and(|(from, to)| from <= (l, c) && (l, c) < to);
            let style = if marked {
                theme::selected()
            } else {
                ratatui::style::Style::default()
            };
            let mut cell = [0u8; 4];
            let symbol = shown.encode_utf8(&mut cell);
            let cells = u16::try_from(crate::widgets::measure::width(symbol)).unwrap_or(1);
            if x + cells > rect.right() {
                break;
            }
            buf[(x, row_y)].set_symbol(symbol).set_style(style);
            x += cells.max(1);
        }
    }
}

/// `line` cut into rows of at most `width` cells, as (start, end) character ranges: a row
/// breaks before a word, never inside one that fits on a row (spaces stay at a row's end).
fn wrap_at_spaces(line: &str, width: usize) -> Vec<(usize, usize)> {
    let chars: Vec<char> = line.chars().collect();
    let cells = |c: char| crate::widgets::measure::width(c.encode_utf8(&mut [0; 4]));
    let mut rows = Vec::new();
    let (mut start, mut used, mut i) = (0, 0, 0);
    while i < chars.len() {
        let mut end = i;
        while end < chars.len() && chars[end] != ' ' {
            end += 1;
        }
        let word: usize = chars[i..end].iter().map(|&c| cells(c)).sum();
        if used > 0 && used + word > width {
            rows.push((start, i));
            (start, used) = (i, 0);
        }
        if word > width {
            for (k, &c) in chars.iter().enumerate().take(end).skip(i) {
                if used > 0 && used + cells(c) > width {
                    rows.push((start, k));
                    (start, used) = (k, 0);
                }
                used += cells(c);
            }
        } else {
            used += word;
        }
        while end < chars.len() && chars[end] == ' ' {
            end += 1;
            used += 1;
        }
        i = end;
    }
    rows.push((start, chars.len()));
    rows
}

#[cfg(test)]
mod tests {
    use super::wrap_at_spaces;

    /// Issue 19: a comma (or a full stop) is never the first thing on a row.
    #[test]
    fn punctuation_stays_with_its_word() {
        let text = "Vi drøfter planen med borgeren, og derefter følger vi op.";
        let rows: Vec<String> = wrap_at_spaces(text, 30)
            .into_iter()
            .map(|(a, b)| text.chars().skip(a).take(b - a).collect())
            .collect();
        assert_eq!(
            rows,
            [
                "Vi drøfter planen med ",
                "borgeren, og derefter følger ",
                "vi op."
            ]
        );
        // Every width the longest word ('borgeren,') fits in.
        for width in 9..40 {
            for (a, _) in wrap_at_spaces(text, width) {
                let first = text.chars().nth(a);
                assert!(!matches!(first, Some(',' | '.')), "width {width}");
            }
        }
        assert_eq!(wrap_at_spaces("", 10), [(0, 0)]);
        assert_eq!(wrap_at_spaces("abcdef", 4), [(0, 4), (4, 6)]);
    }

    /// A paste goes through the one rule for typed text (`text::clean_input`, property-tested
    /// there with 10,000 cases); these are the cases issue 9 reported.
    #[test]
    fn pasted_line_breaks_become_lf_and_controls_go() {
        use crate::text::clean_input;
        assert_eq!(clean_input("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(clean_input("EX\u{1b}[31mRØD\u{1b}[0m"), "EXRØD");
        assert_eq!(clean_input("a\tb\u{7}\u{202e}c"), "a bc");
    }
}
