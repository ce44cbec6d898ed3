//! The class server, tested over real HTTP on 127.0.0.1 with a real client: joining, answering,
//! the teacher's steps, the event stream, coming back with a token, removal, locking, late
//! joining, and hostile requests, each answered with the right status while the class goes on.

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use takedown::content::library::Library;
use takedown::host::{Host, SharedSession};
use takedown::rules::class::{ClassPhase, Session};

const LOCAL: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

struct Class {
    host: Host,
    base: String,
    agent: ureq::Agent,
}

impl Class {
    fn new() -> Class {
        let case = Library::load(None).find("encrochat").unwrap().clone();
        let session = SharedSession::new(Session::new(case, 7, "4821", "2026-11-27T09:00:00Z"));
        Class::on(Host::start(session, LOCAL, 0, Arc::new(|| {}), None, None).unwrap())
    }

    /// A class on a host already started.
    fn on(host: Host) -> Class {
        let base = format!("http://{}", host.addr());
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        Class { host, base, agent }
    }

    fn post(&self, path: &str, body: &str) -> (u16, Value) {
        let mut response = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "application/json")
            .send(body)
            .unwrap();
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    fn get(&self, path: &str) -> (u16, Value) {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .call()
            .unwrap();
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    fn join(&self, name: &str) -> String {
        let (status, body) = self.post(
            "/api/join",
            &json!({ "code": "4821", "name": name }).to_string(),
        );
        assert_eq!(status, 200, "{body}");
        body["token"].as_str().unwrap().to_string()
    }

    fn answer(&self, token: &str, text: &str) -> (u16, Value) {
        self.post(
            "/api/answer",
            &json!({ "token": token, "text": text }).to_string(),
        )
    }

    fn state(&self, token: &str) -> (u16, Value) {
        self.get(&format!("/api/state?token={token}"))
    }

    /// The teacher moves on, as the window does.
    fn teacher(&self, step: impl FnOnce(&mut Session)) {
        step(&mut self.host.session().lock());
        self.host.changed();
    }
}

#[test]
fn a_class_joins_answers_and_sees_the_reveal() {
    let class = Class::new();
    let (status, body) = class.post(
        "/api/join",
        &json!({ "code": "0000", "name": "Ana" }).to_string(),
    );
    assert_eq!(status, 403);
    assert!(body["error"].as_str().unwrap().contains("not the code"));

    let ana = class.join("Ana");
    let (status, view) = class.state(&ana);
    assert_eq!(status, 200);
    assert_eq!(view["phase"], "lobby");
    assert_eq!(view["name"], "Ana");
    assert_eq!(
        class.answer(&ana, "2017").0,
        409,
        "no answers before the stage opens"
    );

    class.teacher(|s| {
        s.advance();
    });
    let (_, view) = class.state(&ana);
    assert_eq!(view["phase"], "open");
    assert_eq!(view["stage"]["number"], 1);
    assert_eq!(view["stage"]["kind"], "estimate");

    let (status, body) = class.answer(&ana, "2016");
    assert_eq!(status, 200);
    assert_eq!(body["read_as"], "2016");
    let (status, body) = class.answer(&ana, "lots");
    assert_eq!(status, 400);
    assert_eq!(
        body["error"], "Type a year, like 2019",
        "the window's own message"
    );
    let (_, body) = class.answer(&ana, "2017 (2016-2019)");
    assert_eq!(body["read_as"], "2017, 80% sure of 2016 to 2019");
    let (_, view) = class.state(&ana);
    assert_eq!(view["stage"]["your_answer"]["text"], "2017 (2016-2019)");
    assert!(
        view["stage"]["reveal"].is_null(),
        "no truth before the reveal"
    );

    class.teacher(|s| {
        s.advance();
    }); // closed
    assert_eq!(class.answer(&ana, "2018").0, 409, "closed: answers frozen");
    class.teacher(|s| {
        s.advance();
    }); // revealed
    let (_, view) = class.state(&ana);
    assert_eq!(view["phase"], "revealed");
    let reveal = &view["stage"]["reveal"];
    assert_eq!(reveal["points"], 100);
    assert!(reveal["truth"].as_str().unwrap().contains("2017"));
    assert!(reveal["source"].as_str().unwrap().starts_with("Source: "));
    assert_eq!(class.host.session().lock().answered(0), 1);
}

#[test]
fn phones_hear_every_change_on_the_event_stream() {
    let class = Class::new();
    let ana = class.join("Ana");
    let response = class
        .agent
        .get(format!("{}/api/events?token={ana}", class.base))
        .call()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut lines = BufReader::new(response.into_body().into_reader()).lines();
    let mut next_state = || -> Value {
        let mut event = String::new();
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some(kind) = line.strip_prefix("event: ") {
                event = kind.to_string();
            }
            if let Some(data) = line.strip_prefix("data: ")
                && event == "state"
            {
                return serde_json::from_str(data).unwrap();
            }
        }
        panic!("the stream ended");
    };
    assert_eq!(next_state()["phase"], "lobby", "the state at once");
    class.teacher(|s| {
        s.advance();
    });
    assert_eq!(next_state()["phase"], "open", "and again when it changes");
    class.teacher(|s| {
        s.reveal();
    });
    assert_eq!(next_state()["phase"], "revealed");
}

