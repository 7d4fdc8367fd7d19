//! Search over the deck that finds: case-insensitive, æ/ae, ø/oe and å/aa alike, one typo in a
//! word forgiven, results ranked (where the text matched, then how well), and *værd at vide*'s
//! Markdown shown as plain text in the excerpts.

use pulldown_cmark::{Event, Parser};

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
    /// The matching line, trimmed around the match, as plain text.
    pub line: String,
}

/// The parts of a card in the order their hits are shown: a title or an anvisning says more
/// about where the reader should look than a sentence in *værd at vide*.
const FIELDS: [&str; 8] = [
    "Titel",
    "Anvisning",
    "Formål",
    "Uddybning",
    "Understøtter",
    "Værd at vide",
    "Lovgivning",
    "Spørgsmål",
];

/// How well a line matched; better first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    /// The query as typed (folded).
    Phrase,
    /// Every word of the query, in any order.
    Words,
    /// Every word, one of them with one typo.
    Typo,
}

/// Words shorter than this must be spelled right: a typo in "dag" is another word.
const TYPO_MIN_CHARS: usize = 5;

/// Every place where `query` matches, card by card, best first: a hit's worth is its quality
/// (the whole query, all its words, all its words with one typo), then the part of the card
/// (title and anvisninger before *værd at vide*); cards come in the order of their best hit (deck
/// order between equals), and each card's hits best first. Hits of the same part keep their
/// order in the text. An empty query matches nothing.
pub fn search(deck: &Deck, query: &str) -> Vec<Hit> {
    let (phrase, _) = fold(query.trim());
    let words: Vec<String> = query.split_whitespace().map(|w| fold(w).0).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(Quality, usize, Hit)> = Vec::new();
    for g in &deck.guidelines {
        let mut check = |anvisning: Option<&str>, field: &'static str, text: &str| {
            let rank = FIELDS
                .iter()
                .position(|f| *f == field)
                .unwrap_or(FIELDS.len());
            for line in text.lines() {
                let line = if field == "Værd at vide" {
                    plain_markdown(line)
                } else {
                    line.trim().to_string()
                };
                if let Some((quality, at)) = matches(&line, &phrase, &words) {
                    found.push((
                        quality,
                        rank,
                        Hit {
                            guideline: g.id.clone(),
                            anvisning: anvisning.map(str::to_string),
                            title: g.title.clone(),
                            field,
                            line: excerpt(&line, at),
                        },
                    ));
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
    // Cards by their best hit, then each card's hits best first. Stable: within a quality and
    // a part, deck order (and so the order of lines) is kept.
    let mut best: Vec<(&str, (Quality, usize))> = Vec::new();
    for (quality, rank, hit) in &found {
        match best.iter_mut().find(|(g, _)| *g == hit.guideline) {
            Some((_, b)) => *b = (*b).min((*quality, *rank)),
            None => best.push((&hit.guideline, (*quality, *rank))),
        }
    }
    let card_rank = |id: &str| {
        best.iter()
            .position(|(g, _)| *g == id)
            .map_or((Quality::Typo, usize::MAX, usize::MAX), |i| {
                (best[i].1.0, best[i].1.1, i)
            })
    };
    let mut keyed: Vec<_> = found
        .iter()
        .map(|(quality, rank, hit)| ((card_rank(&hit.guideline), *quality, *rank), hit.clone()))
        .collect();
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, hit)| hit).collect()
}

/// Lower case, with æ, ø and å spelled ae, oe and aa, so "paaroerende" finds "pårørende"; and
/// for every folded character, the index of the character it came from.
fn fold(s: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut from = Vec::new();
    for (i, c) in s.chars().enumerate() {
        for lower in c.to_lowercase() {
            let spelled = match lower {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                _ => "",
            };
            if spelled.is_empty() {
                out.push(lower);
                from.push(i);
            } else {
                for s in spelled.chars() {
                    out.push(s);
                    from.push(i);
                }
            }
        }
    }
    (out, from)
}

/// How `line` matches, and the character in it where the match starts.
fn matches(line: &str, phrase: &str, words: &[String]) -> Option<(Quality, usize)> {
    let (folded, from) = fold(line);
    let at = |byte: usize| {
        from.get(folded[..byte].chars().count())
            .copied()
            .unwrap_or(0)
    };
    if let Some(byte) = folded.find(phrase) {
        return Some((Quality::Phrase, at(byte)));
    }
    let mut first: Option<usize> = None;
    let mut typos = 0;
    for w in words {
        let byte = match folded.find(w.as_str()) {
            Some(byte) => byte,
            None => {
                typos += 1;
                if typos > 1 {
                    return None;
                }
                near_word(&folded, w)?
            }
        };
        first = Some(first.map_or(byte, |f| f.min(byte)));
    }
    let quality = if typos == 0 {
        Quality::Words
    } else {
        Quality::Typo
    };
    Some((quality, at(first.unwrap_or(0))))
}

/// The byte where a word of `folded` starts that begins with `word` but for one typo (a letter
/// wrong, missing, extra, or two letters swapped).
fn near_word(folded: &str, word: &str) -> Option<usize> {
    let w: Vec<char> = word.chars().collect();
    if w.len() < TYPO_MIN_CHARS {
        return None;
    }
    let mut start = None;
    for (byte, c) in folded.char_indices().chain([(folded.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(byte),
            (false, Some(s)) => {
                let candidate: Vec<char> = folded[s..byte].chars().collect();
                // A prefix of the line's word, one shorter, as long or one longer.
                let hit = (w.len() - 1..=w.len() + 1)
                    .filter(|&n| n <= candidate.len())
                    .any(|n| one_edit(&w, &candidate[..n]));
                if hit {
                    return Some(s);
                }
                start = None;
            }
            _ => {}
        }
    }
    None
}

/// True when `a` and `b` differ by at most one edit (a letter changed, added or removed, or two
/// neighbours swapped). Linear: no table.
fn one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let Some(i) = short.iter().zip(long).position(|(x, y)| x != y) else {
        return true;
    };
    if short.len() == long.len() {
        let swapped = i + 1 < short.len()
            && short[i] == long[i + 1]
            && short[i + 1] == long[i]
            && short[i + 2..] == long[i + 2..];
        swapped || short[i + 1..] == long[i + 1..]
    } else {
        short[i..] == long[i + 1..]
    }
}

/// One line of Markdown as the reader sees it: no `#`, `-`, `**` or link syntax, raw HTML
/// dropped.
fn plain_markdown(line: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(line.trim()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Width of an excerpt shown around a match.
const EXCERPT: usize = 90;

/// The line around character `at`, cut to [`EXCERPT`] characters, cleaned for printing.
fn excerpt(line: &str, at: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    let start = at.saturating_sub(EXCERPT / 3);
    let end = (start + EXCERPT).min(chars.len());
    let start = start.min(end);
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    clean_line(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str, query: &str) -> Option<Quality> {
        let words: Vec<String> = query.split_whitespace().map(|w| fold(w).0).collect();
        matches(line, &fold(query).0, &words).map(|(q, _)| q)
    }

    #[test]
    fn case_and_danish_letters_and_their_spellings_are_alike() {
        assert_eq!(
            found("Ved ØNSKE om behandling", "ønske"),
            Some(Quality::Phrase)
        );
        assert_eq!(
            found("Ved ØNSKE om behandling", "oenske"),
            Some(Quality::Phrase)
        );
        assert_eq!(found("pårørende", "PAARØRENDE"), Some(Quality::Phrase));
        assert_eq!(
            found("Kvalitetsstandard", "kvalitetsstandard"),
            Some(Quality::Phrase)
        );
        assert_eq!(found("nothing here", "æ"), None);
    }

    #[test]
    fn one_typo_is_forgiven_in_a_long_word_but_not_two_or_in_a_short_one() {
        let line = "Behandlingsplanen skal udarbejdes sammen med borgeren";
        assert_eq!(found(line, "behandlingsplam"), Some(Quality::Typo));
        assert_eq!(
            found(line, "behandlinsgplan"),
            Some(Quality::Typo),
            "swapped"
        );
        assert_eq!(
            found(line, "behandligsplan"),
            Some(Quality::Typo),
            "missing"
        );
        assert_eq!(
            found(line, "bbehandlingsplan"),
            Some(Quality::Typo),
            "extra"
        );
        assert_eq!(found(line, "behandlinksplam"), None, "two typos");
        assert_eq!(found(line, "borgeren behandlingsplam"), Some(Quality::Typo));
        assert_eq!(
            found(line, "borgerne behandlingsplam"),
            None,
            "two words wrong"
        );
        assert_eq!(found("en dag", "dog"), None);
        assert_eq!(found(line, "sammen borgeren"), Some(Quality::Words));
    }

    #[test]
    fn markdown_is_plain_text_in_excerpts() {
        assert_eq!(
            plain_markdown("- **Ambulant behandling** (typisk to til otte gange om måneden): et"),
            "Ambulant behandling (typisk to til otte gange om måneden): et"
        );
        assert_eq!(
            plain_markdown("## Behandlingsgarantien"),
            "Behandlingsgarantien"
        );
        assert_eq!(
            plain_markdown("se [VISO](https://x.dk) og `kode`"),
            "se VISO og kode"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_match() {
        let line = format!("{} behandlingsplan {}", "x".repeat(200), "y".repeat(200));
        let (q, at) = matches(&line, "behandlingsplan", &["behandlingsplan".into()]).unwrap();
        assert_eq!(q, Quality::Phrase);
        let e = excerpt(&line, at);
        assert!(e.contains("behandlingsplan"));
        assert!(e.starts_with('…') && e.ends_with('…'));
        assert!(e.chars().count() <= EXCERPT + 2);
    }

    #[test]
    fn the_match_is_found_in_the_original_line_after_folding() {
        // "æ" folds to two letters: the place in the line must still be the original one.
        let line = format!("{}æøå behandlingsplan", "æ".repeat(100));
        let (_, at) = matches(&line, "behandlingsplan", &["behandlingsplan".into()]).unwrap();
        assert_eq!(line.chars().nth(at), Some('b'));
    }

    #[test]
    fn titles_and_anvisninger_come_before_worth_knowing() {
        let deck = Deck::embedded();
        let hits = search(&deck, "behandlingsplan");
        assert_eq!(hits[0].field, "Titel");
        assert_eq!(hits[0].guideline, "3.7");
        // Card by card: each card's hits together, its anvisninger before its *værd at vide*.
        let mut cards: Vec<&str> = hits.iter().map(|h| h.guideline.as_str()).collect();
        cards.dedup();
        let mut unique = cards.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(cards.len(), unique.len(), "{cards:?}");
        for card in cards {
            let of: Vec<&Hit> = hits.iter().filter(|h| h.guideline == card).collect();
            if let (Some(a), Some(w)) = (
                of.iter().rposition(|h| h.field == "Anvisning"),
                of.iter().position(|h| h.field == "Værd at vide"),
            ) {
                assert!(a < w, "{card}");
            }
        }
        assert!(hits.iter().all(|h| !h.line.contains("**")));
        // A typo finds the same places, after nothing better.
        let typo = search(&deck, "behandlingsplam");
        assert!(
            typo.len() >= hits.len() / 2,
            "{} of {}",
            typo.len(),
            hits.len()
        );
        assert_eq!(typo[0].guideline, "3.7");
        assert!(search(&deck, "  ").is_empty());
    }
}
