//! What the store tells the player, as values: where something is kept ([`Location`]), why it
//! could not be read or saved ([`StoreError`]), and what it got past and the player should know
//! ([`StoreWarning`]). Each is said in a language by `say`, from the `store-*` messages of
//! `assets/lang/*.ftl`; `Display` says it in English (for logs and the terminal's `export`).
//! The system's own reason (an `io::Error`, serde_json's) is kept as the system wrote it.

use std::fmt;
use std::path::PathBuf;

use crate::content::lang::Lang;
use crate::report::lang::{Arg, say, word};

/// Where something is kept, for the player to find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A file or folder on this computer.
    File(PathBuf),
    /// The game's memory, lost when it closes (tests; no data folder); `key` the entry's name.
    Memory { key: Option<String> },
    /// The browser's local storage for the page (the web version); `key` the entry's name.
    Browser { key: Option<String> },
    /// A file the browser was given to download, by name.
    Downloads { name: String },
}

/// What the store keeps, as a warning about it names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// A case in progress.
    Progress,
    /// The finished runs of a profile (its folder name).
    Results { profile: String },
    /// A saved class session.
    ClassSession,
}

/// Why something could not be read or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Reading `at` failed; `error` is the system's reason.
    Read { at: Location, error: String },
    /// Writing (or adding to, or making the folder of) `at` failed; `error` is the system's
    /// reason.
    Write { at: Location, error: String },
    /// A value could not be turned into JSON (serde_json's reason).
    Encode { error: String },
    /// The browser gives the page no local storage (a private window, storage turned off).
    NoBrowserStorage,
    /// The browser's storage for the page is full; `at` was not saved.
    BrowserStorageFull { at: Location },
    /// Only text can be kept in the browser's storage, and `at` was not text.
    NotText { at: Location },
    /// There was nothing at `at` to move aside.
    NotThere { at: Location },
    /// The browser did not start the download of `name`.
    NotDownloaded { name: String },
    /// The browser would not read `at` from its storage (it gives no reason).
    BrowserRefused { at: Location },
}

/// Something the store got past that the player should be told: the rest was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreWarning {
    /// `what` could not be read at all.
    Unreadable { what: Kept, error: StoreError },
    /// `what` was not valid JSON (`error`, serde_json's reason) and was moved to `aside`, so
    /// that a new one starts and the old one can still be looked at.
    MovedAside {
        what: Kept,
        error: String,
        aside: Location,
    },
    /// `what` was not valid JSON (`error`) and could not be moved aside either (`why`).
    NotMovedAside {
        what: Kept,
        error: String,
        why: StoreError,
    },
    /// A class session's journal of latest changes could not be read at all.
    JournalUnreadable { error: StoreError },
    /// `lines` of a class session's journal (at `at`) could not be read and were left out
    /// (cut short when the computer stopped as they were written); the rest was applied.
    JournalLinesLeftOut { lines: usize, at: Location },
}

impl Kept {
    /// The Fluent selector and the profile, for the `store-*` messages that name what was kept.
    fn args(&self) -> [(&'static str, Arg); 2] {
        let (what, profile) = match self {
            Kept::Progress => ("progress", ""),
            Kept::Results { profile } => ("results", profile.as_str()),
            Kept::ClassSession => ("class", ""),
        };
        [("what", what.into()), ("profile", profile.into())]
    }
}

impl Location {
    /// Where, in `lang`: a path as it is, the others in words.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Location::File(path) => path.display().to_string(),
            Location::Memory { key: None } => word(lang, "store-place-memory"),
            Location::Memory { key: Some(key) } => {
                say(lang, "store-place-memory-entry", &[("key", key.into())])
            }
            Location::Browser { key: None } => word(lang, "store-place-browser"),
            Location::Browser { key: Some(key) } => {
                say(lang, "store-place-browser-entry", &[("key", key.into())])
            }
            Location::Downloads { name } => {
                say(lang, "store-place-downloads", &[("name", name.into())])
            }
        }
    }
}

