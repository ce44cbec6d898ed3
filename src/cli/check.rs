//! `takedown check`: validate case files.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::content::library::{CaseFile, Origin, case_files_in, refuse_duplicate_ids};
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

fn whole_file(path: &Path, message: &str) -> Diagnostic {
    Diagnostic {
        file: path.display().to_string(),
        position: START,
        message: message.to_string(),
    }
}
