//! A workbook to a case: every cell read as its field wants it ([`super::cells`]), then the
//! case checked by the same rules as a case file ([`crate::content::validate`]), each problem
//! put back at its cell (`Stages!H7: …`). Every problem is reported, not the first.

use std::collections::HashMap;
use std::fmt;

use super::cells;
use super::layout::{CaseField, Column, Kind, MAX_EVENTS, MAX_OPTIONS, STAGES_SHEET};
use super::workbook::{Cell, CellRef, Sheet, Workbook};
use crate::content::{
    Case, Choice, ChoiceOption, Estimate, Order, Question, SCHEMA_VERSION, Scale, SliderRange,
    Source, Stage, Truth,
};

/// A problem at a cell: `Stages!H7: the truth must be a positive number`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    pub at: CellRef,
    pub message: String,
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// A case read from a spreadsheet, and where each of its fields is in it.
#[derive(Debug, Clone)]
pub struct Imported {
    pub case: Case,
    pub places: Places,
}

/// Where a case's fields are in its spreadsheet.
#[derive(Debug, Clone)]
pub struct Places {
    case_sheet: Sheet,
    stages_sheet: Sheet,
    fields: Fields,
    /// The stages sheet's heading row (an index into its rows).
    heading: usize,
    /// The stages sheet's column for each heading.
    columns: HashMap<Column, usize>,
    /// Each stage's row (an index into the stages sheet's rows).
    rows: Vec<usize>,
}

