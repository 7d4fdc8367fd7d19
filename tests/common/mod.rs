//! Helpers shared by the integration tests.
// Not every test binary uses every helper.
#![allow(dead_code)]

/// `text` with Windows' path separators written as Unix's, so one snapshot or expected path
/// serves both. JSON writes a separator as `\\`; an escape the app prints for a control
/// character (`\u001b`) is not a separator and stays.
pub fn unix_paths(text: &str) -> String {
    if !cfg!(windows) {
        return text.to_string();
    }
    let text = text.replace("\\\\", "/");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let escape = after
            .strip_prefix('u')
            .is_some_and(|hex| hex.chars().take(4).filter(char::is_ascii_hexdigit).count() == 4);
        out.push(if escape { '\\' } else { '/' });
        rest = after;
    }
    out.push_str(rest);
    out
}

pub mod cli;
pub mod contrast;
pub mod drive;
pub mod screen;
pub mod store;

/// A small RFC 4180 reader with `;` as separator, to check what a spreadsheet would read.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, ch) => field.push(ch),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "a bare CR ends no line");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF outside quotes: lines must end in CRLF"),
            (false, ch) => field.push(ch),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last line lacks CRLF"
    );
    records
}

/// Every file of an .xlsx workbook (a zip of XML), by name, to check what Excel would read.
#[allow(dead_code)]
/// Every worksheet's XML of an unzipped workbook, together: the text cells are in them (written
/// inline, see `refleks::xlsx::Book`).
pub fn sheet_text(files: &std::collections::HashMap<String, String>) -> String {
    let mut names: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with("xl/worksheets/"))
        .collect();
    names.sort();
    names.iter().map(|k| files[*k].as_str()).collect()
}

pub fn unzip(bytes: &[u8]) -> std::collections::HashMap<String, String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut files = std::collections::HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap();
        files.insert(f.name().unwrap().to_string(), text);
    }
    files
}
