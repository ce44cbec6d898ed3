//! A case to a spreadsheet and back; spreadsheet habits; every problem at its cell.

use super::from_sheet::case_from;
use super::layout::Column;
use super::to_sheet::{to_csv, to_xlsx};
use super::workbook::{self, Cell, Sheet, Workbook};
use crate::content::library::Library;
use crate::content::{Question, Scale, Truth};

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "takedown-sheet-{}-{}",
        std::process::id(),
        name.replace('.', "-")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Export then import gives the same case, for every shipped case, as .xlsx and as .csv.
#[test]
fn every_shipped_case_goes_to_a_spreadsheet_and_back() {
    let library = Library::load(None);
    let mut count = 0;
    for case in library.cases() {
        let xlsx = temp_file(&format!("{}.xlsx", case.id), &to_xlsx(case).unwrap());
        let book = workbook::read(&xlsx).unwrap();
        let names = book.names();
        assert_eq!(names, ["Read me", "Case", "Stages"]);
        let back = case_from(&book).unwrap_or_else(|p| panic!("{}: {p:#?}", case.id));
        assert_eq!(&back.case, case, "{} through .xlsx", case.id);

        let csv = temp_file(&format!("{}.csv", case.id), to_csv(case).as_bytes());
        let book = workbook::read(&csv).unwrap();
        let back = case_from(&book).unwrap_or_else(|p| panic!("{}: {p:#?}", case.id));
        assert_eq!(&back.case, case, "{} through .csv", case.id);
        count += 1;
    }
    assert!(count >= 9, "only {count} shipped cases");
}

fn text(t: &str) -> Cell {
    if t.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(t.to_string())
    }
}

fn number(value: f64) -> Cell {
    Cell::Number {
        value,
        percent: false,
    }
}

fn sheet(name: &str, rows: Vec<Vec<Cell>>) -> Sheet {
    Sheet {
        name: Some(name.to_string()),
        first_row: 1,
        rows,
        percent_known: true,
    }
}

/// The Case sheet of a small good case.
fn case_sheet() -> Sheet {
    let row = |a: &str, b: &str| vec![text(a), text(b)];
    sheet(
        "Case",
        vec![
            row("Field", "Value"),
            row("Id ", " sheet-case"),
            row("Title", "A case from a sheet  "),
            row("Summary", "Written by a teacher."),
            vec![text("Years"), number(2020.0)],
            row("Country", "France"),
            row("Country", "Netherlands\nBelgium"),
            row("Briefing", "First paragraph."),
            row("Briefing", ""),
            row("Briefing", "Second paragraph."),
            row("Lesson", "Spreadsheets work."),
        ],
    )
}

/// A stage row: `cells` by column heading, everything else empty.
fn stage(headings: &[Column], cells: &[(Column, Cell)]) -> Vec<Cell> {
    headings
        .iter()
        .map(|h| {
            cells
                .iter()
                .find(|(c, _)| c == h)
                .map_or(Cell::Empty, |(_, v)| v.clone())
        })
        .collect()
}

/// What every stage needs besides its question's own columns.
fn common(id: &str) -> Vec<(Column, Cell)> {
    vec![
        (Column::StageId, text(id)),
        (Column::Title, text(&format!("Stage {id}"))),
        (Column::Narrative, text("What happened.")),
        (Column::Question, text("How many?")),
        (Column::AsOf, text("2023-06-27")),
        (
            Column::Explanation,
            text("Because it was so. The source says so."),
        ),
        (Column::Publisher, text("Europol")),
        (Column::SourceTitle, text("A release")),
        (Column::SourceDate, text("2023-06-27")),
    ]
}

fn estimate(id: &str, unit: &str, truth: Cell) -> Vec<(Column, Cell)> {
    let mut cells = common(id);
    cells.extend([
        (Column::Kind, text("estimate")),
        (Column::Unit, text(unit)),
        (Column::Scale, text("log")),
        (Column::Truth, truth),
    ]);
    cells
}

fn heading_row(headings: &[Column]) -> Vec<Cell> {
    headings.iter().map(|c| text(&c.label())).collect()
}

