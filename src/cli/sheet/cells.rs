//! A cell's value as a case field wants it, with the habits of spreadsheets undone: numbers
//! stored with float noise (7.0000000000000009), percentages stored as fractions (12% as
//! 0.12), dates stored as serial numbers or as text in several forms, thousands separators
//! typed into text cells (`6,558`), spaces around text. Each function says what is wrong in
//! a sentence for the author.

use super::workbook::{Cell, date_of_serial};
use crate::content::Scale;
use crate::content::lang::Lang;
use crate::content::number::round_significant;

/// Significant figures a number from a spreadsheet keeps: enough for any figure a source
/// gives, few enough to drop binary float noise (7.0000000000000009 is 7).
pub const SIGNIFICANT_FIGURES: u32 = 12;

/// A number without its float noise.
pub fn clean(value: f64) -> f64 {
    round_significant(value, SIGNIFICANT_FIGURES)
}

/// A number as text, as a person writes it in a text field: `2020`, `1.5`.
fn number_text(value: f64) -> String {
    let value = clean(value);
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// A date as a case file writes it: `2023-06-27`.
fn iso(y: i32, m: u8, d: u8) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The cell's text, trimmed; a number or a date as it would be typed.
///
/// # Errors
/// A cell holding a formula's error.
pub fn text(cell: &Cell) -> Result<String, String> {
    match cell {
        Cell::Empty => Ok(String::new()),
        Cell::Text(text) => Ok(text.trim().to_string()),
        Cell::Number { value, percent } => Ok(if *percent {
            format!("{}%", number_text(value * 100.0))
        } else {
            number_text(*value)
        }),
        Cell::Date(y, m, d) => Ok(iso(*y, *m, *d)),
        Cell::Bool(b) => Ok(if *b { "yes" } else { "no" }.into()),
        Cell::Error(e) => Err(format!(
            "the cell shows the error {e}: write the text itself, not a formula"
        )),
    }
}

/// The cell's paragraphs: one per line, empty lines and spaces dropped.
///
/// # Errors
/// As [`text`].
pub fn paragraphs(cell: &Cell) -> Result<Vec<String>, String> {
    Ok(text(cell)?
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect())
}

/// A figure for an estimate whose unit is `unit` on `scale`; `None` for an empty cell. A
/// number cell as shown (a percentage cell's 0.12 is 12); a text cell as a player may type it
/// (`6,558`, `739.7 million`, `€1.2bn`, `12%`), its unit converted to the question's.
/// `percent_known`: whether a number cell says it is a percentage (see
/// [`super::workbook::Sheet::percent_known`]).
///
/// # Errors
/// Text that is no figure, a unit that does not convert, a date, a yes/no, a formula's error;
/// a number below 1 in a percentage where the sheet cannot say whether it was typed as 12%
/// or 0.12.
pub fn figure(
    cell: &Cell,
    unit: &str,
    scale: Scale,
    percent_known: bool,
) -> Result<Option<f64>, String> {
    use crate::rules::answer::{AnswerError, read_figure};
    let in_percent = is_percent(unit);
    let not_percent = |shown: &str| {
        format!(
            "{shown} is a percentage, but this question counts {}: write the figure in that \
             unit, or make the Unit %",
            if unit.trim().is_empty() {
                "no unit"
            } else {
                unit.trim()
            }
        )
    };
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number {
            value,
            percent: true,
        } if !in_percent => Err(not_percent(&format!("{}%", clean(value * 100.0)))),
        Cell::Number { value, .. } if !percent_known && in_percent && value.abs() < 1.0 => {
            Err(format!(
                "{value} in a question counted in %: an .ods file stores 0.12 both for 12% and \
                 for 0.12, and Takedown cannot tell which was typed; type the figure as text, \
                 with an apostrophe in front: '{}% or '{value}%",
                clean(value * 100.0)
            ))
        }
        Cell::Number { value, percent } => {
            Ok(Some(clean(if *percent { value * 100.0 } else { *value })))
        }
        Cell::Text(text) if text.trim().is_empty() => Ok(None),
        Cell::Text(text) => {
            let typed = text.trim();
            let not_a_number =
                || format!("`{typed}` is not a number: write it like 6558, 6,558 or 1.2 million");
            // `12%` where the unit is `%`: the figure as shown.
            if let Some(number) = typed.strip_suffix('%') {
                if !in_percent {
                    return Err(not_percent(typed));
                }
                return read_figure(number, Lang::En)
                    .ok()
                    .filter(|f| f.words.is_empty() && f.currency.is_none())
                    .map(|f| Some(clean(f.value)))
                    .ok_or_else(not_a_number);
            }
            let figure = read_figure(typed, Lang::En).map_err(|_| not_a_number())?;
            let value = match scale {
                Scale::Linear if figure.words.is_empty() && figure.currency.is_none() => {
                    figure.value
                }
                Scale::Linear => return Err(not_a_number()),
                Scale::Log => crate::rules::units::in_unit(&figure, unit).map_err(|e| match e {
                    AnswerError::WrongUnit { .. } | AnswerError::UnknownWord { .. } => {
                        let why = e.to_string();
                        let mut chars = why.chars();
                        let why: String = chars
                            .next()
                            .map(|c| c.to_lowercase().chain(chars).collect())
                            .unwrap_or_default();
                        format!("`{typed}`: {why}")
                    }
                    _ => not_a_number(),
                })?,
            };
            Ok(Some(clean(value)))
        }
        Cell::Date(y, m, d) => Err(format!(
            "the spreadsheet stores this cell as a date ({}), not a number: format the cell as \
             a number or as text",
            iso(*y, *m, *d)
        )),
        Cell::Bool(_) => Err("a yes/no is not a number".into()),
        Cell::Error(e) => Err(format!(
            "the cell shows the error {e}: write the figure itself"
        )),
    }
}