#[test]
fn a_reloaded_page_comes_back_with_its_token_and_late_students_join() {
    let class = Class::new();
    let ana = class.join("Ana");
    class.teacher(|s| {
        s.advance();
    });
    class.answer(&ana, "2017");
    // A reload: a new connection (a new client), the same token: the same student and answer.
    let reloaded: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = reloaded
        .get(format!("{}/api/state?token={ana}", class.base))
        .call()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let view: Value = serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(view["name"], "Ana");
    assert_eq!(view["stage"]["your_answer"]["text"], "2017");

    let late = class.join("Late");
    let (_, view) = class.state(&late);
    assert_eq!(
        view["phase"], "open",
        "a late student answers the current stage"
    );
    assert_eq!(class.answer(&late, "2018").0, 200);
    assert_eq!(class.host.session().lock().answered(0), 2);
}

#[test]
fn removal_and_locking_keep_people_out() {
    let class = Class::new();
    let ana = class.join("Ana");
    let id = class.host.session().lock().by_token(&ana).unwrap().id;
    class.teacher(|s| s.remove(id));
    assert_eq!(class.state(&ana).0, 403);
    let (status, body) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "ana" }).to_string(),
    );
    assert_eq!((status, body["error"].as_str().is_some()), (403, true));
    class.teacher(|s| s.set_locked(true));
    let (status, _) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "Bo" }).to_string(),
    );
    assert_eq!(status, 403);
    assert_eq!(class.host.session().lock().present().count(), 0);
}

