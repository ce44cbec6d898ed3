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
//! Decimal commas: a comma followed by exactly three digits groups thousands (`6,558` is six
//! thousand five hundred and fifty-eight); any other comma is a decimal comma (`3,3` is 3.3,
//! `739,7 million` is 739.7 million). Where both `.` and `,` appear, the last one is the decimal
//! mark (`1.234,5` and `1,234.5` are both 1234.5). A single dot is always a decimal point.

use std::fmt;

use crate::content::Scale;

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
    /// A unit that does not convert to the question's (the message names both).
    WrongUnit(String),
    /// A word that is no number, multiplier, unit or filler (the message says what to type).
    UnknownWord(String),
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
            AnswerError::NotARange => {
                "Type a range as two numbers, like 2000 (500-5000) or 500 to 5k"
            }
            AnswerError::RangeBackwards => "Put the low end of the range first, like 500-5000",
            AnswerError::GuessOutsideRange => {
                "Your best guess should lie inside your range, like 2000 (500-5000)"
            }
            AnswerError::WrongUnit(message) | AnswerError::UnknownWord(message) => {
                return f.write_str(message);
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
pub fn parse_estimate_with_range(input: &str, scale: Scale) -> Result<TypedEstimate, AnswerError> {
    let text = input.trim();
    let (guess_part, range_part) = split_guess_and_range(text);
    let range = match range_part {
        Some(range_text) => Some(parse_range(range_text, scale)?),
        None => None,
    };
    let guess = match (guess_part, range) {
        (Some(g), _) => parse_estimate(g, scale)?,
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
) -> Result<TypedEstimate, AnswerError> {
    if estimate.scale == Scale::Linear {
        return parse_estimate_with_range(input, Scale::Linear);
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
                read_figure(text).map_err(|e| match e {
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
        (Some(g), _) => in_unit(&read_figure(g)?)?,
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
    if let Some(at) = lower.find(" to ") {
        return Some((at, 4));
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
fn parse_range(text: &str, scale: Scale) -> Result<(f64, f64), AnswerError> {
    let (at, len) = range_separator(text).ok_or(AnswerError::NotARange)?;
    let low = parse_estimate(&text[..at], scale).map_err(|_| AnswerError::NotARange)?;
    let high = parse_estimate(&text[at + len..], scale).map_err(|_| AnswerError::NotARange)?;
    if low >= high {
        return Err(AnswerError::RangeBackwards);
    }
    Ok((low, high))
}

/// Read an estimate for a question on `scale`: a positive quantity for `Log`, a year for
/// `Linear`.
pub fn parse_estimate(input: &str, scale: Scale) -> Result<f64, AnswerError> {
    match scale {
        Scale::Log => parse_quantity(input),
        Scale::Linear => parse_year(input),
    }
}

/// Read a positive quantity.
///
/// ```
/// use takedown::rules::answer::{parse_quantity, AnswerError};
/// assert_eq!(parse_quantity("115m"), Ok(115_000_000.0));
/// assert_eq!(parse_quantity("€739,7 million"), Ok(739_700_000.0));
/// assert_eq!(parse_quantity("6,558 arrests"), Ok(6558.0));
/// assert_eq!(parse_quantity("lots"), Err(AnswerError::NotANumber));
/// ```
pub fn parse_quantity(input: &str) -> Result<f64, AnswerError> {
    let value = parse_number(input)?;
    if value <= 0.0 {
        return Err(AnswerError::NotPositive);
    }
    Ok(value)
}

/// Read a year between 1900 and 2100.
pub fn parse_year(input: &str) -> Result<f64, AnswerError> {
    let value = match parse_number(input) {
        Ok(v) => v,
        Err(AnswerError::Empty) => return Err(AnswerError::Empty),
        Err(_) => return Err(AnswerError::NotAYear),
    };
    if value.fract() != 0.0 || !(1900.0..=2100.0).contains(&value) {
        return Err(AnswerError::NotAYear);
    }
    Ok(value)
}

/// A figure as typed: its value (multipliers applied), the currency written before it, if any,
/// and the words after it (`tonnes`, `arrests`, `euros`), lower case.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedFigure {
    pub value: f64,
    pub currency: Option<&'static crate::content::number::Currency>,
    pub words: String,
}

/// Read any non-negative number with the rules in the module documentation. Words after it
/// are allowed and ignored here; [`crate::rules::units`] reads them against a question's unit.
pub fn parse_number(input: &str) -> Result<f64, AnswerError> {
    read_figure(input).map(|f| f.value)
}

/// Read a figure with the rules in the module documentation, keeping its currency and words.
pub fn read_figure(input: &str) -> Result<TypedFigure, AnswerError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(AnswerError::Empty);
    }
    if text.chars().count() > MAX_INPUT_CHARS {
        return Err(AnswerError::NotANumber);
    }
    let lower = text.to_lowercase();
    let (mut rest, currency) = strip_prefix_words(lower.trim());
    if rest.starts_with('-') || rest.starts_with('−') {
        // A minus sign in front of digits: a negative number, never a valid estimate.
        if rest[rest.char_indices().nth(1).map_or(rest.len(), |(i, _)| i)..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '.')
        {
            return Err(AnswerError::NotPositive);
        }
        return Err(AnswerError::NotANumber);
    }
    rest = rest.trim_start_matches('+').trim_start();

    let (mantissa_text, after) = split_numeral(rest);
    if mantissa_text.is_empty() {
        return Err(AnswerError::NotANumber);
    }
    let mantissa = read_grouped(mantissa_text)?;
    let (exponent, after) = read_exponent(after)?;
    let after = after.trim_start();
    let (multiplier_exponent, after) = read_multiplier(after);
    check_trailing(after)?;

    // One decimal conversion of the whole figure, so `1.15e8` and `115m` are exactly 115000000.
    let value: f64 = format!("{mantissa}e{}", exponent + multiplier_exponent)
        .parse()
        .map_err(|_| AnswerError::NotANumber)?;
    if !value.is_finite() || value > MAX_VALUE {
        return Err(AnswerError::TooLarge);
    }
    Ok(TypedFigure {
        value,
        currency,
        words: after.trim().to_string(),
    })
}

/// Drop words and signs people put before a number (`about`, `~`, `eur`), and say which
/// currency was written there (`€`, `us$`, `eur`).
fn strip_prefix_words(mut text: &str) -> (&str, Option<&'static crate::content::number::Currency>) {
    const WORDS: [&str; 11] = [
        "approximately",
        "approx.",
        "approx",
        "around",
        "roughly",
        "about",
        "circa",
        "ca.",
        "c.",
        "~",
        "≈",
    ];
    let mut currency = None;
    loop {
        let before = text;
        for prefix in WORDS {
            if let Some(stripped) = text.strip_prefix(prefix) {
                text = stripped.trim_start();
            }
        }
        for c in &crate::content::number::CURRENCIES {
            let symbol = c.symbol.to_lowercase();
            let code = format!("{} ", c.code.to_lowercase());
            if let Some(stripped) = text
                .strip_prefix(symbol.as_str())
                .or_else(|| text.strip_prefix(code.as_str()))
            {
                text = stripped.trim_start();
                currency = currency.or(Some(c));
            }
        }
        if text == before {
            return (text, currency);
        }
    }
}

fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’' | '_'
    )
}

/// Split `text` into the leading numeral (digits, `.`, `,` and group separators that are
/// followed by a digit) and the rest.
fn split_numeral(text: &str) -> (&str, &str) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut end = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_is_digit = chars.get(k + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
        let accepted = c.is_ascii_digit()
            || ((c == '.' || c == ',') && (next_is_digit || k == 0))
            || (is_group_space(c) && next_is_digit && k > 0);
        if !accepted {
            break;
        }
        end = i + c.len_utf8();
    }
    (&text[..end], &text[end..])
}

/// Read a numeral with thousands groups and a decimal mark, by the rules in the module docs,
/// into a plain decimal `digits.digits`.
fn read_grouped(numeral: &str) -> Result<String, AnswerError> {
    // Space-like separators always group thousands.
    let spaced: Vec<&str> = numeral.split(is_group_space).collect();
    if spaced.len() > 1 && spaced[1..].iter().any(|g| !starts_with_three_digits(g)) {
        return Err(AnswerError::NotANumber);
    }
    let joined: String = spaced.concat();

    let last_dot = joined.rfind('.');
    let last_comma = joined.rfind(',');
    let (decimal_mark, group_mark) = match (last_dot, last_comma) {
        (Some(d), Some(c)) => {
            if d > c {
                (Some('.'), Some(','))
            } else {
                (Some(','), Some('.'))
            }
        }
        (Some(_), None) => {
            if joined.matches('.').count() > 1 {
                (None, Some('.'))
            } else {
                (Some('.'), None)
            }
        }
        (None, Some(_)) => {
            let groups: Vec<&str> = joined.split(',').collect();
            let all_thousands = groups.len() > 1
                && !groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3);
            if all_thousands {
                (None, Some(','))
            } else if groups.len() == 2 {
                (Some(','), None)
            } else {
                return Err(AnswerError::NotANumber);
            }
        }
        (None, None) => (None, None),
    };

    let (whole, fraction) = match decimal_mark {
        Some(mark) => {
            let at = joined.rfind(mark).unwrap_or(joined.len());
            (&joined[..at], &joined[at + 1..])
        }
        None => (joined.as_str(), ""),
    };
    if fraction.contains(['.', ',']) {
        return Err(AnswerError::NotANumber);
    }
    let whole_digits = match group_mark {
        Some(mark) if whole.contains(mark) => {
            let groups: Vec<&str> = whole.split(mark).collect();
            let well_formed = !groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3);
            if !well_formed {
                return Err(AnswerError::NotANumber);
            }
            groups.concat()
        }
        _ => whole.to_string(),
    };
    if whole_digits.contains(['.', ',']) || (whole_digits.is_empty() && fraction.is_empty()) {
        return Err(AnswerError::NotANumber);
    }
    let canonical = format!(
        "{}.{}",
        if whole_digits.is_empty() {
            "0"
        } else {
            &whole_digits
        },
        if fraction.is_empty() { "0" } else { fraction }
    );
    Ok(canonical)
}

