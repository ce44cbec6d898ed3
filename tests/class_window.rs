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
use takedown::rules::class::ClassPhase;
use takedown::store::{MemoryBackend, Store};

const NOW: &str = "2026-11-27T09:00:00Z";

/// A window hosting EncroChat on 127.0.0.1 (any free port), from the title's Host a class.
fn hosting(memory: &Arc<MemoryBackend>) -> App {
    hosting_on(Store::shared(memory.clone()))
}

/// As [`hosting`], keeping what it writes in `store`.
fn hosting_on(store: Store) -> App {
    hosting_with(store, |_| {})
}

/// As [`hosting_on`], with `extra` added to the app first (an image store, say).
fn hosting_with(store: Store, extra: impl FnOnce(&mut App) + Send + 'static) -> App {
    hosting_as(Options::default(), store, extra)
}

/// As [`hosting_with`], with the game's `options` (its language, say).
fn hosting_as(
    options: Options,
    store: Store,
    extra: impl FnOnce(&mut App) + Send + 'static,
) -> App {
    let mut app = headless_with(options, move |app| {
        app.insert_resource(Storage(store));
        extra(app);
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
fn the_projector_speaks_the_teachers_language() {
    let memory = Arc::new(MemoryBackend::default());
    let options = Options {
        lang: Some(takedown::content::lang::Lang::Fr),
        ..Options::default()
    };
    let mut app = hosting_as(options, Store::shared(memory.clone()), |_| {});
    assert!(
        shows(&mut app, "Commencer la première étape"),
        "{:?}",
        texts(&mut app)
    );
    assert!(shows(&mut app, "Fermer la classe (L)"));
    students(&mut app, 3);
    assert!(shows(&mut app, "3 élèves ont rejoint la classe"));
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(screen(&app), Screen::ClassStage);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("ÉTAPE 1 SUR ") && t.contains("(code 4821)")),
        "{:?}",
        texts(&mut app)
    );
    with_session(&app, |s| {
        for i in 0..2 {
            s.answer(&format!("t{i}"), "2015", NOW).unwrap();
        }
    });
    app.update();
    app.update();
    assert!(
        shows(&mut app, "2 sur 3 ont répondu"),
        "{:?}",
        texts(&mut app)
    );
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::Space);
    assert_eq!(screen(&app), Screen::ClassReveal);
    let shown = texts(&mut app);
    assert!(
        shown.iter().any(|t| t.starts_with("Médiane de la classe")),
        "the class's figures in French: {shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|t| t.ends_with("(2 sur 3 présents ont répondu)")),
        "{shown:?}"
    );
    assert!(
        shows(&mut app, "médiane de la classe"),
        "the line's median mark"
    );
    assert!(shows(&mut app, "Afficher ou masquer les fourchettes"));
    // No English left on the projector's reveal.
    for english in [
        "Class median",
        "class median",
        "in class answered",
        "Show or hide ranges",
        "Next stage",
        "Back",
    ] {
        assert!(
            !shown.iter().any(|t| t.contains(english)),
            "{english}: {shown:?}"
        );
    }
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
    // The stage's date on the case's timeline, shown now it is revealed.
    let names = |app: &mut App| -> Vec<String> {
        let world = app.world_mut();
        let mut q = world.query::<&Name>();
        q.iter(world).map(|n| n.to_string()).collect()
    };
    assert!(
        names(&mut app)
            .iter()
            .any(|n| n == "Timeline 2017–2017: stage 1, 2017"),
        "{:?}",
        names(&mut app)
    );
    // The session is saved as it changes, with its CSV.
    flush(&app);
    let saved = Store::shared(memory.clone());
    let name = saved.classes().pop().expect("a saved class session");
    let (session, _) = saved.class_session(&name);
    assert_eq!(session.unwrap().answers.len(), 23);
    let csv = String::from_utf8(
        takedown::store::Backend::read(&*memory, &format!("classes/{name}.csv"))
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(csv.lines().count(), 24, "a header and one row per answer");

    // ← after the first reveal goes back to the lobby; → shows the reveal again, never the
    // stage open for answers.
    press(&mut app, KeyCode::ArrowLeft);
    assert_eq!(screen(&app), Screen::ClassLobby);
    assert!(
        shows(&mut app, "Back to the stages"),
        "the lobby shown again says where → goes"
    );
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(screen(&app), Screen::ClassReveal);
    assert_eq!(with_session(&app, |s| s.phase()), ClassPhase::Revealed(0));

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
    // The button says what it will do; names come only on a second, explicit press.
    assert!(shows(&mut app, "Show top totals, without names"));
    act(&mut app, Action::Class(Teacher::CycleTotals));
    assert!(shows(&mut app, "Top totals"));
    let placed: Vec<String> = texts(&mut app)
        .into_iter()
        .filter(|t| t.starts_with("1. ") && t.contains(" points ("))
        .collect();
    assert_eq!(placed.len(), 1, "{placed:?}");
    assert!(!placed[0].contains("Student"), "no names yet: {placed:?}");
    assert!(shows(&mut app, "Show the names in the totals"));
    act(&mut app, Action::Class(Teacher::CycleTotals));
    assert!(shows(&mut app, "Hide the totals"));
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("1. Student ") && t.contains(" points (")),
        "names now"
    );
    act(&mut app, Action::Class(Teacher::CycleTotals));
    assert!(!shows(&mut app, "Top totals"));
}

