//! Writing numbers the way a person reads them: `6,558`, `115 million`, `€739.7 million`.
//!
//! Figures are never rounded silently: [`format_exact`] keeps every significant digit of a
//! value as it stands in a case file. [`format_rounded`] is for the player's own slider guesses,
//! where three significant figures are all the slider can mean.

/// A number with its unit: `€739.7 million`, `6,558 arrests`, `103.5 tonnes`.
///
/// ```
/// use takedown::content::number::with_unit;
/// assert_eq!(with_unit(739_700_000.0, "€"), "€739.7 million");
/// assert_eq!(with_unit(6558.0, "arrests"), "6,558 arrests");
/// ```
pub fn with_unit(value: f64, unit: &str) -> String {
    join_unit(&format_exact(value), unit)
}

/// A unit word in the singular: `arrests` → `arrest`, `countries` → `country`, `searches` →
/// `search`, `people` → `person`. For a unit of several words the first plural one changes
/// (`messages a day` → `message a day`, `High Value Targets` → `High Value Target`).
pub fn singular(unit: &str) -> String {
    let one = |w: &str| -> Option<String> {
        let lower = w.to_lowercase();
        if lower == "people" {
            return Some(
                if w.starts_with('P') {
                    "Person"
                } else {
                    "person"
                }
                .into(),
            );
        }
        if lower.len() < 3
            || !lower.ends_with('s')
            || lower.ends_with("ss")
            || lower.ends_with("us")
        {
            return None;
        }
        Some(if lower.ends_with("ies") {
            format!("{}y", &w[..w.len() - 3])
        } else if ["ches", "shes", "xes", "sses"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            w[..w.len() - 2].to_string()
        } else {
            w[..w.len() - 1].to_string()
        })
    };
    let words: Vec<&str> = unit.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        if let Some(s) = one(w) {
            let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            out[i] = s;
            return out.join(" ");
        }
    }
    unit.to_string()
}

/// An already formatted number with its unit: a currency goes before, anything else after. A
/// number that is exactly 1 takes the unit in the singular (`1 user`).
pub fn join_unit(number: &str, unit: &str) -> String {
    let unit = unit.trim();
    let singular_unit;
    let unit = if number == "1" {
        singular_unit = singular(unit);
        singular_unit.as_str()
    } else {
        unit
    };
    if unit.is_empty() {
        number.to_string()
    } else if is_currency(unit) {
        format!("{unit}{number}")
    } else if unit == "%" {
        format!("{number}%")
    } else {
        format!("{number} {unit}")
    }
}

/// A currency a figure can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// Written before the number: `€`, `US$`.
    pub symbol: &'static str,
    /// In a sentence: `euros`.
    pub name: &'static str,
    /// ISO 4217: `EUR`.
    pub code: &'static str,
}

/// Every currency a case may use, the one list the game has. A symbol that ends another comes
/// after it (`US$` before `$`), so reading a typed answer tries the longer one first.
pub const CURRENCIES: [Currency; 6] = [
    Currency {
        symbol: "US$",
        name: "US dollars",
        code: "USD",
    },
    Currency {
        symbol: "A$",
        name: "Australian dollars",
        code: "AUD",
    },
    Currency {
        symbol: "C$",
        name: "Canadian dollars",
        code: "CAD",
    },
    Currency {
        symbol: "€",
        name: "euros",
        code: "EUR",
    },
    Currency {
        symbol: "$",
        name: "US dollars",
        code: "USD",
    },
    Currency {
        symbol: "£",
        name: "pounds",
        code: "GBP",
    },
];

/// The currency whose symbol is `unit`, if it is one.
pub fn currency(unit: &str) -> Option<&'static Currency> {
    CURRENCIES.iter().find(|c| c.symbol == unit.trim())
}

/// Whether a unit is a currency symbol written before the number.
pub fn is_currency(unit: &str) -> bool {
    currency(unit).is_some()
}

/// A currency symbol in words: `€` is `euros`.
pub fn currency_name(unit: &str) -> Option<&'static str> {
    currency(unit).map(|c| c.name)
}

/// A value written in full precision, with words for millions and billions.
pub fn format_exact(value: f64) -> String {
    format_with(value)
}

/// A value rounded to a few significant figures (for slider positions).
pub fn format_rounded(value: f64, significant: u32) -> String {
    format_with(round_significant(value, significant))
}

/// A year: no grouping separator.
pub fn format_year(value: f64) -> String {
    format!("{}", value.round() as i64)
}

/// Round to `significant` significant figures.
pub fn round_significant(value: f64, significant: u32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let scale = 10f64.powi(significant as i32 - 1 - magnitude);
    (value * scale).round() / scale
}

/// The word a figure is written with: none, million, billion or trillion (short scale).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magnitude {
    One,
    Million,
    Billion,
    Trillion,
}

impl Magnitude {
    /// The power of ten the word stands for.
    pub fn exponent(self) -> i32 {
        match self {
            Magnitude::One => 0,
            Magnitude::Million => 6,
            Magnitude::Billion => 9,
            Magnitude::Trillion => 12,
        }
    }
}

