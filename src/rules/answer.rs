//! Reading what players type.
//!
//! Accepted (see README, "Typing an estimate"):
//! - plain and grouped numbers: `115000000`, `115,000,000`, `115 000 000`, `115'000'000`,
//!   `1.234.567`;
//! - multiplier words and letters: `6.5k`, `115m`, `115 million`, `0.5 bn`, `2 billion`,
//!   `3 thousand`, `1.2 mio`, `1 mrd`;
//! - scientific notation: `1.15e8`, `1.15 × 10^8`;
//! - currency and unit words around the number: `€740m`, `740 million euros`, `103.5 t`,
//!   `about 6,500 arrests`.
//!
//! - the same in French, Dutch and German: `6 558`, `6.558`, `739,7 millions`, `1,5 Mio.`,
//!   `2 Mrd.`, `3 miljard`, `2 mille`, `environ 6 500`, `ongeveer 6.500`, `etwa 6.500`.
//!
//! Decimal marks and groups, as the player's language writes them ([`Lang`]): where both `.`
//! and `,` appear, the last one is the decimal mark (`1.234,5` and `1,234.5` are both 1234.5);
//! two or more of the same mark group thousands (`1.234.567`, `1,234,567`); spaces always
//! group. A lone mark followed by exactly three digits groups thousands in the language that
//! groups with it: `6,558` is 6,558 in English and 6.558 in French, Dutch and German; `6.558`
//! is 6,558 in Dutch, German and French (which never writes a decimal point) and 6.558 in
//! English. Any other lone mark is a decimal mark (`3,3` and `3.3` are 3.3 everywhere).
//! Multipliers: `billion` is 10^9 in English and Dutch, 10^12 in French and German
//! (`biljoen`, `Billion`, `Bio.` are always 10^12, `milliard`, `miljard`, `Mrd.` 10^9).

use std::fmt;

use crate::content::Scale;
use crate::content::lang::Lang;

/// Longest input considered; anything longer is not a number a person typed.
const MAX_INPUT_CHARS: usize = 80;
/// Largest value accepted: far beyond any figure in the game, small enough to stay exact.
pub const MAX_VALUE: f64 = 1e15;

/// Why an answer could not be read. Every variant has a short message for beside the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing typed.
    Empty,
    /// Not readable as a number.
    NotANumber,
    /// Zero or negative where only positive figures make sense.
    NotPositive,
    /// Larger than anything the game asks about.
    TooLarge,
    /// Not a whole year in a plausible span.
    NotAYear,
    /// Not one of the options of a choice question (which has this many).
    NotAChoice(usize),
    /// Not an order of all the events (this many) of an order question.
    NotAnOrder(usize),
    /// A range that could not be read.
    NotARange,
    /// A range whose low end is not below its high end.
    RangeBackwards,
    /// A best guess outside the player's own range.
    GuessOutsideRange,
    /// An estimate without the 80% range the settings require.
    RangeRequired(Scale),
    /// A unit that does not convert to the question's: the question's unit as the case gives
    /// it (`arrests`, `€`) and the unit typed, named in full (`tonnes`, `Australian dollars`).
    WrongUnit { unit: String, typed: String },
    /// A word that is no number, multiplier, unit or filler, as typed, and the question's unit.
    UnknownWord { word: String, unit: String },
    /// A power of something other than ten (`2^10`).
    OnlyPowersOfTen,
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AnswerError::Empty | AnswerError::NotANumber => {
                "Type a number, like 2500 or 3.5 million"
            }
            AnswerError::NotPositive => "Type a number above zero, like 2500 or 3.5 million",
            AnswerError::TooLarge => "That is too large: type a number below a million billion",
            AnswerError::NotAYear => "Type a year, like 2019",
            AnswerError::OnlyPowersOfTen => "Only powers of ten: type 10^4, 1e4 or 6.5 × 10^3",
            AnswerError::NotARange => {
                "Type a range as two numbers, like 2000 (500-5000) or 500 to 5k"
            }
            AnswerError::RangeBackwards => "Put the low end of the range first, like 500-5000",
            AnswerError::GuessOutsideRange => {
                "Your best guess should lie inside your range, like 2000 (500-5000)"
            }
            AnswerError::WrongUnit { unit, typed } => {
                return write!(
                    f,
                    "The answer is in {}, not {typed}: type {}",
                    crate::rules::hint::unit_words(unit).unwrap_or_else(|| "a plain number".into()),
                    crate::rules::units::what_to_type(unit)
                );
            }
            AnswerError::UnknownWord { word, unit } => {
                return write!(
                    f,
                    "\u{201c}{word}\u{201d} is not a number, a multiplier or a unit: type {}, like 6500 or 6.5k",
                    crate::rules::units::what_to_type(unit)
                );
            }
            AnswerError::RangeRequired(scale) => {
                return f.write_str(&crate::rules::hint::range_required(*scale));
            }
            AnswerError::NotAChoice(n) => {
                return write!(f, "Type the number of an option, from 1 to {n}");
            }
            AnswerError::NotAnOrder(n) => {
                let letters: String = (0..*n)
                    .rev()
                    .map(letter)
                    .map(String::from)
                    .collect::<Vec<_>>()
                    .join(" ");
                return write!(
                    f,
                    "Type each of the {n} letters once, earliest first, like {letters}"
                );
            }
        })
    }
}