/// Write the session now (the host writes it on a thread of its own after every change).
fn flush(app: &App) {
    app.world().resource::<ClassRoom>().host.flush().unwrap();
}

/// The button that performs `action`.
fn button(app: &mut App, action: &Action) -> Entity {
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &Action)>();
    q.iter(world)
        .find(|(_, a)| *a == action)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no button for {action:?}"))
}

fn focus_on(app: &mut App, entity: Entity) {
    app.world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .set(entity, bevy::input_focus::FocusCause::Navigated);
    app.update();
}

fn focused(app: &App) -> Option<Entity> {
    app.world()
        .resource::<bevy::input_focus::InputFocus>()
        .get()
}

/// Tab to "Lock the room", a student joins, Enter: the room locks (the class does not start),
/// and focus stayed where the teacher put it. Every part of the lobby stays the same entity.
#[test]
fn a_join_never_moves_the_teachers_focus() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    students(&mut app, 3);
    let lock = button(&mut app, &Action::Class(Teacher::ToggleLock));
    let chip = button(&mut app, &Action::Class(Teacher::AskRemove(2)));
    focus_on(&mut app, lock);
    students_named(&mut app, &["Late one", "Late two"]);
    assert!(shows(&mut app, "5 students have joined"));
    assert_eq!(focused(&app), Some(lock), "focus stays on Lock");
    assert_eq!(button(&mut app, &Action::Class(Teacher::ToggleLock)), lock);
    assert_eq!(
        button(&mut app, &Action::Class(Teacher::AskRemove(2))),
        chip,
        "a chip is not made again"
    );
    press(&mut app, KeyCode::Enter);
    assert!(with_session(&app, |s| s.locked()), "Enter locked the room");
    assert_eq!(screen(&app), Screen::ClassLobby, "the class did not start");
    // On a stage, a classmate's answer leaves the bottom bar's focus alone too.
    press(&mut app, KeyCode::ArrowRight);
    let reveal_now = button(&mut app, &Action::Class(Teacher::RevealNow));
    focus_on(&mut app, reveal_now);
    with_session(&app, |s| {
        s.answer("t0", "2015", NOW).unwrap();
    });
    app.update();
    app.update();
    assert!(shows(&mut app, "1 of 5 answered"));
    assert_eq!(focused(&app), Some(reveal_now));
}

/// Students join with these names, as the server would let them.
fn students_named(app: &mut App, names: &[&str]) {
    with_session(app, |s| {
        for name in names {
            s.join("4821", name, &format!("t-{name}"), NOW).unwrap();
        }
    });
    app.update();
    app.update();
}

