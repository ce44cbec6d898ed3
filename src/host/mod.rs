//! The class server: the page students open on their phones, and the API it talks to, served
//! by the game itself on the room's network. No cloud, no accounts.
//!
//! It runs axum on tokio, on a thread of its own (Bevy's task pool does not drive tokio). The
//! class session ([`crate::rules::class::Session`]) is shared with the teacher's window behind a
//! mutex; whoever changes it calls [`Host::changed`] (the server does so itself for joins and
//! answers), which pushes the new state to every phone over Server-Sent Events and wakes the
//! window. The HTTP interface is documented in `docs/class-mode.md`.

pub mod address;
mod api;
pub mod open;
pub mod play;
pub mod priority;
pub mod qr;
mod saver;

pub use saver::{ClassFile, SaveFailure, Written};

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;

use crate::rules::class::Session;

/// The port a class is served on unless the teacher says otherwise.
pub const DEFAULT_PORT: u16 = 7878;

/// The session, shared by the server and the window.
#[derive(Debug, Clone)]
pub struct SharedSession(Arc<Mutex<Session>>);

impl SharedSession {
    pub fn new(session: Session) -> Self {
        SharedSession(Arc::new(Mutex::new(session)))
    }

    /// The session, locked. A panic while it was held leaves it usable: every change is one
    /// method call that either happens or not.
    pub fn lock(&self) -> MutexGuard<'_, Session> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Called by the server whenever a student changed the session (to wake the window).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Why the server could not start. Said in a language by [`HostError::say`]; the system's own
/// reason (`error`) is kept as the system wrote it.
#[derive(Debug)]
pub enum HostError {
    /// Another program has the port; the next free one, if any, is offered.
    PortTaken { port: u16, free: Option<u16> },
    /// The address and port could not be listened on for another reason.
    Listen { address: String, error: String },
    /// The thread that writes the session could not start.
    Saving(String),
    /// The system refused something else the server needs (a thread, a socket setting).
    System(String),
}

impl HostError {
    /// Why, in `lang`, for the teacher.
    pub fn say(&self, lang: crate::content::lang::Lang) -> String {
        use crate::report::lang::{Arg, say};
        match self {
            HostError::PortTaken {
                port,
                free: Some(free),
            } => say(
                lang,
                "host-port-taken",
                &[
                    ("port", Arg::Plain(f64::from(*port))),
                    ("free", Arg::Plain(f64::from(*free))),
                ],
            ),
            HostError::PortTaken { port, free: None } => say(
                lang,
                "host-port-taken-none-free",
                &[("port", Arg::Plain(f64::from(*port)))],
            ),
            HostError::Listen { address, error } => say(
                lang,
                "host-cannot-listen",
                &[("address", address.into()), ("error", error.into())],
            ),
            HostError::Saving(error) => say(lang, "host-cannot-save", &[("error", error.into())]),
            HostError::System(error) => say(lang, "host-system", &[("error", error.into())]),
        }
    }
}

impl std::fmt::Display for HostError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(crate::content::lang::Lang::En))
    }
}

impl std::error::Error for HostError {}

/// The first port from `port` on (trying up to 50) that can be bound on `ip`.
pub fn free_port_from(ip: IpAddr, port: u16) -> Option<u16> {
    (port..port.saturating_add(50)).find(|p| TcpListener::bind((ip, *p)).is_ok())
}

/// The server of one class, running until dropped or stopped.
pub struct Host {
    session: SharedSession,
    /// Writes the session as it changes (none in tests that keep nothing).
    saver: Option<Arc<saver::Saver>>,
    addr: SocketAddr,
    /// The version of the newest change every phone must see (the event streams wait on it).
    changed: tokio::sync::watch::Sender<u64>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Host").field("addr", &self.addr).finish()
    }
}