fn starts_with_three_digits(group: &str) -> bool {
    let digits = group.chars().take_while(char::is_ascii_digit).count();
    digits == 3
}

/// `e8`, `e-3`, `x10^8`, `× 10^8`, `*10^8` after the numeral.
fn read_exponent(text: &str) -> Result<(i32, &str), AnswerError> {
    let trimmed = text.trim_start();
    if let Some(after_e) = trimmed.strip_prefix('e') {
        if let Some((exp, rest)) = read_signed_int(after_e) {
            return Ok((exp, rest));
        }
        return Ok((0, text));
    }
    for times in ["x", "×", "*"] {
        if let Some(after) = trimmed.strip_prefix(times) {
            let after = after.trim_start();
            if let Some(power) = after
                .strip_prefix("10^")
                .or_else(|| after.strip_prefix("10**"))
            {
                return read_signed_int(power).ok_or(AnswerError::NotANumber);
            }
        }
    }
    Ok((0, text))
}

fn read_signed_int(text: &str) -> Option<(i32, &str)> {
    let (negative, digits_start) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let len = digits_start
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    if len == 0 || len > 3 {
        return None;
    }
    let magnitude: i32 = digits_start[..len].parse().ok()?;
    Some((
        if negative { -magnitude } else { magnitude },
        &digits_start[len..],
    ))
}

