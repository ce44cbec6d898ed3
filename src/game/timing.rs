//! How long a screen takes to be ready after a key or click, for `scripts/bench.sh`: with
//! `TAKEDOWN_TIMING=1` set, each new screen prints one line to standard error once every map
//! on it has its picture,
//!
//! `timing: Reveal ready 12.3 ms after the input (1 map); frames take 31.0 ms`
//!
//! (from the frame that read the input to the end of the frame that first has everything; a
//! frame's time is the median of the last 20 frames drawn one after another, so a screen is on
//! the display about that much later).

use std::time::{Duration, Instant};

use bevy::prelude::*;

use super::Screen;
use super::theme::map::MapView;

pub(super) fn plugin(app: &mut App) {
    if std::env::var_os("TAKEDOWN_TIMING").is_none() {
        return;
    }
    app.init_resource::<Pending>();
    app.add_systems(PreUpdate, note_input);
    app.add_systems(Last, report);
}

/// The last input's moment and the screen it was given on, and whether the screen it led to
/// has been reported.
#[derive(Resource, Default)]
struct Pending {
    input: Option<(Instant, Option<Screen>)>,
    screen: Option<Screen>,
    reported: bool,
    /// The last frames' times, of frames drawn one after another (not after a rest).
    frames: std::collections::VecDeque<Duration>,
}

/// A frame that comes longer than this after the one before followed a rest.
const BUSY_FRAME: Duration = Duration::from_millis(250);

fn note_input(
    keys: Res<ButtonInput<KeyCode>>,
    mouse: Res<ButtonInput<MouseButton>>,
    screen: Option<Res<State<Screen>>>,
    mut pending: ResMut<Pending>,
) {
    if keys.get_just_pressed().next().is_some() || mouse.get_just_pressed().next().is_some() {
        pending.input = Some((Instant::now(), screen.map(|s| *s.get())));
    }
}

fn report(
    screen: Option<Res<State<Screen>>>,
    maps: Query<&ImageNode, With<MapView>>,
    time: Res<Time<Real>>,
    mut pending: ResMut<Pending>,
) {
    let Some(screen) = screen.map(|s| *s.get()) else {
        return;
    };
    if time.delta() < BUSY_FRAME {
        pending.frames.push_back(time.delta());
        if pending.frames.len() > 20 {
            pending.frames.pop_front();
        }
    }
    if pending.screen != Some(screen) {
        pending.screen = Some(screen);
        pending.reported = false;
    }
    // Only a screen an input led to.
    let Some((input, _)) = pending.input.filter(|(_, from)| *from != Some(screen)) else {
        return;
    };
    // A map without its picture still has the transparent image every `ImageNode` starts with.
    let blank = ImageNode::default().image;
    if pending.reported || maps.iter().any(|m| m.image == blank) {
        return;
    }
    pending.reported = true;
    let count = maps.iter().count();
    let mut frames: Vec<Duration> = pending.frames.iter().copied().collect();
    frames.sort();
    let frame = frames.get(frames.len() / 2).copied().unwrap_or_default();
    eprintln!(
        "timing: {screen:?} ready {:.1} ms after the input ({count} map{}); frames take {:.1} ms",
        ms(input.elapsed()),
        if count == 1 { "" } else { "s" },
        ms(frame)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