/// The case in `book`: the "Case" and "Stages" sheets (any other sheet, such as "Read me", is
/// left alone), or one sheet with the case's rows above the stages' heading row (a .csv file,
/// or a workbook without those two sheets).
///
/// # Errors
/// Every problem found, each at its cell, in the order of the sheets, rows and columns.
pub fn case_from(book: &Workbook) -> Result<Imported, Vec<SheetProblem>> {
    let (case_sheet, stages_sheet) = parts(book)?;
    let mut reading = Reading::default();
    let fields = reading.case_fields(&case_sheet);
    let (heading, columns, stages) = reading.stages(&stages_sheet);
    let (stages, rows): (Vec<Stage>, Vec<usize>) = stages.into_iter().unzip();
    let text = |field: CaseField| {
        fields
            .get(&field)
            .and_then(|v| v.first())
            .map(|(text, _)| text.clone())
            .unwrap_or_default()
    };
    let all = |field: CaseField| -> Vec<String> {
        fields
            .get(&field)
            .map(|v| {
                v.iter()
                    .filter(|(text, _)| !text.is_empty())
                    .map(|(text, _)| text.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let schema = match fields.get(&CaseField::Schema).and_then(|v| v.first()) {
        None => SCHEMA_VERSION,
        Some((text, _)) if text.is_empty() => SCHEMA_VERSION,
        Some((text, at)) => text.parse().unwrap_or_else(|_| {
            reading.problem(at.clone(), format!("`{text}`: the schema is a number: 1"));
            SCHEMA_VERSION
        }),
    };
    let mut case_places = Vec::new();
    for (line, at) in fields.get(&CaseField::Place).into_iter().flatten() {
        if line.is_empty() {
            continue;
        }
        match cells::place(line) {
            Ok(place) => case_places.push(place),
            Err(why) => reading.problem(at.clone(), why),
        }
    }
    let case = Case {
        places: case_places,
        schema,
        id: text(CaseField::Id),
        title: text(CaseField::Title),
        summary: text(CaseField::Summary),
        years: text(CaseField::Years),
        countries: all(CaseField::Country),
        briefing: all(CaseField::Briefing),
        lesson: text(CaseField::Lesson),
        stages,
    };
    let places = Places {
        case_sheet,
        stages_sheet,
        fields,
        heading,
        columns,
        rows,
    };
    let unread: Vec<CellRef> = reading.problems.iter().map(|p| p.at.clone()).collect();
    for problem in crate::content::validate::validate(&case) {
        let (at, note) = places.cell(&problem.path);
        let message = format!("{}{note}", sheet_words(&problem.message));
        reading.checked(&unread, at, message);
    }
    let mut problems = reading.problems;
    if problems.is_empty() {
        Ok(Imported { case, places })
    } else {
        problems.sort_by(|a, b| a.at.cmp(&b.at));
        Err(problems)
    }
}

/// The case's sheet and the stages' sheet.
fn parts(book: &Workbook) -> Result<(Sheet, Sheet), Vec<SheetProblem>> {
    match (
        book.sheet(super::layout::CASE_SHEET),
        book.sheet(STAGES_SHEET),
    ) {
        (Some(case), Some(stages)) => Ok((case.clone(), stages.clone())),
        (None, None) if !book.sheets.is_empty() => split(&book.sheets[0]),
        (case, _) => {
            let missing = if case.is_none() {
                super::layout::CASE_SHEET
            } else {
                STAGES_SHEET
            };
            Err(vec![SheetProblem {
                at: CellRef {
                    sheet: Some(missing.to_string()),
                    row: 1,
                    column: 0,
                },
                message: format!(
                    "the workbook has no sheet called `{missing}` (its sheets: {}); a case needs \
                     a Case sheet and a Stages sheet, as in docs/case-template.xlsx",
                    book.names().join(", ")
                ),
            }])
        }
    }
}

/// One sheet holding both: the case's rows, then the stages from their heading row.
fn split(sheet: &Sheet) -> Result<(Sheet, Sheet), Vec<SheetProblem>> {
    let heading = Column::StageId.label();
    let Some(at) = (0..sheet.rows.len()).find(|&r| {
        cells::text(sheet.cell(r, 0)).is_ok_and(|t| Column::from_label(&t) == Some(Column::StageId))
    }) else {
        return Err(vec![SheetProblem {
            at: sheet.at(0, 0),
            message: format!(
                "no row starts with `{heading}`: the case's rows (Id, Title, …) come first, then \
                 the stages' heading row ({heading}, Title, Narrative, …) and one row per stage"
            ),
        }]);
    };
    if sheet.rows[..at]
        .iter()
        .all(|r| r.iter().all(Cell::is_blank))
    {
        return Err(vec![SheetProblem {
            at: sheet.at(0, 0),
            message: format!(
                "the case's own rows (Id, Title, Summary, …) are missing above the stages' \
                 headings: a spreadsheet saves one sheet as .csv, so copy the Case sheet's rows \
                 above the {heading} row, or save the workbook as .xlsx or .ods"
            ),
        }]);
    }
    let case = Sheet {
        name: sheet.name.clone(),
        first_row: sheet.first_row,
        rows: sheet.rows[..at].to_vec(),
        percent_known: sheet.percent_known,
    };
    let stages = Sheet {
        name: sheet.name.clone(),
        first_row: sheet.first_row + at,
        rows: sheet.rows[at..].to_vec(),
        percent_known: sheet.percent_known,
    };
    Ok((case, stages))
}

/// The case sheet's values: each field's values with their cells, in order.
type Fields = HashMap<CaseField, Vec<(String, CellRef)>>;

/// Each stage read, with its row (an index into the stages sheet's rows).
type Stages = Vec<(Stage, usize)>;

/// A stage's row and the sheet's column for each heading.
#[derive(Clone, Copy)]
struct StageRow<'a> {
    row: usize,
    columns: &'a HashMap<Column, usize>,
}

impl StageRow<'_> {
    /// The row's cell in `column` (empty when the sheet has no such column).
    fn cell<'a>(&self, sheet: &'a Sheet, column: Column) -> &'a Cell {
        self.columns
            .get(&column)
            .map_or(&EMPTY, |&c| sheet.cell(self.row, c))
    }

    /// Where the row's cell in `column` is (column A when the sheet has no such column).
    fn at(&self, sheet: &Sheet, column: Column) -> CellRef {
        sheet.at(self.row, self.columns.get(&column).copied().unwrap_or(0))
    }
}

#[derive(Default)]
struct Reading {
    problems: Vec<SheetProblem>,
}

const EMPTY: Cell = Cell::Empty;

impl Reading {
    fn problem(&mut self, at: CellRef, message: impl Into<String>) {
        self.problems.push(SheetProblem {
            at,
            message: message.into(),
        });
    }

