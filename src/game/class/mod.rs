//! Class mode in the window: the teacher's screens on the projector while students answer on
//! their phones. The class session lives in [`crate::rules::class`]; the server that phones
//! talk to in [`crate::host`]. This module starts the server, follows the session (the server
//! wakes the window when a student joins or answers), moves the class on at the teacher's
//! keys, and saves the session after every step, so a crash loses nothing.
//!
//! Teacher keys: Space, Enter, → or Page Down move on (presentation clickers send Page Down);
//! ← or Page Up go back; L locks or unlocks the room. Every action also has a button.

mod debrief;
mod dialogs;
mod lobby;
mod reveal;
mod stage;

use crate::content::lang::Lang;
use crate::report::lang::{Arg, say, word};
use std::net::IpAddr;

use bevy::prelude::*;

use super::actions::{ActionInput, Activated};
use super::screens::{Overlay, Screen};
use super::{Cases, Storage};
use crate::content::Case;
use crate::host::open::{Opened, Opening, open_session};
use crate::host::{self, ClassFile, Host, HostError, SharedSession};
use crate::rules::class::{ClassPhase, StudentId, TeamForming};
use crate::store::Location;

/// How the teacher asked for a class (the command line, or Host a class on the title).
#[derive(Resource, Debug, Clone)]
pub struct ClassSetup {
    pub bind: IpAddr,
    pub port: u16,
    /// A join code of the teacher's choosing; otherwise a random one.
    pub code: Option<String>,
    /// The case to play; otherwise the teacher picks one from the list.
    pub case: Option<String>,
    /// Bring back a saved class session instead of starting one: `Some(None)` the one written
    /// last, `Some(Some(name))` that one.
    pub resume: Option<Option<String>>,
    /// A web build of the game to serve at `/play` (`--web`; by default `web/dist` if built).
    pub play: Option<std::path::PathBuf>,
}

impl Default for ClassSetup {
    fn default() -> Self {
        ClassSetup {
            bind: host::default_bind(),
            port: host::DEFAULT_PORT,
            code: None,
            case: None,
            resume: None,
            play: host::play::default_dir(),
        }
    }
}

/// How the top totals show at the class debrief (none by default: no public ranking).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Totals {
    #[default]
    Hidden,
    WithoutNames,
    WithNames,
}

impl Totals {
    /// The next step, names last: hidden → without names → with names → hidden.
    pub fn next(self) -> Totals {
        match self {
            Totals::Hidden => Totals::WithoutNames,
            Totals::WithoutNames => Totals::WithNames,
            Totals::WithNames => Totals::Hidden,
        }
    }

    /// What the button that moves to the next step says it will do, in `lang`.
    pub fn button_label(self, lang: Lang) -> String {
        word(
            lang,
            match self.next() {
                Totals::WithoutNames => "class-totals-show",
                Totals::WithNames => "class-totals-names",
                Totals::Hidden => "class-totals-hide",
            },
        )
    }
}

/// A class in progress: its server, the addresses students may use, and what the teacher
/// chose to show.
#[derive(Resource)]
pub struct ClassRoom {
    pub host: Host,
    /// The machine's addresses on the network, best guess first.
    pub addresses: Vec<IpAddr>,
    /// Which address the lobby shows.
    pub shown: usize,
    /// Said once on the lobby: the port was taken, the session was resumed...
    pub notices: Vec<String>,
    /// The file name the session is saved under (in `classes/`).
    pub name: String,
    /// A student the teacher asked to remove, waiting for confirmation.
    pub removing: Option<StudentId>,
    /// The teacher asked to end the class, waiting for confirmation.
    pub ending: bool,
    pub show_ranges: bool,
    pub totals: Totals,
    /// What became of the last "open the printable report": opened (where), or why not.
    pub report_note: Option<String>,
    /// The session version last drawn.
    pub drawn: u64,
    /// Why the session could not be written, while it cannot.
    save_error: Option<host::SaveFailure>,
    /// The projector's language: the settings' when the class began (a class keeps it).
    pub lang: Lang,
}

impl ClassRoom {
    pub fn session(&self) -> &SharedSession {
        self.host.session()
    }

    /// The address and URL students type.
    pub fn join_url(&self) -> String {
        let code = self.session().lock().code().to_string();
        host::address::join_url(self.address(), self.host.addr().port(), &code)
    }

    pub fn address(&self) -> IpAddr {
        self.addresses
            .get(self.shown)
            .copied()
            .unwrap_or(self.host.addr().ip())
    }

