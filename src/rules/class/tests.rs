//! Tests of the class session: joining, answering, the teacher's steps, removal, saving.

use super::*;
use crate::testing::{mixed_case, small_case};
use proptest::prelude::*;

fn session() -> Session {
    Session::new(small_case(), 3, "4821", "2026-11-27T09:00:00Z")
}

const NOW: &str = "2026-11-27T09:01:00Z";

#[test]
fn students_join_with_the_code_and_a_name_of_their_own() {
    let mut s = session();
    assert_eq!(s.join("4821", " Ana ", "t-ana", NOW), Ok(1));
    assert_eq!(s.student(1).unwrap().name, "Ana", "trimmed");
    assert_eq!(
        s.join("1111", "Bo", "t-bo", NOW),
        Err(ClassError::WrongCode)
    );
    assert_eq!(
        s.join("4821", "ana", "t-x", NOW),
        Err(ClassError::NameTaken)
    );
    assert_eq!(
        s.join("4821", "", "t-x", NOW),
        Err(ClassError::BadName(NameProblem::Empty))
    );
    assert!(matches!(
        s.join("4821", "Mallory\u{202E}nimda", "t-x", NOW),
        Err(ClassError::BadName(_))
    ));
    assert!(matches!(
        s.join("4821", &"x".repeat(25), "t-x", NOW),
        Err(ClassError::BadName(_))
    ));
    assert_eq!(
        s.join("4821", &"é".repeat(24), "t-e", NOW),
        Ok(2),
        "24 characters, not bytes"
    );
    s.set_locked(true);
    assert_eq!(s.join("4821", "Bo", "t-bo", NOW), Err(ClassError::Locked));
    s.set_locked(false);
    s.set_code("7777");
    assert_eq!(
        s.join("4821", "Bo", "t-bo", NOW),
        Err(ClassError::WrongCode)
    );
    assert_eq!(s.join("7777", "Bo", "t-bo", NOW), Ok(3));
    assert_eq!(
        s.by_token("t-ana").unwrap().id,
        1,
        "a token brings the student back"
    );
    assert_eq!(
        s.by_token("nobody").unwrap_err(),
        ClassError::UnknownStudent
    );
    assert_eq!(s.by_token("").unwrap_err(), ClassError::UnknownStudent);
}

#[test]
fn answers_are_taken_only_while_a_stage_is_open_and_may_be_changed() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    assert_eq!(
        s.answer("t-ana", "6500", NOW).unwrap_err(),
        ClassError::NotOpen
    );
    s.advance(); // stage 1 open
    assert_eq!(s.phase(), ClassPhase::Open(0));
    assert!(matches!(
        s.answer("t-ana", "lots", NOW),
        Err(ClassError::Answer(AnswerError::NotANumber))
    ));
    assert_eq!(
        s.answer("t-ana", "6,5k", NOW).unwrap().guess(),
        Some(6500.0)
    );
    assert_eq!(s.answer("t-ana", "6558", NOW).unwrap().points(), 100);
    assert_eq!(s.answered(0), 1, "a changed answer replaces the first");
    assert_eq!(s.answer_of(1, 0).unwrap().text, "6558");
    assert!(!s.advance(), "open → closed reveals nothing yet");
    assert_eq!(s.phase(), ClassPhase::Closed(0));
    assert_eq!(
        s.answer("t-ana", "1", NOW).unwrap_err(),
        ClassError::NotOpen
    );
    assert!(!s.is_revealed(0));
    assert!(s.advance(), "closed → revealed");
    assert!(s.is_revealed(0) && !s.is_revealed(1));
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Open(1));
    assert!(s.is_revealed(0), "an earlier stage stays revealed");
    assert!(s.reveal(), "reveal straight from open");
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Debrief);
    s.back();
    assert_eq!(s.phase(), ClassPhase::Revealed(1));
    s.back();
    assert_eq!(
        s.phase(),
        ClassPhase::Revealed(0),
        "going back shows the reveal before"
    );
    s.back();
    assert_eq!(s.phase(), ClassPhase::Lobby);
    s.advance();
    assert_eq!(
        s.phase(),
        ClassPhase::Revealed(0),
        "a revealed stage comes back revealed, not open"
    );
}