#[test]
fn hostile_requests_get_the_right_status_and_the_class_goes_on() {
    let class = Class::new();
    let ana = class.join("Ana");

    // Malformed JSON, the wrong shape, a body far over the limit.
    assert_eq!(class.post("/api/join", "{ not json").0, 400);
    assert_eq!(class.post("/api/join", "[1, 2, 3]").0, 400);
    let huge = json!({ "code": "4821", "name": "x".repeat(100_000) }).to_string();
    let (status, body) = class.post("/api/join", &huge);
    assert_eq!(status, 413, "{body}");
    assert!(body["error"].as_str().unwrap().contains("too large"));

    // A name that is markup is only ever text: it is stored and sent back as it was typed.
    let (status, body) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "<script>alert(1)</script>" }).to_string(),
    );
    assert_eq!(status, 400, "too long as a name: {body}");
    let script = class.join("<script>x</script>");
    let (_, view) = class.state(&script);
    assert_eq!(view["name"], "<script>x</script>");
    assert!(
        class
            .post(
                "/api/join",
                &json!({ "code": "4821", "name": "a\u{202e}b" }).to_string()
            )
            .0
            == 400,
        "a bidirectional override is refused"
    );

    // Paths that are not the page or the API, and tokens that are not this class's.
    for path in [
        "/../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/api/nothing",
        "/index.php",
    ] {
        let (status, body) = class.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(body["error"].is_string(), "{path}: {body}");
    }
    let other = Class::new();
    let stranger = other.join("Stranger");
    assert_eq!(
        class.state(&stranger).0,
        404,
        "a token from another session"
    );
    assert_eq!(class.state("").0, 404);

    // A thousand wrong codes: refused, then rate-limited; the class still works.
    let mut statuses = std::collections::BTreeMap::new();
    for i in 0..1000 {
        let (status, _) = class.post(
            "/api/join",
            &json!({ "code": format!("{:04}", i % 4000 + 5000), "name": format!("g{i}") })
                .to_string(),
        );
        *statuses.entry(status).or_insert(0) += 1;
    }
    assert_eq!(statuses.get(&403), Some(&10), "{statuses:?}");
    assert_eq!(statuses.get(&429), Some(&990), "{statuses:?}");
    assert_eq!(class.state(&ana).0, 200, "the class is still served");
    class.teacher(|s| {
        s.advance();
    });
    assert_eq!(class.answer(&ana, "2017").0, 200);

    // Nothing was recorded that should not be: two students, one answer.
    let session = class.host.session().lock();
    assert_eq!(session.present().count(), 2);
    assert_eq!(session.answered(0), 1);
    assert_eq!(session.phase(), ClassPhase::Open(0));
}

/// A body over the limit gets its 413 even when it arrives in pieces: the server reads it before
/// answering. (Answering first and closing reset the connection under a client still sending,
/// which then saw "peer disconnected" instead of 413: CI, 2026-11-30.)
#[test]
fn a_too_large_body_sent_slowly_still_gets_its_413() {
    use std::io::{Read, Write};
    let class = Class::new();
    let body = json!({ "code": "4821", "name": "x".repeat(200_000) }).to_string();
    let mut socket = std::net::TcpStream::connect(class.host.addr()).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        socket,
        "POST /api/join HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    let (first, rest) = body.as_bytes().split_at(1000);
    socket.write_all(first).unwrap();
    // Long enough for a server that does not wait for the body to answer and close.
    std::thread::sleep(Duration::from_millis(300));
    socket
        .write_all(rest)
        .expect("the server is still reading the body");
    let mut answer = Vec::new();
    socket
        .read_to_end(&mut answer)
        .expect("the answer arrives whole, without a reset");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("connection: close"),
        "{answer}"
    );
    assert!(answer.contains("too large"), "{answer}");
    assert_eq!(class.host.session().lock().present().count(), 0);
}

#[test]
fn every_answer_carries_the_safety_headers() {
    let class = Class::new();
    for path in ["/", "/app.js", "/api/state?token=x", "/nothing"] {
        let response = class
            .agent
            .get(format!("{}{path}", class.base))
            .call()
            .unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
    }
    let mut page = class.agent.get(&class.base).call().unwrap();
    let html = page.body_mut().read_to_string().unwrap();
    assert!(html.contains("<script src=\"/app.js\" defer></script>"));
    assert!(!html.contains("<script>"), "no inline script");
}

#[test]
fn the_server_stops_promptly_with_streams_open() {
    let class = Class::new();
    let ana = class.join("Ana");
    let streams: Vec<_> = (0..10)
        .map(|_| {
            class
                .agent
                .get(format!("{}/api/events?token={ana}", class.base))
                .call()
                .unwrap()
        })
        .collect();
    let started = std::time::Instant::now();
    class.host.stop();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    drop(streams);
}