/// The letter for item `i` of an order question: A, B, C...
pub fn letter(i: usize) -> char {
    (b'A' + (i % 26) as u8) as char
}

/// Read the pick for a choice question with `n` options: `2`, `b`, `(B)`. Returns the 0-based
/// position in the list as shown.
pub fn parse_choice(input: &str, n: usize) -> Result<usize, AnswerError> {
    let text = input
        .trim()
        .trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ' '));
    if text.is_empty() {
        return Err(AnswerError::Empty);
    }
    let pick = if let Ok(number) = text.parse::<usize>() {
        number.checked_sub(1)
    } else {
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => {
                Some((c.to_ascii_uppercase() as u8 - b'A') as usize)
            }
            _ => None,
        }
    };
    pick.filter(|&i| i < n).ok_or(AnswerError::NotAChoice(n))
}

/// Read an order for `n` events shown as A, B, C...: `C A B`, `c,a,b`, `CAB`, `3 1 2`. Returns
/// the shown positions, earliest first; each must appear exactly once.
pub fn parse_order(input: &str, n: usize) -> Result<Vec<usize>, AnswerError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(AnswerError::Empty);
    }
    let separators = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '>' | '→' | '/');
    let parts: Vec<&str> = text.split(separators).filter(|p| !p.is_empty()).collect();
    let tokens: Vec<String> =
        if parts.len() == 1 && parts[0].chars().all(|c| c.is_ascii_alphabetic()) {
            parts[0].chars().map(String::from).collect()
        } else {
            parts.iter().map(|p| p.to_string()).collect()
        };
    let wrong = || AnswerError::NotAnOrder(n);
    let mut order = Vec::with_capacity(tokens.len());
    for token in &tokens {
        let i = if let Ok(number) = token.parse::<usize>() {
            number.checked_sub(1).ok_or_else(wrong)?
        } else {
            let mut chars = token.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => {
                    (c.to_ascii_uppercase() as u8 - b'A') as usize
                }
                _ => return Err(wrong()),
            }
        };
        if i >= n || order.contains(&i) {
            return Err(wrong());
        }
        order.push(i);
    }
    if order.len() != n {
        return Err(wrong());
    }
    Ok(order)
}

impl std::error::Error for AnswerError {}

/// An estimate as typed: a best guess and, optionally, an 80% range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypedEstimate {
    pub guess: f64,
    /// The range the player is 80% sure contains the truth, low end first.
    pub range: Option<(f64, f64)>,
}