/// The teacher presses ← after a reveal: the truth stays on the phones and the stage never
/// reopens, so nobody can change their answer to the truth.
#[test]
fn going_back_after_a_reveal_never_reopens_answers() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    s.advance();
    s.answer("t-ana", "10", NOW).unwrap();
    s.advance();
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Revealed(0));
    let points = s.answer_of(1, 0).unwrap().answer.points();
    for _ in 0..3 {
        s.back();
        assert!(s.is_revealed(0), "the truth stays shown: {:?}", s.phase());
        assert_ne!(s.phase(), ClassPhase::Open(0));
        assert_eq!(
            s.answer("t-ana", "6558", NOW).unwrap_err(),
            ClassError::NotOpen
        );
    }
    for _ in 0..2 {
        s.advance();
    }
    assert_eq!(
        s.phase(),
        ClassPhase::Open(1),
        "on to the next stage as before"
    );
    assert_eq!(s.answer_of(1, 0).unwrap().answer.points(), points);
    // Reveal straight from open, then back: the same.
    s.reveal();
    s.back();
    assert_eq!(s.phase(), ClassPhase::Revealed(0));
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Revealed(1));
    // Closing, then going back before the reveal, does reopen: nothing was shown yet.
}

#[test]
fn a_closed_stage_not_yet_revealed_may_reopen() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    s.advance();
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Closed(0));
    s.back();
    assert_eq!(s.phase(), ClassPhase::Open(0));
    assert!(s.answer("t-ana", "6558", NOW).is_ok());
}

#[test]
fn an_ended_class_takes_nothing_more_and_says_so() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    s.advance();
    let before = s.version();
    s.end();
    assert!(s.ended());
    assert!(s.version() > before, "phones are told");
    assert_eq!(s.answer("t-ana", "5", NOW).unwrap_err(), ClassError::Ended);
    assert_eq!(s.join("4821", "Bo", "t-bo", NOW), Err(ClassError::Ended));
    let phase = s.phase();
    s.advance();
    s.back();
    assert_eq!(s.phase(), phase, "the teacher's keys do nothing more");
    let (back, _) = Session::restore(s.saved(), small_case());
    assert!(back.ended(), "kept when saved");
}

#[test]
fn a_late_student_answers_from_the_current_stage_on() {
    let mut s = session();
    s.advance();
    s.advance();
    s.advance();
    s.advance(); // stage 2 open
    s.join("4821", "Late", "t-late", NOW).unwrap();
    s.answer("t-late", "2017", NOW).unwrap();
    assert_eq!(s.answered(1), 1);
    assert_eq!(s.answered(0), 0);
}

#[test]
fn a_removed_student_never_counts_and_cannot_come_back_under_that_name() {
    let mut s = session();
    let ana = s.join("4821", "Ana", "t-ana", NOW).unwrap();
    s.join("4821", "Bo", "t-bo", NOW).unwrap();
    s.advance();
    s.answer("t-ana", "5", NOW).unwrap();
    s.answer("t-bo", "6000", NOW).unwrap();
    s.remove(ana);
    assert_eq!(s.answered(0), 1);
    assert_eq!(
        s.answer("t-ana", "6558", NOW).unwrap_err(),
        ClassError::Removed
    );
    assert_eq!(
        s.join("4821", "ANA", "t-ana2", NOW),
        Err(ClassError::NameRemoved)
    );
    assert_eq!(s.present().count(), 1);
    assert_eq!(s.totals().len(), 1);
    assert_eq!(s.totals()[0].0, "Bo");
    // The teacher lets Ana back in: her token and answers count again.
    assert!(s.readmit(ana));
    assert_eq!(s.by_token("t-ana").unwrap().name, "Ana");
    assert_eq!(s.answered(0), 2);
    assert!(!s.readmit(ana), "only a removed student is let back in");
}

#[test]
fn a_removed_student_is_not_let_back_over_a_name_that_looks_the_same() {
    let mut s = session();
    let ana = s.join("4821", "Ana", "t-ana", NOW).unwrap();
    s.remove(ana);
    assert_eq!(
        s.join("4821", "\u{0410}na", "t-x", NOW),
        Err(ClassError::NameRemoved),
        "a look-alike of a removed name is refused too"
    );
    s.readmit(ana);
    assert_eq!(
        s.join("4821", "ana", "t-y", NOW),
        Err(ClassError::NameTaken)
    );
}

