//! The teacher's window in class mode, headless: hosting from the title, the lobby's roster,
//! the count of answers (never the answers) while a stage is open, the reveal's class figures,
//! the teacher's keys, removal, and the session saved after every step.

mod common;

use std::sync::Arc;

use bevy::prelude::*;
use common::{act, headless_with, overlay, press, screen, shows, texts};
use takedown::game::actions::Action;
use takedown::game::class::{ClassRoom, Teacher};
use takedown::game::{Options, Overlay, Screen, Storage};
use takedown::rules::class::{ClassPhase, SavedSession};
use takedown::store::{MemoryBackend, Store};

const NOW: &str = "2026-11-27T09:00:00Z";

/// A window hosting EncroChat on 127.0.0.1 (any free port), from the title's Host a class.
fn hosting(memory: &Arc<MemoryBackend>) -> App {
    let memory = memory.clone();
    let mut app = headless_with(Options::default(), move |app| {
        app.insert_resource(Storage(Store::shared(memory)));
    });
    act(&mut app, Action::HostClass);
    assert_eq!(screen(&app), Screen::CaseSelect);
    {
        // A demonstration on this computer, on any free port.
        let mut setup = app
            .world_mut()
            .resource_mut::<takedown::game::class::ClassSetup>();
        setup.bind = std::net::Ipv4Addr::LOCALHOST.into();
        setup.port = 0;
        setup.code = Some("4821".into());
    }
    act(&mut app, Action::PickCase("encrochat".into()));
    app.update();
    assert_eq!(screen(&app), Screen::ClassLobby);
    app
}

fn with_session<T>(app: &App, f: impl FnOnce(&mut takedown::rules::class::Session) -> T) -> T {
    let room = app.world().resource::<ClassRoom>();
    let result = f(&mut room.session().lock());
    room.changed();
    result
}

/// Students join and answer, as the server would let them.
fn students(app: &mut App, n: usize) {
    with_session(app, |s| {
        for i in 0..n {
            s.join("4821", &format!("Student {i}"), &format!("t{i}"), NOW)
                .unwrap();
        }
    });
    app.update();
    app.update();
}

#[test]
fn a_class_runs_from_the_lobby_to_the_debrief_on_the_teachers_keys() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    assert!(shows(&mut app, "4821"), "the code in large type");
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("http://127.0.0.1:") && t.ends_with("/?code=4821")),
        "the URL"
    );
    assert!(shows(&mut app, "0 students have joined"));
    students(&mut app, 31);
    assert!(shows(&mut app, "31 students have joined"));
    assert!(shows(&mut app, "Student 30"), "the roster");

    press(&mut app, KeyCode::ArrowRight); // open the first stage
    assert_eq!(screen(&app), Screen::ClassStage);
    with_session(&app, |s| {
        for i in 0..23 {
            s.answer(&format!("t{i}"), &format!("{}", 2010 + i % 9), NOW)
                .unwrap();
        }
    });
    app.update();
    app.update();
    assert!(shows(&mut app, "23 of 31 answered"));
    assert!(
        !texts(&mut app).iter().any(|t| t == "2010" || t == "2014"),
        "no answer is shown before the reveal"
    );

    press(&mut app, KeyCode::PageDown); // close (a clicker's key)
    assert_eq!(with_session(&app, |s| s.phase()), ClassPhase::Closed(0));
    press(&mut app, KeyCode::Space); // reveal
    assert_eq!(screen(&app), Screen::ClassReveal);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("Class median ") && t.contains("of 23 students")),
        "{:?}",
        texts(&mut app)
    );
    // The session was saved at the reveal, with its CSV.
    let saved = Store::shared(memory.clone());
    let name = saved.classes().pop().expect("a saved class session");
    let (session, _) = saved.load_class::<SavedSession>(&name);
    assert_eq!(session.unwrap().answers.len(), 23);
    let csv = String::from_utf8(
        takedown::store::Backend::read(&*memory, &format!("classes/{name}.csv"))
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(csv.lines().count(), 24, "a header and one row per answer");

    press(&mut app, KeyCode::ArrowLeft); // back to the closed stage
    assert_eq!(screen(&app), Screen::ClassStage);
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(screen(&app), Screen::ClassReveal);

    // Through the remaining stages to the class debrief.
    let stages = with_session(&app, |s| s.case().stages.len());
    for _ in 1..stages {
        for _ in 0..3 {
            press(&mut app, KeyCode::ArrowRight);
        }
    }
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(screen(&app), Screen::ClassDebrief);
    assert!(shows(&mut app, "31 students"));
    assert!(shows(&mut app, "CLASS DEBRIEF"));
    assert!(
        !texts(&mut app).iter().any(|t| t == "Top totals"),
        "no ranking unless the teacher asks"
    );
    act(&mut app, Action::Class(Teacher::CycleTotals));
    assert!(shows(&mut app, "Top totals"));
}

#[test]
fn the_teacher_locks_the_room_and_removes_a_student() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    students(&mut app, 2);
    press(&mut app, KeyCode::KeyL);
    assert!(with_session(&app, |s| s.locked()));
    assert!(shows(&mut app, "The room is locked: nobody new can join."));
    act(&mut app, Action::Class(Teacher::AskRemove(1)));
    assert!(shows(&mut app, "Remove Student 0"));
    act(&mut app, Action::Class(Teacher::ConfirmRemove));
    assert!(shows(&mut app, "1 student has joined"));
    assert!(!shows(&mut app, "Student 0"));
}

#[test]
fn escape_in_class_opens_the_settings_which_end_the_class() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    press(&mut app, KeyCode::Escape);
    assert_eq!(overlay(&app), Overlay::Settings);
    assert_eq!(screen(&app), Screen::ClassLobby);
    assert!(shows(&mut app, "Back to the class"));
    act(&mut app, Action::Class(Teacher::EndClass));
    assert_eq!(screen(&app), Screen::Title);
    assert!(app.world().get_resource::<ClassRoom>().is_none());
}
