//! How an answer was judged, in the player's language: "2.3x too low: right order of
//! magnitude", "3 years too early", "right", "2 of 3 pairs in order", and how an 80% range did.
//! The rules judge with values ([`Verdict`], [`RangeVerdict`], [`Band`]); this says them.

use super::lang::{Arg, Lang, number, say, word};
use crate::content::Truth;
use crate::content::{Scale, number::round_significant};
use crate::rules::judge::{Answer, Response};
use crate::rules::scoring::{Band, RangeVerdict, Verdict};

/// A factor between two figures for people: `2.3`, `12`, `1,200` (`2,3` in French).
pub fn factor(lang: Lang, factor: f64) -> String {
    if factor < 10.0 {
        number(lang, (factor * 10.0).round() / 10.0, true)
    } else {
        super::numbers::figure(lang, round_significant(factor, 2))
    }
}

/// A factor with its sign of multiplication: `2.3x`, `1,200x`; from a million on in words,
/// `3 million times`.
pub fn times(lang: Lang, x: f64) -> String {
    let id = if x >= 1e6 { "times-words" } else { "times" };
    say(lang, id, &[("factor", factor(lang, x).into())])
}

/// How far off a quantity was, from the factor guess / truth: "2.3x too low", "exact",
/// "almost exact", "3 million times too high".
pub fn factor_text(lang: Lang, ratio: f64) -> String {
    if ratio == 1.0 {
        return word(lang, "verdict-exact");
    }
    let error = ratio.log10();
    let x = 10f64.powf(error.abs());
    if factor(Lang::En, x) == "1" {
        return word(lang, "verdict-almost-exact");
    }
    let id = if error < 0.0 {
        "verdict-too-low"
    } else {
        "verdict-too-high"
    };
    say(lang, id, &[("times", times(lang, x).into())])
}

/// How far off, in words: "2.3x too low", "exact", "3 years too early".
pub fn distance(lang: Lang, verdict: &Verdict) -> String {
    match verdict.scale {
        Scale::Log => factor_text(lang, 10f64.powf(verdict.error)),
        Scale::Linear => {
            // Whole years for a guess; a class's median may fall between two years.
            let halves = (verdict.error.abs() * 2.0).round();
            if halves == 0.0 {
                return word(lang, "verdict-right-year");
            }
            let id = if verdict.error < 0.0 {
                "verdict-years-early"
            } else {
                "verdict-years-late"
            };
            say(lang, id, &[("years", (halves / 2.0).into())])
        }
    }
}

/// A band's words: "close", "right order of magnitude", "a few years off".
pub fn band(lang: Lang, band: Band, scale: Scale) -> String {
    word(
        lang,
        match (band, scale) {
            (Band::SpotOn, _) => "band-spot-on",
            (Band::Close, _) => "band-close",
            (Band::RightOrder, Scale::Log) => "band-right-order",
            (Band::RightOrder, Scale::Linear) => "band-few-years",
            (Band::OrdersOff, Scale::Log) => "band-orders-off",
            (Band::OrdersOff, Scale::Linear) => "band-far-off",
        },
    )
}

/// Distance and band together: "2.3x too low: right order of magnitude", or just "exact".
pub fn summary(lang: Lang, verdict: &Verdict) -> String {
    let distance = distance(lang, verdict);
    if verdict.error == 0.0 {
        distance
    } else {
        say(
            lang,
            "verdict-with-band",
            &[
                ("distance", distance.into()),
                ("band", band(lang, verdict.band, verdict.scale).into()),
            ],
        )
    }
}

/// How an answer went, in a few words: "2.3x too low", "right", "2 of 3 pairs in order".
pub fn answer_verdict(lang: Lang, answer: &Answer) -> String {
    match &answer.response {
        Response::Estimate { verdict, .. } => distance(lang, verdict),
        Response::Choice { correct: true, .. } => word(lang, "verdict-right"),
        Response::Choice { correct: false, .. } => word(lang, "verdict-wrong"),
        Response::Order {
            pairs_right, pairs, ..
        } if pairs_right == pairs => word(lang, "verdict-all-in-order"),
        Response::Order {
            pairs_right, pairs, ..
        } => say(
            lang,
            "verdict-pairs-in-order",
            &[("right", (*pairs_right).into()), ("pairs", (*pairs).into())],
        ),
    }
}

