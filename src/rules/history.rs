//! Results that outlive the lesson: every finished run, per profile, saved in the platform's
//! data folder and exported for a teacher as CSV or JSON.
//!
//! Files are written atomically (a temporary file, then a rename), so a crash mid-write loses
//! nothing already saved. A file that does not parse is moved aside with a timestamp and the
//! player is told; it is never silently discarded.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::rules::content::{Question, Scale};
use crate::rules::progress::{Response, Run};

/// One answered question, as exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub stage_id: String,
    pub stage_title: String,
    pub question: String,
    /// `estimate`, `choice` or `order`.
    pub kind: String,
    /// The answer as the game showed it: `5,000 arrests`, an option's text, `2, 1, 3`.
    pub guess: String,
    pub guess_value: Option<f64>,
    pub range_low: Option<f64>,
    pub range_high: Option<f64>,
    pub truth: String,
    pub unit: String,
    /// For quantities: the factor between guess and truth (1 = exact).
    pub factor: Option<f64>,
    pub points: u32,
    pub range_caught: Option<bool>,
    pub range_points: Option<f64>,
}

/// One finished run of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    pub profile: String,
    pub case_id: String,
    pub case_title: String,
    pub seed: u64,
    /// When the run finished, RFC 3339 in UTC.
    pub finished_at: String,
    pub answers: Vec<AnswerRecord>,
}

impl RunRecord {
    /// The record of `run` for `profile`, finished at `now`.
    pub fn of(run: &Run, profile: &str, now: SystemTime) -> RunRecord {
        let case = run.case();
        let answers = run
            .answers()
            .iter()
            .filter_map(|answer| {
                let stage = case.stages.iter().find(|s| s.id == answer.stage_id)?;
                let mut record = AnswerRecord {
                    stage_id: stage.id.clone(),
                    stage_title: stage.title.clone(),
                    question: stage.question.prompt().to_string(),
                    kind: String::new(),
                    guess: String::new(),
                    guess_value: None,
                    range_low: None,
                    range_high: None,
                    truth: String::new(),
                    unit: String::new(),
                    factor: None,
                    points: answer.points(),
                    range_caught: None,
                    range_points: None,
                };
                match (&stage.question, &answer.response) {
                    (
                        Question::Estimate(e),
                        Response::Estimate {
                            guess,
                            verdict,
                            range,
                        },
                    ) => {
                        record.kind = "estimate".into();
                        record.guess = e.show(*guess);
                        record.guess_value = Some(*guess);
                        record.truth = e.truth_text();
                        record.unit = e.unit.clone();
                        if e.scale == Scale::Log {
                            record.factor = Some(10f64.powf(verdict.error));
                        }
                        if let Some(r) = range {
                            record.range_low = Some(r.low);
                            record.range_high = Some(r.high);
                            record.range_caught = Some(r.caught);
                            record.range_points = Some(r.points);
                        }
                    }
                    (Question::Choice(c), Response::Choice { picked, .. }) => {
                        record.kind = "choice".into();
                        record.guess = c.options[*picked].text.clone();
                        record.truth = c
                            .correct_index()
                            .map(|i| c.options[i].text.clone())
                            .unwrap_or_default();
                    }
                    (Question::Order(o), Response::Order { order, .. }) => {
                        record.kind = "order".into();
                        record.guess = order
                            .iter()
                            .map(|t| o.events[*t].clone())
                            .collect::<Vec<_>>()
                            .join(" → ");
                        record.truth = o.events.join(" → ");
                    }
                    _ => return None,
                }
                Some(record)
            })
            .collect();
        RunRecord {
            profile: profile.to_string(),
            case_id: case.id.clone(),
            case_title: case.title.clone(),
            seed: run.seed(),
            finished_at: rfc3339(now),
            answers,
        }
    }
}

/// One answer as given, enough to replay it: options and events by their shown position
/// (the same seed shows them in the same order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SavedAnswer {
    Estimate {
        guess: f64,
        range: Option<(f64, f64)>,
    },
    Choice {
        shown: usize,
    },
    Order {
        shown: Vec<usize>,
    },
}

/// A case in progress, saved after every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub case_id: String,
    pub seed: u64,
    pub answers: Vec<SavedAnswer>,
    pub saved_at: String,
}

impl Progress {
    /// The progress of `run` so far.
    pub fn of(run: &Run, now: SystemTime) -> Progress {
        let answers = run
            .answers()
            .iter()
            .enumerate()
            .map(|(n, answer)| {
                let shown = run.shown_order(n);
                let position = |i: &usize| shown.iter().position(|s| s == i).unwrap_or(0);
                match &answer.response {
                    Response::Estimate { guess, range, .. } => SavedAnswer::Estimate {
                        guess: *guess,
                        range: range.map(|r| (r.low, r.high)),
                    },
                    Response::Choice { picked, .. } => SavedAnswer::Choice {
                        shown: position(picked),
                    },
                    Response::Order { order, .. } => SavedAnswer::Order {
                        shown: order.iter().map(position).collect(),
                    },
                }
            })
            .collect();
        Progress {
            case_id: run.case().id.clone(),
            seed: run.seed(),
            answers,
            saved_at: rfc3339(now),
        }
    }

