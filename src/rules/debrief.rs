//! The debrief: totals, each stage's guess against the truth, and the player's tendency.

use crate::rules::content::{Question, Scale};
use crate::rules::number::format_factor;
use crate::rules::progress::{Response, Run};

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

/// Everything the debrief shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    pub case_title: String,
    pub rows: Vec<DebriefRow>,
    pub total: u32,
    pub max: u32,
    /// Stages in the case, answered or not.
    pub stage_count: usize,
    /// The median signed log error over the quantity estimates, if there was one.
    pub median_log_error: Option<f64>,
    /// A sentence on the player's tendency.
    pub tendency: String,
    /// What the case teaches.
    pub lesson: String,
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

/// A sentence on the tendency for a median signed log error.
pub fn tendency_sentence(median_log_error: Option<f64>) -> String {
    let Some(m) = median_log_error else {
        return "Answer a few quantity questions to see whether you tend to guess high or low."
            .to_string();
    };
    let factor = 10f64.powf(m.abs());
    if factor <= 1.3 {
        "Your estimates were centred on the truth: your typical guess was within 1.3x of it."
            .to_string()
    } else if m < 0.0 {
        format!(
            "You underestimated the scale by {}x: your typical guess was that much too low.",
            format_factor(factor)
        )
    } else {
        format!(
            "You overestimated the scale by {}x: your typical guess was that much too high.",
            format_factor(factor)
        )
    }
}

impl Debrief {
    /// Sum up a run (finished or ended early).
    pub fn of(run: &Run) -> Debrief {
        let case = run.case();
        let mut rows = Vec::new();
        let mut log_errors = Vec::new();
        for answer in run.answers() {
            let Some((index, stage)) = case
                .stages
                .iter()
                .enumerate()
                .find(|(_, s)| s.id == answer.stage_id)
            else {
                continue;
            };
            let (guess, truth) = match (&stage.question, &answer.response) {
                (Question::Estimate(estimate), Response::Estimate { guess, verdict }) => {
                    if estimate.scale == Scale::Log {
                        log_errors.push(verdict.error);
                    }
                    (estimate.show(*guess), estimate.truth_text())
                }
                (Question::Choice(choice), Response::Choice { picked, .. }) => (
                    choice.options[*picked].text.clone(),
                    choice
                        .correct_index()
                        .map(|i| choice.options[i].text.clone())
                        .unwrap_or_default(),
                ),
                (Question::Order(order), Response::Order { order: given, .. }) => (
                    given
                        .iter()
                        .map(|t| (t + 1).to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    (1..=order.events.len())
                        .map(|t| t.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                _ => continue,
            };
            rows.push(DebriefRow {
                number: index + 1,
                title: stage.title.clone(),
                guess,
                truth,
                verdict: answer.verdict_text(),
                points: answer.points(),
            });
        }
        let median_log_error = median(&log_errors);
        Debrief {
            case_title: case.title.clone(),
            rows,
            total: run.total_points(),
            max: run.max_points(),
            stage_count: run.stage_count(),
            median_log_error,
            tendency: tendency_sentence(median_log_error),
            lesson: case.lesson.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::small_case;

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
    }

    #[test]
    fn tendency_in_words() {
        assert!(
            tendency_sentence(Some(-4f64.log10()))
                .starts_with("You underestimated the scale by 4x")
        );
        assert!(tendency_sentence(Some(0.5)).starts_with("You overestimated the scale by 3.2x"));
        assert!(tendency_sentence(Some(0.05)).contains("centred"));
        assert!(tendency_sentence(None).contains("Answer a few"));
    }

    #[test]
    fn debrief_rows_for_choice_and_order() {
        let mut run = Run::new(crate::rules::testing::mixed_case(), 5);
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
        assert_eq!(d.rows[1].guess, "1, 2, 3");
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
