//! The deck's structure pinned against the source guidelines (2020), read off the source text
//! by hand, independently of the cards. R = requirement (skal), A = recommendation (bør/kan).
//!
//! Source: "Nationale retningslinjer for social stofmisbrugsbehandling" (2020), chapters 2 and 3.
//! Notes on the reading:
//! - The four anvisninger of guideline 2.8 are misprinted as 2.7.1-2.7.4 in the source; they are
//!   2.8.1-2.8.4 here.
//! - 3.1.2b (printed "3.1.2. b") is its own anvisning.
//! - An anvisning that mixes skal and bør in its own text counts as a requirement. A "skal" that
//!   only appears in a ¶ detail point or in a subordinate clause (e.g. "hvad den skal bruges til")
//!   does not make the anvisning a requirement (2.6.10, 3.2.1, 3.5.6, 3.10.7, 3.11.6, 3.12.7).
//! - Three anvisninger state a duty without any modal verb and are read as requirements:
//!   2.5.3 ("har ansvaret for"), 2.6.14 ("er ikke en legitim årsag til at afvise") and 3.12.6
//!   ("træder behandlingsgarantien i kraft").
use refleks::deck::{Deck, Kind};

const EXPECTED: &[(&str, &[(&str, char)])] = &[
    (
        "2.1",
        &[
            ("2.1.1", 'A'),
            ("2.1.2", 'A'),
            ("2.1.3", 'A'),
            ("2.1.4", 'A'),
            ("2.1.5", 'A'),
        ],
    ),
    (
        "2.2",
        &[
            ("2.2.1", 'A'),
            ("2.2.2", 'A'),
            ("2.2.3", 'A'),
            ("2.2.4", 'R'),
            ("2.2.5", 'A'),
            ("2.2.6", 'A'),
            ("2.2.7", 'A'),
        ],
    ),
    (
        "2.3",
        &[
            ("2.3.1", 'R'),
            ("2.3.2", 'R'),
            ("2.3.3", 'A'),
            ("2.3.4", 'R'),
            ("2.3.5", 'A'),
            ("2.3.6", 'A'),
            ("2.3.7", 'R'),
            ("2.3.8", 'A'),
            ("2.3.9", 'A'),
            ("2.3.10", 'A'),
            ("2.3.11", 'A'),
            ("2.3.12", 'R'),
            ("2.3.13", 'R'),
        ],
    ),
    (
        "2.4",
        &[
            ("2.4.1", 'R'),
            ("2.4.2", 'R'),
            ("2.4.3", 'A'),
            ("2.4.4", 'A'),
            ("2.4.5", 'A'),
            ("2.4.6", 'A'),
        ],
    ),
    (
        "2.5",
        &[
            ("2.5.1", 'R'),
            ("2.5.2", 'R'),
            ("2.5.3", 'R'),
            ("2.5.4", 'A'),
            ("2.5.5", 'A'),
            ("2.5.6", 'A'),
            ("2.5.7", 'R'),
        ],
    ),
    (
        "2.6",
        &[
            ("2.6.1", 'R'),
            ("2.6.2", 'A'),
            ("2.6.3", 'A'),
            ("2.6.4", 'A'),
            ("2.6.5", 'R'),
            ("2.6.6", 'R'),
            ("2.6.7", 'R'),
            ("2.6.8", 'A'),
            ("2.6.9", 'R'),
            ("2.6.10", 'A'),
            ("2.6.11", 'A'),
            ("2.6.12", 'R'),
            ("2.6.13", 'R'),
            ("2.6.14", 'R'),
        ],
    ),
    (
        "2.7",
        &[
            ("2.7.1", 'R'),
            ("2.7.2", 'A'),
            ("2.7.3", 'A'),
            ("2.7.4", 'A'),
            ("2.7.5", 'A'),
            ("2.7.6", 'R'),
        ],
    ),
    (
        "2.8",
        &[
            ("2.8.1", 'R'),
            ("2.8.2", 'R'),
            ("2.8.3", 'R'),
            ("2.8.4", 'R'),
        ],
    ),
    (
        "3.1",
        &[
            ("3.1.1", 'A'),
            ("3.1.2", 'R'),
            ("3.1.2b", 'R'),
            ("3.1.3", 'A'),
            ("3.1.4", 'A'),
            ("3.1.5", 'A'),
        ],
    ),
    (
        "3.2",
        &[
            ("3.2.1", 'A'),
            ("3.2.2", 'A'),
            ("3.2.3", 'A'),
            ("3.2.4", 'A'),
            ("3.2.5", 'A'),
        ],
    ),
    (
        "3.3",
        &[
            ("3.3.1", 'R'),
            ("3.3.2", 'R'),
            ("3.3.3", 'R'),
            ("3.3.4", 'R'),
        ],
    ),
    (
        "3.4",
        &[
            ("3.4.1", 'R'),
            ("3.4.2", 'A'),
            ("3.4.3", 'R'),
            ("3.4.4", 'R'),
            ("3.4.5", 'R'),
        ],
    ),
    (
        "3.5",
        &[
            ("3.5.1", 'R'),
            ("3.5.2", 'R'),
            ("3.5.3", 'R'),
            ("3.5.4", 'R'),
            ("3.5.5", 'A'),
            ("3.5.6", 'A'),
            ("3.5.7", 'A'),
            ("3.5.8", 'A'),
            ("3.5.9", 'R'),
            ("3.5.10", 'R'),
        ],
    ),
    (
        "3.6",
        &[
            ("3.6.1", 'R'),
            ("3.6.2", 'R'),
            ("3.6.3", 'R'),
            ("3.6.4", 'R'),
            ("3.6.5", 'R'),
        ],
    ),
    (
        "3.7",
        &[
            ("3.7.1", 'R'),
            ("3.7.2", 'R'),
            ("3.7.3", 'R'),
            ("3.7.4", 'R'),
            ("3.7.5", 'A'),
            ("3.7.6", 'A'),
            ("3.7.7", 'A'),
        ],
    ),
    (
        "3.8",
        &[
            ("3.8.1", 'A'),
            ("3.8.2", 'A'),
            ("3.8.3", 'R'),
            ("3.8.4", 'A'),
            ("3.8.5", 'A'),
            ("3.8.6", 'A'),
        ],
    ),
    (
        "3.9",
        &[
            ("3.9.1", 'R'),
            ("3.9.2", 'R'),
            ("3.9.3", 'A'),
            ("3.9.4", 'A'),
        ],
    ),
    (
        "3.10",
        &[
            ("3.10.1", 'A'),
            ("3.10.2", 'A'),
            ("3.10.3", 'A'),
            ("3.10.4", 'A'),
            ("3.10.5", 'A'),
            ("3.10.6", 'A'),
            ("3.10.7", 'A'),
        ],
    ),
    (
        "3.11",
        &[
            ("3.11.1", 'R'),
            ("3.11.2", 'A'),
            ("3.11.3", 'A'),
            ("3.11.4", 'A'),
            ("3.11.5", 'A'),
            ("3.11.6", 'A'),
        ],
    ),
    (
        "3.12",
        &[
            ("3.12.1", 'R'),
            ("3.12.2", 'A'),
            ("3.12.3", 'A'),
            ("3.12.4", 'A'),
            ("3.12.5", 'A'),
            ("3.12.6", 'R'),
            ("3.12.7", 'A'),
        ],
    ),
];

