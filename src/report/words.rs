//! A player's answer in words, worked out once for the reveal, the debrief, the results and
//! the export, so that all four say the same.

use crate::content::lang::Lang;
use crate::content::{Question, Scale, Stage};
use crate::report::numbers::{guess_with_range, show, truth};
use crate::report::verdicts::{answer_summary, answer_verdict};
use crate::rules::progress::{Answer, Response};
use crate::rules::scoring::RangeVerdict;

/// An answer and its truth as the player reads them.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerWords {
    /// `estimate`, `choice` or `order`.
    pub kind: &'static str,
    /// The answer: `3,279 arrests`, an option's text, the events in the order given
    /// (`Phones found → Servers located → …`).
    pub guess: String,
    /// The truth in the same form: `6,558 arrests`, the right option, the events in order.
    pub truth: String,
    /// The question's unit (estimates only).
    pub unit: String,
    /// "2x too low", "right", "2 of 3 pairs in order".
    pub verdict: String,
    /// The verdict with its band: "2x too low: close".
    pub summary: String,
    /// For quantities: the factor between guess and truth (1 = exact, below 1 too low).
    pub factor: Option<f64>,
    /// How the player's 80% range did, if they gave one.
    pub range: Option<RangeVerdict>,
    pub points: u32,
}

/// What separates events in an order, in words.
pub const ORDER_ARROW: &str = " → ";

/// The truth of `question` in words: `6,558 arrests`, the right option, the events in order.
pub fn truth_in_words(lang: Lang, question: &Question) -> String {
    match question {
        Question::Estimate(estimate) => truth(lang, estimate),
        Question::Choice(choice) => choice
            .correct_index()
            .map(|i| choice.options[i].text.clone())
            .unwrap_or_default(),
        Question::Order(order) => order.events.join(ORDER_ARROW),
    }
}

/// How a typed answer was read, for the player to check before it counts: `6,500 arrests`,
/// `6,500 arrests, 80% sure of 5,000 to 8,000 arrests`, an option, the events in order.
pub fn read_as(lang: Lang, stage: &Stage, answer: &Answer) -> String {
    let Some(words) = answer_in_words(lang, stage, answer) else {
        return String::new();
    };
    match (&stage.question, &answer.response) {
        (Question::Estimate(estimate), Response::Estimate { guess, range, .. }) => {
            guess_with_range(lang, estimate, *guess, range.map(|r| (r.low, r.high)))
        }
        _ => words.guess,
    }
}

/// The answer to `stage` in words, in `lang`; `None` if the answer is of another kind than
/// the question (a run never records one).
pub fn answer_in_words(lang: Lang, stage: &Stage, answer: &Answer) -> Option<AnswerWords> {
    let (kind, guess, truth, unit, factor, range) = match (&stage.question, &answer.response) {
        (
            Question::Estimate(estimate),
            Response::Estimate {
                guess,
                verdict,
                range,
            },
        ) => (
            "estimate",
            show(lang, estimate, *guess),
            truth_in_words(lang, &stage.question),
            estimate.unit.clone(),
            (estimate.scale == Scale::Log).then(|| 10f64.powf(verdict.error)),
            *range,
        ),
        (Question::Choice(choice), Response::Choice { picked, .. }) => (
            "choice",
            choice.options.get(*picked)?.text.clone(),
            truth_in_words(lang, &stage.question),
            String::new(),
            None,
            None,
        ),
        (Question::Order(order), Response::Order { order: given, .. }) => (
            "order",
            given
                .iter()
                .filter_map(|&t| order.events.get(t).cloned())
                .collect::<Vec<_>>()
                .join(ORDER_ARROW),
            truth_in_words(lang, &stage.question),
            String::new(),
            None,
            None,
        ),
        _ => return None,
    };
    Some(AnswerWords {
        kind,
        guess,
        truth,
        unit,
        verdict: answer_verdict(lang, answer),
        summary: answer_summary(lang, answer),
        factor,
        range,
        points: answer.points(),
    })
}

/// A time as people read it: `2026-11-29T09:05:12Z` → `2026-11-29 09:05 UTC` (as written, if
/// it is not that shape).
pub fn when(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(date), Some(time)) => format!("{date} {time} UTC"),
        _ => rfc3339.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::progress::Run;
    use crate::testing::{mixed_case, small_case};

    #[test]
    fn an_estimate_in_words() {
        let mut run = Run::new(small_case(), 1);
        run.advance();
        run.submit_text("3279 (1000-10k)").unwrap();
        let words = answer_in_words(Lang::En, &run.case().stages[0], &run.answers()[0]).unwrap();
        assert_eq!(words.kind, "estimate");
        assert_eq!(words.guess, "3,279 arrests");
        assert_eq!(words.truth, "6,558 arrests");
        assert_eq!(words.verdict, "2x too low");
        assert_eq!(words.summary, "2x too low: close");
        assert!((words.factor.unwrap() - 0.5).abs() < 1e-3);
        assert!(words.range.unwrap().caught);
    }

    #[test]
    fn choices_and_orders_in_words() {
        let mut run = Run::new(mixed_case(), 3);
        run.advance();
        let wrong = run.shown_order(0).iter().position(|&i| i == 1).unwrap();
        run.submit_choice(wrong).unwrap();
        run.advance();
        let shown = run.shown_order(1).to_vec();
        let at = |file_index: usize| shown.iter().position(|&i| i == file_index).unwrap();
        run.submit_order(&[at(1), at(0), at(2)]).unwrap();
        let stages = &run.case().stages;
        let choice = answer_in_words(Lang::En, &stages[0], &run.answers()[0]).unwrap();
        assert_eq!(
            (choice.guess.as_str(), choice.truth.as_str()),
            ("A European Arrest Warrant", "A joint investigation team")
        );
        assert_eq!(choice.factor, None);
        let order = answer_in_words(Lang::En, &stages[1], &run.answers()[1]).unwrap();
        let events = match &stages[1].question {
            Question::Order(o) => o.events.clone(),
            _ => unreachable!("the second stage is an order"),
        };
        assert_eq!(
            order.guess,
            format!("{} → {} → {}", events[1], events[0], events[2])
        );
        assert_eq!(order.truth, events.join(" → "));
        assert_eq!(order.verdict, "2 of 3 pairs in order");
        // An answer of another kind than the question has no words.
        assert_eq!(
            answer_in_words(Lang::En, &stages[0], &run.answers()[1]),
            None
        );
    }
}
