//! What every screen shares: the header line, the two footer lines, bars and wrapping.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, HighlightSpacing, List, ListItem, Paragraph};

use super::theme;
use crate::app::{App, Areas, Context, Screen, Target, hints};
use crate::assessment::{Answer, NonScore, Score};
use crate::deck::Deck;
use crate::strings as s;
use crate::text::clean_line;

/// Where each value of the scale line sits: (first column, width, value), for the mouse.
pub type ScaleCells = Vec<(u16, u16, u8)>;

/// Display width of a string in terminal cells.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// Display width of one character in terminal cells.
fn char_width(c: char) -> usize {
    width(c.encode_utf8(&mut [0; 4]))
}

/// Word-wraps `text` to `max` cells. Words longer than a line are cut. Each character is
/// measured once, so a word of a million characters (a crafted or merged file) takes no longer
/// than a million short ones.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in paragraph.split(' ') {
            let word_width = width(word);
            if word_width > max {
                // Cut into pieces of at most a line; the last piece starts the next line.
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line_width = 0;
                for c in word.chars() {
                    let w = char_width(c);
                    if line_width + w > max && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0;
                    }
                    line.push(c);
                    line_width += w;
                }
                continue;
            }
            let needed = if line.is_empty() {
                word_width
            } else {
                line_width + 1 + word_width
            };
            if needed > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            if !line.is_empty() {
                line.push(' ');
                line_width += 1;
            }
            line.push_str(word);
            line_width += word_width;
        }
        lines.push(line);
    }
    lines
}

/// Shortens `text` to at most `max` cells, ending in "…" when cut.
pub fn truncate_cells(text: &str, max: usize) -> String {
    // Most text (titles, names) is of one-cell characters only: counted, not measured again
    // for every character, which made long texts slow to fit (a frame spent a fifth here).
    if text.chars().all(one_cell) {
        if text.chars().count() <= max {
            return text.to_string();
        }
        let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
        if max > 0 {
            out.push('…');
        }
        return out;
    }
    truncate_measured(text, max)
}

/// `truncate_cells` for any text: measured again with each character.
fn truncate_measured(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// A character that takes one cell however it stands (no joining, no combining): printable
/// ASCII, the Latin letters of Danish and its neighbours (not the soft hyphen), and the
/// dashes, quotes, bullet and ellipsis of General Punctuation.
fn one_cell(c: char) -> bool {
    (' '..='~').contains(&c)
        || (('\u{a0}'..='\u{24f}').contains(&c) && c != '\u{ad}')
        || ('\u{2010}'..='\u{2027}').contains(&c)
}

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

/// Shortens `text` to `max` cells by cutting its middle, so both the start (what happened) and
/// the end (a file's name) stay readable.
pub fn truncate_middle(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let head_room = max / 3;
    let head = truncate_cells(text, head_room + 1);
    let head = head.trim_end_matches('…');
    let tail_room = max.saturating_sub(width(head) + 1);
    // From the end, each character measured once (a crafted path may be very long).
    let mut used = 0;
    let mut from = text.len();
    for (i, c) in text.char_indices().rev() {
        let w = char_width(c);
        if used + w > tail_room {
            break;
        }
        used += w;
        from = i;
    }
    format!("{head}…{}", &text[from..])
}

/// A bordered pane; the one in focus has a thick border and a bold title, not only a colour.
pub fn pane_block(title: String, focused: bool) -> Block<'static> {
    let title_style = if focused {
        theme::focused_border()
    } else {
        theme::title()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title, title_style));
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(theme::focused_border())
    } else {
        block.border_style(theme::dim())
    }
}

/// A centered rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// A list whose selected row is marked `▶`, not only by colour; the marker's column is kept
/// whether a row is selected or not, so rows never shift.
pub fn marked_list(items: Vec<ListItem<'static>>) -> List<'static> {
    List::new(items)
        .highlight_style(theme::selected())
        .highlight_symbol("▶")
        .highlight_spacing(HighlightSpacing::Always)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_respects_width_and_keeps_every_word() {
        let text =
            "Behandlingen skal iværksættes senest 14 dage efter, at borgeren har anmodet om den.";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| width(l) <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrap_cuts_words_longer_than_a_line() {
        let lines = wrap("aaaaaaaaaaaaaaaaaaaaaaaaa b", 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            "aaaaaaaaaaaaaaaaaaaaaaaaab"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Issue 24, break 5: long words (wide characters too) are cut into lines that fit,
        /// and nothing is lost or reordered.
        #[test]
        fn long_words_wrap_to_the_width_and_keep_every_character(
            words in proptest::collection::vec("[a-zæøå]{0,8}|[a-zé界🙂]{50,3000}", 1..6),
            max in 1usize..90,
        ) {
            let text = words.join(" ");
            let lines = wrap(&text, max);
            for l in &lines {
                // A character wider than the line still gets a line of its own.
                proptest::prop_assert!(width(l) <= max.max(2), "{} > {max}", width(l));
            }
            proptest::prop_assert_eq!(
                lines.concat().replace(' ', ""),
                text.replace(' ', "")
            );
        }
    }

    #[test]
    fn wrap_keeps_line_breaks() {
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
    }

    #[test]
    fn one_cell_characters_are_counted_as_they_are_measured() {
        let all: String = (' '..='\u{2027}').filter(|&c| one_cell(c)).collect();
        for c in all.chars() {
            assert_eq!(width(&c.to_string()), 1, "{c:?}");
        }
        assert_eq!(width(&all), all.chars().count());
        // The counted way and the measured way cut alike.
        for max in 0..12 {
            let text = "Særlige behov på området";
            assert_eq!(
                truncate_cells(text, max),
                truncate_measured(text, max),
                "{max}"
            );
        }
        assert_eq!(truncate_cells("Æble", 4), "Æble");
        assert_eq!(truncate_cells("Æbler", 4), "Æbl…");
    }

    #[test]
    fn the_middle_goes_first() {
        let text = " Gemt i /home/anne/.local/share/refleks/team-oest-2026-11-23.toml";
        let short = truncate_middle(text, 40);
        assert!(width(&short) <= 40, "{short}");
        assert!(short.starts_with(" Gemt i"), "{short}");
        assert!(short.ends_with("team-oest-2026-11-23.toml"), "{short}");
        assert_eq!(truncate_middle("kort", 40), "kort");
    }

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
