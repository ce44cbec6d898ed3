//! Judging an answer: what the player typed (or picked, or arranged) read against the
//! question and scored. A single player's run and a class session both judge this way.

use crate::content::lang::Lang;
use crate::content::{Choice, Estimate, Order, Question};
use crate::rules::answer::{AnswerError, parse_choice, parse_estimate_for, parse_order};
use crate::rules::hint::RangeMode;
use crate::rules::scoring::{
    RangeVerdict, Verdict, choice_points, judge, judge_range, order_pairs, order_points,
};

/// What the player answered, and how it was judged.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// A number for an estimate, with the player's 80% range if they gave one.
    Estimate {
        guess: f64,
        verdict: Verdict,
        range: Option<RangeVerdict>,
    },
    /// The option picked (its index in the case file).
    Choice { picked: usize, correct: bool },
    /// The events in the order given, as their true positions (0 = earliest).
    Order {
        order: Vec<usize>,
        pairs_right: usize,
        pairs: usize,
    },
}

/// One answered stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The stage's id in the case file.
    pub stage_id: String,
    pub response: Response,
}

impl Answer {
    /// Points from 0 to 100.
    pub fn points(&self) -> u32 {
        match &self.response {
            Response::Estimate { verdict, .. } => verdict.points,
            Response::Choice { correct, .. } => choice_points(*correct),
            Response::Order {
                pairs_right, pairs, ..
            } => order_points(*pairs_right, *pairs),
        }
    }

    /// The estimate's guess, for an estimate.
    pub fn guess(&self) -> Option<f64> {
        match &self.response {
            Response::Estimate { guess, .. } => Some(*guess),
            _ => None,
        }
    }

    /// How it went, in a few words: "2.3x too low", "right", "2 of 3 pairs in order".
    pub fn verdict_text(&self) -> String {
        match &self.response {
            Response::Estimate { verdict, .. } => verdict.distance_text(),
            Response::Choice { correct: true, .. } => "right".to_string(),
            Response::Choice { correct: false, .. } => "wrong".to_string(),
            Response::Order {
                pairs_right, pairs, ..
            } if pairs_right == pairs => "all in order".to_string(),
            Response::Order {
                pairs_right, pairs, ..
            } => format!("{pairs_right} of {pairs} pairs in order"),
        }
    }

    /// How it went, with the band for an estimate: "2.3x too low: right order of magnitude".
    pub fn summary(&self) -> String {
        match &self.response {
            Response::Estimate { verdict, .. } => verdict.summary(),
            _ => self.verdict_text(),
        }
    }
}

/// Read `input` as an answer to `question`, whose options or events are shown in `shown`
/// order (shown position → file index), and judge it, reading numbers as `lang` writes them.
/// With [`RangeMode::Required`], an estimate without an 80% range is refused.
pub fn judge_text(
    question: &Question,
    shown: &[usize],
    input: &str,
    ranges: RangeMode,
    lang: Lang,
) -> Result<Response, AnswerError> {
    match question {
        Question::Estimate(estimate) => {
            let typed = parse_estimate_for(input, estimate, lang)?;
            if ranges == RangeMode::Required && typed.range.is_none() {
                return Err(AnswerError::RangeRequired(estimate.scale));
            }
            Ok(judge_estimate(estimate, typed.guess, typed.range))
        }
        Question::Choice(choice) => {
            judge_choice(choice, shown, parse_choice(input, choice.options.len())?)
        }
        Question::Order(order) => {
            judge_order(order, shown, &parse_order(input, order.events.len())?)
        }
    }
}

/// Judge a best guess and, optionally, an 80% range.
pub fn judge_estimate(estimate: &Estimate, guess: f64, range: Option<(f64, f64)>) -> Response {
    Response::Estimate {
        guess,
        verdict: judge(guess, estimate.truth, estimate.scale),
        range: range.map(|(low, high)| judge_range(low, high, estimate.truth, estimate.scale)),
    }
}

/// Judge the option shown at `position`.
pub fn judge_choice(
    choice: &Choice,
    shown: &[usize],
    position: usize,
) -> Result<Response, AnswerError> {
    let picked = *shown
        .get(position)
        .ok_or(AnswerError::NotAChoice(choice.options.len()))?;
    Ok(Response::Choice {
        picked,
        correct: choice.options[picked].correct,
    })
}

/// Judge an order: the events' shown positions, earliest first, each exactly once.
pub fn judge_order(
    order: &Order,
    shown: &[usize],
    positions: &[usize],
) -> Result<Response, AnswerError> {
    let count = order.events.len();
    let wrong = AnswerError::NotAnOrder(count);
    let mut seen = vec![false; count];
    let mut truth_positions = Vec::with_capacity(count);
    for &i in positions {
        let file_index = *shown.get(i).ok_or(wrong.clone())?;
        if std::mem::replace(seen.get_mut(file_index).ok_or(wrong.clone())?, true) {
            return Err(wrong);
        }
        truth_positions.push(file_index);
    }
    if truth_positions.len() != count {
        return Err(wrong);
    }
    let (pairs_right, pairs) = order_pairs(&truth_positions);
    Ok(Response::Order {
        order: truth_positions,
        pairs_right,
        pairs,
    })
}
