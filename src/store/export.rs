//! Finished runs as CSV or JSON, one row per answered question, for a teacher.

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

/// One CSV field, quoted when it holds a comma, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// Every answer of `runs` as CSV, one row per question, with a header row.
pub fn to_csv(runs: &[RunRecord]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for run in runs {
        for a in &run.answers {
            let fields = [
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
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
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

/// The columns of a class session's CSV, in order.
pub const CLASS_CSV_HEADER: [&str; 15] = [
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
];

/// One row per student (still in the class) and stage answered.
pub fn class_rows(session: &crate::rules::class::Session) -> Vec<[String; 15]> {
    use crate::report::words::answer_in_words;
    use crate::rules::judge::Response;
    let case = session.case();
    let mut rows = Vec::new();
    for student in session.present() {
        for (n, stage) in case.stages.iter().enumerate() {
            let Some(answer) = session.answer_of(student.id, n) else {
                continue;
            };
            let Some(words) = answer_in_words(stage, &answer.answer) else {
                continue;
            };
            let value_read = match &answer.answer.response {
                Response::Estimate { guess, .. } => format!("{guess}"),
                _ => words.guess.clone(),
            };
            rows.push([
                student.name.clone(),
                stage.id.clone(),
                stage.question.prompt().to_string(),
                words.kind.to_string(),
                answer.text.clone(),
                value_read,
                opt(words.range.map(|r| r.low)),
                opt(words.range.map(|r| r.high)),
                words.truth.clone(),
                words.unit.clone(),
                opt(words.factor),
                words.points.to_string(),
                words
                    .range
                    .map(|r| r.caught.to_string())
                    .unwrap_or_default(),
                opt(words.range.map(|r| r.points)),
                answer.answered_at.clone(),
            ]);
        }
    }
    rows
}

/// A class session's answers as CSV, with a header row.
pub fn class_csv(session: &crate::rules::class::Session) -> String {
    let mut out = CLASS_CSV_HEADER.join(",");
    out.push_str("\r\n");
    for row in class_rows(session) {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
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
