//! The layout of a case in a spreadsheet: a "Case" sheet of fields (one row each; a country or
//! a briefing paragraph per row), a "Stages" sheet with one row per stage and a column per
//! field, found by its heading so columns can be moved or left out, and a "Read me" sheet
//! that explains them. In a .csv file the case's rows come first, then the stages from their
//! heading row (`Stage id, Title, …`) down.

/// The sheets' names.
pub const CASE_SHEET: &str = "Case";
pub const STAGES_SHEET: &str = "Stages";
pub const READ_ME_SHEET: &str = "Read me";

/// The Case sheet's headings.
pub const CASE_HEADINGS: [&str; 2] = ["Field", "Value"];

/// A row of the Case sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseField {
    Schema,
    Id,
    Title,
    Summary,
    Years,
    Country,
    Briefing,
    Lesson,
    Place,
}

impl CaseField {
    /// In the order of the sheet.
    pub const ALL: [CaseField; 9] = [
        CaseField::Schema,
        CaseField::Id,
        CaseField::Title,
        CaseField::Summary,
        CaseField::Years,
        CaseField::Country,
        CaseField::Briefing,
        CaseField::Lesson,
        CaseField::Place,
    ];

    /// The name in column A.
    pub fn label(self) -> &'static str {
        match self {
            CaseField::Schema => "Schema",
            CaseField::Id => "Id",
            CaseField::Title => "Title",
            CaseField::Summary => "Summary",
            CaseField::Years => "Years",
            CaseField::Country => "Country",
            CaseField::Briefing => "Briefing",
            CaseField::Lesson => "Lesson",
            CaseField::Place => "Place",
        }
    }

    /// May have several rows, one value each.
    pub fn repeats(self) -> bool {
        matches!(
            self,
            CaseField::Country | CaseField::Briefing | CaseField::Place
        )
    }

    /// The field's name in the case file, as the checks name it (`countries[2]`).
    pub fn path(self) -> &'static str {
        match self {
            CaseField::Schema => "schema",
            CaseField::Id => "id",
            CaseField::Title => "title",
            CaseField::Summary => "summary",
            CaseField::Years => "years",
            CaseField::Country => "countries",
            CaseField::Briefing => "briefing",
            CaseField::Lesson => "lesson",
            CaseField::Place => "places",
        }
    }

    /// What to write, for the Read me sheet.
    pub fn help(self) -> &'static str {
        match self {
            CaseField::Schema => {
                "The layout's version: 1. Leave it as it is (an empty or missing row means 1)."
            }
            CaseField::Id => {
                "Short name of the case, lower-case letters, digits and dashes: sky-ecc. The case \
                 file is saved as this name with .ron."
            }
            CaseField::Title => "Title on the case card and the briefing: Sky ECC.",
            CaseField::Summary => "One sentence on the case card.",
            CaseField::Years => "The years the case spans, as text: 2017–2024.",
            CaseField::Country => {
                "A country involved. One row per country, in the order the card lists them."
            }
            CaseField::Briefing => {
                "A paragraph of the briefing, for a student who has never heard of the case. One \
                 row per paragraph."
            }
            CaseField::Lesson => "What the case teaches, shown at the debrief.",
            CaseField::Place => PLACE_HELP,
        }
    }

    /// The field whose label is `text` (any case, spaces around ignored; `Countries` for
    /// `Country`).
    pub fn from_label(text: &str) -> Option<CaseField> {
        let text = normalise(text);
        CaseField::ALL
            .into_iter()
            .find(|f| normalise(f.label()) == text || normalise(f.path()) == text)
    }
}