    /// After the teacher changed the session: tell the phones.
    pub fn changed(&self) {
        self.host.changed();
    }
}

/// Something the teacher did in class.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Teacher {
    Next,
    Back,
    RevealNow,
    ToggleLock,
    NewCode,
    OtherAddress,
    /// Ask to remove a student (a second step confirms).
    AskRemove(StudentId),
    ConfirmRemove,
    CancelRemove,
    /// Let a removed student back in.
    Readmit(StudentId),
    ToggleRanges,
    CycleTotals,
    /// Open the printable report in the system's browser (written first if it is behind).
    OpenReport,
    /// Start the open stage's team round (T).
    TeamRound,
    /// Team rounds on every stage, or only when started.
    ToggleTeamEveryStage,
    /// Teams made at random by the teacher, or picked by the students on their phones.
    SwitchForming,
    /// Ask to end the class (a second step confirms).
    EndClass,
    ConfirmEnd,
    CancelEnd,
}

/// Opens a file with the system's program for it (the printable report, in the browser).
/// Tests put a recorder in its place.
#[derive(Resource, Clone)]
pub struct OpenFile(
    pub std::sync::Arc<dyn Fn(&std::path::Path) -> Result<(), String> + Send + Sync>,
);

impl Default for OpenFile {
    fn default() -> Self {
        OpenFile(std::sync::Arc::new(|path| {
            opener::open_browser(path).map_err(|e| e.to_string())
        }))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Teacher>();
    app.init_resource::<OpenFile>();
    app.add_plugins((
        dialogs::plugin,
        lobby::plugin,
        stage::plugin,
        reveal::plugin,
        debrief::plugin,
    ));
    app.add_systems(
        Update,
        (
            close_ended_host,
            arrows_scroll.run_if(in_class),
            class_first.run_if(resource_added::<ClassRoom>),
        ),
    );
    app.add_systems(
        Update,
        (
            (
                teacher_keys.run_if(in_class.and_then(not(asking))),
                buttons_to_teacher,
            ),
            apply_teacher,
            follow_session,
        )
            .chain()
            .after(ActionInput)
            .in_set(ClassSystems),
    );
}

/// Where the class screens' drawing systems go: after the teacher's steps are applied.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassSystems;

/// The part of a class screen that is drawn again whenever the session changes.
#[derive(Component, Debug)]
pub struct ClassContent;

/// Whether `content` needs drawing again: the session changed since it was drawn. Marks it
/// drawn.
pub fn needs_drawing(room: &mut ClassRoom) -> bool {
    let version = room.session().lock().version();
    if room.drawn == version {
        return false;
    }
    room.drawn = version;
    true
}

/// Whether a class screen is showing with nothing over it.
fn in_class(screen: Res<State<Screen>>, overlay: Res<State<Overlay>>) -> bool {
    screen.get().in_class() && *overlay.get() == Overlay::None
}

/// Whether the teacher is asked to confirm something (the class keys wait meanwhile).
fn asking(room: Option<Res<ClassRoom>>) -> bool {
    room.is_some_and(|r| r.removing.is_some() || r.ending)
}

/// A class just ended: its server stays up a moment so every phone hears that it ended, and
/// the session is on disk, then it stops.
#[derive(Resource)]
pub struct EndedHost {
    host: Option<Host>,
    timer: Timer,
}

/// A class has started in a window: the window's threads yield the processor to the class
/// server's ([`host::priority`]), for the rest of the program (a program may lower its
/// threads' priority, not raise it again; every later class's threads still start at the
/// program's first priority). Only with a real window (winit's event loop): headless, nothing
/// draws.
fn class_first(proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>) {
    if proxy.is_none() {
        return;
    }
    match host::priority::class_first() {
        Ok(lowered) => debug!("{lowered} threads yield to the class"),
        Err(e) => warn!("some of the window's threads keep their priority: {e}"),
    }
}

fn close_ended_host(
    time: Res<Time>,
    ended: Option<ResMut<EndedHost>>,
    mut commands: Commands,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let Some(mut ended) = ended else {
        return;
    };
    // The window may have nothing to draw meanwhile: keep it ticking until the server stops.
    redraw.write(bevy::window::RequestRedraw);
    if ended.timer.tick(time.delta()).is_finished() {
        if let Some(host) = ended.host.take() {
            host.stop();
        }
        commands.remove_resource::<EndedHost>();
    }
}

/// ↑ and ↓ scroll a class screen (→, Page Down and Space move the class on, so they cannot).
fn arrows_scroll(
    keys: Res<ButtonInput<KeyCode>>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode), With<bevy::ui_widgets::ScrollArea>>,
) {
    let lines = f32::from(i8::from(keys.just_pressed(KeyCode::ArrowDown)))
        - f32::from(i8::from(keys.just_pressed(KeyCode::ArrowUp)));
    if lines != 0.0 {
        super::theme::interaction::scroll_areas(&mut areas, |_| lines * 120.0);
    }
}

