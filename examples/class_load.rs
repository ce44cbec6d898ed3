//! A simulated class for load tests and screenshots: students join a class served by
//! `takedown host`, keep the event stream open as phones do, and answer every stage the teacher
//! opens. Prints the answer round-trip times. The phones are tasks on one thread that speak
//! HTTP/1.1 by hand and read only what they need of each state, so that the load takes little of
//! the processor the server shares with it.
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

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// What a phone reads of the state it is sent (the rest is skipped unread).
#[derive(Deserialize, Default)]
#[serde(default)]
struct View {
    phase: String,
    name: String,
    stage: Option<Stage>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Stage {
    number: usize,
    kind: String,
    unit: String,
    options: Vec<serde::de::IgnoredAny>,
    events: Vec<serde::de::IgnoredAny>,
    team: Option<Team>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Team {
    open: bool,
    members: Vec<String>,
    answer: Option<serde::de::IgnoredAny>,
}

/// One HTTP/1.1 connection a phone keeps open (keep-alive), as a browser does: written by
/// hand so that 200 phones cost one thread and little CPU (the load, not the server, took most
/// of the processor with a thread and a full JSON parse per phone).
struct Connection {
    stream: BufReader<TcpStream>,
    host: String,
}

/// A response's status and whether its body is chunked, and its length otherwise.
struct Head {
    status: u16,
    chunked: bool,
    length: Option<usize>,
}

impl Connection {
    async fn open(addr: SocketAddr) -> std::io::Result<Connection> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            stream: BufReader::new(stream),
            host: addr.to_string(),
        })
    }

    async fn send(&mut self, method: &str, path: &str, body: &str) -> std::io::Result<Head> {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.host,
            body.len()
        );
        self.stream.get_mut().write_all(request.as_bytes()).await?;
        let mut line = String::new();
        self.stream.read_line(&mut line).await?;
        let status = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("not an HTTP response: {line:?}")))?;
        let mut head = Head {
            status,
            chunked: false,
            length: None,
        };
        loop {
            line.clear();
            if self.stream.read_line(&mut line).await? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            let header = line.trim_end();
            if header.is_empty() {
                return Ok(head);
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                head.length = value.parse().ok();
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                head.chunked = value.eq_ignore_ascii_case("chunked");
            }
        }
    }

    /// The next piece of a chunked body (`None` at its end).
    async fn chunk(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut line = String::new();
        if self.stream.read_line(&mut line).await? == 0 {
            return Ok(None);
        }
        let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
            .map_err(|_| std::io::Error::other(format!("not a chunk size: {line:?}")))?;
        let mut bytes = vec![0; size + 2];
        self.stream.read_exact(&mut bytes).await?;
        bytes.truncate(size);
        Ok((size > 0).then_some(bytes))
    }

    /// A request with a JSON body, and the response's status and body.
    async fn post(&mut self, path: &str, body: &str) -> std::io::Result<(u16, String)> {
        let head = self.send("POST", path, body).await?;
        let mut bytes = Vec::new();
        if head.chunked {
            while let Some(chunk) = self.chunk().await? {
                bytes.extend(chunk);
            }
        } else {
            bytes.resize(head.length.unwrap_or(0), 0);
            self.stream.read_exact(&mut bytes).await?;
        }
        Ok((head.status, String::from_utf8_lossy(&bytes).into_owned()))
    }
}

