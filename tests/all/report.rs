//! `refleks report` as a library call: a snapshot of every format for the example assessment
//! (each read by eye), the CSV read back with an RFC 4180 reader, the JSON read back with its keys
//! pinned, and the HTML checked for what a self-contained printable page must not have.

use crate::common::parse_csv;
use std::path::Path;

use proptest::prelude::*;
use refleks::assessment::{Assessment, NonScore, Score};
use refleks::deck::Deck;
use refleks::report::{CSV_COLUMNS, JSON_SCHEMA, ReportFormat, report};
use refleks::store::Store;

const NORD_2026: &str = "assessments/team-nord-2026-11-17.toml";

fn nord() -> Assessment {
    Store::load(Path::new(NORD_2026)).unwrap()
}

fn render(format: ReportFormat) -> String {
    report(&nord(), &Deck::embedded(), format)
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!("report_nord_2026_md", render(ReportFormat::Md));
}

#[test]
fn html_snapshot() {
    insta::assert_snapshot!("report_nord_2026_html", render(ReportFormat::Html));
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!("report_nord_2026_csv", render(ReportFormat::Csv));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("report_nord_2026_json", render(ReportFormat::Json));
}

#[test]
fn markdown_puts_requirements_first_then_focus_then_actions() {
    let md = render(ReportFormat::Md);
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(md.starts_with("# Referat: Team Nord, 17. november 2026\n"));
    assert!(at("## Lovkrav, der endnu ikke er sikret") < at("## Fokusområder"));
    assert!(at("## Fokusområder") < at("## Handlinger"));
    assert!(at("## Handlinger") < at("### 2.1 "));
    assert!(md.contains("| Hvad | Hvem | Hvornår | Anvisning |"));
    // Every table row has as many cells as its header.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let bars = line.matches('|').count() - line.matches("\\|").count();
        assert!(bars == 5 || bars == 4, "{line}");
    }
}

#[test]
fn csv_reads_back_one_row_per_anvisning() {
    let deck = Deck::embedded();
    let csv = render(ReportFormat::Csv);
    let body = csv.strip_prefix('\u{feff}').expect("UTF-8 with BOM");
    let rows = parse_csv(body);
    assert_eq!(rows[0], CSV_COLUMNS);
    assert_eq!(
        rows.len() - 1,
        deck.anvisning_count(),
        "all 20 cards chosen, no orphans"
    );
    assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
    let row = |id: &str| rows.iter().find(|r| r[1] == id).unwrap();
    // æøå, a `;`, a quote and a line break survive.
    let r = row("3.7.5");
    assert_eq!(r[0], "3.7");
    assert_eq!(r[2], "anbefaling");
    assert_eq!(r[3], "2");
    assert_eq!(
        r[6],
        "Vi har lavet skabelonen \"Min plan\"; den bruges i de fleste nye forløb.\nDe gamle planer er ikke skrevet om endnu."
    );
    let r = row("2.3.2");
    assert_eq!(
        (r[2].as_str(), r[3].as_str(), r[4].as_str()),
        ("lovkrav", "", "ikke relevant")
    );
    assert!(r[5].starts_with("Vi er et ambulant tilbud."));
    assert_eq!(row("2.4.1")[4], "ved ikke");
    assert_eq!(row("3.12.1")[7], "ja");
    assert_eq!(row("2.3.8")[3..8], ["", "", "", "", "nej"]);
}