/// Start a class of `case` with `setup`: a new session (or the last saved one), served on the
/// network. A taken port moves to the next free one, and the lobby says so.
pub fn start_class(
    case: Option<&Case>,
    setup: &ClassSetup,
    cases: &Cases,
    storage: &Storage,
    wake: host::Waker,
    lang: Lang,
) -> Result<ClassRoom, String> {
    let opening = match &setup.resume {
        Some(name) => Opening::Resume(name.clone()),
        None => Opening::New {
            code: setup.code.clone(),
        },
    };
    let Opened {
        mut session,
        name,
        mut notices,
    } = open_session(storage, cases, case, &opening, rand_seed(), lang)?;
    session.set_teacher_lang(lang);
    let file = Some(ClassFile {
        store: (**storage).clone(),
        name: name.clone(),
    });
    let shared = SharedSession::new(session);
    let play = setup.play.clone();
    let host = match Host::start(
        shared.clone(),
        setup.bind,
        setup.port,
        wake.clone(),
        play.clone(),
        file.clone(),
    ) {
        Ok(host) => host,
        Err(HostError::PortTaken {
            port,
            free: Some(free),
        }) => {
            notices.push(say(
                lang,
                "class-port-moved",
                &[
                    ("port", Arg::Plain(f64::from(port))),
                    ("free", Arg::Plain(f64::from(free))),
                ],
            ));
            Host::start(shared, setup.bind, free, wake, play, file).map_err(|e| e.say(lang))?
        }
        Err(e) => return Err(e.say(lang)),
    };
    let addresses = if setup.bind.is_unspecified() {
        host::address::lan_addresses()
    } else {
        vec![setup.bind]
    };
    if addresses.is_empty() {
        notices.push(word(lang, "class-no-network"));
    }
    // A resumed class whose totals were shown with names shows them so again.
    let totals = if host.session().lock().names_shown() {
        Totals::WithNames
    } else {
        Totals::Hidden
    };
    Ok(ClassRoom {
        host,
        addresses,
        shown: 0,
        notices,
        name,
        removing: None,
        ending: false,
        show_ranges: false,
        totals,
        report_note: None,
        drawn: u64::MAX,
        save_error: None,
        lang,
    })
}

/// The session's seed: options and events show in the same order on every phone.
fn rand_seed() -> u64 {
    use rand::RngExt;
    rand::rng().random()
}

/// A function that wakes the window from the server's thread (nothing to wake headless).
///
/// Wakes are coalesced: the first change waits for its burst to end (no change for
/// [`WAKE_QUIET`], [`WAKE_GATHER_MAX`] at most), and with 200 phones answering at once the
/// window is woken at most once every [`WAKE_INTERVAL`] (and once more after the last change),
/// not 200 times, so the projector's redraws do not take the processor from the server.
pub fn waker(proxy: Option<&bevy::winit::EventLoopProxyWrapper>) -> host::Waker {
    let Some(proxy) = proxy else {
        return std::sync::Arc::new(|| {});
    };
    let proxy = (**proxy).clone();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let spawned = crate::host::priority::spawn("class waker", move || {
        // Ends when the server (every sender) is gone.
        while rx.recv().is_ok() {
            // A burst of answers (a class answering together) is gathered before the
            // window draws, so its frame is not drawn in the middle of the burst.
            let gone = gather_burst(&rx, std::time::Instant::now());
            if proxy
                .send_event(bevy::winit::WinitUserEvent::WakeUp)
                .is_err()
                || gone
            {
                return;
            }
            std::thread::sleep(WAKE_INTERVAL);
        }
    });
    if let Err(e) = spawned {
        warn!("the window will not be woken by the class: {e}");
    }
    std::sync::Arc::new(move || {
        let _ = tx.send(());
    })
}

/// Wait, from the first change of a burst at `first`, until no change came for [`WAKE_QUIET`]
/// or [`WAKE_GATHER_MAX`] has passed. `true` if the server is gone.
fn gather_burst(rx: &std::sync::mpsc::Receiver<()>, first: std::time::Instant) -> bool {
    loop {
        let left = WAKE_GATHER_MAX.saturating_sub(first.elapsed());
        if left.is_zero() {
            return false;
        }
        match rx.recv_timeout(WAKE_QUIET.min(left)) {
            Ok(()) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => return false,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return true,
        }
    }
}