/// A date as a case file writes it (`2023-06-27`, `2023-06`, `2023`), from a date cell, a
/// year, a serial number left without a date format, or text: `2023-06-27`, `27 June 2023`,
/// `June 27, 2023`, `June 2023`, `27.06.2023`, `2023/06/27`. Empty for an empty cell.
///
/// # Errors
/// Anything else (`27/06/2023` could be either of two days), with the forms to use.
pub fn date(cell: &Cell) -> Result<String, String> {
    let how = "write it as 2023-06-27, 2023-06 or 2023 (or 27 June 2023)";
    match cell {
        Cell::Empty => Ok(String::new()),
        Cell::Date(y, m, d) => Ok(iso(*y, *m, *d)),
        Cell::Number { value, .. } => {
            let value = clean(*value);
            if value.fract() != 0.0 {
                Err(format!("{value} is not a date: {how}"))
            } else if (1900.0..=2100.0).contains(&value) {
                Ok(format!("{value:.0}"))
            } else if (367.0..=73_415.0).contains(&value) {
                // A date whose cell lost its date format: the spreadsheet's serial number.
                let (y, m, d) = date_of_serial(value);
                Ok(iso(y, m, d))
            } else {
                Err(format!("{value} is not a date: {how}"))
            }
        }
        Cell::Text(text) => {
            let typed = text.trim();
            if typed.is_empty() || crate::content::validate::is_date(typed) {
                return Ok(typed.to_string());
            }
            // A serial number or a year in a text cell (every cell of a .csv is text).
            if let Ok(value) = typed.parse::<f64>() {
                return date(&Cell::Number {
                    value,
                    percent: false,
                });
            }
            written_date(typed).ok_or_else(|| format!("`{typed}` is not a date: {how}"))
        }
        Cell::Bool(_) => Err(format!("a yes/no is not a date: {how}")),
        Cell::Error(e) => Err(format!("the cell shows the error {e}: {how}")),
    }
}

/// Dates, one per line of a text cell, each read as [`date`] reads it; a cell holding a single
/// date or year as a number is that one date.
///
/// # Errors
/// The first line that is no date, as [`date`] words it.
pub fn dates(cell: &Cell) -> Result<Vec<String>, String> {
    match cell {
        Cell::Text(text) => text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| date(&Cell::Text(line.to_string())))
            .collect(),
        Cell::Empty => Ok(Vec::new()),
        other => date(other).map(|d| vec![d]),
    }
}

