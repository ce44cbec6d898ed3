//! The game in a web page (`scripts/build-web.sh`): started from the page's script, with its
//! options from the address (`?seed=7&player=Ana`). The page is told what the game shows, for
//! its loading screen and for tests that drive it in a browser: `data-ready="true"` on the body
//! once the title is drawn (and "takedown: ready" in the console), `data-screen` and
//! `data-stage` for the screen and the stage; and, only when the address asks for it with
//! `?test-hooks`, `window.takedownButtons`, the buttons on screen by their action (`Play`,
//! `PickCase("encrochat")`, `TypeText("7")`) with their centres in CSS pixels (JSON), so a test
//! can tap one as a finger would.

use bevy::prelude::*;

use super::{Options, Screen};

/// Start the game in the page's `<canvas id="takedown">`.
pub fn run() {
    super::run(options_from_address());
}

/// The page address's query as `(key, value)` pairs, values decoded (`?a=1&b` gives `("a",
/// "1")` and `("b", "")`).
fn address_query() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = js_sys::decode_uri_component(&value.replace('+', " "))
                .map(String::from)
                .unwrap_or_default();
            (key.to_string(), value)
        })
        .collect()
}

/// The browser's preferred languages, most preferred first: the first the game speaks, else
/// English.
pub(super) fn browser_lang() -> crate::content::lang::Lang {
    let tags: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    crate::content::lang::Lang::first_spoken(tags.iter().map(String::as_str))
}

/// `?seed=N`, `?player=NAME` and `?lang=fr` from the page's address; the rest as on the desktop, with
/// progress in the browser's storage.
fn options_from_address() -> Options {
    let mut options = Options::default();
    for (key, value) in address_query() {
        match key.as_str() {
            "seed" => options.seed = value.parse().unwrap_or(options.seed),
            "player" if !value.trim().is_empty() => options.profile = value.trim().to_string(),
            "lang" => options.lang = crate::content::lang::Lang::from_tag(&value),
            _ => {}
        }
    }
    options
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Last, say_ready.run_if(in_state(Screen::Title)));
    app.add_systems(Last, tell_the_screen);
    // Every button's place is worked out on every frame: only for tests that ask.
    if address_query().iter().any(|(key, _)| key == "test-hooks") {
        app.add_systems(Last, tell_the_buttons);
    }
}

fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
}

/// `data-screen="question"` and `data-stage="2"` on the page's body.
fn tell_the_screen(screen: Res<State<Screen>>, run: Option<Res<super::CurrentRun>>) {
    let stage = run
        .and_then(|r| r.0.current_stage().map(|(n, _)| n + 1))
        .map(|n| n.to_string())
        .unwrap_or_default();
    if let Some(body) = body() {
        let data = body.dataset();
        let screen = format!("{:?}", screen.get()).to_lowercase();
        if data.get("screen").as_deref() != Some(screen.as_str()) {
            let _ = data.set("screen", &screen);
        }
        if data.get("stage").as_deref() != Some(stage.as_str()) {
            let _ = data.set("stage", &stage);
        }
    }
}

/// The buttons on screen, with their centres and sizes in CSS pixels, as JSON in
/// `window.takedownButtons`; written again only when it changes.
fn tell_the_buttons(
    buttons: Query<(
        &super::actions::Action,
        &ComputedNode,
        &UiGlobalTransform,
        &InheritedVisibility,
    )>,
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    mut last: Local<String>,
) {
    // Layout is in the window's physical pixels; the page counts CSS pixels.
    let Ok(window) = windows.single() else {
        return;
    };
    let scale = 1.0 / window.scale_factor();
    let mut list: Vec<serde_json::Value> = buttons
        .iter()
        .filter(|(_, _, _, visible)| visible.get())
        .map(|(action, node, transform, _)| {
            let centre = transform.affine().translation * scale;
            let size = node.size() * scale;
            serde_json::json!({
                "action": format!("{action:?}"),
                "x": centre.x.round(),
                "y": centre.y.round(),
                "width": size.x.round(),
                "height": size.y.round(),
            })
        })
        .collect();
    list.sort_by(|a, b| a["action"].as_str().cmp(&b["action"].as_str()));
    let json = serde_json::Value::Array(list).to_string();
    if *last != json
        && let Some(window) = web_sys::window()
    {
        let _ = js_sys::Reflect::set(
            &window,
            &"takedownButtons".into(),
            &wasm_bindgen::JsValue::from_str(&json),
        );
        *last = json;
    }
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
    if let Some(body) = body() {
        let _ = body.dataset().set("ready", "true");
    }
}