/// The web game at /play: the files of a build, with types the browser accepts and a policy
/// that lets it compile WebAssembly; nothing else from the folder; a clear page when there is
/// no build.
#[test]
fn the_web_game_is_served_at_play_when_it_is_built() {
    let dir = std::env::temp_dir().join(format!("takedown-play-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><title>Takedown</title>",
    )
    .unwrap();
    std::fs::write(dir.join("takedown_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    // The build's precompressed copy (scripts/build-web.sh): these bytes stand in for it.
    std::fs::write(dir.join("takedown_bg.wasm.gz"), b"\x1f\x8bpacked").unwrap();
    std::fs::write(dir.join("secret.txt"), "not for students").unwrap();
    let case = Library::load(None).find("encrochat").unwrap().clone();
    let start = |play: Option<std::path::PathBuf>| {
        let session = SharedSession::new(Session::new(
            case.clone(),
            7,
            "4821",
            "2026-11-27T09:00:00Z",
        ));
        Host::start(session, LOCAL, 0, Arc::new(|| {}), play, None).unwrap()
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    let get = |host: &Host, path: &str| {
        let mut response = agent
            .get(format!("http://{}{path}", host.addr()))
            .call()
            .unwrap();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string()
        };
        let (kind, policy, location) = (
            header("content-type"),
            header("content-security-policy"),
            header("location"),
        );
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_vec().unwrap_or_default();
        (status, kind, policy, location, body)
    };

    let host = start(Some(dir.clone()));
    let (status, _, _, location, _) = get(&host, "/play");
    assert_eq!((status, location.as_str()), (308, "/play/"));
    let (status, kind, policy, _, body) = get(&host, "/play/");
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/html"), "{kind}");
    assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
    assert!(String::from_utf8_lossy(&body).contains("<title>Takedown</title>"));
    let (status, kind, _, _, body) = get(&host, "/play/takedown_bg.wasm");
    assert_eq!((status, kind.as_str()), (200, "application/wasm"));
    assert_eq!(
        body, b"\0asm\x01\0\0\0",
        "a browser that takes no gzip gets the file"
    );
    // A browser that takes gzip gets the precompressed copy, said to be gzip.
    let mut packed = agent
        .get(format!("http://{}/play/takedown_bg.wasm", host.addr()))
        .header("accept-encoding", "gzip, deflate, br")
        .call()
        .unwrap();
    assert_eq!(
        packed
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("gzip")
    );
    assert_eq!(
        packed
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/wasm")
    );
    assert_eq!(packed.body_mut().read_to_vec().unwrap(), b"\x1f\x8bpacked");
    assert_eq!(get(&host, "/play/takedown_bg.wasm.gz").0, 404);
    assert_eq!(
        get(&host, "/play/secret.txt").0,
        404,
        "only the build's files"
    );
    assert_eq!(get(&host, "/play/..%2Fsecret.txt").0, 404);
    // The student page keeps its stricter policy.
    let (_, _, policy, _, _) = get(&host, "/");
    assert!(!policy.contains("wasm-unsafe-eval"), "{policy}");
    drop(host);

    let host = start(None);
    let (status, _, _, _, body) = get(&host, "/play/");
    assert_eq!(status, 404);
    let page = String::from_utf8_lossy(&body);
    assert!(page.contains("scripts/build-web.sh"));
    // It says where it looked: the folders found from the program and the repository too,
    // not only the current folder.
    let repository = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/dist");
    assert!(page.contains(&repository.display().to_string()), "{page}");
    drop(host);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `takedown host` started from another folder finds the build beside the program or in its
/// repository, not only in `web/dist` under the current folder.
#[test]
fn the_web_build_is_looked_for_beside_the_program_and_in_its_repository() {
    let dirs = takedown::host::play::search_dirs();
    let exe = std::env::current_exe().unwrap();
    assert!(
        dirs.contains(&exe.parent().unwrap().join("web")),
        "beside the program: {dirs:?}"
    );
    let repository = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/dist");
    assert!(
        dirs.iter()
            .filter(|d| d.is_absolute())
            .any(|d| d == &repository),
        "the repository, found from the program: {dirs:?}"
    );
}

/// Names as students type them (issue 14): the same name written two ways joins once, a
/// look-alike is refused, emoji sequences are not "invisible", and a name the projector cannot
/// draw is refused with a reason and the way out.
#[test]
fn names_join_as_people_write_them() {
    let class = Class::new();
    class.join("Jos\u{e9}");
    let (status, body) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "Jose\u{301}" }).to_string(),
    );
    assert_eq!(status, 409, "{body}");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("already has that name")
    );
    class.join("Ana");
    let (status, body) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "\u{410}na" }).to_string(),
    );
    assert_eq!(status, 409, "{body}");
    assert!(body["error"].as_str().unwrap().contains("looks the same"));
    // Thirteen letters with combining marks are thirteen characters.
    let marked: String = "abcdefghijklm"
        .chars()
        .flat_map(|c| [c, '\u{0323}'])
        .collect();
    class.join(&marked);
    for name in ["👩‍🏫", "👩🏽‍🚀", "李明", "सीता", "สมชาย"] {
        let (status, body) = class.post(
            "/api/join",
            &json!({ "code": "4821", "name": name }).to_string(),
        );
        assert_eq!(status, 400, "{name}: {body}");
        let error = body["error"].as_str().unwrap();
        assert!(
            error.contains("projector cannot show") && error.contains("nickname"),
            "{name}: {error}"
        );
        assert!(!error.contains("invisible"), "{name}: {error}");
    }
}