/// A date written out in full and alone (`27 June 2023`, `27.06.2023`, `2023/06/27`) as a
/// case file writes it.
fn written_date(typed: &str) -> Option<String> {
    // Day.month.year and year/month/day are never read the other way round.
    let numbers = |sep: char| -> Option<Vec<u32>> {
        let parts: Vec<&str> = typed.split(sep).map(str::trim).collect();
        (parts.len() == 3 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())))
            .then(|| parts.iter().map(|p| p.parse().ok()).collect())
            .flatten()
    };
    let checked = |y: u32, m: u32, d: u32| {
        let text = format!("{y:04}-{m:02}-{d:02}");
        crate::content::validate::is_date(&text).then_some(text)
    };
    if let Some(n) = numbers('.') {
        return checked(n[2], n[1], n[0]);
    }
    if let Some(n) = numbers('/')
        && n[0] > 999
    {
        return checked(n[0], n[1], n[2]);
    }
    let found = crate::content::leaks::dates::dates(typed);
    let [one] = found.as_slice() else {
        return None;
    };
    // The date must be the whole text, not a date inside a sentence.
    if typed[..one.start].trim().is_empty() && typed[one.end..].trim_matches('.').trim().is_empty()
    {
        use crate::content::leaks::dates::Precision;
        let (y, m, d) = (one.date.year(), u8::from(one.date.month()), one.date.day());
        return Some(match one.precision {
            Precision::Year => format!("{y:04}"),
            Precision::Month => format!("{y:04}-{m:02}"),
            Precision::Day => iso(y, m, d),
        });
    }
    None
}

/// A unit counted in per cent: `%`, `per cent`, `percent`.
fn is_percent(unit: &str) -> bool {
    matches!(
        unit.trim().to_lowercase().as_str(),
        "%" | "per cent" | "percent" | "percentage points"
    )
}

/// Yes or no: `yes`, `no`, `true`, `false`, `1`, `0`, `x`, a ticked box; empty is no.
///
/// # Errors
/// Anything else.
pub fn yes_no(cell: &Cell) -> Result<bool, String> {
    match cell {
        Cell::Bool(b) => Ok(*b),
        Cell::Number { value, .. } if *value == 0.0 || *value == 1.0 => Ok(*value == 1.0),
        other => {
            let typed = text(other)?.to_lowercase();
            match typed.as_str() {
                "" | "no" | "n" | "false" | "0" => Ok(false),
                "yes" | "y" | "true" | "1" | "x" => Ok(true),
                _ => Err(format!("`{typed}`: write yes or no")),
            }
        }
    }
}

/// A whole number from `low` to `high` (the right option's number); `None` when empty.
///
/// # Errors
/// Anything else, naming the range.
pub fn whole_number(cell: &Cell, low: usize, high: usize) -> Result<Option<usize>, String> {
    let value = match cell {
        Cell::Number { value, .. } => clean(*value),
        other => {
            let typed = text(other)?;
            if typed.is_empty() {
                return Ok(None);
            }
            typed.parse::<f64>().unwrap_or(f64::NAN)
        }
    };
    if value.fract() == 0.0 && value >= low as f64 && value <= high as f64 {
        Ok(Some(value as usize))
    } else {
        Err(format!(
            "`{}`: write the number of the right option, {low} to {high}",
            text(cell).unwrap_or_default()
        ))
    }
}