#[test]
fn csv_marks_orphans_and_counts_only_chosen_cards() {
    let deck = Deck::embedded();
    let g = &deck.guidelines[3];
    let mut a = Assessment::new(&deck, "Hold", vec![], vec![g.id.clone()], "2026-01-02");
    a.answer_mut(&g.anvisninger[0].id).score = Some(Score::Level(1));
    a.answer_mut("9.9.9").score = Some(Score::Other(NonScore::Unknown));
    a.answer_mut("9.9.9").note = "=HYPERLINK(\"x\")".into();
    let csv = report(&a, &deck, ReportFormat::Csv);
    let rows = parse_csv(csv.strip_prefix('\u{feff}').unwrap());
    assert_eq!(rows.len() - 1, g.anvisninger.len() + 1);
    let last = rows.last().unwrap();
    assert_eq!(last[..5], ["", "9.9.9", "ukendt", "", "ved ikke"]);
    assert_eq!(last[6], "'=HYPERLINK(\"x\")", "formulas are defused");
    assert!(last[8].contains("Findes ikke i kortsættet"));
}

#[test]
fn json_reads_back_with_the_documented_keys() {
    let json: serde_json::Value = serde_json::from_str(&render(ReportFormat::Json)).unwrap();
    let keys =
        |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(
        keys(&json),
        [
            "schema",
            "team",
            "created",
            "updated",
            "participants",
            "deck",
            "progress",
            "guidelines",
            "requirements_below",
            "focus",
            "actions",
            "orphans",
            "orphan_reflections",
            "anonymous",
            "builds_on",
            "timebox",
            "disputed",
            "parked"
        ]
    );
    assert_eq!(json["schema"], JSON_SCHEMA);
    assert_eq!(
        keys(&json["deck"]),
        ["name", "edition", "fingerprint", "matches_deck"]
    );
    assert_eq!(json["deck"]["matches_deck"], true);
    assert_eq!(keys(&json["progress"]), ["answered", "total", "unknown"]);
    assert_eq!(json["progress"]["total"], 134);
    let g = &json["guidelines"][0];
    assert_eq!(
        keys(g),
        [
            "id",
            "title",
            "chosen",
            "average",
            "answered",
            "total",
            "not_relevant",
            "unknown",
            "anvisninger",
            "reflections"
        ]
    );
    assert_eq!(
        keys(&g["anvisninger"][0]),
        [
            "id",
            "kind",
            "text",
            "score",
            "non_score",
            "reason",
            "note",
            "focus",
            "votes",
            "tally",
            "vote_summary",
            "dissent",
            "absent",
            "rounds",
            "goal",
            "basis"
        ]
    );
    assert_eq!(
        keys(&json["actions"][0]),
        [
            "anvisning",
            "guideline",
            "what",
            "who",
            "due",
            "status",
            "carried"
        ]
    );
    assert_eq!(
        keys(&json["requirements_below"][0]),
        ["anvisning", "guideline", "score"]
    );
    let g34 = json["guidelines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "3.4")
        .unwrap();
    assert_eq!(
        keys(&g34["reflections"][0]),
        ["number", "question", "answer"]
    );
    assert_eq!(g34["anvisninger"][0]["votes"]["Rikke"], 2);
    let summary = &g34["anvisninger"][0]["vote_summary"];
    assert_eq!(
        keys(summary),
        [
            "count",
            "unknown",
            "median",
            "min",
            "max",
            "disagreement",
            "kind",
            "not_relevant",
            "relevance_split"
        ]
    );
    assert_eq!(summary["kind"], "agreed");
    assert_eq!(summary["count"], 5);
    assert_eq!(summary["disagreement"], false);
    assert_eq!(summary["relevance_split"], false);
    let a232 = &json["guidelines"][2]["anvisninger"][1];
    assert_eq!(a232["id"], "2.3.2");
    assert_eq!(a232["score"], serde_json::Value::Null);
    assert_eq!(a232["non_score"], "not_relevant");
}

#[test]
fn html_is_self_contained_and_printable() {
    let html = render(ReportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("@media print"));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no scripts");
    assert!(
        !lower.contains("http:") && !lower.contains("https:"),
        "no links out"
    );
    assert!(!lower.contains("//"), "no protocol-relative references");
    for attr in ["src=", "<link", "@import", "url(http"] {
        assert!(!lower.contains(attr), "{attr}");
    }
    // Every chart carries its numbers as text, and a label for screen readers.
    let svgs: Vec<&str> = html.split("<svg").skip(1).collect();
    assert_eq!(svgs.len(), 21, "an overview and one bar per card");
    for svg in svgs {
        let svg = &svg[..svg.find("</svg>").unwrap()];
        assert!(svg.contains("aria-label=\""), "{svg}");
        assert!(svg.contains("<title>"), "{svg}");
        assert!(svg.contains("<text"), "{svg}");
    }
    // Same content as the minutes: the lists first, every card, the notes.
    for s in [
        "Lovkrav, der endnu ikke er sikret",
        "Fokusområder",
        "Handlinger",
        "3.12 Retningslinje for opfølgning efter udskrivning",
        "Vi har lavet skabelonen &quot;Min plan&quot;; den bruges",
        "Stemmer: Mette 3, Jonas 3, Rikke 2, Ahmad 3, Louise 3",
        "Mette 2, Jonas ikke til stede, Rikke 2",
    ] {
        assert!(html.contains(s), "{s}");
    }
}

#[test]
fn a_changed_deck_is_said_and_orphans_are_listed_in_every_format() {
    let deck = Deck::embedded();
    let mut a = nord();
    a.deck.fingerprint = "0000000000000000".into();
    a.answer_mut("2.1.9").score = Some(Score::Level(2));
    a.answer_mut("2.1.9").note = "fra en ældre udgave".into();
    let md = report(&a, &deck, ReportFormat::Md);
    assert!(md.contains("**Bemærk:**"));
    assert!(md.contains("## Svar uden anvisning i kortsættet"));
    assert!(md.contains("| 2.1.9 | 2 Delvist omsat | fra en ældre udgave |"));
    let html = report(&a, &deck, ReportFormat::Html);
    assert!(html.contains("class=\"notice\"") && html.contains("2.1.9"));
    let json: serde_json::Value =
        serde_json::from_str(&report(&a, &deck, ReportFormat::Json)).unwrap();
    assert_eq!(json["deck"]["matches_deck"], false);
    assert_eq!(json["orphans"][0]["id"], "2.1.9");
    assert_eq!(json["orphans"][0]["kind"], serde_json::Value::Null);
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('|'),
            Just(';'),
            Just('"'),
            Just('\n'),
            Just('\r'),
            Just('<'),
            Just('&'),
            Just('\u{1b}'),
            Just('\u{202e}'),
            Just('æ'),
            Just('-'),
            Just('='),
            Just('*'),
            any::<char>(),
        ],
        0..40,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a team writes, every format comes out whole: the CSV has its rows, the JSON
    /// parses and keeps the note exactly, no control character escapes, and no `<` gets through
    /// into the HTML unescaped.
    #[test]
    fn any_text_gives_whole_reports(team in text(), note in text(), reason in text(), level in 0u8..=4) {
        let deck = Deck::embedded();
        let g = &deck.guidelines[0];
        let mut a = Assessment::new(&deck, "Hold", vec![team.clone()], vec![g.id.clone()], "2026-01-02");
        a.team = if team.trim().is_empty() { "Hold".into() } else { team };
        let x = a.answer_mut(&g.anvisninger[0].id);
        x.score = Some(Score::Level(level));
        x.note = note.clone();
        x.reason = reason;
        for format in ReportFormat::ALL {
            // CSV records end in CRLF by design; no other CR may be left.
            let out = report(&a, &deck, format).replace("\r\n", "\n");
            prop_assert!(!out.chars().any(refleks::text::is_unsafe), "{format:?}: {out:?}");
        }
        let csv = report(&a, &deck, ReportFormat::Csv);
        let rows = parse_csv(csv.strip_prefix('\u{feff}').unwrap());
        prop_assert_eq!(rows.len(), g.anvisninger.len() + 1);
        prop_assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
        let json: serde_json::Value =
            serde_json::from_str(&report(&a, &deck, ReportFormat::Json)).unwrap();
        prop_assert_eq!(json["guidelines"][0]["anvisninger"][0]["note"].as_str(), Some(note.as_str()));
        let html = report(&a, &deck, ReportFormat::Html);
        let body = &html[html.find("<body>").unwrap()..];
        prop_assert!(!body.contains("<script") && !body.contains("<<"));
    }
}