/// Multiplier words and letters directly after the number.
/// Returns the power of ten the word stands for.
fn read_multiplier(text: &str) -> (i32, &str) {
    // Longest first, so `million` is not read as `m` followed by `illion`.
    const MULTIPLIERS: [(&str, i32); 24] = [
        ("thousands", 3),
        ("lakhs", 5),
        ("lakh", 5),
        ("crores", 7),
        ("crore", 7),
        ("thousand", 3),
        ("millions", 6),
        ("million", 6),
        ("milliards", 9),
        ("milliard", 9),
        ("billions", 9),
        ("billion", 9),
        ("trillion", 12),
        ("miljard", 9),
        ("mio", 6),
        ("mln", 6),
        ("mrd", 9),
        ("bln", 9),
        ("mn", 6),
        ("bn", 9),
        ("tn", 12),
        ("k", 3),
        ("m", 6),
        ("b", 9),
    ];
    for (word, factor) in MULTIPLIERS {
        if let Some(rest) = text.strip_prefix(word) {
            // A multiplier must end the word: `m` yes, `metres` no.
            if !rest.starts_with(|c: char| c.is_alphabetic()) {
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                return (factor, rest);
            }
        }
    }
    (0, text)
}

/// After the number only unit words may follow (`euros`, `arrests`, `t`, `%`), never digits.
fn check_trailing(text: &str) -> Result<(), AnswerError> {
    let ok = text.chars().all(|c| {
        c.is_alphabetic()
            || c.is_whitespace()
            || matches!(c, '%' | '.' | '/' | '-' | '€' | '$' | '£')
    });
    if ok {
        Ok(())
    } else {
        Err(AnswerError::NotANumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> f64 {
        parse_quantity(s).unwrap_or_else(|e| panic!("{s:?} should parse, got {e}"))
    }

    #[test]
    fn the_forms_people_type() {
        assert_eq!(q("115000000"), 115e6);
        assert_eq!(q("115,000,000"), 115e6);
        assert_eq!(q("115 000 000"), 115e6);
        assert_eq!(q("115\u{202f}000\u{202f}000"), 115e6);
        assert_eq!(q("115'000'000"), 115e6);
        assert_eq!(q("115m"), 115e6);
        assert_eq!(q("115 million"), 115e6);
        assert_eq!(q("115 Million"), 115e6);
        assert_eq!(q("1.15e8"), 115e6);
        assert_eq!(q("1.15E8"), 115e6);
        assert_eq!(q("1.15 × 10^8"), 115e6);
        assert_eq!(q("0.5 bn"), 5e8);
        assert_eq!(q("6.5k"), 6500.0);
        assert_eq!(q("€740m"), 740e6);
        assert_eq!(q("740 million euros"), 740e6);
        assert_eq!(q("EUR 740 million"), 740e6);
        assert_eq!(q("about 6,500 arrests"), 6500.0);
        assert_eq!(q("~200"), 200.0);
        assert_eq!(q("103.5 t"), 103.5);
        assert_eq!(q("20%"), 20.0);
        assert_eq!(q(".5"), 0.5);
        assert_eq!(q("  42  "), 42.0);
        assert_eq!(q("1.2 mio"), 1_200_000.0);
    }

    #[test]
    fn decimal_commas() {
        assert_eq!(q("3,3"), 3.3);
        assert_eq!(q("739,7 million"), 739.7e6);
        assert_eq!(q("0,5 bn"), 5e8);
        assert_eq!(q("1.234,5"), 1234.5);
        assert_eq!(q("1,234.5"), 1234.5);
        assert_eq!(q("1.234.567"), 1_234_567.0);
        // A comma followed by exactly three digits groups thousands.
        assert_eq!(q("6,558"), 6558.0);
        assert_eq!(q("3,300"), 3300.0);
        // A single dot is always a decimal point.
        assert_eq!(q("6.558"), 6.558);
    }

    #[test]
    fn unreadable_input_is_an_error_not_a_guess() {
        for bad in [
            "", "   ", "abc", "12 5", "1,2,3", "1..2", "5 to 10", "e8", "million", "k", "1,23,456",
            "½", "NaN", "inf", "--5", "5 5 5",
        ] {
            assert!(parse_quantity(bad).is_err(), "{bad:?} should not parse");
        }
        assert_eq!(parse_quantity(""), Err(AnswerError::Empty));
        assert_eq!(parse_quantity("-5"), Err(AnswerError::NotPositive));
        assert_eq!(parse_quantity("0"), Err(AnswerError::NotPositive));
        assert_eq!(parse_quantity("1e300"), Err(AnswerError::TooLarge));
        assert_eq!(
            parse_quantity("lots").unwrap_err().to_string(),
            "Type a number, like 2500 or 3.5 million"
        );
    }

    #[test]
    fn ranges() {
        let r = |s: &str| parse_estimate_with_range(s, Scale::Log);
        assert_eq!(
            r("2000"),
            Ok(TypedEstimate {
                guess: 2000.0,
                range: None
            })
        );
        let with = Ok(TypedEstimate {
            guess: 2000.0,
            range: Some((500.0, 5000.0)),
        });
        assert_eq!(r("2000 (500-5000)"), with);
        assert_eq!(r("2000 [500 - 5000]"), with);
        assert_eq!(r("2000; 500 to 5k"), with);
        assert_eq!(r("2,000, 500–5,000"), with);
        assert_eq!(r("2k (0.5k..5k)"), with);
        assert_eq!(r("500-5000").unwrap().guess, 1580.0);
        assert_eq!(r("500-5000").unwrap().range, Some((500.0, 5000.0)));
        assert_eq!(
            r("6,558"),
            Ok(TypedEstimate {
                guess: 6558.0,
                range: None
            })
        );
        assert_eq!(r("5000 (500-2000)"), Err(AnswerError::GuessOutsideRange));
        assert_eq!(r("2000 (5000-500)"), Err(AnswerError::RangeBackwards));
        assert_eq!(r("2000 (lots)"), Err(AnswerError::NotARange));
        assert_eq!(r("-5"), Err(AnswerError::NotPositive));
        let y = parse_estimate_with_range("2017 (2016-2019)", Scale::Linear).unwrap();
        assert_eq!((y.guess, y.range), (2017.0, Some((2016.0, 2019.0))));
        assert_eq!(
            parse_estimate_with_range("2015-2019", Scale::Linear)
                .unwrap()
                .guess,
            2017.0
        );
    }

    #[test]
    fn choices() {
        assert_eq!(parse_choice("2", 4), Ok(1));
        assert_eq!(parse_choice(" b ", 4), Ok(1));
        assert_eq!(parse_choice("(D)", 4), Ok(3));
        assert_eq!(parse_choice("5", 4), Err(AnswerError::NotAChoice(4)));
        assert_eq!(parse_choice("0", 4), Err(AnswerError::NotAChoice(4)));
        assert_eq!(parse_choice("ab", 4), Err(AnswerError::NotAChoice(4)));
        assert_eq!(parse_choice("", 4), Err(AnswerError::Empty));
        assert_eq!(
            AnswerError::NotAChoice(4).to_string(),
            "Type the number of an option, from 1 to 4"
        );
    }

    #[test]
    fn orders() {
        assert_eq!(parse_order("C A B", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("cab", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("c, a, b", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("3-1-2", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("C > A > B", 3), Ok(vec![2, 0, 1]));
        for bad in ["C A", "C A A", "C A D", "C A B B", "x y z", "1 2 4"] {
            assert_eq!(
                parse_order(bad, 3),
                Err(AnswerError::NotAnOrder(3)),
                "{bad}"
            );
        }
        assert_eq!(
            AnswerError::NotAnOrder(3).to_string(),
            "Type each of the 3 letters once, earliest first, like C B A"
        );
    }

    #[test]
    fn years() {
        assert_eq!(parse_year("2017"), Ok(2017.0));
        assert_eq!(
            parse_year(" in 2019 ").map_err(|e| e.to_string()),
            Err("Type a year, like 2019".into())
        );
        assert_eq!(parse_year("2017.5"), Err(AnswerError::NotAYear));
        assert_eq!(parse_year("17"), Err(AnswerError::NotAYear));
        assert_eq!(parse_year("abc"), Err(AnswerError::NotAYear));
        assert_eq!(parse_estimate("2,020", Scale::Linear), Ok(2020.0));
    }
}