impl Host {
    /// Serve `session` on `bind`:`port` (port 0: any free port, for tests). `wake` is called
    /// after every change a student makes. `play`: a web build of the game to serve at
    /// `/play` ([`play::default_dir`]). `file`: where the session is written as it changes;
    /// a join or an answer is acknowledged only once it is written there.
    pub fn start(
        session: SharedSession,
        bind: IpAddr,
        port: u16,
        wake: Waker,
        play: Option<std::path::PathBuf>,
        file: Option<ClassFile>,
    ) -> Result<Host, HostError> {
        let listener = TcpListener::bind((bind, port)).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                HostError::PortTaken {
                    port,
                    free: free_port_from(bind, port.saturating_add(1)),
                }
            } else {
                HostError::Listen {
                    address: SocketAddr::new(bind, port).to_string(),
                    error: e.to_string(),
                }
            }
        })?;
        listener
            .set_nonblocking(true)
            .map_err(|e| HostError::System(e.to_string()))?;
        let addr = listener
            .local_addr()
            .map_err(|e| HostError::System(e.to_string()))?;
        let version = session.lock().version();
        let saver = match file {
            Some(file) => Some(Arc::new(
                saver::Saver::start(session.clone(), file)
                    .map_err(|e| HostError::Saving(e.to_string()))?,
            )),
            None => None,
        };
        let (changed, public) = tokio::sync::watch::channel(version);
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let state = api::State::new(session.clone(), public, wake, saver.clone());
        let thread = priority::spawn("class server", move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime,
                Err(e) => {
                    eprintln!("takedown: the class server could not start: {e}");
                    return;
                }
            };
            runtime.block_on(async move {
                let listener = match tokio::net::TcpListener::from_std(listener) {
                    Ok(listener) => listener,
                    Err(e) => {
                        eprintln!("takedown: the class server could not start: {e}");
                        return;
                    }
                };
                let app = api::router(state.clone(), play);
                let serve = axum::serve(
                    listener,
                    app.into_make_service_with_connect_info::<SocketAddr>(),
                )
                .with_graceful_shutdown(async move {
                    let _ = stop.await;
                    // Event streams never end by themselves: end them, then stop.
                    state.close_streams();
                });
                if let Err(e) = serve.await {
                    eprintln!("takedown: the class server stopped: {e}");
                }
            });
        })
        .map_err(|e| HostError::System(e.to_string()))?;
        Ok(Host {
            session,
            saver,
            addr,
            changed,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn session(&self) -> &SharedSession {
        &self.session
    }

    /// Tell every phone that the session changed (after the teacher changed it), and write
    /// it.
    pub fn changed(&self) {
        let version = self.session.lock().version();
        if let Some(saver) = &self.saver {
            saver.request(version);
        }
        self.changed.send_replace(version);
    }

    /// Write the session now and wait (at most a few seconds) until it is on disk: before the
    /// class ends or the program closes. `Err` says why it could not be written.
    pub fn flush(&self) -> Result<(), saver::SaveFailure> {
        let version = self.session.lock().version();
        match &self.saver {
            Some(saver) => saver.wait_blocking(version, std::time::Duration::from_secs(5)),
            None => Ok(()),
        }
    }

    /// What has been written so far (nothing without a [`ClassFile`]).
    pub fn written(&self) -> Option<Written> {
        self.saver.as_ref().map(|s| s.written().borrow().clone())
    }

    /// Stop serving, and wait (at most a couple of seconds) for the server to finish.
    pub fn stop(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            join_within(thread, std::time::Duration::from_secs(3));
        }
        // Whatever the last requests changed is written before the saver stops.
        if let Some(saver) = self.saver.take() {
            saver.stop();
        }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// Wait at most `limit` for `thread` to finish, and join it if it did (a thread still running
/// then is left to end with the program).
fn join_within(thread: JoinHandle<()>, limit: std::time::Duration) {
    let deadline = std::time::Instant::now() + limit;
    while !thread.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    if thread.is_finished() {
        let _ = thread.join();
    }
}

/// Where a class is served from: every interface, or one address (`127.0.0.1` for a demo on
/// one machine).
pub fn default_bind() -> IpAddr {
    IpAddr::V4(Ipv4Addr::UNSPECIFIED)
}

/// A random token a student's browser keeps to come back as that student: 128 bits, in hex.
pub fn new_token() -> String {
    use rand::RngExt;
    let bits: u128 = rand::rng().random();
    format!("{bits:032x}")
}

/// A random four-digit join code.
pub fn new_code() -> String {
    use rand::RngExt;
    format!("{:04}", rand::rng().random_range(0..10_000u32))
}