/// A column of the Stages sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    StageId,
    Title,
    Narrative,
    Kind,
    Question,
    Unit,
    Scale,
    Truth,
    TruthHigh,
    SliderMin,
    SliderMax,
    AsOf,
    Explanation,
    Disagreement,
    Publisher,
    SourceTitle,
    SourceDate,
    Url,
    RightOption,
    /// Option 1 to 5 (`Option(1)` is the first).
    Option(u8),
    /// Why option 1 to 5 is right or wrong.
    Why(u8),
    /// Event 1 to 6, in the order they happened.
    Event(u8),
    /// When each event happened, one date per line.
    EventDates,
    Recap,
    Places,
    /// When the stage's events happened (its place on the timeline).
    Date,
}

/// How a place is written, in the Case sheet's Place rows and the Stages sheet's Places column.
pub const PLACE_HELP: &str = "Optional: a place on the case's map, one per row (or per line): \
     its role, its country's ISO code, and for a city its name, latitude and longitude, \
     separated by commas: Servers, FR, Roubaix, 50.6942, 3.1746 or Joint team, NL. Roles: \
     Servers, Joint team, Agency seat, Action day, Received data, Arrests, Court \
     (docs/authoring.md, Places).";

/// Most options a choice has, most events an order has (as `validate` allows).
pub const MAX_OPTIONS: u8 = 5;
pub const MAX_EVENTS: u8 = 6;

/// What a row asks, from its Kind column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Estimate,
    Choice,
    Order,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Estimate, Kind::Choice, Kind::Order];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Estimate => "estimate",
            Kind::Choice => "choice",
            Kind::Order => "order",
        }
    }

    pub fn from_label(text: &str) -> Option<Kind> {
        let text = normalise(text);
        Kind::ALL.into_iter().find(|k| k.label() == text)
    }

    /// The columns only this kind fills.
    pub fn owns(self, column: Column) -> bool {
        match column {
            Column::Unit
            | Column::Scale
            | Column::Truth
            | Column::TruthHigh
            | Column::SliderMin
            | Column::SliderMax => self == Kind::Estimate,
            Column::RightOption | Column::Option(_) | Column::Why(_) => self == Kind::Choice,
            Column::Event(_) | Column::EventDates | Column::Recap => self == Kind::Order,
            _ => true,
        }
    }
}

impl Column {
    /// Every column, in the order of the sheet.
    pub fn all() -> Vec<Column> {
        let mut all = vec![
            Column::StageId,
            Column::Title,
            Column::Narrative,
            Column::Kind,
            Column::Question,
            Column::Unit,
            Column::Scale,
            Column::Truth,
            Column::TruthHigh,
            Column::SliderMin,
            Column::SliderMax,
            Column::AsOf,
            Column::Explanation,
            Column::Disagreement,
            Column::Publisher,
            Column::SourceTitle,
            Column::SourceDate,
            Column::Url,
            Column::RightOption,
        ];
        for n in 1..=MAX_OPTIONS {
            all.extend([Column::Option(n), Column::Why(n)]);
        }
        all.extend((1..=MAX_EVENTS).map(Column::Event));
        all.push(Column::EventDates);
        all.push(Column::Recap);
        all.push(Column::Places);
        all.push(Column::Date);
        all
    }

    /// The heading in row 1.
    pub fn label(self) -> String {
        match self {
            Column::StageId => "Stage id".into(),
            Column::Title => "Title".into(),
            Column::Narrative => "Narrative".into(),
            Column::Kind => "Kind".into(),
            Column::Question => "Question".into(),
            Column::Unit => "Unit".into(),
            Column::Scale => "Scale".into(),
            Column::Truth => "Truth".into(),
            Column::TruthHigh => "Truth high".into(),
            Column::SliderMin => "Slider min".into(),
            Column::SliderMax => "Slider max".into(),
            Column::AsOf => "As of".into(),
            Column::Explanation => "Explanation".into(),
            Column::Disagreement => "Disagreement".into(),
            Column::Publisher => "Source publisher".into(),
            Column::SourceTitle => "Source title".into(),
            Column::SourceDate => "Source date".into(),
            Column::Url => "Source URL".into(),
            Column::RightOption => "Right option".into(),
            Column::Option(n) => format!("Option {n}"),
            Column::Why(n) => format!("Why {n}"),
            Column::Event(n) => format!("Event {n}"),
            Column::EventDates => "Event dates".into(),
            Column::Recap => "Recap".into(),
            Column::Places => "Places".into(),
            Column::Date => "Stage date".into(),
        }
    }

