//! What a class is shown on the projector: each stage's figures at its reveal, and the class
//! debrief. Each student's own view is in [`super::student`].
//!
//! The class median is taken on the log scale for quantities (the median guess is the same
//! either way; for an even count the middle two are averaged in log space), so it is the
//! crowd's estimate Galton used. "It beat k of n" counts the students whose own guess was
//! further from the truth than the median.

use crate::content::lang::Lang;
use crate::content::{Question, Scale};
use crate::report::debrief::{Calibration, median};
use crate::report::lang::{Arg, number, say, word};
use crate::report::line::{Axis, Tick};
use crate::report::numbers::show;
use crate::report::verdicts::{distance, factor, times};
use crate::rules::class::{Session, StudentId};
use crate::rules::judge::{Answer, Response};
use crate::rules::scoring::{RangeVerdict, judge};

/// One student's guess on the class's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub student: StudentId,
    /// Position from 0 (left) to 1 (right).
    pub at: f64,
    /// The student's 80% range, positioned, if they gave one.
    pub range: Option<(f64, f64)>,
}

/// The class's guesses on a line with the truth.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassLine {
    pub ticks: Vec<Tick>,
    pub truth_low: f64,
    pub truth_high: f64,
    pub dots: Vec<Dot>,
    /// Where the class median sits.
    pub median: Option<f64>,
}

/// How many picked one option of a choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionCount {
    pub text: String,
    pub correct: bool,
    pub count: usize,
}

/// What the class did on one stage, by kind of question.
#[derive(Debug, Clone, PartialEq)]
pub enum Figures {
    Estimate {
        line: ClassLine,
        /// The class median guess.
        median: Option<f64>,
        /// Students whose guess was further off than the median.
        beaten: usize,
        ranges: usize,
        caught: usize,
    },
    Choice {
        /// The options in the order the class saw them.
        options: Vec<OptionCount>,
    },
    Order {
        /// Mean share of pairs in the right order, 0 to 1.
        mean_share: Option<f64>,
        /// The pair of events most often put the wrong way round, and by how many.
        most_swapped: Option<(String, String, usize)>,
    },
}

/// One stage's figures and the line that sums them up.
#[derive(Debug, Clone, PartialEq)]
pub struct StageFigures {
    pub stage: usize,
    pub answered: usize,
    pub present: usize,
    /// The answers given alone.
    pub figures: Figures,
    /// "Class median 2.1x too low; it beat 24 of 31 students; 12 of 19 ranges caught the
    /// truth."
    pub summary: String,
    /// On a stage with a team round: alone, in teams, and revised, side by side.
    pub teams: Option<TeamFigures>,
}

/// Which answers a figure of a team round is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// The answers each student gave alone.
    Alone,
    /// One answer per team.
    Teams,
    /// Each student's final answer: revised after talking, or kept.
    Revised,
}

impl Round {
    /// The round's name in `lang`: "Alone", "Teams", "After talking".
    pub fn words(self, lang: Lang) -> String {
        word(
            lang,
            match self {
                Round::Alone => "round-alone",
                Round::Teams => "round-teams",
                Round::Revised => "round-revised",
            },
        )
    }
}

/// One round's figure on a stage with a team round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundFigure {
    pub round: Round,
    /// How many answers it is taken from.
    pub answers: usize,
    /// An estimate's median (on the question's scale; for quantities the crowd's log-scale
    /// median), `None` for other kinds or no answers.
    pub median: Option<f64>,
    /// How far off, for comparing rounds: the median's absolute error (orders of magnitude,
    /// or years), or for a choice the share wrong, for an order the share of pairs out of
    /// order. Lower is better.
    pub off: Option<f64>,
    /// "median 6,000 arrests, 1.1x too low", "7 of 9 right", "81% of pairs in order".
    pub text: String,
}

/// A stage's team round in figures (Navajas et al. 2018): the median of the answers given
/// alone, the median of the teams' answers, the median after revising, and each team's answer
/// placed on the class's line.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamFigures {
    /// Alone, teams, revised: in that order.
    pub rounds: Vec<RoundFigure>,
    /// Each team's estimate on the class's line (0 to 1), for estimates.
    pub team_dots: Vec<f64>,
    /// Whether talking helped: "Talking helped: the teams' median was 1.2x off, against 2.1x
    /// for the answers given alone."
    pub verdict: String,
    /// The teams came nearer the truth than the class alone.
    pub helped: bool,
}

