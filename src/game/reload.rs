//! Case files reload while the game runs: a background thread watches the levels folder; when a
//! file is saved, added or removed, the library is read again and the case list redrawn. A file
//! with errors then shows on the list, greyed out with its first problem. A case being played
//! carries on as it started; the new version applies the next time it is chosen.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use super::{Cases, Options, Screen};
use crate::content::library::{Fingerprint, Library};

/// How often the folder is looked at.
const POLL: Duration = Duration::from_millis(500);

/// Set by the watcher when the folder changed; read and cleared by [`reload_cases`].
#[derive(Resource, Debug, Clone, Default)]
pub struct LevelsChanged(pub Arc<AtomicBool>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LevelsChanged>();
    app.add_systems(Startup, start_watching);
    app.add_systems(Update, reload_cases);
}

fn start_watching(
    options: Res<Options>,
    changed: Res<LevelsChanged>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
) {
    let Some(dir) = options.levels.clone() else {
        return;
    };
    let flag = changed.0.clone();
    let proxy = proxy.map(|p| (**p).clone());
    let spawned = std::thread::Builder::new()
        .name("levels watcher".into())
        .spawn(move || watch(dir, flag, proxy));
    if let Err(e) = spawned {
        warn!("case files will not reload while the game runs: {e}");
    }
}

fn watch(
    dir: PathBuf,
    flag: Arc<AtomicBool>,
    proxy: Option<bevy::winit::EventLoopProxy<WinitUserEvent>>,
) {
    let mut last = Fingerprint::of(&dir);
    loop {
        std::thread::sleep(POLL);
        let now = Fingerprint::of(&dir);
        if now != last {
            last = now;
            flag.store(true, Ordering::SeqCst);
            // Wake the window: it draws only when something happens.
            if let Some(proxy) = &proxy
                && proxy.send_event(WinitUserEvent::WakeUp).is_err()
            {
                return; // the game has closed
            }
        }
    }
}

/// Read the library again when the folder changed, and redraw the case list if it is showing.
pub fn reload_cases(
    changed: Res<LevelsChanged>,
    options: Res<Options>,
    mut cases: ResMut<Cases>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !changed.0.swap(false, Ordering::SeqCst) {
        return;
    }
    cases.0 = Library::load(options.levels.as_deref());
    let problems: usize = cases
        .0
        .files
        .iter()
        .filter_map(|f| f.result.as_ref().err())
        .map(Vec::len)
        .sum();
    info!(
        "case files reloaded: {} playable, {problems} problem(s)",
        cases.0.cases().count()
    );
    if *screen.get() == Screen::CaseSelect {
        // Leave and re-enter the screen, so it is rebuilt from the new library.
        next.set(Screen::CaseSelect);
    }
}
