//! What outlives a session: profiles, progress in a case, finished runs, settings and class
//! sessions, kept behind one interface.
//!
//! [`Store`] says *what* is kept (and under which key); a [`Backend`] says *where*: files in a
//! data folder on the desktop ([`FolderBackend`]), memory in tests ([`MemoryBackend`]), the
//! browser's local storage on the web. Keys are paths with `/`: `profiles/Ana/runs.json`.
//!
//! Writes replace a whole entry at once (a folder writes a temporary file, then renames it), so
//! a crash mid-write loses nothing already saved. An entry that does not parse is moved aside
//! with a timestamp and the player is told; it is never silently discarded.

mod backend;
#[cfg(target_arch = "wasm32")]
mod browser;
pub mod classes;
pub mod export;
mod problems;
pub mod record;

use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use backend::{Backend, FolderBackend, MemoryBackend, write_atomically};
pub use classes::ClassListing;
pub use export::{
    CLASS_CSV_HEADER, CSV_BOM, CSV_HEADER, class_csv, class_json, neutralise, to_csv, to_json,
};
pub use problems::{Kept, Location, StoreError, StoreWarning, say_all};
pub use record::{AnswerRecord, Progress, RunRecord, SavedAnswer, now, rfc3339, rfc3339_millis};

/// The runs read back, with anything the player should be told.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub runs: Vec<RunRecord>,
    pub warnings: Vec<StoreWarning>,
}

/// Everything the game keeps, on one backend. Cheap to clone: clones share the backend.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Arc<dyn Backend>,
}

const SETTINGS: &str = "settings.json";