/// A non-negative value as a person writes it with every digit it has: the largest word that
/// loses nothing and the plain decimal before it (`739700000` → `("739.7", Million)`,
/// `6558` → `("6558", One)`, `1234567.5` → `("1234567.5", One)`). `None` for a value that is
/// not finite.
pub fn in_words(value: f64) -> Option<(String, Magnitude)> {
    if !value.is_finite() {
        return None;
    }
    let abs = value.abs();
    for magnitude in [Magnitude::Trillion, Magnitude::Billion, Magnitude::Million] {
        let size = 10f64.powi(magnitude.exponent());
        if abs >= size {
            // Only use the word when it loses nothing: 115 million, 739.7 million, 1.15 billion.
            if let Some(text) = plain_decimal(abs / size, 6) {
                return Some((text, magnitude));
            }
        }
    }
    Some((
        plain_decimal(abs, 9).unwrap_or_else(|| format!("{abs}")),
        Magnitude::One,
    ))
}

fn format_with(value: f64) -> String {
    let Some((text, magnitude)) = in_words(value) else {
        return "?".to_string();
    };
    let sign = if value < 0.0 { "-" } else { "" };
    let word = match magnitude {
        Magnitude::One => {
            let grouped = if value.abs() >= 1000.0 {
                group_thousands(&text)
            } else {
                text
            };
            return format!("{sign}{grouped}");
        }
        Magnitude::Million => "million",
        Magnitude::Billion => "billion",
        Magnitude::Trillion => "trillion",
    };
    format!("{sign}{} {word}", group_thousands(&text))
}

/// `value` written with at most `max_decimals` decimals, trailing zeros removed, if that is
/// exact to within floating-point noise.
fn plain_decimal(value: f64, max_decimals: usize) -> Option<String> {
    let text = format!("{value:.max_decimals$}");
    let back: f64 = text.parse().ok()?;
    let tolerance = value.abs() * 1e-12 + 1e-12;
    if (back - value).abs() > tolerance {
        return None;
    }
    let trimmed = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    Some(trimmed)
}

/// `1234567.5` → `1,234,567.5`.
fn group_thousands(text: &str) -> String {
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{grouped}.{f}"),
        None => grouped,
    }
}

/// A factor with its sign of multiplication, as a sentence reads it: `2.3x`, `1,200x`; from a
/// million on in words, `3 million times` (never `3 millionx`).
pub fn times(factor: f64) -> String {
    let shown = format_factor(factor);
    if factor >= 1e6 {
        format!("{shown} times")
    } else {
        format!("{shown}x")
    }
}

/// A factor between two figures for people: `2.3`, `12`, `1,200`.
pub fn format_factor(factor: f64) -> String {
    if factor < 10.0 {
        let rounded = (factor * 10.0).round() / 10.0;
        let text = format!("{rounded:.1}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        format_with(round_significant(factor, 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_factor_reads_with_its_x_or_in_words_from_a_million() {
        assert_eq!(times(2.34), "2.3x");
        assert_eq!(times(1200.0), "1,200x");
        assert_eq!(times(3_000_000.0), "3 million times");
    }

    #[test]
    fn whole_numbers_are_grouped() {
        assert_eq!(format_exact(6558.0), "6,558");
        assert_eq!(format_exact(197.0), "197");
        assert_eq!(format_exact(60_000.0), "60,000");
        assert_eq!(format_exact(7134.0), "7,134");
    }

    #[test]
    fn millions_and_billions_use_words_without_losing_digits() {
        assert_eq!(format_exact(115_000_000.0), "115 million");
        assert_eq!(format_exact(739_700_000.0), "739.7 million");
        assert_eq!(format_exact(30_500_000.0), "30.5 million");
        assert_eq!(format_exact(1e9), "1 billion");
        assert_eq!(format_exact(76_914_575.0), "76.914575 million");
    }

    #[test]
    fn decimals_stay_exact() {
        assert_eq!(format_exact(103.5), "103.5");
        assert_eq!(format_exact(3.3), "3.3");
        assert_eq!(format_exact(0.5), "0.5");
    }

    #[test]
    fn units_go_before_or_after() {
        assert_eq!(with_unit(739_700_000.0, "€"), "€739.7 million");
        assert_eq!(with_unit(6558.0, "arrests"), "6,558 arrests");
        assert_eq!(with_unit(20.0, "%"), "20%");
        assert_eq!(with_unit(2017.0, ""), "2,017");
        assert_eq!(format_year(2017.0), "2017");
    }

    #[test]
    fn slider_guesses_are_rounded_to_three_figures() {
        assert_eq!(format_rounded(4_567.8, 3), "4,570");
        assert_eq!(format_rounded(123_456_789.0, 3), "123 million");
        assert_eq!(format_rounded(1.2345, 3), "1.23");
    }

    #[test]
    fn factors_read_naturally() {
        assert_eq!(format_factor(2.3456), "2.3");
        assert_eq!(format_factor(2.0), "2");
        assert_eq!(format_factor(12.4), "12");
        assert_eq!(format_factor(1234.0), "1,200");
    }
}

/// A date from a case file (`2023-06-27`, `2023-06`, `2023`) in words: `27 June 2023`.
pub fn format_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = date.split('-').collect();
    let month = parts
        .get(1)
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (parts.as_slice(), month) {
        ([year, _, day], Some(month)) => {
            format!("{} {month} {year}", day.trim_start_matches('0'))
        }
        ([year, _], Some(month)) => format!("{month} {year}"),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod date_tests {
    use super::format_date;

    #[test]
    fn dates_in_words() {
        assert_eq!(format_date("2023-06-27"), "27 June 2023");
        assert_eq!(format_date("2020-07-02"), "2 July 2020");
        assert_eq!(format_date("2021-03"), "March 2021");
        assert_eq!(format_date("2019"), "2019");
        assert_eq!(format_date("nonsense"), "nonsense");
    }
}
