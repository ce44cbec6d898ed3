//! Finished runs and class sessions as CSV or JSON, one row per answered question, for a
//! teacher.
//!
//! Every CSV the game writes (a file or standard output) is made here, by the `csv` crate
//! (RFC 4180 quoting, CRLF line ends), and is safe to open in a spreadsheet:
//! - it starts with a UTF-8 byte-order mark, so Excel reads "José" as José;
//! - a cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
//!   or a carriage return: a student named `=1+2`) is written with a `'` in front, as OWASP's
//!   advice on CSV injection says, so it shows as the text typed.

use super::RunRecord;

/// The export columns, in order.
pub const CSV_HEADER: [&str; 15] = [
    "profile",
    "case",
    "stage",
    "question",
    "kind",
    "guess",
    "range_low",
    "range_high",
    "truth",
    "unit",
    "factor",
    "points",
    "range_caught",
    "range_points",
    "timestamp",
];

/// The byte-order mark every CSV starts with.
pub const CSV_BOM: &str = "\u{feff}";

/// A cell as it is written: text a spreadsheet would run as a formula gets a `'` in front.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// `header` and `rows` as CSV text: byte-order mark, header, one line per row, every cell
/// neutralised ([`neutralise`]).
pub fn write_csv<const N: usize>(header: &[&str; N], rows: &[[String; N]]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(CSV_BOM.as_bytes().to_vec());
    // Writing to memory cannot fail; a record of the wrong length cannot happen (N columns).
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// Every answer of `runs` as CSV ([`write_csv`]), one row per question, with a header row.
pub fn to_csv(runs: &[RunRecord]) -> String {
    let mut rows = Vec::new();
    for run in runs {
        for a in &run.answers {
            rows.push([
                run.profile.clone(),
                run.case_id.clone(),
                a.stage_id.clone(),
                a.question.clone(),
                a.kind.clone(),
                a.guess.clone(),
                opt(a.range_low),
                opt(a.range_high),
                a.truth.clone(),
                a.unit.clone(),
                opt(a.factor),
                a.points.to_string(),
                a.range_caught.map(|c| c.to_string()).unwrap_or_default(),
                opt(a.range_points),
                run.finished_at.clone(),
            ]);
        }
    }
    write_csv(&CSV_HEADER, &rows)
}

/// Every answer of `runs` as a JSON array of rows with the CSV's columns.
pub fn to_json(runs: &[RunRecord]) -> String {
    let rows: Vec<serde_json::Value> = runs
        .iter()
        .flat_map(|run| {
            run.answers.iter().map(move |a| {
                serde_json::json!({
                    "profile": run.profile, "case": run.case_id, "stage": a.stage_id,
                    "question": a.question, "kind": a.kind, "guess": a.guess,
                    "range_low": a.range_low, "range_high": a.range_high, "truth": a.truth,
                    "unit": a.unit, "factor": a.factor, "points": a.points,
                    "range_caught": a.range_caught, "range_points": a.range_points,
                    "timestamp": run.finished_at,
                })
            })
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into())
}

/// The columns of a class session's CSV, in order. On a stage with a team round, `points`
/// and the columns before it are the answer given alone; `team` is the student's team,
/// `team_answer_typed` its answer, `revised_typed` the student's revised answer (empty if they
/// kept their own) and `revised_points` its points, which are the ones that count.
pub const CLASS_CSV_HEADER: [&str; 19] = [
    "name",
    "stage",
    "question",
    "kind",
    "answer_typed",
    "value_read",
    "range_low",
    "range_high",
    "truth",
    "unit",
    "factor",
    "points",
    "range_caught",
    "range_points",
    "answered_at",
    "team",
    "team_answer_typed",
    "revised_typed",
    "revised_points",
];

/// One row per student (still in the class) and stage answered (alone, revised, or by their
/// team).
pub fn class_rows(session: &crate::rules::class::Session) -> Vec<[String; 19]> {
    use crate::report::words::answer_in_words;
    use crate::rules::judge::Response;
    let case = session.case();
    // Each answer found once (200 students x 10 stages: a lookup per row would read every
    // answer 2,000 times).
    let answers: std::collections::HashMap<_, _> = (0..case.stages.len())
        .flat_map(|n| session.answers_to(n).map(move |a| ((a.student, n), a)))
        .collect();
    let revised: std::collections::HashMap<_, _> = (0..case.stages.len())
        .flat_map(|n| session.revised_to(n).map(move |a| ((a.student, n), a)))
        .collect();
    let team_answers: std::collections::HashMap<_, _> = (0..case.stages.len())
        .flat_map(|n| session.team_answers_to(n).map(move |a| ((a.team, n), a)))
        .collect();
    let mut rows = Vec::new();
    for student in session.present() {
        for (n, stage) in case.stages.iter().enumerate() {
            // The team the student was in for this stage's round (teams may be formed anew).
            let team = session.team_at(student.id, n);
            let alone = answers.get(&(student.id, n));
            let again = revised.get(&(student.id, n));
            let team_answer = team
                .and_then(|t| team_answers.get(&(t, n)))
                .map(|a| a.text.clone())
                .unwrap_or_default();
            // A row for each stage the student answered, alone, after talking, or through
            // their team's answer.
            if alone.is_none() && again.is_none() && team_answer.is_empty() {
                continue;
            }
            let words = alone
                .and_then(|a| answer_in_words(crate::content::lang::Lang::En, stage, &a.answer));
            let value_read = match (alone, &words) {
                (Some(a), Some(words)) => match &a.answer.response {
                    Response::Estimate { guess, .. } => format!("{guess}"),
                    Response::Choice { .. } | Response::Order { .. } => words.guess.clone(),
                },
                _ => String::new(),
            };
            let truth = crate::report::words::truth_in_words(
                crate::content::lang::Lang::En,
                &stage.question,
            );
            rows.push([
                student.name.clone(),
                stage.id.clone(),
                stage.question.prompt().to_string(),
                words
                    .as_ref()
                    .map(|w| w.kind.to_string())
                    .unwrap_or_default(),
                alone.map(|a| a.text.clone()).unwrap_or_default(),
                value_read,
                opt(words.as_ref().and_then(|w| w.range.map(|r| r.low))),
                opt(words.as_ref().and_then(|w| w.range.map(|r| r.high))),
                words.as_ref().map_or(truth, |w| w.truth.clone()),
                words.as_ref().map(|w| w.unit.clone()).unwrap_or_default(),
                opt(words.as_ref().and_then(|w| w.factor)),
                words
                    .as_ref()
                    .map(|w| w.points.to_string())
                    .unwrap_or_default(),
                words
                    .as_ref()
                    .and_then(|w| w.range.map(|r| r.caught.to_string()))
                    .unwrap_or_default(),
                opt(words.as_ref().and_then(|w| w.range.map(|r| r.points))),
                alone.map(|a| a.answered_at.clone()).unwrap_or_default(),
                team.map(|t| t.to_string()).unwrap_or_default(),
                team_answer,
                again.map(|a| a.text.clone()).unwrap_or_default(),
                again
                    .map(|a| a.answer.points().to_string())
                    .unwrap_or_default(),
            ]);
        }
    }
    rows
}

/// A class session's answers as CSV ([`write_csv`]), with a header row.
pub fn class_csv(session: &crate::rules::class::Session) -> String {
    write_csv(&CLASS_CSV_HEADER, &class_rows(session))
}

/// A class session's answers as a JSON array of rows with the CSV's columns.
pub fn class_json(session: &crate::rules::class::Session) -> String {
    let rows: Vec<serde_json::Map<String, serde_json::Value>> = class_rows(session)
        .into_iter()
        .map(|row| {
            CLASS_CSV_HEADER
                .iter()
                .zip(row)
                .map(|(k, v)| (k.to_string(), serde_json::Value::String(v)))
                .collect()
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into())
}
