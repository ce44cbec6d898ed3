//! Scoring, from `shared/scoring.md`: log-scale error for quantities, years off for years, no
//! speed bonus, and an honest best guess is the best strategy.

use crate::content::number::{format_factor, times};
use crate::content::{Scale, Truth};

/// Points for a year that is this many years off or more.
pub const YEARS_FOR_ZERO_POINTS: f64 = 5.0;

/// How close a guess was, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Within 1.3x (or the exact year).
    SpotOn,
    /// Within 2x (or one year).
    Close,
    /// Within 10x (or within five years).
    RightOrder,
    /// Beyond that.
    OrdersOff,
}

impl Band {
    /// Words for the band.
    pub fn label(self, scale: Scale) -> &'static str {
        match (self, scale) {
            (Band::SpotOn, _) => "spot on",
            (Band::Close, _) => "close",
            (Band::RightOrder, Scale::Log) => "right order of magnitude",
            (Band::RightOrder, Scale::Linear) => "a few years off",
            (Band::OrdersOff, Scale::Log) => "off by orders of magnitude",
            (Band::OrdersOff, Scale::Linear) => "far off",
        }
    }
}

/// How one answer was judged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// Signed error: `log10(guess) - log10(truth)` for quantities, `guess - truth` in years for
    /// years. Zero when the guess lies inside a disputed range.
    pub error: f64,
    /// Points from 0 to 100.
    pub points: u32,
    pub band: Band,
    pub scale: Scale,
}

/// The signed error of `guess` against `truth`, measured to the nearest end of a range.
pub fn signed_error(guess: f64, truth: Truth, scale: Scale) -> f64 {
    let (low, high) = (truth.low(), truth.high());
    let (g, lo, hi) = match scale {
        Scale::Log => (guess.log10(), low.log10(), high.log10()),
        Scale::Linear => (guess, low, high),
    };
    if g < lo {
        g - lo
    } else if g > hi {
        g - hi
    } else {
        0.0
    }
}

/// Points for a signed error: `round(100 * max(0, 1 - |e| / 2))` on a log scale (100 exact,
/// 50 at 10x off, 0 at 100x off); for years, 20 points lost per year off.
pub fn points(error: f64, scale: Scale) -> u32 {
    let lost = match scale {
        Scale::Log => error.abs() / 2.0,
        Scale::Linear => error.abs() / YEARS_FOR_ZERO_POINTS,
    };
    (100.0 * (1.0 - lost).max(0.0)).round() as u32
}

/// The band for a signed error.
pub fn band(error: f64, scale: Scale) -> Band {
    match scale {
        Scale::Log => {
            // A hair of tolerance so that exactly 2x (log10(2) rounded) still counts as 2x.
            let factor = 10f64.powf(error.abs()) * (1.0 - 1e-12);
            if factor <= 1.3 {
                Band::SpotOn
            } else if factor <= 2.0 {
                Band::Close
            } else if factor <= 10.0 {
                Band::RightOrder
            } else {
                Band::OrdersOff
            }
        }
        Scale::Linear => {
            let years = error.abs();
            if years < 0.5 {
                Band::SpotOn
            } else if years <= 1.0 {
                Band::Close
            } else if years <= YEARS_FOR_ZERO_POINTS {
                Band::RightOrder
            } else {
                Band::OrdersOff
            }
        }
    }
}

/// Judge one guess.
pub fn judge(guess: f64, truth: Truth, scale: Scale) -> Verdict {
    let error = signed_error(guess, truth, scale);
    Verdict {
        error,
        points: points(error, scale),
        band: band(error, scale),
        scale,
    }
}

/// How far off a quantity was, in words, from the factor guess / truth: "2.3x too low",
/// "exact", "almost exact", "3 million times too high".
pub fn factor_text(factor: f64) -> String {
    if factor == 1.0 {
        return "exact".to_string();
    }
    let error = factor.log10();
    let factor = 10f64.powf(error.abs());
    if format_factor(factor) == "1" {
        return "almost exact".to_string();
    }
    let direction = if error < 0.0 { "too low" } else { "too high" };
    format!("{} {direction}", times(factor))
}

