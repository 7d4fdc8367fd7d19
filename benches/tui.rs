//! DESIGN.md's speed targets for the app: start to first frame, one 200×60 frame, key press to
//! frame. Run with `cargo bench --bench tui`. Numbers go in closing notes, never into tests.

use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use refleks::app::{App, Msg, update};
use refleks::deck::Deck;

fn main() {
    divan::main();
}

fn working_app() -> App {
    let mut app = App::new(Deck::embedded(), "2026-11-23");
    app.start_assessment("Team Nord", vec![], vec![]);
    for c in "]]]]]]]]]]]3j1fn".chars() {
        update(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    update(
        &mut app,
        Msg::Paste("En note med æøå\nover to linjer".into()),
    );
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
    );
    app
}

/// Everything between launch and the first frame that is ours: parse and check the embedded
/// deck, build the app, draw the home screen.
#[divan::bench]
fn start_to_first_frame(bencher: Bencher) {
    bencher.bench(|| {
        let deck = Deck::load_embedded().unwrap();
        let app = App::new(deck, "2026-11-23");
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
        divan::black_box(terminal);
    });
}

#[divan::bench(args = [(80, 24), (200, 60)])]
fn card_screen_frame(bencher: Bencher, (w, h): (u16, u16)) {
    let app = working_app();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
    });
}

/// The floor under every frame at 200×60: ratatui's own work (a blank buffer, the diff against
/// the last frame, the swap), with nothing of ours drawn.
#[divan::bench]
fn empty_frame_200x60(bencher: Bencher) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|_| {}).unwrap();
    });
}

/// Issue 24, break 5: a note holding one 800,000-character word (a crafted or merged file under
/// the 4 MiB cap) on the card screen, drawn with its anvisning expanded.
#[divan::bench(args = [(80, 24), (200, 60)])]
fn card_screen_with_an_800k_word(bencher: Bencher, (w, h): (u16, u16)) {
    let mut app = working_app();
    let session = app.session.as_mut().unwrap();
    for answer in session.assessment.answers.values_mut() {
        if !answer.note.is_empty() {
            answer.note = "x".repeat(800_000);
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
    });
}

/// Issue 24, break 6: the home screen with many saved assessments (listed, as the runner hands
/// them over in batches): a key (↓, then ↑) and the frame that shows it.
#[divan::bench(args = [10_000, 100_000])]
fn home_key_to_frame_80x24(bencher: Bencher, files: usize) {
    let mut app = App::new(Deck::embedded(), "2026-11-23");
    update(&mut app, Msg::ListStarted { total: files });
    let entries: Vec<refleks::app::SavedEntry> = (0..files)
        .map(|i| refleks::app::SavedEntry {
            path: format!("/s/team-{i}-2026-01-01.toml").into(),
            team: format!("Team {}", i % (files / 2)),
            created: "2026-01-01".into(),
            updated: format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
            progress: Some((i % 134, 134)),
            unknown: 0,
            problem: None,
            place: None,
        })
        .collect();
    for batch in entries.chunks(250) {
        update(&mut app, Msg::ListBatch(batch.to_vec()));
    }
    update(&mut app, Msg::ListDone);
    // Halfway down the list.
    app.home_selected = app.home_items().len() / 2;
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let keys = [KeyCode::Down, KeyCode::Up];
    let mut i = 0;
    bencher.bench_local(|| {
        let key = KeyEvent::new(keys[i % keys.len()], KeyModifiers::NONE);
        i += 1;
        divan::black_box(update(&mut app, Msg::Key(key)));
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
    });
}

#[divan::bench]
fn summary_frame_200x60(bencher: Bencher) {
    let mut app = working_app();
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE)),
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
    });
}

/// A score key: update plus the frame that shows it (the save itself runs in the runner).
#[divan::bench]
fn key_press_to_frame_200x60(bencher: Bencher) {
    let mut app = working_app();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let keys = ['2', 'j', '3', 'k'];
    let mut i = 0;
    bencher.bench_local(|| {
        let key = KeyEvent::new(KeyCode::Char(keys[i % keys.len()]), KeyModifiers::NONE);
        i += 1;
        divan::black_box(update(&mut app, Msg::Key(key)));
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
    });
}

/// Typing in the note editor: update (text copied into the assessment) plus the frame.
#[divan::bench]
fn typing_in_note_to_frame_200x60(bencher: Bencher) {
    let mut app = working_app();
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE)),
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        let key = KeyEvent::new(KeyCode::Char('æ'), KeyModifiers::NONE);
        divan::black_box(update(&mut app, Msg::Key(key)));
        terminal.draw(|f| refleks::ui::draw(f, &app)).unwrap();
    });
}

/// What typing costs the runner per keystroke besides the frame: the pending bytes, laid over
/// the file's own text (comments and layout kept). A small file, and one of 0.94 MB (a note on
/// every anvisning).
#[divan::bench(args = [0, 1_000_000])]
fn pending_bytes_laid_over_the_file(bencher: Bencher, extra: usize) {
    let app = working_app();
    let mut a = app.session.as_ref().unwrap().assessment.clone();
    if extra > 0 {
        for g in &app.deck.guidelines {
            for x in &g.anvisninger {
                a.answer_mut(&x.id).note = format!("note {} ", x.id).repeat(extra / 12 / 134);
            }
        }
    }
    let base = refleks::assessment::to_toml(&a);
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        a.answer_mut("2.1.1").note = format!("skrevet {n}");
        divan::black_box(refleks::assessment::to_toml_over(&base, &a));
    });
}

/// Serialize and atomically write one assessment (fsync included): off the typing path.
#[divan::bench]
fn save_assessment(bencher: Bencher) {
    let app = working_app();
    let dir = std::env::temp_dir().join(format!("refleks-bench-{}", std::process::id()));
    let store = refleks::store::Store::open(Some(&dir)).unwrap();
    let assessment = &app.session.as_ref().unwrap().assessment;
    let mut held = store.create(assessment).unwrap();
    bencher.bench_local(|| refleks::store::Store::save(&mut held, assessment).unwrap());
    drop(held);
    let _ = std::fs::remove_dir_all(&dir);
}
