//! How the app looks in each `--tema` and `--rammer`: colours that read on every terminal
//! scheme (every frame the tests draw is checked, see `common/contrast.rs`), no colour at all in
//! `sh`, white on black in `kontrast`, and frames of ASCII or of nothing. Snapshots at 80×24,
//! read by eye.

use crate::common::contrast::{self, SCHEMES};
use crate::common::drive::{key, press};
use crate::common::screen::{draw, text};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use refleks::app::{App, Msg, update};
use refleks::deck::Deck;
use refleks::widgets::theme::{Look, Rammer, Tema};

fn look(tema: Tema, rammer: Rammer) -> Look {
    Look { tema, rammer }
}

/// Card 3.4 with a score, a focus area and a note, in `look`.
fn card(look: Look) -> App {
    let mut app = App::new(Deck::embedded(), "2026-11-23");
    app.look = look;
    app.start_assessment("Team Nord", vec!["Anna".into(), "Bo".into()], vec![]);
    press(&mut app, "]]]]]]]]]]]"); // to 3.4
    press(&mut app, "3j1f");
    app
}

fn home(look: Look) -> App {
    let mut app = App::new(Deck::embedded(), "2026-11-23");
    app.look = look;
    update(&mut app, Msg::Listed(Vec::new()));
    app
}

/// Every cell of every scene of `look` (home, a card, the overview, the help over the card).
fn scenes(look: Look) -> Vec<(&'static str, Buffer)> {
    let mut out = vec![("home", draw(&mut home(look), 80, 24))];
    let mut app = card(look);
    out.push(("kort", draw(&mut app, 80, 24)));
    key(&mut app, KeyCode::Char('?'));
    out.push(("hjælp", draw(&mut app, 80, 24)));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('s'));
    out.push(("oversigt", draw(&mut app, 80, 24)));
    out
}

fn cells(buffer: &Buffer) -> impl Iterator<Item = &ratatui::buffer::Cell> {
    buffer.content.iter()
}

#[test]
fn the_ratio_is_wcags() {
    let white = (255, 255, 255);
    let black = (0, 0, 0);
    assert!((contrast::ratio(white, black) - 21.0).abs() < 1e-9);
    assert!((contrast::ratio(white, white) - 1.0).abs() < 1e-9);
    // The figure: blue text on Windows Terminal's default scheme, 2.4:1.
    let campbell = &SCHEMES[0];
    let blue = contrast::ratio(
        campbell.rgb(Color::Blue, true),
        campbell.rgb(Color::Reset, false),
    );
    assert!((blue - 2.38).abs() < 0.01, "{blue}");
}

#[test]
#[should_panic(expected = "Windows Terminal Campbell")]
fn the_check_catches_blue_on_the_default_background() {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 11, 1));
    buffer.set_string(0, 0, "ANBEFALING", Style::default().fg(Color::Blue));
    contrast::check(&buffer);
}

#[test]
#[should_panic(expected = "One Half Light")]
fn the_check_catches_yellow_on_a_light_background() {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 8, 1));
    buffer.set_string(0, 0, "LOVKRAV", Style::default().fg(Color::Yellow));
    contrast::check(&buffer);
}

#[test]
fn a_requirement_is_black_on_bright_yellow_and_a_recommendation_the_terminals_own() {
    let buffer = draw(&mut card(Look::default()), 80, 24);
    let screen = text(&buffer);
    let find = |word: &str| {
        let y = screen.lines().position(|l| l.contains(word)).expect(word);
        let x = screen.lines().nth(y).unwrap().find(word).unwrap();
        // Columns, not bytes: the rows before it are ASCII up to there on this screen.
        let prefix = &screen.lines().nth(y).unwrap()[..x];
        let col = prefix.chars().count() + 1;
        buffer[(u16::try_from(col).unwrap(), u16::try_from(y).unwrap())].clone()
    };
    let requirement = find("SKAL");
    assert_eq!(
        (requirement.fg, requirement.bg),
        (Color::Black, Color::LightYellow)
    );
    let recommendation = find("BØR");
    assert_eq!(
        (recommendation.fg, recommendation.bg),
        (Color::Reset, Color::Reset)
    );
}

#[test]
fn sh_draws_without_a_single_colour() {
    for (scene, buffer) in scenes(look(Tema::Sh, Rammer::Linjer)) {
        for cell in cells(&buffer) {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{scene}");
        }
        // The meaning stays in words, weight and reverse video.
        assert!(cells(&buffer).any(|c| c.modifier.contains(Modifier::BOLD)));
    }
}

#[test]
fn sh_underlines_a_requirement_where_the_others_colour_it() {
    let buffer = draw(&mut card(look(Tema::Sh, Rammer::Linjer)), 80, 24);
    let underlined: String = cells(&buffer)
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert!(underlined.contains("SKAL"), "{underlined}");
}

#[test]
fn kontrast_paints_every_cell_from_the_fixed_colours() {
    for (scene, buffer) in scenes(look(Tema::Kontrast, Rammer::Linjer)) {
        for cell in cells(&buffer) {
            for color in [cell.fg, cell.bg] {
                // The 256-colour cube's values are the same in every scheme; 0–15 are not.
                assert!(
                    matches!(color, Color::Indexed(16..)),
                    "{scene}: {color:?} at {:?}",
                    cell.symbol()
                );
            }
        }
    }
}

#[test]
fn every_tema_reads_in_every_scheme() {
    // `draw` checks the contrast of each frame; this walks all three looks through the scenes.
    for tema in [Tema::Standard, Tema::Kontrast, Tema::Sh] {
        for rammer in [Rammer::Linjer, Rammer::Ascii, Rammer::Ingen] {
            assert_eq!(scenes(look(tema, rammer)).len(), 4);
        }
    }
}