    /// A problem the checks found, unless a cell could not be read there (the checks saw the
    /// empty value left in its place) or the same was said there already (a column missing
    /// from the sheet, said once at its heading row, not once per stage).
    fn checked(&mut self, unread: &[CellRef], at: CellRef, message: String) {
        if !unread.contains(&at)
            && !self
                .problems
                .iter()
                .any(|p| p.at == at && p.message == message)
        {
            self.problem(at, message);
        }
    }

    /// A text the author wrote; a problem (and an empty text) if the cell cannot be text.
    fn text(&mut self, cell: &Cell, at: impl FnOnce() -> CellRef) -> String {
        cells::text(cell).unwrap_or_else(|why| {
            self.problem(at(), why);
            String::new()
        })
    }

    fn case_fields(&mut self, sheet: &Sheet) -> Fields {
        let mut fields: Fields = HashMap::new();
        for r in 0..sheet.rows.len() {
            let label = self.text(sheet.cell(r, 0), || sheet.at(r, 0));
            let value = sheet.cell(r, 1);
            if label.is_empty() {
                if !value.is_blank() {
                    self.problem(
                        sheet.at(r, 0),
                        "a value without its field: write the field's name (Id, Title, \
                         Country, …) in column A",
                    );
                }
                continue;
            }
            if r == 0 && label.eq_ignore_ascii_case(super::layout::CASE_HEADINGS[0]) {
                continue;
            }
            let Some(field) = CaseField::from_label(&label) else {
                let names: Vec<&str> = CaseField::ALL.iter().map(|f| f.label()).collect();
                self.problem(
                    sheet.at(r, 0),
                    format!(
                        "`{label}` is not a field of a case: the fields are {}",
                        names.join(", ")
                    ),
                );
                continue;
            };
            let at = sheet.at(r, 1);
            if !field.repeats()
                && let Some((_, first)) = fields.get(&field).and_then(|v| v.first())
            {
                self.problem(
                    sheet.at(r, 0),
                    format!(
                        "a second {} row (the first is row {}): a case has one",
                        field.label(),
                        first.row
                    ),
                );
                continue;
            }
            let values = if field.repeats() {
                cells::paragraphs(value).unwrap_or_else(|why| {
                    self.problem(at.clone(), why);
                    Vec::new()
                })
            } else {
                vec![self.text(value, || at.clone())]
            };
            let entry = fields.entry(field).or_default();
            if values.is_empty() {
                // An empty row still says where the field is (left out of the case's lists).
                entry.push((String::new(), at));
            } else {
                entry.extend(values.into_iter().map(|v| (v, at.clone())));
            }
        }
        fields
    }

    /// The heading row (an index into the rows), the column of each heading, and each stage
    /// with its row.
    fn stages(&mut self, sheet: &Sheet) -> (usize, HashMap<Column, usize>, Stages) {
        let Some(heading) =
            (0..sheet.rows.len()).find(|&r| sheet.rows[r].iter().any(|c| !c.is_blank()))
        else {
            return (0, HashMap::new(), Vec::new());
        };
        let mut columns = HashMap::new();
        for (c, cell) in sheet.rows[heading].iter().enumerate() {
            let label = self.text(cell, || sheet.at(heading, c));
            if label.is_empty() {
                continue;
            }
            match Column::from_label(&label) {
                Some(column) => {
                    if let Some(&first) = columns.get(&column) {
                        self.problem(
                            sheet.at(heading, c),
                            format!(
                                "a second `{}` column (the first is column {}): keep one",
                                column.label(),
                                super::workbook::column_letters(first)
                            ),
                        );
                    } else {
                        columns.insert(column, c);
                    }
                }
                None => self.problem(
                    sheet.at(heading, c),
                    format!(
                        "`{label}` is not a column of the Stages sheet: the Read me sheet lists \
                         them (a heading must stay as written: Truth high, Source date, …)"
                    ),
                ),
            }
        }
        let mut stages = Vec::new();
        for r in heading + 1..sheet.rows.len() {
            if sheet.rows[r].iter().all(Cell::is_blank) {
                continue;
            }
            // A cell under no heading would be lost: say so.
            for (c, cell) in sheet.rows[r].iter().enumerate() {
                if !cell.is_blank() && !columns.values().any(|&known| known == c) {
                    self.problem(
                        sheet.at(r, c),
                        "this cell has no heading above it, so Takedown does not know what it \
                         is: give the column its heading (the Read me sheet lists them) or \
                         empty the cell",
                    );
                }
            }
            let row = StageRow {
                row: r,
                columns: &columns,
            };
            if let Some(stage) = self.stage(sheet, row) {
                stages.push((stage, r));
            }
        }
        (heading, columns, stages)
    }