/// A place as one line of a cell: `Servers, FR, Roubaix, 50.6942, 3.1746` (role, country
/// code, and for a city its name, latitude and longitude) or `Joint team, NL`.
///
/// # Errors
/// What is wrong with the line, and how to write it.
pub fn place(line: &str) -> Result<crate::content::Place, String> {
    use crate::content::{Place, PlaceRole};
    let how = "write a place as: role, country code[, city, latitude, longitude], like \
               `Servers, FR, Roubaix, 50.6942, 3.1746` or `Joint team, NL`";
    let parts: Vec<&str> = line.split(',').map(str::trim).collect();
    let role_text = parts.first().copied().unwrap_or_default();
    let squeezed: String = role_text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let roles = [
        PlaceRole::Servers,
        PlaceRole::JointTeam,
        PlaceRole::AgencySeat,
        PlaceRole::ActionDay,
        PlaceRole::ReceivedData,
        PlaceRole::Arrests,
        PlaceRole::Court,
    ];
    let role = roles
        .into_iter()
        .find(|r| role_label(*r).replace(' ', "").to_lowercase() == squeezed)
        .ok_or_else(|| {
            let names: Vec<&str> = roles.iter().map(|r| role_label(*r)).collect();
            format!(
                "`{role_text}` is not a place's role: the roles are {} ({how})",
                names.join(", ")
            )
        })?;
    let number = |text: &str, what: &str| -> Result<f64, String> {
        text.parse::<f64>()
            .map_err(|_| format!("`{text}` is not a {what} in degrees, like 50.6942 ({how})"))
    };
    match parts.as_slice() {
        [_, country] if !country.is_empty() => Ok(Place {
            role,
            country: country.to_string(),
            city: None,
            at: None,
        }),
        [_, country, city, lat, lon] if !country.is_empty() && !city.is_empty() => Ok(Place {
            role,
            country: country.to_string(),
            city: Some(city.to_string()),
            at: Some((number(lat, "latitude")?, number(lon, "longitude")?)),
        }),
        [_, _, city] => Err(format!(
            "the city `{city}` needs its latitude and longitude ({how})"
        )),
        _ => Err(format!("`{line}`: {how}")),
    }
}

/// A role as a sheet writes it: `Joint team`.
pub fn role_label(role: crate::content::PlaceRole) -> &'static str {
    use crate::content::PlaceRole;
    match role {
        PlaceRole::Servers => "Servers",
        PlaceRole::JointTeam => "Joint team",
        PlaceRole::AgencySeat => "Agency seat",
        PlaceRole::ActionDay => "Action day",
        PlaceRole::ReceivedData => "Received data",
        PlaceRole::Arrests => "Arrests",
        PlaceRole::Court => "Court",
    }
}

