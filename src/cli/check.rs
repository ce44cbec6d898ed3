//! `takedown check`: validate case files and their translations (`encrochat.fr.ron`: a text
//! missing or translated from an older English is a warning; a figure the English does not
//! have, a stage the case does not have or a unit of another kind is a problem).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::content::library::{
    CaseFile, Origin, case_files_in, is_translation, refuse_duplicate_ids, translation_files_in,
};
use crate::content::locate::{Locations, Position};
use crate::content::read::{Diagnostic, read_case_file};

/// Check every case file under `paths`. Good cases get one line on `out`; every problem goes
/// to `err` as `file:line:column: message` with the line quoted, and so does every warning
/// (an answer given away before its question, an explanation too short or too long). Warnings
/// do not fail the check unless `strict`. Returns the exit code.
pub fn run(
    paths: &[PathBuf],
    strict: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    let mut files = Vec::new();
    let mut translations = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for path in paths {
        if path.is_dir() {
            match case_files_in(path) {
                Ok(found) if found.is_empty() => {
                    problems.push(whole_file(path, "no .ron case files in this folder"))
                }
                Ok(found) => files.extend(found),
                Err(e) => problems.push(whole_file(path, &format!("cannot read the folder: {e}"))),
            }
            translations.extend(translation_files_in(path).unwrap_or_default());
        } else if path.exists() && is_translation(path) {
            translations.push(path.clone());
        } else if path.exists() {
            files.push(path.clone());
        } else {
            problems.push(whole_file(path, "no such file or folder"));
        }
    }

    let mut read: Vec<CaseFile> = files
        .iter()
        .map(|file| CaseFile {
            file: file.display().to_string(),
            origin: Origin::Disk,
            result: read_case_file(file),
        })
        .collect();
    refuse_duplicate_ids(&mut read, |file| {
        let text = std::fs::read_to_string(&file.file).unwrap_or_default();
        Locations::scan(&text).find("id").unwrap_or(START)
    });
    let mut good = 0;
    let mut warnings: Vec<Diagnostic> = Vec::new();
    // The good cases, for answers one gives away to another.
    let mut cases = Vec::new();
    for file in read {
        match file.result {
            Ok(case) => {
                good += 1;
                let text = std::fs::read_to_string(&file.file).unwrap_or_default();
                warnings.extend(crate::content::read::warnings(&file.file, &text, &case));
                let stages = case.stage_count();
                writeln!(
                    out,
                    "{}: ok: {} \"{}\", {stages} stage{}",
                    file.file,
                    case.id,
                    case.title,
                    if stages == 1 { "" } else { "s" }
                )?;
                cases.push((file.file, text, case));
            }
            Err(found) => problems.extend(found),
        }
    }
    for (file, text, earlier) in &cases {
        let later = cases
            .iter()
            .map(|(_, _, later)| later)
            .filter(|later| crate::content::library::played_before(&earlier.id, &later.id));
        warnings.extend(crate::content::read::warnings_across(
            file, text, earlier, later,
        ));
    }

    for path in &translations {
        check_translation(path, &cases, out, &mut problems, &mut warnings)?;
    }

    let mut texts: HashMap<String, Option<String>> = HashMap::new();
    for problem in problems.iter().chain(&warnings) {
        writeln!(err, "{problem}")?;
        let text = texts
            .entry(problem.file.clone())
            .or_insert_with(|| std::fs::read_to_string(&problem.file).ok());
        if let Some(line) = text
            .as_deref()
            .and_then(|t| t.lines().nth(problem.position.line.saturating_sub(1)))
        {
            let number = problem.position.line.to_string();
            let pad = " ".repeat(number.len());
            let caret = " ".repeat(problem.position.column.saturating_sub(1));
            writeln!(err, " {number} | {line}")?;
            writeln!(err, " {pad} | {caret}^")?;
        }
    }
    if !warnings.is_empty() {
        writeln!(
            err,
            "{} warning{}{}",
            warnings.len(),
            if warnings.len() == 1 { "" } else { "s" },
            if strict {
                " (--strict: they count as problems)"
            } else {
                " (takedown check --strict fails on them)"
            }
        )?;
    }
    if problems.is_empty() {
        Ok(i32::from(strict && !warnings.is_empty()))
    } else {
        let bad_files: std::collections::HashSet<&str> =
            problems.iter().map(|p| p.file.as_str()).collect();
        writeln!(
            err,
            "{} problem{} in {} file{}; {good} case{} good",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            bad_files.len(),
            if bad_files.len() == 1 { "" } else { "s" },
            if good == 1 { "" } else { "s" },
        )?;
        Ok(1)
    }
}

