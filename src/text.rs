//! Text that comes in and text that goes out.
//!
//! In: everything typed or pasted passes [`clean_input`] (one rule: line breaks as LF, tabs as
//! spaces, no control characters, escape sequences, bidi controls or invisible format
//! characters, NFC), and names also [`clean_name`].
//!
//! Out: everything we print that came from a file or a person passes [`clean_line`] or
//! [`clean_text`] (JSON: [`escape_for_json`]), so no control or bidi-override character can move
//! the cursor, change colours or reorder what a reader sees.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

/// True for characters that must never reach the terminal: C0/C1 controls (except newline and
/// tab, which callers handle), and the Unicode bidi controls that can reorder displayed text.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// True for characters that take no room and show nothing: zero-width spaces and joiners, the
/// soft hyphen, the byte-order mark and other format characters. In a name they make two names
/// that look alike differ, and they shift columns.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

/// The one rule for text typed or pasted into a field (issue 9): CR, CRLF, NEL and the Unicode
/// line separators become LF, tabs become spaces, escape sequences (CSI, OSC, DCS and the like,
/// also in their one-byte C1 form) are dropped whole, and so is every other control character,
/// bidi control and invisible format character; the result is in NFC. Cleaning clean text
/// changes nothing.
pub fn clean_input(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            // NEL and the Unicode line and paragraph separators are line breaks too.
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if c.is_control() || is_unsafe(c) || is_invisible(c) => {}
            c => out.push(c),
        }
    }
    if out.is_ascii() {
        return out;
    }
    // Composition never makes a control character; it runs last, so a dropped character that
    // stood between a letter and its accent leaves them composed, and a second pass agrees.
    out.nfc().collect()
}