/// Numbers with float noise, a percentage stored as a fraction, dates stored as dates, as
/// serial numbers and as text, thousands separators in text, empty rows, spaces around text,
/// a heading in other case, columns moved and left out: all read as the author meant.
#[test]
fn spreadsheet_habits_are_undone() {
    let headings = Column::all();
    let mut percent = estimate(
        "share",
        "%",
        Cell::Number {
            value: 0.12,
            percent: true,
        },
    );
    percent.push((Column::AsOf, Cell::Date(2023, 6, 27)));
    percent.retain(|(c, v)| *c != Column::AsOf || matches!(v, Cell::Date(..)));
    let mut noisy = estimate("noise", "arrests", number(7.000_000_000_000_001));
    noisy.retain(|(c, _)| *c != Column::SourceDate);
    noisy.push((Column::SourceDate, number(45104.0)));
    let mut grouped = estimate("grouped", "arrests", text(" 6,558 "));
    grouped.push((Column::TruthHigh, text("6,600")));
    grouped.retain(|(c, _)| *c != Column::AsOf);
    grouped.push((Column::AsOf, text("27 June 2023")));
    let mut year = estimate("year", "year", number(2017.0));
    year.retain(|(c, _)| *c != Column::Scale);
    let mut choice = common("choice");
    choice.extend([
        (Column::Kind, text("Choice ")),
        (Column::RightOption, number(2.0)),
        (Column::Option(1), text("France ")),
        (Column::Why(1), text("No.")),
        (Column::Option(2), text("Netherlands")),
        (Column::Why(2), text("Yes.")),
    ]);
    let mut order = common("order");
    order.extend([
        (Column::Kind, text("order")),
        (Column::Event(1), text("First")),
        (Column::Event(2), text("Second")),
        (Column::Event(3), text("Third")),
        (Column::Recap, Cell::Bool(true)),
        (
            Column::EventDates,
            text("2017\n 27 June 2020 \n\n2020-07-02"),
        ),
    ]);
    let mut rows = vec![
        heading_row(&headings),
        stage(&headings, &percent),
        vec![Cell::Empty, text("  ")],
        stage(&headings, &noisy),
        stage(&headings, &grouped),
        vec![],
        stage(&headings, &year),
        stage(&headings, &choice),
        stage(&headings, &order),
    ];
    rows[0][0] = text("STAGE ID");
    let book = Workbook {
        sheets: vec![case_sheet(), sheet("Stages", rows)],
    };
    let case = case_from(&book).unwrap_or_else(|p| panic!("{p:#?}")).case;
    assert_eq!(case.id, "sheet-case");
    assert_eq!(case.title, "A case from a sheet");
    assert_eq!(case.years, "2020");
    assert_eq!(case.countries, ["France", "Netherlands", "Belgium"]);
    assert_eq!(case.briefing, ["First paragraph.", "Second paragraph."]);
    let ids: Vec<&str> = case.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["share", "noise", "grouped", "year", "choice", "order"]
    );
    let estimate_at = |i: usize| match &case.stages[i].question {
        Question::Estimate(e) => e.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(estimate_at(0).truth, Truth::Value(12.0));
    assert_eq!(estimate_at(0).as_of, "2023-06-27");
    assert_eq!(estimate_at(1).truth, Truth::Value(7.0));
    assert_eq!(estimate_at(1).source.date, "2023-06-27");
    assert_eq!(
        estimate_at(2).truth,
        Truth::Range {
            low: 6558.0,
            high: 6600.0
        }
    );
    assert_eq!(estimate_at(2).as_of, "2023-06-27");
    assert_eq!(estimate_at(3).scale, Scale::Linear);
    match &case.stages[4].question {
        Question::Choice(c) => {
            assert_eq!(c.options[0].text, "France");
            assert_eq!(c.correct_index(), Some(1));
        }
        other => panic!("{other:?}"),
    }
    match &case.stages[5].question {
        Question::Order(o) => {
            assert!(o.recap && o.events.len() == 3);
            assert_eq!(o.dates, ["2017", "2020-06-27", "2020-07-02"]);
        }
        other => panic!("{other:?}"),
    }

    // Columns moved and some left out: found by their headings.
    let few = [
        Column::Kind,
        Column::StageId,
        Column::Title,
        Column::Narrative,
        Column::Question,
        Column::Unit,
        Column::Truth,
        Column::AsOf,
        Column::Explanation,
        Column::Publisher,
        Column::SourceTitle,
        Column::SourceDate,
    ];
    let book = Workbook {
        sheets: vec![
            case_sheet(),
            sheet(
                "Stages",
                vec![
                    heading_row(&few),
                    stage(&few, &estimate("moved", "tonnes", text("1.5 million"))),
                ],
            ),
        ],
    };
    let case = case_from(&book).unwrap_or_else(|p| panic!("{p:#?}")).case;
    match &case.stages[0].question {
        Question::Estimate(e) => {
            assert_eq!(e.truth, Truth::Value(1_500_000.0));
            assert_eq!(e.scale, Scale::Log);
        }
        other => panic!("{other:?}"),
    }
}

