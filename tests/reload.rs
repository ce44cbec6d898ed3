//! Case files reload while the game runs, and a broken file shows its problem on the case list.

use std::time::{Duration, Instant};

mod common;

use bevy::prelude::*;
use common::{headless, screen, shows, texts};
use takedown::game::{Cases, Options, Screen};

/// Run frames until `done` holds, for at most five seconds (the watcher looks twice a second).
fn run_until(app: &mut App, mut done: impl FnMut(&mut App) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        app.update();
        if done(app) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn a_saved_file_reloads_and_a_broken_one_shows_its_problem() {
    let dir = std::env::temp_dir().join(format!("takedown-reload-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/good/minimal.ron"
    ))
    .unwrap();
    std::fs::write(dir.join("minimal.ron"), &good).unwrap();

    let mut app = headless(Options {
        levels: Some(dir.clone()),
        ..Options::default()
    });
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::CaseSelect);
    app.update();
    app.update();
    assert!(shows(&mut app, "Minimal"));

    // The author renames the case.
    std::fs::write(
        dir.join("minimal.ron"),
        good.replace("\"Minimal\"", "\"Minimal, revised\""),
    )
    .unwrap();
    assert!(
        run_until(&mut app, |app| texts(app)
            .iter()
            .any(|t| t == "Minimal, revised")),
        "the edited title appears on the case list"
    );

    // The author saves a file with a mistake: it shows, greyed, with its problem.
    std::fs::write(
        dir.join("broken.ron"),
        good.replace("Value(6558)", "Value(-1)")
            .replace("id: \"minimal\"", "id: \"broken\""),
    )
    .unwrap();
    assert!(
        run_until(&mut app, |app| texts(app)
            .iter()
            .any(|t| t.contains("cannot be played")
                && t.contains("the truth must be a positive number"))),
        "the broken file's problem is on the case list"
    );
    assert_eq!(screen(&app), Screen::CaseSelect);
    let cases = app.world().resource::<Cases>();
    assert!(cases.0.files.iter().any(|f| f.result.is_err()));
    assert!(
        cases.0.find("minimal").is_some(),
        "the good case still plays"
    );

    // A second file with the same case id is refused, as `takedown check` refuses it.
    std::fs::write(dir.join("zz-copy.ron"), &good).unwrap();
    assert!(
        run_until(&mut app, |app| texts(app)
            .iter()
            .any(|t| t.contains("case id `minimal` is already used by"))),
        "the duplicate id is on the case list"
    );
    std::fs::remove_dir_all(&dir).ok();
}
