//! Print cards (`refleks deck --format html|md`), one card as text (`refleks deck ID`), shell
//! completions and the man page.

use crate::common::cli::{refleks, stdout};
use proptest::prelude::*;
use refleks::deck::Deck;
use refleks::print::{PrintFormat, card_text, print_cards};

fn card_3_4(format: PrintFormat) -> String {
    let deck = Deck::embedded();
    let g = deck.guideline("3.4").unwrap();
    print_cards(&deck, &[g], format)
}

#[test]
fn html_card_3_4() {
    let html = card_3_4(PrintFormat::Html);
    insta::assert_snapshot!("print_card_3_4_html", html);
}

#[test]
fn markdown_card_3_4() {
    let md = card_3_4(PrintFormat::Md);
    insta::assert_snapshot!("print_card_3_4_md", md);
}

#[test]
fn the_command_prints_what_the_library_builds() {
    let out = stdout(refleks().args(["deck", "3.4", "--format", "html"]));
    assert_eq!(out, card_3_4(PrintFormat::Html));
}

#[test]
fn the_whole_deck_has_a_page_and_boxes_for_everything() {
    let deck = Deck::embedded();
    let all: Vec<_> = deck.guidelines.iter().collect();
    let html = print_cards(&deck, &all, PrintFormat::Html);
    assert_eq!(html.matches("<section class=\"card\"").count(), 20);
    assert_eq!(html.matches("<table class=\"sheet\">").count(), 20);
    assert!(html.contains("table.sheet + table.sheet { break-before: page;"));
    // Per anvisning: the five levels, ikke relevant and ved ikke.
    assert_eq!(html.matches("<ul class=\"boxes\">").count(), 134);
    assert_eq!(html.matches("<span class=\"box\"></span>").count(), 134 * 7);
    assert_eq!(html.matches("<div class=\"question\">").count(), {
        deck.guidelines
            .iter()
            .map(|g| g.questions.len())
            .sum::<usize>()
    });
    assert!(!html.contains("<script"), "no scripts");
    assert!(!html.contains("http"), "nothing fetched");
    let md = print_cards(&deck, &all, PrintFormat::Md);
    assert_eq!(md.matches("\n---\n").count(), 19);
    assert_eq!(md.matches("☐ Ved ikke").count(), 134);
}

#[test]
fn everything_from_the_deck_is_escaped() {
    let mut deck = Deck::embedded();
    let g = &mut deck.guidelines[0];
    g.title = "<script>alert(1)</script> & \"x\"".into();
    g.questions[0].text = "<b>fed</b>\u{1b}[2J?".into();
    g.worth_knowing = "Tekst <img src=x onerror=alert(1)> *vigtig*\n\n<div>rå</div>\n".into();
    g.worth_knowing_brief = String::new();
    g.anvisninger[0].text = "| a | b | **c** `d`".into();
    let g = &deck.guidelines[0];
    let html = print_cards(&deck, &[g], PrintFormat::Html);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<b>") && !html.contains("<img") && !html.contains("<div>rå"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    assert!(html.contains("<em>vigtig</em>"));
    assert!(!html.chars().any(refleks::text::is_unsafe));
    let md = print_cards(&deck, &[g], PrintFormat::Md);
    assert!(md.contains("\\<script\\>"), "{md}");
    assert!(md.contains("\\| a \\| b \\| \\*\\*c\\*\\* \\`d\\`"), "{md}");
    assert!(!md.chars().any(refleks::text::is_unsafe));
}

