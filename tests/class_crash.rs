//! A class survives its host being killed: `kill -9` at random moments during a scripted class,
//! then `takedown host --resume`, and every join and answer a phone was told succeeded is
//! there. The host runs in a child process (this test binary again, running
//! `crashing_host_child`), so that it can really be killed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, Ipv4Addr};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use takedown::content::lang::Lang;
use takedown::content::library::Library;
use takedown::host::open::{Opening, open_session};
use takedown::host::{ClassFile, Host, SharedSession};
use takedown::rules::class::Session;
use takedown::store::Store;

const CHILD: &str = "TAKEDOWN_CRASH_CHILD";
const LOCAL: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// In the child: serve a class (new, or the one written last) from the data folder in `CHILD`,
/// print its port, and move it on at each `next` read from standard input, until killed.
#[test]
fn crashing_host_child() {
    let Ok(dir) = std::env::var(CHILD) else {
        return;
    };
    let store = Store::open(&dir);
    let library = Library::load(None);
    let opening = if std::env::var("TAKEDOWN_CRASH_RESUME").is_ok() {
        Opening::Resume(None)
    } else {
        Opening::New {
            code: Some("4821".into()),
        }
    };
    let case = library.find("encrochat");
    let opened = open_session(&store, &library, case, &opening, 7, Lang::En).unwrap();
    let file = ClassFile {
        store,
        name: opened.name.clone(),
    };
    let host = Host::start(
        SharedSession::new(opened.session),
        LOCAL,
        0,
        Arc::new(|| {}),
        None,
        Some(file),
    )
    .unwrap();
    println!("PORT {} NAME {}", host.addr().port(), opened.name);
    std::io::stdout().flush().unwrap();
    for line in std::io::stdin().lock().lines() {
        if line.unwrap().trim() == "next" {
            host.session().lock().advance();
            host.changed();
        }
    }
}

struct Running {
    child: Child,
    stdin: ChildStdin,
    base: String,
}

fn start_host(dir: &std::path::Path, resume: bool) -> Running {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "--exact",
            "crashing_host_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if resume {
        command.env("TAKEDOWN_CRASH_RESUME", "1");
    }
    let mut child = command.spawn().unwrap();
    let stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let port = loop {
        let line = lines.next().expect("the child says its port").unwrap();
        // The test harness may print its own words before it on the line.
        if let Some(at) = line.find("PORT ") {
            break line[at + 5..]
                .split_whitespace()
                .next()
                .unwrap()
                .to_string();
        }
    };
    // Keep reading the child's output so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Running {
        child,
        stdin,
        base: format!("http://127.0.0.1:{port}"),
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

fn post(agent: &ureq::Agent, url: &str, body: Value) -> Option<(u16, Value)> {
    let mut response = agent
        .post(url)
        .header("Content-Type", "application/json")
        .send(body.to_string())
        .ok()?;
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().ok()?;
    Some((status, serde_json::from_str(&text).unwrap_or(Value::Null)))
}

