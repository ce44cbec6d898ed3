//! The number line a reveal draws: where the guess and the truth sit, with labelled ticks.
//! Shared by the window and the text mode.

use crate::content::lang::Lang;
use crate::content::{Estimate, Scale};
use crate::report::lang::say;

/// A labelled mark on the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position from 0 (left end) to 1 (right end).
    pub at: f64,
    pub label: String,
}

/// Positions (0 to 1) of everything drawn on a reveal's line.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberLine {
    pub ticks: Vec<Tick>,
    pub guess: f64,
    pub truth_low: f64,
    pub truth_high: f64,
    /// The player's 80% range, if given.
    pub range: Option<(f64, f64)>,
}

/// Short labels for powers of ten in `lang`: `1`, `10`, `1k`, `10m`, `1bn` in English;
/// `1 k`, `10 M`, `1 Md` in French; `1K`, `10 mln`, `1 mld` in Dutch; `1 Tsd.`, `10 Mio.`,
/// `1 Mrd.` in German (the abbreviations are the `tick-*` messages); `0.1` as the language
/// writes it.
pub fn decade_label(lang: Lang, exponent: i32) -> String {
    const NAMES: [(i32, &str); 4] = [
        (12, "tick-trillion"),
        (9, "tick-billion"),
        (6, "tick-million"),
        (3, "tick-thousand"),
    ];
    for (base, id) in NAMES {
        if exponent >= base {
            let n = 10i64.pow((exponent - base) as u32);
            return say(lang, id, &[("n", (n as f64).into())]);
        }
    }
    crate::report::numbers::figure(lang, 10f64.powi(exponent))
}

/// The scale of a line: which values its ends stand for, its ticks, and where a value sits.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub ticks: Vec<Tick>,
    scale: Scale,
    start: f64,
    span: f64,
}

impl Axis {
    /// An axis for `estimate` that shows everything from `low` to `high` (and the truth), with
    /// a margin: whole decades on a log scale, a few years on either side for years.
    pub fn covering(lang: Lang, estimate: &Estimate, low: f64, high: f64) -> Axis {
        let low = estimate.truth.low().min(low);
        let high = estimate.truth.high().max(high);
        match estimate.scale {
            Scale::Log => {
                let mut start = low.log10().floor() as i32;
                let mut end = high.log10().ceil() as i32;
                if end - start < 2 {
                    start -= 1;
                    end = start + 3.max(end - start);
                }
                let step = if end - start > 9 { 2 } else { 1 };
                let span = (end - start) as f64;
                let ticks = (start..=end)
                    .filter(|e| (e - start) % step == 0)
                    .map(|e| Tick {
                        at: (e - start) as f64 / span,
                        label: decade_label(lang, e),
                    })
                    .collect();
                Axis {
                    ticks,
                    scale: Scale::Log,
                    start: start as f64,
                    span,
                }
            }
            Scale::Linear => {
                let start = (low - 2.0).floor();
                let end = (high + 2.0).ceil();
                let span = end - start;
                let step = if span > 20.0 {
                    5.0
                } else if span > 10.0 {
                    2.0
                } else {
                    1.0
                };
                let mut ticks = Vec::new();
                let mut year = (start / step).ceil() * step;
                while year <= end {
                    ticks.push(Tick {
                        at: (year - start) / span,
                        label: format!("{}", year as i64),
                    });
                    year += step;
                }
                Axis {
                    ticks,
                    scale: Scale::Linear,
                    start,
                    span,
                }
            }
        }
    }

    /// Where `value` sits, from 0 (left end) to 1 (right end).
    pub fn place(&self, value: f64) -> f64 {
        match self.scale {
            Scale::Log => (value.log10() - self.start) / self.span,
            Scale::Linear => (value - self.start) / self.span,
        }
    }
}

/// Lay out the line for `guess` (and the player's 80% `range`) against the estimate's truth.
pub fn number_line(
    lang: Lang,
    estimate: &Estimate,
    guess: f64,
    range: Option<(f64, f64)>,
) -> NumberLine {
    let (range_low, range_high) = range.unwrap_or((guess, guess));
    let axis = Axis::covering(lang, estimate, guess.min(range_low), guess.max(range_high));
    NumberLine {
        guess: axis.place(guess),
        truth_low: axis.place(estimate.truth.low()),
        truth_high: axis.place(estimate.truth.high()),
        range: range.map(|(l, h)| (axis.place(l), axis.place(h))),
        ticks: axis.ticks,
    }
}

