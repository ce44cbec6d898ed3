//! The map in the window, headless: the briefing shows the case's map, a stage with places
//! shows its own at the reveal, a stage without none; each map's picture is drawn (with an
//! image store, as the window has) and named for screen readers.

mod common;

use bevy::prelude::*;
use common::{headless_with, press, screen, texts};
use takedown::content::PlaceRole;
use takedown::game::EstimateField;
use takedown::game::theme::map::MapView;
use takedown::game::{Options, Screen};

fn app() -> App {
    headless_with(
        Options {
            levels: Some("levels".into()),
            seed: 7,
            ..Options::default()
        },
        |app| {
            // The window's image store, so that a map's picture is really drawn.
            app.add_plugins(bevy::asset::AssetPlugin::default());
            app.init_asset::<Image>();
        },
    )
}

/// The maps on screen once their pictures are drawn (on the task pool: a few frames), each
/// one's scene, its picture's size (if drawn within 10 s) and its name.
fn maps(app: &mut App) -> Vec<(MapView, Option<(u32, u32)>, String)> {
    for _ in 0..1000 {
        let shown = shown_maps(app);
        if shown.iter().all(|(_, size, _)| size.is_some()) {
            return shown;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.update();
    }
    shown_maps(app)
}

fn shown_maps(app: &mut App) -> Vec<(MapView, Option<(u32, u32)>, String)> {
    let world = app.world_mut();
    let mut q = world.query::<(&MapView, &ImageNode, &Name)>();
    let found: Vec<(MapView, Handle<Image>, String)> = q
        .iter(world)
        .map(|(view, node, name)| (view.clone(), node.image.clone(), name.to_string()))
        .collect();
    let images = world.resource::<Assets<Image>>();
    found
        .into_iter()
        .map(|(view, handle, name)| {
            let size = images.get(&handle).map(|i| (i.width(), i.height()));
            (view, size, name)
        })
        .collect()
}

/// The timelines on screen, by their accessible names.
fn timelines(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut q = world.query::<&Name>();
    q.iter(world)
        .map(|n| n.to_string())
        .filter(|n| n.starts_with("Timeline"))
        .collect()
}

fn type_text(app: &mut App, text: &str) {
    let world = app.world_mut();
    let mut fields = world.query_filtered::<&mut bevy::text::EditableText, With<EstimateField>>();
    fields
        .single_mut(world)
        .expect("an estimate field")
        .editor
        .set_text(text);
    app.update();
}

#[test]
fn the_briefing_shows_the_cases_map_and_a_reveal_its_stages() {
    let mut app = app();
    press(&mut app, KeyCode::Enter); // Play
    press(&mut app, KeyCode::Enter); // EncroChat
    assert_eq!(screen(&app), Screen::Briefing);
    app.update();
    let on_briefing = maps(&mut app);
    assert_eq!(on_briefing.len(), 1, "one map on the briefing");
    let (view, size, name) = &on_briefing[0];
    assert_eq!(
        view.scene.roles_of("FR"),
        [PlaceRole::Servers, PlaceRole::JointTeam]
    );
    assert_eq!(view.scene.roles_of("NL"), [PlaceRole::JointTeam]);
    assert_eq!(view.scene.cities[0].name, "The Hague");
    assert_eq!(
        *size,
        Some((view.width, view.height)),
        "its picture is drawn"
    );
    assert!(name.starts_with("Map. Servers: France."), "{name}");
    let words = texts(&mut app);
    for legend in ["Servers", "Joint investigation team", "Agency seat"] {
        assert!(
            words.iter().any(|w| w == legend),
            "legend {legend}: {words:?}"
        );
    }
    assert!(words.iter().any(|w| w == "The Hague"), "the city is named");

    // Stage 1 has no places: no map at its reveal.
    press(&mut app, KeyCode::Enter); // Begin
    assert_eq!(screen(&app), Screen::Question);
    assert!(
        timelines(&mut app).is_empty(),
        "nothing behind the first question"
    );
    type_text(&mut app, "2018");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    assert!(maps(&mut app).is_empty(), "no places, no map");
    assert_eq!(
        timelines(&mut app),
        ["Timeline 2017–2017: stage 1, 2017"],
        "the stage's date, once revealed"
    );
    press(&mut app, KeyCode::Enter); // finish the animation
    press(&mut app, KeyCode::Enter); // next stage
    assert_eq!(screen(&app), Screen::Question);
    assert_eq!(
        timelines(&mut app),
        ["Timeline 2017–2017: stages 1 to 1"],
        "the stages behind, never this one's date"
    );
    // Stage 2 (the servers) has its own map, shown with the reveal.
    type_text(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    press(&mut app, KeyCode::Enter); // the map fades in with the rest
    let on_reveal = maps(&mut app);
    assert_eq!(on_reveal.len(), 1);
    assert_eq!(on_reveal[0].0.scene.roles_of("FR"), [PlaceRole::Servers]);
    assert!(on_reveal[0].1.is_some(), "drawn");
}
