//! The drill (`refleks øv`, or *Øv* on the home screen) as one place: its state, its key table,
//! its keys and its drawing. The session itself is `study::Drill` (pure, no UI). Each rating
//! goes to the runner at once as `Effect::RecordDrill` (the study core's `record`, under the
//! store's lock, written atomically), so leaving or quitting at any moment loses nothing.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::keymap::{Action, Binding, Context, Key, b};
use super::msg::Effect;
use super::{App, Areas, Screen, Scroll, Scrollable};
use crate::deck::Deck;
use crate::strings as s;
use crate::study::{
    self, Drill, ItemKind, Progress, Rating, Step, blank_modals, card_law, rests_on,
    without_rests_on,
};
use crate::text::clean_line;
use crate::widgets::frame::pane_block;
use crate::widgets::measure::truncate_cells;
use crate::widgets::scroll::{self, Keep};
use crate::widgets::theme;

/// The drill on screen: the session and how far its text is scrolled.
#[derive(Debug, Clone, PartialEq)]
pub struct DrillView {
    pub drill: Drill,
    pub scroll: Scroll,
}

impl DrillView {
    /// The keys it takes depend on the step: a question, an answer to rate, the end.
    pub fn context(&self) -> Context {
        match self.drill.step() {
            Step::Ask => match self.drill.current().map(|i| i.kind) {
                Some(ItemKind::Lovkrav) => Context::DrillLovkrav,
                Some(ItemKind::Retningslinje) => Context::DrillGuideline,
                _ => Context::DrillTurn,
            },
            Step::Shown { .. } => Context::DrillRate,
            Step::End => Context::DrillEnd,
        }
    }
}

/// The drill's own keys; moving, Esc, `?` and `q` are the keys every place shares.
#[rustfmt::skip]
pub(crate) const KEYS: &[Binding] = &[
    b(&[Context::DrillLovkrav], &[Key::Char('l'), Key::Char('L')], "l", s::HELP_DRILL_LOVKRAV, Some(s::HINT_DRILL_LOVKRAV), Action::Choose),
    b(&[Context::DrillLovkrav], &[Key::Char('a'), Key::Char('A')], "a", s::HELP_DRILL_ANBEFALING, Some(s::HINT_DRILL_ANBEFALING), Action::Choose),
    b(&[Context::DrillGuideline], &[Key::Char('1'), Key::Char('2'), Key::Char('3'), Key::Char('4')], "1–4", s::HELP_DRILL_GUIDELINE, Some(s::HINT_DRILL_GUIDELINE), Action::Choose),
    b(&[Context::DrillTurn], &[Key::Char(' '), Key::Code(KeyCode::Enter)], "Mellemrum", s::HELP_DRILL_SHOW, Some(s::HINT_DRILL_SHOW), Action::ShowAnswer),
    b(&[Context::DrillRate], &[Key::Char('1'), Key::Char('2'), Key::Char('3'), Key::Char('4')], "1–4", s::HELP_DRILL_RATE, Some(s::HINT_DRILL_RATE), Action::Rate(0)),
    b(&[Context::DrillRate], &[Key::Char(' '), Key::Code(KeyCode::Enter)], "Mellemrum", s::HELP_DRILL_RATE_DEFAULT, Some(s::HINT_DRILL_RATE_DEFAULT), Action::RateDefault),
    b(&[Context::DrillEnd], &[Key::Code(KeyCode::Enter)], "Enter", s::HELP_DRILL_DONE, Some(s::HINT_DRILL_DONE), Action::Back),
];

/// Opens the drill on `progress` (read by the runner), limited to `card` when given. Answers
/// left unsaved by an earlier try are tried again at once.
pub(crate) fn start(app: &mut App, progress: Progress, card: Option<String>) -> Vec<Effect> {
    let mut effects = app.close_all();
    let today = app.today.parse().unwrap_or_default();
    let items = study::items(&app.deck);
    let drill = Drill::new(&items, progress, today, card.as_deref());
    app.screen = Screen::Drill(Box::new(DrillView {
        drill,
        scroll: Scroll::default(),
    }));
    app.status = None;
    if !app.practice_unsaved.is_empty() {
        effects.push(record(app));
    }
    effects
}

/// Every answer still waiting, to be saved now.
pub(crate) fn record(app: &App) -> Effect {
    Effect::RecordDrill {
        answers: app.practice_unsaved.clone(),
        today: app.today.parse().unwrap_or_default(),
    }
}

/// How many items a drill started now would ask (the home screen's »Øv: N i dag«).
pub(crate) fn due_today(app: &App, progress: &Progress) -> usize {
    let today = app.today.parse().unwrap_or_default();
    study::plan(&study::items(&app.deck), progress, today, None).len()
}

