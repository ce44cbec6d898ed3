//! Figures as each language writes them: `€739.7 million`, `739,7 millions d’euros`,
//! `739,7 miljoen euro`, `739,7 Millionen Euro`; `6,558`, `6 558`, `6.558`.
//!
//! Digits, decimal marks and groups come from CLDR through ICU4X ([`super::lang::number`]);
//! the words for millions and currencies from the language's Fluent messages. Figures are
//! never rounded silently: [`figure`] keeps every significant digit of a value (the choice of
//! word is [`crate::content::number::in_words`]); [`rounded`] is for the slider's positions.

use super::lang::{Arg, Lang, number, say};
use crate::content::number::{Magnitude, currency, in_words, round_significant, singular};
use crate::content::{Estimate, Scale, Truth};

/// A figure with every significant digit, with a word from a million on: `6,558`,
/// `739.7 million` (en), `6 558`, `739,7 millions` (fr). `?` for a value that is not finite.
pub fn figure(lang: Lang, value: f64) -> String {
    scaled(lang, value).0
}

/// [`figure`], and whether it ends with a word for millions or more.
fn scaled(lang: Lang, value: f64) -> (String, bool) {
    let Some((digits, magnitude)) = in_words(value) else {
        return ("?".into(), false);
    };
    let mantissa: f64 = digits.parse().unwrap_or(f64::NAN);
    let sign = if value < 0.0 { "-" } else { "" };
    let id = match magnitude {
        Magnitude::One => return (format!("{sign}{}", number(lang, mantissa, true)), false),
        Magnitude::Million => "figure-million",
        Magnitude::Billion => "figure-billion",
        Magnitude::Trillion => "figure-trillion",
    };
    (
        format!("{sign}{}", say(lang, id, &[("number", mantissa.into())])),
        true,
    )
}

/// A value rounded to `significant` figures, then written as [`figure`] (the slider's labels).
pub fn rounded(lang: Lang, value: f64, significant: u32) -> String {
    figure(lang, round_significant(value, significant))
}

/// A year, without grouping in any language: `2021`.
pub fn year(value: f64) -> String {
    format!("{}", value.round() as i64)
}

/// A date from a case file (`2023-06-27`, `2023-06`, `2023`) in words, as `lang` writes it:
/// `27 June 2023`, `27 juin 2023`, `27 juni 2023`, `27. Juni 2023`; a text of another shape as
/// written.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let number = |s: &str| s.parse::<u32>().ok();
    let month = parts
        .get(1)
        .and_then(|m| number(m))
        .filter(|m| (1..=12).contains(m));
    let year = parts.first().and_then(|y| number(y));
    match (parts.as_slice(), year, month) {
        ([_, _, day], Some(year), Some(month)) if number(day).is_some() => say(
            lang,
            "date-day",
            &[
                ("day", number(day).unwrap_or(1).into()),
                ("month", month.into()),
                ("year", Arg::Plain(f64::from(year))),
            ],
        ),
        ([_, _], Some(year), Some(month)) => say(
            lang,
            "date-month",
            &[
                ("month", month.into()),
                ("year", Arg::Plain(f64::from(year))),
            ],
        ),
        _ => iso.to_string(),
    }
}

/// A written figure with its unit as the case names it: a currency as the language writes
/// money, `%` as it writes percentages, anything else after the figure, in the singular when
/// the figure is exactly one.
fn join(lang: Lang, amount: &str, scaled: bool, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        return amount.to_string();
    }
    if let Some(c) = currency(unit) {
        let id = if scaled {
            "money-scaled"
        } else {
            "money-plain"
        };
        return say(
            lang,
            id,
            &[
                ("amount", amount.into()),
                ("symbol", unit.into()),
                ("code", c.code.into()),
            ],
        );
    }
    if unit == "%" {
        return say(lang, "percent", &[("amount", amount.into())]);
    }
    let unit = if amount == "1" {
        singular(unit)
    } else {
        unit.to_string()
    };
    if scaled {
        // French says `31,6 millions d’arrestations`: the message elides before a vowel.
        let vowel = unit
            .chars()
            .next()
            .is_some_and(|c| "aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÉÈÊÎÔÛ".contains(c));
        return say(
            lang,
            "with-unit-scaled",
            &[
                ("amount", amount.into()),
                ("unit", unit.into()),
                ("vowel", if vowel { "yes" } else { "no" }.into()),
            ],
        );
    }
    say(
        lang,
        "with-unit",
        &[("amount", amount.into()), ("unit", unit.into())],
    )
}