    /// The column whose heading is `text` (any case, spaces around ignored).
    pub fn from_label(text: &str) -> Option<Column> {
        let text = normalise(text);
        Column::all()
            .into_iter()
            .find(|c| normalise(&c.label()) == text)
    }

    /// What to write, for the Read me sheet.
    pub fn help(self) -> String {
        match self {
            Column::StageId => "Short name of the stage, unique in the case: servers.".into(),
            Column::Title => "The stage's heading: Inside the network.".into(),
            Column::Narrative => "What investigators knew and did at this point. One paragraph \
                 per line (Alt+Enter, or Ctrl+Enter in LibreOffice, starts a new line in a cell)."
                .into(),
            Column::Kind => "estimate (a number), choice (one right option of 2 to 5) or order \
                 (3 to 6 events to put in order)."
                .into(),
            Column::Question => "The question the player answers.".into(),
            Column::Unit => "Estimate: what is counted, after the number (arrests, tonnes), or \
                 a currency before it (€, US$, A$); % for a percentage; year for a year."
                .into(),
            Column::Scale => "Estimate: log for counts and amounts (scored by how many times \
                 too high or too low), linear only for years (scored in years off). Empty: \
                 linear when the Unit is year, log otherwise."
                .into(),
            Column::Truth => "Estimate: the true figure as the source gives it, never rounded \
                 (6558 or 6,558; 739.7 million). Where sources disagree, the lowest figure here \
                 and the highest in Truth high."
                .into(),
            Column::TruthHigh => "Estimate: where sources disagree, the highest figure; every \
                 figure from Truth to Truth high counts as exact. Empty otherwise."
                .into(),
            Column::SliderMin => "Estimate, optional: the slider's lowest end (default 1 on a \
                 log scale, 1990 for years). Fill both ends or neither."
                .into(),
            Column::SliderMax => "Estimate, optional: the slider's highest end (default 1 \
                 billion on a log scale, 2030 for years)."
                .into(),
            Column::AsOf => "The date the answer was true: 2023-06-27, 2023-06 or 2023 (a date \
                 the spreadsheet stores as a date is read too)."
                .into(),
            Column::Explanation => "Why the answer is what it is, in 2 to 4 sentences.".into(),
            Column::Disagreement => {
                "Optional: where sources disagree, which say what and why.".into()
            }
            Column::Publisher => "Who published the figure: Europol and Eurojust.".into(),
            Column::SourceTitle => "The title of the release, article or ruling.".into(),
            Column::SourceDate => "When it was published: 2023-06-27, 2023-06 or 2023.".into(),
            Column::Url => "Optional: where to read it (https://…).".into(),
            Column::RightOption => "Choice: the number of the right option, 1 to 5.".into(),
            Column::Option(1) => "Choice: the options, in any order (the game shuffles \
                 them). Leave the ones you do not need empty."
                .into(),
            Column::Option(_) => "Choice: another option.".into(),
            Column::Why(1) => "Choice: one line on why the option beside it is right or \
                 wrong, shown at the reveal."
                .into(),
            Column::Why(_) => "Choice: why the option beside it is right or wrong.".into(),
            Column::Event(1) => "Order: the events in the order they happened, first here \
                 (the game shuffles them). 3 to 6 events."
                .into(),
            Column::Event(_) => "Order: the next event.".into(),
            Column::EventDates => "Order, optional: when each event happened, one date per \
                 line in the order of the events (2017, 2020-04 or 2020-07-02). The reveal then \
                 places the events on a timeline. One date per event or none."
                .into(),
            Column::Recap => "Order, optional: yes for a closing question that asks the player \
                 to recall the order of events the case has already dated (otherwise Takedown \
                 warns that earlier stages give the order away)."
                .into(),
            Column::Date => "Optional: when the stage's events happened, 2020-07-02, 2020-07 or \
                 2020 (its place on the case's timeline; not the As of date of its figure)."
                .into(),
            Column::Places => "Optional: the places on this stage's map, shown at its reveal, \
                 one per line: Servers, FR, Roubaix, 50.6942, 3.1746 or Action day, BE. As the \
                 Case sheet's Place rows."
                .into(),
        }
    }
}

