//! A simulated class for load tests and screenshots: students join a class served by
//! `takedown host`, keep the event stream open as phones do, and answer every stage the teacher
//! opens. Prints the answer round-trip times.
//!
//!   cargo run --example class_load -- URL CODE STUDENTS STAGES [ANSWER_SHARE]
//!
//! URL is the class's address (`http://127.0.0.1:7878`), or `here`: the class server then runs
//! in this program, without a window, on 127.0.0.1, writing to a temporary folder as the host
//! does, and a thread takes the teacher's steps (open 5 s, close 1 s, reveal 2 s, as
//! `scripts/bench-class.sh` does): the server's own figures, apart from the window's drawing,
//! with its CPU while the phones wait. URL `serve` runs only that server and teacher, and
//! prints the address for a second `class_load` to load (on other cores, with `taskset`, as
//! real phones are other devices). STAGES is how many stages to answer
//! before stopping; ANSWER_SHARE (default 1) is the share of students who answer the first
//! stage (all but one answer the later ones, so a reveal shows nearly the whole class). In a
//! team round, each team's first member sends the team's answer, and a third of the students
//! revise theirs.
//! Everything stays on the address given (use 127.0.0.1), and it stops after STAGES stages or
//! ten minutes, whichever comes first.

use std::io::{BufRead, BufReader};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(600)))
        .build()
        .into()
}

/// A plausible answer for the stage a phone shows, different from student to student.
fn answer_for(stage: &Value, student: usize) -> String {
    let spread = [0.3, 0.5, 0.8, 1.0, 1.3, 2.0, 3.5, 6.0, 10.0, 0.1];
    match stage["kind"].as_str() {
        Some("choice") => format!(
            "{}",
            student % stage["options"].as_array().map_or(1, Vec::len) + 1
        ),
        Some("order") => {
            let n = stage["events"].as_array().map_or(0, Vec::len);
            let mut letters: Vec<char> = (0..n).map(|i| (b'A' + i as u8) as char).collect();
            letters.rotate_left(student % n.max(1));
            letters
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ if stage["unit"] == "year" => format!("{}", 2012 + student % 12),
        _ => {
            let base = 1000.0 * spread[student % spread.len()] * (1 + student % 7) as f64;
            if student.is_multiple_of(3) {
                format!("{base:.0} ({:.0}-{:.0})", base / 4.0, base * 4.0)
            } else {
                format!("{base:.0}")
            }
        }
    }
}

/// A class served by this program (URL `here`): its address and the teacher's thread.
struct Here {
    addr: std::net::SocketAddr,
    teacher: std::thread::JoinHandle<()>,
}

/// CPU time of this process so far, in clock ticks (utime + stime from `/proc/self/stat`).
fn own_cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(") ").map_or("", |(_, r)| r);
    let fields: Vec<u64> = rest
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    fields.get(11).copied().unwrap_or(0) + fields.get(12).copied().unwrap_or(0)
}