/// A phone that never heard the reply to its join sends it again with its own token: the same
/// student, not "the name is taken".
#[test]
fn a_join_sent_twice_is_one_student() {
    let class = Class::new();
    let own = "0123456789abcdef0123456789abcdef";
    let body = json!({ "code": "4821", "name": "Ana", "token": own }).to_string();
    let (status, first) = class.post("/api/join", &body);
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["token"], own);
    let (status, again) = class.post("/api/join", &body);
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["token"], own);
    assert_eq!(class.host.session().lock().present().count(), 1);
    // Another name cannot borrow that token: it gets one of its own.
    let (status, other) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "Bo", "token": own }).to_string(),
    );
    assert_eq!(status, 200, "{other}");
    assert_ne!(other["token"], own);
    // A token that is not 32 hex digits is not used.
    let (_, odd) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "Cy", "token": "short" }).to_string(),
    );
    assert_ne!(odd["token"], "short");
}

/// After a reveal, going back never reopens the stage (a student cannot change their answer to
/// the truth); an ended class refuses everything with 410 and tells the phones.
#[test]
fn reveals_are_final_and_an_ended_class_says_so() {
    let class = Class::new();
    let ana = class.join("Ana");
    class.teacher(|s| {
        for _ in 0..4 {
            s.advance();
        }
    });
    assert_eq!(class.host.session().lock().phase(), ClassPhase::Open(1));
    assert_eq!(class.answer(&ana, "2010").0, 200);
    class.teacher(|s| {
        s.advance();
        s.advance();
    });
    // ← from the reveal of stage 2 shows the reveal of stage 1, then → stage 2's again.
    for step in [Session::back as fn(&mut Session), |s: &mut Session| {
        s.advance();
    }] {
        class.teacher(step);
        let (_, view) = class.state(&ana);
        assert!(!view["stage"]["open"].as_bool().unwrap_or(false));
        assert!(!view["stage"]["reveal"].is_null(), "the truth stays shown");
        assert_eq!(class.answer(&ana, "2020").0, 409);
    }
    class.teacher(Session::end);
    let (_, view) = class.state(&ana);
    assert_eq!(view["ended"], true);
    let (status, body) = class.post(
        "/api/join",
        &json!({ "code": "4821", "name": "Late" }).to_string(),
    );
    assert_eq!(status, 410, "{body}");
}

