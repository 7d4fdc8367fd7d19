//! Styles. Meaning never rests on colour alone: every coloured thing also has a word or a symbol,
//! and with NO_COLOR set only bold, reverse and underline remain.

use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

fn color_enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
}

fn fg(color: Color) -> Style {
    if color_enabled() {
        Style::default().fg(color)
    } else {
        Style::default()
    }
}

pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn heading() -> Style {
    fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    if color_enabled() {
        Style::default().fg(Color::DarkGray)
    } else {
        Style::default()
    }
}

pub fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

pub fn requirement() -> Style {
    fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn recommendation() -> Style {
    fg(Color::Blue)
}

pub fn error() -> Style {
    fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn ok() -> Style {
    fg(Color::Green)
}

pub fn key() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn focused_border() -> Style {
    fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// A search hit inside a text: reversed and underlined, so it shows without colour too.
pub fn found(base: Style) -> Style {
    base.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
}