#[test]
fn a_short_worth_knowing_is_printed_instead_of_the_whole_text() {
    let mut deck = Deck::embedded();
    let g = &mut deck.guidelines[0];
    g.worth_knowing = "Hele teksten om metoder.".into();
    g.worth_knowing_brief = "- Første <b>punkt</b> om **metoder**\n- Andet punkt\n".into();
    let g = &deck.guidelines[0];
    let html = print_cards(&deck, &[g], PrintFormat::Html);
    assert!(!html.contains("Hele teksten om metoder"), "{html}");
    assert!(html.contains(
        "<h2>Værd at vide <span class=\"more\">Kort fortalt. Se hele teksten i refleks eller i retningslinjerne.</span></h2>\n\
         <div class=\"worth brief\">\n<ul>\n<li>Første punkt om <strong>metoder</strong></li>\n<li>Andet punkt</li>\n</ul>\n</div>\n"
    ), "{html}");
    let md = print_cards(&deck, &[g], PrintFormat::Md);
    assert!(!md.contains("Hele teksten om metoder"), "{md}");
    assert!(
        md.contains(
            "## Værd at vide\n\n- Første punkt om **metoder**\n- Andet punkt\n\n\
         *Kort fortalt. Se hele teksten i refleks eller i retningslinjerne.*\n\n"
        ),
        "{md}"
    );
    // The terminal view is the reference: it keeps the whole text and needs no pointer.
    let text = card_text(&deck, g, 80);
    assert!(text.contains("Hele teksten om metoder") && !text.contains("Første punkt"));

    let mut deck = deck.clone();
    deck.guidelines[0].worth_knowing_brief = String::new();
    let g = &deck.guidelines[0];
    for out in [PrintFormat::Html, PrintFormat::Md].map(|f| print_cards(&deck, &[g], f)) {
        assert!(out.contains("Hele teksten om metoder"), "{out}");
        assert!(!out.contains("Se hele teksten"), "{out}");
    }
}

#[test]
fn every_printed_card_of_the_deck_is_the_short_version() {
    let deck = Deck::embedded();
    let all: Vec<_> = deck.guidelines.iter().collect();
    let html = print_cards(&deck, &all, PrintFormat::Html);
    assert_eq!(html.matches("<div class=\"worth brief\">").count(), 20);
    assert_eq!(
        html.matches("<span class=\"more\">Kort fortalt.").count(),
        20
    );
}

#[test]
fn a_plain_string_question_is_printed_without_a_kind_heading() {
    let mut deck = Deck::embedded();
    for q in &mut deck.guidelines[0].questions {
        q.kind = None;
    }
    let g = &deck.guidelines[0];
    let html = print_cards(&deck, &[g], PrintFormat::Html);
    assert!(
        !html.contains("<h3>"),
        "no kind headings when no question has a kind"
    );
    assert!(html.contains("<span class=\"n\">1.</span>"));
}

#[test]
fn out_writes_the_file_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kort.html");
    let out = stdout(
        refleks()
            .args(["deck", "--format", "html", "-o"])
            .arg(&path),
    );
    assert!(out.starts_with("Kortene (html) er gemt i "), "{out}");
    assert!(out.contains("kort.html"), "{out}");
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written.matches("<section class=\"card\"").count(), 20);
    // A folder is refused with a suggestion.
    let fail = refleks()
        .args(["deck", "--format", "md", "-o"])
        .arg(dir.path())
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let fail = String::from_utf8(fail).unwrap();
    assert!(fail.contains("Det er en mappe, ikke en fil"), "{fail}");
    assert!(fail.contains("kort.md"), "{fail}");
}

