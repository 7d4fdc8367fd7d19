//! Does every frame read in every light? The RGB palettes of the terminal schemes our users
//! meet, and the WCAG contrast of each drawn character against its background in each of them.
//! `screen::render` runs `check` on every frame the tests draw, so a colour pair that fails on
//! any scheme fails the test that drew it.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};

/// WCAG 2 AA for text.
pub const MINIMUM: f64 = 4.5;

type Rgb = (u8, u8, u8);

pub struct Scheme {
    pub name: &'static str,
    /// ANSI colours 0–15.
    pub ansi: [Rgb; 16],
    pub foreground: Rgb,
    pub background: Rgb,
}

const fn hex(v: u32) -> Rgb {
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

/// The schemes, from their published colour tables.
pub const SCHEMES: [Scheme; 8] = [
    Scheme {
        name: "Windows Terminal Campbell",
        ansi: [
            hex(0x0C0C0C),
            hex(0xC50F1F),
            hex(0x13A10E),
            hex(0xC19C00),
            hex(0x0037DA),
            hex(0x881798),
            hex(0x3A96DD),
            hex(0xCCCCCC),
            hex(0x767676),
            hex(0xE74856),
            hex(0x16C60C),
            hex(0xF9F1A5),
            hex(0x3B78FF),
            hex(0xB4009E),
            hex(0x61D6D6),
            hex(0xF2F2F2),
        ],
        foreground: hex(0xCCCCCC),
        background: hex(0x0C0C0C),
    },
    Scheme {
        name: "Windows Terminal One Half Dark",
        ansi: [
            hex(0x282C34),
            hex(0xE06C75),
            hex(0x98C379),
            hex(0xE5C07B),
            hex(0x61AFEF),
            hex(0xC678DD),
            hex(0x56B6C2),
            hex(0xDCDFE4),
            hex(0x5A6374),
            hex(0xE06C75),
            hex(0x98C379),
            hex(0xE5C07B),
            hex(0x61AFEF),
            hex(0xC678DD),
            hex(0x56B6C2),
            hex(0xDCDFE4),
        ],
        foreground: hex(0xDCDFE4),
        background: hex(0x282C34),
    },
    Scheme {
        name: "Windows Terminal One Half Light",
        ansi: [
            hex(0x383A42),
            hex(0xE45649),
            hex(0x50A14F),
            hex(0xC18301),
            hex(0x0184BC),
            hex(0xA626A4),
            hex(0x0997B3),
            hex(0xFAFAFA),
            hex(0x4F525D),
            hex(0xDF6C75),
            hex(0x98C379),
            hex(0xE4C07A),
            hex(0x61AFEF),
            hex(0xC577DD),
            hex(0x56B5C1),
            hex(0xFFFFFF),
        ],
        foreground: hex(0x383A42),
        background: hex(0xFAFAFA),
    },
    // The console's legacy table as the PowerShell shortcut sets it: dark magenta made the
    // blue background, dark yellow the near-white text; ANSI yellow and magenta are those slots.
    Scheme {
        name: "klassisk PowerShell (blå)",
        ansi: [
            hex(0x000000),
            hex(0x800000),
            hex(0x008000),
            hex(0xEEEDF0),
            hex(0x000080),
            hex(0x012456),
            hex(0x008080),
            hex(0xC0C0C0),
            hex(0x808080),
            hex(0xFF0000),
            hex(0x00FF00),
            hex(0xFFFF00),
            hex(0x0000FF),
            hex(0xFF00FF),
            hex(0x00FFFF),
            hex(0xFFFFFF),
        ],
        foreground: hex(0xEEEDF0),
        background: hex(0x012456),
    },
    Scheme {
        name: "xterm lys",
        ansi: XTERM,
        foreground: hex(0x000000),
        background: hex(0xFFFFFF),
    },
    Scheme {
        name: "xterm mørk",
        ansi: XTERM,
        foreground: hex(0xE5E5E5),
        background: hex(0x000000),
    },
    Scheme {
        name: "macOS Terminal Basic",
        ansi: [
            hex(0x000000),
            hex(0x990000),
            hex(0x00A600),
            hex(0x999900),
            hex(0x0000B2),
            hex(0xB200B2),
            hex(0x00A6B2),
            hex(0xBFBFBF),
            hex(0x666666),
            hex(0xE50000),
            hex(0x00D900),
            hex(0xE5E500),
            hex(0x0000FF),
            hex(0xE500E5),
            hex(0x00E5E5),
            hex(0xE5E5E5),
        ],
        foreground: hex(0x000000),
        background: hex(0xFFFFFF),
    },
    Scheme {
        name: "GNOME Tango mørk",
        ansi: [
            hex(0x2E3436),
            hex(0xCC0000),
            hex(0x4E9A06),
            hex(0xC4A000),
            hex(0x3465A4),
            hex(0x75507B),
            hex(0x06989A),
            hex(0xD3D7CF),
            hex(0x555753),
            hex(0xEF2929),
            hex(0x8AE234),
            hex(0xFCE94F),
            hex(0x729FCF),
            hex(0xAD7FA8),
            hex(0x34E2E2),
            hex(0xEEEEEC),
        ],
        foreground: hex(0xD3D7CF),
        background: hex(0x2E3436),
    },
];

const XTERM: [Rgb; 16] = [
    hex(0x000000),
    hex(0xCD0000),
    hex(0x00CD00),
    hex(0xCDCD00),
    hex(0x0000EE),
    hex(0xCD00CD),
    hex(0x00CDCD),
    hex(0xE5E5E5),
    hex(0x7F7F7F),
    hex(0xFF0000),
    hex(0x00FF00),
    hex(0xFFFF00),
    hex(0x5C5CFF),
    hex(0xFF00FF),
    hex(0x00FFFF),
    hex(0xFFFFFF),
];

impl Scheme {
    /// The RGB a terminal in this scheme shows for `color`; `Reset` is its default text colour
    /// (`fg`) or background.
    pub fn rgb(&self, color: Color, fg: bool) -> Rgb {
        let ansi = |i: usize| self.ansi[i];
        match color {
            Color::Reset if fg => self.foreground,
            Color::Reset => self.background,
            Color::Black => ansi(0),
            Color::Red => ansi(1),
            Color::Green => ansi(2),
            Color::Yellow => ansi(3),
            Color::Blue => ansi(4),
            Color::Magenta => ansi(5),
            Color::Cyan => ansi(6),
            Color::Gray => ansi(7),
            Color::DarkGray => ansi(8),
            Color::LightRed => ansi(9),
            Color::LightGreen => ansi(10),
            Color::LightYellow => ansi(11),
            Color::LightBlue => ansi(12),
            Color::LightMagenta => ansi(13),
            Color::LightCyan => ansi(14),
            Color::White => ansi(15),
            Color::Rgb(r, g, b) => (r, g, b),
            Color::Indexed(i) => indexed(self, i),
        }
    }

    /// The colours a cell is seen in: text, background (reverse video swaps them).
    pub fn cell(&self, cell: &Cell) -> (Rgb, Rgb) {
        let fg = self.rgb(cell.fg, true);
        let bg = self.rgb(cell.bg, false);
        if cell.modifier.contains(Modifier::REVERSED) {
            (bg, fg)
        } else {
            (fg, bg)
        }
    }
}

/// 0–15 from the scheme; 16–231 the colour cube and 232–255 the grey ramp, fixed by xterm's
/// 256-colour standard.
fn indexed(scheme: &Scheme, i: u8) -> Rgb {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match i {
        0..=15 => scheme.ansi[usize::from(i)],
        16..=231 => {
            let n = usize::from(i - 16);
            (LEVELS[n / 36], LEVELS[n / 6 % 6], LEVELS[n % 6])
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

fn luminance((r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2's contrast ratio, 1 to 21.
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Every cell that shows a character, in every scheme: none below `MINIMUM`. Panics naming the
/// first that is, its scheme, where it is and its colours.
pub fn check(buffer: &Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &buffer[(x, y)];
            if cell.symbol().trim().is_empty() {
                continue;
            }
            for scheme in &SCHEMES {
                let (fg, bg) = scheme.cell(cell);
                let r = ratio(fg, bg);
                assert!(
                    r >= MINIMUM,
                    "{:?} at ({x}, {y}) has contrast {r:.2}:1 in {} (fg {:?} = {fg:?}, bg {:?} = {bg:?}, {:?})",
                    cell.symbol(),
                    scheme.name,
                    cell.fg,
                    cell.bg,
                    cell.modifier,
                );
            }
        }
    }
}
