//! Progress through a case: briefing, then question and reveal for each stage, then debrief.

use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::rules::answer::{AnswerError, parse_estimate};
use crate::rules::content::{Case, Estimate, Question, Stage};
use crate::rules::scoring::{Verdict, judge};

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

/// One answered stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The stage's id in the case file.
    pub stage_id: String,
    /// What the player typed or picked, as read.
    pub guess: f64,
    pub verdict: Verdict,
}

/// Why an action does not apply where the player is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// An answer was given outside a question.
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
    /// Seeded randomness for the classroom (the same seed gives every student the same order
    /// once questions shuffle options); nothing is shuffled yet.
    rng: StdRng,
}

impl Run {
    /// Start `case` at its briefing. The same `seed` always gives the same run.
    pub fn new(case: Case, seed: u64) -> Self {
        Run {
            case,
            phase: Phase::Briefing,
            answers: Vec::new(),
            seed,
            rng: StdRng::seed_from_u64(seed),
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

    /// The run's random number generator.
    pub fn rng(&mut self) -> &mut StdRng {
        &mut self.rng
    }

    /// The stage being asked or revealed, if any.
    pub fn current_stage(&self) -> Option<(usize, &Stage)> {
        match self.phase {
            Phase::Question(n) | Phase::Reveal(n) => self.case.stages.get(n).map(|s| (n, s)),
            Phase::Briefing | Phase::Debrief => None,
        }
    }

    /// The estimate being asked or revealed, if any.
    pub fn current_estimate(&self) -> Option<&Estimate> {
        self.current_stage()
            .map(|(_, stage)| match &stage.question {
                Question::Estimate(estimate) => estimate,
            })
    }

    /// The answer to the stage being revealed.
    pub fn current_answer(&self) -> Option<&Answer> {
        match self.phase {
            Phase::Reveal(n) => self.answers.get(n),
            _ => None,
        }
    }

    /// Read what the player typed and, if it is a number, answer the current question.
    pub fn submit_text(&mut self, input: &str) -> Result<&Answer, ProgressError> {
        let estimate = self
            .current_estimate()
            .filter(|_| matches!(self.phase, Phase::Question(_)))
            .ok_or(ProgressError::NotAskingAQuestion)?;
        let guess = parse_estimate(input, estimate.scale).map_err(ProgressError::Answer)?;
        self.submit_value(guess)
    }

    /// Answer the current question with a number (from the slider, or already read).
    pub fn submit_value(&mut self, guess: f64) -> Result<&Answer, ProgressError> {
        let Phase::Question(n) = self.phase else {
            return Err(ProgressError::NotAskingAQuestion);
        };
        let stage = &self.case.stages[n];
        let Question::Estimate(estimate) = &stage.question;
        let answer = Answer {
            stage_id: stage.id.clone(),
            guess,
            verdict: judge(guess, estimate.truth, estimate.scale),
        };
        self.answers.push(answer);
        self.phase = Phase::Reveal(n);
        Ok(&self.answers[n])
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
        self.answers.iter().map(|a| a.verdict.points).sum()
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
    use crate::rules::testing::small_case;
    use rand::RngExt;

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
        assert_eq!(answer.verdict.points, 100);
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
    fn the_same_seed_gives_the_same_randomness() {
        let mut a = Run::new(small_case(), 42);
        let mut b = Run::new(small_case(), 42);
        let mut c = Run::new(small_case(), 43);
        let xa: Vec<u32> = (0..8).map(|_| a.rng().random()).collect();
        let xb: Vec<u32> = (0..8).map(|_| b.rng().random()).collect();
        let xc: Vec<u32> = (0..8).map(|_| c.rng().random()).collect();
        assert_eq!(xa, xb);
        assert_ne!(xa, xc);
    }
}