/// Every problem is reported at its cell, all of them at once, in the sheets' order.
#[test]
fn every_problem_is_reported_at_its_cell() {
    let headings = Column::all();
    let mut rows = vec![heading_row(&headings)];
    for i in 1..=5 {
        rows.push(stage(
            &headings,
            &estimate(&format!("s{i}"), "arrests", number(10.0 * i as f64)),
        ));
    }
    // Row 7: a truth of zero, as in the issue.
    rows.push(stage(&headings, &estimate("zero", "arrests", number(0.0))));
    // Row 8: text that is no figure, a date that is none, an option on an estimate.
    let mut bad = estimate("bad", "arrests", text("lots"));
    bad.retain(|(c, _)| *c != Column::AsOf);
    bad.extend([
        (Column::AsOf, text("27/06/2023")),
        (Column::Option(1), text("Stray")),
    ]);
    rows.push(stage(&headings, &bad));
    // Row 9: a choice without its right option, an unknown kind in row 10, a duplicate id.
    let mut choice = common("s1");
    choice.extend([
        (Column::Kind, text("choice")),
        (Column::Option(1), text("A")),
        (Column::Why(1), text("a")),
        (Column::Option(2), text("B")),
        (Column::Why(2), text("b")),
    ]);
    rows.push(stage(&headings, &choice));
    let mut kind = common("odd");
    kind.push((Column::Kind, text("guess")));
    rows.push(stage(&headings, &kind));
    rows[0].push(text("Sorce title"));
    let mut case = case_sheet();
    case.rows.push(vec![text("Colour"), text("blue")]);
    case.rows[3][1] = Cell::Empty;
    let book = Workbook {
        sheets: vec![case, sheet("Stages", rows)],
    };
    let problems = case_from(&book).unwrap_err();
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |at: &str, words: &str| {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{at}: ")) && l.contains(words)),
            "no `{at}: …{words}…` in {lines:#?}"
        );
    };
    has("Case!B4", "the summary is empty");
    has("Case!A12", "`Colour` is not a field");
    has("Stages!AN1", "`Sorce title` is not a column");
    has("Stages!H7", "the truth must be a positive number");
    has("Stages!H8", "`lots` is not a number");
    has("Stages!L8", "`27/06/2023` is not a date");
    has(
        "Stages!T8",
        "Option 1 is for choice questions and this stage is an estimate",
    );
    has("Stages!S9", "which option is right?");
    has("Stages!A9", "duplicate stage id `s1`");
    has("Stages!D10", "`guess` is not a kind of question");
    // Sorted by sheet, then row, then column; one line per cell.
    let places: Vec<_> = problems.iter().map(|p| p.at.clone()).collect();
    let mut sorted = places.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(places, sorted);
}

#[test]
fn a_workbook_without_its_sheets_says_which_are_missing() {
    let book = Workbook {
        sheets: vec![case_sheet(), sheet("Sheet2", vec![])],
    };
    let problems = case_from(&book).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .contains("no sheet called `Stages` (its sheets: Case, Sheet2)"),
        "{}",
        problems[0]
    );
    // One sheet of any name with both parts, as a .csv has them, is read.
    let mut rows = case_sheet().rows;
    rows.push(vec![]);
    let headings = Column::all();
    rows.push(heading_row(&headings));
    rows.push(stage(&headings, &estimate("one", "arrests", number(5.0))));
    let book = Workbook {
        sheets: vec![sheet("Sheet1", rows)],
    };
    let case = case_from(&book).unwrap_or_else(|p| panic!("{p:#?}")).case;
    assert_eq!(case.stages.len(), 1);
}

