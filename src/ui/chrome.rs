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
    let on_assessment = matches!(
        app.screen,
        Screen::Cards | Screen::Summary | Screen::Reading
    );
    match &app.session {
        Some(session) if on_assessment => {
            let a = &session.assessment;
            // The open file by its name: after a conflict copy the team must see where its
            // work goes. Before the runner has given it a file, the date it was made.
            let file = session
                .path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(|| a.created.clone(), |n| clean_line(&n.to_string_lossy()));
            let (done, total) = a.progress(&app.deck);
            let fitted = fit_header(
                &HeaderParts {
                    team: clean_line(&a.team),
                    file,
                    read_only: session.read_only,
                    timebox: app.timebox(),
                    progress: (done, total),
                    unknown: a.unknown_count(&app.deck),
                },
                usize::from(area.width).saturating_sub(width(s::APP) + 1),
            );
            left.extend(fitted.into_iter().map(|(text, error)| {
                if error {
                    Span::styled(text, theme::error())
                } else {
                    Span::raw(text)
                }
            }));
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
        // Self-study is the learner's own, not a team's: no team, file or progress of one.
        _ if matches!(app.screen, Screen::Drill(_)) => {
            left.push(Span::raw(format!(" · {}", s::DRILL_HEADER)));
        }
        None if matches!(app.screen, Screen::Cards | Screen::Reading) => {
            left.push(Span::raw(format!(" · {}", s::BROWSING)));
        }
        _ => {}
    }
    frame.render_widget(Paragraph::new(Line::from(left)), area);
}

/// What the header says about the open assessment.
pub struct HeaderParts {
    pub team: String,
    /// The open file's name (or the date it was made, before it has a file).
    pub file: String,
    pub read_only: bool,
    /// Minutes used and planned on this card.
    pub timebox: Option<(u64, u32)>,
    pub progress: (usize, usize),
    pub unknown: usize,
}

/// The header after the app's name, fitted to `room` cells, as (text, shown as an error).
/// Progress and the timebox always stay: the team's name is shortened first (the file's name
/// usually holds it), then the bar goes, then the "ved ikke" count, and last the file's name is
/// cut in its middle so its end (a copy's "-3.toml") stays.
pub fn fit_header(parts: &HeaderParts, room: usize) -> Vec<(String, bool)> {
    let (done, total) = parts.progress;
    let timebox = parts.timebox.map(|(used, planned)| {
        if used > u64::from(planned) {
            format!("{used}/{planned} min, {} · ", s::TIMEBOX_OVER)
        } else {
            format!("{used}/{planned} min · ")
        }
    });
    let read_only = if parts.read_only {
        format!(" · {}", s::READ_ONLY)
    } else {
        String::new()
    };
    let right = |bar_shown: bool, unknown_shown: bool| {
        let mut right = format!(
            "{}{done}/{total} {}",
            timebox.clone().unwrap_or_default(),
            s::ASSESSED
        );
        if bar_shown {
            right.push(' ');
            right.push_str(&bar(done, total, 10));
        }
        if unknown_shown && parts.unknown > 0 {
            right.push_str(&format!(" · {} {}", parts.unknown, s::UNKNOWN_SHORT));
        }
        right.push(' ');
        right
    };
    let line = |team: &str, file: &str, right: String| {
        let mut left = String::new();
        if !team.is_empty() {
            left.push_str(&format!(" · {team}"));
        }
        left.push_str(&format!(" · {file}"));
        let used = width(&left) + width(&read_only) + width(&right);
        (used <= room).then(|| {
            vec![
                (left, false),
                (read_only.clone(), true),
                (" ".repeat(room - used), false),
                (right, false),
            ]
        })
    };
    let file = parts.file.as_str();
    let full = parts.team.as_str();
    // The team's name, shortened down to a few letters, then left out.
    let team_widths = (4..width(full)).rev().chain(std::iter::once(0));
    let teams = std::iter::once(full.to_string()).chain(team_widths.map(|w| {
        if w == 0 {
            String::new()
        } else {
            truncate_cells(full, w)
        }
    }));
    for team in teams {
        if let Some(fitted) = line(&team, file, right(true, true)) {
            return fitted;
        }
    }
    for right in [right(false, true), right(false, false)] {
        if let Some(fitted) = line("", file, right) {
            return fitted;
        }
    }
    // The file's name cut in its middle; at the very least the right side alone.
    let right = right(false, false);
    let left_room = room.saturating_sub(width(&right) + width(&read_only) + 3);
    if left_room >= 8
        && let Some(fitted) = line("", &truncate_middle(file, left_room), right.clone())
    {
        return fitted;
    }
    let pad = room.saturating_sub(width(&right));
    vec![
        (" ".repeat(pad), false),
        (truncate_cells(&right, room), false),
    ]
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
    let mut lines = match &app.status {
        Some(status) => {
            let style = if status.error {
                theme::error()
            } else {
                theme::ok()
            };
            status_lines(app, w)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, style)))
                .collect()
        }
        None => vec![context_line],
    };
    // A read-only assessment offers no keys that would change it.
    let context = match app.context() {
        Context::Anvisninger | Context::Questions if !app.can_edit() => Context::Cards,
        context => context,
    };
    lines.push(hint_line(context, app.deck.max_level(), w));
    frame.render_widget(Paragraph::new(lines), area);
}