/// How long without a change ends a burst of answers: then the window draws. Short enough to
/// read as at once on the projector; longer than the gaps between the answers of a class
/// answering together (a fraction of a millisecond each on the server).
pub const WAKE_QUIET: std::time::Duration = std::time::Duration::from_millis(80);

/// The longest a burst keeps the window from drawing: a class answering steadily still sees
/// its count move.
pub const WAKE_GATHER_MAX: std::time::Duration = std::time::Duration::from_millis(600);

/// The shortest time between two wakes of the window by the class: the projector's counts
/// change 4 times a second at most, which reads as live, and its redraws leave the processor
/// to the server while a class answers.
pub const WAKE_INTERVAL: std::time::Duration = std::time::Duration::from_millis(250);

/// Space, Enter, → and Page Down move on; ← and Page Up go back; L locks the room.
fn teacher_keys(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<bevy::input_focus::InputFocus>,
    buttons: Query<(), With<bevy::ui_widgets::Button>>,
    mut teacher: MessageWriter<Teacher>,
) {
    // Enter and Space on a focused button press that button instead.
    let on_button = focus.get().is_some_and(|e| buttons.contains(e));
    let next = keys.any_just_pressed([KeyCode::ArrowRight, KeyCode::PageDown])
        || (!on_button
            && keys.any_just_pressed([KeyCode::Space, KeyCode::Enter, KeyCode::NumpadEnter]));
    if next {
        teacher.write(Teacher::Next);
    }
    if keys.any_just_pressed([KeyCode::ArrowLeft, KeyCode::PageUp]) {
        teacher.write(Teacher::Back);
    }
    if keys.just_pressed(KeyCode::KeyL) {
        teacher.write(Teacher::ToggleLock);
    }
    if keys.just_pressed(KeyCode::KeyT) {
        teacher.write(Teacher::TeamRound);
    }
}

/// Buttons on the class screens carry `Action::Class(…)`.
fn buttons_to_teacher(
    mut activated: MessageReader<Activated>,
    mut teacher: MessageWriter<Teacher>,
) {
    for Activated(action) in activated.read() {
        if let super::actions::Action::Class(t) = action {
            teacher.write(*t);
        }
    }
}