    /// Replay the saved answers on `case`, and return the run at the next question. Answers
    /// that no longer fit (the case file was edited since) are dropped, from the first that
    /// does not fit on; the second value says how many.
    pub fn resume(&self, case: crate::rules::content::Case) -> (Run, usize) {
        let mut run = Run::new(case, self.seed);
        run.advance();
        for (i, saved) in self.answers.iter().enumerate() {
            let result = match saved {
                SavedAnswer::Estimate { guess, range } => {
                    run.submit_estimate(*guess, *range).map(|_| ())
                }
                SavedAnswer::Choice { shown } => run.submit_choice(*shown).map(|_| ()),
                SavedAnswer::Order { shown } => run.submit_order(shown).map(|_| ()),
            };
            if result.is_err() {
                return (run, self.answers.len() - i);
            }
            run.advance();
            if run.answers().len() == run.stage_count() {
                return (run, self.answers.len() - i - 1);
            }
        }
        (run, 0)
    }
}

/// `2026-11-25T22:30:46Z` for a moment.
pub fn rfc3339(time: SystemTime) -> String {
    let secs = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Why results could not be read or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

/// Where results are kept: one folder per profile under the data folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// The runs read from disk, with anything the player should be told.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub runs: Vec<RunRecord>,
    pub warnings: Vec<String>,
}

impl Store {
    /// The data folder: `TAKEDOWN_DATA_DIR`, else `$XDG_DATA_HOME/takedown`, else
    /// `~/.local/share/takedown`.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("TAKEDOWN_DATA_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir).join("takedown"));
        }
        std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share/takedown"))
    }

    pub fn open(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A profile's folder name: its name made safe for a file system.
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

    fn runs_file(&self, profile: &str) -> PathBuf {
        self.dir
            .join("profiles")
            .join(Store::profile_folder(profile))
            .join("runs.json")
    }

    fn progress_file(&self, profile: &str, case_id: &str) -> PathBuf {
        self.dir
            .join("profiles")
            .join(Store::profile_folder(profile))
            .join(format!("progress-{}.json", Store::profile_folder(case_id)))
    }

    /// Save a case in progress (after every answer).
    pub fn save_progress(&self, profile: &str, progress: &Progress) -> Result<(), StoreError> {
        let json = serde_json::to_vec_pretty(progress)
            .map_err(|e| StoreError(format!("could not encode progress: {e}")))?;
        write_atomically(&self.progress_file(profile, &progress.case_id), &json)
    }

    /// The saved progress in a case, if any. A file that does not parse is moved aside, and a
    /// warning says where.
    pub fn load_progress(&self, profile: &str, case_id: &str) -> (Option<Progress>, Vec<String>) {
        let path = self.progress_file(profile, case_id);
        let Ok(bytes) = std::fs::read(&path) else {
            return (None, Vec::new());
        };
        match serde_json::from_slice::<Progress>(&bytes) {
            Ok(progress) => (Some(progress), Vec::new()),
            Err(e) => {
                let aside = path.with_extension(format!(
                    "json.corrupt-{}",
                    rfc3339(SystemTime::now()).replace(':', "-")
                ));
                let _ = std::fs::rename(&path, &aside);
                (
                    None,
                    vec![format!(
                        "your saved progress could not be read ({e}); it was moved to {}",
                        aside.display()
                    )],
                )
            }
        }
    }

    /// Forget the progress in a case (it was finished, or started again).
    pub fn clear_progress(&self, profile: &str, case_id: &str) {
        let _ = std::fs::remove_file(self.progress_file(profile, case_id));
    }

    /// The profiles that have results, by folder name.
    pub fn profiles(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.join("profiles"))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| e.path().is_dir())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Every run of `profile`. A file that does not parse is moved aside, and a warning says
    /// where.
    pub fn runs(&self, profile: &str) -> Loaded {
        let path = self.runs_file(profile);
        let mut loaded = Loaded::default();
        let text = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return loaded,
            Err(e) => {
                loaded
                    .warnings
                    .push(format!("could not read {}: {e}", path.display()));
                return loaded;
            }
        };
        match serde_json::from_slice::<Vec<RunRecord>>(&text) {
            Ok(runs) => loaded.runs = runs,
            Err(e) => {
                let aside = path.with_extension(format!(
                    "json.corrupt-{}",
                    rfc3339(SystemTime::now()).replace(':', "-")
                ));
                let moved = std::fs::rename(&path, &aside);
                loaded.warnings.push(match moved {
                    Ok(()) => format!(
                        "{} could not be read ({e}); it was moved to {} and a new record started",
                        path.display(),
                        aside.display()
                    ),
                    Err(m) => format!(
                        "{} could not be read ({e}) or moved aside ({m})",
                        path.display()
                    ),
                });
            }
        }
        loaded
    }

    /// Add a finished run to its profile's record. Returns warnings from reading the record.
    pub fn add_run(&self, record: &RunRecord) -> Result<Vec<String>, StoreError> {
        let Loaded { mut runs, warnings } = self.runs(&record.profile);
        runs.push(record.clone());
        let json = serde_json::to_vec_pretty(&runs)
            .map_err(|e| StoreError(format!("could not encode results: {e}")))?;
        write_atomically(&self.runs_file(&record.profile), &json)?;
        Ok(warnings)
    }
}

