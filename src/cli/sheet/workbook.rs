//! A spreadsheet file as cells: .xlsx and .ods read by `calamine` (with each .xlsx cell's
//! number format, to know a percentage), .csv by the `csv` crate. Nothing here knows the
//! layout of a case.

use std::fmt;
use std::path::Path;

use calamine::{Data, Reader};

use crate::content::leaks::dates::Precision;

/// Largest spreadsheet read, in bytes. A case is a few tens of kilobytes of text.
pub const MAX_SHEET_BYTES: u64 = 16 * 1024 * 1024;

/// A cell's value as the spreadsheet stored it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number; `percent` when the cell is formatted as a percentage, so that `12%` is
    /// stored as 0.12 and shown as 12.
    Number {
        value: f64,
        percent: bool,
    },
    /// A date stored as a date (a serial number in a date format, or an .ods date), as year,
    /// month (1-12) and day.
    Date(i32, u8, u8),
    Bool(bool),
    /// What a formula left instead of a value (`#REF!`).
    Error(String),
}

impl Cell {
    /// Nothing in it, or only spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// One sheet's cells, by row and column from the top left.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet's name; `None` for a .csv file, which has no sheets.
    pub name: Option<String>,
    /// The number (1 for the first) of the row `rows[0]` is.
    pub first_row: usize,
    /// Each row's cells from column A.
    pub rows: Vec<Vec<Cell>>,
    /// Whether a number cell says when it is a percentage ([`Cell::Number`]'s `percent`):
    /// true for .xlsx; false for .ods, whose formats calamine does not read, so that 12%
    /// there is a plain 0.12.
    pub percent_known: bool,
}

const EMPTY: Cell = Cell::Empty;

impl Sheet {
    /// The cell at `row` (an index into `rows`) and `column` (0 for A).
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&EMPTY)
    }

    /// Where the cell at `row` (an index into `rows`) and `column` is.
    pub fn at(&self, row: usize, column: usize) -> CellRef {
        CellRef {
            sheet: self.name.clone(),
            row: self.first_row + row,
            column,
        }
    }
}

/// A cell's place as a spreadsheet names it: `Stages!H7`, or `H7` in a .csv file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CellRef {
    pub sheet: Option<String>,
    /// The row's number, 1 for the first.
    pub row: usize,
    /// The column, 0 for A.
    pub column: usize,
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(sheet) = &self.sheet {
            // A sheet name with a space is quoted, as in a formula: 'Read me'!A1.
            if sheet.contains(|c: char| !c.is_alphanumeric()) {
                write!(f, "'{}'!", sheet.replace('\'', "''"))?;
            } else {
                write!(f, "{sheet}!")?;
            }
        }
        write!(f, "{}{}", column_letters(self.column), self.row)
    }
}

/// A column's letters: 0 is `A`, 25 `Z`, 26 `AA`.
pub fn column_letters(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A workbook's sheets, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// The sheet called `name`, in any case and with any spaces around it.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| {
            s.name
                .as_deref()
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(name))
        })
    }

    /// The sheets' names, for a message.
    pub fn names(&self) -> Vec<String> {
        self.sheets.iter().filter_map(|s| s.name.clone()).collect()
    }
}

/// The kinds of spreadsheet file read, by their extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Ods,
    Csv,
}

impl Format {
    /// The format of `path`, from its extension (any case).
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "ods" => Some(Format::Ods),
            "csv" | "txt" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Read the spreadsheet at `path`: .xlsx, .ods or .csv (a .csv gives one sheet without a
/// name).
///
/// # Errors
/// A sentence saying why the file cannot be read: missing, too large, not a spreadsheet, not
/// UTF-8 text (a .csv).
pub fn read(path: &Path) -> Result<Workbook, String> {
    let format = Format::of(path).ok_or_else(|| {
        "Takedown reads .xlsx, .ods and .csv spreadsheets: save the file in one of them".to_string()
    })?;
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read the file: {e}"))?
        .len();
    if size > MAX_SHEET_BYTES {
        return Err(format!(
            "the file is {size} bytes; a case's spreadsheet may be at most {MAX_SHEET_BYTES}"
        ));
    }
    match format {
        Format::Csv => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
            read_csv(&bytes).map(|sheet| Workbook {
                sheets: vec![sheet],
            })
        }
        Format::Xlsx | Format::Ods => read_workbook(path, format),
    }
}

fn read_workbook(path: &Path, format: Format) -> Result<Workbook, String> {
    let mut book = calamine::open_workbook_auto(path).map_err(|e| {
        format!(
            "cannot read it as {}: {e}",
            if format == Format::Ods {
                "an OpenDocument spreadsheet"
            } else {
                "an Excel workbook"
            }
        )
    })?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| format!("cannot read the sheet `{name}`: {e}"))?;
        // Number formats are read from .xlsx files only (calamine gives none for .ods).
        let styles = book.worksheet_style(&name).ok();
        let mut rows = Vec::new();
        if let Some((last_row, last_column)) = range.end() {
            for r in 0..=last_row {
                let mut row = Vec::new();
                for c in 0..=last_column {
                    let format = styles
                        .as_ref()
                        .and_then(|s| s.get((r, c)))
                        .and_then(|style| style.number_format.as_ref())
                        .map(|f| f.format_code.as_str());
                    row.push(cell_of(range.get_value((r, c)), format));
                }
                rows.push(row);
            }
        }
        sheets.push(Sheet {
            name: Some(name),
            first_row: 1,
            rows,
            percent_known: format == Format::Xlsx,
        });
    }
    Ok(Workbook { sheets })
}