/// The runner saved the first `count` answers waiting.
pub(crate) fn recorded(app: &mut App, count: usize, progress: &Progress) {
    let count = count.min(app.practice_unsaved.len());
    app.practice_unsaved.drain(..count);
    app.practice = Some(Ok(due_today(app, progress)));
    if app.status.as_ref().is_some_and(|st| st.error) {
        app.status = None;
    }
}

/// A key on the drill screen (Quit was answered before).
pub(crate) fn on(app: &mut App, key: &KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let App {
        screen,
        areas,
        status,
        ..
    } = app;
    let Screen::Drill(view) = screen else {
        return Vec::new();
    };
    // A key the question does not take: say which keys it does.
    let nudge = |view: &DrillView, status: &mut Option<super::Status>| {
        let text = match view.drill.current() {
            Some(item) if *view.drill.step() == Step::Ask && item.choices.is_empty() => {
                s::DRILL_KEY_NOT_HERE_SHOW
            }
            Some(_) if *view.drill.step() == Step::Ask => s::DRILL_KEY_NOT_HERE_CHOICES,
            _ => return,
        };
        *status = Some(super::Status {
            text: text.to_string(),
            error: false,
        });
    };
    let rating = match action {
        Some(Action::Back) => {
            app.screen = Screen::Home;
            app.status = None;
            return Vec::new();
        }
        Some(Action::Choose) => {
            let chosen = matches!(key.code, KeyCode::Char(c) if view.drill.choose(c));
            if chosen {
                view.scroll = Scroll::default();
                *status = None;
            } else {
                nudge(view, status);
            }
            None
        }
        Some(Action::ShowAnswer) => {
            if view.drill.show() {
                view.scroll = Scroll::default();
                *status = None;
            } else {
                nudge(view, status);
            }
            None
        }
        Some(Action::Rate(n)) => char::from_digit(u32::from(n), 10).and_then(Rating::from_digit),
        Some(Action::RateDefault) => Some(view.drill.default_rating()),
        Some(a) if a.moves() => {
            view.scroll = super::nav::scrolled(areas, Scrollable::Drill, view.scroll, a);
            None
        }
        _ => {
            nudge(view, status);
            None
        }
    };
    let Some(answer) = rating.and_then(|r| view.drill.rate(r)) else {
        return Vec::new();
    };
    view.scroll = Scroll::default();
    app.practice_unsaved.push(answer);
    vec![record(app)]
}

/// Draws the drill in `area`: the question, the choices, the answer once given, the rating;
/// at the end, how it went and when the next are due.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, view: &DrillView, areas: &mut Areas) {
    let drill = &view.drill;
    let (at, of) = drill.position();
    let title = match drill.current() {
        Some(item) => format!(
            " {} · {at} af {of} · {} ",
            s::DRILL_TITLE,
            item.kind.question()
        ),
        None => format!(" {} · {} ", s::DRILL_TITLE, s::DRILL_DONE),
    };
    // Once the answer is shown, the rating stays in sight below it however long it is.
    let shown = matches!(drill.step(), Step::Shown { .. });
    let [text, rating] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(if shown { 2 } else { 0 }),
    ])
    .areas(area);
    let block = pane_block(title, true);
    let width = usize::from(scroll::text_width(&block, text));
    let lines = match drill.current() {
        Some(_) => question_lines(&app.deck, drill, width),
        None => end_lines(app, drill),
    };
    let extent = scroll::draw(frame, text, block, lines, view.scroll, Keep::Nothing);
    areas.pane(text, Scrollable::Drill, extent);
    if shown {
        let word = drill.default_rating().word();
        let lines = vec![
            Line::from(vec![
                Span::styled(format!(" {}  ", s::DRILL_HOW_WELL), theme::title()),
                Span::styled(s::DRILL_SCALE, theme::key()),
            ]),
            Line::styled(format!(" {}", s::drill_enter_gives(word)), theme::dim()),
        ];
        frame.render_widget(Paragraph::new(lines), rating);
    }
}