    /// The stage in one row; `None` when its kind cannot be read (said as a problem).
    fn stage(&mut self, sheet: &Sheet, row: StageRow<'_>) -> Option<Stage> {
        let r = row.row;
        let cell = |column: Column| row.cell(sheet, column);
        let at = |column: Column| row.at(sheet, column);
        let kind_text = self.text(cell(Column::Kind), || at(Column::Kind));
        let kind = match Kind::from_label(&kind_text) {
            Some(kind) => kind,
            None => {
                let what = if kind_text.is_empty() {
                    "the Kind is empty".to_string()
                } else {
                    format!("`{kind_text}` is not a kind of question")
                };
                let missing = if row.columns.contains_key(&Column::Kind) {
                    ""
                } else {
                    " (the sheet has no Kind column)"
                };
                self.problem(
                    at(Column::Kind),
                    format!("{what}{missing}: write estimate, choice or order"),
                );
                return None;
            }
        };
        for (&column, &c) in row.columns {
            if !kind.owns(column) && !sheet.cell(r, c).is_blank() {
                let owner = Kind::ALL
                    .into_iter()
                    .find(|k| k.owns(column))
                    .map_or("another kind", |k| k.label());
                let article = if kind == Kind::Choice { "a" } else { "an" };
                self.problem(
                    sheet.at(r, c),
                    format!(
                        "{} is for {owner} questions and this stage is {article} {}: empty the \
                         cell or change the Kind",
                        column.label(),
                        kind.label()
                    ),
                );
            }
        }
        let text =
            |reading: &mut Reading, column: Column| reading.text(cell(column), || at(column));
        let date = |reading: &mut Reading, column: Column| {
            cells::date(cell(column)).unwrap_or_else(|why| {
                reading.problem(at(column), why);
                String::new()
            })
        };
        let optional = |text: String| (!text.is_empty()).then_some(text);
        let prompt = text(self, Column::Question);
        let as_of = date(self, Column::AsOf);
        let explanation = text(self, Column::Explanation);
        let disagreement = optional(text(self, Column::Disagreement));
        let source = Source {
            publisher: text(self, Column::Publisher),
            title: text(self, Column::SourceTitle),
            date: date(self, Column::SourceDate),
            url: optional(text(self, Column::Url)),
        };
        let question = match kind {
            Kind::Estimate => {
                let unit = text(self, Column::Unit);
                let scale_text = text(self, Column::Scale).to_lowercase();
                let scale = match scale_text.as_str() {
                    "log" | "logarithmic" => Scale::Log,
                    "linear" => Scale::Linear,
                    "" if unit.eq_ignore_ascii_case("year") => Scale::Linear,
                    "" => Scale::Log,
                    _ => {
                        self.problem(
                            at(Column::Scale),
                            format!(
                                "`{scale_text}` is not a scale: write log (quantities) or \
                                 linear (years)"
                            ),
                        );
                        Scale::Log
                    }
                };
                let figure = |reading: &mut Reading, column: Column| {
                    cells::figure(cell(column), &unit, scale, sheet.percent_known).unwrap_or_else(
                        |why| {
                            reading.problem(at(column), why);
                            None
                        },
                    )
                };
                let low = figure(self, Column::Truth);
                let high = figure(self, Column::TruthHigh);
                let truth = match (low, high) {
                    (Some(low), Some(high)) if high != low => Truth::Range { low, high },
                    (Some(value), _) => Truth::Value(value),
                    (None, _) => {
                        if !self.problems.iter().any(|p| p.at == at(Column::Truth)) {
                            self.problem(
                                at(Column::Truth),
                                "the Truth is empty: write the true figure as the source \
                                 gives it",
                            );
                        }
                        Truth::Value(1.0)
                    }
                };
                let min = figure(self, Column::SliderMin);
                let max = figure(self, Column::SliderMax);
                let slider = match (min, max) {
                    (Some(min), Some(max)) => Some(SliderRange { min, max }),
                    (None, None) => None,
                    (Some(_), None) | (None, Some(_)) => {
                        let empty = if min.is_none() {
                            Column::SliderMin
                        } else {
                            Column::SliderMax
                        };
                        if !self.problems.iter().any(|p| p.at == at(empty)) {
                            self.problem(
                                at(empty),
                                "fill in both Slider min and Slider max, or neither (for the \
                                 default slider)",
                            );
                        }
                        None
                    }
                };
                Question::Estimate(Estimate {
                    prompt,
                    unit,
                    scale,
                    truth,
                    as_of,
                    source,
                    explanation,
                    disagreement,
                    slider,
                })
            }
            Kind::Choice => {
                let pairs: Vec<(String, String)> = (1..=MAX_OPTIONS)
                    .map(|n| (text(self, Column::Option(n)), text(self, Column::Why(n))))
                    .collect();
                let count = pairs
                    .iter()
                    .rposition(|(o, w)| !o.is_empty() || !w.is_empty())
                    .map_or(0, |last| last + 1);
                let right = if count == 0 {
                    None
                } else {
                    match cells::whole_number(cell(Column::RightOption), 1, count) {
                        Ok(Some(n)) => Some(n),
                        Ok(None) => {
                            self.problem(
                                at(Column::RightOption),
                                format!(
                                    "which option is right? Write its number (1 to {count}) in \
                                     Right option"
                                ),
                            );
                            None
                        }
                        Err(why) => {
                            self.problem(at(Column::RightOption), why);
                            None
                        }
                    }
                };
                Question::Choice(Choice {
                    prompt,
                    options: pairs
                        .into_iter()
                        .take(count)
                        .enumerate()
                        .map(|(i, (text, why))| ChoiceOption {
                            text,
                            correct: right == Some(i + 1),
                            why,
                        })
                        .collect(),
                    as_of,
                    source,
                    explanation,
                    disagreement,
                })
            }
            Kind::Order => {
                let events: Vec<String> = (1..=MAX_EVENTS)
                    .map(|n| text(self, Column::Event(n)))
                    .collect();
                let count = events
                    .iter()
                    .rposition(|e| !e.is_empty())
                    .map_or(0, |last| last + 1);
                let recap = cells::yes_no(cell(Column::Recap)).unwrap_or_else(|why| {
                    self.problem(at(Column::Recap), why);
                    false
                });
                let dates = cells::dates(cell(Column::EventDates)).unwrap_or_else(|why| {
                    self.problem(at(Column::EventDates), why);
                    Vec::new()
                });
                Question::Order(Order {
                    prompt,
                    events: events.into_iter().take(count).collect(),
                    recap,
                    dates,
                    as_of,
                    source,
                    explanation,
                    disagreement,
                })
            }
        };
        let places = match cells::paragraphs(cell(Column::Places)) {
            Ok(lines) => lines
                .iter()
                .filter_map(|line| {
                    cells::place(line)
                        .map_err(|why| self.problem(at(Column::Places), why))
                        .ok()
                })
                .collect(),
            Err(why) => {
                self.problem(at(Column::Places), why);
                Vec::new()
            }
        };
        let date = if cell(Column::Date).is_blank() {
            None
        } else {
            Some(cells::date(cell(Column::Date)).unwrap_or_else(|why| {
                self.problem(at(Column::Date), why);
                String::new()
            }))
        };
        Some(Stage {
            places,
            date,
            id: text(self, Column::StageId),
            title: text(self, Column::Title),
            narrative: cells::paragraphs(cell(Column::Narrative)).unwrap_or_else(|why| {
                self.problem(at(Column::Narrative), why);
                Vec::new()
            }),
            question,
        })
    }
}

