//! The one Excel dialect of every `--format xlsx`: a workbook of plain sheets, each a header row
//! and rows under it. Ids (`2.1`, `3.10`) are written as text, so Excel never makes them dates
//! or numbers; means are numbers shown with one decimal (Excel shows the decimal comma of the
//! user's own settings); the header row is bold and frozen, has an autofilter, and every column
//! has a width. Text is cleaned of control characters; a cell of text is never a formula.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::text::clean_text;

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// Shown with one decimal.
    Mean(f64),
    /// Shown as a whole number: a count or a level.
    Count(f64),
    Empty,
}

impl Cell {
    pub fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    pub fn mean(m: Option<f64>) -> Cell {
        m.map_or(Cell::Empty, |m| Cell::Mean(crate::number::round1(m)))
    }

    pub fn count(n: usize) -> Cell {
        Cell::Count(n as f64)
    }
}

/// One sheet: its name (at most 31 characters, none of `[]:*?/\`), the column heads with their
/// widths in characters, the rows, and notes written two rows under the table.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub columns: Vec<(String, f64)>,
    /// Columns kept in view when scrolling sideways (the team's name, say).
    pub frozen_columns: u16,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<String>,
}

impl Sheet {
    pub fn new(name: &str, columns: &[(&str, f64)]) -> Sheet {
        Sheet {
            name: name.to_string(),
            columns: columns.iter().map(|(h, w)| (h.to_string(), *w)).collect(),
            ..Sheet::default()
        }
    }
}

/// The workbook as the bytes of an .xlsx file. An error is the library's, in its words: it
/// means a bug here, never something in the user's files.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    build(sheets).map_err(|e| e.to_string())
}

fn build(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new();
    for sheet in sheets {
        let mut out = book.sheet(sheet)?;
        for row in &sheet.rows {
            out.row(row)?;
        }
        out.end(&sheet.notes)?;
    }
    book.book.save_to_buffer()
}

/// A workbook written a row at a time: every sheet is in rust_xlsxwriter's "constant memory"
/// mode (each row goes to a temp file as soon as the next begins, text inline), so a sheet of
/// 100,000 rows never stands whole in memory. Sheets are written one after the other.
pub struct Book {
    book: Workbook,
    formats: Formats,
}

struct Formats {
    head: Format,
    mean: Format,
    count: Format,
    note: Format,
}

impl Default for Book {
    fn default() -> Book {
        Book::new()
    }
}

impl Book {
    pub fn new() -> Book {
        Book {
            book: Workbook::new(),
            formats: Formats {
                head: Format::new().set_bold().set_text_wrap(),
                mean: Format::new().set_num_format("0.0"),
                count: Format::new().set_num_format("0"),
                note: Format::new().set_italic(),
            },
        }
    }

    /// Begins a sheet from `sheet`'s name, columns and frozen columns (its rows and notes are
    /// not looked at): the header row is written; rows follow with [`SheetOut::row`].
    pub fn sheet(&mut self, sheet: &Sheet) -> Result<SheetOut<'_>, XlsxError> {
        let ws = self.book.add_worksheet_with_constant_memory()?;
        let f = &self.formats;
        ws.set_name(sheet_name(&sheet.name))?;
        for (c, (title, width)) in sheet.columns.iter().enumerate() {
            let c = col(c);
            ws.write_string_with_format(0, c, clean_text(title), &f.head)?;
            ws.set_column_width(c, *width)?;
        }
        ws.set_freeze_panes(1, sheet.frozen_columns)?;
        // On paper: landscape A4, as wide as the page.
        ws.set_landscape()
            .set_paper_size(9)
            .set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0)?;
        Ok(SheetOut {
            ws,
            formats: f,
            rows: 0,
            columns: sheet.columns.len(),
        })
    }

    /// The finished workbook, written to `w`.
    pub fn save<W: std::io::Write + Send>(mut self, w: W) -> Result<(), XlsxError> {
        self.book.save_to_writer(w)
    }
}

/// A sheet being written: rows in order, then [`SheetOut::end`].
pub struct SheetOut<'a> {
    ws: &'a mut Worksheet,
    formats: &'a Formats,
    /// Rows written under the header.
    rows: u32,
    columns: usize,
}

impl SheetOut<'_> {
    pub fn row(&mut self, cells: &[Cell]) -> Result<(), XlsxError> {
        self.rows = self.rows.saturating_add(1);
        for (c, cell) in cells.iter().enumerate() {
            write(
                self.ws,
                self.rows,
                col(c),
                cell,
                &self.formats.mean,
                &self.formats.count,
            )?;
        }
        Ok(())
    }

    /// The autofilter over the rows written, and `notes` two rows under them.
    pub fn end(self, notes: &[String]) -> Result<(), XlsxError> {
        let last_row = self.rows;
        if self.columns > 0 {
            self.ws.autofilter(0, 0, last_row, col(self.columns - 1))?;
        }
        for (i, text) in notes.iter().enumerate() {
            let r = last_row.saturating_add(2).saturating_add(i as u32);
            self.ws
                .write_string_with_format(r, 0, clean_text(text), &self.formats.note)?;
        }
        Ok(())
    }
}

fn write(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &Cell,
    mean: &Format,
    count: &Format,
) -> Result<(), XlsxError> {
    match cell {
        // write_string stores text as text: "=1+1" or "3.10" stays what it says.
        Cell::Text(s) => ws.write_string(r, c, fit(&clean_text(s))).map(|_| ()),
        Cell::Mean(v) => ws.write_number_with_format(r, c, *v, mean).map(|_| ()),
        Cell::Count(v) => ws.write_number_with_format(r, c, *v, count).map(|_| ()),
        Cell::Empty => Ok(()),
    }
}

/// Excel holds at most 32,767 characters in a cell (a list of thousands of team names can be
/// longer): longer text is cut, and says so.
const CELL_LIMIT: usize = 32_767;

fn fit(text: &str) -> String {
    const CUT: &str = " … (forkortet: en celle i Excel rummer højst 32.767 tegn)";
    // Excel counts UTF-16 units; a char is at most two.
    if text.encode_utf16().count() <= CELL_LIMIT {
        return text.to_string();
    }
    let mut out: String = text.chars().take((CELL_LIMIT - CUT.len()) / 2).collect();
    out.push_str(CUT);
    out
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// A name Excel accepts: the characters it forbids replaced, at most 31 characters.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    clean.chars().take(31).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_a_zip_file() {
        let mut sheet = Sheet::new(
            "Teams × retningslinjer",
            &[("Id", 8.0), ("Gennemsnit", 12.0)],
        );
        sheet
            .rows
            .push(vec![Cell::text("3.10"), Cell::mean(Some(2.25))]);
        sheet.rows.push(vec![Cell::text("=1+1"), Cell::Empty]);
        let bytes = workbook(&[sheet]).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }

    #[test]
    fn text_longer_than_a_cell_is_cut_and_says_so() {
        let long = "Team Nord (aalborg), ".repeat(3000);
        let mut sheet = Sheet::new("Lange navne", &[("Teams", 60.0)]);
        sheet.rows.push(vec![Cell::text(&long)]);
        assert!(
            workbook(&[sheet]).is_ok(),
            "63,000 characters fit after cutting"
        );
        let cut = fit(&long);
        assert!(cut.encode_utf16().count() <= CELL_LIMIT);
        assert!(cut.ends_with("32.767 tegn)"));
        assert_eq!(fit("kort"), "kort");
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(
            sheet_name("Lovkrav [ikke] sikret: 3/4"),
            "Lovkrav -ikke- sikret- 3-4"
        );
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
    }
}
