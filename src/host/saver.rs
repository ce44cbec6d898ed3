//! Writing the class session as it changes, so that nothing a phone was told is lost.
//!
//! Every change (a join, an answer, a step of the teacher's) asks for the session to be
//! written. A thread of its own writes it and says which version is on disk: after a
//! teacher's step the whole session (atomically: a temporary file, then a rename), else the
//! students' joins and answers since the last write, appended to the session's journal
//! (`classes/<name>.journal`, replayed on the whole session when it is read back). The server answers a join or an answer only once a version
//! that holds it is written, so an acknowledged answer survives `kill -9`. Changes that arrive
//! while a write is under way are written together by the next one (group commit): with 200
//! phones answering at once the disk sees a handful of writes, not 200. The CSV and the
//! printable report (`.html`) beside it are written once nothing has changed for a moment
//! (and always before the saver stops). A class
//! nobody has joined yet is not written.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::sync::watch;

use super::SharedSession;
use crate::content::lang::Lang;
use crate::report::lang::{say, word};
use crate::report::printable::class_report_html;
use crate::rules::class::Unsaved;
use crate::store::{Store, StoreError, class_csv, now, rfc3339, rfc3339_millis};

/// Why a version of the class session is not on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFailure {
    /// Writing the session (whole, or the journal of its latest changes) failed.
    Session(StoreError),
    /// Writing the CSV or the printable report beside it failed (the session itself is kept).
    Files(StoreError),
    /// The disk did not answer within the time a phone or the teacher waits.
    TimedOut,
    /// The write that should have held it is over and it is not there, with no reason given.
    NotWritten,
}

impl SaveFailure {
    /// Why, in `lang`, as a phrase to put after a colon.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            SaveFailure::Session(e) => e.say(lang),
            SaveFailure::Files(e) => {
                say(lang, "save-failure-files", &[("error", e.say(lang).into())])
            }
            SaveFailure::TimedOut => word(lang, "save-failure-timed-out"),
            SaveFailure::NotWritten => word(lang, "save-failure-not-written"),
        }
    }
}

impl std::fmt::Display for SaveFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

/// How long the class must be quiet (no change waiting to be written) before the CSV is
/// written; when the saver stops it is written at once.
const CSV_AFTER_QUIET: Duration = Duration::from_millis(300);

/// Where a class session is written: a store and the session's name in it
/// (`classes/<name>.json` and `.csv`).
#[derive(Debug, Clone)]
pub struct ClassFile {
    pub store: Store,
    pub name: String,
}

/// What has been written so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// The newest version a write was tried for.
    pub tried: u64,
    /// The newest version on disk.
    pub saved: u64,
    /// The newest version whose CSV is on disk too (it may lag `saved` while answers arrive).
    pub csv: u64,
    /// Why the last write failed, if it did.
    pub error: Option<SaveFailure>,
}

impl Written {
    /// Whether `version` is written: `Some(Ok)` on disk, `Some(Err)` with why a write that
    /// should have held it failed, `None` while its write has not been tried yet.
    pub fn outcome(&self, version: u64) -> Option<Result<(), SaveFailure>> {
        if self.saved >= version {
            Some(Ok(()))
        } else if self.tried >= version {
            Some(Err(self.error.clone().unwrap_or(SaveFailure::NotWritten)))
        } else {
            None
        }
    }
}

