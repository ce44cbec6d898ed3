//! What the headless game tests share: an app without a window, key presses, and reading the
//! screen.
#![allow(dead_code)]

pub mod a11y;
pub mod browser;

use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::keyboard::{Key, KeyboardInput, NativeKey};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use takedown::game::actions::{Action, Activated};
use takedown::game::{self, Options, Screen};

/// The game without window, camera or fonts. Each frame advances the clock by 10 ms, whatever
/// the machine's speed. Key presses reach the focused widget as in the window (Bevy's input
/// dispatch and headless buttons, and a window entity to dispatch from).
pub fn headless(options: Options) -> App {
    headless_with(options, |_| {})
}

/// [`headless`], with something set up before the game's plugin is added (its storage, say).
pub fn headless_with(options: Options, before: impl FnOnce(&mut App)) -> App {
    // English unless a test asks for another language, whatever the machine's.
    let options = Options {
        lang: options.lang.or(Some(takedown::content::lang::Lang::En)),
        ..options
    };
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        InputPlugin,
        bevy::input_focus::InputDispatchPlugin,
        bevy::ui_widgets::ButtonPlugin,
    ));
    app.world_mut()
        .spawn((Window::default(), bevy::window::PrimaryWindow));
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
        std::time::Duration::from_millis(10),
    ));
    app.insert_resource(options);
    before(&mut app);
    app.add_plugins(game::plugin);
    app.update();
    app.update();
    app
}

/// Whether some text on screen is exactly `wanted`.
pub fn shows(app: &mut App, wanted: &str) -> bool {
    texts(app).iter().any(|t| t == wanted)
}

/// Which overlay is drawn over the screen.
pub fn overlay(app: &App) -> takedown::game::Overlay {
    *app.world()
        .resource::<State<takedown::game::Overlay>>()
        .get()
}

pub fn key_event(key: KeyCode, state: ButtonState) -> KeyboardInput {
    let logical_key = match key {
        KeyCode::Enter | KeyCode::NumpadEnter => Key::Enter,
        KeyCode::Escape => Key::Escape,
        KeyCode::ArrowUp => Key::ArrowUp,
        KeyCode::ArrowDown => Key::ArrowDown,
        KeyCode::ShiftLeft => Key::Shift,
        KeyCode::Space => Key::Space,
        KeyCode::Tab => Key::Tab,
        _ => Key::Unidentified(NativeKey::Unidentified),
    };
    KeyboardInput {
        key_code: key,
        logical_key,
        state,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    }
}

/// Press and release a key, letting the game run a few frames after each.
pub fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .write_message(key_event(key, ButtonState::Pressed));
    app.update();
    app.world_mut()
        .write_message(key_event(key, ButtonState::Released));
    app.update();
    app.update();
}

/// Do what a click on a button with `action` does.
pub fn act(app: &mut App, action: Action) {
    app.world_mut().write_message(Activated(action));
    app.update();
    app.update();
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Every text on screen.
pub fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut q = world.query::<&Text>();
    q.iter(world).map(|t| t.0.clone()).collect()
}

/// On an order question (stage `n`), move the events into their true order with the ▲ ▼
/// buttons, as a player clicking would (a bubble sort), then submit.
pub fn arrange_in_true_order_and_submit(app: &mut App, n: usize) {
    let mut slots = app
        .world()
        .resource::<takedown::game::CurrentRun>()
        .0
        .shown_order(n)
        .to_vec(); // the file index of the event in each slot
    for _ in 0..slots.len() {
        for slot in 0..slots.len() - 1 {
            if slots[slot] > slots[slot + 1] {
                act(
                    app,
                    Action::MoveEvent {
                        slot,
                        direction: takedown::game::actions::Direction::Down,
                    },
                );
                slots.swap(slot, slot + 1);
            }
        }
    }
    act(app, Action::Submit);
}

/// Move `run` on to its next stage and show that question: a new run's first (from its
/// briefing), or the one after the stages already answered.
pub fn show_first_question(app: &mut App, mut run: takedown::rules::progress::Run) {
    run.advance();
    app.insert_resource(takedown::game::CurrentRun(run));
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Question);
    app.update();
    app.update();
}

/// A right answer to every question of `run`'s case, as typed in the terminal (options and
/// events by their shown position).
pub fn right_answers(run: &takedown::rules::progress::Run) -> Vec<String> {
    right_answers_in(run, takedown::content::lang::Lang::En)
}

/// [`right_answers`], with figures written as `lang` writes them (`6.558`, `739,7 millions`).
pub fn right_answers_in(
    run: &takedown::rules::progress::Run,
    lang: takedown::content::lang::Lang,
) -> Vec<String> {
    use takedown::content::{Question, Scale};
    use takedown::report::numbers::figure;
    use takedown::rules::answer::letter;
    run.case()
        .stages
        .iter()
        .enumerate()
        .map(|(n, stage)| match &stage.question {
            Question::Estimate(e) => match e.scale {
                Scale::Log => figure(lang, e.truth.low()),
                Scale::Linear => format!("{}", e.truth.low()),
            },
            Question::Choice(c) => {
                let right = c.correct_index().unwrap();
                let shown = run.shown_order(n).iter().position(|&i| i == right).unwrap();
                format!("{}", shown + 1)
            }
            Question::Order(o) => (0..o.events.len())
                .map(|t| {
                    let shown = run.shown_order(n).iter().position(|&i| i == t).unwrap();
                    letter(shown).to_string()
                })
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect()
}

/// The right answers to the shipped EncroChat case with seed 0 (the terminal's default), one
/// per line; `typed` replaces the answers of the stages it names.
pub fn encrochat_answers(typed: &[(&str, &str)]) -> String {
    let case = takedown::content::library::Library::load(None)
        .find("encrochat")
        .unwrap()
        .clone();
    let run = takedown::rules::progress::Run::new(case.clone(), 0);
    right_answers(&run)
        .into_iter()
        .zip(&case.stages)
        .map(|(answer, stage)| {
            typed
                .iter()
                .find(|(id, _)| *id == stage.id)
                .map_or(answer, |(_, t)| t.to_string())
                + "\n"
        })
        .collect()
}