#[test]
fn out_without_a_format_is_a_usage_error() {
    let err = refleks()
        .args(["deck", "-o", "kort.html"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert!(err.starts_with("fejl: "), "{err}");
    assert!(err.contains("--format"), "{err}");
}

#[test]
fn deck_id_prints_the_card_as_wrapped_text() {
    let out = stdout(refleks().args(["deck", "3.4"]));
    assert!(
        out.starts_with("3.4 Retningslinje for behandlingsgarantien\n"),
        "{out}"
    );
    for heading in [
        "FORMÅL",
        "RETNINGSLINJEN UNDERSTØTTER",
        "VÆRD AT VIDE",
        "REFLEKSIONSSPØRGSMÅL",
        "ANVISNINGER",
        "LOVGIVNING",
    ] {
        assert!(out.contains(&format!("\n{heading}\n")), "{heading}");
    }
    assert!(out.contains("3.4.1 LOVKRAV (skal)"));
    assert!(out.contains("3.4.2 ANBEFALING (bør/kan)"));
    assert!(out.contains("Ankestyrelsens principafgørelse 23-18"));
    // Not a terminal here, so 80 columns.
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert!(
        out.lines().any(|l| l.chars().count() > 70),
        "uses the width"
    );
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn deck_id_json_prints_one_card() {
    let out = stdout(refleks().args(["deck", "2.1", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["id"], "2.1");
    assert_eq!(json["questions"][0]["kind"], "says");
}

#[test]
fn an_unknown_card_says_which_one_was_meant() {
    let err = refleks()
        .args(["deck", "3.44"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert_eq!(
        err,
        "fejl: Kortet »3.44« findes ikke.\n  = hjælp: Mente du `refleks deck 3.4`? Skriv `refleks deck` for at se alle kortenes id.\n"
    );
}

#[test]
fn completions_name_the_subcommands_in_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = stdout(refleks().args(["completions", shell]));
        for sub in [
            "deck",
            "search",
            "compare",
            "report",
            "completions",
            "manpage",
        ] {
            assert!(out.contains(sub), "{shell}: {sub} missing");
        }
    }
    let err = refleks()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err).unwrap().contains("»tcsh«"));
}

#[test]
fn the_man_page_names_the_subcommands() {
    let out = stdout(refleks().arg("manpage"));
    assert!(
        out.starts_with(".ie") || out.contains(".TH refleks 1"),
        "{out}"
    );
    for sub in [
        "new",
        "open",
        "deck",
        "search",
        "compare",
        "list",
        "report",
        "completions",
    ] {
        assert!(
            out.contains(&format!(".SH \"refleks {sub}\"")),
            "no section for {sub}"
        );
    }
    // One page for everything: no references to per-command pages that are not shipped.
    assert!(!out.contains("(1)\n"), "{out}");
    assert!(out.contains("[ID] \\-\\-format html|md"), "{out}");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command as Std, Stdio};
    // The whole deck as HTML is far more than a pipe holds, so the write meets the closed end.
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("refleks"))
        .args(["deck", "--format", "html"])
        .env_remove("REFLEKS_CARDS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().unwrap();
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(stderr.is_empty(), "{stderr}");
}

/// Text with the characters that mean something in HTML, Markdown or a terminal.
fn hostile() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('<'),
            Just('>'),
            Just('&'),
            Just('"'),
            Just('|'),
            Just('*'),
            Just('#'),
            Just('\n'),
            Just('\u{1b}'),
            Just('\u{202e}'),
            Just(' '),
            any::<char>(),
        ],
        1..60,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever a deck's author writes, no markup and no control character reaches the page or
    /// the terminal, and the text view keeps to its width.
    #[test]
    fn any_card_text_prints_safely(title in hostile(), question in hostile(), worth in hostile(), brief in hostile(), width in 40usize..120) {
        let mut deck = Deck::embedded();
        let g = &mut deck.guidelines[0];
        g.title = title;
        g.questions[0].text = question;
        g.worth_knowing = worth;
        g.worth_knowing_brief = brief;
        g.anvisninger[0].details = vec!["<i>x</i>".into()];
        let g = &deck.guidelines[0];
        let html = print_cards(&deck, &[g], PrintFormat::Html);
        let body = &html[html.find("<body>").unwrap()..];
        prop_assert!(!body.contains("<<") && !body.contains("<i>") && !body.contains("<script"));
        prop_assert!(!html.chars().any(refleks::text::is_unsafe));
        let md = print_cards(&deck, &[g], PrintFormat::Md);
        prop_assert!(!md.chars().any(refleks::text::is_unsafe));
        let text = card_text(&deck, g, width);
        prop_assert!(!text.chars().any(|c| refleks::text::is_unsafe(c) || (c.is_control() && c != '\n')));
        for line in text.lines() {
            prop_assert!(line.chars().count() <= width || line.split_whitespace().count() == 1, "{line:?}");
        }
    }
}

