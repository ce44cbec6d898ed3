//! Dates in a text as people write them, as precise as they are written (`1 April 2020`,
//! `June 12, 2020`, `12–13 June 2020`, `2021-03-09`, `June 2023`, `2019`), and the span
//! between two of them in a question's unit of time: "On 1 April 2020 … until 20 June 2020"
//! gives away "for how many days?".

use time::{Date, Month};

/// How precisely a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Precision {
    Year,
    Month,
    Day,
}

/// A date found in a text: the day it names (the first of the month or year when it is less
/// precise), how precise it is, and its byte range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct WrittenDate {
    pub date: Date,
    pub precision: Precision,
    pub start: usize,
    pub end: usize,
}

const MONTHS: [(&str, Month); 24] = [
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("april", Month::April),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("september", Month::September),
    ("october", Month::October),
    ("november", Month::November),
    ("december", Month::December),
    ("jan", Month::January),
    ("feb", Month::February),
    ("mar", Month::March),
    ("apr", Month::April),
    ("jun", Month::June),
    ("jul", Month::July),
    ("aug", Month::August),
    ("sep", Month::September),
    ("sept", Month::September),
    ("oct", Month::October),
    ("nov", Month::November),
    ("dec", Month::December),
];

/// A word or a run of digits: a number (its value and how many digits), a month's name, or
/// anything else.
#[derive(Debug, Clone, Copy)]
enum Token {
    Number(u32, usize),
    Month(Month),
    Other,
}

fn tokens(text: &str) -> Vec<(Token, usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let digit = c.is_ascii_digit();
        if !digit && !c.is_alphabetic() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let same = if digit {
                n.is_ascii_digit()
            } else {
                n.is_alphabetic()
            };
            if !same {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        let word = &text[start..end];
        let token = if digit {
            word.parse()
                .map_or(Token::Other, |v| Token::Number(v, word.len()))
        } else {
            let lower = word.to_lowercase();
            MONTHS
                .iter()
                .find(|(name, _)| *name == lower)
                .map_or(Token::Other, |(_, m)| Token::Month(*m))
        };
        out.push((token, start, end));
    }
    out
}

fn year(token: Token) -> Option<i32> {
    match token {
        Token::Number(y, 4) if (1900..=2100).contains(&y) => Some(y as i32),
        _ => None,
    }
}

fn day(token: Token) -> Option<u8> {
    match token {
        Token::Number(d, 1 | 2) if (1..=31).contains(&d) => Some(d as u8),
        _ => None,
    }
}

/// Every date in `text`.
pub(crate) fn dates(text: &str) -> Vec<WrittenDate> {
    let t = tokens(text);
    let between = |a: usize, b: usize| text.get(t[a].2..t[b].1).unwrap_or("x");
    let mut out = Vec::new();
    let mut used = vec![false; t.len()];
    let push = |out: &mut Vec<WrittenDate>, y: i32, m: Month, d: u8, p: Precision, s, e| {
        if let Ok(date) = Date::from_calendar_date(y, m, d) {
            out.push(WrittenDate {
                date,
                precision: p,
                start: s,
                end: e,
            });
        }
    };
    let mut i = 0;
    while i < t.len() {
        let at = |k: usize| t.get(k).map(|x| x.0);
        // 2021-03-09 and 2019-05.
        if let Some(y) = year(t[i].0)
            && let Some(Token::Number(m, 2)) = at(i + 1)
            && between(i, i + 1) == "-"
            && let Ok(month) = Month::try_from(m as u8)
        {
            if let Some(Token::Number(d, 2)) = at(i + 2)
                && between(i + 1, i + 2) == "-"
            {
                push(
                    &mut out,
                    y,
                    month,
                    d as u8,
                    Precision::Day,
                    t[i].1,
                    t[i + 2].2,
                );
                used[i..=i + 2].fill(true);
                i += 3;
            } else {
                push(&mut out, y, month, 1, Precision::Month, t[i].1, t[i + 1].2);
                used[i..=i + 1].fill(true);
                i += 2;
            }
            continue;
        }
        // 1 April 2020, and both days of 12–13 June 2020.
        if let Some(d) = day(t[i].0) {
            let mut k = i + 1;
            let mut days = vec![(d, t[i].1, t[i].2)];
            // A second day: "12–13 June", "12-13 June", "12 to 13 June".
            let to = matches!(t.get(k), Some((Token::Other, s, e)) if text[*s..*e].eq_ignore_ascii_case("to"));
            let second = if to { k + 1 } else { k };
            if let Some(d2) = at(second).and_then(day)
                && (to || matches!(between(i, k).trim(), "–" | "-"))
            {
                days.push((d2, t[second].1, t[second].2));
                k = second + 1;
            }
            if let Some(Token::Month(m)) = at(k)
                && let Some(y) = at(k + 1).and_then(year)
                && between(k - 1, k).trim().is_empty()
                && between(k, k + 1).trim().is_empty()
            {
                for (d, s, _) in days {
                    push(&mut out, y, m, d, Precision::Day, s, t[k + 1].2);
                }
                used[i..=k + 1].fill(true);
                i = k + 2;
                continue;
            }
        }
        if let Token::Month(m) = t[i].0 {
            // June 12, 2020.
            if let Some(d) = at(i + 1).and_then(day)
                && let Some(y) = at(i + 2).and_then(year)
                && matches!(between(i + 1, i + 2).trim(), "," | "")
            {
                push(&mut out, y, m, d, Precision::Day, t[i].1, t[i + 2].2);
                used[i..=i + 2].fill(true);
                i += 3;
                continue;
            }
            // June 2023.
            if let Some(y) = at(i + 1).and_then(year)
                && between(i, i + 1).trim().is_empty()
            {
                push(&mut out, y, m, 1, Precision::Month, t[i].1, t[i + 1].2);
                used[i..=i + 1].fill(true);
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    // A year on its own: 2019.
    for (k, &(token, s, e)) in t.iter().enumerate() {
        let rest = &text.as_bytes()[e..];
        let grouped = matches!(rest, [b',' | b'.', d, ..] if d.is_ascii_digit());
        if !used[k]
            && let Some(y) = year(token)
            && !grouped
        {
            push(&mut out, y, Month::January, 1, Precision::Year, s, e);
        }
    }
    out.sort_by_key(|d| d.start);
    out
}

/// The span between two dates in a unit of time (`days`, `weeks`, `months`, `years`), when both
/// are written precisely enough for it; days are counted both without and with the last day
/// ("from 1 April to 20 June" is 80 days, or 81 counting both ends).
pub(super) fn spans(a: &WrittenDate, b: &WrittenDate, unit: &str) -> Vec<f64> {
    let (early, late) = if a.date <= b.date { (a, b) } else { (b, a) };
    let days = (late.date - early.date).whole_days() as f64;
    let precision = early.precision.min(late.precision);
    let months = || {
        f64::from(late.date.year() - early.date.year()) * 12.0 + f64::from(late.date.month() as u8)
            - f64::from(early.date.month() as u8)
    };
    let unit = unit.trim().to_lowercase();
    match unit.as_str() {
        "day" | "days" if precision == Precision::Day => vec![days, days + 1.0],
        "week" | "weeks" if precision == Precision::Day => vec![days / 7.0, (days + 1.0) / 7.0],
        "month" | "months" if precision >= Precision::Month => vec![months()],
        "year" | "years" if precision >= Precision::Month => vec![months() / 12.0],
        "year" | "years" => vec![f64::from(late.date.year() - early.date.year())],
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|v| *v > 0.0)
    .collect()
}