/// "José" typed with a precomposed é and with e + a combining accent is one name; so are
/// "Ana" and "Аna" with a Cyrillic А, which only looks the same.
#[test]
fn names_are_compared_as_people_read_them() {
    let mut s = session();
    let id = s.join("4821", "Jos\u{e9}", "t1", NOW).unwrap();
    assert_eq!(
        s.join("4821", "Jose\u{301}", "t2", NOW),
        Err(ClassError::NameTaken)
    );
    assert_eq!(
        s.join("4821", "JOSE\u{301}", "t2", NOW),
        Err(ClassError::NameTaken)
    );
    assert_eq!(s.student(id).unwrap().name, "Jos\u{e9}");
    s.join("4821", "Ana", "t3", NOW).unwrap();
    assert_eq!(
        s.join("4821", "\u{0410}na", "t4", NOW),
        Err(ClassError::NameLookalike)
    );
    assert_eq!(
        s.join("4821", "P\u{0430}ul", "t5", NOW).map(|_| ()),
        Ok(()),
        "no one else looks like it"
    );
    assert_eq!(
        s.join("4821", "Paul", "t6", NOW),
        Err(ClassError::NameLookalike)
    );
}

#[test]
fn names_count_characters_as_a_reader_sees_them() {
    // Thirteen letters, each with a combining mark: 26 code points, 13 characters.
    let marked: String = "abcdefghijklm"
        .chars()
        .flat_map(|c| [c, '\u{0323}'])
        .collect();
    assert_eq!(marked.chars().count(), 26);
    assert!(check_name(&marked).is_ok(), "13 letters are not too long");
    // Emoji sequences joined by a zero-width joiner are one character each, not invisible.
    for name in ["👩‍🏫", "👩🏽‍🚀", "Ana 👩‍🏫", "❤️"] {
        assert!(check_name(name).is_ok(), "{name:?}");
    }
    let long: String = "👩🏽‍🚀".repeat(24);
    assert!(check_name(&long).is_ok(), "24 astronauts are 24 characters");
    assert_eq!(
        check_name(&format!("{long}a")),
        Err(ClassError::BadName(NameProblem::TooLong))
    );
    // A joiner or a selector that joins nothing stays refused, like every invisible mark.
    for name in [
        "Ana\u{200D}",
        "A\u{200D}na",
        "\u{200D}Ana",
        "Ana\u{200B}",
        "Mallory\u{202E}nimda",
        "Ana\u{2066}",
        "\u{FE0F}Ana",
        "Ana\u{0007}",
        "Ana\u{E0041}",
    ] {
        assert_eq!(
            check_name(name),
            Err(ClassError::BadName(NameProblem::Invisible)),
            "{name:?}"
        );
    }
}

#[test]
fn choices_and_orders_read_as_the_window_reads_them() {
    let mut s = Session::new(mixed_case(), 5, "1234", NOW);
    s.join("1234", "Ana", "t", NOW).unwrap();
    s.advance();
    let right = s.shown_order(0).iter().position(|&i| i == 0).unwrap();
    let answer = s.answer("t", &(right + 1).to_string(), NOW).unwrap();
    assert_eq!(answer.points(), 100);
    s.advance();
    s.advance();
    s.advance();
    let shown = s.shown_order(1).to_vec();
    let letters: String = (0..3)
        .map(|file| crate::rules::answer::letter(shown.iter().position(|&i| i == file).unwrap()))
        .collect();
    assert_eq!(s.answer("t", &letters, NOW).unwrap().points(), 100);
}

#[test]
fn a_saved_session_comes_back_with_its_code_roster_and_answers() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    s.join("4821", "Bo", "t-bo", NOW).unwrap();
    s.remove(2);
    s.advance();
    s.answer("t-ana", "6000 (5000-8000)", NOW).unwrap();
    s.advance();
    s.advance();
    let saved = s.saved();
    let json = serde_json::to_string(&saved).unwrap();
    let back: SavedSession = serde_json::from_str(&json).unwrap();
    let (restored, dropped) = Session::restore(back, small_case());
    assert_eq!(dropped, 0);
    assert_eq!(restored.code(), "4821");
    assert_eq!(restored.phase(), ClassPhase::Revealed(0));
    assert_eq!(restored.by_token("t-ana").unwrap().name, "Ana");
    assert_eq!(restored.by_token("t-bo").unwrap_err(), ClassError::Removed);
    assert_eq!(
        restored.answer_of(1, 0).unwrap().answer,
        s.answer_of(1, 0).unwrap().answer
    );
    assert!(restored.is_revealed(0));
    assert!(
        (restored.epoch(), restored.version()) > (s.epoch(), s.version()),
        "a resumed session's states are newer than any sent before"
    );
}