/// A name (team, participant): [`clean_input`] on one line, spaces collapsed, trimmed.
pub fn clean_name(s: &str) -> String {
    clean_input(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: a CSI (`ESC [`), a string (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`) up to its
/// terminator, or a two-character sequence.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // `ESC ( B` and friends take one more character.
        Some('(' | ')' | '*' | '+' | '-' | '.' | '/' | '#' | '%' | ' ') => {
            chars.next();
        }
        _ => {}
    }
}

/// Parameters and intermediates up to the final character (`@` to `~`).
fn skip_csi(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        if ('\u{30}'..='\u{3f}').contains(&c) || ('\u{20}'..='\u{2f}').contains(&c) {
            chars.next();
        } else {
            if ('\u{40}'..='\u{7e}').contains(&c) {
                chars.next();
            }
            return;
        }
    }
}

/// Up to BEL, ST (`ESC \\` or U+009C), or the end; a line break also ends it (and is kept),
/// so a stray OSC cannot swallow the rest of a pasted text.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        if c == '\n' || c == '\r' {
            return;
        }
        chars.next();
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

/// One line of text, safe to print: unsafe characters become U+FFFD, invisible ones are
/// dropped, tabs become spaces and line breaks become spaces (a single line stays a single
/// line).
pub fn clean_line(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_invisible(c) || is_unsafe(c))
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if is_unsafe(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Multi-line text, safe to print: like [`clean_line`] but line breaks are kept. CRLF and a
/// lone CR are line breaks too: terminals send a pasted line break as CR.
pub fn clean_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .filter(|&c| !is_invisible(c) || is_unsafe(c))
        .map(|c| match c {
            '\r' => '\n',
            '\t' => ' ',
            c if is_unsafe(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// JSON text made safe to print while keeping the data exact: every unsafe or invisible
/// character becomes its `\uXXXX` escape (serde_json escapes only C0 controls).
pub fn escape_for_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for ch in json.chars() {
        if is_unsafe(ch) || is_invisible(ch) {
            let mut units = [0u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// Shortens `s` to at most `width` characters, ending in "…" when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(width - 1).collect();
    out.push('…');
    out
}

/// Case-insensitive containment that handles æøå and other non-ASCII letters.
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    haystack.to_lowercase().contains(folded_needle)
}

/// Edit distance between two short strings, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The known word nearest to `word`, if it is near enough to be a likely typo.
pub fn nearest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_lowercase();
    known
        .iter()
        .map(|k| (edit_distance(&lower, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Labels made unique in order: a repeated label gets " (2)", " (3)", … so every column can be
/// told apart. Linear: each label keeps its own counter.
pub fn unique_labels(labels: Vec<String>) -> Vec<String> {
    let originals: HashSet<String> = labels.iter().cloned().collect();
    let mut used: HashSet<String> = HashSet::with_capacity(labels.len());
    let mut next: HashMap<String, usize> = HashMap::new();
    labels
        .into_iter()
        .map(|label| {
            if used.insert(label.clone()) {
                return label;
            }
            let k = next.entry(label.clone()).or_insert(2);
            loop {
                let candidate = format!("{label} ({k})");
                *k += 1;
                if !originals.contains(&candidate) && used.insert(candidate.clone()) {
                    return candidate;
                }
            }
        })
        .collect()
}

/// A message with what only a programmer reads taken out: the system's "(os error 2)" tail
/// and backticks around commands. Cleaned for the terminal.
pub fn plain_words(text: &str) -> String {
    let mut out = clean_line(text).replace('`', "");
    while let Some(start) = out.find(" (os error ") {
        match out[start..].find(')') {
            Some(end) => out.replace_range(start..start + end + 1, ""),
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_and_bidi_overrides() {
        let evil = "ok\u{1b}[31mrød\u{202E}txt\u{2066}\u{7}";
        let clean = clean_line(evil);
        assert!(!clean.chars().any(is_unsafe), "{clean:?}");
        assert!(clean.starts_with("ok\u{FFFD}[31mrød"));
    }

    #[test]
    fn clean_text_keeps_line_breaks_but_not_carriage_returns() {
        assert_eq!(clean_text("a\r\nb\tc"), "a\nb c");
        // A terminal's paste: CR alone is a line break, not nothing.
        assert_eq!(clean_text("a\rb\r\r\nc"), "a\nb\n\nc");
        assert_eq!(clean_line("a\r\nb"), "a  b");
    }

    #[test]
    fn input_line_breaks_become_lf_and_sequences_go_whole() {
        assert_eq!(clean_input("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(clean_input("a\u{2028}b\u{85}c"), "a\nb\nc");
        assert_eq!(clean_input("EX\u{1b}[31mRØD\u{1b}[0m"), "EXRØD");
        assert_eq!(clean_input("x\u{1b}]0;titel\u{7}y"), "xy");
        assert_eq!(clean_input("x\u{1b}]52;c;aGVq\u{1b}\\y"), "xy");
        assert_eq!(clean_input("x\u{9b}2Jy\u{9d}osc\u{9c}z"), "xyz");
        assert_eq!(clean_input("x\u{1b}]halv\nlinje"), "x\nlinje");
        assert_eq!(clean_input("a\tb\u{7}\u{0}c"), "a bc");
        assert_eq!(clean_input("\u{202e}ond\u{2066}"), "ond");
        assert_eq!(clean_input("\u{feff}An\u{ad}ne\u{200b}\u{2060}"), "Anne");
        // NFD "é" becomes the one composed character.
        assert_eq!(clean_input("e\u{301}"), "\u{e9}");
        assert_eq!(clean_input("e\u{200b}\u{301}"), "\u{e9}");
    }

    #[test]
    fn names_are_one_line_without_invisible_characters() {
        assert_eq!(clean_name("  Team\u{200b} Nord\n\u{feff} "), "Team Nord");
        assert_eq!(clean_name("Team\u{200b}Nord"), "TeamNord");
    }

    #[test]
    fn json_escapes_keep_the_data() {
        assert_eq!(escape_for_json("a\u{202e}b\u{200b}"), "a\\u202eb\\u200b");
        assert_eq!(escape_for_json("\u{E0041}"), "\\udb40\\udc41");
    }

    #[test]
    fn truncate_counts_characters_not_bytes() {
        assert_eq!(truncate("ææææææ", 4), "æææ…");
        assert_eq!(truncate("æø", 4), "æø");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn folding_handles_danish_letters() {
        assert!(contains_folded(
            "BEHANDLINGSGARANTIEN på 14 dage",
            "behandlingsgarantien"
        ));
        assert!(contains_folded("Ærø og Øresund", &"ærø".to_lowercase()));
        assert!(contains_folded("Ærø og Øresund", &"ØRESUND".to_lowercase()));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(10_000))]

        /// Issue 9: no cleaned text holds a control character (other than LF), a bidi control
        /// or an invisible character, and cleaning twice is cleaning once.
        #[test]
        fn cleaned_input_is_clean_and_stays_so(
            s in "(\\PC|[\\x00-\\x1f\\x7f-\\u{9f}\\u{200b}-\\u{200f}\\u{202a}-\\u{202e}\\u{2060}-\\u{2069}\\u{feff}\\u{ad}\\u{301}e\\[\\]\\\\;0-9])*"
        ) {
            let once = clean_input(&s);
            proptest::prop_assert!(
                !once.chars().any(|c| (c.is_control() && c != '\n') || is_unsafe(c) || is_invisible(c)),
                "{:?} -> {:?}", s, once
            );
            proptest::prop_assert_eq!(clean_input(&once), once.clone());
            let name = clean_name(&s);
            proptest::prop_assert!(!name.contains('\n'));
            proptest::prop_assert_eq!(clean_name(&name), name);
        }
    }

    #[test]
    fn nearest_suggests_typos_only() {
        let known = ["title", "purpose", "questions"];
        assert_eq!(nearest("titel", &known), Some("title"));
        assert_eq!(nearest("Questions", &known), Some("questions"));
        assert_eq!(nearest("zzzzzzzz", &known), None);
    }

    #[test]
    fn labels_are_made_unique_in_order() {
        let labels = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            unique_labels(labels(&["Nord 2026", "Syd 2026", "Nord 2026", "Nord 2026"])),
            labels(&["Nord 2026", "Syd 2026", "Nord 2026 (2)", "Nord 2026 (3)"])
        );
        assert_eq!(
            unique_labels(labels(&["A", "A", "A (2)"])),
            labels(&["A", "A (3)", "A (2)"])
        );
    }
}