impl Verdict {
    /// The factor between guess and truth (at least 1), for quantities.
    pub fn factor(&self) -> f64 {
        10f64.powf(self.error.abs())
    }

    /// How far off, in words: "2.3x too low", "exact", "3 years too early".
    pub fn distance_text(&self) -> String {
        match self.scale {
            Scale::Log => factor_text(10f64.powf(self.error)),
            Scale::Linear => {
                // Whole years for a guess; a class's median may fall between two years.
                let halves = (self.error.abs() * 2.0).round() as i64;
                if halves == 0 {
                    return "the right year".to_string();
                }
                let direction = if self.error < 0.0 {
                    "too early"
                } else {
                    "too late"
                };
                let years = if halves % 2 == 0 {
                    format!("{}", halves / 2)
                } else {
                    format!("{}.5", halves / 2)
                };
                let plural = if halves == 2 { "year" } else { "years" };
                format!("{years} {plural} {direction}")
            }
        }
    }

    /// Distance and band together: "2.3x too low: right order of magnitude", or just "exact".
    pub fn summary(&self) -> String {
        let distance = self.distance_text();
        if self.error == 0.0 {
            distance
        } else {
            format!("{distance}: {}", self.band.label(self.scale))
        }
    }
}

/// How an 80% range did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RangeVerdict {
    pub low: f64,
    pub high: f64,
    /// Whether the range contains the truth (or overlaps a disputed range).
    pub caught: bool,
    /// Width in orders of magnitude (log) or years (linear).
    pub width: f64,
    /// The interval score (lower is better), on log values or in years.
    pub interval_score: f64,
    /// Points for display: `100 - 25 * IS` on a log scale, `100 - 5 * IS` in years. May be
    /// negative; shown clipped at 0, kept raw for totals.
    pub points: f64,
    pub scale: Scale,
}

/// Judge an 80% range `[low, high]` against the truth with the interval score, alpha = 0.2
/// (Gneiting & Raftery 2007): width plus 10 times any miss, on log values (or years).
pub fn judge_range(low: f64, high: f64, truth: Truth, scale: Scale) -> RangeVerdict {
    let f = |v: f64| match scale {
        Scale::Log => v.log10(),
        Scale::Linear => v,
    };
    let (l, u, y_lo, y_hi) = (f(low), f(high), f(truth.low()), f(truth.high()));
    let width = u - l;
    let miss = (l - y_hi).max(0.0) + (y_lo - u).max(0.0);
    let interval_score = width + 10.0 * miss;
    let points = match scale {
        Scale::Log => 100.0 - 25.0 * interval_score,
        Scale::Linear => 100.0 - 5.0 * interval_score,
    };
    RangeVerdict {
        low,
        high,
        caught: miss == 0.0,
        width,
        interval_score,
        points,
        scale,
    }
}

impl RangeVerdict {
    /// Points as shown: whole, and never below zero.
    pub fn shown_points(&self) -> u32 {
        self.points.max(0.0).round() as u32
    }

    /// "your range spanned 1.2 orders of magnitude and caught the truth", "... missed by 3x".
    pub fn summary(&self, truth: Truth) -> String {
        let width = match self.scale {
            Scale::Log => format!("{:.1} orders of magnitude", self.width),
            Scale::Linear => {
                let years = self.width.round() as i64;
                format!("{years} year{}", if years == 1 { "" } else { "s" })
            }
        };
        if self.caught {
            return format!("your range spanned {width} and caught the truth");
        }
        let miss = match self.scale {
            Scale::Log => {
                let factor = if self.high < truth.low() {
                    truth.low() / self.high
                } else {
                    self.low / truth.high()
                };
                times(factor)
            }
            Scale::Linear => {
                let years = if self.high < truth.low() {
                    truth.low() - self.high
                } else {
                    self.low - truth.high()
                }
                .round() as i64;
                format!("{years} year{}", if years == 1 { "" } else { "s" })
            }
        };
        format!("your range spanned {width} and missed by {miss}")
    }
}

/// Points for a choice: all or nothing.
pub fn choice_points(correct: bool) -> u32 {
    if correct { 100 } else { 0 }
}

