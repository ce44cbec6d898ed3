//! The class's figures, checked against figures worked out by hand.

use super::*;
use crate::report::student::student_view;
use crate::rules::class::Session;
use crate::testing::{mixed_case, small_case};

const NOW: &str = "2026-11-27T09:00:00Z";

/// A class of `guesses.len()` students who answered the first stage (6,558 arrests).
fn class_with(guesses: &[&str]) -> Session {
    let mut s = Session::new(small_case(), 1, "1", NOW);
    for (i, _) in guesses.iter().enumerate() {
        s.join("1", &format!("s{i}"), &format!("t{i}"), NOW)
            .unwrap();
    }
    s.advance();
    for (i, g) in guesses.iter().enumerate() {
        s.answer(&format!("t{i}"), g, NOW).unwrap();
    }
    s
}

#[test]
fn the_class_median_and_the_students_it_beat() {
    // Five guesses around 6,558: the middle one is exact, so every other student is further
    // off than the class median.
    let s = class_with(&[
        "1000 (500-2000)",
        "3279 (1000-10k)",
        "6558",
        "20000 (10k-30k)",
        "100000",
    ]);
    let f = stage_figures(&s, 0, Lang::En).unwrap();
    assert_eq!((f.answered, f.present), (5, 5));
    let Figures::Estimate {
        median,
        beaten,
        ranges,
        caught,
        line,
    } = &f.figures
    else {
        panic!("an estimate");
    };
    assert_eq!(*median, Some(6558.0), "the middle of five guesses");
    // Every other student was further off than the exact median.
    assert_eq!(*beaten, 4);
    assert_eq!((*ranges, *caught), (3, 1));
    assert_eq!(
        f.summary,
        "Class median exact; it beat 4 of 5 students; 1 of 3 ranges caught the truth."
    );
    assert_eq!(line.dots.len(), 5);
    assert!(line.dots.windows(2).all(|w| w[0].at < w[1].at));
    assert_eq!(line.median, Some(line.dots[2].at));
    assert!(line.dots.iter().all(|d| (0.0..=1.0).contains(&d.at)));
}

#[test]
fn an_even_class_takes_the_middle_in_log_space() {
    let s = class_with(&["1000", "10000", "100000", "1000000"]);
    let f = stage_figures(&s, 0, Lang::En).unwrap();
    let Figures::Estimate { median, beaten, .. } = f.figures else {
        panic!("an estimate");
    };
    let m = median.unwrap();
    assert!((m - 31_622.776).abs() < 0.01, "{m}");
    // 31,623 is 4.8x too high; 10,000 (1.5x) is closer, the others further.
    assert_eq!(beaten, 3);
    assert!(
        f.summary
            .starts_with("Class median 4.8x too high; it beat 3 of 4 students")
    );
}