/// A file saved before the last revealed stage was kept: the phase says which stages were
/// revealed, so going back does not reopen them.
#[test]
fn an_older_saved_session_keeps_its_reveals() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    for _ in 0..4 {
        s.advance();
    }
    assert_eq!(s.phase(), ClassPhase::Open(1));
    let mut json = serde_json::to_value(s.saved()).unwrap();
    for field in ["revealed", "ended", "version", "epoch"] {
        json.as_object_mut().unwrap().remove(field);
    }
    let (mut back, _) = Session::restore(serde_json::from_value(json).unwrap(), small_case());
    assert!(back.is_revealed(0) && !back.is_revealed(1));
    back.back();
    back.back();
    back.advance();
    assert_eq!(back.phase(), ClassPhase::Revealed(0));
}

#[test]
fn nicknames_are_two_friendly_words() {
    let names: std::collections::HashSet<String> = (0..576).map(nickname).collect();
    assert_eq!(names.len(), 576, "every pair once");
    assert!(
        names
            .iter()
            .all(|n| check_name(n).is_ok() && n.contains(' '))
    );
}

/// Something a student or the teacher does.
#[derive(Debug, Clone)]
enum Event {
    Join(u8, u8),
    Answer(u8, String),
    Remove(u8),
    Lock(bool),
    Next,
    Back,
    Reveal,
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        (0u8..12, 0u8..6).prop_map(|(who, name)| Event::Join(who, name)),
        (0u8..12, "[0-9a-z ,.()-]{0,12}").prop_map(|(who, text)| Event::Answer(who, text)),
        (0u8..12).prop_map(Event::Remove),
        any::<bool>().prop_map(Event::Lock),
        Just(Event::Next),
        Just(Event::Back),
        Just(Event::Reveal),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Any sequence of events: nothing panics, each student has at most one answer per stage,
    /// removed students never count, and an answer to a revealed stage never changes.
    #[test]
    fn random_events_keep_the_rules(events in prop::collection::vec(event(), 0..80)) {
        let mut s = Session::new(mixed_case(), 1, "1234", NOW);
        let mut frozen: std::collections::HashMap<(u32, usize), String> = Default::default();
        for e in events {
            match e {
                Event::Join(who, name) => {
                    let _ = s.join("1234", &format!("student {name}"), &format!("t{who}"), NOW);
                }
                Event::Answer(who, text) => {
                    let _ = s.answer(&format!("t{who}"), &text, NOW);
                }
                Event::Remove(who) => s.remove(u32::from(who)),
                Event::Lock(on) => s.set_locked(on),
                Event::Next => { s.advance(); }
                Event::Back => s.back(),
                Event::Reveal => { s.reveal(); }
            }
            for stage in 0..s.case().stages.len() {
                let mut seen = std::collections::HashSet::new();
                for a in s.answers_to(stage) {
                    prop_assert!(seen.insert(a.student), "one answer per student per stage");
                    prop_assert!(!s.student(a.student).unwrap().removed);
                }
                prop_assert!(s.answered(stage) <= s.present().count());
                if s.is_revealed(stage) {
                    for a in s.answers.iter().filter(|a| a.stage == stage) {
                        let kept = frozen.entry((a.student, stage)).or_insert(a.text.clone());
                        prop_assert_eq!(kept, &a.text, "answers are final once revealed");
                    }
                }
            }
            let mut names = std::collections::HashSet::new();
            for student in s.present() {
                prop_assert!(names.insert(student.name.to_lowercase()), "names are unique");
            }
        }
    }
}

/// What a save must write: the whole session at first and after each teacher's step, else
/// only the students' changes since the last save; replaying those on the whole save gives
/// the session as it is.
#[test]
fn students_changes_go_to_the_journal_and_teachers_steps_save_the_whole_session() {
    let mut s = session();
    assert_eq!(s.take_unsaved(), Unsaved::Nothing(0), "nobody joined yet");
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    let Unsaved::Whole(mut saved) = s.take_unsaved() else {
        panic!("the first save is whole");
    };
    assert_eq!(saved.version, s.version());
    s.join("4821", "Bo", "t-bo", NOW).unwrap();
    let Unsaved::Journal { entries, version } = s.take_unsaved() else {
        panic!("a join is appended");
    };
    assert_eq!(version, s.version());
    assert!(matches!(&entries[..], [JournalEntry::Join { student, .. }] if student.name == "Bo"));
    assert_eq!(s.take_unsaved(), Unsaved::Nothing(s.version()));
    for entry in entries {
        assert!(saved.apply(entry));
    }
    s.advance();
    let Unsaved::Whole(after_step) = s.take_unsaved() else {
        panic!("a teacher's step saves the whole session");
    };
    assert_eq!(after_step.students.len(), 2);
    s.answer("t-ana", "6000", NOW).unwrap();
    s.answer("t-bo", "7000", NOW).unwrap();
    s.answer("t-ana", "6500 (5000-8000)", NOW).unwrap();
    let Unsaved::Journal { entries, .. } = s.take_unsaved() else {
        panic!("answers are appended");
    };
    assert_eq!(entries.len(), 3, "every change, in order");
    let mut replayed = *after_step.clone();
    for entry in entries.iter().cloned() {
        assert!(replayed.apply(entry));
    }
    let mut now = s.saved();
    now.saved_at.clear();
    assert_eq!(
        replayed, now,
        "the whole save and its journal make the session"
    );
    // Replayed again (a journal left behind by a crash between the whole save and its
    // removal), nothing changes: every entry is older than the save.
    for entry in entries {
        assert!(!replayed.apply(entry));
    }
    assert_eq!(replayed, now);
}