/// Read a best guess with an optional 80% range: `2000`, `2000 (500-5000)`, `2000; 500 to 5k`,
/// `2017 (2016-2019)`. A range alone (`500-5000`) takes its middle as the best guess (the
/// geometric middle on a log scale, rounded to three figures). The guess must lie inside the
/// range.
pub fn parse_estimate_with_range(
    input: &str,
    scale: Scale,
    lang: Lang,
) -> Result<TypedEstimate, AnswerError> {
    let text = input.trim();
    let (guess_part, range_part) = split_guess_and_range(text);
    let range = match range_part {
        Some(range_text) => Some(parse_range(range_text, scale, lang)?),
        None => None,
    };
    let guess = match (guess_part, range) {
        (Some(g), _) => parse_estimate(g, scale, lang)?,
        (None, Some((low, high))) => match scale {
            Scale::Log => crate::content::number::round_significant(
                (low * high).sqrt(),
                crate::rules::slider::SIGNIFICANT_FIGURES,
            ),
            Scale::Linear => ((low + high) / 2.0).round(),
        },
        (None, None) => return Err(AnswerError::Empty),
    };
    if let Some((low, high)) = range
        && !(low..=high).contains(&guess)
    {
        return Err(AnswerError::GuessOutsideRange);
    }
    Ok(TypedEstimate { guess, range })
}

/// Read a best guess with an optional 80% range as the answer to `estimate`: like
/// [`parse_estimate_with_range`], with units read against the question's
/// ([`crate::rules::units`]): converted where they convert, refused where they do not. A unit
/// written only after a range's high end applies to both ends (`5-9 tonnes`).
pub fn parse_estimate_for(
    input: &str,
    estimate: &crate::content::Estimate,
    lang: Lang,
) -> Result<TypedEstimate, AnswerError> {
    if estimate.scale == Scale::Linear {
        return parse_estimate_with_range(input, Scale::Linear, lang);
    }
    let in_unit = |figure: &TypedFigure| -> Result<f64, AnswerError> {
        let value = crate::rules::units::in_unit(figure, &estimate.unit)?;
        if value <= 0.0 {
            return Err(AnswerError::NotPositive);
        }
        if value > MAX_VALUE {
            return Err(AnswerError::TooLarge);
        }
        Ok(value)
    };
    let text = input.trim();
    let (guess_part, range_part) = split_guess_and_range(text);
    let range = match range_part {
        Some(range_text) => {
            let (at, len) = range_separator(range_text).ok_or(AnswerError::NotARange)?;
            // A figure too large says so; anything else unreadable is no range.
            let end = |text: &str| {
                read_figure(text, lang).map_err(|e| match e {
                    AnswerError::TooLarge => e,
                    _ => AnswerError::NotARange,
                })
            };
            let high = end(&range_text[at + len..])?;
            let mut low = end(&range_text[..at])?;
            if low.words.is_empty() && low.currency.is_none() {
                low.words = high.words.clone();
                low.currency = high.currency.or(low.currency);
            }
            let (low, high) = (in_unit(&low)?, in_unit(&high)?);
            if low >= high {
                return Err(AnswerError::RangeBackwards);
            }
            Some((low, high))
        }
        None => None,
    };
    let guess = match (guess_part, range) {
        (Some(g), _) => in_unit(&read_figure(g, lang)?)?,
        (None, Some((low, high))) => crate::content::number::round_significant(
            (low * high).sqrt(),
            crate::rules::slider::SIGNIFICANT_FIGURES,
        ),
        (None, None) => return Err(AnswerError::Empty),
    };
    if let Some((low, high)) = range
        && !(low..=high).contains(&guess)
    {
        return Err(AnswerError::GuessOutsideRange);
    }
    Ok(TypedEstimate { guess, range })
}