/// The habits in a real .xlsx file, as Excel stores them: a number format says a cell is a
/// percentage or a date; a date is a serial number; text is text. (The same cells in memory:
/// [`spreadsheet_habits_are_undone`].)
#[test]
fn habits_in_an_xlsx_file_are_undone() {
    use rust_xlsxwriter::{Format, Workbook as Writer};
    let library = Library::load(None);
    let exclu = library.find("exclu").unwrap();
    let bytes = to_xlsx(exclu).unwrap();
    let path = temp_file("exclu-habits.xlsx", &bytes);
    let book = workbook::read(&path).unwrap();
    let column = |c: Column| Column::all().iter().position(|x| *x == c).unwrap() as u16;
    // Rewrite the Stages sheet as a teacher's spreadsheet would store it.
    let mut writer = Writer::new();
    let percent = Format::new().set_num_format("0%");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for sheet in &book.sheets {
        let out = writer.add_worksheet();
        out.set_name(sheet.name.as_deref().unwrap()).unwrap();
        let mut r_out = 0u32;
        for (r, row) in sheet.rows.iter().enumerate() {
            if sheet.name.as_deref() == Some("Stages") && r == 2 {
                r_out += 2; // two empty rows between stages
            }
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(t) => {
                        out.write_string(r_out, c, format!("{t}  ")).unwrap();
                    }
                    Cell::Number { value, .. } => {
                        out.write_number(r_out, c, *value).unwrap();
                    }
                    _ => {}
                }
            }
            r_out += 1;
        }
        if sheet.name.as_deref() == Some("Stages") {
            // Stage 1 (row 2): the arrests, 48, with float noise; its as-of date a date cell.
            out.write_number(1, column(Column::Truth), 48.000_000_000_000_01)
                .unwrap();
            out.write_number_with_format(1, column(Column::AsOf), 44964.0, &date)
                .unwrap();
            // Stage 2 (row 5, after the empty rows): 3000 users typed as text with a separator,
            // its source date a serial number without a format.
            out.write_string(4, column(Column::Truth), "3,000").unwrap();
            out.write_number(4, column(Column::SourceDate), 44964.0)
                .unwrap();
            // A sixth stage after another empty row (the fifth is in row 8): a percentage,
            // 12% shown and 0.12 stored, in a question counted in %.
            out.write_string(9, column(Column::StageId), "share")
                .unwrap();
            for c in [
                Column::Title,
                Column::Narrative,
                Column::Question,
                Column::Explanation,
                Column::Publisher,
                Column::SourceTitle,
            ] {
                out.write_string(9, column(c), "Some text. And more.")
                    .unwrap();
            }
            out.write_string(9, column(Column::Kind), "estimate")
                .unwrap();
            out.write_string(9, column(Column::Unit), "%").unwrap();
            out.write_number_with_format(9, column(Column::Truth), 0.12, &percent)
                .unwrap();
            out.write_string(9, column(Column::AsOf), "June 2023")
                .unwrap();
            out.write_string(9, column(Column::SourceDate), "27.06.2023")
                .unwrap();
        }
    }
    let path = temp_file("habits.xlsx", &writer.save_to_buffer().unwrap());
    let book = workbook::read(&path).unwrap();
    let case = case_from(&book).unwrap_or_else(|p| panic!("{p:#?}")).case;
    let estimate = |id: &str| match &case.stages.iter().find(|s| s.id == id).unwrap().question {
        Question::Estimate(e) => e.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(case.title, "Exclu");
    assert_eq!(estimate("arrests").truth, Truth::Value(48.0));
    assert_eq!(estimate("arrests").as_of, "2023-02-07");
    assert_eq!(estimate("users").truth, Truth::Value(3000.0));
    assert_eq!(estimate("users").source.date, "2023-02-07");
    assert_eq!(estimate("share").truth, Truth::Value(12.0));
    assert_eq!(estimate("share").as_of, "2023-06");
    assert_eq!(estimate("share").source.date, "2023-06-27");
    // Everything else is the case as it was (the spaces after each text dropped).
    let mut rest = case.clone();
    rest.stages.retain(|s| s.id != "share");
    assert_eq!(&rest, exclu);
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sheets")
        .join(name)
}

