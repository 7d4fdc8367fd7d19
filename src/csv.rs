//! The one CSV dialect every export uses: the one Danish Excel opens with a double click, æøå
//! intact.
//!
//! - UTF-8 with a byte-order mark (without it Excel guesses Windows-1252 and garbles æøå);
//! - `;` between fields (Danish Excel uses `,` as the decimal mark, so it expects `;`);
//! - CRLF after every record, the header included;
//! - RFC 4180 quoting: a field holding `;`, `"`, CR or LF is put in quotes, and quotes inside it
//!   are doubled. Line breaks inside a note stay (LF), so the note keeps its lines in the cell;
//! - text from a file or a person that starts with `=`, `+`, `-` or `@` gets a leading `'` (see
//!   [`text`]), so a spreadsheet never runs it as a formula (OWASP "CSV injection"). Numbers the
//!   program writes itself, like a change of `-1`, are left alone so they stay numbers.

use crate::text::clean_text;

pub const BOM: &str = "\u{feff}";
pub const SEPARATOR: char = ';';

/// Characters that make a spreadsheet read a cell as a formula, also in their full-width forms
/// (Excel folds `＝` to `=`).
const FORMULA_START: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// Text for a field: control characters cleaned, and kept from being read as a formula. The
/// check runs after cleaning, so a leading byte-order mark or zero-width character (dropped by
/// the cleaning) cannot hide a formula behind it.
pub fn text(s: &str) -> String {
    let mut text = clean_text(s);
    if text.starts_with(FORMULA_START) {
        text.insert(0, '\'');
    }
    text
}

/// One field, quoted when RFC 4180 asks for it.
pub fn field(s: &str) -> String {
    if s.contains([SEPARATOR, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One record: fields quoted where needed, `;` between them, CRLF after.
pub fn record<S: AsRef<str>>(out: &mut String, fields: impl IntoIterator<Item = S>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        out.push_str(&field(f.as_ref()));
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(field("enkel"), "enkel");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("sagde \"nej\""), "\"sagde \"\"nej\"\"\"");
        assert_eq!(field("to\nlinjer"), "\"to\nlinjer\"");
        assert_eq!(field("æøå"), "æøå");
    }

    #[test]
    fn formulas_in_text_are_defused_but_numbers_are_not_touched() {
        assert_eq!(text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text("- punkt"), "'- punkt");
        assert_eq!(text("a\u{1b}b"), "a\u{fffd}b");
        // Issue 12, break 10: full-width signs and invisible characters in front.
        assert_eq!(text("＝HYPERLINK(\"x\")"), "'＝HYPERLINK(\"x\")");
        assert_eq!(text("\u{feff}=1+1"), "'=1+1");
        assert_eq!(text("\u{200b}@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("＋1"), "'＋1");
        let mut out = String::new();
        record(&mut out, ["-1", "x;y"]);
        assert_eq!(out, "-1;\"x;y\"\r\n");
    }
}