/// Issue 23: a printed page that falls out of the pile still says which card it belongs to. The
/// card's id and title are in the head of a table around the card, which browsers print again at
/// the top of every page the card runs onto.
#[test]
fn every_printed_page_names_its_card() {
    let deck = Deck::embedded();
    let all: Vec<_> = deck.guidelines.iter().collect();
    let html = print_cards(&deck, &all, PrintFormat::Html);
    for g in &deck.guidelines {
        let head = format!(
            "<table class=\"sheet\">\n<thead><tr><td><h1><span class=\"id\">{}</span>",
            g.id
        );
        let at = html
            .find(&head)
            .unwrap_or_else(|| panic!("{}: no running head", g.id));
        let rest = &html[at + head.len()..];
        let title = &rest[..rest.find("</h1>").unwrap()];
        assert_eq!(title.replace('\u{a0}', " "), g.title, "{}", g.id);
        // The head comes before the card's body, so it is the table's repeated header.
        assert!(rest.find("</thead>\n<tbody>") < rest.find("<section"));
    }
}

/// The size of the tick boxes on paper, from the style sheet: at least 4 mm, to take a pen.
#[test]
fn the_tick_boxes_are_at_least_4_mm() {
    let html = card_3_4(PrintFormat::Html);
    let rule = &html[html.find("\n.box {").unwrap()..];
    let rule = &rule[..rule.find('}').unwrap()];
    for side in ["width", "height"] {
        let value = rule.split(&format!(" {side}: ")).nth(1).unwrap();
        let mm: f64 = value.split("mm").next().unwrap().parse().unwrap();
        assert!(mm >= 4.0, "{side} {mm} mm");
    }
    assert!(
        rule.contains("box-sizing: border-box"),
        "the border is inside the 4 mm"
    );
}

/// Issue 23: a Markdown renderer renumbers an ordered list from its first number, so the
/// questions are not a list: each number is escaped text, and stays the number in the app.
#[test]
fn markdown_keeps_the_question_numbers() {
    use pulldown_cmark::{Event, Parser, Tag};
    let deck = Deck::embedded();
    for g in &deck.guidelines {
        let md = print_cards(&deck, &[g], PrintFormat::Md);
        let questions =
            &md[md.find("## Refleksionsspørgsmål").unwrap()..md.find("## Anvisninger").unwrap()];
        let lists = Parser::new(questions)
            .filter(|e| matches!(e, Event::Start(Tag::List(_))))
            .count();
        assert_eq!(lists, 0, "{}: the questions became a list", g.id);
        let text: String = Parser::new(questions)
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect();
        for (n, q) in g.questions.iter().enumerate() {
            let numbered = format!("{}. {}", n + 1, q.text.split(' ').next().unwrap());
            assert!(
                text.contains(&numbered),
                "{}: {numbered} not in {text}",
                g.id
            );
        }
    }
}

/// "§ 101" is never split over two lines on paper: the print formats put a no-break space
/// between "§" (or "stk.", "nr.") and the number, once, for every text from the deck.
#[test]
fn a_section_sign_stays_with_its_number_on_paper() {
    let deck = Deck::embedded();
    let all: Vec<_> = deck.guidelines.iter().collect();
    let outputs = [
        print_cards(&deck, &all, PrintFormat::Html),
        print_cards(&deck, &all, PrintFormat::Md),
        deck.guidelines
            .iter()
            .map(|g| card_text(&deck, g, 80))
            .collect(),
    ];
    for out in outputs {
        let chars: Vec<char> = out.chars().collect();
        for (i, w) in chars.windows(3).enumerate() {
            let loose = w[0] == '§' && w[1] == ' ' && w[2].is_ascii_digit();
            assert!(
                !loose,
                "{}",
                chars[i.saturating_sub(40)..(i + 10).min(chars.len())]
                    .iter()
                    .collect::<String>()
            );
        }
        assert!(out.contains("§\u{a0}101"));
        assert!(out.contains("stk.\u{a0}2"));
    }
}

#[test]
fn deck_help_tells_what_the_printed_cards_are() {
    let out = stdout(refleks().args(["deck", "--help"]));
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("ét kort pr. A4-side"), "{flat}");
    assert!(
        flat.contains("højst ét A4-ark hver, printet på begge sider"),
        "{flat}"
    );
    assert!(
        flat.contains("id og sin titel øverst på hver side"),
        "{flat}"
    );
}
