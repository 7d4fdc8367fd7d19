//! The summary of the open assessment. (Filled in below.)

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;

pub fn draw(_frame: &mut Frame, _area: Rect, _app: &App) {}