/// .ods files as LibreOffice Calc 7.4 saves them (`tests/fixtures/sheets/`, converted by
/// `soffice --convert-to ods` from export-sheet's exclu.xlsx and from the workbook of
/// [`habits_in_an_xlsx_file_are_undone`]).
#[test]
fn ods_files_from_libreoffice() {
    let library = Library::load(None);
    let book = workbook::read(&fixture("exclu.ods")).unwrap();
    let back = case_from(&book).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(&back.case, library.find("exclu").unwrap());

    // The habits: a date cell, a serial number, text with a separator are read (LibreOffice
    // saved the float noise as 48); the percentage (0.12 shown as 12%) is refused, since an
    // .ods file does not say which cells are percentages: the one problem.
    let book = workbook::read(&fixture("habits.ods")).unwrap();
    let stages = book.sheet("Stages").unwrap();
    let column = |c: Column| Column::all().iter().position(|x| *x == c).unwrap();
    assert_eq!(
        stages.cell(1, column(Column::AsOf)),
        &Cell::Date(2023, 2, 7)
    );
    assert_eq!(
        stages.cell(4, column(Column::SourceDate)),
        &Cell::Number {
            value: 44964.0,
            percent: false
        }
    );
    assert_eq!(
        stages.cell(4, column(Column::Truth)),
        &Cell::Text("3,000".into())
    );
    let problems = case_from(&book).unwrap_err();
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "Stages!H10: 0.12 in a question counted in %: an .ods file stores 0.12 both for \
             12% and for 0.12, and Takedown cannot tell which was typed; type the figure as \
             text, with an apostrophe in front: '12% or '0.12%"
        ]
    );
}

/// Found by a newcomer's review: a source's fields at their own columns; a column missing
/// from the sheet said once, not once per stage; every missing Case row said at once; a cell
/// under no heading; a .csv holding only the stages.
#[test]
fn problems_found_in_review_are_at_their_cells_and_said_once() {
    let all = Column::all();
    let headings: Vec<Column> = all
        .iter()
        .copied()
        .filter(|c| *c != Column::SourceTitle)
        .collect();
    let mut rows = vec![heading_row(&headings)];
    for i in 1..=3 {
        let mut cells = estimate(&format!("s{i}"), "arrests", number(5.0));
        if i == 2 {
            cells.retain(|(c, _)| *c != Column::Publisher);
            cells.push((Column::Url, text("www.europol.europa.eu")));
        }
        rows.push(stage(&headings, &cells));
    }
    // A note two columns right of the last heading.
    let beyond = headings.len() + 1;
    rows[3].resize(beyond + 1, Cell::Empty);
    rows[3][beyond] = text("my note");
    let case = sheet(
        "Case",
        vec![
            vec![text("Field"), text("Value")],
            vec![text("Id"), text("short")],
            vec![text("Title"), text("Short"), text("a note of mine")],
        ],
    );
    let book = Workbook {
        sheets: vec![case, sheet("Stages", rows)],
    };
    let problems = case_from(&book).unwrap_err();
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let column =
        |c: Column| super::workbook::column_letters(headings.iter().position(|h| *h == c).unwrap());
    let expected = [
        "Case!A1: the summary is empty (the case has no Summary row)".to_string(),
        "Case!A1: Years is empty (the case has no Years row)".to_string(),
        "Case!A1: the lesson is empty (the case has no Lesson row)".to_string(),
        "Case!A1: the list of countries is empty (the case has no Country row)".to_string(),
        "Case!A1: the briefing is empty (the case has no Briefing row)".to_string(),
        "Stages!A1: the source's title is empty in every stage: the sheet has no `Source \
         title` column"
            .to_string(),
        format!(
            "Stages!{}3: the source's publisher is empty",
            column(Column::Publisher)
        ),
        format!(
            "Stages!{}3: the URL `www.europol.europa.eu` must start with https:// or http://",
            column(Column::Url)
        ),
    ];
    for line in &expected {
        assert!(lines.contains(line), "no `{line}` in {lines:#?}");
    }
    assert!(
        lines.iter().any(|l| l.starts_with(&format!(
            "Stages!{}4: this cell has no heading above it",
            super::workbook::column_letters(beyond)
        ))),
        "{lines:#?}"
    );
    assert_eq!(lines.len(), expected.len() + 1, "{lines:#?}");

    // The Stages sheet alone saved as .csv.
    let only_stages = [
        all.iter().map(|c| c.label()).collect::<Vec<_>>().join(","),
        "s1,Title".to_string(),
    ]
    .join("\n");
    let sheet = workbook::read_csv(only_stages.as_bytes()).unwrap();
    let problems = case_from(&Workbook {
        sheets: vec![sheet],
    })
    .unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .starts_with("A1: the case's own rows (Id, Title, Summary, …) are missing above"),
        "{}",
        problems[0]
    );
}

