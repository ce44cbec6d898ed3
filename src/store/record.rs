//! What is kept of a run: every finished run as the player saw it (so an edited case does not
//! change old results), and a case in progress as the answers given (so it can be replayed).

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::content::Case;
use crate::report::words::answer_in_words;
use crate::rules::progress::{Response, Run};

/// One answered question, as kept and exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub stage_id: String,
    pub stage_title: String,
    pub question: String,
    /// `estimate`, `choice` or `order`.
    pub kind: String,
    /// The answer in words (see [`crate::report::words`]).
    pub guess: String,
    pub range_low: Option<f64>,
    pub range_high: Option<f64>,
    pub truth: String,
    pub unit: String,
    /// For quantities: the factor between guess and truth (1 = exact).
    pub factor: Option<f64>,
    pub points: u32,
    pub range_caught: Option<bool>,
    pub range_points: Option<f64>,
}

/// One finished run of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    pub profile: String,
    pub case_id: String,
    pub case_title: String,
    pub seed: u64,
    /// When the run finished, RFC 3339 in UTC. With the case id, it names the run.
    pub finished_at: String,
    pub answers: Vec<AnswerRecord>,
}

impl RunRecord {
    /// The record of `run` for `profile`, finished at `now`: its words in the run's language,
    /// as the player saw them (the figures as numbers too, for the export).
    pub fn of(run: &Run, profile: &str, now: SystemTime) -> RunRecord {
        let case = run.case();
        let answers = run
            .answers()
            .iter()
            .filter_map(|answer| {
                let stage = case.stages.iter().find(|s| s.id == answer.stage_id)?;
                let words = answer_in_words(run.lang(), stage, answer)?;
                Some(AnswerRecord {
                    stage_id: stage.id.clone(),
                    stage_title: stage.title.clone(),
                    question: stage.question.prompt().to_string(),
                    kind: words.kind.to_string(),
                    guess: words.guess,
                    range_low: words.range.map(|r| r.low),
                    range_high: words.range.map(|r| r.high),
                    truth: words.truth,
                    unit: words.unit,
                    factor: words.factor,
                    points: words.points,
                    range_caught: words.range.map(|r| r.caught),
                    range_points: words.range.map(|r| r.points),
                })
            })
            .collect();
        RunRecord {
            profile: profile.to_string(),
            case_id: case.id.clone(),
            case_title: case.title.clone(),
            seed: run.seed(),
            finished_at: rfc3339(now),
            answers,
        }
    }

    /// The day the run finished: `2026-11-25`.
    pub fn day(&self) -> &str {
        self.finished_at.get(..10).unwrap_or(&self.finished_at)
    }

    /// Points scored.
    pub fn points(&self) -> u32 {
        self.answers.iter().map(|a| a.points).sum()
    }

    /// What the figures across runs need of this run.
    pub fn summary(&self) -> crate::report::debrief::RunSummary<'_> {
        crate::report::debrief::RunSummary {
            case_title: &self.case_title,
            day: self.day(),
            answers: self
                .answers
                .iter()
                .map(|a| (a.range_caught, a.factor))
                .collect(),
        }
    }

    /// What names this run among a profile's runs, whatever is added later.
    pub fn key(&self) -> RunKey {
        RunKey {
            case_id: self.case_id.clone(),
            finished_at: self.finished_at.clone(),
        }
    }
}

/// The identity of a finished run: its case and the moment it finished.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RunKey {
    pub case_id: String,
    pub finished_at: String,
}

/// One answer as given, enough to replay it: options and events by their shown position
/// (the same seed shows them in the same order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SavedAnswer {
    Estimate {
        guess: f64,
        range: Option<(f64, f64)>,
    },
    Choice {
        shown: usize,
    },
    Order {
        shown: Vec<usize>,
    },
}

/// A case in progress, saved after every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub case_id: String,
    pub seed: u64,
    pub answers: Vec<SavedAnswer>,
    pub saved_at: String,
}

impl Progress {
    /// The progress of `run` so far.
    pub fn of(run: &Run, now: SystemTime) -> Progress {
        let answers = run
            .answers()
            .iter()
            .enumerate()
            .map(|(n, answer)| {
                let shown = run.shown_order(n);
                let position = |i: &usize| shown.iter().position(|s| s == i).unwrap_or(0);
                match &answer.response {
                    Response::Estimate { guess, range, .. } => SavedAnswer::Estimate {
                        guess: *guess,
                        range: range.map(|r| (r.low, r.high)),
                    },
                    Response::Choice { picked, .. } => SavedAnswer::Choice {
                        shown: position(picked),
                    },
                    Response::Order { order, .. } => SavedAnswer::Order {
                        shown: order.iter().map(position).collect(),
                    },
                }
            })
            .collect();
        Progress {
            case_id: run.case().id.clone(),
            seed: run.seed(),
            answers,
            saved_at: rfc3339(now),
        }
    }

    /// Replay the saved answers on `case`, and return the run at the next question. Answers
    /// that no longer fit (the case file was edited since) are dropped, from the first that
    /// does not fit on; the second value says how many.
    pub fn resume(&self, case: Case) -> (Run, usize) {
        let mut run = Run::new(case, self.seed);
        run.advance();
        for (i, saved) in self.answers.iter().enumerate() {
            let result = match saved {
                SavedAnswer::Estimate { guess, range } => {
                    run.submit_estimate(*guess, *range).map(|_| ())
                }
                SavedAnswer::Choice { shown } => run.submit_choice(*shown).map(|_| ()),
                SavedAnswer::Order { shown } => run.submit_order(shown).map(|_| ()),
            };
            if result.is_err() {
                return (run, self.answers.len() - i);
            }
            run.advance();
            if run.answers().len() == run.stage_count() {
                return (run, self.answers.len() - i - 1);
            }
        }
        (run, 0)
    }
}

/// The time now. (`SystemTime::now` panics in a browser, which has the clock in JavaScript.)
pub fn now() -> SystemTime {
    #[cfg(target_arch = "wasm32")]
    {
        UNIX_EPOCH + std::time::Duration::from_secs_f64(js_sys::Date::now() / 1000.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        SystemTime::now()
    }
}

/// `2026-11-25T22:30:46.123Z` for a moment: [`rfc3339`] with milliseconds, which sort as
/// they happened.
pub fn rfc3339_millis(time: SystemTime) -> String {
    let millis = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_millis());
    let seconds = rfc3339(time);
    format!("{}.{millis:03}Z", seconds.trim_end_matches('Z'))
}

/// `2026-11-25T22:30:46Z` for a moment.
pub fn rfc3339(time: SystemTime) -> String {
    let secs = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}