/// The remove dialog opens on "Keep"; Space (the "move on" key) and Enter there keep the
/// student; a join while it is open does not move focus; only "Remove" removes, and the
/// teacher can let the student back in.
#[test]
fn removing_a_student_asks_first_and_can_be_undone() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    students(&mut app, 2);
    act(&mut app, Action::Class(Teacher::AskRemove(1)));
    let keep = button(&mut app, &Action::Class(Teacher::CancelRemove));
    assert_eq!(focused(&app), Some(keep), "the dialog opens on Keep");
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("Remove Student 0 from the class?"))
    );
    students_named(&mut app, &["Late"]);
    assert_eq!(
        focused(&app),
        Some(keep),
        "a join does not move focus to Remove"
    );
    press(&mut app, KeyCode::Space);
    assert_eq!(
        with_session(&app, |s| s.present().count()),
        3,
        "Space kept the student"
    );
    assert_eq!(
        screen(&app),
        Screen::ClassLobby,
        "and did not start the class"
    );
    act(&mut app, Action::Class(Teacher::AskRemove(1)));
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(
        screen(&app),
        Screen::ClassLobby,
        "no class key works under the dialog"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        with_session(&app, |s| s.present().count()),
        3,
        "Enter on Keep keeps"
    );
    // As a keyboard teacher does it: Enter on the student's chip, then Remove.
    let chip = button(&mut app, &Action::Class(Teacher::AskRemove(1)));
    focus_on(&mut app, chip);
    press(&mut app, KeyCode::Enter);
    let remove = button(&mut app, &Action::Class(Teacher::ConfirmRemove));
    focus_on(&mut app, remove);
    press(&mut app, KeyCode::Enter);
    assert!(shows(&mut app, "2 students have joined"));
    let lock = button(&mut app, &Action::Class(Teacher::ToggleLock));
    assert_eq!(
        focused(&app),
        Some(lock),
        "the chip is gone: focus goes to a safe button, not away"
    );
    // Let them back in.
    act(&mut app, Action::Class(Teacher::Readmit(1)));
    assert!(shows(&mut app, "3 students have joined"));
    assert!(with_session(&app, |s| s.by_token("t0").is_ok()));
}

/// Ending the class asks first (focus on "Keep teaching"), then tells the phones, saves, and
/// goes back to the title.
#[test]
fn ending_the_class_asks_then_tells_the_phones() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    students(&mut app, 1);
    act(&mut app, Action::Class(Teacher::EndClass));
    assert_eq!(screen(&app), Screen::ClassLobby, "not yet");
    let keep = button(&mut app, &Action::Class(Teacher::CancelEnd));
    assert_eq!(focused(&app), Some(keep));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        screen(&app),
        Screen::ClassLobby,
        "Enter on Keep teaching keeps teaching"
    );
    let session = app.world().resource::<ClassRoom>().session().clone();
    act(&mut app, Action::Class(Teacher::EndClass));
    act(&mut app, Action::Class(Teacher::ConfirmEnd));
    assert_eq!(screen(&app), Screen::Title);
    assert!(session.lock().ended(), "phones are told the class ended");
    let saved = Store::shared(memory.clone());
    let name = saved.latest_class().unwrap();
    let (kept, _) = saved.class_session(&name);
    assert!(kept.unwrap().ended, "and it is saved so");
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
    assert!(
        button(&mut app, &Action::Class(Teacher::Readmit(1))) != Entity::PLACEHOLDER,
        "listed among the removed"
    );
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
    assert_eq!(
        overlay(&app),
        Overlay::None,
        "the question is asked over the class"
    );
    act(&mut app, Action::Class(Teacher::ConfirmEnd));
    assert_eq!(screen(&app), Screen::Title);
    assert!(app.world().get_resource::<ClassRoom>().is_none());
}

