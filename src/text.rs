//! Text that reaches the terminal or a report. Everything we print that came from a file or a
//! person passes through here, so no control or bidi-override character can move the cursor,
//! change colours or reorder what a reader sees.

/// True for characters that must never reach the terminal: C0/C1 controls (except newline and
/// tab, which callers handle), and the Unicode bidi controls that can reorder displayed text.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// One line of text, safe to print: unsafe characters become U+FFFD, tabs become spaces and
/// line breaks become spaces (a single line stays a single line).
pub fn clean_line(s: &str) -> String {
    s.chars()
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
        .map(|c| match c {
            '\r' => '\n',
            '\t' => ' ',
            c if is_unsafe(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
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

    #[test]
    fn nearest_suggests_typos_only() {
        let known = ["title", "purpose", "questions"];
        assert_eq!(nearest("titel", &known), Some("title"));
        assert_eq!(nearest("Questions", &known), Some("questions"));
        assert_eq!(nearest("zzzzzzzz", &known), None);
    }
}
