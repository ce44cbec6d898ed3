//! `takedown export`: the results a teacher needs, as CSV or JSON.

use std::io::Write;

use crate::content::lang::Lang;
use crate::content::library::Library;
use crate::report::lang::{say, word};
use crate::report::words::when;
use crate::rules::class::{ClassPhase, Session};
use crate::store::{ClassListing, Store, class_csv, class_json, to_csv, to_json};

/// Where a listed class was when it was written: "lobby", "stage 3 open", "debrief, ended",
/// in `lang`.
fn place(lang: Lang, listing: &ClassListing) -> String {
    let stage = |id: &str, n: usize| say(lang, id, &[("stage", (n + 1).into())]);
    let place = match listing.phase {
        ClassPhase::Lobby => word(lang, "export-place-lobby"),
        ClassPhase::Open(n) => stage("export-place-open", n),
        ClassPhase::Teams(n) => stage("export-place-teams", n),
        ClassPhase::Revise(n) => stage("export-place-revise", n),
        ClassPhase::Closed(n) => stage("export-place-closed", n),
        ClassPhase::Revealed(n) => stage("export-place-revealed", n),
        ClassPhase::Debrief => word(lang, "export-place-debrief"),
    };
    if listing.ended {
        say(lang, "export-place-ended", &[("place", place.into())])
    } else {
        place
    }
}

/// Write every answer of the finished runs in `store` (one profile, or all when `profile` is
/// `None`; one case when `case` is given). Warnings go to `err`, in `lang` (the CSV's column
/// names stay as they are, for the scripts that read them). Returns the exit code.
pub fn run(
    store: &Store,
    profile: Option<&str>,
    case: Option<&str>,
    format: &str,
    lang: Lang,
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
            writeln!(err, "takedown export: {}", warning.say(lang))?;
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
        let said = say(
            lang,
            "export-no-runs",
            &[("place", store.location().say(lang).into())],
        );
        writeln!(err, "takedown export: {said}")?;
    }
    Ok(0)
}

/// Write a saved class session (`name`, or the last one when empty; `list` lists them) as CSV
/// or JSON, the list and messages in `lang`. Returns the exit code.
pub fn run_class(
    store: &Store,
    library: &Library,
    name: &str,
    format: &str,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    if name == "list" {
        let sessions = store.class_sessions();
        let none = say(
            lang,
            "export-no-classes",
            &[("place", store.location().say(lang).into())],
        );
        if sessions.is_empty() {
            writeln!(err, "takedown export: {none}")?;
            return Ok(0);
        }
        let column = |id| word(lang, id);
        writeln!(
            out,
            "{:<46} {:<21} {:<21} {:>8}  {}",
            column("export-list-name"),
            column("export-list-started"),
            column("export-list-saved"),
            column("export-list-students"),
            column("export-list-where")
        )?;
        for s in &sessions {
            writeln!(
                out,
                "{:<46} {:<21} {:<21} {:>8}  {}",
                s.name,
                when(&s.started_at),
                when(&s.saved_at),
                s.students,
                place(lang, s)
            )?;
        }
        writeln!(out, "{}", word(lang, "export-list-last"))?;
        return Ok(0);
    }
    let Some(name) = (if name.is_empty() {
        store.latest_class()
    } else {
        Some(name.to_string())
    }) else {
        let none = say(
            lang,
            "export-no-classes",
            &[("place", store.location().say(lang).into())],
        );
        writeln!(err, "takedown export: {none}")?;
        return Ok(1);
    };
    let (session, warnings) = store.class_session(&name);
    for warning in &warnings {
        writeln!(err, "takedown export: {}", warning.say(lang))?;
    }
    let Some(session) = session else {
        let said = say(
            lang,
            "class-open-no-such-session",
            &[("name", name.as_str().into())],
        );
        writeln!(err, "takedown export: {said}")?;
        return Ok(1);
    };
    let Some(case) = library.find(&session.case_id) else {
        let said = say(
            lang,
            "class-open-case-missing",
            &[("case", session.case_id.as_str().into())],
        );
        writeln!(err, "takedown export: {said}")?;
        return Ok(1);
    };
    let (session, dropped) = Session::restore(session, case.clone());
    if dropped > 0 {
        let said = say(
            lang,
            "class-answers-dropped",
            &[("answers", dropped.into())],
        );
        writeln!(err, "takedown export: {said}")?;
    }
    match format {
        "json" => writeln!(out, "{}", class_json(&session))?,
        _ => write!(out, "{}", class_csv(&session))?,
    }
    Ok(0)
}
