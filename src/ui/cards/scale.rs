//! The footer's first line on the card screen: the selected level, or the scale fitted to
//! the width (its values clickable).

use ratatui::text::Line;

use crate::app::{App, Pane};
use crate::assessment::{NonScore, Score};
use crate::strings as s;
use crate::text::clean_line;

use super::super::chrome::{ScaleCells, truncate_cells, width};
use super::super::theme;

/// The footer's first line on the card screen: the selected level, or the scale (fitted to
/// `w` columns: the labels are shortened evenly rather than the last ones cut off).
pub fn context_line(app: &App, w: usize) -> (Line<'static>, ScaleCells) {
    let deck = &app.deck;
    let answer = app
        .current_anvisning_id()
        .and_then(|id| app.session.as_ref()?.assessment.answer(&id).cloned());
    let score = answer
        .and_then(|a| a.score)
        .filter(|_| app.cards.pane == Pane::Anvisninger);
    let described = match score {
        Some(Score::Level(v)) => deck
            .level(v)
            .map(|l| format!("{}: {}", clean_line(&l.label), clean_line(&l.description))),
        Some(Score::Other(n)) => {
            let l = match n {
                NonScore::NotRelevant => &deck.non_scores.not_relevant,
                NonScore::Unknown => &deck.non_scores.unknown,
            };
            Some(format!(
                "{}: {}",
                clean_line(&l.label),
                clean_line(&l.description)
            ))
        }
        None => None,
    };
    // With a score: the values stay clickable (the chosen one in brackets) and its meaning
    // follows.
    if let Some(meaning) = described {
        let current = score.and_then(Score::level);
        let mut text = String::new();
        let mut cells = Vec::new();
        for l in &deck.scale {
            let piece = if Some(l.value) == current {
                format!("[{}]", l.value)
            } else {
                format!(" {} ", l.value)
            };
            let at = u16::try_from(width(&text)).unwrap_or(u16::MAX);
            cells.push((at, u16::try_from(width(&piece)).unwrap_or(0), l.value));
            text.push_str(&piece);
        }
        text.push_str("  ");
        text.push_str(&meaning);
        return (Line::styled(truncate_cells(&text, w), theme::dim()), cells);
    }
    let labels: Vec<(u8, String)> = deck
        .scale
        .iter()
        .map(|l| (l.value, clean_line(&l.label)))
        .collect();
    let joined = |title: bool, rooms: &[usize]| {
        let mut text = if title {
            format!(" {}: ", s::LEGEND_TITLE)
        } else {
            " ".to_string()
        };
        let mut cells = Vec::new();
        for (i, ((v, label), room)) in labels.iter().zip(rooms).enumerate() {
            if i > 0 {
                text.push_str(" · ");
            }
            let p = format!("{v} {}", truncate_cells(label, *room));
            let at = u16::try_from(width(&text)).unwrap_or(u16::MAX);
            cells.push((at, u16::try_from(width(&p)).unwrap_or(0), *v));
            text.push_str(&p);
        }
        (text, cells)
    };
    let mut rooms: Vec<usize> = labels.iter().map(|(_, l)| width(l)).collect();
    let (mut text, mut cells) = joined(true, &rooms);
    if width(&text) > w {
        (text, cells) = joined(false, &rooms);
    }
    // The longest label gives way first, one cell at a time, so short ones stay whole.
    while width(&text) > w {
        let Some(longest) = (0..rooms.len()).max_by_key(|&i| rooms[i]) else {
            break;
        };
        if rooms[longest] <= 2 {
            break;
        }
        rooms[longest] -= 1;
        (text, cells) = joined(false, &rooms);
    }
    (Line::styled(text, theme::dim()), cells)
}