/// With a file to write to, a phone is told its answer succeeded only once it is on disk.
#[test]
fn an_acknowledged_answer_is_already_on_disk() {
    let dir = std::env::temp_dir().join(format!("takedown-ack-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let store = takedown::store::Store::open(&dir);
    let case = Library::load(None).find("encrochat").unwrap().clone();
    let session = SharedSession::new(Session::new(case, 7, "4821", "2026-11-27T09:00:00Z"));
    let file = takedown::host::ClassFile {
        store: store.clone(),
        name: "ack".into(),
    };
    let host = Host::start(session, LOCAL, 0, Arc::new(|| {}), None, Some(file)).unwrap();
    host.flush().unwrap();
    assert!(
        store.classes().is_empty(),
        "a class nobody joined is not written (it would shadow the one to resume)"
    );
    let class = Class::on(host);
    let ana = class.join("Ana");
    class.teacher(|s| {
        s.advance();
    });
    for text in ["2011", "2012", "2013"] {
        assert_eq!(class.answer(&ana, text).0, 200);
        // Read straight from disk, no waiting.
        let (saved, _) = store.class_session("ack");
        let saved = saved.unwrap();
        assert_eq!(saved.answers.len(), 1);
        assert_eq!(saved.answers[0].2, text);
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The next `state` event on a phone's stream, or `None` if none comes within `wait`.
fn next_state_within(lines: &std::sync::mpsc::Receiver<Value>, wait: Duration) -> Option<Value> {
    lines.recv_timeout(wait).ok()
}

/// A phone's event stream, read on a thread of its own: every `state` it is sent.
fn stream_of(class: &Class, token: &str) -> std::sync::mpsc::Receiver<Value> {
    let response = class
        .agent
        .get(format!("{}/api/events?token={token}", class.base))
        .call()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut event = String::new();
        for line in BufReader::new(response.into_body().into_reader()).lines() {
            let Ok(line) = line else { return };
            if let Some(kind) = line.strip_prefix("event: ") {
                event = kind.to_string();
            }
            if let Some(data) = line.strip_prefix("data: ")
                && event == "state"
                && tx.send(serde_json::from_str(data).unwrap()).is_err()
            {
                return;
            }
        }
    });
    rx
}

/// A team round over HTTP: six students answer alone; two teams of three; one member sends
/// the team's answer and every member's phone hears it, while the other team's phones get
/// nothing of it; then each may revise; the reveal's figures and the CSV keep all three.
#[test]
fn a_team_round_takes_one_answer_per_team_and_tells_only_that_team() {
    let class = Class::new();
    let tokens: Vec<String> = (0..6).map(|i| class.join(&format!("S{i}"))).collect();
    class.teacher(|s| {
        s.advance();
    });
    for (i, token) in tokens.iter().enumerate() {
        assert_eq!(class.answer(token, &format!("{}", 2012 + i)).0, 200);
    }
    assert_eq!(
        class
            .post(
                "/api/team-answer",
                &json!({ "token": tokens[0], "text": "2017" }).to_string()
            )
            .0,
        409,
        "no team answers before the team round"
    );
    class.teacher(|s| {
        assert!(s.team_round());
    });
    let (team_a, team_b) = {
        let session = class.host.session().lock();
        let token_of = |id: u32| session.student(id).unwrap().token.clone();
        let teams = session.teams();
        assert_eq!(teams.len(), 2);
        (
            teams[0]
                .members
                .iter()
                .map(|&m| token_of(m))
                .collect::<Vec<_>>(),
            teams[1]
                .members
                .iter()
                .map(|&m| token_of(m))
                .collect::<Vec<_>>(),
        )
    };
    let (_, view) = class.state(&team_a[0]);
    assert_eq!(view["phase"], "teams");
    assert_eq!(
        view["stage"]["team"]["members"].as_array().unwrap().len(),
        3
    );
    assert_eq!(view["stage"]["team"]["open"], true);
    assert_eq!(view["stage"]["open"], false, "answers alone are closed");
    assert_eq!(class.answer(&team_a[0], "2017").0, 409);

    // Every phone's stream, its first state read.
    let streams: Vec<_> = team_a
        .iter()
        .chain(&team_b)
        .map(|t| stream_of(&class, t))
        .collect();
    for stream in &streams {
        assert!(next_state_within(stream, Duration::from_secs(5)).is_some());
    }
    let (status, body) = class.post(
        "/api/team-answer",
        &json!({ "token": team_a[1], "text": "2018 (2017-2019)" }).to_string(),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["read_as"], "2018, 80% sure of 2017 to 2019");
    for stream in &streams[..3] {
        let view = next_state_within(stream, Duration::from_secs(5)).expect("a member hears it");
        assert_eq!(view["stage"]["team"]["answer"]["text"], "2018 (2017-2019)");
        assert_eq!(
            view["stage"]["team"]["sent_by"],
            class.state(&team_a[1]).1["name"]
        );
    }
    for stream in &streams[3..] {
        assert!(
            next_state_within(stream, Duration::from_millis(600)).is_none(),
            "another team's phone hears nothing"
        );
    }
    let (_, other) = class.state(&team_b[0]);
    assert!(
        other["stage"]["team"]["answer"].is_null(),
        "nor reads it: {other}"
    );
    assert!(!other.to_string().contains("2018 (2017-2019)"));

    // Then each may revise their own answer.
    class.teacher(|s| {
        s.advance();
    });
    let (_, view) = class.state(&team_a[0]);
    assert_eq!(view["phase"], "revise");
    assert_eq!(view["stage"]["open"], true);
    assert_eq!(view["stage"]["alone_answer"]["text"], "2012");
    assert_eq!(class.answer(&team_a[0], "2018").0, 200);
    assert_eq!(
        class
            .post(
                "/api/team-answer",
                &json!({ "token": team_a[0], "text": "2017" }).to_string()
            )
            .0,
        409,
        "the team's answer is closed"
    );
    let (_, view) = class.state(&team_a[0]);
    assert_eq!(view["stage"]["your_answer"]["text"], "2018");
    class.teacher(|s| {
        s.advance();
        s.advance();
    });
    let session = class.host.session().lock();
    let figures =
        takedown::report::class::stage_figures(&session, 0, takedown::content::lang::Lang::En)
            .unwrap();
    let teams = figures.teams.expect("team figures");
    assert_eq!(teams.rounds[1].answers, 1, "one team answered");
    let csv = takedown::store::class_csv(&session);
    assert!(
        csv.contains(",2018 (2017-2019),"),
        "the team's answer in the CSV"
    );
    assert!(csv.contains("team_answer_typed"));
}

/// While students pick their teams, a phone lists them and picks one; a team that does not
/// exist is refused.
#[test]
fn students_pick_their_teams_on_their_phones() {
    let class = Class::new();
    let tokens: Vec<String> = (0..6).map(|i| class.join(&format!("P{i}"))).collect();
    class.teacher(|s| {
        s.set_forming(takedown::rules::class::TeamForming::Picked);
        s.advance();
        assert!(s.team_round());
    });
    let (_, view) = class.state(&tokens[0]);
    let picks = view["stage"]["pick"].as_array().unwrap().clone();
    assert_eq!(picks.len(), 2);
    assert!(view["stage"]["team"].is_null());
    let first = picks[0]["number"].as_u64().unwrap();
    let (status, body) = class.post(
        "/api/team",
        &json!({ "token": tokens[0], "team": first }).to_string(),
    );
    assert_eq!(status, 200, "{body}");
    let (_, view) = class.state(&tokens[0]);
    assert_eq!(view["stage"]["team"]["number"], first);
    assert_eq!(view["stage"]["pick"].as_array().unwrap().len(), 0);
    let (_, other) = class.state(&tokens[1]);
    assert_eq!(
        other["stage"]["pick"][0]["members"][0], "P0",
        "the others see who is where"
    );
    let (status, _) = class.post(
        "/api/team",
        &json!({ "token": tokens[1], "team": 999 }).to_string(),
    );
    assert_eq!(status, 409);
    let (status, _) = class.post(
        "/api/team-answer",
        &json!({ "token": tokens[1], "text": "2017" }).to_string(),
    );
    assert_eq!(status, 409, "in no team yet");
}

/// The maps phones show: the case's in the lobby, a stage's only once it is revealed (its
/// places may give its answer away); SVG pictures with the places listed in the state.
#[test]
fn maps_are_served_as_svg_and_a_stages_only_after_its_reveal() {
    let class = Class::new();
    let ana = class.join("Ana");
    let (_, view) = class.state(&ana);
    assert_eq!(view["case_map"], "/api/map");
    assert!(
        view["case_places"][0]
            .as_str()
            .unwrap()
            .starts_with("Servers: France"),
        "{view}"
    );
    let svg = |path: &str| {
        let mut response = class
            .agent
            .get(format!("{}{path}", class.base))
            .call()
            .unwrap();
        let status = response.status().as_u16();
        let kind = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        (
            status,
            kind,
            response.body_mut().read_to_string().unwrap_or_default(),
        )
    };
    let (status, kind, body) = svg("/api/map");
    assert_eq!(status, 200);
    assert!(kind.starts_with("image/svg+xml"), "{kind}");
    assert!(body.starts_with("<svg") && body.contains("<title>Map. Servers: France."));
    // Stage 2 (the servers) before and after its reveal.
    class.teacher(|s| {
        for _ in 0..4 {
            s.advance();
        }
    });
    assert_eq!(class.host.session().lock().phase(), ClassPhase::Open(1));
    assert_eq!(svg("/api/map?stage=2").0, 404, "not before the reveal");
    let (_, view) = class.state(&ana);
    assert!(view["stage"]["reveal"].is_null());
    class.teacher(|s| {
        s.advance();
        s.advance();
    });
    let (_, view) = class.state(&ana);
    assert_eq!(view["stage"]["reveal"]["map"], "/api/map?stage=2");
    // Its figure is money (the subscription's price): the banknote, served as SVG.
    assert_eq!(view["stage"]["icon"], "/icons/banknote.svg");
    let (status, kind, body) = svg("/icons/banknote.svg");
    assert_eq!(status, 200);
    assert!(kind.starts_with("image/svg+xml"), "{kind}");
    assert!(
        body.starts_with("<svg") && body.matches("<path").count() == 3,
        "{body}"
    );
    let cache = class
        .agent
        .get(format!("{}/icons/banknote.svg", class.base))
        .call()
        .unwrap()
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_string());
    assert_eq!(cache.as_deref(), Some("public, max-age=86400"));
    let state_cache = class
        .agent
        .get(format!("{}/api/map", class.base))
        .call()
        .unwrap()
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_string());
    assert_eq!(
        state_cache.as_deref(),
        Some("no-store"),
        "all else never cached"
    );
    assert_eq!(svg("/icons/nothing.svg").0, 404);
    assert_eq!(svg("/icons/banknote").0, 404);
    assert_eq!(view["stage"]["reveal"]["places"][0], "Servers: France");
    let (status, _, body) = svg("/api/map?stage=2");
    assert_eq!(status, 200);
    assert!(body.contains("<path"));
    // A stage without places, and nonsense, have none.
    assert_eq!(svg("/api/map?stage=1").0, 404);
    assert_eq!(svg("/api/map?stage=99").0, 404);
    assert_eq!(svg("/api/map?stage=x").0, 404);
}