/// Lower case, spaces and underscores as one space, none around.
fn normalise(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The Read me sheet, as rows of two cells.
pub fn read_me() -> Vec<[String; 2]> {
    let mut rows: Vec<[String; 2]> = vec![
        ["Takedown case".into(), String::new()],
        [
            "How to use this".into(),
            "Each stage of the case is one row of the Stages sheet; the case's own fields are \
             on the Case sheet. Fill it in, save it, then run: takedown import-sheet FILE. \
             Takedown checks every cell and lists every problem with its place (Stages!H7: …); \
             nothing is written until the sheet is clean. Every figure needs its source and \
             date, and no answer may appear in anything shown before its question (the \
             briefing, earlier titles, narratives and explanations): docs/authoring.md."
                .into(),
        ],
        [
            "Files".into(),
            "Save as .xlsx or .ods (all sheets are read). A .csv holds one sheet only: \
             copy the Case rows above the Stages heading row (Stage id, Title, …) first, and \
             save it as UTF-8."
                .into(),
        ],
        [String::new(), String::new()],
        ["Case sheet".into(), String::new()],
    ];
    rows.extend(
        CaseField::ALL
            .into_iter()
            .map(|f| [f.label().to_string(), f.help().to_string()]),
    );
    rows.push([String::new(), String::new()]);
    rows.push([
        "Stages sheet".into(),
        "One row per stage, in the order the investigation happened. Columns can be moved or \
         left out; their headings must stay as they are."
            .into(),
    ]);
    rows.extend(
        Column::all()
            .into_iter()
            .filter(|c| {
                !matches!(
                    c,
                    Column::Option(2..) | Column::Why(2..) | Column::Event(2..)
                )
            })
            .map(|c| {
                let label = match c {
                    Column::Option(_) => format!("Option 1 to {MAX_OPTIONS}"),
                    Column::Why(_) => format!("Why 1 to {MAX_OPTIONS}"),
                    Column::Event(_) => format!("Event 1 to {MAX_EVENTS}"),
                    _ => c.label(),
                };
                [label, c.help()]
            }),
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_heading_reads_back_as_its_column() {
        for column in Column::all() {
            assert_eq!(Column::from_label(&column.label()), Some(column));
            assert_eq!(
                Column::from_label(&format!("  {} ", column.label().to_uppercase())),
                Some(column)
            );
        }
        for field in CaseField::ALL {
            assert_eq!(CaseField::from_label(field.label()), Some(field));
        }
        assert_eq!(CaseField::from_label("countries"), Some(CaseField::Country));
        assert_eq!(Column::from_label("Sorce title"), None);
        assert_eq!(Column::from_label("truth_high"), Some(Column::TruthHigh));
    }

    /// The example: the truth is in column H.
    #[test]
    fn the_truth_is_column_h() {
        assert_eq!(Column::all()[7], Column::Truth);
    }

    #[test]
    fn the_read_me_explains_every_column() {
        let text: String = read_me().iter().map(|r| format!("{}\n", r[0])).collect();
        for column in Column::all() {
            let label = column.label();
            let stem = label.trim_end_matches(|c: char| c.is_ascii_digit()).trim();
            assert!(text.contains(stem), "{label}");
        }
    }
}
