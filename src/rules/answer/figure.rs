//! Reading one figure as typed: the number (grouped, with a decimal comma or point, with a
//! multiplier or in scientific notation), the currency written before it and the words after
//! it. The forms accepted are listed in [`super`].

use super::{AnswerError, MAX_INPUT_CHARS, MAX_VALUE};
use crate::content::lang::Lang;

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
pub fn parse_number(input: &str, lang: Lang) -> Result<f64, AnswerError> {
    read_figure(input, lang).map(|f| f.value)
}

/// Read a figure with the rules in the module documentation, keeping its currency and words.
/// `lang` decides what is ambiguous: `6.558` is 6,558 in Dutch and German and 6.558 in
/// English; `billion` is 10^12 in French and German.
pub fn read_figure(input: &str, lang: Lang) -> Result<TypedFigure, AnswerError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(AnswerError::Empty);
    }
    if text.chars().count() > MAX_INPUT_CHARS {
        return Err(AnswerError::NotANumber);
    }
    let lower = fold_digits(text).to_lowercase();
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
    let mut mantissa = read_grouped(mantissa_text, lang)?;
    // `10^4`, `10⁴`: a power of ten written alone.
    let (exponent, after) = match read_power(after) {
        Some(power) if mantissa == "10.0" => {
            mantissa = "1.0".into();
            power?
        }
        Some(_) => return Err(AnswerError::OnlyPowersOfTen),
        None => read_exponent(after)?,
    };
    let after = after.trim_start();
    let (multiplier_exponent, after) = read_multiplier(after, lang);
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
    // In every language the game speaks: a word means the same in each.
    const WORDS: [&str; 22] = [
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
        "environ",
        "env.",
        "à peu près",
        "près de",
        "ongeveer",
        "ong.",
        "zo'n",
        "zo’n",
        "ungefähr",
        "etwa",
        "rund",
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

/// Digits as other keyboards type them, made ASCII: fullwidth digits from an East Asian
/// keyboard (`６５００`) with the fullwidth letters and signs around them (`６．５ｋ`), the
/// ideographic space, and Arabic-Indic, Persian, Devanagari, Bengali and Thai digits.
fn fold_digits(text: &str) -> String {
    /// The first code point of each run of ten decimal digits folded.
    const ZEROS: [u32; 6] = [0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50];
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            if let Some(zero) = ZEROS.iter().find(|&&z| (z..z + 10).contains(&code)) {
                return char::from_digit(code - zero, 10).unwrap_or(c);
            }
            match c {
                // Fullwidth forms of ASCII (，．ｋ％): the ASCII character.
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(code - 0xFEE0).unwrap_or(c),
                '\u{3000}' => ' ',
                c => c,
            }
        })
        .collect()
}

/// A power written after a numeral: `^4`, `**4`, `⁴`, `^-3`, `⁻³`. `None` if there is none;
/// `Some(Err)` if it cannot be read.
fn read_power(text: &str) -> Option<Result<(i32, &str), AnswerError>> {
    let trimmed = text.trim_start();
    if let Some(after) = trimmed
        .strip_prefix('^')
        .or_else(|| trimmed.strip_prefix("**"))
    {
        return Some(read_signed_int(after.trim_start()).ok_or(AnswerError::NotANumber));
    }
    // Superscripts follow the numeral directly: `10³`.
    read_superscript(text).map(Ok)
}

