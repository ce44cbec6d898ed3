//! `takedown export`: the results a teacher needs, as CSV or JSON.

use std::io::Write;

use crate::store::{Store, to_csv, to_json};

/// Write every answer of the finished runs in `store` (one profile, or all when `profile` is
/// `None`; one case when `case` is given). Warnings go to `err`. Returns the exit code.
pub fn run(
    store: &Store,
    profile: Option<&str>,
    case: Option<&str>,
    format: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    let profiles = match profile {
        Some(p) => vec![Store::profile_folder(p)],
        None => store.profiles(),
    };
    let mut runs = Vec::new();
    for p in &profiles {
        let loaded = store.runs(p);
        for warning in &loaded.warnings {
            writeln!(err, "takedown export: {warning}")?;
        }
        runs.extend(
            loaded
                .runs
                .into_iter()
                .filter(|r| case.is_none_or(|c| r.case_id == c)),
        );
    }
    match format {
        "json" => writeln!(out, "{}", to_json(&runs))?,
        _ => write!(out, "{}", to_csv(&runs))?,
    }
    if runs.is_empty() {
        writeln!(
            err,
            "takedown export: no finished runs in {}",
            store.location()
        )?;
    }
    Ok(0)
}