/// A figure with its unit: `6,558 arrests`, `€739.7 million`, `739,7 millions d’euros`.
pub fn with_unit(lang: Lang, value: f64, unit: &str) -> String {
    let (amount, is_scaled) = scaled(lang, value);
    join(lang, &amount, is_scaled, unit)
}

/// A value of `estimate` with its unit, as the player reads it: a year alone, a quantity with
/// its unit.
pub fn show(lang: Lang, estimate: &Estimate, value: f64) -> String {
    match estimate.scale {
        Scale::Log => with_unit(lang, value, &estimate.unit),
        Scale::Linear => {
            let unit = if estimate.unit == "year" {
                ""
            } else {
                &estimate.unit
            };
            join(lang, &year(value), false, unit)
        }
    }
}

/// Two values of `estimate` as a span with the unit once (`500 to 5,000 arrests`,
/// `500 à 5 000 arrestations`), money on both ends (`€1,300 to €1,600`).
pub fn span(lang: Lang, estimate: &Estimate, low: f64, high: f64) -> String {
    let low_text = match (estimate.scale, currency(&estimate.unit)) {
        (Scale::Linear, _) => year(low),
        (Scale::Log, Some(_)) => with_unit(lang, low, &estimate.unit),
        (Scale::Log, None) => figure(lang, low),
    };
    say(
        lang,
        "span",
        &[
            ("low", low_text.into()),
            ("high", show(lang, estimate, high).into()),
        ],
    )
}

/// The truth of `estimate` with its unit; a range as a [`span`].
pub fn truth(lang: Lang, estimate: &Estimate) -> String {
    match estimate.truth {
        Truth::Value(v) => show(lang, estimate, v),
        Truth::Range { low, high } => span(lang, estimate, low, high),
    }
}

/// A slider position's label: three significant figures, or a year.
pub fn slider_label(lang: Lang, estimate: &Estimate, value: f64) -> String {
    match estimate.scale {
        Scale::Log => rounded(lang, value, crate::rules::slider::SIGNIFICANT_FIGURES),
        Scale::Linear => year(value),
    }
}

