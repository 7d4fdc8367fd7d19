//! The screen as text, for the snapshot tests of every screen: the app drawn on ratatui's
//! `TestBackend`, one line per row, trailing blanks trimmed. Like the runner, it keeps what the
//! frame drew where (`App::areas`), so the keys after it scroll and click as in the app. Each
//! frame is also checked for contrast in every terminal scheme (`contrast::check`).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use refleks::app::App;

pub fn render(app: &mut App, w: u16, h: u16) -> String {
    text(&draw(app, w, h))
}

/// The frame itself, with its colours, as the runner would draw it (and checked for contrast).
pub fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    frame(app, w, h).0
}

/// The frame and where the terminal's cursor is shown, if it is. Every frame is checked: it
/// reads in every scheme, and a cursor shown sits on the selection's marker `▶`.
pub fn frame(app: &mut App, w: u16, h: u16) -> (Buffer, Option<Position>) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut areas = Default::default();
    terminal
        .draw(|f| areas = refleks::ui::render(f, app))
        .unwrap();
    app.areas = areas;
    let backend = terminal.backend();
    let buffer = backend.buffer().clone();
    // Every frame a test draws reads in every scheme, in whatever look the app has.
    super::contrast::check(&buffer);
    let cursor = backend.cursor_visible().then(|| backend.cursor_position());
    if let Some(at) = cursor {
        assert_eq!(
            buffer[at].symbol(),
            "▶",
            "the cursor at {at:?} is not on a marker:\n{}",
            text(&buffer)
        );
    }
    (buffer, cursor)
}

/// A frame as text: one line per row, trailing blanks trimmed.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