/// A number format that shows a percentage: a `%` outside quotes (`0%`, `0.0%`).
fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// What a date format shows: the day, or only the month (`mmmm yyyy`, `mmm-yy`), or only the
/// year (`yyyy`); quoted text and `[...]` codes left out.
fn date_shown(code: &str) -> Precision {
    let mut shown = String::new();
    let (mut quoted, mut bracket) = (false, false);
    for c in code.chars() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            _ if quoted || bracket => {}
            _ => shown.push(c.to_ascii_lowercase()),
        }
    }
    if shown.contains('d') {
        Precision::Day
    } else if shown.contains('m') {
        Precision::Month
    } else if shown.contains('y') {
        Precision::Year
    } else {
        Precision::Day
    }
}

/// A date as its cell shows it: a whole date, or the month or year alone as text (`2023-06`,
/// `2020`), as a case file writes them.
fn shown_date(y: i32, m: u8, d: u8, shown: Precision) -> Cell {
    match shown {
        Precision::Day => Cell::Date(y, m, d),
        Precision::Month => Cell::Text(format!("{y:04}-{m:02}")),
        Precision::Year => Cell::Text(format!("{y:04}")),
    }
}

/// A cell from calamine's value and, in an .xlsx file, its number format's code.
fn cell_of(data: Option<&Data>, format: Option<&str>) -> Cell {
    let percent = format.is_some_and(is_percent_format);
    match data {
        None | Some(Data::Empty) => Cell::Empty,
        Some(Data::Int(i)) => Cell::Number {
            value: *i as f64,
            percent,
        },
        Some(Data::Float(value)) => Cell::Number {
            value: *value,
            percent,
        },
        Some(Data::String(text)) => Cell::Text(text.clone()),
        Some(Data::Bool(b)) => Cell::Bool(*b),
        Some(Data::DateTime(date)) if date.is_datetime() => {
            let (y, m, d, ..) = date.to_ymd_hms_milli();
            shown_date(y.into(), m, d, format.map_or(Precision::Day, date_shown))
        }
        // A duration (`[hh]:mm`) is no date: its number.
        Some(Data::DateTime(date)) => Cell::Number {
            value: date.as_f64(),
            percent: false,
        },
        Some(Data::DateTimeIso(text)) => iso_date(text).unwrap_or_else(|| Cell::Text(text.clone())),
        Some(Data::DurationIso(text)) => Cell::Text(text.clone()),
        Some(Data::Error(e)) => Cell::Error(e.to_string()),
    }
}

/// `2023-06-27` or `2023-06-27T00:00:00` as a date.
fn iso_date(text: &str) -> Option<Cell> {
    let day = text.split('T').next()?;
    let mut parts = day.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    Some(Cell::Date(y, m, d))
}

/// A date from a spreadsheet's serial number (days since 1899-12-30 in the 1900 date system,
/// Excel's and LibreOffice's default), as calamine counts it.
/// Year, month (1-12) and day.
pub fn date_of_serial(serial: f64) -> (i32, u8, u8) {
    let date = calamine::ExcelDateTime::new(serial, calamine::ExcelDateTimeType::DateTime, false);
    let (y, m, d, ..) = date.to_ymd_hms_milli();
    (y.into(), m, d)
}

