//! A real browser for tests: Debian's Chromium, headless, driven over WebDriver
//! (chromedriver). Used by the class page's test (a phone) and the web build's (a laptop and a
//! phone). Needs the packages `chromium` and `chromium-driver` (`.ci/run` installs them).
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The size of the page, in CSS pixels.
#[derive(Debug, Clone, Copy)]
pub enum Viewport {
    /// A phone held upright: 390x844, touch, 2 device pixels per CSS pixel.
    Phone,
    /// The same phone's screen at one device pixel per CSS pixel (headless Chromium's
    /// emulation does not size a WebGL canvas for two).
    PhoneOneToOne,
    /// A laptop's browser window.
    Desktop { width: u32, height: u32 },
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Driver {
    process: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
    /// Chromium's profile folder (over 100 MB once a page's WebAssembly is cached): removed
    /// when the driver is dropped, so test runs do not fill the disk.
    profile: std::path::PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self
            .agent
            .delete(format!("{}/session/{}", self.base, self.session))
            .call();
        let _ = self.process.kill();
        let _ = self.process.wait();
        if self.profile.starts_with(std::env::temp_dir()) {
            let _ = std::fs::remove_dir_all(&self.profile);
        }
    }
}

impl Driver {
    /// Chromium with an empty profile in `profile`, or `None` where Chromium or chromedriver
    /// is missing. WebGL2 runs on the CPU (SwiftShader), as on this machine there is no GPU.
    pub fn start(profile: &std::path::Path, viewport: Viewport) -> Option<Driver> {
        Driver::start_with(profile, viewport, &[])
    }

    /// As [`Driver::start`], with more Chromium flags (e.g. `--disable-3d-apis`: no WebGL).
    pub fn start_with(
        profile: &std::path::Path,
        viewport: Viewport,
        flags: &[&str],
    ) -> Option<Driver> {
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
        let mut args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            // WebGL2 in software: opt-in in current Chromium, so ask for it by name.
            "--use-angle=swiftshader".into(),
            "--enable-unsafe-swiftshader".into(),
            format!("--user-data-dir={}", profile.display()),
        ];
        args.extend(flags.iter().map(|f| f.to_string()));
        let mut options = json!({ "binary": "/usr/bin/chromium" });
        match viewport {
            Viewport::Phone | Viewport::PhoneOneToOne => {
                let ratio = if matches!(viewport, Viewport::Phone) {
                    2.0
                } else {
                    1.0
                };
                options["mobileEmulation"] = json!({ "deviceMetrics":
                    { "width": 390, "height": 844, "pixelRatio": ratio, "touch": true } });
            }
            Viewport::Desktop { width, height } => {
                args.push(format!("--window-size={width},{height}"));
            }
        }
        options["args"] = json!(args);
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": { "browser": "ALL" },
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
            profile: profile.to_path_buf(),
        })
    }

    pub fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
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

    pub fn go(&self, url: &str) {
        self.call("POST", "/url", Some(json!({ "url": url })));
    }

    pub fn find(&self, css: &str) -> Option<String> {
        let found = self.call(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT].as_str().map(str::to_string)
    }

    /// The text of the first element matching `css`, waiting (up to 20 s) for `wanted` in it.
    pub fn wait_for_text(&self, css: &str, wanted: &str) -> String {
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

    pub fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).unwrap_or_else(|| panic!("no `{css}`"));
        self.call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    /// Empty the field matching `css`.
    pub fn clear(&self, css: &str) {
        let element = self.find(css).unwrap_or_else(|| panic!("no `{css}`"));
        self.call(
            "POST",
            &format!("/element/{element}/clear"),
            Some(json!({})),
        );
    }

    pub fn click(&self, css: &str) {
        let element = self.find(css).unwrap_or_else(|| panic!("no `{css}`"));
        self.call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    pub fn screenshot(&self, path: &std::path::Path) {
        let data = self.call("GET", "/screenshot", None);
        let png = decode_base64(data.as_str().unwrap_or_default());
        std::fs::write(path, png).expect("the screenshot is written");
    }

    /// How many different colours a screenshot of the page has, counted on every 7th pixel.
    /// The browser decodes the screenshot itself (an image drawn on a 2D canvas), so no image
    /// library is needed. A page whose WebGL canvas stayed blank shows one or two colours;
    /// drawn text, with its smoothed edges, shows dozens.
    pub fn colours_on_screen(&self) -> u64 {
        let png = self.call("GET", "/screenshot", None);
        let script = format!(
            "window.takedownColours = null; const image = new Image(); \
             image.onload = () => {{ const canvas = document.createElement('canvas'); \
             canvas.width = image.width; canvas.height = image.height; \
             const context = canvas.getContext('2d'); context.drawImage(image, 0, 0); \
             const data = context.getImageData(0, 0, canvas.width, canvas.height).data; \
             const seen = new Set(); \
             for (let i = 0; i < data.length; i += 4 * 7) \
             {{ seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]); }} \
             window.takedownColours = seen.size; }}; \
             image.src = 'data:image/png;base64,{}'; return true",
            png.as_str().unwrap_or_default()
        );
        self.execute(&script);
        self.wait_until(
            "return window.takedownColours !== null",
            Duration::from_secs(20),
            "the browser did not decode its own screenshot",
        );
        self.execute("return window.takedownColours")
            .as_u64()
            .unwrap_or(0)
    }
}

