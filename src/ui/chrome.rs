//! What every screen shares: the header line, the two footer lines, bars and wrapping.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::app::{App, Areas, Context, Screen, Target, hints};
use crate::assessment::{Answer, NonScore, Score};
use crate::deck::Deck;
use crate::strings as s;
use crate::text::clean_line;
pub use crate::widgets::frame::{bordered, centered, marked_list, pane_block, popup};
pub use crate::widgets::measure::{truncate_cells, truncate_middle, width, wrap};

/// Where each value of the scale line sits: (first column, width, value), for the mouse.
pub type ScaleCells = Vec<(u16, u16, u8)>;

/// "▕████░░░░░░▏" for `done` of `total`, `cells` wide inside the edges.
pub fn bar(done: usize, total: usize, cells: usize) -> String {
    let filled = (done * cells + total / 2).checked_div(total).unwrap_or(0);
    format!(
        "▕{}{}▏",
        "█".repeat(filled),
        "░".repeat(cells - filled.min(cells))
    )
}

/// How an answer's score is shown beside an anvisning: a number and a bar, or a word.
pub fn score_cell(answer: Option<&Answer>, deck: &Deck) -> (String, Style) {
    let max = usize::from(deck.max_level());
    match answer.and_then(|a| a.score) {
        Some(Score::Level(v)) => {
            let v = usize::from(v).min(max);
            (
                format!("{v} {}{}", "▮".repeat(v), "▯".repeat(max - v)),
                theme::title(),
            )
        }
        Some(Score::Other(NonScore::NotRelevant)) => {
            (s::HINT_NOT_RELEVANT.to_string(), theme::dim())
        }
        Some(Score::Other(NonScore::Unknown)) => (s::UNKNOWN_SHORT.to_string(), theme::dim()),
        None => (format!("– {}", "▯".repeat(max)), theme::dim()),
    }
}

pub fn header(frame: &mut Frame, area: Rect, app: &App) {
    let mut left = vec![Span::styled(format!(" {}", s::APP), theme::title())];
    let mut right = String::new();
    let on_assessment = matches!(
        app.screen,
        Screen::Cards | Screen::Summary | Screen::Reading
    );
    match &app.session {
        Some(session) if on_assessment => {
            let a = &session.assessment;
            left.push(Span::raw(format!(
                " · {} · {}",
                clean_line(&a.team),
                a.created
            )));
            if session.read_only {
                left.push(Span::styled(format!(" · {}", s::READ_ONLY), theme::error()));
            }
            let (done, total) = a.progress(&app.deck);
            right = format!("{done}/{total} {} {} ", s::ASSESSED, bar(done, total, 10));
            // The timebox, in words when it is over: "7/20 min" or "23/20 min, over tiden".
            if let Some((used, planned)) = app.timebox() {
                let over = if used > u64::from(planned) {
                    format!(", {}", s::TIMEBOX_OVER)
                } else {
                    String::new()
                };
                right = format!("{used}/{planned} min{over} · {right}");
            }
            let unknown = a.unknown_count(&app.deck);
            if unknown > 0 {
                right = format!("{}· {unknown} {} ", right, s::UNKNOWN_SHORT);
            }
        }
        _ if app.screen == Screen::Compare => {
            let n = app
                .comparison
                .as_ref()
                .map_or(0, |c| c.comparison.columns.len());
            left.push(Span::raw(format!(
                " · {} · {}",
                s::COMPARE_TITLE,
                s::counted(n, "vurdering", "vurderinger")
            )));
        }
        _ if matches!(app.screen, Screen::Overview(_)) => {
            left.push(Span::raw(format!(" · {}", s::OVERVIEW_TITLE)));
        }
        None if matches!(app.screen, Screen::Cards | Screen::Reading) => {
            left.push(Span::raw(format!(" · {}", s::BROWSING)));
        }
        _ => {}
    }
    let used: usize = left.iter().map(|s| s.width()).sum();
    let room = usize::from(area.width).saturating_sub(used);
    if width(&right) <= room {
        left.push(Span::raw(" ".repeat(room - width(&right))));
        left.push(Span::raw(right));
    }
    frame.render_widget(Paragraph::new(Line::from(left)), area);
}

