//! Progress through a case: briefing, then question and reveal for each stage, then debrief.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use crate::content::lang::Lang;
use crate::content::{Case, Estimate, Question, Stage};
use crate::rules::answer::AnswerError;
use crate::rules::hint::RangeMode;
pub use crate::rules::judge::{Answer, Response};
use crate::rules::judge::{judge_choice, judge_estimate, judge_order, judge_text};

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

/// For each stage of `case`, the order its options or events are shown in (shown position →
/// index in the case file), drawn from `seed`: the same seed always shows the same order, so a
/// class sharing a seed sees the same screen. An order question never starts solved.
pub fn shown_orders(case: &Case, seed: u64) -> Vec<Vec<usize>> {
    let mut rng = StdRng::seed_from_u64(seed);
    case.stages
        .iter()
        .map(|stage| {
            let n = stage.question.item_count();
            let mut order: Vec<usize> = (0..n).collect();
            if n > 1 {
                order.shuffle(&mut rng);
                if matches!(stage.question, Question::Order(_))
                    && order.windows(2).all(|w| w[0] < w[1])
                {
                    order.rotate_left(1);
                }
            }
            order
        })
        .collect()
}

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
    /// The language typed numbers are read in (`6.558` is 6,558 in German).
    lang: Lang,
}

impl Run {
    /// Start `case` at its briefing. The same `seed` always gives the same run.
    pub fn new(case: Case, seed: u64) -> Self {
        Run {
            shown: shown_orders(&case, seed),
            case,
            phase: Phase::Briefing,
            answers: Vec::new(),
            seed,
            ranges: RangeMode::default(),
            lang: Lang::default(),
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

    /// The language typed numbers are read in (the player's; it may change during a run).
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The language typed numbers are read in.
    pub fn lang(&self) -> Lang {
        self.lang
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
        let (n, question) = self.asking()?;
        let response = judge_text(question, &self.shown[n], input, self.ranges, self.lang)
            .map_err(ProgressError::Answer)?;
        Ok(self.record(n, response))
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
        let response = judge_estimate(estimate, guess, range);
        Ok(self.record(n, response))
    }

    /// Answer the current choice with the option at `shown` (its position as shown).
    pub fn submit_choice(&mut self, shown: usize) -> Result<&Answer, ProgressError> {
        let (n, question) = self.asking()?;
        let Question::Choice(choice) = question else {
            return Err(ProgressError::NotAskingAQuestion);
        };
        let response =
            judge_choice(choice, &self.shown[n], shown).map_err(ProgressError::Answer)?;
        Ok(self.record(n, response))
    }

    /// Answer the current order question: the events' shown positions, earliest first.
    pub fn submit_order(&mut self, shown: &[usize]) -> Result<&Answer, ProgressError> {
        let (n, question) = self.asking()?;
        let Question::Order(order) = question else {
            return Err(ProgressError::NotAskingAQuestion);
        };
        let response = judge_order(order, &self.shown[n], shown).map_err(ProgressError::Answer)?;
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