/// At the class debrief, "Open the printable report" writes the report beside the CSV and
/// hands it to the browser; names are in it only once the teacher shows the totals with names.
#[test]
fn the_debrief_opens_the_printable_report() {
    use std::sync::Mutex;
    use takedown::game::class::OpenFile;
    let dir = std::env::temp_dir().join(format!("takedown-report-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut app = hosting_on(Store::open(&dir));
    let opened: Arc<Mutex<Vec<std::path::PathBuf>>> = Arc::default();
    let recorder = opened.clone();
    app.insert_resource(OpenFile(Arc::new(move |path| {
        recorder.lock().unwrap().push(path.to_path_buf());
        Ok(())
    })));
    students(&mut app, 3);
    press(&mut app, KeyCode::ArrowRight); // stage 1 open
    with_session(&app, |s| {
        for i in 0..3 {
            // The first stage asks for a year.
            s.answer(&format!("t{i}"), &format!("{}", 2015 + i), NOW)
                .unwrap();
        }
    });
    let stages = with_session(&app, |s| s.case().stages.len());
    for _ in 0..3 * stages {
        press(&mut app, KeyCode::ArrowRight);
    }
    assert_eq!(screen(&app), Screen::ClassDebrief);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("A report to print or file")),
        "the debrief says where the report is"
    );
    act(&mut app, Action::Class(Teacher::OpenReport));
    let path = opened
        .lock()
        .unwrap()
        .last()
        .cloned()
        .expect("the report was opened");
    assert!(path.starts_with(&dir), "{path:?}");
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("html"));
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.contains("Stage 1."), "every revealed stage");
    assert!(page.contains(&format!("Stage {stages}.")));
    assert!(!page.contains("Student 0"), "no names yet");
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("The printable report is open in your browser")),
        "{:?}",
        texts(&mut app)
    );
    // Totals without names, then with names: now the report names the students.
    act(&mut app, Action::Class(Teacher::CycleTotals));
    act(&mut app, Action::Class(Teacher::CycleTotals));
    act(&mut app, Action::Class(Teacher::OpenReport));
    assert_eq!(opened.lock().unwrap().len(), 2);
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.contains("<td>Student 0</td>"), "names shown");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A team round on the projector: T on an open stage shows each team with its members and how
/// many teams answered, → lets everyone revise, and the reveal shows the three medians and
/// whether talking helped. The lobby's buttons give every stage a team round.
#[test]
fn a_team_round_on_the_projector() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    assert!(shows(
        &mut app,
        "Team rounds: when I start one, T (turn on for every stage)"
    ));
    assert!(shows(&mut app, "Teams: made at random (let students pick)"));
    students(&mut app, 6);
    press(&mut app, KeyCode::ArrowRight); // stage 1 open
    with_session(&app, |s| {
        for i in 0..6 {
            s.answer(&format!("t{i}"), &format!("{}", 2012 + i), NOW)
                .unwrap();
        }
    });
    app.update();
    press(&mut app, KeyCode::KeyT);
    assert_eq!(with_session(&app, |s| s.phase()), ClassPhase::Teams(0));
    app.update();
    assert_eq!(screen(&app), Screen::ClassStage);
    assert!(
        shows(&mut app, "0 of 2 teams answered"),
        "{:?}",
        texts(&mut app)
    );
    let listed: Vec<String> = texts(&mut app)
        .into_iter()
        .filter(|t| t.starts_with("Team 1: "))
        .collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].contains("Team 2: "),
        "each team and its members: {listed:?}"
    );
    assert!(shows(&mut app, "Let everyone revise"));
    with_session(&app, |s| {
        let token = s.student(s.teams()[0].members[0]).unwrap().token.clone();
        s.team_answer(&token, "2017", NOW).unwrap();
    });
    app.update();
    app.update();
    assert!(shows(&mut app, "1 of 2 teams answered"));
    assert!(
        texts(&mut app).iter().any(|t| t.contains("✔ sent")),
        "the team that sent is marked"
    );
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(with_session(&app, |s| s.phase()), ClassPhase::Revise(0));
    assert!(shows(&mut app, "0 of 6 revised"));
    with_session(&app, |s| {
        s.answer("t0", "2017", NOW).unwrap();
    });
    app.update();
    app.update();
    assert!(shows(&mut app, "1 of 6 revised"));
    press(&mut app, KeyCode::ArrowRight); // closed
    press(&mut app, KeyCode::ArrowRight); // revealed
    assert_eq!(screen(&app), Screen::ClassReveal);
    let all = texts(&mut app);
    assert!(
        all.iter().any(|t| t.starts_with("Alone: median")),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|t| t.contains("answers given alone, □ each team's answer")),
        "{all:?}"
    );
    assert!(
        all.iter().any(|t| t.starts_with("Teams: median")),
        "{all:?}"
    );
    assert!(
        all.iter().any(|t| t.starts_with("After talking: median")),
        "{all:?}"
    );
    assert!(
        all.iter().any(|t| t.starts_with("Talking helped")
            || t.starts_with("Talking did not help")
            || t.starts_with("The teams did as well")),
        "{all:?}"
    );
    // Back to the lobby: every stage can get a team round.
    for _ in 0..2 {
        press(&mut app, KeyCode::ArrowLeft);
    }
    assert_eq!(screen(&app), Screen::ClassLobby);
    act(&mut app, Action::Class(Teacher::ToggleTeamEveryStage));
    assert!(shows(&mut app, "Team rounds: on every stage (turn off)"));
    assert!(with_session(&app, |s| s.team_every_stage()));
    act(&mut app, Action::Class(Teacher::SwitchForming));
    assert!(shows(
        &mut app,
        "Teams: students pick (make them at random)"
    ));
}

