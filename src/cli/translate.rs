//! `takedown translate CASE --to LANG`: write a case's translation file to fill in, or bring
//! one up to date after the English changed (`content::translation`).

use std::io::Write;
use std::path::Path;

use crate::content::lang::Lang;
use crate::content::library::Library;
use crate::content::translation;

/// Write `dir/<case file>.<lang>.ron` for case `id`. Returns the exit code: 0 when written,
/// 2 when there is no such case or the language is English, 1 when it cannot be written.
pub fn run(
    library: &Library,
    id: &str,
    lang: Lang,
    dir: &Path,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    if lang == Lang::En {
        writeln!(
            err,
            "takedown translate: the case files are the English; choose fr, nl or de"
        )?;
        return Ok(2);
    }
    let Some((file, case)) = library
        .files
        .iter()
        .find_map(|f| f.case().filter(|c| c.id == id).map(|c| (&f.file, c)))
    else {
        let known: Vec<&str> = library.cases().map(|c| c.id.as_str()).collect();
        writeln!(
            err,
            "takedown translate: there is no case `{id}`. Cases: {}",
            known.join(", ")
        )?;
        return Ok(2);
    };
    let stem = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(id);
    let path = dir.join(format!("{stem}.{}.ron", lang.code()));
    let existing = library.translation(id, lang);
    let t = translation::template(case, lang, existing);
    if let Err(e) =
        std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, translation::write(&t)))
    {
        writeln!(
            err,
            "takedown translate: cannot write {}: {e}",
            path.display()
        )?;
        return Ok(1);
    }
    writeln!(
        out,
        "{}: {} words of {id}, {} texts still in English",
        path.display(),
        lang.endonym(),
        count_english(case, &t),
    )?;
    Ok(0)
}

/// How many texts of `t` are still the English itself (to translate).
fn count_english(case: &crate::content::Case, t: &translation::Translation) -> usize {
    let template = translation::template(case, t.lang, None);
    let same = |a: &translation::Text, b: &translation::Text| a.text == b.text;
    let mut n = usize::from(same(&t.title, &template.title))
        + usize::from(same(&t.summary, &template.summary))
        + usize::from(same(&t.lesson, &template.lesson))
        + t.briefing
            .iter()
            .zip(&template.briefing)
            .filter(|(a, b)| same(a, b))
            .count();
    for (s, e) in t.stages.iter().zip(&template.stages) {
        n += usize::from(same(&s.title, &e.title))
            + usize::from(same(&s.prompt, &e.prompt))
            + usize::from(same(&s.explanation, &e.explanation))
            + s.narrative
                .iter()
                .zip(&e.narrative)
                .filter(|(a, b)| same(a, b))
                .count()
            + s.events
                .iter()
                .zip(&e.events)
                .filter(|(a, b)| same(a, b))
                .count()
            + s.options
                .iter()
                .zip(&e.options)
                .filter(|(a, b)| a.text == b.text)
                .count()
            + s.options
                .iter()
                .zip(&e.options)
                .filter(|(a, b)| same(&a.why, &b.why))
                .count();
        if let (Some(a), Some(b)) = (&s.disagreement, &e.disagreement) {
            n += usize::from(same(a, b));
        }
        if let (Some(a), Some(b)) = (&s.unit, &e.unit) {
            n += usize::from(same(a, b));
        }
    }
    n
}