/// Places: read from the Case sheet's Place rows (one per line) and the Stages sheet's Places
/// column; a mistyped one is reported at its cell, with the country it likely means.
#[test]
fn places_are_read_from_their_cells_and_problems_reported_there() {
    use crate::content::{Place, PlaceRole};
    let headings = Column::all();
    let mut rows = vec![heading_row(&headings)];
    let mut first = estimate("s1", "arrests", number(10.0));
    first.push((
        Column::Places,
        text("Action day, BE\nServers, FR, Roubaix, 50.6942, 3.1746"),
    ));
    rows.push(stage(&headings, &first));
    let mut case = case_sheet();
    case.rows
        .push(vec![text("Place"), text("Joint team, NL\njoint TEAM, FR")]);
    let good = Workbook {
        sheets: vec![case.clone(), sheet("Stages", rows.clone())],
    };
    let read = case_from(&good).unwrap_or_else(|p| panic!("{p:#?}")).case;
    let place = |role, country: &str| Place {
        role,
        country: country.into(),
        city: None,
        at: None,
    };
    assert_eq!(
        read.places,
        [
            place(PlaceRole::JointTeam, "NL"),
            place(PlaceRole::JointTeam, "FR")
        ]
    );
    assert_eq!(
        read.stages[0].places,
        [
            place(PlaceRole::ActionDay, "BE"),
            Place {
                role: PlaceRole::Servers,
                country: "FR".into(),
                city: Some("Roubaix".into()),
                at: Some((50.6942, 3.1746)),
            }
        ]
    );

    let mut bad = estimate("s2", "arrests", number(20.0));
    bad.push((Column::Places, text("Servers, FR, Roubaix")));
    rows.push(stage(&headings, &bad));
    case.rows.push(vec![text("Place"), text("Servers, Frnace")]);
    case.rows
        .push(vec![text("Place"), text("Headquarters, NL")]);
    let book = Workbook {
        sheets: vec![case, sheet("Stages", rows)],
    };
    let lines: Vec<String> = case_from(&book)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    let places_column = Column::all()
        .iter()
        .position(|c| *c == Column::Places)
        .unwrap();
    let column = (b'A' + (places_column / 26) as u8 - 1) as char;
    let column = format!("{column}{}", (b'A' + (places_column % 26) as u8) as char);
    assert_eq!(
        lines,
        [
            "Case!B13: unknown country code `Frnace`, did you mean `FR` (France)?".to_string(),
            "Case!B14: `Headquarters` is not a place's role: the roles are Servers, Joint team, \
             Agency seat, Action day, Received data, Arrests, Court (write a place as: role, \
             country code[, city, latitude, longitude], like `Servers, FR, Roubaix, 50.6942, \
             3.1746` or `Joint team, NL`)"
                .to_string(),
            format!(
                "Stages!{column}3: the city `Roubaix` needs its latitude and longitude (write a \
                 place as: role, country code[, city, latitude, longitude], like `Servers, FR, \
                 Roubaix, 50.6942, 3.1746` or `Joint team, NL`)"
            ),
        ]
    );
}
