//! Saved class sessions: a name of its own for each, which one was written last, and the list a
//! teacher picks from (`takedown export --class list`, `takedown host --resume NAME`).

use serde::{Deserialize, Serialize};

use super::{Store, StoreWarning};
use crate::rules::class::{ClassPhase, JournalEntry, SavedSession};

/// One line of a class session's journal as it is written: when, and the change.
#[derive(Serialize)]
pub(super) struct JournalLine<'a> {
    pub at: &'a str,
    #[serde(flatten)]
    pub entry: &'a JournalEntry,
}

/// One line of a class session's journal as it is read back.
#[derive(Deserialize)]
struct ReadLine {
    at: String,
    #[serde(flatten)]
    entry: JournalEntry,
}

/// A saved class session as the teacher is shown it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassListing {
    /// What `--resume NAME` and `export --class NAME` take.
    pub name: String,
    pub case_id: String,
    /// When the class started and when it was last written (RFC 3339, UTC).
    pub started_at: String,
    pub saved_at: String,
    /// Students in the class (not removed).
    pub students: usize,
    pub phase: ClassPhase,
    pub ended: bool,
}

impl Store {
    /// Every saved class session that can be read, the one written last at the end. A file
    /// saved before sessions kept the time they were written counts as written when it
    /// started.
    pub fn class_sessions(&self) -> Vec<ClassListing> {
        let mut listings: Vec<ClassListing> = self
            .classes()
            .into_iter()
            .filter_map(|name| {
                let bytes = self.backend.read(&format!("classes/{name}.json")).ok()??;
                let mut saved: SavedSession = serde_json::from_slice(&bytes).ok()?;
                self.replay_journal(&name, &mut saved);
                Some(ClassListing {
                    students: saved.students.iter().filter(|s| !s.removed).count(),
                    saved_at: if saved.saved_at.is_empty() {
                        saved.started_at.clone()
                    } else {
                        saved.saved_at
                    },
                    name,
                    case_id: saved.case_id,
                    started_at: saved.started_at,
                    phase: saved.phase,
                    ended: saved.ended,
                })
            })
            .collect();
        listings.sort_by(|a, b| {
            a.saved_at
                .cmp(&b.saved_at)
                .then_with(|| a.name.cmp(&b.name))
        });
        listings
    }

    /// The class session `name` as it was last written: its whole save with the changes of
    /// its journal replayed on it (`classes/<name>.json` and `.journal`), and anything the
    /// teacher should be told (a damaged file, changes that could not be read).
    pub fn class_session(&self, name: &str) -> (Option<SavedSession>, Vec<StoreWarning>) {
        let (saved, mut warnings) = self.load_class::<SavedSession>(name);
        let Some(mut saved) = saved else {
            return (None, warnings);
        };
        warnings.extend(self.replay_journal(name, &mut saved));
        (Some(saved), warnings)
    }

    /// Apply the journal of the class session `name` to `saved`, the time of its last change
    /// becoming `saved_at`. Returns warnings: a line that cannot be read (cut short when the
    /// computer stopped as it was written) is left out, the rest is applied.
    fn replay_journal(&self, name: &str, saved: &mut SavedSession) -> Vec<StoreWarning> {
        let key = Store::class_journal_key(&Store::profile_folder(name));
        let bytes = match self.backend.read(&key) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Vec::new(),
            Err(error) => return vec![StoreWarning::JournalUnreadable { error }],
        };
        let mut unreadable = 0;
        for line in bytes
            .split(|&b| b == b'\n')
            .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        {
            match serde_json::from_slice::<ReadLine>(line) {
                Ok(read) => {
                    if saved.apply(read.entry) && read.at > saved.saved_at {
                        saved.saved_at = read.at;
                    }
                }
                Err(_) => unreadable += 1,
            }
        }
        if unreadable == 0 {
            return Vec::new();
        }
        vec![StoreWarning::JournalLinesLeftOut {
            lines: unreadable,
            at: self.backend.location_of(&key),
        }]
    }

    /// The class session written last (the one a crash interrupted), whatever its name.
    pub fn latest_class(&self) -> Option<String> {
        self.class_sessions().pop().map(|l| l.name)
    }

    /// A name for a new class session that no saved session has: the date and time it
    /// started, the case and the code (`2026-11-29-0905-encrochat-4821`), with `-2`, `-3`…
    /// after it if that is taken, so a second class never overwrites the first.
    pub fn new_class_name(&self, started_at: &str, case_id: &str, code: &str) -> String {
        let stamp = format!(
            "{}-{}",
            started_at.get(..10).unwrap_or("class"),
            started_at.get(11..16).unwrap_or("").replace(':', "")
        );
        let base = Store::profile_folder(&format!(
            "{}-{}-{}",
            stamp.trim_end_matches('-'),
            case_id,
            code
        ));
        let taken = self.backend.entries("classes");
        let free = |name: &str| {
            !taken
                .iter()
                .any(|e| e.strip_suffix(".json").or(e.strip_suffix(".csv")) == Some(name))
        };
        if free(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|name| free(name))
            .unwrap_or(base)
    }
}
