//! The estimate slider: where a value sits on it (log scale for quantities, linear for years),
//! and how far the arrow keys move it.

use crate::content::number::{format_rounded, format_year, round_significant};
use crate::content::{Estimate, Scale};

/// Significant figures a slider position (or the middle of a typed range) can mean.
pub const SIGNIFICANT_FIGURES: u32 = 3;

/// Decades moved by one arrow press on a log slider; Shift moves ten times as far.
pub const LOG_STEP_DECADES: f64 = 0.05;
/// Years moved by one arrow press on a year slider; Shift moves five times as far.
pub const YEAR_STEP: f64 = 1.0;

/// The value at position `t` (0 = left end, 1 = right end), rounded as a slider can mean it:
/// three significant figures, or a whole year.
pub fn value_at(estimate: &Estimate, t: f64) -> f64 {
    let range = estimate.slider_range();
    let t = t.clamp(0.0, 1.0);
    match estimate.scale {
        Scale::Log => {
            let (lo, hi) = (range.min.log10(), range.max.log10());
            round_significant(10f64.powf(lo + t * (hi - lo)), SIGNIFICANT_FIGURES)
        }
        Scale::Linear => (range.min + t * (range.max - range.min)).round(),
    }
}

/// A value on the slider as the player reads it: `31,600`, `2017`.
pub fn label(estimate: &Estimate, value: f64) -> String {
    match estimate.scale {
        Scale::Log => format_rounded(value, SIGNIFICANT_FIGURES),
        Scale::Linear => format_year(value),
    }
}

/// Where `value` sits on the slider, clamped to its ends.
pub fn position_of(estimate: &Estimate, value: f64) -> f64 {
    let range = estimate.slider_range();
    let t = match estimate.scale {
        Scale::Log if value > 0.0 => {
            let (lo, hi) = (range.min.log10(), range.max.log10());
            (value.log10() - lo) / (hi - lo)
        }
        Scale::Log => 0.0,
        Scale::Linear => (value - range.min) / (range.max - range.min),
    };
    t.clamp(0.0, 1.0)
}

/// The position after `presses` arrow presses (negative: left), `fast` with Shift.
pub fn step(estimate: &Estimate, t: f64, presses: i32, fast: bool) -> f64 {
    let range = estimate.slider_range();
    let span = match estimate.scale {
        Scale::Log => (range.max.log10() - range.min.log10()) / LOG_STEP_DECADES,
        Scale::Linear => (range.max - range.min) / YEAR_STEP,
    };
    let factor = match (estimate.scale, fast) {
        (_, false) => 1.0,
        (Scale::Log, true) => 10.0,
        (Scale::Linear, true) => 5.0,
    };
    (t + presses as f64 * factor / span).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Question;
    use crate::testing::small_case;

    fn estimates() -> (Estimate, Estimate) {
        let case = small_case();
        let Question::Estimate(a) = case.stages[0].question.clone() else {
            panic!("not an estimate")
        };
        let Question::Estimate(b) = case.stages[1].question.clone() else {
            panic!("not an estimate")
        };
        (a, b)
    }

    #[test]
    fn log_slider_spans_one_to_a_billion() {
        let (count, _) = estimates();
        assert_eq!(value_at(&count, 0.0), 1.0);
        assert_eq!(value_at(&count, 1.0), 1e9);
        assert_eq!(value_at(&count, 0.5), 31_600.0);
        assert!((position_of(&count, 1000.0) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(position_of(&count, 1e12), 1.0);
    }

    #[test]
    fn arrows_move_by_a_twentieth_of_a_decade_or_half_a_decade_with_shift() {
        let (count, _) = estimates();
        let t = position_of(&count, 1000.0);
        let up = step(&count, t, 20, false);
        assert!((value_at(&count, up) - 10_000.0).abs() < 1.0);
        let fast = step(&count, t, 2, true);
        assert!((value_at(&count, fast) - 10_000.0).abs() < 1.0);
        assert_eq!(step(&count, 0.99, 100, true), 1.0);
    }

    #[test]
    fn year_slider_moves_a_year_at_a_time() {
        let (_, year) = estimates();
        let t = position_of(&year, 2017.0);
        assert_eq!(value_at(&year, t), 2017.0);
        assert_eq!(value_at(&year, step(&year, t, 1, false)), 2018.0);
        assert_eq!(value_at(&year, step(&year, t, -1, true)), 2012.0);
        assert_eq!(
            value_at(&year, 0.5),
            2010.0,
            "the middle gives nothing away"
        );
    }
}
