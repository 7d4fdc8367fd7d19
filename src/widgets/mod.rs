//! The drawing kit every place uses: measuring text, frames, the theme, scrolled panes, the
//! one-line field and a form's fields. Below both the model (`app`, whose places draw
//! themselves) and the views (`ui`): it knows neither.

pub mod fields;
pub mod frame;
pub mod line_input;
pub mod measure;
pub mod scroll;
pub mod theme;