/// A place as one line, as [`place`] reads it.
pub fn place_text(place: &crate::content::Place) -> String {
    let mut text = format!("{}, {}", role_label(place.role), place.country);
    if let (Some(city), Some((lat, lon))) = (&place.city, place.at) {
        text.push_str(&format!(", {city}, {lat}, {lon}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f64) -> Cell {
        Cell::Number {
            value,
            percent: false,
        }
    }

    fn typed(text: &str) -> Cell {
        Cell::Text(text.into())
    }

    #[test]
    fn float_noise_is_dropped() {
        assert_eq!(
            figure(&number(7.000_000_000_000_001), "arrests", Scale::Log, true),
            Ok(Some(7.0))
        );
        assert_eq!(
            figure(&number(0.1 + 0.2), "tonnes", Scale::Log, true),
            Ok(Some(0.3))
        );
        assert_eq!(
            figure(&number(739_700_000.000_000_1), "€", Scale::Log, true),
            Ok(Some(739_700_000.0))
        );
        assert_eq!(text(&number(2_020.000_000_000_000_2)), Ok("2020".into()));
    }

    #[test]
    fn percentages_are_read_as_shown() {
        let stored = Cell::Number {
            value: 0.12,
            percent: true,
        };
        assert_eq!(figure(&stored, "%", Scale::Log, true), Ok(Some(12.0)));
        let stored = Cell::Number {
            value: 0.005,
            percent: true,
        };
        assert_eq!(figure(&stored, "%", Scale::Log, true), Ok(Some(0.5)));
        assert_eq!(figure(&typed("12%"), "%", Scale::Log, true), Ok(Some(12.0)));
        assert_eq!(
            figure(&typed(" 0.5 % "), "%", Scale::Log, true),
            Ok(Some(0.5))
        );
        // In an .ods file 12% and 0.12 are the same cell: asked, never guessed.
        let why = figure(&number(0.12), "%", Scale::Log, false).unwrap_err();
        assert!(
            why.contains("type the figure as text, with an apostrophe in front: '12% or '0.12%"),
            "{why}"
        );
        // A percentage where the question counts something else is a mistake.
        let twelve = Cell::Number {
            value: 0.12,
            percent: true,
        };
        let why = figure(&twelve, "tonnes", Scale::Log, true).unwrap_err();
        assert!(
            why.starts_with("12% is a percentage, but this question counts tonnes"),
            "{why}"
        );
        assert!(figure(&typed("12%"), "tonnes", Scale::Log, true).is_err());
        assert_eq!(
            figure(&number(12.0), "%", Scale::Log, false),
            Ok(Some(12.0))
        );
        assert_eq!(
            figure(&number(0.12), "tonnes", Scale::Log, false),
            Ok(Some(0.12))
        );
    }

    #[test]
    fn figures_typed_as_text() {
        let f = |t: &str, unit: &str| figure(&typed(t), unit, Scale::Log, true);
        assert_eq!(f("6,558", "arrests"), Ok(Some(6558.0)));
        assert_eq!(f("6 558 ", "arrests"), Ok(Some(6558.0)));
        assert_eq!(f("1,000,000", "messages"), Ok(Some(1_000_000.0)));
        assert_eq!(f("739.7 million", "€"), Ok(Some(739_700_000.0)));
        assert_eq!(f("€739.7 million", "€"), Ok(Some(739_700_000.0)));
        assert_eq!(f("6558 arrests", "arrests"), Ok(Some(6558.0)));
        assert_eq!(f("", "arrests"), Ok(None));
        assert!(
            f("lots", "arrests")
                .unwrap_err()
                .contains("`lots` is not a number")
        );
        let why = f("5 tonnes", "€").unwrap_err();
        assert!(why.starts_with("`5 tonnes`: t"), "{why}");
        assert_eq!(
            figure(&typed("2017"), "year", Scale::Linear, true),
            Ok(Some(2017.0))
        );
        assert!(figure(&Cell::Date(2017, 1, 1), "year", Scale::Linear, true).is_err());
    }

    #[test]
    fn dates_as_spreadsheets_store_them() {
        assert_eq!(date(&Cell::Date(2023, 6, 27)), Ok("2023-06-27".into()));
        assert_eq!(date(&number(2023.0)), Ok("2023".into()));
        assert_eq!(date(&number(45104.0)), Ok("2023-06-27".into()));
        assert_eq!(date(&typed("45104")), Ok("2023-06-27".into()));
        assert_eq!(date(&typed("2023")), Ok("2023".into()));
        assert_eq!(date(&typed("2023-06")), Ok("2023-06".into()));
        assert_eq!(date(&typed(" 2023-06-27 ")), Ok("2023-06-27".into()));
        assert_eq!(date(&typed("27 June 2023")), Ok("2023-06-27".into()));
        assert_eq!(date(&typed("June 27, 2023")), Ok("2023-06-27".into()));
        assert_eq!(date(&typed("June 2023")), Ok("2023-06".into()));
        assert_eq!(date(&typed("27.06.2023")), Ok("2023-06-27".into()));
        assert_eq!(date(&typed("2023/06/27")), Ok("2023-06-27".into()));
        assert!(date(&typed("27/06/2023")).is_err());
        assert!(date(&typed("31.02.2023")).is_err());
        assert!(date(&typed("raided on 27 June 2023")).is_err());
        assert!(date(&number(12.5)).is_err());
        assert_eq!(date(&Cell::Empty), Ok(String::new()));
    }

    #[test]
    fn text_paragraphs_and_yes_no() {
        assert_eq!(text(&typed("  Exclu  ")), Ok("Exclu".into()));
        assert_eq!(
            paragraphs(&typed("First.\n\n  Second. \r\nThird.")),
            Ok(vec!["First.".into(), "Second.".into(), "Third.".into()])
        );
        assert!(
            text(&Cell::Error("#REF!".into()))
                .unwrap_err()
                .contains("#REF!")
        );
        assert_eq!(yes_no(&typed("Yes")), Ok(true));
        assert_eq!(yes_no(&Cell::Bool(true)), Ok(true));
        assert_eq!(yes_no(&Cell::Empty), Ok(false));
        assert!(yes_no(&typed("maybe")).is_err());
        assert_eq!(whole_number(&number(2.0), 1, 4), Ok(Some(2)));
        assert_eq!(whole_number(&typed(" 3 "), 1, 4), Ok(Some(3)));
        assert_eq!(whole_number(&Cell::Empty, 1, 4), Ok(None));
        assert!(
            whole_number(&number(5.0), 1, 4)
                .unwrap_err()
                .contains("1 to 4")
        );
    }
}
