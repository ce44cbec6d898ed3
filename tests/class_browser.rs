//! The student page in a real browser: Debian's Chromium, headless, on a 390x844 phone
//! viewport, driven over WebDriver (chromedriver) with a few HTTP calls. A student joins from
//! the URL, types `6,5k`, sees how it was read, sees the teacher's reveal, reloads the page and
//! is still in the class. Screenshots of each step go to `target/class-browser/` to look at.
//!
//! Needs the packages `chromium` and `chromium-driver` (`.ci/run` installs them). Without
//! them the test says so and passes, unless `TAKEDOWN_REQUIRE_BROWSER` is set, as it is in CI.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::sync::Arc;

use common::browser::{Driver, Viewport};
use serde_json::json;
use takedown::content::library::Library;
use takedown::host::{Host, SharedSession};
use takedown::rules::class::Session;

#[test]
fn a_student_joins_answers_sees_the_reveal_and_survives_a_reload() {
    let profile = std::env::temp_dir().join(format!("takedown-chromium-{}", std::process::id()));
    let Some(driver) = Driver::start(&profile, Viewport::Phone) else {
        assert!(
            std::env::var_os("TAKEDOWN_REQUIRE_BROWSER").is_none(),
            "chromium and chromedriver are required here (apt-get install chromium chromium-driver)"
        );
        eprintln!("skipped: no chromium/chromedriver (apt-get install chromium chromium-driver)");
        return;
    };
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../class-browser");
    std::fs::create_dir_all(&shots).unwrap();

    let case = Library::load(None).find("encrochat").unwrap().clone();
    let session = SharedSession::new(Session::new(case, 7, "4821", "2026-11-27T09:00:00Z"));
    let host = Host::start(
        session.clone(),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        0,
        Arc::new(|| {}),
        None,
        None,
    )
    .unwrap();
    let teacher = |step: &dyn Fn(&mut Session)| {
        step(&mut session.lock());
        host.changed();
    };

    driver.go(&format!("http://{}/?code=4821", host.addr()));
    driver.wait_for_text("#join h2", "Join the class");
    driver.screenshot(&shots.join("join.png"));
    driver.type_into("#name", "Ana");
    driver.click("#join-button");
    driver.wait_for_text("#lobby-title", "You're in, Ana");
    driver.screenshot(&shots.join("lobby.png"));
    assert_eq!(session.lock().present().count(), 1);

    // The teacher opens stage 2, the subscription price in euros.
    teacher(&|s| {
        s.advance();
        s.reveal();
        s.advance();
    });
    driver.wait_for_text("#stage-title", "The servers in Roubaix");
    driver.type_into("#guess", "6,5k\u{E007}"); // typed, then Enter
    let echo = driver.wait_for_text("#echo", "Read as");
    assert!(echo.contains("€6,500"), "{echo}");
    driver.screenshot(&shots.join("answered.png"));
    assert_eq!(session.lock().answered(1), 1);

    teacher(&|s| {
        s.reveal();
    });
    driver.wait_for_text("#truth", "€1,500");
    let verdict = driver.wait_for_text("#verdict", "points");
    assert!(verdict.contains("too high"), "{verdict}");
    driver.screenshot(&shots.join("reveal.png"));

    // A reload: the page comes back by itself, with its token, in the class.
    driver.call("POST", "/refresh", Some(json!({})));
    driver.wait_for_text("#truth", "€1,500");
    driver.wait_for_text("#who", "Ana");
    assert_eq!(session.lock().present().count(), 1, "no second Ana");
    driver.screenshot(&shots.join("after-reload.png"));
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
}