/// A port another program holds: the next free one is offered, in the teacher's language.
#[test]
fn a_port_in_use_is_refused_with_a_free_one_offered_in_the_teachers_language() {
    use takedown::content::lang::Lang;
    use takedown::host::HostError;
    let holder = std::net::TcpListener::bind((LOCAL, 0)).unwrap();
    let port = holder.local_addr().unwrap().port();
    let case = Library::load(None).find("encrochat").unwrap().clone();
    let session = SharedSession::new(Session::new(case, 7, "4821", "2026-11-27T09:00:00Z"));
    let Err(error) = Host::start(session, LOCAL, port, Arc::new(|| {}), None, None) else {
        panic!("port {port} is held, yet the class started on it");
    };
    let HostError::PortTaken {
        port: taken,
        free: Some(free),
    } = error
    else {
        panic!("{error:?}");
    };
    assert_eq!(taken, port);
    assert!(free > port);
    // Port numbers are written without grouping, whatever the language.
    assert_eq!(
        error.say(Lang::Fr),
        format!(
            "le port {port} est déjà utilisé (par un autre programme ou une autre classe)\u{202f}; \
             le port {free} est libre\u{a0}: utilisez --port {free}"
        )
    );
    assert!(
        error
            .to_string()
            .starts_with(&format!("port {port} is already in use"))
    );
}
