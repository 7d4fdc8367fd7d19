//! Full-text search over the deck: case-insensitive, handles æøå.

use super::model::Deck;
use crate::text::clean_line;

/// One place a search matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The guideline, and the anvisning when the match is in one.
    pub guideline: String,
    pub anvisning: Option<String>,
    /// The guideline's title, or the anvisning's kind badge.
    pub title: String,
    /// Which part of the card matched, in Danish ("Formål", "Anvisning", ...).
    pub field: &'static str,
    /// The matching line, trimmed around the match.
    pub line: String,
}

/// Every place where `query` occurs, in deck order. An empty query matches nothing.
pub fn search(deck: &Deck, query: &str) -> Vec<Hit> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for g in &deck.guidelines {
        let mut check = |anvisning: Option<&str>, field: &'static str, text: &str| {
            for line in text.lines() {
                if let Some(excerpt) = excerpt(line, &needle) {
                    hits.push(Hit {
                        guideline: g.id.clone(),
                        anvisning: anvisning.map(str::to_string),
                        title: g.title.clone(),
                        field,
                        line: excerpt,
                    });
                }
            }
        };
        check(None, "Titel", &g.title);
        check(None, "Formål", &g.purpose);
        for s in &g.supports {
            check(None, "Understøtter", s);
        }
        check(None, "Værd at vide", &g.worth_knowing);
        for a in &g.anvisninger {
            check(Some(&a.id), "Anvisning", &a.text);
            for d in &a.details {
                check(Some(&a.id), "Uddybning", d);
            }
        }
        for q in &g.questions {
            check(None, "Spørgsmål", &q.text);
        }
        for l in &g.legislation {
            check(None, "Lovgivning", l);
        }
    }
    hits
}

/// Width of an excerpt shown around a match.
const EXCERPT: usize = 90;

/// The line around the first match, or `None` when it does not match. Works on characters, so
/// lowercasing that changes byte lengths (e.g. "İ") cannot misplace the cut.
fn excerpt(line: &str, needle: &str) -> Option<String> {
    let chars: Vec<char> = line.trim().chars().collect();
    let lower: Vec<String> = chars.iter().map(|c| c.to_lowercase().collect()).collect();
    let needle_len = needle.chars().count();
    let at = (0..chars.len()).find(|&i| {
        let first = lower[i].as_str();
        if !needle.starts_with(first) && !first.starts_with(needle) {
            return false;
        }
        // Counted as it grows: recounting made a long query quadratic in its length.
        let (mut candidate, mut len) = (String::new(), 0);
        for piece in lower.iter().skip(i) {
            if len >= needle_len {
                break;
            }
            candidate.push_str(piece);
            len += piece.chars().count();
        }
        candidate.starts_with(needle)
    })?;
    let start = at.saturating_sub(EXCERPT / 3);
    let end = (start + EXCERPT).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    Some(clean_line(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_case_insensitive_with_danish_letters() {
        assert!(excerpt("Ved ØNSKE om behandling", "ønske").is_some());
        assert!(excerpt("Behandlingsgarantien", "GARANTI".to_lowercase().as_str()).is_some());
        assert!(excerpt("nothing here", "æ").is_none());
    }

    #[test]
    fn long_lines_are_cut_around_the_match() {
        let line = format!("{} behandlingsplan {}", "x".repeat(200), "y".repeat(200));
        let e = excerpt(&line, "behandlingsplan").unwrap();
        assert!(e.contains("behandlingsplan"));
        assert!(e.starts_with('…') && e.ends_with('…'));
        assert!(e.chars().count() <= EXCERPT + 2);
    }
}
