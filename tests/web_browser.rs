//! The web build in a real browser: Debian's Chromium, headless, WebGL2 in software. The page
//! loads, the title appears (the game says so in the console and on the page's body), a case is
//! chosen and one stage answered with key presses, the reveal appears, and a reload finds the
//! saved progress; the sound rests while nobody plays. A second run, on a 390x844 touch screen,
//! answers a stage with the on-screen keypad, tapping as a finger would; a high-density screen
//! is drawn at full resolution. A browser without WebGL2, and a folder without its .wasm, get a
//! plain message on the loading screen. Screenshots go to `target/web-browser/`.
//!
//! Needs the built page: `scripts/build-web.sh --dev target/web-dist` (or `web/dist`, or
//! `TAKEDOWN_WEB_DIST=DIR`), and the packages `chromium` and `chromium-driver`. Without them
//! the test says so and passes, unless `TAKEDOWN_REQUIRE_WEB` is set, as it is in CI.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::browser::{Driver, Viewport, serve};
use serde_json::Value;

/// Where the built page is, if it is built.
fn dist() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("TAKEDOWN_WEB_DIST").map(PathBuf::from),
        Some(root.join("target/web-dist")),
        Some(root.join("web/dist")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d| d.join("takedown_bg.wasm").is_file() && d.join("index.html").is_file())
}

/// The browser and the page, or `None` (with the reason printed) where either is missing.
fn open(viewport: Viewport, name: &str) -> Option<(Driver, String, PathBuf)> {
    open_with(viewport, name, &[])
}

/// As [`open`], with more Chromium flags.
fn open_with(viewport: Viewport, name: &str, flags: &[&str]) -> Option<(Driver, String, PathBuf)> {
    let required = std::env::var_os("TAKEDOWN_REQUIRE_WEB").is_some();
    let Some(dist) = dist() else {
        assert!(
            !required,
            "the web build is required here: scripts/build-web.sh --dev target/web-dist"
        );
        eprintln!("skipped: no web build (scripts/build-web.sh --dev target/web-dist)");
        return None;
    };
    let profile = std::env::temp_dir().join(format!("takedown-web-{name}-{}", std::process::id()));
    let Some(driver) = Driver::start_with(&profile, viewport, flags) else {
        assert!(
            !required,
            "chromium and chromedriver are required here (apt-get install chromium chromium-driver)"
        );
        eprintln!("skipped: no chromium/chromedriver (apt-get install chromium chromium-driver)");
        return None;
    };
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../web-browser");
    std::fs::create_dir_all(&shots).unwrap();
    Some((driver, serve(dist), shots))
}

/// Open the page and wait for the title screen; returns how long that took.
fn load(driver: &Driver, url: &str) -> Duration {
    let started = Instant::now();
    driver.go(url);
    driver.wait_until(
        "return document.body.dataset.ready === 'true'",
        Duration::from_secs(120),
        "the title screen never appeared",
    );
    started.elapsed()
}

fn wait_for_screen(driver: &Driver, screen: &str) {
    driver.wait_until(
        &format!("return document.body.dataset.screen === '{screen}'"),
        Duration::from_secs(60),
        &format!("the game never showed the {screen} screen"),
    );
}