/// For an order question: how many pairs of events the player put in the right relative order,
/// and how many pairs there are. `order` lists the true positions (0 = earliest) in the order
/// the player gave them.
pub fn order_pairs(order: &[usize]) -> (usize, usize) {
    let mut right = 0;
    let mut total = 0;
    for i in 0..order.len() {
        for j in i + 1..order.len() {
            total += 1;
            if order[i] < order[j] {
                right += 1;
            }
        }
    }
    (right, total)
}

/// Points for an order: the share of pairs in the right relative order.
pub fn order_points(right: usize, total: usize) -> u32 {
    if total == 0 {
        return 100;
    }
    (100.0 * right as f64 / total as f64).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_follow_the_rules() {
        assert_eq!(points(0.0, Scale::Log), 100);
        assert_eq!(points(1.0, Scale::Log), 50);
        assert_eq!(points(-1.0, Scale::Log), 50);
        assert_eq!(points(2.0, Scale::Log), 0);
        assert_eq!(points(5.0, Scale::Log), 0);
        assert_eq!(points(2f64.log10(), Scale::Log), 85);
        assert_eq!(points(0.0, Scale::Linear), 100);
        assert_eq!(points(1.0, Scale::Linear), 80);
        assert_eq!(points(-7.0, Scale::Linear), 0);
    }

    #[test]
    fn error_is_symmetric_in_factor() {
        let truth = Truth::Value(6558.0);
        let high = judge(6558.0 * 3.0, truth, Scale::Log);
        let low = judge(6558.0 / 3.0, truth, Scale::Log);
        assert_eq!(high.points, low.points);
        assert!((high.error + low.error).abs() < 1e-12);
        assert_eq!(high.distance_text(), "3x too high");
        assert_eq!(low.distance_text(), "3x too low");
        let far = judge(30.0, Truth::Value(115e6), Scale::Log);
        assert_eq!(far.distance_text(), "3.8 million times too low");
    }

    #[test]
    fn bands() {
        let truth = Truth::Value(100.0);
        assert_eq!(judge(125.0, truth, Scale::Log).band, Band::SpotOn);
        assert_eq!(judge(180.0, truth, Scale::Log).band, Band::Close);
        assert_eq!(
            judge(30.0, Truth::Value(60.0), Scale::Log).band,
            Band::Close
        );
        assert_eq!(
            judge(600.0, Truth::Value(60.0), Scale::Log).band,
            Band::RightOrder
        );
        assert_eq!(judge(20.0, truth, Scale::Log).band, Band::RightOrder);
        assert_eq!(judge(2.0, truth, Scale::Log).band, Band::OrdersOff);
        assert_eq!(judge(100.0, truth, Scale::Log).summary(), "exact");
        assert_eq!(
            judge(43.0, truth, Scale::Log).summary(),
            "2.3x too low: right order of magnitude"
        );
    }

    #[test]
    fn ranges_count_inside_as_exact_and_measure_to_the_nearest_end() {
        let truth = Truth::Range {
            low: 100e6,
            high: 120e6,
        };
        assert_eq!(judge(115e6, truth, Scale::Log).points, 100);
        assert_eq!(judge(115e6, truth, Scale::Log).distance_text(), "exact");
        let low = judge(10e6, truth, Scale::Log);
        assert!((low.error + 1.0).abs() < 1e-12);
        assert_eq!(low.points, 50);
        let high = judge(1.2e9, truth, Scale::Log);
        assert!((high.error - 1.0).abs() < 1e-12);
    }

    #[test]
    fn years_are_scored_in_years() {
        let truth = Truth::Value(2017.0);
        let v = judge(2019.0, truth, Scale::Linear);
        assert_eq!(v.points, 60);
        assert_eq!(v.distance_text(), "2 years too late");
        assert_eq!(
            judge(2016.0, truth, Scale::Linear).distance_text(),
            "1 year too early"
        );
        // A class's median can fall half-way between two years: said as it is, not rounded.
        assert_eq!(
            judge(2014.5, truth, Scale::Linear).distance_text(),
            "2.5 years too early"
        );
        assert_eq!(
            judge(2017.5, truth, Scale::Linear).distance_text(),
            "0.5 years too late"
        );
        assert_eq!(judge(2017.0, truth, Scale::Linear).band, Band::SpotOn);
        let disputed = Truth::Range {
            low: 2017.0,
            high: 2018.0,
        };
        assert_eq!(judge(2018.0, disputed, Scale::Linear).points, 100);
    }

    #[test]
    fn interval_score_on_log_values() {
        let truth = Truth::Value(1000.0);
        // A one-decade range around the truth: width 1, no miss.
        let hit = judge_range(316.0, 3160.0, truth, Scale::Log);
        assert!(hit.caught);
        assert!((hit.interval_score - 1.0).abs() < 1e-3);
        assert_eq!(hit.shown_points(), 75);
        assert_eq!(
            hit.summary(truth),
            "your range spanned 1.0 orders of magnitude and caught the truth"
        );
        // Narrow and 3x too low: width log10(2) plus 10 * log10(3).
        let miss = judge_range(150.0, 300.0, Truth::Value(900.0), Scale::Log);
        assert!(!miss.caught);
        let expected = 2f64.log10() + 10.0 * 3f64.log10();
        assert!((miss.interval_score - expected).abs() < 1e-9);
        assert!(miss.points < 0.0, "raw points stay negative for totals");
        assert_eq!(miss.shown_points(), 0);
        assert_eq!(
            miss.summary(Truth::Value(900.0)),
            "your range spanned 0.3 orders of magnitude and missed by 3x"
        );
        // A disputed truth: overlapping the range counts as caught.
        let disputed = Truth::Range {
            low: 100e6,
            high: 120e6,
        };
        assert!(judge_range(110e6, 500e6, disputed, Scale::Log).caught);
        // Years.
        let years = judge_range(2015.0, 2016.0, Truth::Value(2018.0), Scale::Linear);
        assert_eq!(years.interval_score, 1.0 + 20.0);
        assert_eq!(
            years.summary(Truth::Value(2018.0)),
            "your range spanned 1 year and missed by 2 years"
        );
    }

    /// The interval score is proper: for a belief spread evenly over decades, the honest 80%
    /// range scores better in expectation than a much narrower or much wider one.
    #[test]
    fn honest_ranges_score_best() {
        // The truth is 10^x with x uniform on [0, 5] (sampled finely).
        let truths: Vec<Truth> = (0..=500)
            .map(|i| Truth::Value(10f64.powf(i as f64 / 100.0)))
            .collect();
        let expected = |l: f64, u: f64| -> f64 {
            truths
                .iter()
                .map(|&t| judge_range(10f64.powf(l), 10f64.powf(u), t, Scale::Log).interval_score)
                .sum::<f64>()
                / truths.len() as f64
        };
        let honest = expected(0.5, 4.5); // the central 80%
        assert!(honest < expected(2.0, 3.0), "too narrow beats honest");
        assert!(honest < expected(0.0, 5.0), "too wide beats honest");
    }

    #[test]
    fn order_scores_by_pairs() {
        assert_eq!(order_pairs(&[0, 1, 2, 3]), (6, 6));
        assert_eq!(order_pairs(&[3, 2, 1, 0]), (0, 6));
        assert_eq!(order_pairs(&[1, 0, 2, 3]), (5, 6));
        assert_eq!(order_points(5, 6), 83);
        assert_eq!(order_points(0, 3), 0);
        assert_eq!(choice_points(true), 100);
        assert_eq!(choice_points(false), 0);
    }

    /// Absolute log error is minimised by the median of the player's belief: a player who
    /// believes the figure is 1,000 or 100,000 with equal odds does no better by shading.
    #[test]
    fn the_honest_median_scores_best() {
        let beliefs = [(100.0, 0.2), (1000.0, 0.5), (100_000.0, 0.3)];
        let expected = |guess: f64| -> f64 {
            beliefs
                .iter()
                .map(|&(y, p)| {
                    p * points(signed_error(guess, Truth::Value(y), Scale::Log), Scale::Log) as f64
                })
                .sum()
        };
        let median = expected(1000.0);
        for other in [50.0, 300.0, 3000.0, 10_000.0, 100_000.0] {
            assert!(
                median >= expected(other),
                "guessing {other} beat the median"
            );
        }
    }
}
