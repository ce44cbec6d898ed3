//! Cases in a spreadsheet. `takedown import-sheet FILE` reads a case from an .xlsx, .ods or
//! .csv file and writes its case file; `takedown export-sheet CASE` writes a case as .xlsx or
//! .csv in the same layout ([`layout`]: a Case sheet, a Stages sheet with a row per stage, a
//! Read me sheet). docs/authoring.md explains both ways of writing a case.

pub mod cells;
pub mod from_sheet;
pub mod layout;
pub mod to_sheet;
pub mod workbook;

#[cfg(test)]
mod tests;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::content::Case;
use workbook::Format;

/// `takedown import-sheet FILE`: read the case in `file`, check it, and write it as
/// `<dir>/<id>.ron`, never over an existing file unless `replace`. Every problem is written to
/// `err` as `FILE: Stages!H7: message` and nothing is written until there are none; warnings
/// (an answer given away before its question, an explanation's length) follow a written
/// file, at their cells. Returns the exit code: 0 written, 1 not.
pub fn import(
    file: &Path,
    dir: &Path,
    replace: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    let name = file.display().to_string();
    let book = match workbook::read(file) {
        Ok(book) => book,
        Err(why) => {
            writeln!(err, "takedown import-sheet: {name}: {why}")?;
            return Ok(1);
        }
    };
    let imported = match from_sheet::case_from(&book) {
        Ok(imported) => imported,
        Err(problems) => {
            for problem in &problems {
                writeln!(err, "{name}: {problem}")?;
            }
            let n = problems.len();
            writeln!(
                err,
                "takedown import-sheet: {n} problem{} in {name}; nothing written",
                if n == 1 { "" } else { "s" }
            )?;
            return Ok(1);
        }
    };
    let case = &imported.case;
    let path = dir.join(format!("{}.ron", case.id));
    if path.exists() && !replace {
        writeln!(
            err,
            "takedown import-sheet: {} already exists: add --replace to write over it, or \
             change the case's Id",
            path.display()
        )?;
        return Ok(1);
    }
    let file_name = file
        .file_name()
        .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
    let comment = format!(
        "{}: made from {file_name} by `takedown import-sheet`.\nEdit the spreadsheet and \
         import it again with --replace, or edit this file (docs/authoring.md).",
        case.title
    );
    let text = match written(case, &path, &comment) {
        Ok(text) => text,
        Err(why) => {
            writeln!(err, "takedown import-sheet: {why}")?;
            return Ok(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| write_new(&path, text.as_bytes())) {
        writeln!(
            err,
            "takedown import-sheet: cannot write {}: {e}",
            path.display()
        )?;
        return Ok(1);
    }
    for finding in crate::content::leaks::warnings(case) {
        let (at, note) = imported.places.cell(&finding.path);
        writeln!(err, "{name}: {at}: warning: {}{note}", finding.message)?;
    }
    let stages = case.stages.len();
    writeln!(
        out,
        "Wrote {}: {}, {stages} stage{}. Play it with: takedown text --case {} (or in the \
         window); check it beside the other cases with: takedown check {}",
        path.display(),
        case.title,
        if stages == 1 { "" } else { "s" },
        case.id,
        dir.display()
    )?;
    Ok(0)
}

/// The case file's text for `case`, read back to make sure it is the same case.
fn written(case: &Case, path: &Path, comment: &str) -> Result<String, String> {
    let text = crate::content::write::case_to_ron(case, comment)?;
    match crate::content::read::read_case(&path.display().to_string(), &text) {
        Ok(back) if &back == case => Ok(text),
        Ok(_) => Err(format!(
            "{} would not read back as the same case (a bug in Takedown: please report it)",
            path.display()
        )),
        Err(problems) => Err(format!(
            "{} would not read back: {} (a bug in Takedown: please report it)",
            path.display(),
            problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        )),
    }
}

/// Write `bytes` to `path` through a file beside it, so that a file replaced is never left
/// half written.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&partial);
    })
}

/// `takedown export-sheet CASE`: write the case `which` (an id in the library, or a case
/// file's path) as a spreadsheet at `to` (default `<id>.xlsx`; .xlsx or .csv by its
/// extension), never over an existing file unless `replace`. Returns the exit code.
pub fn export(
    which: &str,
    levels: Option<&Path>,
    to: Option<&Path>,
    replace: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    let as_file = Path::new(which);
    let case = if which.ends_with(".ron") || as_file.is_file() {
        match crate::content::read::read_case_file(as_file) {
            Ok(case) => case,
            Err(problems) => {
                for problem in &problems {
                    writeln!(err, "{problem}")?;
                }
                writeln!(
                    err,
                    "takedown export-sheet: {which} has problems; `takedown check {which}` lists them"
                )?;
                return Ok(1);
            }
        }
    } else {
        let library = crate::content::library::Library::load(levels);
        match library.find(which) {
            Some(case) => case.clone(),
            None => {
                let ids: Vec<&str> = library.cases().map(|c| c.id.as_str()).collect();
                writeln!(
                    err,
                    "takedown export-sheet: no case `{which}`: the cases are {} (or give a case \
                     file's path)",
                    ids.join(", ")
                )?;
                return Ok(1);
            }
        }
    };
    let path = to.map_or_else(
        || PathBuf::from(format!("{}.xlsx", case.id)),
        Path::to_path_buf,
    );
    let bytes = match Format::of(&path) {
        Some(Format::Xlsx) => match to_sheet::to_xlsx(&case) {
            Ok(bytes) => bytes,
            Err(why) => {
                writeln!(
                    err,
                    "takedown export-sheet: cannot make the workbook: {why}"
                )?;
                return Ok(1);
            }
        },
        Some(Format::Csv) => to_sheet::to_csv(&case).into_bytes(),
        Some(Format::Ods) => {
            writeln!(
                err,
                "takedown export-sheet: Takedown writes .xlsx and .csv; LibreOffice opens the \
                 .xlsx and saves it as .ods, and import-sheet reads that"
            )?;
            return Ok(2);
        }
        None => {
            writeln!(
                err,
                "takedown export-sheet: {}: name the file .xlsx or .csv",
                path.display()
            )?;
            return Ok(2);
        }
    };
    if path.exists() && !replace {
        writeln!(
            err,
            "takedown export-sheet: {} already exists: add --replace to write over it",
            path.display()
        )?;
        return Ok(1);
    }
    if let Err(e) = write_new(&path, &bytes) {
        writeln!(
            err,
            "takedown export-sheet: cannot write {}: {e}",
            path.display()
        )?;
        return Ok(1);
    }
    let layout = if Format::of(&path) == Some(Format::Csv) {
        "the case's rows, then a row per stage under the headings (docs/authoring.md explains \
         each column)"
    } else {
        "the case on the Case sheet, a row per stage on the Stages sheet, each column \
         explained on the Read me sheet"
    };
    writeln!(
        out,
        "Wrote {} ({} stages): {layout}. Import it again with: takedown import-sheet {}",
        path.display(),
        case.stages.len(),
        path.display()
    )?;
    Ok(0)
}