fn stage(driver: &Driver) -> String {
    driver
        .execute("return document.body.dataset.stage")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The loading screen's message once it reports a problem.
fn problem_shown(driver: &Driver) -> String {
    driver.wait_until(
        "return document.getElementById('status').className === 'problem'",
        Duration::from_secs(60),
        "the page never reported the problem",
    );
    assert_eq!(
        driver.execute("return document.getElementById('bar').hidden"),
        Value::Bool(true),
        "the progress bar is hidden when there is a problem"
    );
    driver
        .execute("return document.getElementById('status').textContent")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The title screen is on the canvas, not only announced: a screenshot with dozens of colours
/// (a canvas left blank shows one or two).
fn assert_title_drawn(driver: &Driver) {
    let colours = driver.colours_on_screen();
    assert!(
        colours > 20,
        "the title is drawn ({colours} colours on screen)"
    );
}

/// Keys go to the game's canvas, as for a player who clicked into the page.
fn focus_the_game(driver: &Driver) {
    driver.execute("document.getElementById('takedown').focus(); return true");
}

/// Nothing went wrong in the page: no panic, no error in the console.
fn assert_clean(lines: &[String]) {
    let bad: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("SEVERE") || l.contains("panicked"))
        .collect();
    assert!(bad.is_empty(), "the console has errors: {bad:#?}");
}

#[test]
fn the_web_game_plays_a_stage_by_keyboard_and_keeps_progress_over_a_reload() {
    let Some((driver, url, shots)) = open(
        Viewport::Desktop {
            width: 1280,
            height: 800,
        },
        "desktop",
    ) else {
        return;
    };
    let took = load(&driver, &url);
    eprintln!("page load to the title screen: {:.1} s", took.as_secs_f64());
    let console = driver.console();
    assert!(
        console.iter().any(|l| l.contains("takedown: ready")),
        "the game says it is ready: {console:#?}"
    );
    assert_clean(&console);
    assert_title_drawn(&driver);
    driver.screenshot(&shots.join("title.png"));
    assert_eq!(
        driver.execute("return typeof window.takedownButtons"),
        "undefined",
        "the buttons' places are told only to a page that asks (?test-hooks)"
    );

    focus_the_game(&driver);
    driver.keys("\u{E006}"); // Play
    wait_for_screen(&driver, "caseselect");
    driver.keys("\u{E006}"); // EncroChat, the first case
    wait_for_screen(&driver, "briefing");
    driver.keys("\u{E006}"); // Begin the investigation
    wait_for_screen(&driver, "question");
    assert_eq!(stage(&driver), "1");
    driver.keys("2017\u{E006}");
    wait_for_screen(&driver, "reveal");
    std::thread::sleep(Duration::from_secs(2)); // the reveal's animation
    driver.screenshot(&shots.join("reveal.png"));

    // Sound runs after the key presses, rests 10 s after the last one (a running audio context
    // costs CPU while the game is silent), and wakes at the next key.
    let sound = "return document.body.dataset.sound";
    assert_eq!(driver.execute(sound), Value::from("running"), "sound is on");
    driver.wait_until(
        "return document.body.dataset.sound === 'suspended'",
        Duration::from_secs(30),
        "the sound never rested",
    );
    driver.keys("\u{E008}"); // Shift: a key press that does nothing in the game
    driver.wait_until(
        "return document.body.dataset.sound === 'running'",
        Duration::from_secs(10),
        "the sound did not wake at a key press",
    );
    let kept = driver.execute(
        "return Object.keys(localStorage).filter(k => k.startsWith('takedown/profiles/'))",
    );
    assert!(
        kept.as_array().is_some_and(|keys| keys
            .iter()
            .any(|k| k.as_str().unwrap_or("").contains("progress"))),
        "progress is kept in the browser: {kept}"
    );

    // A reload: the briefing offers to resume at stage 2.
    load(&driver, &url);
    focus_the_game(&driver);
    driver.keys("\u{E006}");
    wait_for_screen(&driver, "caseselect");
    driver.keys("\u{E006}");
    wait_for_screen(&driver, "briefing");
    driver.keys("\u{E006}"); // Resume at stage 2
    wait_for_screen(&driver, "question");
    assert_eq!(
        stage(&driver),
        "2",
        "the reload resumed where the player was"
    );
    driver.screenshot(&shots.join("resumed.png"));
    assert_clean(&driver.console());
}

/// Where the button with `action` is on screen, waiting for it to appear.
fn button(driver: &Driver, action: &str) -> (f64, f64) {
    let started = Instant::now();
    loop {
        let listed = driver.execute("return window.takedownButtons || '[]'");
        let buttons: Vec<Value> =
            serde_json::from_str(listed.as_str().unwrap_or("[]")).unwrap_or_default();
        if let Some(b) = buttons.iter().find(|b| b["action"] == action) {
            return (b["x"].as_f64().unwrap(), b["y"].as_f64().unwrap());
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no button {action} on screen: {buttons:#?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn tap(driver: &Driver, action: &str) {
    let (x, y) = button(driver, action);
    driver.tap(x, y);
}

#[test]
fn on_a_touch_screen_the_keypad_answers_a_stage() {
    let Some((driver, url, shots)) = open(Viewport::PhoneOneToOne, "phone") else {
        return;
    };
    load(&driver, &format!("{url}?test-hooks"));
    assert_title_drawn(&driver);
    driver.screenshot(&shots.join("phone-title.png"));
    tap(&driver, "Play");
    wait_for_screen(&driver, "caseselect");
    // The cases' small maps and the briefing's map, drawn on the page's one thread: looked at.
    std::thread::sleep(Duration::from_secs(2));
    driver.screenshot(&shots.join("phone-cases.png"));
    tap(&driver, "PickCase(\"encrochat\")");
    wait_for_screen(&driver, "briefing");
    std::thread::sleep(Duration::from_secs(2));
    driver.screenshot(&shots.join("phone-briefing.png"));
    tap(&driver, "Begin");
    wait_for_screen(&driver, "question");
    for key in ["2", "0", "1", "8"] {
        tap(&driver, &format!("TypeText(\"{key}\")"));
    }
    tap(&driver, "DeleteBack");
    tap(&driver, "TypeText(\"7\")");
    driver.screenshot(&shots.join("phone-keypad.png"));
    tap(&driver, "Submit");
    wait_for_screen(&driver, "reveal");
    std::thread::sleep(Duration::from_secs(2));
    driver.screenshot(&shots.join("phone-reveal.png"));
    let progress = driver.execute(
        "return localStorage.getItem('takedown/profiles/default/progress-encrochat.json') || ''",
    );
    assert!(
        progress.as_str().unwrap_or("").contains("2017"),
        "the answer typed on the keypad, 2017, was saved: {progress}"
    );
    assert_clean(&driver.console());
}

/// On a phone a finger scrolls: the case list (9 cases, most below the fold) moves under a
/// swipe, a case far down is then tapped; and a question has a visible way to the settings
/// and out of the case, without Escape.
#[test]
fn on_a_touch_screen_a_swipe_scrolls_and_every_action_has_a_control() {
    let Some((driver, url, shots)) = open(Viewport::PhoneOneToOne, "swipe") else {
        return;
    };
    load(&driver, &format!("{url}?test-hooks"));
    assert_title_drawn(&driver);
    tap(&driver, "Play");
    wait_for_screen(&driver, "caseselect");
    button(&driver, "PickCase(\"encrochat\")");
    // The case lowest on the list.
    let listed = driver.execute("return window.takedownButtons || '[]'");
    let buttons: Vec<Value> = serde_json::from_str(listed.as_str().unwrap_or("[]")).unwrap();
    let last = buttons
        .iter()
        .filter(|b| b["action"].as_str().unwrap_or("").starts_with("PickCase"))
        .max_by(|a, b| {
            a["y"]
                .as_f64()
                .unwrap()
                .total_cmp(&b["y"].as_f64().unwrap())
        })
        .map(|b| b["action"].as_str().unwrap().to_string())
        .unwrap();
    let last = last.as_str();
    let (x, before) = button(&driver, last);
    assert!(
        before > 844.0,
        "the last case starts below the fold: {before}"
    );
    let started = Instant::now();
    let mut after = before;
    // Swipe up until the case is on the screen above the bottom bar.
    while after > 760.0 && started.elapsed() < Duration::from_secs(30) {
        driver.swipe(x.min(200.0), 700.0, 150.0);
        std::thread::sleep(Duration::from_millis(500));
        after = button(&driver, last).1;
    }
    assert!(
        after < 760.0 && before - after > 300.0,
        "swipes scrolled the list: {before} → {after}"
    );
    driver.screenshot(&shots.join("phone-swiped.png"));
    tap(&driver, last);
    wait_for_screen(&driver, "briefing");
    tap(&driver, "Begin");
    wait_for_screen(&driver, "question");
    std::thread::sleep(Duration::from_secs(2));
    driver.screenshot(&shots.join("phone-question-bar.png"));
    tap(&driver, "OpenSettings");
    std::thread::sleep(Duration::from_secs(2));
    driver.screenshot(&shots.join("phone-settings.png"));
    tap(&driver, "ToCases");
    wait_for_screen(&driver, "caseselect");
    assert_clean(&driver.console());
}

/// A browser without WebGL2 gets a plain sentence on the loading screen, not a blank page, and
/// does not download the game for nothing.
#[test]
fn a_browser_without_webgl2_is_told_so() {
    let viewport = Viewport::Desktop {
        width: 1024,
        height: 640,
    };
    let Some((driver, url, shots)) = open_with(viewport, "no-webgl", &["--disable-3d-apis"]) else {
        return;
    };
    driver.go(&url);
    let message = problem_shown(&driver);
    assert!(
        message.contains("needs WebGL2") && message.contains("Firefox, Chrome, Edge and Safari"),
        "the message says what is missing and where to get it: {message}"
    );
    let downloaded = driver.execute(
        "return performance.getEntriesByType('resource').some(e => e.name.endsWith('.wasm'))",
    );
    assert_eq!(downloaded, Value::Bool(false), "the .wasm was not fetched");
    assert_eq!(
        driver.execute("return document.body.dataset.ready === 'true'"),
        Value::Bool(false),
        "the game did not start"
    );
    driver.screenshot(&shots.join("no-webgl.png"));
}

/// A folder copied without its .wasm (or a server that will not send it) says so on the page.
#[test]
fn a_missing_game_file_is_reported_on_the_page() {
    let viewport = Viewport::Desktop {
        width: 1024,
        height: 640,
    };
    let Some((driver, _, _)) = open(viewport, "no-wasm") else {
        return;
    };
    let dist = dist().expect("open found the build");
    let partial = std::env::temp_dir().join(format!("takedown-no-wasm-{}", std::process::id()));
    std::fs::create_dir_all(&partial).unwrap();
    for file in [
        "index.html",
        "loader.js",
        "words.js",
        "play.css",
        "takedown.js",
    ] {
        std::fs::copy(dist.join(file), partial.join(file)).unwrap();
    }
    driver.go(&serve(partial.clone()));
    let message = problem_shown(&driver);
    assert!(
        message.contains("could not start") && message.contains("did not download (404)"),
        "the message names the failed download: {message}"
    );
    let _ = std::fs::remove_dir_all(&partial);
}

/// A high-density screen (two device pixels per CSS pixel, as on many laptops and phones): the
/// canvas is drawn at full resolution, not blank, and the keys work.
#[test]
fn a_high_density_screen_draws_the_game_at_full_resolution() {
    let viewport = Viewport::Desktop {
        width: 1280,
        height: 800,
    };
    let Some((driver, url, shots)) =
        open_with(viewport, "hidpi", &["--force-device-scale-factor=2"])
    else {
        return;
    };
    load(&driver, &url);
    let size = driver.execute(
        "const c = document.getElementById('takedown'); \
         return [window.devicePixelRatio, c.width, c.clientWidth, c.height, c.clientHeight]",
    );
    let size: Vec<f64> = size
        .as_array()
        .expect("five numbers")
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    assert_eq!(
        size[0], 2.0,
        "the browser runs at 2 device pixels per CSS pixel"
    );
    assert!(
        (size[1] - 2.0 * size[2]).abs() <= 2.0 && (size[3] - 2.0 * size[4]).abs() <= 2.0,
        "the canvas has a device pixel for each screen pixel: {size:?}"
    );
    assert_title_drawn(&driver);
    driver.screenshot(&shots.join("hidpi-title.png"));
    focus_the_game(&driver);
    driver.keys("\u{E006}");
    wait_for_screen(&driver, "caseselect");
    assert_clean(&driver.console());
}

/// Press the button of the page's HTML version of the game named `name`, as a screen reader's
/// user would (the click event a screen reader sends).
fn press_in_html(driver: &Driver, name: &str) {
    let find = format!(
        "return [...document.querySelectorAll('#takedown-a11y button')]
            .find(b => b.textContent.startsWith({name:?})) !== undefined"
    );
    driver.wait_until(
        &find,
        Duration::from_secs(30),
        &format!("no button {name:?} in the page's HTML version"),
    );
    driver.execute(&format!(
        "[...document.querySelectorAll('#takedown-a11y button')]
            .find(b => b.textContent.startsWith({name:?})).click(); return true"
    ));
}

/// The web version for a screen reader: the page carries the game's screens as HTML (headings,
/// texts, buttons, the field and the slider), which act on the game; a stage is played there
/// without touching the canvas, and the reveal is read from the live region.
#[test]
fn a_screen_reader_plays_a_stage_in_the_pages_html_version() {
    let Some((driver, url, shots)) = open(
        Viewport::Desktop {
            width: 1280,
            height: 800,
        },
        "screen-reader",
    ) else {
        return;
    };
    load(&driver, &format!("{url}?lang=en&seed=7"));
    // The title's heading and buttons are there as HTML, in the game's language.
    driver.wait_until(
        "return document.querySelector('#takedown-a11y h1')?.textContent === 'TAKEDOWN'",
        Duration::from_secs(30),
        "no heading in the page's HTML version",
    );
    // The page passes axe-core's WCAG A and AA rules, on the title and on a question.
    let axe = common::browser::axe();
    let check = |when: &str| {
        if let Some(axe) = &axe {
            let found = driver.axe_violations(axe);
            assert!(found.is_empty(), "axe-core, {when}: {found:#?}");
        }
    };
    check("on the title");
    press_in_html(&driver, "Play");
    wait_for_screen(&driver, "caseselect");
    press_in_html(&driver, "EncroChat");
    wait_for_screen(&driver, "briefing");
    press_in_html(&driver, "Begin the investigation");
    wait_for_screen(&driver, "question");
    // The field is named by the question and described by the line under it.
    driver.wait_until(
        "return document.querySelector('#takedown-a11y input[type=text]')
            ?.getAttribute('aria-label')?.startsWith('In which year') === true",
        Duration::from_secs(30),
        "the field has no name",
    );
    driver.execute(
        "const f = document.querySelector('#takedown-a11y input[type=text]');
         f.focus(); f.value = '2018'; f.dispatchEvent(new Event('input')); return true",
    );
    driver.wait_until(
        "return document.querySelector('#takedown-a11y input[type=text]')
            .getAttribute('aria-description') === 'Read as 2018. Enter submits.'",
        Duration::from_secs(30),
        "the field's description does not follow what was typed",
    );
    check("on a question");
    // Tab from the game shows the HTML version, its focus seen.
    driver.screenshot(&shots.join("screen-reader-question.png"));
    driver.execute(
        "document.querySelector('#takedown-a11y input[type=text]')
            .dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); return true",
    );
    wait_for_screen(&driver, "reveal");
    driver.wait_until(
        "return document.getElementById('takedown-announce').textContent
            .startsWith('The answer: 2017 to 2018. Your estimate: 2018.')",
        Duration::from_secs(30),
        "the reveal is not announced in the live region",
    );
    assert_eq!(
        driver.execute(
            "return document.getElementById('takedown-announce').getAttribute('aria-live')"
        ),
        Value::from("assertive")
    );
    assert_clean(&driver.console());
}