const START: Position = Position { line: 1, column: 1 };

/// Check the translation at `path` against its case: among `cases` (checked with it), else the
/// case file beside it.
fn check_translation(
    path: &Path,
    cases: &[(String, String, crate::content::Case)],
    out: &mut impl Write,
    problems: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> std::io::Result<()> {
    use crate::content::translation::{self, Problem};
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            problems.push(whole_file(path, &format!("cannot read it: {e}")));
            return Ok(());
        }
    };
    let t = match translation::read(&text) {
        Ok(t) => t,
        Err(message) => {
            let mut parts = message.splitn(3, ':');
            let line = parts.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            let column = parts.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            problems.push(Diagnostic {
                file,
                position: Position { line, column },
                message: parts.next().unwrap_or(&message).trim().to_string(),
            });
            return Ok(());
        }
    };
    // The case it translates: checked with it, else the case file beside it.
    let beside = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".ron"))
        .and_then(|stem| stem.rsplit_once('.'))
        .map(|(case_stem, _)| path.with_file_name(format!("{case_stem}.ron")));
    let case = cases
        .iter()
        .map(|(_, _, case)| case.clone())
        .find(|case| case.id == t.case)
        .or_else(|| {
            beside
                .and_then(|p| read_case_file(&p).ok())
                .filter(|c| c.id == t.case)
        });
    let Some(case) = case else {
        problems.push(whole_file(
            path,
            &format!("there is no case `{}` to translate beside it", t.case),
        ));
        return Ok(());
    };
    let locations = Locations::scan(&text);
    let at = |place: &str| {
        // The stage's entry, if the place names one.
        place
            .split('`')
            .nth(1)
            .and_then(|id| {
                text.find(&format!("id: \"{id}\""))
                    .map(|byte| text[..byte].lines().count().max(1))
            })
            .map(|line| Position { line, column: 1 })
            .or_else(|| locations.find(place.split(' ').next().unwrap_or("")))
            .unwrap_or(START)
    };
    let mut missing = 0;
    let mut stale = 0;
    for problem in translation::check(&case, &t) {
        let diagnostic = |place: &str| Diagnostic {
            file: file.clone(),
            position: at(place),
            message: problem.to_string(),
        };
        match &problem {
            Problem::Missing { place } => {
                missing += 1;
                warnings.push(diagnostic(place));
            }
            Problem::Stale { place } => {
                stale += 1;
                warnings.push(diagnostic(place));
            }
            Problem::NewFigure { place, .. } => problems.push(diagnostic(place)),
            Problem::UnknownStage { id } => problems.push(diagnostic(&format!("`{id}`"))),
            Problem::OtherCase { .. } => problems.push(diagnostic("case")),
        }
    }
    // A unit translated into a unit of another kind would change how answers are read.
    for stage_text in &t.stages {
        let (Some(unit), Some(stage)) = (
            &stage_text.unit,
            case.stages.iter().find(|s| s.id == stage_text.id),
        ) else {
            continue;
        };
        if let crate::content::Question::Estimate(e) = &stage.question {
            use crate::rules::units::unit_dimension;
            if unit_dimension(&unit.text) != unit_dimension(&e.unit) {
                problems.push(Diagnostic {
                    file: file.clone(),
                    position: at(&format!("`{}`", stage.id)),
                    message: format!(
                        "stage `{}` unit: \u{201c}{}\u{201d} measures something else than \u{201c}{}\u{201d}",
                        stage.id, unit.text, e.unit
                    ),
                });
            }
        }
    }
    writeln!(
        out,
        "{file}: ok: {} translation of {}{}",
        t.lang.endonym(),
        case.id,
        match (missing, stale) {
            (0, 0) => String::new(),
            _ => format!(" ({missing} missing, {stale} stale: shown in English)"),
        }
    )?;
    Ok(())
}

fn whole_file(path: &Path, message: &str) -> Diagnostic {
    Diagnostic {
        file: path.display().to_string(),
        position: START,
        message: message.to_string(),
    }
}
