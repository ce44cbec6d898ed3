//! The debrief: totals, each stage's guess against the truth, and the player's tendency.

use crate::content::lang::Lang;
use crate::content::{Case, Scale};
use crate::report::lang::{say, word};
use crate::report::verdicts::{one_decimal, times};
use crate::report::words::answer_in_words;
use crate::rules::judge::Answer;
use crate::rules::progress::Run;

/// One line of the debrief table.
#[derive(Debug, Clone, PartialEq)]
pub struct DebriefRow {
    /// 1-based stage number.
    pub number: usize,
    pub title: String,
    pub guess: String,
    pub truth: String,
    /// "2.3x too low", "exact", "2 years too late".
    pub verdict: String,
    pub points: u32,
}

/// Everything the debrief shows, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    pub lang: Lang,
    pub case_title: String,
    /// The years the case spans (shown only now: before, they could give an answer away).
    pub years: String,
    pub rows: Vec<DebriefRow>,
    pub total: u32,
    pub max: u32,
    /// Stages in the case, answered or not.
    pub stage_count: usize,
    /// The median signed log error over the quantity estimates, if there was one.
    pub median_log_error: Option<f64>,
    /// Every quantity estimate's signed log error, for the spread chart.
    pub log_errors: Vec<f64>,
    /// A sentence on the player's tendency.
    pub tendency: String,
    /// How well the player's 80% ranges did.
    pub calibration: Calibration,
    /// What the case teaches.
    pub lesson: String,
}

/// How many 80% ranges caught the truth, against the 80% target.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// Ranges given.
    pub ranges: usize,
    /// Ranges that caught the truth.
    pub caught: usize,
    /// The Wilson 90% band for the share caught, so that a few questions are not over-read.
    pub band: Option<(f64, f64)>,
    /// Mean width of the log-scale ranges, in orders of magnitude.
    pub sharpness: Option<f64>,
    /// Range points (interval score), raw, summed.
    pub points: f64,
    pub sentence: String,
}

/// The Wilson score interval for `k` successes in `n` trials at normal quantile `z`.
pub fn wilson(k: usize, n: usize, z: f64) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    let n = n as f64;
    let p = k as f64 / n;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / (1.0 + z2 / n);
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// z for a two-sided 90% band.
const Z90: f64 = 1.644_853_626_951_472_2;

impl Calibration {
    /// "Your ranges were 1.2 orders of magnitude wide on average; range points 140.", when the
    /// player gave ranges on quantities.
    pub fn sharpness_sentence(&self, lang: Lang) -> Option<String> {
        self.sharpness.map(|width| {
            say(
                lang,
                "debrief-ranges-width",
                &[
                    ("width", one_decimal(lang, width).into()),
                    ("points", self.points.round().into()),
                ],
            )
        })
    }

    /// How the ranges did, with a sentence in `lang`.
    pub fn of(lang: Lang, ranges: &[crate::rules::scoring::RangeVerdict]) -> Calibration {
        let n = ranges.len();
        let caught = ranges.iter().filter(|r| r.caught).count();
        let band = wilson(caught, n, Z90);
        let log_widths: Vec<f64> = ranges
            .iter()
            .filter(|r| r.scale == Scale::Log)
            .map(|r| r.width)
            .collect();
        let sharpness = (!log_widths.is_empty())
            .then(|| log_widths.iter().sum::<f64>() / log_widths.len() as f64);
        let counted = |id: &str| say(lang, id, &[("caught", caught.into()), ("count", n.into())]);
        let sentence = match band {
            None => word(lang, "debrief-no-ranges"),
            Some((_, high)) if high < 0.8 => counted("debrief-ranges-few"),
            Some((low, _)) if low > 0.8 => counted("debrief-ranges-many"),
            Some(_) => counted("debrief-ranges-right"),
        };
        Calibration {
            ranges: n,
            caught,
            band,
            sharpness,
            points: ranges.iter().map(|r| r.points).sum(),
            sentence,
        }
    }
}

/// The same figures over all of a player's finished runs, so a learner sees calibration change
/// from one case to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct AcrossRuns {
    pub runs: usize,
    pub ranges: usize,
    pub caught: usize,
    pub median_log_error: Option<f64>,
    /// Per run, oldest first: case title, date, ranges caught, ranges given.
    pub per_run: Vec<(String, String, usize, usize)>,
}

/// What [`AcrossRuns`] needs of one finished run: its case, its day, and per answer whether
/// the range caught the truth and the factor off (quantities only).
pub struct RunSummary<'a> {
    pub case_title: &'a str,
    pub day: &'a str,
    pub answers: Vec<(Option<bool>, Option<f64>)>,
}

