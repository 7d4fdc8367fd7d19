//! The screen as text, for the snapshot tests of every screen: the app drawn on ratatui's
//! `TestBackend`, one line per row, trailing blanks trimmed. Like the runner, it keeps what the
//! frame drew where (`App::areas`), so the keys after it scroll and click as in the app.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use refleks::app::App;

pub fn render(app: &mut App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut areas = Default::default();
    terminal
        .draw(|f| areas = refleks::ui::render(f, app))
        .unwrap();
    app.areas = areas;
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
