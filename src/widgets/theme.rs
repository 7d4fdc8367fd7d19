//! Styles. Meaning never rests on colour alone: every coloured thing also has a word or a symbol.
//!
//! The base is the terminal's own colours with bold, reverse and underline, because any colour
//! we pick for text on the user's background fails somewhere: blue on black, yellow on white,
//! anything on the classic blue PowerShell window. A colour is only used with its background
//! set too, so the pair is ours (`[LOVKRAV]` black on bright yellow). `--tema kontrast` paints
//! the whole screen white on black from the fixed 256-colour cube (the same in every scheme);
//! `--tema sh` (and `NO_COLOR`) uses no colour at all. `tests/common/contrast.rs` checks every
//! frame the tests draw against seven terminal schemes.

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::{border, scrollbar};

/// The colours: `--tema`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Tema {
    /// Terminalens egne farver; lovkrav sort på gult
    #[default]
    Standard,
    /// Hvid på sort over hele skærmen, overskrifter gule
    Kontrast,
    /// Ingen farver: kun fed, understreget og omvendt
    Sh,
}

/// The frames around panes and popups: `--rammer`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Rammer {
    /// Streger
    #[default]
    Linjer,
    /// Kun tegn fra ASCII: + - |
    Ascii,
    /// Ingen rammer (titlerne står stadig)
    Ingen,
}

/// How the app looks. Kept in `App::look` and installed for each frame by the view, so every
/// drawing function reads it without it being handed through each of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    pub tema: Tema,
    pub rammer: Rammer,
}

impl Look {
    /// What the command line asked for; with no `--tema`, `NO_COLOR` (set and not empty) means
    /// no colour.
    pub fn chosen(tema: Option<Tema>, rammer: Option<Rammer>, no_color: bool) -> Look {
        Look {
            tema: tema.unwrap_or(if no_color { Tema::Sh } else { Tema::Standard }),
            rammer: rammer.unwrap_or_default(),
        }
    }
}

thread_local! {
    // Per thread: tests draw in different looks side by side, each on its own thread.
    static LOOK: Cell<Look> = Cell::new(Look::default());
}

/// Makes `look` the one every style below answers for, on this thread, until changed.
pub fn install(look: Look) {
    LOOK.set(look);
}

fn tema() -> Tema {
    LOOK.get().tema
}

// Colours of the 256-colour cube and grey ramp (16–255): their RGB values are fixed by the
// standard, unlike 0–15, which every scheme sets as it likes.
const BLACK: Color = Color::Indexed(16);
const WHITE: Color = Color::Indexed(231);
const YELLOW: Color = Color::Indexed(226);
const LIGHT_CYAN: Color = Color::Indexed(159);
const LIGHT_RED: Color = Color::Indexed(217);
const LIGHT_GREEN: Color = Color::Indexed(157);

/// In a colour theme `colour`, in `sh` nothing.
fn kontrast(colour: Color) -> Style {
    match tema() {
        Tema::Kontrast => Style::default().fg(colour),
        Tema::Standard | Tema::Sh => Style::default(),
    }
}

pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn heading() -> Style {
    kontrast(YELLOW).add_modifier(Modifier::BOLD)
}

/// What is less important. Not grey: grey on the user's background is what fails first.
pub fn dim() -> Style {
    Style::default()
}

pub fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

pub fn requirement() -> Style {
    match tema() {
        Tema::Standard => Style::default()
            .fg(Color::Black)
            .bg(Color::LightYellow)
            .add_modifier(Modifier::BOLD),
        Tema::Kontrast => Style::default()
            .fg(BLACK)
            .bg(YELLOW)
            .add_modifier(Modifier::BOLD),
        Tema::Sh => Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    }
}

pub fn recommendation() -> Style {
    kontrast(LIGHT_CYAN)
}

pub fn error() -> Style {
    kontrast(LIGHT_RED).add_modifier(Modifier::BOLD)
}

pub fn ok() -> Style {
    kontrast(LIGHT_GREEN)
}

pub fn key() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn focused_border() -> Style {
    kontrast(YELLOW).add_modifier(Modifier::BOLD)
}