impl Places {
    /// The cell a problem the checks (or a warning) found at `path`
    /// (`stages[2].question.truth`) belongs to, and a note when that field has no cell in the
    /// sheet.
    pub fn cell(&self, path: &str) -> (CellRef, String) {
        let (case_sheet, stages_sheet, fields) =
            (&self.case_sheet, &self.stages_sheet, &self.fields);
        let (head, index) = split_index(path);
        if let Some(rest) = path.strip_prefix("stages[") {
            let Some((i, rest)) = rest.split_once("].") else {
                return (stages_sheet.at(0, 0), String::new());
            };
            let Some(&row) = i.parse::<usize>().ok().and_then(|i| self.rows.get(i)) else {
                return (stages_sheet.at(0, 0), String::new());
            };
            let column = column_of(rest);
            return match self.columns.get(&column) {
                Some(&c) => (stages_sheet.at(row, c), String::new()),
                None => (
                    stages_sheet.at(self.heading, 0),
                    format!(
                        " in every stage: the sheet has no `{}` column",
                        column.label()
                    ),
                ),
            };
        }
        if head == "stages" {
            return (
                stages_sheet.at(0, 0),
                " (no row below the headings has a stage)".into(),
            );
        }
        let field = CaseField::ALL.into_iter().find(|f| f.path() == head);
        match field.and_then(|f| fields.get(&f)) {
            Some(values) if !values.is_empty() => {
                let (_, at) = &values[index.unwrap_or(0).min(values.len() - 1)];
                (at.clone(), String::new())
            }
            _ => (
                case_sheet.at(0, 0),
                field.map_or(String::new(), |f| {
                    format!(" (the case has no {} row)", f.label())
                }),
            ),
        }
    }
}

