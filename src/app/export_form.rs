//! Where the minutes go: a folder, filled in with the one beside the assessment in the store.

use super::LineInput;
use super::limit::MAX_LONG_LINE_CHARS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportForm {
    pub folder: LineInput,
}

impl ExportForm {
    pub fn new(folder: &str) -> ExportForm {
        ExportForm {
            folder: LineInput::new(folder, MAX_LONG_LINE_CHARS),
        }
    }
}