impl AcrossRuns {
    pub fn of<'a>(runs: impl IntoIterator<Item = RunSummary<'a>>) -> AcrossRuns {
        let mut errors = Vec::new();
        let mut per_run = Vec::new();
        let (mut ranges, mut caught) = (0, 0);
        let mut count = 0;
        for run in runs {
            count += 1;
            let given = run.answers.iter().filter(|a| a.0.is_some()).count();
            let hit = run.answers.iter().filter(|a| a.0 == Some(true)).count();
            ranges += given;
            caught += hit;
            errors.extend(run.answers.iter().filter_map(|a| a.1).map(f64::log10));
            per_run.push((run.case_title.to_string(), run.day.to_string(), hit, given));
        }
        AcrossRuns {
            runs: count,
            ranges,
            caught,
            median_log_error: median(&errors),
            per_run,
        }
    }

    /// A sentence for the debrief, in `lang`.
    pub fn sentence(&self, lang: Lang) -> String {
        let bias = match self.median_log_error {
            Some(m) if 10f64.powf(m.abs()) > 1.3 => say(
                lang,
                "debrief-typical-off",
                &[
                    ("times", times(lang, 10f64.powf(m.abs())).into()),
                    ("direction", if m < 0.0 { "low" } else { "high" }.into()),
                ],
            ),
            Some(_) => word(lang, "debrief-typical-within"),
            None => word(lang, "debrief-no-estimates"),
        };
        say(
            lang,
            "debrief-across-runs",
            &[
                ("runs", self.runs.into()),
                ("caught", self.caught.into()),
                ("ranges", self.ranges.into()),
                ("bias", bias.into()),
            ],
        )
    }
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// A sentence on the tendency for a median signed log error, in `lang`.
pub fn tendency_sentence(lang: Lang, median_log_error: Option<f64>) -> String {
    let Some(m) = median_log_error else {
        return word(lang, "debrief-tendency-none");
    };
    let factor = 10f64.powf(m.abs());
    if factor <= 1.3 {
        word(lang, "debrief-tendency-centred")
    } else {
        let id = if m < 0.0 {
            "debrief-tendency-low"
        } else {
            "debrief-tendency-high"
        };
        say(lang, id, &[("times", times(lang, factor).into())])
    }
}

impl Debrief {
    /// "1,250 points of 1,600 (16 of 16 stages answered)", in the debrief's language.
    pub fn score_line(&self) -> String {
        say(
            self.lang,
            "debrief-score",
            &[
                ("total", self.total.into()),
                ("max", self.max.into()),
                ("answered", self.rows.len().into()),
                ("stages", self.stage_count.into()),
            ],
        )
    }

    /// Sum up a run (finished or ended early), in the run's language.
    pub fn of(run: &Run) -> Debrief {
        Debrief::of_answers(run.lang(), run.case(), run.answers())
    }