/// A search hit inside a text: reversed and underlined, so it shows without colour too.
pub fn found(base: Style) -> Style {
    base.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
}

/// The frame's last touch: in `kontrast` every cell left in the terminal's own colours (also
/// what a popup cleared) gets white on black, so no part of the screen depends on the scheme.
pub fn finish(buffer: &mut Buffer) {
    if tema() != Tema::Kontrast {
        return;
    }
    for cell in &mut buffer.content {
        if cell.fg == Color::Reset {
            cell.fg = WHITE;
        }
        if cell.bg == Color::Reset {
            cell.bg = BLACK;
        }
    }
}

/// The characters of a frame, by `--rammer`: `thick` for the pane in focus, `double` for a popup.
pub fn border_set(kind: BorderKind) -> border::Set<'static> {
    match LOOK.get().rammer {
        Rammer::Linjer => match kind {
            BorderKind::Plain => border::PLAIN,
            BorderKind::Thick => border::THICK,
            BorderKind::Double => border::DOUBLE,
        },
        Rammer::Ascii => match kind {
            BorderKind::Plain => ASCII,
            // Focus and popups still stand out without the box characters.
            BorderKind::Thick | BorderKind::Double => ASCII_STRONG,
        },
        // Spaces, not no border: the panes keep their places, and their titles stay.
        Rammer::Ingen => NONE,
    }
}

/// A line drawn inside a pane (a rule, a bar's edge, an answer's margin), by `--rammer`.
pub fn vertical() -> &'static str {
    match LOOK.get().rammer {
        Rammer::Linjer => "│",
        Rammer::Ascii => "|",
        Rammer::Ingen => " ",
    }
}

pub fn horizontal() -> &'static str {
    match LOOK.get().rammer {
        Rammer::Linjer => "─",
        Rammer::Ascii => "-",
        Rammer::Ingen => " ",
    }
}

/// A scrolled pane's bar. Kept in ASCII without frames too: it says there is more to read.
pub fn scrollbar() -> scrollbar::Set<'static> {
    match LOOK.get().rammer {
        Rammer::Linjer => scrollbar::DOUBLE_VERTICAL,
        Rammer::Ascii | Rammer::Ingen => scrollbar::Set {
            track: "|",
            thumb: "#",
            begin: "^",
            end: "v",
        },
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BorderKind {
    Plain,
    Thick,
    Double,
}

const ASCII: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

const ASCII_STRONG: border::Set<'static> = border::Set {
    top_left: "#",
    top_right: "#",
    bottom_left: "#",
    bottom_right: "#",
    vertical_left: "#",
    vertical_right: "#",
    horizontal_top: "=",
    horizontal_bottom: "=",
};

const NONE: border::Set<'static> = border::Set {
    top_left: " ",
    top_right: " ",
    bottom_left: " ",
    bottom_right: " ",
    vertical_left: " ",
    vertical_right: " ",
    horizontal_top: " ",
    horizontal_bottom: " ",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_sh_unless_a_theme_is_asked_for() {
        assert_eq!(Look::chosen(None, None, true).tema, Tema::Sh);
        assert_eq!(Look::chosen(None, None, false).tema, Tema::Standard);
        assert_eq!(
            Look::chosen(Some(Tema::Kontrast), None, true).tema,
            Tema::Kontrast
        );
    }

    #[test]
    fn sh_has_no_colour_and_still_marks_a_requirement() {
        install(Look {
            tema: Tema::Sh,
            rammer: Rammer::Linjer,
        });
        for style in [heading(), requirement(), recommendation(), error(), ok()] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
        assert!(requirement().add_modifier.contains(Modifier::BOLD));
        install(Look::default());
    }

    #[test]
    fn kontrast_fills_what_the_terminal_would_colour() {
        install(Look {
            tema: Tema::Kontrast,
            rammer: Rammer::Linjer,
        });
        let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 2, 1));
        buffer[(1, 0)].set_style(requirement());
        finish(&mut buffer);
        assert_eq!((buffer[(0, 0)].fg, buffer[(0, 0)].bg), (WHITE, BLACK));
        assert_eq!((buffer[(1, 0)].fg, buffer[(1, 0)].bg), (BLACK, YELLOW));
        install(Look::default());
    }
}