/// An answer to the stage open now, different each time (`n`): a figure or a year for an
/// estimate, an option's number, or an order of the letters. `None` if no stage is open.
fn answer_for(agent: &ureq::Agent, base: &str, token: &str, n: u32) -> Option<String> {
    let mut response = agent
        .get(format!("{base}/api/state?token={token}"))
        .call()
        .ok()?;
    let view: Value = serde_json::from_str(&response.body_mut().read_to_string().ok()?).ok()?;
    let stage = &view["stage"];
    if view["phase"] != "open" {
        return None;
    }
    Some(match stage["kind"].as_str()? {
        "choice" => (1 + n as usize % stage["options"].as_array()?.len()).to_string(),
        "order" => {
            let count = stage["events"].as_array()?.len();
            let mut letters: Vec<char> = (0..count).map(|i| (b'A' + i as u8) as char).collect();
            letters.rotate_left(n as usize % count);
            letters
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ if stage["unit"] == "year" => (1990 + n % 35).to_string(),
        _ => (1000 + n * 7).to_string(),
    })
}

/// What the phones were told: the token of each name that joined; per token and stage id,
/// the last answer acknowledged; per token, the answers whose reply never came (the kill cut
/// them off: they may or may not have been written).
#[derive(Default)]
struct Told {
    joined: HashMap<String, String>,
    acked: HashMap<(String, String), String>,
    in_flight: HashMap<String, Vec<String>>,
}

#[test]
fn kill_dash_nine_loses_no_acknowledged_join_or_answer() {
    if std::env::var(CHILD).is_ok() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("takedown-crash-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    // A class of another day whose name sorts after the one to come, written earlier: resume
    // must bring back the class that crashed, not the last name.
    let store = Store::open(&dir);
    let decoy_case = Library::load(None).find("sky-ecc").unwrap().clone();
    let mut decoy = Session::new(decoy_case, 1, "9999", "2026-01-01T09:00:00Z").saved();
    decoy.saved_at = "2026-01-01T10:00:00.000Z".into();
    store
        .save_class("zzzz-sky-ecc-9999", &decoy, "name\r\n")
        .unwrap();

    let told = Arc::new(Mutex::new(Told::default()));
    let mut rng_state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut random = move |n: u64| {
        rng_state ^= rng_state << 13;
        rng_state ^= rng_state >> 7;
        rng_state ^= rng_state << 17;
        rng_state % n
    };
    let mut kills = 0;
    let started = Instant::now();
    for round in 0..8 {
        let mut host = start_host(&dir, round > 0);
        let stop = Arc::new(AtomicBool::new(false));
        // Eight phones: each joins once (in any round), then answers as fast as it can.
        let phones: Vec<_> = (0..8)
            .map(|p| {
                let (told, stop, base) = (told.clone(), stop.clone(), host.base.clone());
                std::thread::spawn(move || {
                    let agent = agent();
                    let name = format!("Student {p}");
                    // The phone's own token, sent with every try of its join.
                    let own = format!("{:032x}", 0xc1a55_u128 * 1000 + u128::from(p));
                    let mut n = 0u32;
                    while !stop.load(Ordering::SeqCst) {
                        let token = told.lock().unwrap().joined.get(&name).cloned();
                        let Some(token) = token else {
                            let body = json!({ "code": "4821", "name": name, "token": own });
                            if let Some((200, reply)) =
                                post(&agent, &format!("{base}/api/join"), body)
                            {
                                let token = reply["token"].as_str().unwrap().to_string();
                                told.lock().unwrap().joined.insert(name.clone(), token);
                            }
                            continue;
                        };
                        n += 1;
                        // An answer that reads for the stage open now (if one is).
                        let Some(text) = answer_for(&agent, &base, &token, n + p) else {
                            std::thread::sleep(Duration::from_millis(10));
                            continue;
                        };
                        let reply = post(
                            &agent,
                            &format!("{base}/api/answer"),
                            json!({ "token": token, "text": text }),
                        );
                        let mut told = told.lock().unwrap();
                        match reply {
                            Some((200, reply)) => {
                                let stage = reply["stage"].as_str().unwrap().to_string();
                                told.acked.insert((token.clone(), stage), text);
                            }
                            Some((_, _)) => {}
                            // Cut off by the kill: it may or may not have been written, to
                            // whichever stage was open.
                            None => told.in_flight.entry(token.clone()).or_default().push(text),
                        }
                        drop(told);
                        std::thread::sleep(Duration::from_millis(3));
                    }
                })
            })
            .collect();
        // The first class is written once somebody joins (an empty class is not kept).
        if round == 0 {
            let waited = Instant::now();
            while told.lock().unwrap().joined.is_empty()
                && waited.elapsed() < Duration::from_secs(10)
            {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        // The teacher moves on now and then; the host is killed at a random moment.
        let life = Duration::from_millis(150 + random(500));
        let born = Instant::now();
        while born.elapsed() < life {
            std::thread::sleep(Duration::from_millis(20 + random(80)));
            if random(5) == 0 {
                let _ = writeln!(host.stdin, "next");
            }
        }
        host.child.kill().unwrap();
        host.child.wait().unwrap();
        kills += 1;
        stop.store(true, Ordering::SeqCst);
        for phone in phones {
            phone.join().unwrap();
        }

        // What is on disk holds everything the phones were told.
        let store = Store::open(&dir);
        let name = store.latest_class().unwrap();
        assert_ne!(
            name, "zzzz-sky-ecc-9999",
            "the class that crashed comes back"
        );
        let (saved, warnings) = store.class_session(&name);
        assert!(warnings.is_empty(), "{warnings:?}");
        let saved = saved.unwrap();
        let case = Library::load(None).find("encrochat").unwrap().clone();
        let (session, dropped) = Session::restore(saved, case.clone());
        assert_eq!(dropped, 0);
        let told = told.lock().unwrap();
        for (name, token) in &told.joined {
            let student = session
                .by_token(token)
                .unwrap_or_else(|e| panic!("round {round}: {name} joined but is gone: {e}"));
            assert_eq!(&student.name, name);
        }
        for ((token, stage_id), text) in &told.acked {
            let student = session.by_token(token).unwrap().id;
            let n = case.stages.iter().position(|s| &s.id == stage_id).unwrap();
            let kept = &session
                .answer_of(student, n)
                .unwrap_or_else(|| {
                    panic!("round {round}: an acknowledged answer to {stage_id} is lost")
                })
                .text;
            let later = told
                .in_flight
                .get(token)
                .is_some_and(|sent| sent.contains(kept));
            assert!(
                kept == text || later,
                "round {round}: {stage_id}: {kept} kept, {text} acknowledged"
            );
        }
    }
    let told = told.lock().unwrap();
    assert_eq!(told.joined.len(), 8, "every phone joined");
    assert!(
        told.acked.len() >= 8,
        "answers were acknowledged: {}",
        told.acked.len()
    );
    eprintln!(
        "{kills} kills in {:.1} s, {} acknowledged answers checked",
        started.elapsed().as_secs_f64(),
        told.acked.len()
    );
    std::fs::remove_dir_all(&dir).ok();
}
