//! The student page in a real browser: Debian's Chromium, headless, on a 390x844 phone
//! viewport, driven over WebDriver (chromedriver) with a few HTTP calls. A student joins from
//! the URL, types `6,5k`, sees how it was read, sees the teacher's reveal, reloads the page and
//! is still in the class. Screenshots of each step go to `target/class-browser/` to look at.
//!
//! Needs the packages `chromium` and `chromium-driver` (`.ci/run` installs them). Without
//! them the test says so and passes, unless `TAKEDOWN_REQUIRE_BROWSER` is set, as it is in CI.

use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use takedown::content::library::Library;
use takedown::host::{Host, SharedSession};
use takedown::rules::class::Session;

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

struct Driver {
    process: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self
            .agent
            .delete(format!("{}/session/{}", self.base, self.session))
            .call();
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

impl Driver {
    fn start(profile: &std::path::Path) -> Option<Driver> {
        let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())?;
        let port = TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let process = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let base = format!("http://127.0.0.1:{port}");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let started = Instant::now();
        while agent.get(format!("{base}/status")).call().is_err() {
            if started.elapsed() > Duration::from_secs(20) {
                return None;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "mobileEmulation": { "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 2.0, "touch": true } }
            }
        }}});
        let mut response = agent
            .post(format!("{base}/session"))
            .send_json(&capabilities)
            .ok()?;
        let body: Value = response.body_mut().read_json().ok()?;
        let session = body["value"]["sessionId"].as_str()?.to_string();
        Some(Driver {
            process,
            base,
            session,
            agent,
        })
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut response = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            (_, body) => self.agent.post(&url).send_json(body.unwrap_or(json!({}))),
        }
        .expect("chromedriver answers");
        let value: Value = response
            .body_mut()
            .read_json()
            .expect("JSON from chromedriver");
        value["value"].clone()
    }

    fn go(&self, url: &str) {
        self.call("POST", "/url", Some(json!({ "url": url })));
    }

    fn find(&self, css: &str) -> Option<String> {
        let found = self.call(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT].as_str().map(str::to_string)
    }

    /// The text of the first element matching `css`, waiting (up to 20 s) for `wanted` in it.
    fn wait_for_text(&self, css: &str, wanted: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self
                .find(css)
                .map(|e| self.call("GET", &format!("/element/{e}/text"), None))
                .and_then(|t| t.as_str().map(str::to_string))
                .unwrap_or_default();
            if text.contains(wanted) {
                return text;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "`{css}` never showed `{wanted}` (it shows `{text}`)"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).unwrap_or_else(|| panic!("no `{css}`"));
        self.call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    fn click(&self, css: &str) {
        let element = self.find(css).unwrap_or_else(|| panic!("no `{css}`"));
        self.call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    fn screenshot(&self, path: &std::path::Path) {
        let data = self.call("GET", "/screenshot", None);
        let png = decode_base64(data.as_str().unwrap_or_default());
        std::fs::write(path, png).expect("the screenshot is written");
    }
}

/// Standard base64 to bytes (chromedriver sends screenshots so).
fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = text.bytes().filter_map(value).collect();
    digits
        .chunks(4)
        .flat_map(|chunk| {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, d)| n | (u32::from(*d) << (18 - 6 * i)));
            let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            bytes.into_iter().take(chunk.len().saturating_sub(1))
        })
        .collect()
}

#[test]
fn a_student_joins_answers_sees_the_reveal_and_survives_a_reload() {
    let profile = std::env::temp_dir().join(format!("takedown-chromium-{}", std::process::id()));
    let Some(driver) = Driver::start(&profile) else {
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
