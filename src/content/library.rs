//! The case library the game and the text mode play from: the cases embedded in the binary,
//! overlaid by the files on disk (disk wins, so an author sees edits without a rebuild).

use std::path::{Path, PathBuf};

use crate::content::Case;
use crate::content::lang::Lang;
use crate::content::read::{Diagnostic, START, read_case, read_case_file};
use crate::content::translation::{self, Translation};

include!(concat!(env!("OUT_DIR"), "/embedded_levels.rs"));

/// Where a case file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary.
    Embedded,
    /// Read from a folder on disk.
    Disk,
}

/// One case file, read and checked.
#[derive(Debug, Clone)]
pub struct CaseFile {
    /// File name shown in messages: `levels/encrochat.ron`.
    pub file: String,
    pub origin: Origin,
    /// The case, or every problem found in the file.
    pub result: Result<Case, Vec<Diagnostic>>,
}

impl CaseFile {
    pub fn case(&self) -> Option<&Case> {
        self.result.as_ref().ok()
    }
}

/// The `.ron` files in `dir`, sorted by name: cases and their translations.
fn ron_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Whether `path` names a case's translation (`encrochat.fr.ron`) rather than a case.
pub fn is_translation(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(translation::file_lang)
        .is_some()
}

/// The case files in `dir` (`.ron`, translations left out), sorted by name.
pub fn case_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(ron_files_in(dir)?
        .into_iter()
        .filter(|p| !is_translation(p))
        .collect())
}

/// The translation files in `dir` (`encrochat.fr.ron`), sorted by name.
pub fn translation_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(ron_files_in(dir)?
        .into_iter()
        .filter(|p| is_translation(p))
        .collect())
}

/// A case's translation, read.
#[derive(Debug, Clone)]
pub struct TranslationFile {
    /// `levels/encrochat.fr.ron`.
    pub file: String,
    pub origin: Origin,
    /// The translation, or why it could not be read (`line:column: message`).
    pub result: Result<Translation, String>,
}

/// The cases a player can choose from, and their translations.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub files: Vec<CaseFile>,
    pub translations: Vec<TranslationFile>,
}

impl Library {
    /// The embedded cases, overlaid by the `.ron` files in `dir` when it exists (a file on disk
    /// replaces the embedded file of the same name).
    pub fn load(dir: Option<&Path>) -> Library {
        let mut translations: Vec<TranslationFile> = EMBEDDED_LEVELS
            .iter()
            .filter(|(name, _)| translation::file_lang(name).is_some())
            .map(|(name, text)| TranslationFile {
                file: format!("levels/{name}"),
                origin: Origin::Embedded,
                result: translation::read(text),
            })
            .collect();
        if let Some(dir) = dir
            && let Ok(paths) = translation_files_in(dir)
        {
            for path in paths {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let disk = TranslationFile {
                    file: path.display().to_string(),
                    origin: Origin::Disk,
                    result: std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read it: {e}"))
                        .and_then(|text| translation::read(&text)),
                };
                let same = translations.iter().position(|f| {
                    Path::new(&f.file)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        == name
                });
                match same {
                    Some(i) => translations[i] = disk,
                    None => translations.push(disk),
                }
            }
        }
        let mut files: Vec<CaseFile> = EMBEDDED_LEVELS
            .iter()
            .filter(|(name, _)| translation::file_lang(name).is_none())
            .map(|(name, text)| {
                let file = format!("levels/{name}");
                CaseFile {
                    result: read_case(&file, text),
                    file,
                    origin: Origin::Embedded,
                }
            })
            .collect();
        if let Some(dir) = dir
            && let Ok(paths) = case_files_in(dir)
        {
            for path in paths {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let disk = CaseFile {
                    file: path.display().to_string(),
                    origin: Origin::Disk,
                    result: read_case_file(&path),
                };
                let same = files.iter().position(|f| {
                    f.origin == Origin::Embedded
                        && Path::new(&f.file)
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            == name
                });
                match same {
                    Some(i) => files[i] = disk,
                    None => files.push(disk),
                }
            }
        }
        files.sort_by_key(case_order);
        refuse_duplicate_ids(&mut files, |_| START);
        Library {
            files,
            translations,
        }
    }

    /// The translation of case `id` into `lang`, if there is one that could be read.
    pub fn translation(&self, id: &str, lang: Lang) -> Option<&Translation> {
        self.translations
            .iter()
            .filter_map(|f| f.result.as_ref().ok())
            .find(|t| t.case == id && t.lang == lang)
    }