/// The middle of `values`: the middle value of an odd count; for an even count, the middle of
/// the middle two on the question's scale (their geometric mean for quantities).
pub fn middle(values: &[f64], scale: Scale) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match (n, scale) {
        (0, _) => None,
        (n, _) if n % 2 == 1 => Some(sorted[n / 2]),
        (n, Scale::Log) => Some((sorted[n / 2 - 1] * sorted[n / 2]).sqrt()),
        (n, Scale::Linear) => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// A share as a whole percentage, for the messages (`81`).
fn percent(share: f64) -> Arg {
    Arg::Number((share * 100.0).round())
}

/// The class's figures for stage `n` (only the students still in the class count), in
/// `lang` (the case's words in it where translated).
pub fn stage_figures(session: &Session, n: usize, lang: Lang) -> Option<StageFigures> {
    let stage = session.case_in(lang).stages.get(n)?;
    let answers: Vec<(StudentId, &Answer)> = session
        .answers_to(n)
        .map(|a| (a.student, &a.answer))
        .collect();
    let answered = answers.len();
    // The axis of an estimate's line, which a team round's answers are placed on too.
    let (figures, summary, axis) = match &stage.question {
        Question::Estimate(estimate) => {
            let guesses: Vec<(StudentId, f64, Option<RangeVerdict>)> = answers
                .iter()
                .filter_map(|(s, a)| match &a.response {
                    Response::Estimate { guess, range, .. } => Some((*s, *guess, *range)),
                    _ => None,
                })
                .collect();
            let median_guess = middle(
                &guesses.iter().map(|g| g.1).collect::<Vec<_>>(),
                estimate.scale,
            );
            let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
            for (_, guess, range) in &guesses {
                let (l, h) = range.map_or((*guess, *guess), |r| (r.low, r.high));
                low = low.min(l);
                high = high.max(h);
            }
            if guesses.is_empty() {
                (low, high) = (estimate.truth.low(), estimate.truth.high());
            }
            let axis = Axis::covering(lang, estimate, low, high);
            let dots = guesses
                .iter()
                .map(|(student, guess, range)| Dot {
                    student: *student,
                    at: axis.place(*guess),
                    range: range.map(|r| (axis.place(r.low), axis.place(r.high))),
                })
                .collect();
            let ranges = guesses.iter().filter(|g| g.2.is_some()).count();
            let caught = guesses
                .iter()
                .filter(|g| g.2.is_some_and(|r| r.caught))
                .count();
            let median_verdict = median_guess.map(|m| judge(m, estimate.truth, estimate.scale));
            let beaten = median_verdict.map_or(0, |m| {
                guesses
                    .iter()
                    .filter(|g| {
                        // A hair of tolerance: a guess as far off as the median does not
                        // count as beaten by it.
                        judge(g.1, estimate.truth, estimate.scale).error.abs()
                            > m.error.abs() + 1e-9
                    })
                    .count()
            });
            let summary = match median_verdict {
                None => word(lang, "class-no-answers-yet"),
                Some(m) => {
                    let mut args = vec![
                        ("distance", Arg::from(distance(lang, &m))),
                        ("beaten", beaten.into()),
                        ("students", answered.into()),
                    ];
                    if ranges > 0 {
                        args.extend([("caught", caught.into()), ("ranges", ranges.into())]);
                        say(lang, "class-median-summary-ranges", &args)
                    } else {
                        say(lang, "class-median-summary", &args)
                    }
                }
            };
            (
                Figures::Estimate {
                    line: ClassLine {
                        ticks: axis.ticks.clone(),
                        truth_low: axis.place(estimate.truth.low()),
                        truth_high: axis.place(estimate.truth.high()),
                        dots,
                        median: median_guess.map(|m| axis.place(m)),
                    },
                    median: median_guess,
                    beaten,
                    ranges,
                    caught,
                },
                summary,
                Some(axis),
            )
        }
        Question::Choice(choice) => {
            let options: Vec<OptionCount> = session
                .shown_order(n)
                .iter()
                .map(|&i| {
                    OptionCount {
                    text: choice.options[i].text.clone(),
                    correct: choice.options[i].correct,
                    count: answers
                        .iter()
                        .filter(|(_, a)| {
                            matches!(a.response, Response::Choice { picked, .. } if picked == i)
                        })
                        .count(),
                }
                })
                .collect();
            let right: usize = options.iter().filter(|o| o.correct).map(|o| o.count).sum();
            let summary = say(
                lang,
                "class-choice-summary",
                &[("right", right.into()), ("answered", answered.into())],
            );
            (Figures::Choice { options }, summary, None)
        }
        Question::Order(order) => {
            let given: Vec<&Vec<usize>> = answers
                .iter()
                .filter_map(|(_, a)| match &a.response {
                    Response::Order { order, .. } => Some(order),
                    _ => None,
                })
                .collect();
            let shares: Vec<f64> = answers
                .iter()
                .filter_map(|(_, a)| match &a.response {
                    Response::Order {
                        pairs_right, pairs, ..
                    } if *pairs > 0 => Some(*pairs_right as f64 / *pairs as f64),
                    _ => None,
                })
                .collect();
            let mean_share =
                (!shares.is_empty()).then(|| shares.iter().sum::<f64>() / shares.len() as f64);
            // For each pair of events (earlier, later), how many put the later one first.
            let mut most_swapped: Option<(usize, usize, usize)> = None;
            let count = order.events.len();
            for earlier in 0..count {
                for later in earlier + 1..count {
                    let swapped = given
                        .iter()
                        .filter(|g| {
                            let at = |e: usize| g.iter().position(|&t| t == e);
                            at(later) < at(earlier)
                        })
                        .count();
                    if swapped > 0 && most_swapped.is_none_or(|m| swapped > m.2) {
                        most_swapped = Some((earlier, later, swapped));
                    }
                }
            }
            let most_swapped =
                most_swapped.map(|(a, b, k)| (order.events[a].clone(), order.events[b].clone(), k));
            let mut summary = match mean_share {
                Some(share) => say(lang, "class-order-summary", &[("percent", percent(share))]),
                None => word(lang, "class-no-answers-yet"),
            };
            if let Some((a, b, k)) = &most_swapped {
                summary.push(' ');
                summary.push_str(&say(
                    lang,
                    "class-most-swapped",
                    &[("a", a.into()), ("b", b.into()), ("students", (*k).into())],
                ));
            }
            (
                Figures::Order {
                    mean_share,
                    most_swapped,
                },
                summary,
                None,
            )
        }
    };
    let teams = session
        .had_team_round(n)
        .then(|| team_figures(session, n, &stage.question, axis.as_ref(), lang));
    Some(StageFigures {
        stage: n,
        answered,
        present: session.present().count(),
        figures,
        summary,
        teams,
    })
}

/// A stage's team round in figures (see [`TeamFigures`]).
fn team_figures(
    session: &Session,
    n: usize,
    question: &Question,
    axis: Option<&Axis>,
    lang: Lang,
) -> TeamFigures {
    let alone_answers: Vec<&Answer> = session.answers_to(n).map(|a| &a.answer).collect();
    let team_answers: Vec<&Answer> = session.team_answers_to(n).map(|a| &a.answer).collect();
    let final_answers: Vec<&Answer> = session
        .final_answers_to(n)
        .into_iter()
        .map(|a| &a.answer)
        .collect();
    let rounds: Vec<RoundFigure> = [
        (Round::Alone, alone_answers),
        (Round::Teams, team_answers.clone()),
        (Round::Revised, final_answers),
    ]
    .into_iter()
    .map(|(round, answers)| round_figure(round, question, &answers, lang))
    .collect();
    // On the class's line: the axis of the answers given alone (estimates only).
    let team_dots = axis.map_or_else(Vec::new, |axis| {
        team_answers
            .iter()
            .filter_map(|a| match &a.response {
                Response::Estimate { guess, .. } => Some(axis.place(*guess)),
                Response::Choice { .. } | Response::Order { .. } => None,
            })
            .collect()
    });
    let (verdict, helped) = talk_verdict(&rounds, question, lang);
    TeamFigures {
        rounds,
        team_dots,
        verdict,
        helped,
    }
}

/// A class's median in words, in `lang`: to three figures with its unit for a quantity (it is
/// a median of guesses, not a fact); a year, or the half-way point between two years.
pub fn median_text(lang: Lang, estimate: &crate::content::Estimate, median: f64) -> String {
    match estimate.scale {
        crate::content::Scale::Log => show(
            lang,
            estimate,
            crate::content::number::round_significant(median, 3),
        ),
        crate::content::Scale::Linear if (median - median.round()).abs() < 0.01 => {
            show(lang, estimate, median)
        }
        // Half-way between two years: `2019.5`, grouped as no year is.
        crate::content::Scale::Linear => number(lang, half(median), false),
    }
}

/// `x` to the nearest half: 2, 2.5.
fn half(x: f64) -> f64 {
    (x * 2.0).round() / 2.0
}

/// One round's figure from its answers.
fn round_figure(round: Round, question: &Question, answers: &[&Answer], lang: Lang) -> RoundFigure {
    let count = answers.len();
    let (median, off, text) = match question {
        Question::Estimate(estimate) => {
            let guesses: Vec<f64> = answers
                .iter()
                .filter_map(|a| match &a.response {
                    Response::Estimate { guess, .. } => Some(*guess),
                    Response::Choice { .. } | Response::Order { .. } => None,
                })
                .collect();
            match middle(&guesses, estimate.scale) {
                Some(m) => {
                    let verdict = judge(m, estimate.truth, estimate.scale);
                    (
                        Some(m),
                        Some(verdict.error.abs()),
                        say(
                            lang,
                            "class-round-median",
                            &[
                                ("median", median_text(lang, estimate, m).into()),
                                ("distance", distance(lang, &verdict).into()),
                            ],
                        ),
                    )
                }
                None => (None, None, word(lang, "class-round-none")),
            }
        }
        Question::Choice(_) => {
            let right = answers
                .iter()
                .filter(|a| matches!(a.response, Response::Choice { correct: true, .. }))
                .count();
            if count == 0 {
                (None, None, word(lang, "class-round-none"))
            } else {
                (
                    None,
                    Some(1.0 - right as f64 / count as f64),
                    say(
                        lang,
                        "class-round-right",
                        &[("right", right.into()), ("count", count.into())],
                    ),
                )
            }
        }
        Question::Order(_) => {
            let shares: Vec<f64> = answers
                .iter()
                .filter_map(|a| match &a.response {
                    Response::Order {
                        pairs_right, pairs, ..
                    } if *pairs > 0 => Some(*pairs_right as f64 / *pairs as f64),
                    Response::Order { .. }
                    | Response::Estimate { .. }
                    | Response::Choice { .. } => None,
                })
                .collect();
            if shares.is_empty() {
                (None, None, word(lang, "class-round-none"))
            } else {
                let mean = shares.iter().sum::<f64>() / shares.len() as f64;
                (
                    None,
                    Some(1.0 - mean),
                    say(lang, "class-round-pairs", &[("percent", percent(mean))]),
                )
            }
        }
    };
    RoundFigure {
        round,
        answers: count,
        median,
        off,
        text,
    }
}

/// Whether talking helped, in words: the teams' and the revised figure against the one alone.
/// Also whether it did (the teams nearer the truth than the class alone).
fn talk_verdict(rounds: &[RoundFigure], question: &Question, lang: Lang) -> (String, bool) {
    let off = |round: Round| rounds.iter().find(|r| r.round == round).and_then(|r| r.off);
    let (Some(alone), Some(teams)) = (off(Round::Alone), off(Round::Teams)) else {
        return (word(lang, "class-talk-unknown"), false);
    };
    let revised = off(Round::Revised);
    // A hair of tolerance: the same figure is "no better", not "better".
    let better = |x: f64| x + 1e-9 < alone;
    let worse = |x: f64| x > alone + 1e-9;
    let how = |x: f64| match question {
        Question::Estimate(e) => match e.scale {
            crate::content::Scale::Log => say(
                lang,
                "class-off-times",
                &[("factor", factor(lang, 10f64.powf(x)).into())],
            ),
            crate::content::Scale::Linear => {
                say(lang, "class-off-years", &[("years", half(x).into())])
            }
        },
        Question::Choice(_) => say(lang, "class-off-wrong", &[("percent", percent(x))]),
        Question::Order(_) => say(lang, "class-off-pairs", &[("percent", percent(x))]),
    };
    let against = [
        ("teams", Arg::from(how(teams))),
        ("alone", how(alone).into()),
    ];
    let mut words = if better(teams) {
        say(lang, "class-talk-helped", &against)
    } else if worse(teams) {
        say(lang, "class-talk-not-helped", &against)
    } else {
        say(lang, "class-talk-same", &[("alone", how(alone).into())])
    };
    if let Some(r) = revised {
        words.push(' ');
        words.push_str(&say(
            lang,
            "class-talk-revised",
            &[("revised", how(r).into())],
        ));
    }
    (words, better(teams))
}

/// One line of the class debrief.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassRow {
    pub number: usize,
    pub title: String,
    pub answered: usize,
    /// "median 2.1x too low", "18 of 31 right", "72% of pairs in order".
    pub result: String,
    /// "beat 24 of 31", or empty.
    pub beaten: String,
    /// On a stage with a team round, whether talking helped ([`TeamFigures::verdict`]);
    /// empty otherwise.
    pub talk: String,
}