/// The join code's picture in the lobby: drawn when the lobby opens, and again when the
/// teacher comes back to it after a reveal (the lobby's image node is new then, with the same
/// address).
#[test]
fn the_join_code_is_drawn_again_on_a_lobby_shown_again() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting_with(Store::shared(memory), |app| {
        app.add_plugins(bevy::asset::AssetPlugin::default());
        app.init_asset::<Image>();
    });
    let code_drawn = |app: &mut App| {
        let world = app.world_mut();
        let mut q = world.query::<(&Name, &ImageNode)>();
        let image = q
            .iter(world)
            .find(|(name, _)| name.as_str() == "Join QR code")
            .map(|(_, node)| node.image.clone())
            .expect("the lobby shows the join code");
        image != ImageNode::default().image && world.resource::<Assets<Image>>().contains(&image)
    };
    assert!(code_drawn(&mut app), "drawn when the lobby opens");
    press(&mut app, KeyCode::ArrowRight); // open the first stage
    press(&mut app, KeyCode::PageDown); // close
    press(&mut app, KeyCode::Space); // reveal
    assert_eq!(screen(&app), Screen::ClassReveal);
    press(&mut app, KeyCode::ArrowLeft);
    assert_eq!(screen(&app), Screen::ClassLobby);
    app.update();
    assert!(code_drawn(&mut app), "drawn again on the lobby shown again");
}

/// A screen reader finds the teacher's screens too: in the lobby, on a stage and at its reveal
/// every control has a role and a name, the code and the count of students are read, and focus
/// is on a control.
#[test]
fn a_screen_reader_finds_every_control_on_the_projector() {
    use accesskit::Role;
    use common::a11y::{focusable, seen};
    let memory = Arc::new(MemoryBackend::default());
    let mut app = hosting(&memory);
    students(&mut app, 3);
    let lobby = focusable(&mut app);
    assert!(
        lobby
            .iter()
            .any(|s| s.role == Role::Button && s.name == "Student 2"),
        "each student can be chosen by name: {lobby:#?}"
    );
    let all = seen(&mut app);
    assert!(all.iter().any(|s| s.value == "4821"), "the code is read");
    assert!(all.iter().any(|s| s.value == "3 students have joined"));
    assert!(
        all.iter().any(|s| s.focused && s.focusable),
        "focus is on a control"
    );

    press(&mut app, KeyCode::ArrowRight); // open the first stage
    assert_eq!(screen(&app), Screen::ClassStage);
    focusable(&mut app);
    press(&mut app, KeyCode::PageDown); // close
    press(&mut app, KeyCode::Space); // reveal
    assert_eq!(screen(&app), Screen::ClassReveal);
    focusable(&mut app);
    assert!(seen(&mut app).iter().any(|s| s.focused && s.focusable));
}
