//! Saved class sessions: a name of its own for each, which one was written last, and the list a
//! teacher picks from (`takedown export --class list`, `takedown host --resume NAME`).

use super::Store;
use crate::rules::class::{ClassPhase, SavedSession};

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

impl ClassListing {
    /// Where the class was when it was written: "lobby", "stage 3 open", "debrief", "ended".
    pub fn place(&self) -> String {
        let place = match self.phase {
            ClassPhase::Lobby => "lobby".to_string(),
            ClassPhase::Open(n) => format!("stage {} open", n + 1),
            ClassPhase::Closed(n) => format!("stage {} closed", n + 1),
            ClassPhase::Revealed(n) => format!("stage {} revealed", n + 1),
            ClassPhase::Debrief => "debrief".to_string(),
        };
        if self.ended {
            format!("{place}, ended")
        } else {
            place
        }
    }
}

/// `2026-11-29T09:05:12Z` → `2026-11-29 09:05 UTC` (as written, if it is not that shape).
pub fn when(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(date), Some(time)) => format!("{date} {time} UTC"),
        _ => rfc3339.to_string(),
    }
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
                let saved: SavedSession = serde_json::from_slice(&bytes).ok()?;
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
