//! Figures in a text as people write them: `6558`, `6,558`, `6 558`, `6.5k`, `6,500`,
//! `115 million`, `a billion`, `eleven weeks`, `27,6`, with the days and years that are part of
//! a date marked as such.

/// A figure found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// A day or year that is part of a date, or a bare four-digit year: it can only be a year.
    pub date: bool,
}

const MONTHS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that stand for numbers.
fn number_word(word: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = SMALL.iter().position(|w| *w == word) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == word) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if let Some((tens, unit)) = word.split_once('-') {
        let t = TENS.iter().position(|w| *w == tens)?;
        let u = SMALL[1..10].iter().position(|w| *w == unit)?;
        return Some(20.0 + 10.0 * t as f64 + u as f64 + 1.0);
    }
    match word {
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        _ => None,
    }
}

/// Multiplier words and letters after a number.
pub(super) fn multiplier(word: &str) -> Option<f64> {
    Some(match word {
        "k" | "thousand" | "thousands" => 1e3,
        "m" | "mn" | "mln" | "mio" | "million" | "millions" | "miljoen" => 1e6,
        "bn" | "b" | "bln" | "mrd" | "billion" | "billions" | "milliard" | "milliards"
        | "miljard" => 1e9,
        "tn" | "trillion" => 1e12,
        "hundred" => 1e2,
        _ => return None,
    })
}

/// A numeral at the start of `text`: digits with `,` `.` or thin/normal spaces grouping
/// thousands, or a decimal mark. Returns its value and length in bytes.
fn numeral(text: &str) -> Option<(f64, usize)> {
    let bytes: Vec<char> = text.chars().collect();
    let mut end = 0;
    let mut s = String::new();
    let mut byte_len = 0;
    while end < bytes.len() {
        let c = bytes[end];
        let next_digit = bytes.get(end + 1).is_some_and(char::is_ascii_digit);
        let ok = c.is_ascii_digit()
            || (matches!(c, ',' | '.') && next_digit && end > 0)
            || (matches!(c, ' ' | '\u{a0}' | '\u{202f}')
                && end > 0
                && bytes[end + 1..]
                    .iter()
                    .take(3)
                    .filter(|d| d.is_ascii_digit())
                    .count()
                    == 3
                && !bytes.get(end + 4).is_some_and(char::is_ascii_digit));
        if !ok {
            break;
        }
        s.push(c);
        byte_len += c.len_utf8();
        end += 1;
    }
    if s.is_empty() {
        return None;
    }
    Some((numeral_value(&s)?, byte_len))
}

/// The lower-case word starting at `text` (letters and inner hyphens).
pub(super) fn word_at(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|(i, c)| !(c.is_alphabetic() || (*c == '-' && *i > 0)))
        .map_or(text.len(), |(i, _)| i);
    text[..end].trim_end_matches('-')
}

/// Every figure in `text`.
pub fn figures(text: &str) -> Vec<Figure> {
    let lower = text.to_lowercase();
    // Lower-casing may change byte lengths for a few letters; then fall back to the original.
    let scan = if lower.len() == text.len() {
        &lower
    } else {
        text
    };
    let mut found: Vec<Figure> = Vec::new();
    let mut at = 0;
    while at < scan.len() {
        let rest = &scan[at..];
        let Some(c) = rest.chars().next() else { break };
        let starts_word = at == 0
            || !scan[..at]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric());
        if c.is_ascii_digit()
            && starts_word
            && let Some((value, len)) = numeral(rest)
        {
            let mut end = at + len;
            let mut value = value;
            let after = &scan[end..];
            let gap = after.len() - after.trim_start().len();
            let next_word = word_at(after.trim_start());
            if let Some(m) = multiplier(next_word) {
                value *= m;
                end += gap + next_word.len();
            }
            found.push(Figure {
                value,
                start: at,
                end,
                date: false,
            });
            at = end;
            continue;
        }
        if c.is_alphabetic() && starts_word {
            let word = word_at(rest);
            if word.is_empty() {
                at += c.len_utf8();
                continue;
            }
            let mut value = number_word(word);
            let mut end = at + word.len();
            if value.is_none() && matches!(word, "a" | "an" | "half") {
                // `a billion`, `a dozen`, `half a million`.
                let after = scan[end..].trim_start();
                let after = after.strip_prefix("a ").unwrap_or(after);
                let next = word_at(after);
                if let Some(m) =
                    multiplier(next).or(if next == "dozen" { Some(12.0) } else { None })
                {
                    value = Some(if word == "half" { m / 2.0 } else { m });
                    end = scan.len() - after.len() + next.len();
                }
            }
            if let Some(v) = value {
                let mut v = v;
                let after = &scan[end..];
                let next = word_at(after.trim_start());
                if let Some(m) = multiplier(next).filter(|m| *m >= 1e3 || v < 100.0)
                    && !matches!(word, "a" | "an" | "half")
                {
                    v *= m;
                    end = end + (after.len() - after.trim_start().len()) + next.len();
                }
                found.push(Figure {
                    value: v,
                    start: at,
                    end,
                    date: false,
                });
            }
            at = end;
            continue;
        }
        at += c.len_utf8();
    }
    // Dates: a number next to a month name, a bare four-digit year, the parts of 2021-03-09.
    for f in &mut found {
        let before = scan[..f.start].trim_end();
        let after = scan[f.end..].trim_start();
        let near_month = MONTHS.iter().any(|m| {
            word_at(after) == *m
                || before
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .is_some_and(|w| w == *m)
        });
        let bare_year = (1900.0..=2100.0).contains(&f.value)
            && f.value.fract() == 0.0
            && scan[f.start..f.end].chars().all(|c| c.is_ascii_digit());
        let iso = scan[f.end..].starts_with('-')
            && scan[f.end + 1..].starts_with(|c: char| c.is_ascii_digit())
            || scan[..f.start].ends_with('-')
                && scan[..f.start.saturating_sub(1)].ends_with(|c: char| c.is_ascii_digit())
                && !scan[f.start..f.end].contains(['.', ',']);
        let range_of_days = (scan[f.end..].starts_with(['–', '-']) || before.ends_with(['–', '-']))
            && MONTHS.iter().any(|m| {
                let tail = scan[f.end..].trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, '–' | '-' | ' ')
                });
                word_at(tail) == *m
            });
        if near_month || bare_year || iso || range_of_days {
            f.date = true;
        }
    }
    found
}

/// A numeral's value: spaces group thousands; with both `,` and `.` the last is the decimal
/// mark; a comma before exactly three digits groups thousands, any other is a decimal comma; a
/// single dot is a decimal point (the rules the game reads answers by).
fn numeral_value(text: &str) -> Option<f64> {
    let s: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let plain = match (s.rfind('.'), s.rfind(',')) {
        (Some(d), Some(c)) if d > c => s.replace(',', ""),
        (Some(_), Some(_)) => s.replace('.', "").replace(',', "."),
        (None, Some(_)) => {
            let groups: Vec<&str> = s.split(',').collect();
            if groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3) {
                s.replace(',', "")
            } else {
                s.replace(',', ".")
            }
        }
        (Some(_), None) if s.matches('.').count() > 1 => s.replace('.', ""),
        _ => s,
    };
    plain.parse().ok()
}
