//! Measuring text for the terminal: display width in cells, word-wrapping, and shortening
//! (at the end, or in the middle so a file's name stays). No terminal, no model.

use ratatui::text::Span;

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
}