/// A best guess as read, with its 80% range if one was given: `6,500 arrests, 80% sure of
/// 5,000 to 8,000 arrests`.
pub fn guess_with_range(
    lang: Lang,
    estimate: &Estimate,
    guess: f64,
    range: Option<(f64, f64)>,
) -> String {
    match range {
        Some((low, high)) => say(
            lang,
            "guess-with-range",
            &[
                ("guess", show(lang, estimate, guess).into()),
                ("range", span(lang, estimate, low, high).into()),
            ],
        ),
        None => show(lang, estimate, guess),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::number::{format_exact, format_rounded};

    /// CLDR's numbers as a browser writes them (Node's `Intl.NumberFormat`, captured by
    /// `scripts/cldr-numbers.js` into `tests/fixtures/cldr-numbers.json`).
    #[test]
    fn numbers_match_cldr_as_browsers_write_them() {
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/cldr-numbers.json")).unwrap();
        let mut checked = 0;
        for (code, cases) in fixture.as_object().unwrap() {
            let lang: Lang = code.parse().unwrap();
            for case in cases.as_array().unwrap() {
                let value = case["value"].as_f64().unwrap();
                let grouped = case["grouped"].as_str().unwrap();
                let plain = case["plain"].as_str().unwrap();
                assert_eq!(number(lang, value, true), grouped, "{code} {value}");
                assert_eq!(number(lang, value, false), plain, "{code} {value}");
                checked += 1;
            }
        }
        assert!(checked >= 40, "only {checked} fixtures");
    }

    #[test]
    fn dates_in_each_language() {
        for iso in ["2023-06-27", "2020-07-02", "2021-03", "2019", "nonsense"] {
            assert_eq!(
                date(Lang::En, iso),
                crate::content::number::format_date(iso)
            );
        }
        assert_eq!(date(Lang::Fr, "2020-04-01"), "1er avril 2020");
        assert_eq!(date(Lang::Fr, "2023-06-27"), "27 juin 2023");
        assert_eq!(date(Lang::Nl, "2023-06-27"), "27 juni 2023");
        assert_eq!(date(Lang::De, "2023-06-27"), "27. Juni 2023");
        assert_eq!(date(Lang::De, "2021-03"), "März 2021");
    }

    #[test]
    fn figures_in_each_language() {
        let narrow = '\u{202f}';
        assert_eq!(figure(Lang::Fr, 6558.0), format!("6{narrow}558"));
        assert_eq!(figure(Lang::Nl, 6558.0), "6.558");
        assert_eq!(figure(Lang::De, 6558.0), "6.558");
        assert_eq!(figure(Lang::Fr, 739.7e6), "739,7 millions");
        assert_eq!(figure(Lang::Fr, 1.5e6), "1,5 million");
        assert_eq!(figure(Lang::De, 1.5e6), "1,5 Millionen");
        assert_eq!(figure(Lang::De, 1e6), "1 Million");
        assert_eq!(figure(Lang::Nl, 2.5e9), "2,5 miljard");
        assert_eq!(figure(Lang::De, 2e12), "2 Billionen");
        assert_eq!(with_unit(Lang::Fr, 739.7e6, "€"), "739,7 millions d’euros");
        assert_eq!(with_unit(Lang::Nl, 739.7e6, "€"), "739,7 miljoen euro");
        assert_eq!(with_unit(Lang::De, 739.7e6, "€"), "739,7 Millionen Euro");
        assert_eq!(with_unit(Lang::De, 2000.0, "€"), "2.000\u{a0}€");
        assert_eq!(with_unit(Lang::Nl, 2000.0, "€"), "€\u{a0}2.000");
        assert_eq!(with_unit(Lang::Fr, 20.0, "%"), format!("20{narrow}%"));
        assert_eq!(year(2021.0), "2021");
        assert_eq!(
            with_unit(Lang::Fr, 31.6e6, "arrestations"),
            "31,6 millions d’arrestations"
        );
        assert_eq!(with_unit(Lang::Fr, 2e6, "pilules"), "2 millions de pilules");
        assert_eq!(with_unit(Lang::De, 2e6, "Pillen"), "2 Millionen Pillen");
    }

    /// English as the game always wrote it: every figure the same as `content::number`'s.
    #[test]
    fn english_is_as_before() {
        let values = [
            0.5,
            1.0,
            12.0,
            999.0,
            1000.0,
            6558.0,
            1234567.5,
            1e6,
            115e6,
            739.7e6,
            1.15e9,
            2.5e12,
            103.5,
            0.75,
            31_600.0,
            42_000_000.0,
        ];
        for v in values {
            assert_eq!(figure(Lang::En, v), format_exact(v), "{v}");
            assert_eq!(rounded(Lang::En, v, 3), format_rounded(v, 3), "{v}");
            for unit in ["€", "US$", "arrests", "%", "tonnes", ""] {
                assert_eq!(
                    with_unit(Lang::En, v, unit),
                    crate::content::number::with_unit(v, unit),
                    "{v} {unit}"
                );
            }
        }
    }

    #[test]
    fn spans_and_truths_as_the_case_gives_them() {
        let case = crate::testing::small_case();
        let crate::content::Question::Estimate(count) = &case.stages[0].question else {
            unreachable!("the first stage is a count");
        };
        assert_eq!(truth(Lang::En, count), count.truth_text());
        assert_eq!(
            span(Lang::En, count, 500.0, 5000.0),
            count.span_text(500.0, 5000.0)
        );
        assert_eq!(
            span(Lang::De, count, 500.0, 5000.0),
            format!("500 bis 5.000 {}", count.unit)
        );
        assert_eq!(
            guess_with_range(Lang::Fr, count, 6500.0, Some((5000.0, 8000.0))),
            format!(
                "6\u{202f}500 {u}, sûr à 80\u{202f}% de 5\u{202f}000 à 8\u{202f}000 {u}",
                u = count.unit
            )
        );
    }
}