/// Carry out the teacher's steps on the session, and tell the phones.
fn apply_teacher(
    mut teacher: MessageReader<Teacher>,
    room: Option<ResMut<ClassRoom>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut commands: Commands,
    storage: Res<Storage>,
    open_file: Res<OpenFile>,
) {
    let Some(mut room) = room else {
        teacher.clear();
        return;
    };
    for t in teacher.read() {
        // While the teacher is asked to confirm, only the answer to that counts.
        let answers_dialog = matches!(
            t,
            Teacher::ConfirmRemove
                | Teacher::CancelRemove
                | Teacher::ConfirmEnd
                | Teacher::CancelEnd
        );
        if (room.removing.is_some() || room.ending) && !answers_dialog {
            continue;
        }
        {
            let mut session = room.session().lock();
            match *t {
                Teacher::Next => {
                    session.advance();
                }
                Teacher::Back => session.back(),
                Teacher::RevealNow => {
                    session.reveal();
                }
                Teacher::ToggleLock => {
                    let locked = session.locked();
                    session.set_locked(!locked);
                }
                Teacher::NewCode => session.set_code(host::new_code()),
                Teacher::TeamRound => {
                    session.team_round();
                }
                Teacher::ToggleTeamEveryStage => {
                    let every = session.team_every_stage();
                    session.set_team_every_stage(!every);
                }
                Teacher::SwitchForming => {
                    let other = match session.forming() {
                        TeamForming::Random => TeamForming::Picked,
                        TeamForming::Picked => TeamForming::Random,
                    };
                    session.set_forming(other);
                }
                _ => {}
            }
        }
        match *t {
            Teacher::OtherAddress if !room.addresses.is_empty() => {
                room.shown = (room.shown + 1) % room.addresses.len();
            }
            Teacher::AskRemove(id) => room.removing = Some(id),
            Teacher::CancelRemove => room.removing = None,
            Teacher::ConfirmRemove => {
                if let Some(id) = room.removing.take() {
                    room.session().lock().remove(id);
                }
            }
            Teacher::Readmit(id) => {
                room.session().lock().readmit(id);
            }
            Teacher::ToggleRanges => room.show_ranges = !room.show_ranges,
            Teacher::CycleTotals => {
                room.totals = room.totals.next();
                // The printed report names students only while the projector does.
                let named = room.totals == Totals::WithNames;
                room.session().lock().show_names(named);
            }
            Teacher::OpenReport => {
                // The report is a file on the desktop; elsewhere (a store in memory) there is
                // none to open.
                let path = match storage.class_report_location(&room.name) {
                    Location::File(path) => path,
                    Location::Memory { .. }
                    | Location::Browser { .. }
                    | Location::Downloads { .. } => std::path::PathBuf::new(),
                };
                let lang = room.lang;
                room.report_note = Some(match room.host.flush() {
                    Err(e) => say(
                        lang,
                        "class-report-failed",
                        &[("error", e.say(lang).into())],
                    ),
                    Ok(()) if !path.is_file() => word(lang, "class-report-none"),
                    Ok(()) => match (open_file.0)(&path) {
                        Ok(()) => say(
                            lang,
                            "class-report-open",
                            &[("path", path.display().to_string().into())],
                        ),
                        Err(e) => say(
                            lang,
                            "class-report-no-browser",
                            &[
                                ("error", e.to_string().into()),
                                ("path", path.display().to_string().into()),
                            ],
                        ),
                    },
                });
            }
            Teacher::EndClass => {
                overlay.set(Overlay::None);
                room.ending = true;
            }
            Teacher::CancelEnd => room.ending = false,
            Teacher::ConfirmEnd => {
                room.ending = false;
                room.session().lock().end();
                room.changed();
                if let Err(e) = room.host.flush() {
                    error!("the class could not be saved as it ended: {e}");
                }
                // The server goes on a moment, so every phone hears that the class ended.
                commands.queue(|world: &mut World| {
                    if let Some(room) = world.remove_resource::<ClassRoom>() {
                        world.insert_resource(EndedHost {
                            host: Some(room.host),
                            timer: Timer::from_seconds(2.0, TimerMode::Once),
                        });
                    }
                });
                overlay.set(Overlay::None);
                next_screen.set(Screen::Title);
                return;
            }
            _ => {}
        }
        // Draw again, and tell the phones.
        room.drawn = u64::MAX;
        room.changed();
    }
}

/// The screen that shows a phase.
fn screen_for(phase: ClassPhase) -> Screen {
    match phase {
        ClassPhase::Lobby => Screen::ClassLobby,
        ClassPhase::Open(_)
        | ClassPhase::Teams(_)
        | ClassPhase::Revise(_)
        | ClassPhase::Closed(_) => Screen::ClassStage,
        ClassPhase::Revealed(_) => Screen::ClassReveal,
        ClassPhase::Debrief => Screen::ClassDebrief,
    }
}

/// Follow the session: the screen for its phase, and a word on the screen if it could not be
/// written (the host writes it after every change, so a crash loses nothing).
fn follow_session(
    room: Option<ResMut<ClassRoom>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut room) = room else {
        return;
    };
    let phase = room.session().lock().phase();
    let wanted = screen_for(phase);
    if *screen.get() != wanted {
        next.set(wanted);
    }
    let error = room.host.written().and_then(|w| w.error);
    if error != room.save_error {
        if let Some(e) = &error {
            let said = say(
                room.lang,
                "class-save-failed",
                &[("error", e.say(room.lang).into())],
            );
            room.notices.push(said);
        }
        room.save_error = error;
    }
}

#[cfg(test)]
mod tests {
    use super::{WAKE_GATHER_MAX, gather_burst};
    use std::sync::mpsc::{TryRecvError, channel};
    use std::time::{Duration, Instant};

    #[test]
    fn a_burst_is_gathered_whole_and_never_for_longer_than_the_most() {
        let (tx, rx) = channel();
        // A burst already sent: all of it is taken before the window would draw.
        for _ in 0..20 {
            tx.send(()).unwrap();
        }
        assert!(!gather_burst(&rx, Instant::now()));
        assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
        // Past the longest wait, the window draws whatever is still coming.
        tx.send(()).unwrap();
        let long_ago = Instant::now() - WAKE_GATHER_MAX - Duration::from_millis(1);
        assert!(!gather_burst(&rx, long_ago));
        assert_eq!(rx.try_recv(), Ok(()), "left for the next wake");
        // The server gone.
        drop(tx);
        assert!(gather_burst(&rx, Instant::now()));
    }
}