/// How an answer went, with the band for an estimate.
pub fn answer_summary(lang: Lang, answer: &Answer) -> String {
    match &answer.response {
        Response::Estimate { verdict, .. } => summary(lang, verdict),
        _ => answer_verdict(lang, answer),
    }
}

/// A number of years, whole: `3 years`.
fn years(lang: Lang, years: f64) -> String {
    say(lang, "years", &[("years", Arg::Number(years.round()))])
}

/// How an 80% range did: "your range spanned 1.2 orders of magnitude and caught the truth",
/// "... and missed by 3x".
pub fn range_summary(lang: Lang, range: &RangeVerdict, truth: Truth) -> String {
    let width = match range.scale {
        Scale::Log => say(
            lang,
            "orders-of-magnitude",
            &[("width", one_decimal(lang, range.width).into())],
        ),
        Scale::Linear => years(lang, range.width),
    };
    if range.caught {
        return say(lang, "range-caught", &[("width", width.into())]);
    }
    let below = range.high < truth.low();
    let miss = match range.scale {
        Scale::Log => times(
            lang,
            if below {
                truth.low() / range.high
            } else {
                range.low / truth.high()
            },
        ),
        Scale::Linear => years(
            lang,
            if below {
                truth.low() - range.high
            } else {
                range.low - truth.high()
            },
        ),
    };
    say(
        lang,
        "range-missed",
        &[("width", width.into()), ("miss", miss.into())],
    )
}

/// A number with exactly one decimal, as `lang` writes it: `1.0`, `1,2`.
pub fn one_decimal(lang: Lang, value: f64) -> String {
    super::lang::number_text(lang, &format!("{value:.1}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scoring::{judge, judge_range};

    /// English says what the rules' own words say (the class and the export still use them).
    #[test]
    fn english_as_the_rules_say_it() {
        let truths = [
            Truth::Value(100.0),
            Truth::Value(6558.0),
            Truth::Range {
                low: 100e6,
                high: 120e6,
            },
        ];
        for truth in truths {
            for guess in [
                0.001, 1.0, 40.0, 99.0, 100.0, 101.0, 230.0, 6558.0, 20_000.0, 115e6, 3e13,
            ] {
                let v = judge(guess, truth, Scale::Log);
                assert_eq!(distance(Lang::En, &v), v.distance_text(), "{guess}");
                assert_eq!(summary(Lang::En, &v), v.summary(), "{guess}");
                let r = judge_range(guess, guess * 7.0, truth, Scale::Log);
                assert_eq!(range_summary(Lang::En, &r, truth), r.summary(truth));
            }
        }
        let year = Truth::Value(2020.0);
        for guess in [2015.0, 2019.0, 2019.5, 2020.0, 2021.0, 2024.0] {
            let v = judge(guess, year, Scale::Linear);
            assert_eq!(summary(Lang::En, &v), v.summary(), "{guess}");
            let r = judge_range(guess - 1.0, guess, year, Scale::Linear);
            assert_eq!(range_summary(Lang::En, &r, year), r.summary(year));
        }
    }

    #[test]
    fn verdicts_in_each_language() {
        let low = judge(2851.0, Truth::Value(6558.0), Scale::Log);
        assert_eq!(
            summary(Lang::Fr, &low),
            "2,3 fois trop bas\u{a0}: bon ordre de grandeur"
        );
        assert_eq!(
            summary(Lang::Nl, &low),
            "2,3 keer te laag: juiste orde van grootte"
        );
        assert_eq!(
            summary(Lang::De, &low),
            "2,3-mal zu niedrig: richtige Größenordnung"
        );
        let early = judge(2017.0, Truth::Value(2020.0), Scale::Linear);
        assert_eq!(distance(Lang::De, &early), "3 Jahre zu früh");
        let one = judge(2019.0, Truth::Value(2020.0), Scale::Linear);
        assert_eq!(distance(Lang::Fr, &one), "1 an trop tôt");
        assert_eq!(distance(Lang::Nl, &one), "1 jaar te vroeg");
        let far = judge(1.0, Truth::Value(3.8e6), Scale::Log);
        assert_eq!(distance(Lang::De, &far), "3,8 Millionen Mal zu niedrig");
    }
}