/// The two bottom lines: a context line (status, or the scale) and the key hints.
pub fn footer(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    (context_line, scale): (Line<'static>, ScaleCells),
    areas: &mut Areas,
) {
    let w = usize::from(area.width);
    if app.status.is_none() {
        for (x, cells, v) in scale {
            let rect = Rect::new(area.x + x, area.y, cells, 1).intersection(area);
            areas.target(rect, Target::Level(v));
        }
    }
    let first = match &app.status {
        Some(status) if status.error => Line::from(Span::styled(
            truncate_middle(&format!(" ⚠ {}", clean_line(&status.text)), w),
            theme::error(),
        )),
        Some(status) => Line::from(Span::styled(
            truncate_middle(&format!(" {}", clean_line(&status.text)), w),
            theme::ok(),
        )),
        None => context_line,
    };
    // A read-only assessment offers no keys that would change it.
    let context = match app.context() {
        Context::Anvisninger | Context::Questions if !app.can_edit() => Context::Cards,
        context => context,
    };
    let lines = vec![first, hint_line(context, app.deck.max_level(), w)];
    frame.render_widget(Paragraph::new(lines), area);
}

/// Key hints that fit the width, most important first; help and quit are always kept, and the
/// help becomes "? mere" when some hints had no room.
pub fn hint_line(context: Context, max_level: u8, w: usize) -> Line<'static> {
    let all = hints(context, max_level);
    let (kept, rest): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(_, h)| *h == s::HINT_HELP || *h == s::HINT_QUIT);
    // Each hint is "key text", and all but the first have " · " before them.
    let piece = |(k, h): &(String, &str)| width(k) + 1 + width(h) + 3;
    // "? mere" is no wider than "? hjælp", so the room kept for help holds either.
    let kept_width = kept.iter().map(piece).sum::<usize>();
    let mut budget = (w + 3).saturating_sub(1 + kept_width);
    let mut shown = Vec::new();
    let mut cut = false;
    for hint in rest {
        if piece(&hint) > budget {
            cut = true;
            continue;
        }
        budget -= piece(&hint);
        shown.push(hint);
    }
    shown.extend(kept.into_iter().map(|(k, h)| {
        if h == s::HINT_HELP && cut {
            (k, s::HINT_MORE)
        } else {
            (k, h)
        }
    }));
    let mut spans = vec![Span::raw(" ")];
    for (i, (k, h)) in shown.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme::dim()));
        }
        spans.push(Span::styled(k.clone(), theme::key()));
        spans.push(Span::raw(format!(" {h}")));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hint_line_fits_and_keeps_what_the_pane_is_for() {
        for w in [60, 80, 100] {
            let line = hint_line(Context::Anvisninger, 4, w);
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            assert!(width(&text) <= w, "{w}: {text}");
            for must in ["vurdér", "note", "afslut"] {
                assert!(text.contains(must), "{w}: {text}");
            }
        }
        let text: String = hint_line(Context::Anvisninger, 4, 80)
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        for must in ["fokus", "handling", "overblik", "? mere"] {
            assert!(text.contains(must), "{text}");
        }
        for ctx in Context::ALL {
            let text: String = hint_line(*ctx, 4, 80)
                .spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect();
            assert!(width(&text) <= 80, "{ctx:?}: {text}");
        }
    }

    #[test]
    fn bar_fills_in_proportion() {
        assert_eq!(bar(0, 10, 4), "▕░░░░▏");
        assert_eq!(bar(5, 10, 4), "▕██░░▏");
        assert_eq!(bar(10, 10, 4), "▕████▏");
        assert_eq!(bar(0, 0, 4), "▕░░░░▏");
    }
}
