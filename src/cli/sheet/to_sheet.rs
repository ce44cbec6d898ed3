//! A case to a spreadsheet in the layout of [`super::layout`]: an .xlsx by `rust_xlsxwriter`
//! (a Read me sheet, then Case and Stages; headings bold and frozen, long texts wrapped, the
//! Kind, Scale and Recap columns picked from a list), or a .csv by the `csv` crate (the case's
//! rows, an empty row, the stages with their heading row).

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Workbook, XlsxError};

use super::layout::{
    CASE_HEADINGS, CASE_SHEET, CaseField, Column, Kind, READ_ME_SHEET, STAGES_SHEET, read_me,
};
use crate::content::{Case, Question, SCHEMA_VERSION, Scale, Stage, Truth};

/// A cell's value as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
}

impl Value {
    fn text(text: &str) -> Value {
        Value::Text(text.to_string())
    }

    /// As a .csv writes it: a number in full, shortest form that reads back exactly.
    fn csv(&self) -> String {
        match self {
            Value::Text(text) => crate::store::export::neutralise(text).into_owned(),
            Value::Number(n) => format!("{n}"),
        }
    }
}

/// The Case sheet's rows after its headings: each field with its value, one row per country
/// and per briefing paragraph.
pub fn case_rows(case: &Case) -> Vec<(CaseField, Value)> {
    let mut rows = Vec::new();
    for field in CaseField::ALL {
        let mut one = |value: Value| rows.push((field, value));
        match field {
            CaseField::Schema => one(Value::Number(SCHEMA_VERSION.into())),
            CaseField::Id => one(Value::text(&case.id)),
            CaseField::Title => one(Value::text(&case.title)),
            CaseField::Summary => one(Value::text(&case.summary)),
            CaseField::Years => one(Value::text(&case.years)),
            CaseField::Country => case.countries.iter().for_each(|c| one(Value::text(c))),
            CaseField::Briefing => case.briefing.iter().for_each(|p| one(Value::text(p))),
            CaseField::Lesson => one(Value::text(&case.lesson)),
            CaseField::Place => case
                .places
                .iter()
                .for_each(|p| one(Value::text(&super::cells::place_text(p)))),
        }
    }
    rows
}

/// A stage's row: the value of each column it fills.
pub fn stage_row(stage: &Stage) -> Vec<(Column, Value)> {
    let text = Value::text;
    let mut row = vec![
        (Column::StageId, text(&stage.id)),
        (Column::Title, text(&stage.title)),
        (Column::Narrative, text(&stage.narrative.join("\n"))),
    ];
    if let Some(date) = &stage.date {
        row.push((Column::Date, text(date)));
    }
    if !stage.places.is_empty() {
        let lines: Vec<String> = stage.places.iter().map(super::cells::place_text).collect();
        row.push((Column::Places, text(&lines.join("\n"))));
    }
    let q = &stage.question;
    let kind = match q {
        Question::Estimate(_) => Kind::Estimate,
        Question::Choice(_) => Kind::Choice,
        Question::Order(_) => Kind::Order,
    };
    row.push((Column::Kind, text(kind.label())));
    row.push((Column::Question, text(q.prompt())));
    row.push((Column::AsOf, text(q.as_of())));
    row.push((Column::Explanation, text(q.explanation())));
    if let Some(note) = q.disagreement() {
        row.push((Column::Disagreement, text(note)));
    }
    let source = q.source();
    row.push((Column::Publisher, text(&source.publisher)));
    row.push((Column::SourceTitle, text(&source.title)));
    row.push((Column::SourceDate, text(&source.date)));
    if let Some(url) = &source.url {
        row.push((Column::Url, text(url)));
    }
    match q {
        Question::Estimate(e) => {
            row.push((Column::Unit, text(&e.unit)));
            let scale = match e.scale {
                Scale::Log => "log",
                Scale::Linear => "linear",
            };
            row.push((Column::Scale, text(scale)));
            match e.truth {
                Truth::Value(v) => row.push((Column::Truth, Value::Number(v))),
                Truth::Range { low, high } => {
                    row.push((Column::Truth, Value::Number(low)));
                    row.push((Column::TruthHigh, Value::Number(high)));
                }
            }
            if let Some(slider) = e.slider {
                row.push((Column::SliderMin, Value::Number(slider.min)));
                row.push((Column::SliderMax, Value::Number(slider.max)));
            }
        }
        Question::Choice(c) => {
            if let Some(right) = c.correct_index() {
                row.push((Column::RightOption, Value::Number((right + 1) as f64)));
            }
            for (i, option) in c.options.iter().enumerate() {
                let n = u8::try_from(i + 1).unwrap_or(u8::MAX);
                row.push((Column::Option(n), text(&option.text)));
                row.push((Column::Why(n), text(&option.why)));
            }
        }
        Question::Order(o) => {
            for (i, event) in o.events.iter().enumerate() {
                let n = u8::try_from(i + 1).unwrap_or(u8::MAX);
                row.push((Column::Event(n), text(event)));
            }
            if !o.dates.is_empty() {
                row.push((Column::EventDates, text(&o.dates.join("\n"))));
            }
            if o.recap {
                row.push((Column::Recap, text("yes")));
            }
        }
    }
    row
}