fn serve_here(code: &str, students: usize, stages: usize) -> Here {
    use std::sync::Arc;
    use takedown::content::library::Library;
    use takedown::host::{ClassFile, Host, SharedSession};
    use takedown::rules::class::Session;

    let dir = std::env::temp_dir().join(format!("takedown-class-load-{}", std::process::id()));
    let store = takedown::store::Store::open(&dir);
    let case = Library::load(None)
        .find("encrochat")
        .expect("the EncroChat case is built in")
        .clone();
    let session = SharedSession::new(Session::new(case, 7, code, "2026-11-30T09:00:00Z"));
    let file = ClassFile {
        store,
        name: "load".into(),
    };
    let host = Host::start(
        session,
        std::net::IpAddr::from([127, 0, 0, 1]),
        0,
        Arc::new(|| {}),
        None,
        Some(file),
    )
    .expect("the class server starts");
    let addr = host.addr();
    let teacher = std::thread::spawn(move || {
        let step = |host: &Host| {
            host.session().lock().advance();
            host.changed();
        };
        let joined = Instant::now() + Duration::from_secs(60);
        while host.session().lock().present().count() < students && Instant::now() < joined {
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_secs(5)); // every stream open
        let before = own_cpu_ticks();
        std::thread::sleep(Duration::from_secs(10));
        let ticks = own_cpu_ticks() - before;
        println!(
            "server CPU while {students} phones wait: {:.1}% of one core over 10 s",
            ticks as f64 / 100.0 / 10.0 * 100.0
        );
        for _ in 0..stages {
            step(&host); // open: every phone answers
            std::thread::sleep(Duration::from_secs(5));
            step(&host); // close
            std::thread::sleep(Duration::from_secs(1));
            step(&host); // reveal
            std::thread::sleep(Duration::from_secs(2));
        }
        host.stop();
        let _ = std::fs::remove_dir_all(&dir);
    });
    Here { addr, teacher }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 5 {
        eprintln!("usage: class_load URL|here|serve CODE STUDENTS STAGES [ANSWER_SHARE]");
        std::process::exit(2);
    }
    let code = args[2].clone();
    let students: usize = args[3].parse().expect("STUDENTS is a number");
    let stages: usize = args[4].parse().expect("STAGES is a number");
    if args[1] == "serve" {
        // The server and the teacher only: the phones come from another process, which can
        // run on other cores (`taskset`), as real phones are other devices.
        let class = serve_here(&code, students, stages);
        println!("serving on http://{}", class.addr);
        let _ = std::io::Write::flush(&mut std::io::stdout());
        let _ = class.teacher.join();
        return;
    }
    let here = (args[1] == "here").then(|| serve_here(&code, students, stages));
    let base = match &here {
        Some(class) => format!("http://{}", class.addr),
        None => args[1].trim_end_matches('/').to_string(),
    };
    let share: f64 = args
        .get(5)
        .map_or(1.0, |s| s.parse().expect("ANSWER_SHARE is a number"));
    let deadline = Instant::now() + Duration::from_secs(600);

    let (times_tx, times_rx) = mpsc::channel::<Duration>();
    let mut threads = Vec::new();
    for student in 0..students {
        let (base, code, times) = (base.clone(), code.clone(), times_tx.clone());
        threads.push(std::thread::spawn(move || {
            let agent = agent();
            let mut joined = agent
                .post(format!("{base}/api/join"))
                .send_json(json!({ "code": code, "name": format!("Student {}", student + 1) }))
                .expect("the class answers");
            let body: Value = joined.body_mut().read_json().expect("JSON");
            let Some(token) = body["token"].as_str().map(str::to_string) else {
                eprintln!("student {student} could not join: {body}");
                return;
            };
            let stream = agent
                .get(format!("{base}/api/events?token={token}"))
                .call()
                .expect("the event stream opens");
            let mut answered = Vec::new();
            let mut team_answered = Vec::new();
            let mut revised = Vec::new();
            let mut event = String::new();
            for line in BufReader::new(stream.into_body().into_reader()).lines() {
                let Ok(line) = line else { break };
                if let Some(kind) = line.strip_prefix("event: ") {
                    event = kind.to_string();
                }
                let Some(data) = line.strip_prefix("data: ") else {
                    continue;
                };
                if event != "state" {
                    continue;
                }
                let view: Value = serde_json::from_str(data).unwrap_or(Value::Null);
                if view["phase"] == "debrief" || Instant::now() > deadline {
                    break;
                }
                let stage = &view["stage"];
                let number = stage["number"].as_u64().unwrap_or(0) as usize;
                let share_now = if number <= 1 {
                    share
                } else {
                    1.0 - 1.0 / students as f64
                };
                let answers_this_one = (student as f64 + 0.5) / students as f64 <= share_now;
                if view["phase"] == "open" && !answered.contains(&number) && answers_this_one {
                    answered.push(number);
                    let started = Instant::now();
                    let response = agent
                        .post(format!("{base}/api/answer"))
                        .send_json(json!({ "token": token, "text": answer_for(stage, student) }));
                    if response.is_ok_and(|r| r.status() == 200) {
                        let _ = times.send(started.elapsed());
                    }
                }
                // A team round: the team's first member sends its answer; then a third of
                // the students revise theirs.
                let team = &stage["team"];
                if view["phase"] == "teams"
                    && team["open"] == true
                    && team["answer"].is_null()
                    && team["members"][0] == view["name"]
                    && !team_answered.contains(&number)
                {
                    team_answered.push(number);
                    let _ = agent.post(format!("{base}/api/team-answer")).send_json(
                        json!({ "token": token, "text": answer_for(stage, student + 3) }),
                    );
                }
                if view["phase"] == "revise"
                    && student.is_multiple_of(3)
                    && !revised.contains(&number)
                {
                    revised.push(number);
                    let _ = agent.post(format!("{base}/api/answer")).send_json(
                        json!({ "token": token, "text": answer_for(stage, student + 3) }),
                    );
                }
                // Done once the class has moved past the last stage asked, whether or not this
                // student answered it (one student skips on purpose).
                if number >= stages && view["phase"] == "revealed" {
                    break;
                }
            }
        }));
    }
    drop(times_tx);
    for thread in threads {
        let _ = thread.join();
    }
    if let Some(class) = here {
        let _ = class.teacher.join();
    }
    let mut times: Vec<Duration> = times_rx.iter().collect();
    times.sort();
    if times.is_empty() {
        println!("answers: 0");
        return;
    }
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
    println!("answers: {}", times.len());
    println!(
        "answer round trip p50: {:.1} ms",
        at(0.5).as_secs_f64() * 1000.0
    );
    println!(
        "answer round trip p95: {:.1} ms",
        at(0.95).as_secs_f64() * 1000.0
    );
    println!(
        "answer round trip max: {:.1} ms",
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
}
