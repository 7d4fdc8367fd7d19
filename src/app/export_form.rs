//! Where the minutes go: a folder, filled in with the one beside the assessment in the store.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportForm {
    pub folder: String,
}