/// The Stages sheet's rows under its headings, one per stage, a value (or nothing) for each
/// column of [`Column::all`].
fn stage_table(case: &Case) -> Vec<Vec<Option<Value>>> {
    let columns = Column::all();
    case.stages
        .iter()
        .map(|stage| {
            let mut cells = vec![None; columns.len()];
            for (column, value) in stage_row(stage) {
                if let Some(i) = columns.iter().position(|c| *c == column) {
                    cells[i] = Some(value);
                }
            }
            cells
        })
        .collect()
}

/// `case` as the text of a .csv file: a byte-order mark (so spreadsheets read it as UTF-8),
/// the Case rows, an empty row, the Stages heading row and one row per stage; text a
/// spreadsheet would run as a formula starts with `'`.
pub fn to_csv(case: &Case) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(crate::store::export::CSV_BOM.as_bytes().to_vec());
    // Writing to memory cannot fail.
    let _ = writer.write_record(CASE_HEADINGS);
    for (field, value) in case_rows(case) {
        let _ = writer.write_record([field.label().to_string(), value.csv()]);
    }
    let _ = writer.write_record([""]);
    let _ = writer.write_record(Column::all().iter().map(|c| c.label()));
    for row in stage_table(case) {
        let _ = writer.write_record(
            row.iter()
                .map(|v| v.as_ref().map(Value::csv).unwrap_or_default()),
        );
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Rows the lists of Kind, Scale, Right option and Recap cover, for stages added later.
const LISTED_ROWS: u32 = 500;

/// `case` as the bytes of an .xlsx workbook.
///
/// # Errors
/// `rust_xlsxwriter`'s message (a text longer than a cell holds: 32,767 characters).
pub fn to_xlsx(case: &Case) -> Result<Vec<u8>, String> {
    build_xlsx(case).map_err(|e| e.to_string())
}

fn build_xlsx(case: &Case) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let heading = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDE8F3))
        .set_align(FormatAlign::Top);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);

    let sheet = book.add_worksheet();
    sheet.set_name(READ_ME_SHEET)?;
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(1, 100)?;
    for (r, [name, help]) in read_me().iter().enumerate() {
        let r = r as u32;
        if help.is_empty() || r == 0 {
            sheet.write_string_with_format(r, 0, name, &heading)?;
        } else {
            sheet.write_string_with_format(r, 0, name, &top)?;
        }
        sheet.write_string_with_format(r, 1, help, &wrapped)?;
    }

    let sheet = book.add_worksheet();
    sheet.set_name(CASE_SHEET)?;
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 100)?;
    sheet.set_freeze_panes(1, 0)?;
    for (c, name) in CASE_HEADINGS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &heading)?;
    }
    for (r, (field, value)) in case_rows(case).iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string_with_format(r, 0, field.label(), &top)?;
        match value {
            Value::Text(text) => sheet.write_string_with_format(r, 1, text, &wrapped)?,
            Value::Number(n) => sheet.write_number_with_format(r, 1, *n, &top)?,
        };
    }

    let sheet = book.add_worksheet();
    sheet.set_name(STAGES_SHEET)?;
    sheet.set_active(true);
    sheet.set_freeze_panes(1, 1)?;
    let columns = Column::all();
    for (c, column) in columns.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, column.label(), &heading)?;
        let width = match column {
            Column::Narrative | Column::Explanation | Column::Disagreement => 60,
            Column::Question | Column::SourceTitle | Column::Option(_) | Column::Why(_) => 40,
            Column::Event(_) | Column::Url | Column::Publisher | Column::Title => 30,
            _ => 14,
        };
        sheet.set_column_width(c, width)?;
        let list: Option<Vec<&str>> = match column {
            Column::Kind => Some(Kind::ALL.iter().map(|k| k.label()).collect()),
            Column::Scale => Some(vec!["log", "linear"]),
            Column::Recap => Some(vec!["yes", "no"]),
            Column::RightOption => Some(vec!["1", "2", "3", "4", "5"]),
            _ => None,
        };
        if let Some(list) = list {
            let rule = DataValidation::new()
                .allow_list_strings(&list)?
                .set_input_title(column.label())?
                .set_input_message(column.help())?;
            sheet.add_data_validation(1, c, LISTED_ROWS, c, &rule)?;
        }
    }
    for (r, row) in stage_table(case).iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in row.iter().enumerate() {
            let c = c as u16;
            match value {
                Some(Value::Text(text)) => {
                    sheet.write_string_with_format(r, c, text, &wrapped)?;
                }
                Some(Value::Number(n)) => {
                    sheet.write_number_with_format(r, c, *n, &top)?;
                }
                None => {}
            }
        }
    }
    book.save_to_buffer()
}
