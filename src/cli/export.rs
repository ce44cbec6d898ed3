//! `takedown export`: the results a teacher needs, as CSV or JSON.

use std::io::Write;

use crate::content::library::Library;
use crate::report::words::when;
use crate::rules::class::{ClassPhase, Session};
use crate::store::{ClassListing, Store, class_csv, class_json, to_csv, to_json};

/// Where a listed class was when it was written: "lobby", "stage 3 open", "debrief, ended".
/// The terminal's `export` speaks English (docs/languages.md).
fn place(listing: &ClassListing) -> String {
    let place = match listing.phase {
        ClassPhase::Lobby => "lobby".to_string(),
        ClassPhase::Open(n) => format!("stage {} open", n + 1),
        ClassPhase::Teams(n) => format!("stage {} team round", n + 1),
        ClassPhase::Revise(n) => format!("stage {} revising", n + 1),
        ClassPhase::Closed(n) => format!("stage {} closed", n + 1),
        ClassPhase::Revealed(n) => format!("stage {} revealed", n + 1),
        ClassPhase::Debrief => "debrief".to_string(),
    };
    if listing.ended {
        format!("{place}, ended")
    } else {
        place
    }
}

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

/// Write a saved class session (`name`, or the last one when empty; `list` lists them) as CSV
/// or JSON. Returns the exit code.
pub fn run_class(
    store: &Store,
    library: &Library,
    name: &str,
    format: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    if name == "list" {
        let sessions = store.class_sessions();
        if sessions.is_empty() {
            writeln!(
                err,
                "takedown export: no saved class sessions in {}",
                store.location()
            )?;
            return Ok(0);
        }
        writeln!(
            out,
            "{:<46} {:<21} {:<21} {:>8}  WHERE",
            "NAME (for --class NAME and host --resume NAME)", "STARTED", "LAST SAVED", "STUDENTS"
        )?;
        for s in &sessions {
            writeln!(
                out,
                "{:<46} {:<21} {:<21} {:>8}  {}",
                s.name,
                when(&s.started_at),
                when(&s.saved_at),
                s.students,
                place(s)
            )?;
        }
        writeln!(
            out,
            "The last one is the newest: `takedown host --resume` and `takedown export --class` take it."
        )?;
        return Ok(0);
    }
    let Some(name) = (if name.is_empty() {
        store.latest_class()
    } else {
        Some(name.to_string())
    }) else {
        writeln!(
            err,
            "takedown export: no saved class sessions in {}",
            store.location()
        )?;
        return Ok(1);
    };
    let (session, warnings) = store.class_session(&name);
    for warning in &warnings {
        writeln!(err, "takedown export: {warning}")?;
    }
    let Some(session) = session else {
        writeln!(
            err,
            "takedown export: there is no class session `{name}` (takedown export --class list)"
        )?;
        return Ok(1);
    };
    let Some(case) = library.find(&session.case_id) else {
        writeln!(
            err,
            "takedown export: the case `{}` of that session is not in the library",
            session.case_id
        )?;
        return Ok(1);
    };
    let (session, dropped) = Session::restore(session, case.clone());
    if dropped > 0 {
        writeln!(
            err,
            "takedown export: {dropped} answers no longer fit the edited case and are left out"
        )?;
    }
    match format {
        "json" => writeln!(out, "{}", class_json(&session))?,
        _ => write!(out, "{}", class_csv(&session))?,
    }
    Ok(0)
}