impl StoreError {
    /// Why, in `lang`, as a sentence without a full stop (it is put inside others).
    pub fn say(&self, lang: Lang) -> String {
        match self {
            StoreError::Read { at, error } => say(
                lang,
                "store-read-failed",
                &[("place", at.say(lang).into()), ("error", error.into())],
            ),
            StoreError::Write { at, error } => say(
                lang,
                "store-write-failed",
                &[("place", at.say(lang).into()), ("error", error.into())],
            ),
            StoreError::Encode { error } => {
                say(lang, "store-encode-failed", &[("error", error.into())])
            }
            StoreError::NoBrowserStorage => word(lang, "store-no-browser-storage"),
            StoreError::BrowserStorageFull { at } => say(
                lang,
                "store-browser-full",
                &[("place", at.say(lang).into())],
            ),
            StoreError::NotText { at } => {
                say(lang, "store-not-text", &[("place", at.say(lang).into())])
            }
            StoreError::NotThere { at } => {
                say(lang, "store-not-there", &[("place", at.say(lang).into())])
            }
            StoreError::NotDownloaded { name } => {
                say(lang, "store-not-downloaded", &[("name", name.into())])
            }
            StoreError::BrowserRefused { at } => say(
                lang,
                "store-browser-refused",
                &[("place", at.say(lang).into())],
            ),
        }
    }
}

impl StoreWarning {
    /// What happened and what the game did about it, in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            StoreWarning::Unreadable { what, error } => {
                let [w, p] = what.args();
                say(
                    lang,
                    "store-unreadable",
                    &[w, p, ("error", error.say(lang).into())],
                )
            }
            StoreWarning::MovedAside { what, error, aside } => {
                let [w, p] = what.args();
                say(
                    lang,
                    "store-moved-aside",
                    &[
                        w,
                        p,
                        ("error", error.into()),
                        ("aside", aside.say(lang).into()),
                    ],
                )
            }
            StoreWarning::NotMovedAside { what, error, why } => {
                let [w, p] = what.args();
                say(
                    lang,
                    "store-not-moved-aside",
                    &[w, p, ("error", error.into()), ("why", why.say(lang).into())],
                )
            }
            StoreWarning::JournalUnreadable { error } => say(
                lang,
                "store-journal-unreadable",
                &[("error", error.say(lang).into())],
            ),
            StoreWarning::JournalLinesLeftOut { lines, at } => say(
                lang,
                "store-journal-lines-left-out",
                &[("lines", (*lines).into()), ("place", at.say(lang).into())],
            ),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

impl std::error::Error for StoreError {}

impl fmt::Display for StoreWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

/// The warnings of `warnings` in `lang`, one after another, joined as the language joins
/// clauses (`store-and-then`: "…; …" in English, "… ; …" in French).
pub fn say_all(warnings: &[StoreWarning], lang: Lang) -> String {
    warnings
        .iter()
        .map(|w| w.say(lang))
        .reduce(|first, next| {
            say(
                lang,
                "store-and-then",
                &[("first", first.into()), ("next", next.into())],
            )
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_are_joined_as_each_language_joins_clauses() {
        let lost = |lines| StoreWarning::JournalLinesLeftOut {
            lines,
            at: Location::Memory {
                key: Some("classes/a.journal".into()),
            },
        };
        let both = [lost(1), lost(2)];
        let fr = say_all(&both, Lang::Fr);
        assert!(
            fr.contains("(mémoire\u{a0}: classes/a.journal)\u{202f}; 2 des dernières"),
            "{fr}"
        );
        let en = say_all(&both, Lang::En);
        assert!(
            en.starts_with("1 of the latest changes to the class session could not be read and is left out (memory: classes/a.journal); 2 of"),
            "{en}"
        );
        assert_eq!(say_all(&[], Lang::De), "");
    }
}