/// `countries[2]` → (`countries`, 2); `title` → (`title`, none).
fn split_index(path: &str) -> (&str, Option<usize>) {
    match path.split_once('[') {
        Some((head, rest)) => (head, rest.split(']').next().and_then(|i| i.parse().ok())),
        None => (path, None),
    }
}

/// The column of a stage's field as the checks name it (`question.options[1].why`).
fn column_of(rest: &str) -> Column {
    let Some(q) = rest.strip_prefix("question.") else {
        return match split_index(rest).0 {
            "title" => Column::Title,
            "narrative" => Column::Narrative,
            "places" => Column::Places,
            "date" => Column::Date,
            _ => Column::StageId,
        };
    };
    let (head, index) = split_index(q);
    // `source.publisher` → `source`; `options[1].why` → `options`.
    let head = head.split('.').next().unwrap_or(head);
    let n = |i: Option<usize>| u8::try_from(i.unwrap_or(0) + 1).unwrap_or(1);
    match head {
        "prompt" => Column::Question,
        "unit" => Column::Unit,
        "truth" if q.ends_with(".high") => Column::TruthHigh,
        "truth" => Column::Truth,
        "slider" => Column::SliderMin,
        "as_of" => Column::AsOf,
        "explanation" => Column::Explanation,
        "disagreement" => Column::Disagreement,
        "source" => match q.rsplit('.').next() {
            Some("publisher") => Column::Publisher,
            Some("date") => Column::SourceDate,
            Some("url") => Column::Url,
            _ => Column::SourceTitle,
        },
        "options" if index.is_none() => Column::RightOption,
        "options" if q.ends_with(".why") => Column::Why(n(index)),
        "options" => Column::Option(n(index)),
        "events" => Column::Event(n(index)),
        "dates" => Column::EventDates,
        _ => Column::StageId,
    }
}

/// A check's message in the sheet's words, where it names a case file's syntax.
fn sheet_words(message: &str) -> String {
    message
        .replace(
            "add `slider: (min: .., max: ..)`",
            "fill in Slider min and Slider max",
        )
        .replace(
            "exactly one option with `correct: true`",
            "its right option's number in Right option",
        )
        .replace("`as_of`", "As of")
        .replace("`years`", "Years")
        .replace("an option's `why`", "a Why")
        .replace("the prompt is empty", "the Question is empty")
        .replace(
            "a year must be a whole number",
            "Scale linear is for years: a year must be a whole number",
        )
        .replace("the range's low (", "Truth (")
        .replace(") is above its high (", ") is above Truth high (")
}