/// The status message as it is shown, `w` cells wide: wrapped onto at most three rows, the
/// rows after the first indented under its text; what is left after three rows is cut in its
/// middle, so the end (a file's name) stays. Empty without a message.
pub fn status_lines(app: &App, w: usize) -> Vec<String> {
    const MOST: usize = 3;
    let Some(status) = &app.status else {
        return Vec::new();
    };
    let lead = if status.error { " ⚠ " } else { " " };
    let indent = " ".repeat(width(lead));
    let room = w.saturating_sub(width(lead)).max(1);
    let mut rows = wrap(&clean_line(&status.text), room);
    if rows.len() > MOST {
        let rest = rows.split_off(MOST - 1).join(" ");
        rows.push(truncate_middle(&rest, room));
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| {
            let head = if i == 0 { lead } else { indent.as_str() };
            truncate_cells(&format!("{head}{row}"), w)
        })
        .collect()
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

#[cfg(test)]
mod header_tests {
    use super::*;

    fn parts(team: &str, file: &str, timebox: Option<(u64, u32)>) -> HeaderParts {
        HeaderParts {
            team: team.into(),
            file: file.into(),
            read_only: false,
            timebox,
            progress: (31, 134),
            unknown: 2,
        }
    }

    fn text(fitted: &[(String, bool)]) -> String {
        fitted.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn the_header_names_the_file_and_keeps_progress_and_timebox_at_80_columns() {
        // 80 columns less " refleks".
        let room = 80 - 8;
        let over = text(&fit_header(
            &parts("Team Nord", "team-nord-2026-12-04-3.toml", Some((23, 20))),
            room,
        ));
        assert_eq!(width(&over), room, "{over}");
        assert!(over.contains("team-nord-2026-12-04-3.toml"), "{over}");
        assert!(over.contains("23/20 min, over tiden"), "{over}");
        assert!(over.contains("31/134 vurderet"), "{over}");
        // The team's name goes before anything the team needs.
        assert!(!over.contains("Team Nord"), "{over}");

        let roomy = text(&fit_header(
            &parts("Team Nord", "team-nord-2026-12-04.toml", None),
            100 - 8,
        ));
        assert!(
            roomy.starts_with(" · Team Nord · team-nord-2026-12-04.toml"),
            "{roomy}"
        );
        assert!(roomy.contains("▕"), "the bar fits at 100: {roomy}");

        let long = text(&fit_header(
            &parts(
                "Rusmiddelcenter Nordvestjylland",
                "rusmiddelcenter-nordvestjylland-behandlingsteam-2026-12-04-3.toml",
                Some((23, 20)),
            ),
            room,
        ));
        assert_eq!(width(&long), room, "{long}");
        assert!(
            long.contains("-2026-12-04-3.toml"),
            "the end of a copy's name stays: {long}"
        );
        assert!(long.contains("23/20 min, over tiden"), "{long}");
        assert!(long.contains("31/134 vurderet"), "{long}");
    }

    #[test]
    fn a_narrow_header_keeps_what_it_can_and_never_overflows() {
        for room in 0..60 {
            let fitted = text(&fit_header(
                &parts("Team Nord", "team-nord-2026-12-04.toml", Some((3, 20))),
                room,
            ));
            assert!(width(&fitted) <= room, "{room}: {fitted}");
        }
    }
}