#[test]
fn a_chapter_three_selection_reports_only_its_cards() {
    let deck = Deck::embedded();
    let a = Store::load(Path::new("assessments/team-syd-2026-10-02.toml")).unwrap();
    let chosen: usize = a.chosen(&deck).iter().map(|g| g.anvisninger.len()).sum();
    let csv = report(&a, &deck, ReportFormat::Csv);
    let rows = parse_csv(csv.strip_prefix('\u{feff}').unwrap());
    assert_eq!(rows.len() - 1, chosen);
    assert!(rows[1..].iter().all(|r| r[0].starts_with("3.")));
    let md = report(&a, &deck, ReportFormat::Md);
    assert!(md.contains("på 12 kort"), "{md}");
    assert!(!md.contains("### 2."));
    // 3.6 has only non-scores: no average, said in words, never drawn as 0.
    assert!(md.contains("### 3.6 "));
    assert!(
        md.contains(
            "Intet gennemsnit endnu · 2 af 5 vurderet, heraf 2 ikke relevant · 1 ved ikke."
        )
    );
    let html = report(&a, &deck, ReportFormat::Html);
    assert!(html.contains(">intet gennemsnit</text>"));
    assert_eq!(html.matches("<svg").count(), 13);
}

/// The workshop in every format: votes or tallies with median and spread, disagreement in
/// words, the dissent note, parked topics, and the status of actions carried from last time.
fn workshop() -> Assessment {
    use refleks::assessment::{ActionStatus, Parked};
    let mut a = nord();
    let x = a.answer_mut("2.1.1");
    x.votes.clear();
    x.votes.insert("Anna".into(), Score::Level(0));
    x.votes.insert("Bo".into(), Score::Level(1));
    x.votes.insert("Ceylan".into(), Score::Level(4));
    x.dissent = "Ceylan ser metoderne brugt hver dag; Anna og Bo gør ikke.".into();
    let y = a.answer_mut("2.1.2");
    y.tally = vec![Score::Level(3), Score::Level(3), Score::Level(4)];
    a.actions[0].status = Some(ActionStatus::InProgress);
    a.actions[0].carried = true;
    a.parked.push(Parked {
        anvisning: "2.1.1".into(),
        text: "Spørg ledelsen om kurser".into(),
    });
    a
}