/// A save that failed is written whole next time, so the changes it held are not lost.
#[test]
fn after_a_failed_save_the_whole_session_is_written() {
    let mut s = session();
    s.join("4821", "Ana", "t-ana", NOW).unwrap();
    assert!(matches!(s.take_unsaved(), Unsaved::Whole(_)));
    s.advance();
    assert!(matches!(s.take_unsaved(), Unsaved::Whole(_)));
    s.answer("t-ana", "6000", NOW).unwrap();
    assert!(matches!(s.take_unsaved(), Unsaved::Journal { .. }));
    s.save_whole_next();
    let Unsaved::Whole(saved) = s.take_unsaved() else {
        panic!("whole after a failure");
    };
    assert_eq!(
        saved.answers.len(),
        1,
        "the answer whose append failed is in it"
    );
}

/// Each phone's answers are read in its own language, and brought back in it: a German
/// student's `6.558` is 6,558 after a save, a journal replay and a restore; an English one's
/// `6.558` stays 6.558.
#[test]
fn answers_are_read_and_kept_in_each_phones_language() {
    use crate::content::lang::Lang;
    let mut s = session();
    s.join("4821", "Anna", "t-de", NOW).unwrap();
    s.join("4821", "Ann", "t-en", NOW).unwrap();
    s.advance(); // stage 1 open
    let guess = |a: &Answer| a.guess().unwrap();
    assert_eq!(
        guess(s.answer_in("t-de", "6.558", NOW, Lang::De).unwrap()),
        6558.0
    );
    assert_eq!(
        guess(s.answer_in("t-en", "6.558", NOW, Lang::En).unwrap()),
        6.558
    );
    let saved = s.saved();
    assert_eq!(saved.lang_of(AnswerKind::Alone, 1, 0), Lang::De);
    assert_eq!(saved.lang_of(AnswerKind::Alone, 2, 0), Lang::En);
    // As a file, and back.
    let json = serde_json::to_string(&saved).unwrap();
    let (back, dropped) = Session::restore(serde_json::from_str(&json).unwrap(), small_case());
    assert_eq!(dropped, 0);
    assert_eq!(guess(&back.answer_of(1, 0).unwrap().answer), 6558.0);
    assert_eq!(back.answer_of(1, 0).unwrap().lang, Lang::De);
    assert_eq!(guess(&back.answer_of(2, 0).unwrap().answer), 6.558);
    // From the journal, on a save taken before the answers.
    let mut before = session();
    before.join("4821", "Anna", "t-de", NOW).unwrap();
    before.join("4821", "Ann", "t-en", NOW).unwrap();
    before.advance();
    let mut older = before.saved();
    before.take_unsaved();
    before.answer_in("t-de", "1,5 Mio.", NOW, Lang::De).unwrap();
    if let Unsaved::Journal { entries, .. } = before.take_unsaved() {
        for entry in entries {
            let json = serde_json::to_string(&entry).unwrap();
            assert!(json.contains("\"lang\":\"de\""), "{json}");
            older.apply(serde_json::from_str(&json).unwrap());
        }
    } else {
        panic!("an answer is a change to append");
    }
    let (back, _) = Session::restore(older, small_case());
    assert_eq!(guess(&back.answer_of(1, 0).unwrap().answer), 1.5e6);
    // A file from before languages were kept reads as English.
    let old = json.replace(
        ",\"langs\":[{\"kind\":\"alone\",\"who\":1,\"stage\":0,\"lang\":\"de\"}]",
        "",
    );
    assert_ne!(old, json, "the file had its languages");
    let (back, _) = Session::restore(serde_json::from_str(&old).unwrap(), small_case());
    assert_eq!(guess(&back.answer_of(1, 0).unwrap().answer), 6.558);
}