    /// Sum up `answers` to stages of `case` (a run, or one student's answers in a class), in
    /// `lang`.
    pub fn of_answers(lang: Lang, case: &Case, answers: &[Answer]) -> Debrief {
        let mut rows = Vec::new();
        let mut log_errors = Vec::new();
        let mut ranges = Vec::new();
        for answer in answers {
            let Some((index, stage)) = case
                .stages
                .iter()
                .enumerate()
                .find(|(_, s)| s.id == answer.stage_id)
            else {
                continue;
            };
            let Some(words) = answer_in_words(lang, stage, answer) else {
                continue;
            };
            log_errors.extend(words.factor.map(f64::log10));
            ranges.extend(words.range);
            rows.push(DebriefRow {
                number: index + 1,
                title: stage.title.clone(),
                guess: words.guess,
                truth: words.truth,
                verdict: words.verdict,
                points: words.points,
            });
        }
        let median_log_error = median(&log_errors);
        let calibration = Calibration::of(lang, &ranges);
        Debrief {
            lang,
            case_title: case.title.clone(),
            years: case.years.clone(),
            total: rows.iter().map(|r| r.points).sum(),
            max: 100 * rows.len() as u32,
            rows,
            stage_count: case.stages.len(),
            median_log_error,
            log_errors,
            tendency: tendency_sentence(lang, median_log_error),
            calibration,
            lesson: case.lesson.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Question;
    use crate::testing::small_case;

    #[test]
    fn wilson_bands() {
        assert_eq!(wilson(0, 0, Z90), None);
        let (lo, hi) = wilson(3, 10, Z90).unwrap();
        assert!(
            (lo - 0.1269).abs() < 1e-3 && (hi - 0.5583).abs() < 1e-3,
            "{lo} {hi}"
        );
        let (lo, hi) = wilson(8, 10, Z90).unwrap();
        assert!(lo < 0.8 && 0.8 < hi);
        let (lo, hi) = wilson(4, 4, Z90).unwrap();
        assert!(lo > 0.5 && hi == 1.0);
    }

    #[test]
    fn calibration_in_words() {
        use crate::content::Truth;
        use crate::rules::scoring::judge_range;
        let t = Truth::Value(1000.0);
        let hit = judge_range(500.0, 2000.0, t, Scale::Log);
        let miss = judge_range(10.0, 20.0, t, Scale::Log);
        let c = Calibration::of(
            Lang::En,
            &[hit, miss, miss, miss, miss, miss, miss, miss, hit, miss],
        );
        assert_eq!((c.caught, c.ranges), (2, 10));
        assert!(
            c.sentence
                .starts_with("Your ranges caught 2 of 10, fewer than the 80%"),
            "{}",
            c.sentence
        );
        assert!((c.sharpness.unwrap() - (0.2 * 4f64.log10() + 0.8 * 2f64.log10())).abs() < 1e-9);
        let good = Calibration::of(Lang::En, &[hit, hit, hit, hit, miss]);
        assert!(
            good.sentence.contains("in line with the 80% target"),
            "{}",
            good.sentence
        );
        assert!(
            Calibration::of(Lang::En, &[])
                .sentence
                .starts_with("Add an 80% range")
        );
    }

    #[test]
    fn across_runs() {
        use crate::store::RunRecord;
        let mut run = Run::new(small_case(), 0);
        run.advance();
        run.submit_text("1639.5 (1000-2000)").unwrap();
        run.advance();
        run.submit_text("2017 (2016-2018)").unwrap();
        run.advance();
        let record = RunRecord::of(&run, "p", std::time::UNIX_EPOCH);
        let across = AcrossRuns::of([record.summary(), record.summary()]);
        assert_eq!((across.runs, across.ranges, across.caught), (2, 4, 2));
        assert_eq!(
            across.sentence(Lang::En),
            "Across your 2 finished runs: ranges caught 2 of 4; your typical estimate was 4x too low."
        );
        assert_eq!(across.per_run[0].1, "1970-01-01");
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
    }

    #[test]
    fn tendency_in_words() {
        assert!(
            tendency_sentence(Lang::En, Some(-4f64.log10()))
                .starts_with("You underestimated the scale by 4x")
        );
        assert!(
            tendency_sentence(Lang::En, Some(0.5))
                .starts_with("You overestimated the scale by 3.2x")
        );
        assert!(tendency_sentence(Lang::En, Some(0.05)).contains("centred"));
        assert!(tendency_sentence(Lang::En, None).contains("Answer a few"));
    }

    #[test]
    fn debrief_rows_for_choice_and_order() {
        let mut run = Run::new(crate::testing::mixed_case(), 5);
        run.advance();
        let right = run.shown_order(0).iter().position(|&i| i == 0).unwrap();
        run.submit_choice(right).unwrap();
        run.advance();
        let shown = run.shown_order(1).to_vec();
        let at = |i: usize| shown.iter().position(|&s| s == i).unwrap();
        run.submit_order(&[at(0), at(1), at(2)]).unwrap();
        let d = Debrief::of(&run);
        assert_eq!(d.rows[0].guess, "A joint investigation team");
        assert_eq!(d.rows[0].verdict, "right");
        let Question::Order(order) = &run.case().stages[1].question else {
            unreachable!("the second stage is an order")
        };
        assert_eq!(
            d.rows[1].guess,
            order.events.join(" → "),
            "the same words as the reveal and the export"
        );
        assert_eq!(d.rows[1].verdict, "all in order");
        assert_eq!(d.total, 200);
        assert_eq!(d.median_log_error, None, "no estimate, no tendency");
    }

    #[test]
    fn debrief_lists_each_answer() {
        let mut run = Run::new(small_case(), 0);
        run.advance();
        run.submit_text("1639.5").unwrap();
        run.advance();
        run.submit_text("2019").unwrap();
        run.advance();
        let d = Debrief::of(&run);
        assert_eq!(d.rows.len(), 2);
        assert_eq!(d.rows[0].guess, "1,639.5 arrests");
        assert_eq!(d.rows[0].truth, "6,558 arrests");
        assert_eq!(d.rows[0].verdict, "4x too low");
        assert_eq!(d.rows[1].guess, "2019");
        assert_eq!(d.rows[1].verdict, "2 years too late");
        assert_eq!(d.total, d.rows.iter().map(|r| r.points).sum::<u32>());
        assert!(d.tendency.starts_with("You underestimated the scale by 4x"));
        assert_eq!(d.stage_count, 2);
    }
}