#[test]
fn ascii_frames_have_no_box_characters() {
    for (scene, buffer) in scenes(look(Tema::Standard, Rammer::Ascii)) {
        let screen = text(&buffer);
        let boxes: String = screen
            .chars()
            .filter(|c| ('\u{2500}'..='\u{257F}').contains(c))
            .collect();
        assert!(boxes.is_empty(), "{scene}: {boxes}\n{screen}");
    }
}

#[test]
fn card_ascii_80x24() {
    let buffer = draw(&mut card(look(Tema::Standard, Rammer::Ascii)), 80, 24);
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn card_no_frames_80x24() {
    let buffer = draw(&mut card(look(Tema::Sh, Rammer::Ingen)), 80, 24);
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn help_ascii_80x24() {
    let mut app = card(look(Tema::Sh, Rammer::Ascii));
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(text(&draw(&mut app, 80, 24)));
}

#[test]
fn home_no_frames_80x24() {
    insta::assert_snapshot!(text(&draw(
        &mut home(look(Tema::Kontrast, Rammer::Ingen)),
        80,
        24
    )));
}

#[test]
fn tema_and_rammer_are_global_options_with_danish_errors() {
    use crate::common::cli::{refleks, stderr_of, stdout};
    let help = stdout(refleks().arg("--help"));
    for word in ["--tema", "--rammer", "kontrast", "ascii", "NO_COLOR"] {
        assert!(help.contains(word), "{word}: {help}");
    }
    assert!(!help.contains("Possible values"), "{help}");
    // Global: accepted after any command too.
    let out = stdout(refleks().args(["deck", "--tema", "sh", "--rammer", "ingen"]));
    assert!(out.contains("3.4"), "{out}");
    let err = stderr_of(refleks().args(["--tema", "blå", "list"]), 2);
    assert!(
        err.contains("»blå« kan ikke bruges efter --tema") && err.contains("kontrast"),
        "{err}"
    );
}

#[test]
fn a_tick_asks_for_a_frame_only_when_the_shown_minute_changes() {
    use refleks::app::Effect;
    let mut app = card(Look::default());
    app.session.as_mut().unwrap().assessment.timebox = Some(20);
    let mut frames = 0;
    // Four ticks a second for three minutes, as the runner sends them.
    for quarter in 0..=720u64 {
        let effects = update(&mut app, Msg::Tick(quarter / 4));
        frames += effects.iter().filter(|e| **e == Effect::Redraw).count();
    }
    assert_eq!(frames, 3, "one frame per new minute");
    assert_eq!(app.timebox(), Some((3, 20)));
    // Without a timebox the clock is not shown, and nothing asks to be drawn.
    let mut app = card(Look::default());
    for quarter in 0..=720u64 {
        assert!(update(&mut app, Msg::Tick(quarter / 4)).is_empty());
    }
}

/// The row of the screen the cursor is on, as text, and its column.
fn cursor_row(app: &mut App) -> (String, u16) {
    let (buffer, cursor) = crate::common::screen::frame(app, 80, 24);
    let at = cursor.expect("the cursor is shown on the selection");
    let row = text(&buffer)
        .lines()
        .nth(usize::from(at.y))
        .unwrap()
        .to_string();
    (row, at.x)
}

#[test]
fn the_cursor_sits_on_the_selected_anvisning_and_follows_it() {
    let mut app = card(Look::default());
    let (row, _) = cursor_row(&mut app);
    assert!(row.contains("▶ 3.4.2"), "{row}");
    press(&mut app, "j");
    let (row, _) = cursor_row(&mut app);
    assert!(row.contains("▶ 3.4.3"), "{row}");
    // Tab to the questions: the cursor goes with the focus.
    key(&mut app, KeyCode::BackTab);
    let (row, _) = cursor_row(&mut app);
    assert!(row.contains("▶ 1."), "{row}");
}

#[test]
fn the_cursor_sits_on_the_selection_of_home_the_overview_and_the_search() {
    let mut app = home(Look::default());
    let (row, _) = cursor_row(&mut app);
    assert!(row.contains("▶ + Ny vurdering"), "{row}");
    key(&mut app, KeyCode::Down);
    let (row, _) = cursor_row(&mut app);
    assert!(row.contains("▶ ▤ Læs kortene"), "{row}");

    let mut app = card(Look::default());
    key(&mut app, KeyCode::Char('s'));
    let (row, x) = cursor_row(&mut app);
    assert!(row.contains("▶ "), "{row}");
    assert_eq!(x, 1, "in the gutter inside the frame");

    let mut app = card(Look::default());
    key(&mut app, KeyCode::Char('/'));
    press(&mut app, "frit valg");
    let (row, _) = cursor_row(&mut app);
    assert!(row.contains("▶3.6"), "{row}");
}

#[test]
fn a_popup_without_a_selection_hides_the_cursor() {
    let mut app = card(Look::default());
    key(&mut app, KeyCode::Char('?'));
    let (_, cursor) = crate::common::screen::frame(&mut app, 80, 24);
    assert_eq!(cursor, None, "not left on the card under the help");
}

#[test]
fn text_chosen_with_shift_in_the_editor_reads_in_every_scheme() {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let mut app = card(Look::default());
    key(&mut app, KeyCode::Char('n'));
    press(&mut app, "ventelisten");
    for _ in 0..5 {
        update(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::SHIFT)),
        );
    }
    let buffer = draw(&mut app, 80, 24);
    // The chosen part is reversed, not painted a colour of the text area's own.
    let chosen: String = cells(&buffer)
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .map(|c| c.symbol())
        .collect();
    assert!(chosen.contains("isten"), "{chosen:?}");
}
