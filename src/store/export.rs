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