    /// The case with `id` in `lang`: its words translated wherever a current translation has
    /// them, in English elsewhere; figures, dates and sources always the case file's.
    pub fn case_in(&self, id: &str, lang: Lang) -> Option<Case> {
        let case = self.find(id)?;
        Some(match self.translation(id, lang) {
            Some(t) => translation::apply(case, t),
            None => case.clone(),
        })
    }

    /// The playable cases, in library order.
    pub fn cases(&self) -> impl Iterator<Item = &Case> {
        self.files.iter().filter_map(CaseFile::case)
    }

    /// The case with `id`.
    pub fn find(&self, id: &str) -> Option<&Case> {
        self.cases().find(|c| c.id == id)
    }
}

/// Two files with one case id: every file after the first with that id cannot be played, and
/// says which file has it (at the place `position` finds in the file).
pub fn refuse_duplicate_ids(
    files: &mut [CaseFile],
    position: impl Fn(&CaseFile) -> crate::content::locate::Position,
) {
    let mut seen: Vec<(String, String)> = Vec::new();
    for file in files.iter_mut() {
        let Ok(case) = &file.result else {
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(id, _)| *id == case.id) {
            let message = format!("case id `{}` is already used by {first}", case.id);
            file.result = Err(vec![Diagnostic {
                file: file.file.clone(),
                position: position(file),
                message,
            }]);
        } else {
            seen.push((case.id.clone(), file.file.clone()));
        }
    }
}

/// The shipped cases, in the order a course meets them: EncroChat first, then the cases that
/// followed it, then the instruments.
const TEACHING_ORDER: &[&str] = &[
    "encrochat",
    "encrochat-three-years-on",
    "sky-ecc",
    "anom",
    "phantom-secure",
    "exclu",
    "ghost",
    "matrix",
    "cross-border-justice",
];

/// Whether the case `earlier` counts as played before the case `later` when checking for
/// answers one gives away to the other: by the teaching order when both are shipped cases in
/// it; otherwise yes (cases checked together from a folder have no order of their own).
pub fn played_before(earlier: &str, later: &str) -> bool {
    let rank = |id: &str| TEACHING_ORDER.iter().position(|t| *t == id);
    match (rank(earlier), rank(later)) {
        (Some(a), Some(b)) => a < b,
        _ => earlier != later,
    }
}

/// Shipped cases first in teaching order, then every other case by file name.
fn case_order(file: &CaseFile) -> (usize, String) {
    let rank = file
        .case()
        .and_then(|c| TEACHING_ORDER.iter().position(|id| *id == c.id))
        .unwrap_or(TEACHING_ORDER.len());
    (rank, file.file.clone())
}

/// What a folder of case files looks like on disk: each `.ron` file's name, size and
/// modification time. Two fingerprints differ when a file was added, removed or saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fingerprint(Vec<(PathBuf, u64, Option<std::time::SystemTime>)>);

impl Fingerprint {
    /// Read the fingerprint of `dir` (empty if it cannot be read).
    pub fn of(dir: &Path) -> Fingerprint {
        let files = ron_files_in(dir).unwrap_or_default();
        Fingerprint(
            files
                .into_iter()
                .map(|path| {
                    let meta = std::fs::metadata(&path).ok();
                    let len = meta.as_ref().map_or(0, |m| m.len());
                    let modified = meta.and_then(|m| m.modified().ok());
                    (path, len, modified)
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_added_or_removed_file_changes_the_fingerprint() {
        let dir = std::env::temp_dir().join(format!("takedown-fp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let a = dir.join("a.ron");
        std::fs::write(&a, "one").unwrap();
        let first = Fingerprint::of(&dir);
        assert_eq!(first, Fingerprint::of(&dir));
        std::fs::write(&a, "longer text").unwrap();
        let second = Fingerprint::of(&dir);
        assert_ne!(first, second);
        std::fs::write(dir.join("b.ron"), "x").unwrap();
        let third = Fingerprint::of(&dir);
        assert_ne!(second, third);
        std::fs::write(dir.join("notes.txt"), "ignored").unwrap();
        assert_eq!(third, Fingerprint::of(&dir));
        std::fs::remove_file(dir.join("b.ron")).unwrap();
        assert_eq!(second, Fingerprint::of(&dir));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn embedded_levels_all_read() {
        for (name, text) in EMBEDDED_LEVELS {
            if translation::file_lang(name).is_some() {
                if let Err(problem) = translation::read(text) {
                    panic!("{name}: {problem}");
                }
            } else if let Err(problems) = read_case(name, text) {
                panic!("{name}: {problems:#?}");
            }
        }
    }
}