/// The line drawn in text, `width` characters wide: `G` the guess, `T` the truth (`=` a
/// disputed range), `*` where they meet, `[` `]` the player's 80% range.
pub fn text_line(line: &NumberLine, width: usize) -> Vec<String> {
    let width = width.max(20);
    let col = |at: f64| ((at.clamp(0.0, 1.0)) * (width - 1) as f64).round() as usize;
    let mut bar: Vec<char> = vec!['-'; width];
    let mut labels: Vec<char> = vec![' '; width + 8];
    for tick in &line.ticks {
        let c = col(tick.at);
        bar[c] = '|';
        let start = c
            .saturating_sub(tick.label.len() / 2)
            .min(width + 8 - tick.label.len());
        if labels[start..start + tick.label.len()]
            .iter()
            .all(|&ch| ch == ' ')
            && (start == 0 || labels[start - 1] == ' ')
        {
            for (k, ch) in tick.label.chars().enumerate() {
                labels[start + k] = ch;
            }
        }
    }
    if let Some((low, high)) = line.range {
        bar[col(low)] = '[';
        bar[col(high)] = ']';
    }
    let (t0, t1) = (col(line.truth_low), col(line.truth_high));
    for cell in bar.iter_mut().take(t1 + 1).skip(t0) {
        *cell = '=';
    }
    bar[t0] = 'T';
    bar[t1] = 'T';
    let g = col(line.guess);
    bar[g] = if (t0..=t1).contains(&g) { '*' } else { 'G' };
    vec![
        bar.into_iter().collect(),
        labels
            .into_iter()
            .collect::<String>()
            .trim_end()
            .to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Question, Truth};
    use crate::testing::small_case;

    fn arrests() -> Estimate {
        let Question::Estimate(e) = small_case().stages[0].question.clone() else {
            panic!("not an estimate")
        };
        e
    }

    #[test]
    fn decade_labels() {
        assert_eq!(decade_label(Lang::En, 0), "1");
        assert_eq!(decade_label(Lang::En, 2), "100");
        assert_eq!(decade_label(Lang::En, 3), "1k");
        assert_eq!(decade_label(Lang::En, 8), "100m");
        assert_eq!(decade_label(Lang::En, 9), "1bn");
        assert_eq!(decade_label(Lang::En, 13), "10tn");
        assert_eq!(decade_label(Lang::En, -1), "0.1");
        assert_eq!(decade_label(Lang::Fr, 9), "1\u{a0}Md");
        assert_eq!(decade_label(Lang::Fr, -1), "0,1");
        assert_eq!(decade_label(Lang::Nl, 7), "10\u{a0}mln");
        assert_eq!(decade_label(Lang::De, 8), "100\u{a0}Mio.");
        assert_eq!(decade_label(Lang::De, 9), "1\u{a0}Mrd.");
    }

    #[test]
    fn guess_and_truth_sit_in_order_on_a_log_line() {
        let line = number_line(Lang::En, &arrests(), 50.0, None);
        assert!(line.guess < line.truth_low);
        assert!((0.0..=1.0).contains(&line.guess));
        assert!((0.0..=1.0).contains(&line.truth_high));
        assert_eq!(line.ticks.first().unwrap().label, "10");
        assert_eq!(line.ticks.last().unwrap().label, "10k");
        // 50 is half a decade above 10 on a line from 10 to 10,000.
        assert!((line.guess - (50f64.log10() - 1.0) / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_close_guess_still_gets_a_readable_line() {
        let line = number_line(Lang::En, &arrests(), 6558.0, None);
        assert!(line.ticks.len() >= 3);
        assert!((line.guess - line.truth_low).abs() < 1e-12);
    }

    #[test]
    fn years_get_a_linear_line() {
        let Question::Estimate(mut e) = small_case().stages[1].question.clone() else {
            panic!("not an estimate")
        };
        e.truth = Truth::Value(2017.0);
        let line = number_line(Lang::En, &e, 2020.0, None);
        assert_eq!(line.ticks.first().unwrap().label, "2015");
        assert!((line.guess - 5.0 / 7.0).abs() < 1e-9);
    }

    #[test]
    fn text_line_marks_guess_and_truth() {
        let line = number_line(Lang::En, &arrests(), 50.0, None);
        let rows = text_line(&line, 40);
        assert_eq!(rows[0].chars().count(), 40);
        let g = rows[0].find('G').unwrap();
        let t = rows[0].find('T').unwrap();
        assert!(g < t);
        assert!(rows[1].contains("10k"));
        let exact = text_line(&number_line(Lang::En, &arrests(), 6558.0, None), 40);
        assert!(exact[0].contains('*'));
        let ranged = text_line(
            &number_line(Lang::En, &arrests(), 50.0, Some((20.0, 200.0))),
            40,
        );
        let (open, close) = (ranged[0].find('[').unwrap(), ranged[0].find(']').unwrap());
        assert!(open < ranged[0].find('G').unwrap() && ranged[0].find('G').unwrap() < close);
        assert!(
            close < ranged[0].find('T').unwrap(),
            "the range missed the truth"
        );
    }
}