/// Write `bytes` to `path` through a temporary file in the same folder and a rename, creating
/// the folder if needed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let fail = |what: &str, e: std::io::Error| {
        StoreError(format!("could not {what} {}: {e}", path.display()))
    };
    std::fs::create_dir_all(dir).map_err(|e| fail("create the folder for", e))?;
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let mut file = std::fs::File::create(&tmp).map_err(|e| fail("write", e))?;
    file.write_all(bytes).map_err(|e| fail("write", e))?;
    file.sync_all().map_err(|e| fail("write", e))?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail("save", e)
    })
}

/// The export columns, in order.
pub const CSV_HEADER: [&str; 15] = [
    "profile",
    "case",
    "stage",
    "question",
    "kind",
    "guess",
    "range_low",
    "range_high",
    "truth",
    "unit",
    "factor",
    "points",
    "range_caught",
    "range_points",
    "timestamp",
];

/// One CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// Every answer of `runs` as CSV, one row per question, with a header row.
pub fn to_csv(runs: &[RunRecord]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for run in runs {
        for a in &run.answers {
            let fields = [
                run.profile.clone(),
                run.case_id.clone(),
                a.stage_id.clone(),
                a.question.clone(),
                a.kind.clone(),
                a.guess.clone(),
                opt(a.range_low),
                opt(a.range_high),
                a.truth.clone(),
                a.unit.clone(),
                opt(a.factor),
                a.points.to_string(),
                a.range_caught.map(|c| c.to_string()).unwrap_or_default(),
                opt(a.range_points),
                run.finished_at.clone(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// Every answer of `runs` as a JSON array of rows with the CSV's columns.
pub fn to_json(runs: &[RunRecord]) -> String {
    let rows: Vec<serde_json::Value> = runs
        .iter()
        .flat_map(|run| {
            run.answers.iter().map(move |a| {
                serde_json::json!({
                    "profile": run.profile, "case": run.case_id, "stage": a.stage_id,
                    "question": a.question, "kind": a.kind, "guess": a.guess,
                    "range_low": a.range_low, "range_high": a.range_high, "truth": a.truth,
                    "unit": a.unit, "factor": a.factor, "points": a.points,
                    "range_caught": a.range_caught, "range_points": a.range_points,
                    "timestamp": run.finished_at,
                })
            })
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{mixed_case, small_case};
    use std::time::Duration;

    fn finished_small() -> Run {
        let mut run = Run::new(small_case(), 4);
        run.advance();
        run.submit_text("3279 (1000-10,000)").unwrap();
        run.advance();
        run.submit_text("2019").unwrap();
        run.advance();
        run
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("takedown-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn progress_saves_and_resumes_at_the_next_question() {
        let dir = temp_dir("progress");
        let store = Store::open(&dir);
        let mut run = Run::new(mixed_case(), 9);
        run.advance();
        run.submit_choice(2).unwrap();
        let progress = Progress::of(&run, UNIX_EPOCH);
        store.save_progress("Ana", &progress).unwrap();
        let (loaded, warnings) = store.load_progress("Ana", "mixed");
        assert!(warnings.is_empty());
        let loaded = loaded.unwrap();
        assert_eq!(loaded, progress);
        let (resumed, dropped) = loaded.resume(mixed_case());
        assert_eq!(dropped, 0);
        assert_eq!(resumed.phase(), crate::rules::progress::Phase::Question(1));
        assert_eq!(resumed.answers(), run.answers());

        // Garbage in the file: moved aside, with a message; no progress.
        std::fs::write(dir.join("profiles/Ana/progress-mixed.json"), "{ not json").unwrap();
        let (none, warnings) = store.load_progress("Ana", "mixed");
        assert!(none.is_none());
        assert!(warnings[0].contains("moved to"));
        store.clear_progress("Ana", "mixed");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn progress_on_an_edited_case_keeps_what_still_fits() {
        let mut run = Run::new(small_case(), 1);
        run.advance();
        run.submit_text("5000").unwrap();
        run.advance();
        run.submit_text("2018").unwrap();
        let progress = Progress::of(&run, UNIX_EPOCH);
        // The author replaced the second stage with a choice.
        let mut edited = small_case();
        edited.stages[1] = mixed_case().stages[0].clone();
        let (resumed, dropped) = progress.resume(edited);
        assert_eq!(dropped, 1);
        assert_eq!(resumed.answers().len(), 1);
        assert_eq!(resumed.phase(), crate::rules::progress::Phase::Question(1));
    }

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(1_795_214_246)),
            "2026-11-20T22:37:26Z"
        );
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00Z"
        );
    }

    #[test]
    fn a_run_becomes_rows() {
        let record = RunRecord::of(&finished_small(), "Ana", UNIX_EPOCH);
        assert_eq!(record.answers.len(), 2);
        let a = &record.answers[0];
        assert_eq!(a.guess, "3,279 arrests");
        assert_eq!(a.truth, "6,558 arrests");
        assert!((a.factor.unwrap() - 0.5).abs() < 1e-3);
        assert_eq!(
            (a.range_low, a.range_high, a.range_caught),
            (Some(1000.0), Some(10000.0), Some(true))
        );
        assert_eq!(record.answers[1].factor, None, "years have no factor");
    }

    #[test]
    fn saved_runs_load_back_and_a_garbage_file_is_moved_aside() {
        let dir = temp_dir("store");
        let store = Store::open(&dir);
        assert!(
            store.runs("Ana").runs.is_empty(),
            "a missing folder is an empty record"
        );
        let record = RunRecord::of(&finished_small(), "Ana", UNIX_EPOCH);
        assert!(store.add_run(&record).unwrap().is_empty());
        assert!(store.add_run(&record).unwrap().is_empty());
        assert_eq!(store.runs("Ana").runs, vec![record.clone(), record.clone()]);
        assert_eq!(store.profiles(), vec!["Ana".to_string()]);

        // A file cut short mid-write (as a crash would leave it without the rename).
        let file = dir.join("profiles/Ana/runs.json");
        let text = std::fs::read(&file).unwrap();
        std::fs::write(&file, &text[..text.len() / 2]).unwrap();
        let loaded = store.runs("Ana");
        assert!(loaded.runs.is_empty());
        assert!(
            loaded.warnings[0].contains("could not be read"),
            "{:?}",
            loaded.warnings
        );
        assert!(loaded.warnings[0].contains("moved to"));
        let aside: Vec<_> = std::fs::read_dir(dir.join("profiles/Ana"))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
            .collect();
        assert_eq!(aside.len(), 1, "the damaged file is kept, not deleted");
        // Saving again starts a new record.
        assert!(store.add_run(&record).unwrap().is_empty());
        assert_eq!(store.runs("Ana").runs.len(), 1);
        std::fs::remove_dir_all(&dir).ok();
    }

    /// A data folder that cannot be written (here a file stands where the folder should be,
    /// which fails even for root) gives a message, not a crash.
    #[test]
    fn an_unwritable_folder_is_a_message_not_a_crash() {
        let dir = temp_dir("unwritable");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("inner"), "not a folder").unwrap();
        let store = Store::open(dir.join("inner"));
        let record = RunRecord::of(&finished_small(), "Ana", UNIX_EPOCH);
        let error = store.add_run(&record).unwrap_err();
        assert!(
            error.0.starts_with("could not create the folder for"),
            "{error}"
        );
        assert!(store.runs("Ana").runs.is_empty());
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn csv_quotes_what_needs_quoting_and_reads_back() {
        let mut run = Run::new(mixed_case(), 2);
        run.advance();
        run.submit_choice(0).unwrap();
        run.advance();
        run.submit_order(&[0, 1, 2]).unwrap();
        let mut record = RunRecord::of(&run, "Prof. \"Ü\", Lyon", UNIX_EPOCH);
        record.answers[0].question = "Line one\nline two, with comma".into();
        let csv = to_csv(&[record.clone()]);
        let rows = parse_csv(&csv);
        assert_eq!(
            rows[0],
            CSV_HEADER.iter().map(|s| s.to_string()).collect::<Vec<_>>()
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][0], "Prof. \"Ü\", Lyon");
        assert_eq!(rows[1][3], "Line one\nline two, with comma");
        assert_eq!(rows[1][4], "choice");
        assert_eq!(rows[2][4], "order");
        assert!(rows.iter().all(|r| r.len() == CSV_HEADER.len()));
        let json: serde_json::Value = serde_json::from_str(&to_json(&[record])).unwrap();
        assert_eq!(json[0]["profile"], "Prof. \"Ü\", Lyon");
        assert_eq!(json.as_array().unwrap().len(), 2);
    }

    /// A small CSV reader (RFC 4180) to check what we write.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }
}