#[test]
fn choices_are_counted_and_orders_show_the_pair_most_often_swapped() {
    let mut case = mixed_case();
    if let crate::content::Question::Order(o) = &mut case.stages[1].question {
        o.dates = vec!["2017".into(), "2020-04".into(), "2023-06-27".into()];
    }
    let mut s = Session::new(case, 2, "1", NOW);
    for i in 0..4 {
        s.join("1", &format!("s{i}"), &format!("t{i}"), NOW)
            .unwrap();
    }
    s.advance();
    let shown = s.shown_order(0).to_vec();
    let pick = |file: usize| (shown.iter().position(|&i| i == file).unwrap() + 1).to_string();
    for (i, file) in [0, 0, 0, 1].iter().enumerate() {
        s.answer(&format!("t{i}"), &pick(*file), NOW).unwrap();
    }
    let f = stage_figures(&s, 0, Lang::En).unwrap();
    assert_eq!(f.summary, "3 of 4 picked the right option.");
    let Figures::Choice { options } = &f.figures else {
        panic!("a choice");
    };
    assert_eq!(options.iter().map(|o| o.count).sum::<usize>(), 4);
    assert_eq!(options.iter().find(|o| o.correct).unwrap().count, 3);

    s.advance();
    s.advance();
    s.advance();
    let shown = s.shown_order(1).to_vec();
    let letters = |files: [usize; 3]| -> String {
        files
            .iter()
            .map(|f| crate::rules::answer::letter(shown.iter().position(|&i| i == *f).unwrap()))
            .collect()
    };
    // Two students swap the first two events, one has it right, one swaps the last two.
    for (i, files) in [[1, 0, 2], [1, 0, 2], [0, 1, 2], [0, 2, 1]]
        .iter()
        .enumerate()
    {
        s.answer(&format!("t{i}"), &letters(*files), NOW).unwrap();
    }
    let f = stage_figures(&s, 1, Lang::En).unwrap();
    let Figures::Order {
        mean_share,
        most_swapped,
    } = &f.figures
    else {
        panic!("an order");
    };
    // Shares: 2/3, 2/3, 1, 2/3: mean 0.75.
    assert!((mean_share.unwrap() - 0.75).abs() < 1e-9);
    let crate::content::Question::Order(order) = &s.case().stages[1].question else {
        unreachable!()
    };
    assert_eq!(
        most_swapped.as_ref().unwrap(),
        &(order.events[0].clone(), order.events[1].clone(), 2)
    );
    assert!(
        f.summary
            .starts_with("On average the class put 75% of pairs")
    );

    // Each phone lists the events in the true order with their dates and where its student
    // had put each: the first student swapped the first two.
    let order = order.clone();
    s.advance(); // closed
    s.advance(); // revealed
    let reveal = student_view(&s, 1, crate::content::lang::Lang::En)
        .stage
        .unwrap()
        .reveal
        .unwrap();
    let events: Vec<(&str, Option<&str>, Option<&str>, bool)> = reveal
        .truth_events
        .iter()
        .map(|e| {
            (
                e.text.as_str(),
                e.date.as_deref(),
                e.yours.as_deref(),
                e.in_place,
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            (
                order.events[0].as_str(),
                Some("2017"),
                Some("you had it 2nd"),
                false
            ),
            (
                order.events[1].as_str(),
                Some("April 2020"),
                Some("you had it 1st"),
                false
            ),
            (
                order.events[2].as_str(),
                Some("27 June 2023"),
                Some("you had it in place"),
                true
            ),
        ]
    );
}

#[test]
fn the_class_debrief_sums_up_calibration_and_bias() {
    let mut s = class_with(&["1639.5 (1000-2000)", "1639.5 (1500-1800)", "26232"]);
    s.advance();
    s.advance();
    s.advance();
    s.answer("t0", "2017", NOW).unwrap();
    s.advance();
    s.advance();
    let d = class_debrief(&s, Lang::En);
    assert_eq!(d.students, 3);
    assert_eq!(d.rows.len(), 2);
    assert_eq!(d.rows[0].result, "median 4x too low");
    assert_eq!(d.rows[0].beaten, "beat 0 of 3");
    assert_eq!(d.rows[1].answered, 1);
    assert_eq!((d.calibration.caught, d.calibration.ranges), (0, 2));
    assert_eq!(
        d.bias,
        "The class underestimated the scale by 4x: its typical guess was that much too low."
    );
    // 70 points each for the first stage; s0 also has 100 for the year.
    assert_eq!(
        d.totals[0],
        ("s0".to_string(), 170, 2),
        "the highest total first"
    );
}

#[test]
fn a_phone_never_sees_the_truth_before_the_reveal() {
    let mut s = class_with(&["6,5k"]);
    let view = student_view(&s, 1, crate::content::lang::Lang::En);
    assert_eq!(view.phase, "open");
    let stage = view.stage.as_ref().unwrap();
    assert_eq!(stage.your_answer.as_ref().unwrap().read_as, "6,500 arrests");
    assert!(stage.reveal.is_none());
    let json = serde_json::to_string(&view).unwrap();
    assert!(!json.contains("6,558") && !json.contains("6558"), "{json}");
    s.advance();
    assert!(
        student_view(&s, 1, crate::content::lang::Lang::En)
            .stage
            .unwrap()
            .reveal
            .is_none(),
        "closed"
    );
    s.advance();
    let reveal = student_view(&s, 1, crate::content::lang::Lang::En)
        .stage
        .unwrap()
        .reveal
        .unwrap();
    assert_eq!(reveal.truth, "6,558 arrests");
    assert_eq!(reveal.points, Some(100));
    assert_eq!(reveal.verdict.as_deref(), Some("almost exact: spot on"));
}

/// A team round's figures, worked out by hand. Truth 6,558 arrests. Alone: 1,000, 2,000,
/// 3,000, 4,000, 20,000 and 50,000: the median of an even count is the geometric mean of the
/// middle two, √(3,000 × 4,000) = 3,464.1, 1.89x too low (log error −0.2772). Two teams of
/// three answer 5,000 and 8,000: median √(5,000 × 8,000) = 6,324.6, 1.04x too low (−0.0157).
/// Three students revise to 5,000: the finals 4,000, 5,000, 5,000, 5,000, 20,000, 50,000 have
/// the median 5,000, 1.31x too low (−0.1178).
#[test]
fn a_team_rounds_figures_match_a_hand_count() {
    let mut s = Session::new(small_case(), 3, "1", "2026-11-30T09:00:00Z");
    let now = "2026-11-30T10:00:00Z";
    for i in 0..6 {
        s.join("1", &format!("S{i}"), &format!("t{i}"), now)
            .unwrap();
    }
    s.advance();
    for (i, guess) in ["1000", "2000", "3000", "4000", "20000", "50000"]
        .iter()
        .enumerate()
    {
        s.answer(&format!("t{i}"), guess, now).unwrap();
    }
    assert!(s.team_round());
    assert_eq!(s.teams().len(), 2);
    let first = s.teams()[0].members.clone();
    let second = s.teams()[1].members.clone();
    assert_eq!((first.len(), second.len()), (3, 3));
    s.team_answer(&format!("t{}", first[0] - 1), "5000", now)
        .unwrap();
    s.team_answer(&format!("t{}", second[2] - 1), "8000", now)
        .unwrap();
    s.advance(); // revise
    // Students 1, 2 and 3 (who said 1,000, 2,000 and 3,000) revise to 5,000.
    for i in 0..3 {
        s.answer(&format!("t{i}"), "5000", now).unwrap();
    }
    s.advance();
    s.advance(); // revealed
    let figures = stage_figures(&s, 0, Lang::En).unwrap();
    let teams = figures.teams.expect("a team round");
    let round = |r: Round| teams.rounds.iter().find(|f| f.round == r).unwrap().clone();
    let close =
        |a: f64, b: f64, what: &str| assert!((a - b).abs() < 0.05, "{what}: {a} against {b}");
    close(round(Round::Alone).median.unwrap(), 3464.1, "alone");
    close(round(Round::Teams).median.unwrap(), 6324.6, "teams");
    close(round(Round::Revised).median.unwrap(), 5000.0, "revised");
    let off =
        |a: f64, b: f64, what: &str| assert!((a - b).abs() < 0.0005, "{what}: {a} against {b}");
    off(round(Round::Alone).off.unwrap(), 0.2772, "alone");
    off(round(Round::Teams).off.unwrap(), 0.0157, "teams");
    off(round(Round::Revised).off.unwrap(), 0.1178, "revised");
    assert_eq!(round(Round::Alone).answers, 6);
    assert_eq!(round(Round::Teams).answers, 2);
    assert_eq!(round(Round::Revised).answers, 6, "everyone's final answer");
    assert_eq!(teams.team_dots.len(), 2);
    assert!(
        teams.verdict.starts_with("Talking helped"),
        "{}",
        teams.verdict
    );
    assert!(
        teams.verdict.contains("After revising"),
        "{}",
        teams.verdict
    );
    // The figures alone are those of the answers given alone.
    assert!(
        figures.summary.contains("1.89x too low") || figures.summary.contains("1.9x too low"),
        "{}",
        figures.summary
    );
    // The debrief says it stage by stage.
    let debrief = class_debrief(&s, Lang::En);
    assert!(debrief.rows[0].talk.starts_with("Talking helped"));
    assert!(
        debrief.rows[0].talk.contains("teams off by a factor of 1"),
        "{}",
        debrief.rows[0].talk
    );
    assert_eq!(debrief.rows[1].talk, "", "no team round on stage 2");
    // In German a factor, not a count of misses ("3-mal daneben").
    let german = stage_figures(&s, 0, Lang::De)
        .unwrap()
        .teams
        .unwrap()
        .verdict;
    assert!(german.starts_with("Das Gespräch hat geholfen"), "{german}");
    assert!(
        german.contains("-Fache daneben") && !german.contains("-mal daneben"),
        "{german}"
    );
}

/// A median of years between two years is shown as it is, and its distance agrees with it.
#[test]
fn a_median_between_two_years_is_said_as_it_is() {
    let case = small_case();
    let Question::Estimate(year) = &case.stages[1].question else {
        panic!("the small case's second stage asks a year");
    };
    assert_eq!(median_text(Lang::En, year, 2016.5), "2016.5");
    assert_eq!(median_text(Lang::En, year, 2016.0), "2016");
    let Question::Estimate(arrests) = &case.stages[0].question else {
        panic!("an estimate");
    };
    assert_eq!(median_text(Lang::En, arrests, 3464.1016), "3,460 arrests");
}