/// A .csv file as one sheet of text cells: UTF-8, with or without a byte-order mark; cells
/// separated by commas, or by semicolons or tabs when the first line has more of them (as a
/// spreadsheet set to a language with a decimal comma writes it). A `'` put before a cell
/// that starts with `=`, `+`, `-` or `@` (so a spreadsheet does not run it) is taken off.
///
/// # Errors
/// A sentence when the bytes are not UTF-8 or not CSV.
pub fn read_csv(bytes: &[u8]) -> Result<Sheet, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        "the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or choose UTF-8 as the \
         character set (LibreOffice)"
            .to_string()
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (first_line.matches(*d as char).count(), *d == b','))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    // A row per record, and one per blank line the reader skips, so that rows are numbered
    // as a spreadsheet numbers them (a cell of several lines is one row). The reader counts
    // lines: those it went through for a record, less the record's own, were blank.
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let before = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(format!("cannot read it as CSV: {e}")),
        }
        let own = 1 + record
            .iter()
            .map(|f| f.matches('\n').count() as u64)
            .sum::<u64>();
        let blank = (reader.position().line() - before).saturating_sub(own);
        for _ in 0..blank {
            rows.push(Vec::new());
        }
        rows.push(
            record
                .iter()
                .map(|cell| {
                    let cell = match cell.strip_prefix('\'') {
                        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
                        _ => cell,
                    };
                    if cell.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(cell.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Sheet {
        name: None,
        first_row: 1,
        rows,
        // Every cell of a .csv is text: `12%` says what it is.
        percent_known: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(7), "H");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        let at = |sheet: Option<&str>| CellRef {
            sheet: sheet.map(str::to_string),
            row: 7,
            column: 7,
        };
        assert_eq!(at(Some("Stages")).to_string(), "Stages!H7");
        assert_eq!(at(Some("Read me")).to_string(), "'Read me'!H7");
        assert_eq!(at(None).to_string(), "H7");
    }

    #[test]
    fn percent_formats_are_told_from_others() {
        assert!(is_percent_format("0%"));
        assert!(is_percent_format("0.00%"));
        assert!(!is_percent_format("General"));
        assert!(!is_percent_format("0\" %\""));
        assert!(!is_percent_format("0\\%"));
    }

    #[test]
    fn a_date_cell_is_as_precise_as_it_shows() {
        assert_eq!(date_shown("yyyy-mm-dd"), Precision::Day);
        assert_eq!(date_shown("dd/mm/yyyy"), Precision::Day);
        assert_eq!(date_shown("mmmm yyyy"), Precision::Month);
        assert_eq!(date_shown("[$-409]mmm-yy;@"), Precision::Month);
        assert_eq!(date_shown("yyyy"), Precision::Year);
        assert_eq!(date_shown("\"day \"yyyy"), Precision::Year);
        assert_eq!(
            shown_date(2023, 6, 1, Precision::Month),
            Cell::Text("2023-06".into())
        );
        assert_eq!(
            shown_date(2020, 1, 1, Precision::Year),
            Cell::Text("2020".into())
        );
    }

    #[test]
    fn serial_numbers_are_dates() {
        assert_eq!(date_of_serial(45104.0), (2023, 6, 27));
        assert_eq!(date_of_serial(43891.0), (2020, 3, 1));
    }

    #[test]
    fn csv_files_with_commas_semicolons_and_a_byte_order_mark() {
        let sheet = read_csv("\u{feff}Field,Value\r\nId,exclu\r\n,\r\n".as_bytes()).unwrap();
        assert_eq!(sheet.rows.len(), 3);
        assert_eq!(sheet.cell(0, 0), &Cell::Text("Field".into()));
        assert_eq!(sheet.cell(1, 1), &Cell::Text("exclu".into()));
        assert!(sheet.cell(2, 0).is_blank() && sheet.cell(2, 5).is_blank());
        let sheet = read_csv("Field;Value\nTruth;6,558\n'=1+1;x\n".as_bytes()).unwrap();
        // Blank lines are rows; a cell of several lines is one row.
        let sheet_with_gaps = read_csv("A,B\n\n\n\"two\nlines\",x\n\nlast,y\n".as_bytes()).unwrap();
        assert_eq!(sheet_with_gaps.rows.len(), 6);
        assert_eq!(sheet_with_gaps.cell(3, 0), &Cell::Text("two\nlines".into()));
        assert!(sheet_with_gaps.rows[4].is_empty());
        assert_eq!(sheet_with_gaps.cell(5, 0), &Cell::Text("last".into()));
        assert_eq!(sheet_with_gaps.at(5, 0).to_string(), "A6");
        assert_eq!(sheet.cell(1, 1), &Cell::Text("6,558".into()));
        assert_eq!(sheet.cell(2, 0), &Cell::Text("=1+1".into()));
        assert!(read_csv(b"Field,\xff\n").unwrap_err().contains("UTF-8"));
    }
}
