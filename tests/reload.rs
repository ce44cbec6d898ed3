//! Case files reload while the game runs, and a broken file shows its problem on the case list.

use std::time::{Duration, Instant};

use bevy::input::InputPlugin;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use takedown::game::{self, Cases, Options, Screen};

fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut q = world.query::<&Text>();
    q.iter(world).map(|t| t.0.clone()).collect()
}

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

    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, InputPlugin));
    app.insert_resource(Options {
        levels: Some(dir.clone()),
        ..Options::default()
    });
    app.add_plugins(game::plugin);
    app.update();
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::CaseSelect);
    app.update();
    app.update();
    assert!(texts(&mut app).iter().any(|t| t == "Minimal"));

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
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::CaseSelect
    );
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
