//! Tests of the store on real folders and in memory.

use super::*;
use crate::rules::progress::Run;
use crate::testing::{mixed_case, small_case};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use std::time::UNIX_EPOCH;

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
    match &warnings[..] {
        [
            StoreWarning::MovedAside {
                what: Kept::Progress,
                aside: Location::File(aside),
                ..
            },
        ] => assert!(
            aside
                .to_string_lossy()
                .contains("progress-mixed.json.corrupt-")
        ),
        other => panic!("{other:?}"),
    }
    // Said in the player's language, the system's reason as it is.
    let said = warnings[0].say(crate::content::lang::Lang::Fr);
    assert!(
        said.starts_with("Votre progression enregistrée n’a pas pu être lue ("),
        "{said}"
    );
    assert!(said.contains("déplacée vers"), "{said}");
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
        matches!(
            &loaded.warnings[0],
            StoreWarning::MovedAside { what: Kept::Results { profile }, .. } if profile == "Ana"
        ),
        "{:?}",
        loaded.warnings
    );
    let said = loaded.warnings[0].to_string();
    assert!(
        said.starts_with("The results of Ana could not be read (") && said.contains("moved to"),
        "{said}"
    );
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
    // The folder that could not be made, named; the sentence in the player's language.
    match &error {
        StoreError::Write {
            at: Location::File(at),
            ..
        } => assert_eq!(at, &dir.join("inner").join("profiles").join("Ana")),
        other => panic!("{other:?}"),
    }
    let said = error.say(crate::content::lang::Lang::Nl);
    assert!(
        said.starts_with(&format!(
            "kon {} niet schrijven: ",
            dir.join("inner/profiles/Ana").display()
        )),
        "{said}"
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
    assert!(
        csv.starts_with(CSV_BOM),
        "every CSV starts with a byte-order mark"
    );
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

/// What a spreadsheet would read: the rows of a CSV, after its byte-order mark (read by the
/// `csv` crate, not by the code that wrote it).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix(CSV_BOM)
        .expect("every CSV starts with a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// OWASP's CSV injection list: every cell that starts with =, +, -, @, a tab or a carriage
/// return gets a ' in front, in the results CSV and the class CSV alike; other cells are kept
/// as typed.
#[test]
fn no_cell_is_run_as_a_formula() {
    let dangerous = [
        "=cmd|' /C calc'!A0",
        "=1+2",
        "+SUM(1,2)",
        "@cmd",
        "-2+3+cmd|' /C calc'!A0",
        "\tTab",
        "\rReturn",
        "=HYPERLINK(\"http://x\",\"y\")",
    ];
    for name in dangerous {
        let record = RunRecord::of(&finished_small(), name, UNIX_EPOCH);
        let rows = parse_csv(&to_csv(&[record]));
        assert_eq!(rows[1][0], format!("'{name}"), "{name:?}");
    }
    for name in ["Ana", "José", "'quoted", " =spaced", "1+2", "a=b"] {
        let record = RunRecord::of(&finished_small(), name, UNIX_EPOCH);
        assert_eq!(parse_csv(&to_csv(&[record]))[1][0], name, "kept as typed");
    }
    // The class CSV: students named like formulas.
    let mut session = crate::rules::class::Session::new(small_case(), 1, "1", "t");
    for (i, name) in ["=1+2", "+SUM(1,2)", "@cmd", "-x"].iter().enumerate() {
        let token = format!("t{i}");
        session.join("1", name, &token, "t").unwrap();
    }
    session.advance();
    for i in 0..4 {
        session.answer(&format!("t{i}"), "=5", "t").ok();
        session.answer(&format!("t{i}"), "5", "t").unwrap();
    }
    let rows = parse_csv(&class_csv(&session));
    let names: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["'=1+2", "'+SUM(1,2)", "'@cmd", "'-x"]);
}

#[test]
fn every_kind_of_entry_round_trips_in_memory() {
    let memory = Arc::new(MemoryBackend::default());
    let store = Store::shared(memory.clone());
    let record = RunRecord::of(&finished_small(), "Ana", UNIX_EPOCH);
    store.add_run(&record).unwrap();
    store
        .save_progress("Bo", &Progress::of(&finished_small(), UNIX_EPOCH))
        .unwrap();
    store
        .save_settings(&serde_json::json!({"volume": 25}))
        .unwrap();
    store
        .save_class(
            "2026-11-27 encrochat",
            &serde_json::json!({"code": "4821"}),
            "a,b\r\n",
        )
        .unwrap();
    assert_eq!(memory.writes(), 5, "one write each, two for the class");
    assert_eq!(store.runs("Ana").runs, vec![record]);
    assert_eq!(store.profiles(), vec!["Ana".to_string(), "Bo".to_string()]);
    assert!(store.load_progress("Bo", "small").0.is_some());
    let settings: serde_json::Value = store.settings().unwrap();
    assert_eq!(settings["volume"], 25);
    assert_eq!(store.classes(), vec!["2026-11-27_encrochat".to_string()]);
    let (class, warnings) = store.load_class::<serde_json::Value>("2026-11-27 encrochat");
    assert!(warnings.is_empty());
    assert_eq!(class.unwrap()["code"], "4821");
    store.clear_progress("Bo", "small");
    assert!(store.load_progress("Bo", "small").0.is_none());
}

#[test]
fn a_damaged_entry_in_memory_is_moved_aside_too() {
    let memory = Arc::new(MemoryBackend::default());
    let store = Store::shared(memory.clone());
    memory.write("profiles/Ana/runs.json", b"[{\"cut").unwrap();
    let loaded = store.runs("Ana");
    assert!(loaded.runs.is_empty());
    assert!(
        loaded.warnings[0]
            .to_string()
            .contains("moved to memory: profiles/Ana/runs.json.corrupt-"),
        "{:?}",
        loaded.warnings
    );
    assert_eq!(memory.entries("profiles/Ana").len(), 1);
    assert!(memory.read("profiles/Ana/runs.json").unwrap().is_none());
}

/// The same case with the same code on the same day, twice: two sessions, two files, the first
/// one's CSV kept whole.
#[test]
fn a_second_class_never_overwrites_the_first() {
    let store = Store::in_memory();
    let started = "2026-11-29T09:05:12Z";
    let first = store.new_class_name(started, "encrochat", "4821");
    assert_eq!(first, "2026-11-29-0905-encrochat-4821");
    store
        .save_class(&first, &serde_json::json!({}), "name\r\nAna\r\n")
        .unwrap();
    let second = store.new_class_name(started, "encrochat", "4821");
    assert_eq!(second, "2026-11-29-0905-encrochat-4821-2");
    store
        .save_class(&second, &serde_json::json!({}), "name\r\n")
        .unwrap();
    assert_eq!(
        store.new_class_name(started, "encrochat", "4821"),
        "2026-11-29-0905-encrochat-4821-3"
    );
    assert_eq!(store.classes().len(), 2);
    // A CSV alone (its JSON lost) still holds its name.
    let third = store.new_class_name(started, "encrochat", "4821");
    store
        .backend
        .write(&format!("classes/{third}.csv"), b"name\r\n")
        .unwrap();
    assert_ne!(store.new_class_name(started, "encrochat", "4821"), third);
}

/// `--resume` brings back the session written last, not the one whose name sorts last.
#[test]
fn the_latest_class_is_the_one_written_last() {
    use crate::rules::class::Session;
    let store = Store::in_memory();
    let save = |name: &str, saved_at: &str, students: usize| {
        let mut session = Session::new(small_case(), 1, "1", "2026-11-29T09:00:00Z");
        for i in 0..students {
            session
                .join("1", &format!("S{i}"), &format!("t{i}"), "now")
                .unwrap();
        }
        session.advance();
        let mut saved = session.saved();
        saved.saved_at = saved_at.into();
        store.save_class(name, &saved, "").unwrap();
    };
    save("2026-11-29-0900-small-9999", "2026-11-29T09:10:00.000Z", 1);
    save("2026-11-29-0900-small-1111", "2026-11-29T09:40:00.500Z", 3);
    save("2026-11-29-0900-small-5555", "2026-11-29T09:40:00.250Z", 2);
    assert_eq!(
        store.latest_class().as_deref(),
        Some("2026-11-29-0900-small-1111")
    );
    let listed = store.class_sessions();
    assert_eq!(listed.len(), 3);
    let last = listed.last().unwrap();
    assert_eq!(last.students, 3);
    assert_eq!(last.phase, crate::rules::class::ClassPhase::Open(0));
    assert!(!last.ended);
    assert_eq!(
        crate::report::words::when(&last.saved_at),
        "2026-11-29 09:40 UTC"
    );
    assert_eq!(store.latest_class(), listed.last().map(|l| l.name.clone()));
}

/// A class session read back is its whole save with its journal replayed: the latest joins
/// and answers, the time of the last as when it was written (which class `--resume` picks),
/// a line cut short left out with a warning, and a journal older than the save ignored.
#[test]
fn a_class_session_is_read_back_with_its_journal() {
    use crate::rules::class::{Session, Unsaved};
    let store = Store::in_memory();
    let name = "2026-11-30-0900-small-1";
    let mut session = Session::new(small_case(), 1, "1", "2026-11-30T09:00:00Z");
    session
        .join("1", "Ana", "t-ana", "2026-11-30T09:01:00Z")
        .unwrap();
    session.advance();
    let Unsaved::Whole(mut whole) = session.take_unsaved() else {
        panic!("whole first");
    };
    whole.saved_at = "2026-11-30T09:01:00.000Z".into();
    store.save_class_json(name, &whole).unwrap();
    session
        .join("1", "Bo", "t-bo", "2026-11-30T09:02:00Z")
        .unwrap();
    session
        .answer("t-bo", "6000", "2026-11-30T09:02:30Z")
        .unwrap();
    let Unsaved::Journal { entries, .. } = session.take_unsaved() else {
        panic!("then the journal");
    };
    store
        .append_class_journal(name, &entries[..1], "2026-11-30T09:02:00.100Z")
        .unwrap();
    store
        .append_class_journal(name, &entries[1..], "2026-11-30T09:02:30.100Z")
        .unwrap();
    let (back, warnings) = store.class_session(name);
    assert!(warnings.is_empty(), "{warnings:?}");
    let back = back.unwrap();
    assert_eq!(back.students.len(), 2);
    assert_eq!(back.answers.len(), 1);
    assert_eq!(back.saved_at, "2026-11-30T09:02:30.100Z");
    assert_eq!(
        store.class_sessions()[0].students,
        2,
        "the list counts them too"
    );
    assert_eq!(store.class_sessions()[0].saved_at, back.saved_at);

    // The computer stopped halfway through a line.
    let key = format!("classes/{name}.journal");
    store
        .backend
        .append(&key, b"{\"at\":\"2026-11-30T09:0")
        .unwrap();
    let (cut, warnings) = store.class_session(name);
    assert_eq!(cut.unwrap(), back, "the rest is applied");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        matches!(
            warnings[0],
            StoreWarning::JournalLinesLeftOut { lines: 1, .. }
        ),
        "{warnings:?}"
    );
    // One line, in the singular (Fluent's plural rules, not English's alone).
    let said = warnings[0].say(crate::content::lang::Lang::De);
    assert!(
        said.starts_with("1 der letzten Änderungen an der Klassensitzung konnte nicht"),
        "{said}"
    );

    // A whole save starts the journal anew.
    let Unsaved::Nothing(_) = session.take_unsaved() else {
        panic!("nothing new");
    };
    session.advance();
    let Unsaved::Whole(whole) = session.take_unsaved() else {
        panic!("whole after a step");
    };
    store.save_class_json(name, &whole).unwrap();
    assert!(store.backend.read(&key).unwrap().is_none());
    // A journal left from before it (the program stopped between the two writes) changes
    // nothing.
    store
        .append_class_journal(name, &entries, "2026-11-30T09:02:30.100Z")
        .unwrap();
    let (again, warnings) = store.class_session(name);
    assert!(warnings.is_empty());
    assert_eq!(again.unwrap(), *whole);
}