impl Store {
    /// The data folder: `TAKEDOWN_DATA_DIR` if set, else where each system keeps a program's
    /// data (the `directories` crate's [`ProjectDirs::data_dir`](directories::ProjectDirs)):
    ///
    /// - Linux: `$XDG_DATA_HOME/takedown`, else `~/.local/share/takedown`;
    /// - Windows: `%APPDATA%\Takedown\data` (`C:\Users\<name>\AppData\Roaming\...`);
    /// - macOS: `~/Library/Application Support/Takedown`.
    ///
    /// `None` where the system names no home folder (then nothing is kept).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("TAKEDOWN_DATA_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        directories::ProjectDirs::from("", "", "Takedown").map(|p| p.data_dir().to_path_buf())
    }

    /// Files in the data folder `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Store {
        Store::on(FolderBackend::new(dir))
    }

    /// Nothing kept beyond this process (tests; a machine without a home folder).
    pub fn in_memory() -> Store {
        Store::on(MemoryBackend::default())
    }

    /// The browser's local storage (the web version).
    #[cfg(target_arch = "wasm32")]
    pub fn in_browser() -> Store {
        Store::on(browser::BrowserBackend)
    }

    /// The store on any backend.
    pub fn on(backend: impl Backend + 'static) -> Store {
        Store::shared(Arc::new(backend))
    }

    /// The store on a backend the caller keeps a handle to (a test reading a
    /// [`MemoryBackend`]'s write count).
    pub fn shared(backend: Arc<dyn Backend>) -> Store {
        Store { backend }
    }

    /// Where things are kept, for messages: a folder, or "this browser".
    pub fn location(&self) -> Location {
        self.backend.location()
    }

    /// A profile's folder name: its name made safe for a file system and a key.
    pub fn profile_folder(profile: &str) -> String {
        let safe: String = profile
            .trim()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if safe.is_empty() {
            "default".into()
        } else {
            safe
        }
    }

    fn runs_key(profile: &str) -> String {
        format!("profiles/{}/runs.json", Store::profile_folder(profile))
    }

    fn progress_key(profile: &str, case_id: &str) -> String {
        format!(
            "profiles/{}/progress-{}.json",
            Store::profile_folder(profile),
            Store::profile_folder(case_id)
        )
    }

    /// Read the JSON under `key`. Nothing there is `Ok(None)`; something that does not parse
    /// is moved aside and the warning says where.
    fn read_json<T: DeserializeOwned>(
        &self,
        key: &str,
        what: Kept,
    ) -> (Option<T>, Vec<StoreWarning>) {
        let bytes = match self.backend.read(key) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return (None, Vec::new()),
            Err(error) => return (None, vec![StoreWarning::Unreadable { what, error }]),
        };
        match serde_json::from_slice::<T>(&bytes) {
            Ok(value) => (Some(value), Vec::new()),
            Err(e) => {
                let stamp = rfc3339(now()).replace(':', "-");
                let error = e.to_string();
                let warning = match self.backend.move_aside(key, &stamp) {
                    Ok(aside) => StoreWarning::MovedAside { what, error, aside },
                    Err(why) => StoreWarning::NotMovedAside { what, error, why },
                };
                (None, vec![warning])
            }
        }
    }

    fn write_json<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StoreError> {
        let json = serde_json::to_vec_pretty(value).map_err(|e| StoreError::Encode {
            error: e.to_string(),
        })?;
        self.backend.write(key, &json)
    }

    /// Save a case in progress (after every answer).
    pub fn save_progress(&self, profile: &str, progress: &Progress) -> Result<(), StoreError> {
        self.write_json(&Store::progress_key(profile, &progress.case_id), progress)
    }

    /// The saved progress in a case, if any, and anything the player should be told.
    pub fn load_progress(
        &self,
        profile: &str,
        case_id: &str,
    ) -> (Option<Progress>, Vec<StoreWarning>) {
        self.read_json(&Store::progress_key(profile, case_id), Kept::Progress)
    }

    /// Forget the progress in a case (it was finished, or started again).
    pub fn clear_progress(&self, profile: &str, case_id: &str) {
        self.backend.remove(&Store::progress_key(profile, case_id));
    }

    /// The profiles that have results, by folder name, sorted.
    pub fn profiles(&self) -> Vec<String> {
        let mut names = self.backend.folders("profiles");
        names.sort();
        names
    }

    /// Every finished run of `profile`, oldest first.
    pub fn runs(&self, profile: &str) -> Loaded {
        let (runs, warnings) = self.read_json::<Vec<RunRecord>>(
            &Store::runs_key(profile),
            Kept::Results {
                profile: profile.to_string(),
            },
        );
        Loaded {
            runs: runs.unwrap_or_default(),
            warnings,
        }
    }

    /// Add a finished run to its profile's results. Returns warnings from reading them.
    pub fn add_run(&self, record: &RunRecord) -> Result<Vec<StoreWarning>, StoreError> {
        let Loaded { mut runs, warnings } = self.runs(&record.profile);
        runs.push(record.clone());
        self.write_json(&Store::runs_key(&record.profile), &runs)?;
        Ok(warnings)
    }

    /// The player's settings, if saved and readable (an unreadable file gives the defaults).
    pub fn settings<T: DeserializeOwned>(&self) -> Option<T> {
        self.backend
            .read(SETTINGS)
            .ok()
            .flatten()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
    }

    pub fn save_settings<T: Serialize>(&self, settings: &T) -> Result<(), StoreError> {
        self.write_json(SETTINGS, settings)
    }

    /// Save a class session under `classes/`: its state as JSON (to resume it) and its answers
    /// as CSV (for the teacher).
    pub fn save_class<T: Serialize>(
        &self,
        name: &str,
        session: &T,
        csv: &str,
    ) -> Result<(), StoreError> {
        self.save_class_json(name, session)?;
        self.save_class_csv(name, csv)
    }

    /// The class session `name` as JSON only (`classes/<name>.json`), whole: its journal
    /// (`classes/<name>.journal`, changes since the last whole save) starts again empty.
    pub fn save_class_json<T: Serialize>(&self, name: &str, session: &T) -> Result<(), StoreError> {
        let name = Store::profile_folder(name);
        self.write_json(&format!("classes/{name}.json"), session)?;
        self.backend.remove(&Store::class_journal_key(&name));
        Ok(())
    }

    /// The class session `name` as a page to print (`classes/<name>.html`).
    pub fn save_class_report(&self, name: &str, html: &str) -> Result<(), StoreError> {
        let name = Store::profile_folder(name);
        self.backend
            .write(&format!("classes/{name}.html"), html.as_bytes())
    }

    /// Where a saved class session's printable report is, for the teacher.
    pub fn class_report_location(&self, name: &str) -> Location {
        self.backend
            .location_of(&format!("classes/{}.html", Store::profile_folder(name)))
    }

    /// Add the students' latest changes to the class session `name`'s journal
    /// (`classes/<name>.journal`: one JSON object per line, each with `at`, the time it was
    /// written, RFC 3339 with milliseconds), on disk when this returns. Read back with the
    /// session by [`Store::class_session`].
    pub fn append_class_journal(
        &self,
        name: &str,
        entries: &[crate::rules::class::JournalEntry],
        at: &str,
    ) -> Result<(), StoreError> {
        let mut lines = Vec::with_capacity(entries.len() * 160);
        for entry in entries {
            serde_json::to_writer(&mut lines, &classes::JournalLine { at, entry }).map_err(
                |e| StoreError::Encode {
                    error: e.to_string(),
                },
            )?;
            lines.push(b'\n');
        }
        self.backend.append(
            &Store::class_journal_key(&Store::profile_folder(name)),
            &lines,
        )
    }

    fn class_journal_key(folder_name: &str) -> String {
        format!("classes/{folder_name}.journal")
    }

    /// The class session `name`'s answers as CSV only (`classes/<name>.csv`).
    pub fn save_class_csv(&self, name: &str, csv: &str) -> Result<(), StoreError> {
        let name = Store::profile_folder(name);
        self.backend
            .write(&format!("classes/{name}.csv"), csv.as_bytes())
    }

    /// A saved class session, and anything the teacher should be told.
    pub fn load_class<T: DeserializeOwned>(&self, name: &str) -> (Option<T>, Vec<StoreWarning>) {
        self.read_json(
            &format!("classes/{}.json", Store::profile_folder(name)),
            Kept::ClassSession,
        )
    }

    /// The saved class sessions, by name, sorted.
    pub fn classes(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .backend
            .entries("classes")
            .into_iter()
            .filter_map(|e| e.strip_suffix(".json").map(str::to_string))
            .collect();
        names.sort();
        names
    }

    /// Where a saved class session's CSV is, for the teacher.
    pub fn class_csv_location(&self, name: &str) -> Location {
        self.backend
            .location_of(&format!("classes/{}.csv", Store::profile_folder(name)))
    }

    /// Give the player a file to keep (the results as CSV): written next to the data on the
    /// desktop, downloaded on the web. Returns where it went.
    pub fn export_file(&self, name: &str, bytes: &[u8]) -> Result<Location, StoreError> {
        self.backend.export(name, bytes)
    }
}

#[cfg(test)]
mod tests;