fn question_lines(deck: &Deck, drill: &Drill, width: usize) -> Vec<Line<'static>> {
    let Some(item) = drill.current() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    let asking = *drill.step() == Step::Ask;
    // »Hvilken retningslinje?« asks for the card: its name waits until the answer.
    let hide_card = asking && item.kind == ItemKind::Retningslinje;
    if let Some(card) = deck.guideline(&item.card).filter(|_| !hide_card) {
        lines.push(Line::styled(
            format!(
                "{} {} · {}",
                s::DRILL_CARD,
                card.id,
                clean_line(&card.short_title())
            ),
            theme::dim(),
        ));
        lines.push(Line::default());
    }
    // A scenario is its situation, then its question.
    let mut parts = item.text.split('\n');
    if let Some(first) = parts.next() {
        let first = clean_line(first);
        // »skal« or »bør« would answer a »Lovkrav eller anbefaling?« before it is asked.
        let first = if item.kind == ItemKind::Lovkrav && asking {
            blank_modals(&first)
        } else {
            first
        };
        lines.push(Line::raw(first));
    }
    for part in parts {
        lines.push(Line::default());
        lines.push(Line::styled(clean_line(part), theme::title()));
    }
    let shown = match drill.step() {
        Step::Shown { chose, right } => Some((*chose, *right)),
        _ => None,
    };
    if !item.choices.is_empty() {
        lines.push(Line::default());
    }
    for (i, choice) in item.choices.iter().enumerate() {
        let mark = match shown {
            Some((_, _)) if i == item.right => format!("  {}", s::DRILL_RIGHT_MARK),
            Some((Some(c), _)) if c == i => format!("  {}", s::DRILL_YOUR_MARK),
            _ => String::new(),
        };
        let pointer = if shown.is_some_and(|(c, _)| c == Some(i)) {
            "▶"
        } else {
            " "
        };
        let style = if shown.is_some() && i == item.right {
            theme::ok()
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{pointer} ")),
            Span::styled(format!("{} ", choice.key), theme::key()),
            Span::styled(clean_line(&choice.label), style),
            Span::styled(mark, theme::dim()),
        ]));
    }
    let Some((chose, right)) = shown else {
        let prompt = if item.choices.is_empty() {
            s::DRILL_SHOW_PROMPT
        } else {
            s::DRILL_CHOOSE_PROMPT
        };
        lines.push(Line::default());
        lines.push(Line::styled(prompt, theme::dim()));
        return lines;
    };
    if chose.is_some() {
        lines.push(Line::default());
        let (verdict, style) = if right {
            (s::DRILL_RIGHT, theme::ok())
        } else {
            (s::DRILL_WRONG, theme::error())
        };
        lines.push(Line::styled(verdict, style));
    }
    lines.push(Line::default());
    lines.push(Line::styled(s::DRILL_ANSWER, theme::heading()));
    // A scenario's anvisninger are listed below it, with their words.
    let answer = match item.kind {
        ItemKind::Scenarie => without_rests_on(&item.answer),
        _ => &item.answer,
    };
    lines.push(Line::raw(clean_line(answer)));
    match item.kind {
        ItemKind::Lovkrav => {
            if let Some(law) = card_law(deck, &item.card) {
                lines.push(Line::styled(
                    format!("{}: {}", s::DRILL_LAW, clean_line(&law)),
                    theme::dim(),
                ));
            }
        }
        ItemKind::Scenarie => {
            lines.push(Line::default());
            lines.push(Line::styled(s::DRILL_RESTS_ON, theme::heading()));
            for id in rests_on(&item.answer) {
                if let Some(a) = deck.anvisninger().find(|a| a.id == id) {
                    let text = format!("{} {}: {}", a.id, a.kind.badge(), clean_line(&a.text));
                    lines.push(Line::raw(truncate_cells(&text, width.saturating_sub(1))));
                }
            }
        }
        ItemKind::Frist | ItemKind::Retningslinje => {}
    }
    lines
}

fn end_lines(app: &App, drill: &Drill) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    if drill.answered == 0 {
        lines.push(Line::styled(s::DRILL_NOTHING, theme::title()));
    } else {
        lines.push(Line::styled(s::DRILL_DONE, theme::title()));
        lines.push(Line::default());
        lines.push(Line::raw(s::drill_done(drill.answered, drill.right)));
    }
    lines.push(Line::default());
    match drill.next_due() {
        Some((date, n)) => {
            let tomorrow = drill.today().tomorrow().ok() == Some(date);
            let shown = crate::date::danish_date(&date.to_string());
            lines.push(Line::raw(s::drill_next(&shown, n, tomorrow)));
        }
        None => lines.push(Line::raw(s::DRILL_NO_NEXT)),
    }
    lines.push(Line::styled(s::DRILL_NEW_WAIT, theme::dim()));
    lines.push(Line::default());
    if app.practice_unsaved.is_empty() {
        lines.push(Line::styled(s::DRILL_ALL_SAVED, theme::dim()));
    } else {
        lines.push(Line::styled(
            s::drill_unsaved(app.practice_unsaved.len()),
            theme::error(),
        ));
    }
    lines
}
