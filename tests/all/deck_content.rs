//! The default deck: complete, well-formed, and embedded exactly as it is in `cards/`.

use std::collections::BTreeMap;
use std::path::Path;

use refleks::deck::{Deck, Kind, QuestionKind};

#[test]
fn embedded_deck_equals_the_cards_folder() {
    let on_disk = Deck::load_dir(Path::new("cards")).unwrap();
    assert_eq!(Deck::embedded(), on_disk);
    // Byte for byte too, so a rebuild is never forgotten.
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir("cards").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            files.insert(name, std::fs::read(&path).unwrap());
        }
    }
    assert_eq!(files.len(), 21);
    let deck = Deck::embedded();
    assert_eq!(deck.fingerprint(), on_disk.fingerprint());
}

#[test]
fn every_card_is_complete() {
    let deck = Deck::embedded();
    assert_eq!(deck.principles.len(), 7);
    assert_eq!(deck.scale.len(), 5);
    for g in &deck.guidelines {
        let id = &g.id;
        assert!(!g.title.is_empty(), "{id}: title");
        assert!(!g.principles.is_empty(), "{id}: principles");
        assert!(!g.purpose.is_empty(), "{id}: purpose");
        assert!(!g.supports.is_empty(), "{id}: supports");
        assert!(g.worth_knowing.len() > 200, "{id}: worth_knowing is thin");
        assert!(!g.legislation.is_empty(), "{id}: legislation");
        assert!(
            g.questions.len() >= 5,
            "{id}: {} questions",
            g.questions.len()
        );
        for q in &g.questions {
            let text = &q.text;
            assert!(
                text.trim_end().ends_with('?'),
                "{id}: not a question: {text}"
            );
        }
        for a in &g.anvisninger {
            assert!(a.text.len() > 20, "{}: text is thin", a.id);
            assert!(!a.text.contains('\n'), "{}: hard line break in text", a.id);
            for d in &a.details {
                assert!(!d.contains('\n'), "{}: hard line break in details", a.id);
            }
            // The kind must be visible in the text itself, not only in the badge.
            let lower = a.text.to_lowercase();
            match a.kind {
                Kind::Recommendation => assert!(
                    lower.contains("bør") || lower.contains("kan"),
                    "{}: a recommendation whose text says neither bør nor kan",
                    a.id
                ),
                Kind::Requirement => assert!(
                    lower.contains("skal")
                        || lower.contains(" må ")
                        || lower.contains("ansvar")
                        || lower.contains("behandlingsgaranti"),
                    "{}: a requirement whose text does not state the duty",
                    a.id
                ),
            }
        }
    }
}

#[test]
fn every_card_asks_all_four_kinds_of_question() {
    let deck = Deck::embedded();
    for g in &deck.guidelines {
        for q in &g.questions {
            assert!(
                q.kind.is_some(),
                "{}: a question without a kind: {}",
                g.id,
                q.text
            );
        }
        for kind in QuestionKind::ALL {
            assert!(
                g.questions.iter().any(|q| q.kind == Some(kind)),
                "{}: no question of the kind {}",
                g.id,
                kind.name()
            );
        }
    }
}

#[test]
fn questions_are_specific_to_their_card() {
    // At most one or two general questions may repeat across cards.
    let deck = Deck::embedded();
    let mut seen: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for g in &deck.guidelines {
        for q in &g.questions {
            seen.entry(q.text.as_str()).or_default().push(&g.id);
        }
    }
    let repeated: Vec<_> = seen.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(repeated.len() <= 2, "repeated questions: {repeated:#?}");
}

#[test]
fn the_2_8_misprint_is_corrected() {
    let deck = Deck::embedded();
    let g = deck.guideline("2.8").unwrap();
    let ids: Vec<&str> = g.anvisninger.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["2.8.1", "2.8.2", "2.8.3", "2.8.4"]);
}

#[test]
fn the_fingerprint_changes_with_the_content() {
    let deck = Deck::embedded();
    let mut changed = deck.clone();
    changed.guidelines[0].anvisninger[0].text.push('!');
    assert_ne!(deck.fingerprint(), changed.fingerprint());
    assert_eq!(deck.fingerprint(), Deck::embedded().fingerprint());
}

/// The numbers and § references in a text: "14", "3.5", "§ 101 a", "§ 3".
fn facts(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if chars[i] == '§' {
            // "§ 101 a": the section with its letter, which names a different section.
            let rest: String = chars[i..].iter().take(12).collect();
            let mut words = rest.split(' ');
            let (Some(_), Some(number)) = (words.next(), words.next()) else {
                i += 1;
                continue;
            };
            let number: String = number.chars().take_while(char::is_ascii_digit).collect();
            let letter = words
                .next()
                .filter(|w| {
                    let w = w.trim_end_matches([',', '.', ';', ')', ':']);
                    w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase())
                })
                .map(|w| format!(" {}", &w[..1]));
            out.push(format!("§ {number}{}", letter.unwrap_or_default()));
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// The printed cards' short *værd at vide*: 3–5 bullets, and every number and § in it also on
/// the card itself, so the shortening has neither invented nor bent a fact (a deadline, a §).
#[test]
fn every_card_has_a_short_worth_knowing_whose_facts_are_on_the_card() {
    let deck = Deck::embedded();
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for g in &deck.guidelines {
        let id = &g.id;
        let brief = &g.worth_knowing_brief;
        let bullets = brief.lines().filter(|l| l.starts_with("- ")).count();
        assert!((3..=5).contains(&bullets), "{id}: {bullets} bullets");
        for line in brief.lines() {
            assert!(
                line.starts_with("- ") || line.starts_with("  "),
                "{id}: only bullets in the short version: {line:?}"
            );
        }
        assert!(
            brief.chars().count() < g.worth_knowing.chars().count()
                || g.worth_knowing.chars().count() < 700,
            "{id}: the short version is not shorter"
        );
        let mut card = vec![g.purpose.clone(), g.worth_knowing.clone()];
        card.extend(g.supports.iter().cloned());
        card.extend(g.legislation.iter().cloned());
        for a in &g.anvisninger {
            card.push(a.id.clone());
            card.push(a.text.clone());
            card.extend(a.details.iter().cloned());
        }
        let card = flat(&card.join(" "));
        for fact in facts(&flat(brief)) {
            assert!(
                card.contains(&fact),
                "{id}: `{fact}` is in the short version only"
            );
        }
    }
}

#[test]
fn facts_are_numbers_and_sections() {
    assert_eq!(
        facts("senest 14 dage (se 3.5), jf. § 101 a og § 3, stk. 2."),
        ["14", "3.5", "§ 101 a", "101", "§ 3", "3", "2"]
    );
}