/// `2000 (500-5000)` → (`2000`, `500-5000`); `500-5000` → (none, `500-5000`); `2000` → (`2000`,
/// none).
fn split_guess_and_range(text: &str) -> (Option<&str>, Option<&str>) {
    for open in ['(', '[', ';'] {
        if let Some(at) = text.find(open) {
            let range = text[at + open.len_utf8()..]
                .trim()
                .trim_end_matches([')', ']'])
                .trim();
            let guess = text[..at].trim();
            return ((!guess.is_empty()).then_some(guess), Some(range));
        }
    }
    if let Some(at) = text.find(", ") {
        return (Some(text[..at].trim()), Some(text[at + 2..].trim()));
    }
    if range_separator(text).is_some() {
        return (None, Some(text));
    }
    (Some(text), None)
}

/// Where a range's two ends meet: `-`, `–`, `—`, ` to `, `..`. A dash at the very start (a minus
/// sign) does not count.
fn range_separator(text: &str) -> Option<(usize, usize)> {
    let lower = text.to_lowercase();
    // `500 to 5k`, `500 à 5k`, `500 tot 5k`, `500 bis 5k`.
    for word in [" to ", " à ", " tot ", " bis "] {
        if let Some(at) = lower.find(word) {
            return Some((at, word.len()));
        }
    }
    if let Some(at) = lower.find("..") {
        return Some((at, 2));
    }
    text.char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, '-' | '–' | '—'))
        .map(|(at, c)| (at, c.len_utf8()))
}

/// Read `500-5000`, `500 to 5k`, `2016-2019` into (low, high).
fn parse_range(text: &str, scale: Scale, lang: Lang) -> Result<(f64, f64), AnswerError> {
    let (at, len) = range_separator(text).ok_or(AnswerError::NotARange)?;
    let low = parse_estimate(&text[..at], scale, lang).map_err(|_| AnswerError::NotARange)?;
    let high =
        parse_estimate(&text[at + len..], scale, lang).map_err(|_| AnswerError::NotARange)?;
    if low >= high {
        return Err(AnswerError::RangeBackwards);
    }
    Ok((low, high))
}

/// Read an estimate for a question on `scale`: a positive quantity for `Log`, a year for
/// `Linear`.
pub fn parse_estimate(input: &str, scale: Scale, lang: Lang) -> Result<f64, AnswerError> {
    match scale {
        Scale::Log => parse_quantity(input, lang),
        Scale::Linear => parse_year(input, lang),
    }
}

/// Read a positive quantity.
///
/// ```
/// use takedown::content::lang::Lang;
/// use takedown::rules::answer::{parse_quantity, AnswerError};
/// assert_eq!(parse_quantity("115m", Lang::En), Ok(115_000_000.0));
/// assert_eq!(parse_quantity("€739,7 million", Lang::En), Ok(739_700_000.0));
/// assert_eq!(parse_quantity("6,558 arrests", Lang::En), Ok(6558.0));
/// assert_eq!(parse_quantity("6.558", Lang::De), Ok(6558.0));
/// assert_eq!(parse_quantity("1 billion", Lang::Fr), Ok(1e12));
/// assert_eq!(parse_quantity("lots", Lang::En), Err(AnswerError::NotANumber));
/// ```
pub fn parse_quantity(input: &str, lang: Lang) -> Result<f64, AnswerError> {
    let value = parse_number(input, lang)?;
    if value <= 0.0 {
        return Err(AnswerError::NotPositive);
    }
    Ok(value)
}

/// Read a year between 1900 and 2100.
pub fn parse_year(input: &str, lang: Lang) -> Result<f64, AnswerError> {
    let value = match parse_number(input, lang) {
        Ok(v) => v,
        Err(AnswerError::Empty) => return Err(AnswerError::Empty),
        Err(_) => return Err(AnswerError::NotAYear),
    };
    if value.fract() != 0.0 || !(1900.0..=2100.0).contains(&value) {
        return Err(AnswerError::NotAYear);
    }
    Ok(value)
}

mod figure;
pub use figure::{TypedFigure, parse_number, read_figure};

#[cfg(test)]
mod tests;
