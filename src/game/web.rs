//! The game in a web page (`scripts/build-web.sh`): started from the page's script, with its
//! options from the address (`?seed=7&player=Ana`), and a sign for the page and its tests that
//! the title screen is drawn.

use bevy::prelude::*;

use super::{Options, Screen};

/// Start the game in the page's `<canvas id="takedown">`.
pub fn run() {
    super::run(options_from_address());
}

/// `?seed=N` and `?player=NAME` from the page's address; the rest as on the desktop, with
/// progress in the browser's storage.
fn options_from_address() -> Options {
    let mut options = Options::default();
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    for pair in search.trim_start_matches('?').split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        let value = js_sys::decode_uri_component(&value.replace('+', " "))
            .map(String::from)
            .unwrap_or_default();
        match key {
            "seed" => options.seed = value.parse().unwrap_or(options.seed),
            "player" if !value.trim().is_empty() => options.profile = value.trim().to_string(),
            _ => {}
        }
    }
    options
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Last, say_ready.run_if(in_state(Screen::Title)));
}

/// Once the title screen has been drawn: a line in the browser's console and
/// `data-ready="true"` on the page's body (the loading screen hides; tests wait for it).
fn say_ready(mut frames_on_title: Local<u32>, mut said: Local<bool>) {
    if *said {
        return;
    }
    *frames_on_title += 1;
    if *frames_on_title < 3 {
        return;
    }
    *said = true;
    info!("takedown: ready");
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.dataset().set("ready", "true");
    }
}