/// A phone: join, open the event stream, answer each stage the teacher opens (the round trip
/// of each answer goes to `times`), and in a team round send the team's answer or revise.
async fn phone(
    addr: SocketAddr,
    code: &str,
    student: usize,
    students: usize,
    stages: usize,
    share: f64,
    deadline: Instant,
    times: tokio::sync::mpsc::UnboundedSender<Duration>,
) -> std::io::Result<()> {
    let mut api = Connection::open(addr).await?;
    let (_, body) = api
        .post(
            "/api/join",
            &json!({ "code": code, "name": format!("Student {}", student + 1) }).to_string(),
        )
        .await?;
    let joined: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    let Some(token) = joined["token"].as_str().map(str::to_string) else {
        return Err(std::io::Error::other(format!("could not join: {body}")));
    };
    let mut stream = Connection::open(addr).await?;
    let head = stream
        .send("GET", &format!("/api/events?token={token}"), "")
        .await?;
    if head.status != 200 || !head.chunked {
        return Err(std::io::Error::other(format!(
            "the event stream did not open ({})",
            head.status
        )));
    }
    let mut answered = Vec::new();
    let mut team_answered = Vec::new();
    let mut revised = Vec::new();
    let mut event = String::new();
    let mut pending: Vec<u8> = Vec::new();
    while let Some(chunk) = stream.chunk().await? {
        pending.extend(chunk);
        while let Some(end) = pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            let line = String::from_utf8_lossy(&line[..end]);
            if let Some(kind) = line.strip_prefix("event: ") {
                event = kind.to_string();
            }
            let Some(data) = line.strip_prefix("data: ") else {
                continue;
            };
            if event != "state" {
                continue;
            }
            let view: View = serde_json::from_str(data).unwrap_or_default();
            if view.phase == "debrief" || Instant::now() > deadline {
                return Ok(());
            }
            let Some(stage) = &view.stage else { continue };
            let number = stage.number;
            let share_now = if number <= 1 {
                share
            } else {
                1.0 - 1.0 / students as f64
            };
            let answers_this_one = (student as f64 + 0.5) / students as f64 <= share_now;
            if view.phase == "open" && !answered.contains(&number) && answers_this_one {
                answered.push(number);
                let body = json!({ "token": token, "text": answer_for(stage, student) });
                let started = Instant::now();
                let (status, _) = api.post("/api/answer", &body.to_string()).await?;
                if status == 200 {
                    let _ = times.send(started.elapsed());
                }
            }
            // A team round: the team's first member sends its answer; then a third of the
            // students revise theirs.
            if let Some(team) = &stage.team
                && view.phase == "teams"
                && team.open
                && team.answer.is_none()
                && team.members.first() == Some(&view.name)
                && !team_answered.contains(&number)
            {
                team_answered.push(number);
                let body = json!({ "token": token, "text": answer_for(stage, student + 3) });
                api.post("/api/team-answer", &body.to_string()).await?;
            }
            if view.phase == "revise" && student.is_multiple_of(3) && !revised.contains(&number) {
                revised.push(number);
                let body = json!({ "token": token, "text": answer_for(stage, student + 3) });
                api.post("/api/answer", &body.to_string()).await?;
            }
            // Done once the class has moved past the last stage asked, whether or not this
            // student answered it (one student skips on purpose).
            if number >= stages && view.phase == "revealed" {
                return Ok(());
            }
        }
    }
    Ok(())
}

/// A plausible answer for the stage a phone shows, different from student to student.
fn answer_for(stage: &Stage, student: usize) -> String {
    let spread = [0.3, 0.5, 0.8, 1.0, 1.3, 2.0, 3.5, 6.0, 10.0, 0.1];
    match stage.kind.as_str() {
        "choice" => format!("{}", student % stage.options.len().max(1) + 1),
        "order" => {
            let n = stage.events.len();
            let mut letters: Vec<char> = (0..n).map(|i| (b'A' + i as u8) as char).collect();
            letters.rotate_left(student % n.max(1));
            letters
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ if stage.unit == "year" => format!("{}", 2012 + student % 12),
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

    let addr = base
        .strip_prefix("http://")
        .and_then(|a| a.parse::<std::net::SocketAddr>().ok())
        .expect("URL is http://IP:PORT (the phones speak plain HTTP/1.1 to an address)");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime for the phones");
    let mut times: Vec<Duration> = runtime.block_on(async move {
        let (times_tx, mut times_rx) = tokio::sync::mpsc::unbounded_channel::<Duration>();
        let mut phones = tokio::task::JoinSet::new();
        for student in 0..students {
            let (code, times) = (code.clone(), times_tx.clone());
            phones.spawn(async move {
                if let Err(e) = phone(
                    addr, &code, student, students, stages, share, deadline, times,
                )
                .await
                {
                    eprintln!("student {}: {e}", student + 1);
                }
            });
        }
        drop(times_tx);
        while phones.join_next().await.is_some() {}
        let mut times = Vec::new();
        while let Ok(t) = times_rx.try_recv() {
            times.push(t);
        }
        times
    });
    if let Some(class) = here {
        let _ = class.teacher.join();
    }
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