/// Standard base64 to bytes (chromedriver sends screenshots so).
pub fn decode_base64(text: &str) -> Vec<u8> {
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

impl Driver {
    /// Run `script` (a function body) in the page and return what it returns.
    pub fn execute(&self, script: &str) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// Run `script` in the page, which calls its last argument with the result when it is
    /// done (a promise's end); the result.
    pub fn execute_async(&self, script: &str) -> Value {
        self.call(
            "POST",
            "/execute/async",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// axe-core's findings on the page as it is now, WCAG 2.0, 2.1 and 2.2 A and AA: each
    /// violation's rule and the elements it found, empty when there are none.
    pub fn axe_violations(&self, axe: &str) -> Vec<String> {
        self.execute(&format!("{axe}\n; return true"));
        let run = "const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values:
                ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
              .then(r => done(JSON.stringify(r.violations.map(v => v.id + ': ' + v.help + ' ' +
                 v.nodes.map(n => n.target.join(' ')).join(', ')))))
              .catch(e => done(JSON.stringify(['axe failed: ' + e])));";
        let found = self.execute_async(run);
        serde_json::from_str(found.as_str().unwrap_or("[\"no answer from axe\"]")).unwrap()
    }

    /// Wait up to `limit` for `script` to return `true`; panics with `what` otherwise, with
    /// the console's lines and the page's text.
    pub fn wait_until(&self, script: &str, limit: Duration, what: &str) {
        if !self.try_wait_until(script, limit) {
            let text = self.execute("return document.body ? document.body.innerText : ''");
            panic!(
                "{what} (waited {limit:?}); the page shows {text}; the console has {:#?}",
                self.console()
            );
        }
    }

    /// Wait up to `limit` for `script` to return `true`; whether it did.
    pub fn try_wait_until(&self, script: &str, limit: Duration) -> bool {
        let started = Instant::now();
        while self.execute(script) != json!(true) {
            if started.elapsed() >= limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        true
    }

    /// Press and release keys, one after the other, as a keyboard would: characters, or
    /// WebDriver's codes (`\u{E006}` is the main Enter key, `\u{E007}` the numeric keypad's).
    pub fn keys(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|k| {
                [
                    json!({ "type": "keyDown", "value": k.to_string() }),
                    json!({ "type": "pause", "duration": 30 }),
                    json!({ "type": "keyUp", "value": k.to_string() }),
                    json!({ "type": "pause", "duration": 120 }),
                ]
            })
            .collect();
        self.call(
            "POST",
            "/actions",
            Some(json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] })),
        );
    }

    /// A finger's tap at (`x`, `y`), in CSS pixels from the page's top left.
    pub fn tap(&self, x: f64, y: f64) {
        let actions = json!([
            { "type": "pointerMove", "x": x.round() as i64, "y": y.round() as i64, "duration": 0 },
            { "type": "pointerDown", "button": 0 },
            { "type": "pause", "duration": 60 },
            { "type": "pointerUp", "button": 0 },
            { "type": "pause", "duration": 150 },
        ]);
        self.call(
            "POST",
            "/actions",
            Some(json!({ "actions": [{ "type": "pointer", "id": "finger",
                "parameters": { "pointerType": "touch" }, "actions": actions }] })),
        );
    }

    /// A finger's swipe from (`x`, `from_y`) to (`x`, `to_y`), in CSS pixels, over 400 ms.
    pub fn swipe(&self, x: f64, from_y: f64, to_y: f64) {
        let (x, from_y, to_y) = (x.round() as i64, from_y.round() as i64, to_y.round() as i64);
        let actions = json!([
            { "type": "pointerMove", "x": x, "y": from_y, "duration": 0 },
            { "type": "pointerDown", "button": 0 },
            { "type": "pointerMove", "x": x, "y": (from_y + to_y) / 2, "duration": 200 },
            { "type": "pointerMove", "x": x, "y": to_y, "duration": 200 },
            { "type": "pointerUp", "button": 0 },
            { "type": "pause", "duration": 300 },
        ]);
        self.call(
            "POST",
            "/actions",
            Some(json!({ "actions": [{ "type": "pointer", "id": "finger",
                "parameters": { "pointerType": "touch" }, "actions": actions }] })),
        );
    }

    /// The browser console's lines so far (and forgets them).
    pub fn console(&self) -> Vec<String> {
        let lines = self.call("POST", "/se/log", Some(json!({ "type": "browser" })));
        lines
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|l| {
                        format!(
                            "{} {}",
                            l["level"].as_str().unwrap_or(""),
                            l["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A static file server for `dir` on 127.0.0.1, on its own thread, for the test's duration.
pub fn serve(dir: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port on loopback");
    let address = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            std::thread::spawn(move || answer(stream, &dir));
        }
    });
    address
}

fn answer(mut stream: TcpStream, dir: &Path) {
    // The request line, then the headers up to the blank line (read, so that closing the
    // connection does not reset it under the response).
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .split('?')
        .next()
        .unwrap_or("/");
    let name = if path == "/" {
        "index.html"
    } else {
        path.trim_start_matches('/')
    };
    let file = dir.join(name);
    let (status, body) = match (name.contains(".."), std::fs::read(&file)) {
        (false, Ok(body)) => ("200 OK", body),
        _ => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// axe-core, the accessibility checker (`npm install --prefix target/axe axe-core`, done by
/// `.ci/run`; `TAKEDOWN_AXE=FILE` for another copy), or `None` where it is not there (the test
/// then says so and passes, unless CI requires it).
pub fn axe() -> Option<String> {
    let file = std::env::var_os("TAKEDOWN_AXE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            // The build's folder in tests; `target/` where this file is built otherwise.
            option_env!("CARGO_TARGET_TMPDIR")
                .map(|tmp| PathBuf::from(tmp).join(".."))
                .unwrap_or_else(|| PathBuf::from("target"))
                .join("axe/node_modules/axe-core/axe.min.js")
        });
    match std::fs::read_to_string(&file) {
        Ok(script) => Some(script),
        Err(_) => {
            assert!(
                std::env::var_os("TAKEDOWN_REQUIRE_BROWSER").is_none(),
                "axe-core is required here: npm install --prefix target/axe axe-core ({})",
                file.display()
            );
            eprintln!("skipped: no axe-core (npm install --prefix target/axe axe-core)");
            None
        }
    }
}