const TITLES: &[(&str, &str)] = &[
    ("2.1", "Retningslinje om anvendelse af metoder"),
    (
        "2.2",
        "Retningslinje for behandlernes vidensgrundlag og faglige kompetencer",
    ),
    (
        "2.3",
        "Retningslinje for differentierede ydelser til alle målgrupper",
    ),
    (
        "2.4",
        "Retningslinje for let tilgængelig behandling for alle målgrupper",
    ),
    ("2.5", "Retningslinje for samarbejde med relevante aktører"),
    (
        "2.6",
        "Sammenhæng mellem social stofmisbrugsbehandling, øvrig behandling og sociale indsatser",
    ),
    ("2.7", "Retningslinje for kvalitetsudvikling"),
    ("2.8", "Retningslinje for kvalitetsstandard"),
    ("3.1", "Retningslinje for samarbejde med borgeren"),
    ("3.2", "Retningslinje for inddragelse af borgerens netværk"),
    ("3.3", "Retningslinje for rådgivning"),
    ("3.4", "Retningslinje for behandlingsgarantien"),
    ("3.5", "Retningslinje for afdækning"),
    (
        "3.6",
        "Retningslinje for afgørelse om behandling og frit valg",
    ),
    ("3.7", "Retningslinje for behandlingsplan"),
    (
        "3.8",
        "Retningslinje for specialiseret screening og udredning",
    ),
    (
        "3.9",
        "Retningslinje for opfølgning på borgerens mål og behandlingsplan",
    ),
    ("3.10", "Støtte til gennemførelse af stofmisbrugsbehandling"),
    ("3.11", "Retningslinje for udskrivning"),
    ("3.12", "Retningslinje for opfølgning efter udskrivning"),
];

fn kind_char(kind: &Kind) -> char {
    match kind {
        Kind::Requirement => 'R',
        Kind::Recommendation => 'A',
    }
}

#[test]
fn guideline_ids_in_order() {
    let deck = Deck::embedded();
    let actual: Vec<&str> = deck.guidelines.iter().map(|g| g.id.as_str()).collect();
    let expected: Vec<&str> = EXPECTED.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        actual, expected,
        "guideline ids (in order) differ from the source"
    );
}

#[test]
fn guideline_titles_match_the_source() {
    let deck = Deck::embedded();
    assert_eq!(
        deck.guidelines.len(),
        TITLES.len(),
        "number of guidelines differs from the source"
    );
    for (guideline, (id, title)) in deck.guidelines.iter().zip(TITLES) {
        assert_eq!(guideline.id, *id, "guideline order differs from the source");
        let actual = guideline
            .title
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            actual, *title,
            "title of guideline {id} differs from the source"
        );
    }
}

#[test]
fn anvisning_ids_and_kinds_match_the_source() {
    let deck = Deck::embedded();
    for (id, expected) in EXPECTED {
        let guideline = deck
            .guidelines
            .iter()
            .find(|g| g.id == *id)
            .unwrap_or_else(|| panic!("guideline {id} is missing from the deck"));
        let actual: Vec<(&str, char)> = guideline
            .anvisninger
            .iter()
            .map(|a| (a.id.as_str(), kind_char(&a.kind)))
            .collect();
        assert_eq!(
            actual.as_slice(),
            *expected,
            "anvisninger (id, kind) of guideline {id} differ from the source \
             (R = requirement/skal, A = recommendation/bør/kan)"
        );
    }
}

#[test]
fn there_are_134_anvisninger() {
    let expected: usize = EXPECTED.iter().map(|(_, a)| a.len()).sum();
    assert_eq!(expected, 134, "the reference table itself is inconsistent");
    let deck = Deck::embedded();
    let actual: usize = deck.guidelines.iter().map(|g| g.anvisninger.len()).sum();
    assert_eq!(actual, 134, "the deck should have 134 anvisninger");
}
