//! Progress through a case: briefing, then question and reveal for each stage, then debrief.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use crate::content::{Case, Estimate, Question, Stage};
use crate::rules::answer::{AnswerError, parse_choice, parse_estimate_with_range, parse_order};
use crate::rules::hint::RangeMode;
use crate::rules::scoring::{
    RangeVerdict, Verdict, choice_points, judge, judge_range, order_pairs, order_points,
};

/// Where the player is in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Reading the briefing.
    Briefing,
    /// Answering the question of stage `n` (0-based).
    Question(usize),
    /// Reading the reveal of stage `n`.
    Reveal(usize),
    /// Every stage answered.
    Debrief,
}

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

/// Why an action does not apply where the player is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// An answer was given outside a question, or of the wrong kind.
    NotAskingAQuestion,
    /// The answer could not be read.
    Answer(AnswerError),
}

impl std::fmt::Display for ProgressError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProgressError::NotAskingAQuestion => f.write_str("There is no question to answer now"),
            ProgressError::Answer(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ProgressError {}

/// A player's way through one case.
#[derive(Debug)]
pub struct Run {
    case: Case,
    phase: Phase,
    answers: Vec<Answer>,
    seed: u64,
    /// For each stage, the order its options or events are shown in: shown position → index
    /// in the case file. Drawn from the seed, so a class sharing a seed sees the same order.
    shown: Vec<Vec<usize>>,
    /// Whether typed estimates must carry an 80% range.
    ranges: RangeMode,
}

impl Run {
    /// Start `case` at its briefing. The same `seed` always gives the same run.
    pub fn new(case: Case, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let shown = case
            .stages
            .iter()
            .map(|stage| {
                let n = stage.question.item_count();
                let mut order: Vec<usize> = (0..n).collect();
                if n > 1 {
                    order.shuffle(&mut rng);
                    // An order question must not start solved.
                    if matches!(stage.question, Question::Order(_))
                        && order.windows(2).all(|w| w[0] < w[1])
                    {
                        order.rotate_left(1);
                    }
                }
                order
            })
            .collect();
        Run {
            case,
            phase: Phase::Briefing,
            answers: Vec::new(),
            seed,
            shown,
            ranges: RangeMode::default(),
        }
    }

    pub fn case(&self) -> &Case {
        &self.case
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Whether typed estimates must carry an 80% range (the player's setting; it may change
    /// during a run).
    pub fn set_range_mode(&mut self, ranges: RangeMode) {
        self.ranges = ranges;
    }

    /// The order stage `n`'s options or events are shown in (shown position → file index).
    pub fn shown_order(&self, n: usize) -> &[usize] {
        self.shown.get(n).map_or(&[], Vec::as_slice)
    }

    /// The stage being asked or revealed, if any.
    pub fn current_stage(&self) -> Option<(usize, &Stage)> {
        match self.phase {
            Phase::Question(n) | Phase::Reveal(n) => self.case.stages.get(n).map(|s| (n, s)),
            Phase::Briefing | Phase::Debrief => None,
        }
    }

    /// The question being asked or revealed, if any.
    pub fn current_question(&self) -> Option<&Question> {
        self.current_stage().map(|(_, stage)| &stage.question)
    }

    /// The estimate being asked or revealed, if the current question is one.
    pub fn current_estimate(&self) -> Option<&Estimate> {
        match self.current_question() {
            Some(Question::Estimate(estimate)) => Some(estimate),
            _ => None,
        }
    }

    /// The answer to the stage being revealed.
    pub fn current_answer(&self) -> Option<&Answer> {
        match self.phase {
            Phase::Reveal(n) => self.answers.get(n),
            _ => None,
        }
    }

    fn asking(&self) -> Result<(usize, &Question), ProgressError> {
        match self.phase {
            Phase::Question(n) => Ok((n, &self.case.stages[n].question)),
            _ => Err(ProgressError::NotAskingAQuestion),
        }
    }

    /// Read what the player typed and answer the current question: a number for an estimate,
    /// an option's number or letter for a choice, the letters in order for an order question.
    pub fn submit_text(&mut self, input: &str) -> Result<&Answer, ProgressError> {
        let (_, question) = self.asking()?;
        match question {
            Question::Estimate(estimate) => {
                let typed = parse_estimate_with_range(input, estimate.scale)
                    .map_err(ProgressError::Answer)?;
                if self.ranges == RangeMode::Required && typed.range.is_none() {
                    return Err(ProgressError::Answer(AnswerError::RangeRequired(
                        estimate.scale,
                    )));
                }
                self.submit_estimate(typed.guess, typed.range)
            }
            Question::Choice(choice) => {
                let shown =
                    parse_choice(input, choice.options.len()).map_err(ProgressError::Answer)?;
                self.submit_choice(shown)
            }
            Question::Order(order) => {
                let shown =
                    parse_order(input, order.events.len()).map_err(ProgressError::Answer)?;
                self.submit_order(&shown)
            }
        }
    }

    /// Answer the current estimate with a best guess and, optionally, an 80% range.
    pub fn submit_estimate(
        &mut self,
        guess: f64,
        range: Option<(f64, f64)>,
    ) -> Result<&Answer, ProgressError> {
        let (n, question) = self.asking()?;
        let Question::Estimate(estimate) = question else {
            return Err(ProgressError::NotAskingAQuestion);
        };
        let response = Response::Estimate {
            guess,
            verdict: judge(guess, estimate.truth, estimate.scale),
            range: range.map(|(low, high)| judge_range(low, high, estimate.truth, estimate.scale)),
        };
        Ok(self.record(n, response))
    }

    /// Answer the current choice with the option at `shown` (its position as shown).
    pub fn submit_choice(&mut self, shown: usize) -> Result<&Answer, ProgressError> {
        let (n, question) = self.asking()?;
        let Question::Choice(choice) = question else {
            return Err(ProgressError::NotAskingAQuestion);
        };
        let picked =
            *self.shown[n]
                .get(shown)
                .ok_or(ProgressError::Answer(AnswerError::NotAChoice(
                    choice.options.len(),
                )))?;
        let response = Response::Choice {
            picked,
            correct: choice.options[picked].correct,
        };
        Ok(self.record(n, response))
    }

    /// Answer the current order question: the events' shown positions, earliest first.
    pub fn submit_order(&mut self, shown: &[usize]) -> Result<&Answer, ProgressError> {
        let (n, question) = self.asking()?;
        let Question::Order(order) = question else {
            return Err(ProgressError::NotAskingAQuestion);
        };
        let count = order.events.len();
        let mut seen = vec![false; count];
        let mut truth_positions = Vec::with_capacity(count);
        for &i in shown {
            let wrong = ProgressError::Answer(AnswerError::NotAnOrder(count));
            let file_index = *self.shown[n].get(i).ok_or(wrong.clone())?;
            if std::mem::replace(&mut seen[file_index], true) {
                return Err(wrong);
            }
            truth_positions.push(file_index);
        }
        if truth_positions.len() != count {
            return Err(ProgressError::Answer(AnswerError::NotAnOrder(count)));
        }
        let (pairs_right, pairs) = order_pairs(&truth_positions);
        let response = Response::Order {
            order: truth_positions,
            pairs_right,
            pairs,
        };
        Ok(self.record(n, response))
    }

    fn record(&mut self, n: usize, response: Response) -> &Answer {
        self.answers.push(Answer {
            stage_id: self.case.stages[n].id.clone(),
            response,
        });
        self.phase = Phase::Reveal(n);
        &self.answers[self.answers.len() - 1]
    }

    /// Move on: from the briefing to the first question, from a reveal to the next question or
    /// the debrief. Does nothing while a question waits for its answer or at the debrief.
    pub fn advance(&mut self) {
        self.phase = match self.phase {
            Phase::Briefing if self.case.stages.is_empty() => Phase::Debrief,
            Phase::Briefing => Phase::Question(0),
            Phase::Reveal(n) if n + 1 < self.case.stages.len() => Phase::Question(n + 1),
            Phase::Reveal(_) => Phase::Debrief,
            other => other,
        };
    }

    /// End the case now (end of input in the text mode): the debrief covers what was answered.
    pub fn finish_early(&mut self) {
        self.phase = Phase::Debrief;
    }

    /// Points so far.
    pub fn total_points(&self) -> u32 {
        self.answers.iter().map(Answer::points).sum()
    }

    /// Points available for the questions answered so far.
    pub fn max_points(&self) -> u32 {
        100 * self.answers.len() as u32
    }

    /// Number of stages in the case.
    pub fn stage_count(&self) -> usize {
        self.case.stages.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::small_case;

    #[test]
    fn a_run_goes_briefing_questions_reveals_debrief() {
        let mut run = Run::new(small_case(), 1);
        assert_eq!(run.phase(), Phase::Briefing);
        assert_eq!(run.submit_text("5"), Err(ProgressError::NotAskingAQuestion));
        run.advance();
        assert_eq!(run.phase(), Phase::Question(0));
        run.advance();
        assert_eq!(
            run.phase(),
            Phase::Question(0),
            "a question waits for its answer"
        );
        let answer = run.submit_text("6,558").unwrap().clone();
        assert_eq!(answer.points(), 100);
        assert_eq!(run.phase(), Phase::Reveal(0));
        assert_eq!(run.current_answer(), Some(&answer));
        run.advance();
        assert_eq!(run.phase(), Phase::Question(1));
        assert!(matches!(
            run.submit_text("soon"),
            Err(ProgressError::Answer(AnswerError::NotAYear))
        ));
        assert_eq!(
            run.phase(),
            Phase::Question(1),
            "a bad answer keeps the question"
        );
        run.submit_text("2019").unwrap();
        run.advance();
        assert_eq!(run.phase(), Phase::Debrief);
        assert_eq!(run.total_points(), 160);
        assert_eq!(run.max_points(), 200);
    }

    #[test]
    fn finishing_early_keeps_what_was_answered() {
        let mut run = Run::new(small_case(), 1);
        run.advance();
        run.submit_text("655.8").unwrap();
        run.finish_early();
        assert_eq!(run.phase(), Phase::Debrief);
        assert_eq!(run.answers().len(), 1);
        assert_eq!(run.total_points(), 50);
    }

    #[test]
    fn the_same_seed_shows_the_same_order_and_an_order_never_starts_solved() {
        use crate::testing::mixed_case;
        let orders = |seed| {
            let run = Run::new(mixed_case(), seed);
            (0..run.stage_count())
                .map(|n| run.shown_order(n).to_vec())
                .collect::<Vec<_>>()
        };
        assert_eq!(orders(42), orders(42));
        assert!(
            (0..50).any(|seed| orders(seed) != orders(42)),
            "other seeds shuffle differently"
        );
        for seed in 0..200 {
            let order = &orders(seed)[1];
            assert!(
                order.windows(2).any(|w| w[0] > w[1]),
                "seed {seed}: the order question starts solved: {order:?}"
            );
        }
    }

    #[test]
    fn a_required_range_is_asked_for_and_then_accepted() {
        let mut run = Run::new(small_case(), 1);
        run.set_range_mode(RangeMode::Required);
        run.advance();
        let error = run.submit_text("5000").unwrap_err();
        assert_eq!(
            error.to_string(),
            "Add the range you are 80% sure of, like 2000 (500-5000)"
        );
        assert_eq!(run.phase(), Phase::Question(0));
        run.submit_text("5000 (2000-9000)").unwrap();
        assert_eq!(run.phase(), Phase::Reveal(0));
    }
}