/// The thread that writes the session.
pub(crate) struct Saver {
    inner: Arc<Inner>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

struct Inner {
    wanted: Mutex<Wanted>,
    wake: Condvar,
    written: watch::Sender<Written>,
}

#[derive(Default)]
struct Wanted {
    /// The newest version someone asked to be written.
    version: Option<u64>,
    /// Someone waits for the CSV too ([`Saver::wait_blocking`]): do not wait for quiet.
    csv_now: bool,
    stop: bool,
}

impl Inner {
    fn wanted(&self) -> MutexGuard<'_, Wanted> {
        self.wanted.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Saver {
    /// Start writing `session` to `file`; the session as it is now is written first.
    pub(crate) fn start(session: SharedSession, file: ClassFile) -> std::io::Result<Saver> {
        let version = session.lock().version();
        let inner = Arc::new(Inner {
            wanted: Mutex::new(Wanted {
                version: Some(version),
                csv_now: false,
                stop: false,
            }),
            wake: Condvar::new(),
            written: watch::channel(Written::default()).0,
        });
        let shared = inner.clone();
        let thread = super::priority::spawn("class saver", move || {
            write_while_asked(&shared, &session, &file)
        })?;
        Ok(Saver {
            inner,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Ask for `version` (or newer) to be written.
    pub(crate) fn request(&self, version: u64) {
        let mut wanted = self.inner.wanted();
        wanted.version = Some(wanted.version.map_or(version, |v| v.max(version)));
        self.inner.wake.notify_one();
    }

    /// What has been written, and news of every write.
    pub(crate) fn written(&self) -> watch::Receiver<Written> {
        self.inner.written.subscribe()
    }

    /// Wait (at most `limit`) until `version` is written, its CSV too. `Err` says why not.
    pub(crate) fn wait_blocking(&self, version: u64, limit: Duration) -> Result<(), SaveFailure> {
        self.inner.wanted().csv_now = true;
        self.request(version);
        let deadline = std::time::Instant::now() + limit;
        let mut written = self.written();
        loop {
            {
                let w = written.borrow_and_update();
                match w.outcome(version) {
                    Some(Ok(())) if w.csv >= version => return Ok(()),
                    Some(Err(why)) => return Err(why),
                    Some(Ok(())) if w.error.is_some() => {
                        return Err(w.error.clone().unwrap_or(SaveFailure::NotWritten));
                    }
                    _ => {}
                }
            }
            if std::time::Instant::now() >= deadline {
                return Err(SaveFailure::TimedOut);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Write what is asked for, then stop (at most a few seconds).
    pub(crate) fn stop(&self) {
        self.inner.wanted().stop = true;
        self.inner.wake.notify_one();
        let thread = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(thread) = thread {
            super::join_within(thread, Duration::from_secs(5));
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The saver's thread: wait to be asked, take what is unsaved, write it, say so; until stopped
/// with nothing left to write. What is written before a change is acknowledged: the whole
/// session (what `--resume` reads) after a teacher's step, else only the students' new joins
/// and answers appended to its journal, so a burst of answers costs a few small appends, not
/// the whole class each time. The CSV (for a spreadsheet) is written after [`CSV_AFTER_QUIET`]
/// without a change, so a burst of answers never waits for it.
fn write_while_asked(inner: &Inner, session: &SharedSession, file: &ClassFile) {
    let mut done: Option<u64> = None;
    // Something was written whose CSV is not written yet.
    let mut csv_due = false;
    loop {
        let newer = {
            let mut wanted = inner.wanted();
            loop {
                let newer = wanted.version.is_some_and(|v| done.is_none_or(|d| v > d));
                if newer || wanted.stop {
                    break newer;
                }
                if !csv_due {
                    wanted = inner.wake.wait(wanted).unwrap_or_else(|e| e.into_inner());
                    continue;
                }
                // The CSV waits for a quiet moment, so that it never delays an answer, unless
                // someone waits for it.
                if std::mem::take(&mut wanted.csv_now) {
                    break false;
                }
                let (guard, waited) = inner
                    .wake
                    .wait_timeout(wanted, CSV_AFTER_QUIET)
                    .unwrap_or_else(|e| e.into_inner());
                wanted = guard;
                if waited.timed_out() {
                    break false;
                }
            }
        };
        if !newer {
            if !std::mem::take(&mut csv_due) {
                return;
            }
            // Copied under the lock (quick), made into a CSV outside it.
            let copy = session.lock().clone();
            let version = copy.version();
            let result = file
                .store
                .save_class_csv(&file.name, &class_csv(&copy))
                .and_then(|()| {
                    let page = class_report_html(
                        &copy,
                        copy.teacher_lang(),
                        copy.names_shown(),
                        &rfc3339(now()),
                    );
                    file.store.save_class_report(&file.name, &page)
                });
            inner.written.send_modify(|w| match result {
                Ok(()) => w.csv = w.csv.max(version),
                Err(e) => w.error = Some(SaveFailure::Files(e)),
            });
            continue;
        }
        // Taken under the lock (a few entries, or the session's own data after a teacher's
        // step), written outside it, so phones are not kept waiting by the writing.
        let unsaved = session.lock().take_unsaved();
        let at = rfc3339_millis(now());
        let (version, result, wrote) = match unsaved {
            // A class nobody has joined has nothing to keep: writing it would make an empty
            // class, opened by mistake after a crash, the one `--resume` brings back.
            Unsaved::Nothing(version) => (version, Ok(()), false),
            Unsaved::Whole(mut saved) => {
                saved.saved_at = at;
                let version = saved.version;
                (
                    version,
                    file.store.save_class_json(&file.name, &saved),
                    true,
                )
            }
            Unsaved::Journal { entries, version } => (
                version,
                file.store.append_class_journal(&file.name, &entries, &at),
                true,
            ),
        };
        if result.is_err() {
            session.lock().save_whole_next();
        }
        let empty = !wrote && session.lock().students().is_empty();
        let ok = result.is_ok();
        inner.written.send_modify(|w| {
            w.tried = w.tried.max(version);
            match result {
                Ok(()) => {
                    w.saved = w.saved.max(version);
                    if empty {
                        w.csv = w.csv.max(version);
                    }
                    w.error = None;
                }
                Err(e) => w.error = Some(SaveFailure::Session(e)),
            }
        });
        csv_due |= wrote && ok;
        done = Some(version);
    }
}