#[test]
fn the_workshop_shows_in_every_format() {
    let deck = Deck::embedded();
    let a = workshop();
    let md = report(&a, &deck, ReportFormat::Md);
    for s in [
        "## Uenighed i stemmerne",
        "Stemmer: Anna 0, Bo 1, Ceylan 4 (median 1, spredning 0–4, Polariseret · 3 stemmer – få stemmer)",
        "Uenighed: Ceylan ser metoderne brugt hver dag; Anna og Bo gør ikke.",
        "Stemmer: 2 × 3, 1 × 4 (median 3, spredning 3–4, Enige · 3 stemmer – få stemmer)",
        "## Parkerede emner\n\n- Spørg ledelsen om kurser (under 2.1.1)",
        "| Status |",
        "| i gang (fra sidst) |",
    ] {
        assert!(md.contains(s), "{s}");
    }
    let html = report(&a, &deck, ReportFormat::Html);
    for s in [
        "<h2>Uenighed i stemmerne</h2>",
        "median 1, spredning 0–4, Polariseret · 3 stemmer – få stemmer",
        "<h2>Parkerede emner</h2>",
        "<th>Status</th>",
        "i gang (fra sidst)",
    ] {
        assert!(html.contains(s), "{s}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&report(&a, &deck, ReportFormat::Json)).unwrap();
    assert_eq!(json["disputed"][0], "2.1.1");
    assert_eq!(json["parked"][0]["text"], "Spørg ledelsen om kurser");
    assert_eq!(json["actions"][0]["status"], "in_progress");
    let a211 = &json["guidelines"][0]["anvisninger"][0];
    assert_eq!(a211["vote_summary"]["disagreement"], true);
    assert_eq!(a211["vote_summary"]["median"], 1);
    assert_eq!(json["guidelines"][0]["anvisninger"][1]["tally"][2], 4);
    let rows = parse_csv(&report(&a, &deck, ReportFormat::Csv));
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    let row = rows.iter().find(|r| r[1] == "2.1.1").unwrap();
    assert_eq!(row[col("Spredning")], "0–4");
    assert_eq!(row[col("Uenighed")], "ja");
    assert!(row[col("Hvad vi var uenige om")].starts_with("Ceylan"));
}

/// Issue 12, break 8: text from a deck folder (labels, titles) reaches no output raw, in any
/// format: an OSC in the non-score label once set the terminal title and wrote the clipboard.
#[test]
fn deck_text_with_escapes_reaches_no_output_raw() {
    let mut deck = Deck::embedded();
    deck.non_scores.not_relevant.label = "Ikke\u{1b}]52;c;ZXZpbA==\u{7} relevant".into();
    deck.non_scores.unknown.label = "Ved\u{9b}2J ikke\u{202e}".into();
    deck.guidelines[0].title = "Titel\u{1b}[31m\u{2066}\u{85}".into();
    let g = deck.guidelines[0].clone();
    let mut a = Assessment::new(&deck, "Hold", vec![], vec![g.id.clone()], "2026-01-02");
    a.answer_mut(&g.anvisninger[0].id).score = Some(Score::Other(NonScore::NotRelevant));
    a.answer_mut(&g.anvisninger[0].id).reason = "fordi".into();
    a.answer_mut(&g.anvisninger[1].id).score = Some(Score::Other(NonScore::Unknown));
    for format in ReportFormat::ALL {
        let out = report(&a, &deck, format);
        let raw: Vec<char> = out
            .chars()
            .filter(|&c| c != '\r' && refleks::text::is_unsafe(c))
            .collect();
        assert!(raw.is_empty(), "{format:?}: {raw:?}");
    }
    let json = refleks::cli::deck_json(&deck);
    assert!(!json.chars().any(refleks::text::is_unsafe), "deck --json");
    assert!(json.contains("\\u2066"), "kept as an escape");
}

#[test]
fn xlsx_has_the_csv_rows_with_the_score_a_number() {
    let deck = Deck::embedded();
    let bytes = refleks::report::report_xlsx(&nord(), &deck).unwrap();
    let files = crate::common::unzip(&bytes);
    let workbook = &files["xl/workbook.xml"];
    for name in ["Anvisninger", "Retningslinjer", "Handlinger"] {
        assert!(workbook.contains(&format!("name=\"{name}\"")), "{name}");
    }
    let strings = &crate::common::sheet_text(&files);
    assert!(strings.contains("<t>3.7.5</t>") && strings.contains("<t>Retningslinje</t>"));
    let sheet = &files["xl/worksheets/sheet1.xml"];
    assert!(sheet.contains("state=\"frozen\"") && sheet.contains("<autoFilter "));
    // 3.7.5 has level 2 (see csv_reads_back_one_row_per_anvisning): a number in column D.
    let rows = parse_csv(render(ReportFormat::Csv).strip_prefix('\u{feff}').unwrap());
    let at = rows.iter().position(|r| r[1] == "3.7.5").unwrap() + 1;
    let d = sheet.split(&format!("<c r=\"D{at}\"")).nth(1).unwrap();
    let d = d.split("</c>").next().unwrap();
    assert!(!d.contains(" t=") && d.contains("<v>2</v>"), "{d}");
}
