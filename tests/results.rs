//! The results screen opens a run by its identity: a run finished meanwhile does not change
//! which run is open.

mod common;

use std::time::{Duration, UNIX_EPOCH};

use bevy::prelude::*;
use common::{act, headless, press, screen, shows};
use takedown::content::library::Library;
use takedown::game::actions::Action;
use takedown::game::screens::OpenRun;
use takedown::game::{Options, Screen, Storage};
use takedown::rules::progress::Run;
use takedown::store::RunRecord;

fn finished(case_id: &str, answers: &[&str], at_secs: u64) -> RunRecord {
    let case = Library::load(None).find(case_id).unwrap().clone();
    let mut run = Run::new(case, 0);
    run.advance();
    for answer in answers {
        run.submit_text(answer).unwrap();
        run.advance();
    }
    RunRecord::of(&run, "default", UNIX_EPOCH + Duration::from_secs(at_secs))
}

#[test]
fn an_open_run_stays_open_when_another_is_finished() {
    let mut app = headless(Options::default());
    let storage = app.world().resource::<Storage>().clone();
    let older = finished("encrochat", &["2017", "1500"], 1_000_000_000);
    let newer = finished("exclu", &["3000"], 1_100_000_000);
    storage.add_run(&older).unwrap();
    storage.add_run(&newer).unwrap();

    act(&mut app, Action::OpenResults);
    assert_eq!(screen(&app), Screen::Results);
    // The list is newest first: the second button is the older run.
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.world().resource::<OpenRun>().0, Some(older.key()));
    assert!(
        shows(&mut app, "EncroChat, 2001-09-09"),
        "the older run is open"
    );

    // Another run is finished (a second window, the text mode), then the screen is shown again.
    let newest = finished("ghost", &["9"], 1_200_000_000);
    storage.add_run(&newest).unwrap();
    act(&mut app, Action::ToTitle);
    act(&mut app, Action::OpenResults);
    assert_eq!(app.world().resource::<OpenRun>().0, Some(older.key()));
    assert!(
        shows(&mut app, "EncroChat, 2001-09-09"),
        "still the older run"
    );
}
