//! The settings are drawn over the screen they were opened from: closing them finds the screen
//! exactly as it was (a half-typed estimate, a half-arranged order, a reveal that neither
//! replays its chime nor saves again), and a change of theme repaints what is on screen.

mod common;

use std::sync::Arc;

use bevy::prelude::*;
use bevy::text::EditableText;
use common::{act, headless, headless_with, overlay, press, screen, show_first_question};
use takedown::content::read::read_case_file;
use takedown::game::actions::{Action, Direction};
use takedown::game::audio::Chime;
use takedown::game::theme::palette::{Palette, Role};
use takedown::game::{
    CurrentRun, EstimateField, EstimateSlider, Options, Overlay, Screen, Storage,
};
use takedown::rules::progress::Run;
use takedown::store::{MemoryBackend, Store};

fn encrochat() -> Options {
    Options {
        levels: Some("levels".into()),
        seed: 7,
        ..Options::default()
    }
}

fn start_encrochat(app: &mut App) {
    for _ in 0..3 {
        press(app, KeyCode::Enter);
    }
    assert_eq!(screen(app), Screen::Question);
}

fn field(app: &mut App) -> (Entity, String) {
    let world = app.world_mut();
    let mut fields = world.query_filtered::<(Entity, &EditableText), With<EstimateField>>();
    let (entity, text) = fields.single(world).expect("one estimate field");
    (entity, text.value().to_string())
}

fn type_text(app: &mut App, text: &str) {
    let world = app.world_mut();
    let mut fields = world.query_filtered::<&mut EditableText, With<EstimateField>>();
    fields.single_mut(world).unwrap().editor.set_text(text);
    app.update();
}

#[test]
fn a_half_typed_estimate_survives_the_settings() {
    let mut app = headless(encrochat());
    start_encrochat(&mut app);
    type_text(&mut app, "2016 (2015-20");
    let (before, _) = field(&mut app);
    press(&mut app, KeyCode::Escape);
    assert_eq!(overlay(&app), Overlay::Settings);
    // Keys pressed under the overlay do not reach the question.
    press(&mut app, KeyCode::ArrowUp);
    press(&mut app, KeyCode::Escape);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(screen(&app), Screen::Question);
    let (after, text) = field(&mut app);
    assert_eq!(text, "2016 (2015-20", "the same text in the field");
    assert_eq!(
        after, before,
        "the same field: the question was not drawn again"
    );
    assert_eq!(
        app.world()
            .resource::<bevy::input_focus::InputFocus>()
            .get(),
        Some(after),
        "focus returns to the field"
    );
    let world = app.world_mut();
    let slider = world.query::<&EstimateSlider>().single(world).unwrap();
    assert!(
        !slider.touched,
        "the arrow under the overlay did not move the slider"
    );
}

#[test]
fn a_half_arranged_order_survives_the_settings() {
    let mut app = headless(Options::default());
    let case = read_case_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/good/mixed.ron"
    )))
    .unwrap();
    let mut run = Run::new(case, 11);
    run.advance();
    run.submit_choice(0).unwrap();
    show_first_question(&mut app, run); // advances to the order question
    assert_eq!(screen(&app), Screen::Question);
    act(
        &mut app,
        Action::MoveEvent {
            slot: 0,
            direction: Direction::Down,
        },
    );
    let slots = |app: &App| {
        app.world()
            .resource::<takedown::game::screens::OrderDraft>()
            .slots
            .clone()
    };
    let arranged = slots(&app);
    assert_eq!(arranged, vec![1, 0, 2]);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Escape);
    assert_eq!(slots(&app), arranged);
    act(&mut app, Action::Submit);
    assert_eq!(screen(&app), Screen::Reveal);
    let run = &app.world().resource::<CurrentRun>().0;
    let takedown::rules::progress::Response::Order { order, .. } = &run.answers()[1].response
    else {
        panic!("an order answer");
    };
    let shown = run.shown_order(1);
    assert_eq!(
        order,
        &vec![shown[1], shown[0], shown[2]],
        "the order as arranged"
    );
}

/// Chimes asked for, counted.
#[derive(Resource, Default)]
struct Chimes(Vec<u32>);

fn count_chimes(mut chimes: MessageReader<Chime>, mut heard: ResMut<Chimes>) {
    heard.0.extend(chimes.read().map(|c| c.points));
}

#[test]
fn a_reveal_under_the_settings_neither_chimes_nor_saves_again() {
    let memory = Arc::new(MemoryBackend::default());
    let mut app = headless_with(encrochat(), |app| {
        app.insert_resource(Storage(Store::shared(memory.clone())));
        app.init_resource::<Chimes>();
        app.add_systems(Last, count_chimes);
    });
    start_encrochat(&mut app);
    let writes_before = memory.writes();
    type_text(&mut app, "2017");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    press(&mut app, KeyCode::Enter); // finish the animation
    assert_eq!(app.world().resource::<Chimes>().0, vec![100]);
    assert_eq!(memory.writes() - writes_before, 1, "progress saved once");
    for _ in 0..2 {
        press(&mut app, KeyCode::Escape);
        assert_eq!(overlay(&app), Overlay::Settings);
        press(&mut app, KeyCode::Escape);
        assert_eq!(screen(&app), Screen::Reveal);
    }
    assert_eq!(
        app.world().resource::<Chimes>().0,
        vec![100],
        "the chime played once"
    );
    assert_eq!(memory.writes() - writes_before, 1, "progress saved once");
    let animation = app
        .world()
        .resource::<takedown::game::screens::RevealAnimation>();
    assert!(!animation.running(), "the reveal did not animate again");
    let progress = Store::shared(memory.clone())
        .load_progress("default", "encrochat")
        .0
        .expect("the progress is saved");
    assert_eq!(progress.answers.len(), 1);
}

#[test]
fn high_contrast_repaints_the_screen_in_place() {
    let mut app = headless(encrochat());
    start_encrochat(&mut app);
    type_text(&mut app, "2017");
    let (field_before, _) = field(&mut app);
    let root_colour = |app: &mut App| {
        let world = app.world_mut();
        let mut roots = world.query::<(&Name, &BackgroundColor)>();
        roots
            .iter(world)
            .find(|(name, _)| name.as_str() == "Question screen")
            .map(|(_, colour)| colour.0)
            .expect("the question screen is showing")
    };
    let normal = Palette {
        high_contrast: false,
    };
    let high = Palette {
        high_contrast: true,
    };
    assert_eq!(root_colour(&mut app), normal.colour(Role::Background));
    press(&mut app, KeyCode::Escape);
    act(&mut app, Action::ToggleHighContrast);
    assert_eq!(*app.world().resource::<Palette>(), high);
    assert_eq!(root_colour(&mut app), high.colour(Role::Background));
    press(&mut app, KeyCode::Escape);
    let (field_after, text) = field(&mut app);
    assert_eq!(
        (field_after, text.as_str()),
        (field_before, "2017"),
        "repainted, not drawn again"
    );
    // Every text is painted from the palette.
    let world = app.world_mut();
    let mut inks = world.query::<(&takedown::game::theme::palette::Ink, &TextColor)>();
    assert!(inks.iter(world).count() > 5);
    assert!(
        inks.iter(world)
            .all(|(ink, colour)| colour.0 == high.colour(ink.0)),
        "every text in the high contrast colour of its role"
    );
}