/// Everything the class debrief shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassDebrief {
    pub case_title: String,
    pub students: usize,
    pub rows: Vec<ClassRow>,
    /// Every 80% range the class gave, against the 80% target.
    pub calibration: Calibration,
    /// The median signed log error of every quantity estimate.
    pub median_log_error: Option<f64>,
    /// "The class underestimated the scale by 4x."
    pub bias: String,
    /// (name, points, stages answered), highest first: shown only if the teacher asks.
    pub totals: Vec<(String, u32, usize)>,
}

/// The class's debrief, in `lang`.
pub fn class_debrief(session: &Session, lang: Lang) -> ClassDebrief {
    let case = session.case_in(lang);
    let mut rows = Vec::new();
    let mut ranges = Vec::new();
    let mut log_errors = Vec::new();
    for (n, stage) in case.stages.iter().enumerate() {
        for a in session.answers_to(n) {
            if let Response::Estimate { verdict, range, .. } = &a.answer.response {
                ranges.extend(*range);
                if verdict.scale == Scale::Log {
                    log_errors.push(verdict.error);
                }
            }
        }
        let Some(figures) = stage_figures(session, n, lang) else {
            continue;
        };
        let (result, beaten) = match &figures.figures {
            Figures::Estimate {
                median: Some(m),
                beaten,
                ..
            } => {
                let Question::Estimate(estimate) = &stage.question else {
                    unreachable!("estimate figures come from an estimate")
                };
                (
                    say(
                        lang,
                        "class-row-median",
                        &[(
                            "distance",
                            distance(lang, &judge(*m, estimate.truth, estimate.scale)).into(),
                        )],
                    ),
                    say(
                        lang,
                        "class-row-beat",
                        &[
                            ("beaten", (*beaten).into()),
                            ("count", figures.answered.into()),
                        ],
                    ),
                )
            }
            Figures::Choice { options } => (
                say(
                    lang,
                    "class-round-right",
                    &[
                        (
                            "right",
                            options
                                .iter()
                                .filter(|o| o.correct)
                                .map(|o| o.count)
                                .sum::<usize>()
                                .into(),
                        ),
                        ("count", figures.answered.into()),
                    ],
                ),
                String::new(),
            ),
            Figures::Order {
                mean_share: Some(share),
                ..
            } => (
                say(lang, "class-round-pairs", &[("percent", percent(*share))]),
                String::new(),
            ),
            _ => (word(lang, "class-round-none"), String::new()),
        };
        rows.push(ClassRow {
            number: n + 1,
            title: stage.title.clone(),
            answered: figures.answered,
            result,
            beaten,
            talk: figures.teams.map(|t| t.verdict).unwrap_or_default(),
        });
    }
    let median_log_error = median(&log_errors);
    ClassDebrief {
        case_title: case.title.clone(),
        students: session.present().count(),
        rows,
        calibration: Calibration::of(lang, &ranges),
        median_log_error,
        bias: class_bias_sentence(lang, median_log_error),
        totals: session.totals(),
    }
}

/// The class's calibration in words (the 80% target, with the Wilson band so that a small
/// class is not over-read).
pub fn class_calibration_sentence(lang: Lang, calibration: &Calibration) -> String {
    let (caught, n) = (calibration.caught, calibration.ranges);
    let counted = |id: &str| say(lang, id, &[("caught", caught.into()), ("count", n.into())]);
    match calibration.band {
        None => word(lang, "class-cal-none"),
        Some((_, high)) if high < 0.8 => counted("class-cal-few"),
        Some((low, _)) if low > 0.8 => counted("class-cal-many"),
        Some(_) => counted("class-cal-right"),
    }
}

/// The class's tendency in words.
pub fn class_bias_sentence(lang: Lang, median_log_error: Option<f64>) -> String {
    let Some(m) = median_log_error else {
        return word(lang, "class-bias-none");
    };
    let factor = 10f64.powf(m.abs());
    if factor <= 1.3 {
        return word(lang, "class-bias-centred");
    }
    let id = if m < 0.0 {
        "class-bias-low"
    } else {
        "class-bias-high"
    };
    say(lang, id, &[("times", times(lang, factor).into())])
}

#[cfg(test)]
mod tests;