/// `³`, `⁻³`, `¹²`: a power in superscript digits.
fn read_superscript(text: &str) -> Option<(i32, &str)> {
    let digit = |c: char| match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(u32::from(c) - u32::from('⁴') + 4),
        _ => None,
    };
    let (negative, rest) = match text.strip_prefix('⁻') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut value: i32 = 0;
    let mut end = 0;
    for (count, (i, c)) in rest.char_indices().enumerate() {
        let Some(d) = digit(c) else { break };
        if count == 3 {
            return None;
        }
        value = value * 10 + d as i32;
        end = i + c.len_utf8();
    }
    (end > 0).then(|| (if negative { -value } else { value }, &rest[end..]))
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
/// into a plain decimal `digits.digits`. A lone `.` or `,` is read as `lang` writes numbers.
fn read_grouped(numeral: &str, lang: Lang) -> Result<String, AnswerError> {
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
            let groups: Vec<&str> = joined.split('.').collect();
            // English writes a decimal point; the others group with a dot: `6.558`.
            let groups_thousands = groups.len() > 2
                || (lang != Lang::En && groups.len() == 2 && well_grouped(&groups));
            if groups_thousands {
                (None, Some('.'))
            } else {
                (Some('.'), None)
            }
        }
        (None, Some(_)) => {
            let groups: Vec<&str> = joined.split(',').collect();
            // English groups with a comma; the others write a decimal comma: `6,558`.
            let groups_thousands = groups.len() > 2 || lang == Lang::En;
            if groups_thousands && groups.len() > 1 && well_grouped(&groups) {
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
            if !well_grouped(&groups) {
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

/// Whether `groups` (split at a grouping mark) group thousands: `115,000,000`, or the Indian
/// way, `1,00,000` (lakh) and `1,00,00,000` (crore): pairs, then the last three. A first group
/// of `0` groups nothing (`0,750` is three quarters).
fn well_grouped(groups: &[&str]) -> bool {
    let Some((first, rest)) = groups.split_first() else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return false;
    };
    if first.is_empty() || first.starts_with('0') || last.len() != 3 {
        return false;
    }
    let western = first.len() <= 3 && middle.iter().all(|g| g.len() == 3);
    let indian = first.len() <= 2 && !middle.is_empty() && middle.iter().all(|g| g.len() == 2);
    western || indian
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
            if let Some(ten) = after.strip_prefix("10") {
                return match read_power(ten) {
                    Some(power) => power,
                    None => Err(AnswerError::NotANumber),
                };
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

/// Multiplier words and letters directly after the number, in every language the game speaks
/// (`mille`, `duizend`, `Tausend`, `Mio.`, `mln`, `Mrd.`, `mld`, `milliard`, `miljard`,
/// `Milliarde`); `billion` is 10^9 in English and Dutch (where it is no word of the language)
/// and 10^12 in French and German, as `biljoen`, `Billion` and `Bio.` always are.
/// Returns the power of ten the word stands for.
fn read_multiplier(text: &str, lang: Lang) -> (i32, &str) {
    let long_billion = match lang {
        Lang::Fr | Lang::De => 12,
        Lang::En | Lang::Nl => 9,
    };
    // A multiplier must end the word (`m` yes, `metres` no), so the order only matters
    // between words that end alike.
    let multipliers: [(&str, i32); 41] = [
        ("thousands", 3),
        ("thousand", 3),
        ("mille", 3),
        ("duizend", 3),
        ("tausend", 3),
        ("tsd", 3),
        ("lakhs", 5),
        ("lakh", 5),
        ("crores", 7),
        ("crore", 7),
        ("millions", 6),
        ("million", 6),
        ("millionen", 6),
        ("miljoenen", 6),
        ("miljoen", 6),
        ("milliards", 9),
        ("milliard", 9),
        ("milliarden", 9),
        ("milliarde", 9),
        ("miljarden", 9),
        ("miljard", 9),
        ("billions", long_billion),
        ("billion", long_billion),
        ("billionen", 12),
        ("biljoenen", 12),
        ("biljoen", 12),
        ("trillion", 12),
        ("mio", 6),
        ("mln", 6),
        ("mrd", 9),
        ("mld", 9),
        ("mds", 9),
        ("md", 9),
        ("bln", 9),
        ("bio", 12),
        ("mn", 6),
        ("bn", 9),
        ("tn", 12),
        ("k", 3),
        ("m", 6),
        ("b", 9),
    ];
    for (word, factor) in multipliers {
        if let Some(rest) = text.strip_prefix(word)
            && !rest.starts_with(|c: char| c.is_alphabetic())
        {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            return (factor, rest);
        }
    }
    (0, text)
}

/// After the number only unit words may follow (`euros`, `arrests`, `t`, `%`), never digits.
fn check_trailing(text: &str) -> Result<(), AnswerError> {
    let ok = text.chars().all(|c| {
        c.is_alphabetic()
            || c.is_whitespace()
            || matches!(c, '%' | '.' | '/' | '-' | '€' | '$' | '£' | '\'' | '’')
    });
    if ok {
        Ok(())
    } else {
        Err(AnswerError::NotANumber)
    }
}
