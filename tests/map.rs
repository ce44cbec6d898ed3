//! The map in the window, headless: the briefing shows the case's map, a stage with places
//! shows its own at the reveal, a stage without none; each map's picture is drawn (with an
//! image store, as the window has) and named for screen readers.

mod common;

use bevy::prelude::*;
use common::{headless_with, press, screen, texts};
use takedown::content::PlaceRole;
use takedown::game::EstimateField;
use takedown::game::theme::map::{Layer, MapView};
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
    // The case list draws each case's briefing map while the player chooses (9 maps, up to
    // 0.3 s each in a debug build).
    for _ in 0..500 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.update();
    }
    press(&mut app, KeyCode::Enter); // EncroChat
    assert_eq!(screen(&app), Screen::Briefing);
    app.update();
    assert!(
        shown_maps(&mut app)
            .iter()
            .all(|(_, size, _)| size.is_some()),
        "the briefing opens with its map drawn"
    );
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
    // The first question asks for a year: the calendar beside its prompt, drawn.
    let world = app.world_mut();
    let mut icons = world.query::<(&takedown::game::theme::icons::FigureIcon, &ImageNode)>();
    let shown: Vec<_> = icons
        .iter(world)
        .map(|(icon, node)| (icon.kind, node.image.clone()))
        .collect();
    assert_eq!(shown.len(), 1, "one icon beside the prompt");
    assert_eq!(shown[0].0, takedown::content::kind::FigureKind::Time);
    assert!(
        world.resource::<Assets<Image>>().contains(&shown[0].1),
        "its picture is drawn"
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

#[test]
fn an_orders_reveal_places_its_events_at_their_dates_beside_the_players_order() {
    use takedown::content::Question;
    let case = takedown::content::library::Library::load(Some(std::path::Path::new("levels")))
        .find("encrochat")
        .unwrap()
        .clone();
    let mut run = takedown::rules::progress::Run::new(case, 7);
    let answers = common::right_answers(&run);
    run.advance();
    // Every stage before the order question answered right, as typed.
    let order_at = run
        .case()
        .stages
        .iter()
        .position(|s| matches!(s.question, Question::Order(_)))
        .unwrap();
    for answer in &answers[..order_at] {
        run.submit_text(answer).unwrap();
        run.advance();
    }
    let mut app = app();
    // (Already on its question: the run's advance there does nothing.)
    common::show_first_question(&mut app, run);
    // The events as shown, the first two swapped: 2 1 3 4 5 6 in the true order's numbers.
    let shown = app
        .world()
        .resource::<takedown::game::CurrentRun>()
        .0
        .shown_order(order_at)
        .to_vec();
    let at = |t: usize| shown.iter().position(|&i| i == t).unwrap();
    let given: Vec<usize> = [1, 0, 2, 3, 4, 5].map(at).to_vec();
    app.world_mut()
        .resource_mut::<takedown::game::CurrentRun>()
        .0
        .submit_order(&given)
        .unwrap();
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Reveal);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Reveal);
    let strips = timelines(&mut app);
    assert!(
        strips.iter().any(|t| t
            == "Timeline 2017–2024: the events at their dates, 1 2017, 2 2019, 3 1 April 2020, \
                4 12 June 2020, 5 2 July 2020, 6 30 April 2024"),
        "{strips:#?}"
    );
    let words = texts(&mut app);
    for shown in [
        "How it happened",
        "Your order",
        "1 April 2020",
        "30 April 2024",
    ] {
        assert!(words.iter().any(|w| w == shown), "{shown}: {words:#?}");
    }
    // No run-on line of the player's order.
    assert!(
        !words.iter().any(|w| w.starts_with("Your order:")),
        "{words:#?}"
    );
    // The player's order beside the true one: the first two events swapped, so the first
    // entry under Your order is the second event, under its number 2, and the third is in place.
    assert_eq!(
        entries_under(&mut app, "Your order")[..3],
        [
            "2 France brings the case to Eurojust",
            "1 French police open a probe into the company behind EncroChat",
            "3 The implant reaches the handsets as a software update",
        ]
    );
    assert_eq!(
        entries_under(&mut app, "How it happened")[1],
        "2 France brings the case to Eurojust 2019"
    );
}

/// The texts of each entry in the column headed `heading`, each entry's texts joined by a
/// space, in the order shown.
fn entries_under(app: &mut App, heading: &str) -> Vec<String> {
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &Text)>();
    let (title, _) = q
        .iter(world)
        .find(|(_, t)| t.0 == heading)
        .unwrap_or_else(|| panic!("no {heading}"));
    let column = world.get::<ChildOf>(title).unwrap().parent();
    fn texts_below(world: &World, entity: Entity, out: &mut Vec<String>) {
        if let Some(text) = world.get::<Text>(entity) {
            out.push(text.0.clone());
        }
        for child in world.get::<Children>(entity).into_iter().flatten() {
            texts_below(world, *child, out);
        }
    }
    world
        .get::<Children>(column)
        .unwrap()
        .iter()
        .skip(1)
        .map(|entry| {
            let mut out = Vec::new();
            texts_below(world, entry, &mut out);
            out.join(" ")
        })
        .collect()
}

/// The lit picture's opacity over a reveal's bare map.
fn lit(app: &mut App) -> Vec<f32> {
    let world = app.world_mut();
    let mut q = world.query_filtered::<&ImageNode, With<takedown::game::theme::map::LightsUp>>();
    q.iter(world).map(|i| i.color.alpha()).collect()
}

/// Play EncroChat's first stage and answer its second (the servers, a stage with a map).
fn to_the_servers_reveal(app: &mut App) {
    press(app, KeyCode::Enter); // Play
    press(app, KeyCode::Enter); // EncroChat
    press(app, KeyCode::Enter); // Begin
    type_text(app, "2018");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter); // finish the animation
    press(app, KeyCode::Enter); // next stage
    type_text(app, "5");
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::Reveal);
}

#[test]
fn a_reveals_places_light_up_and_at_once_under_reduced_motion() {
    let mut app = app();
    to_the_servers_reveal(&mut app);
    let start = lit(&mut app);
    assert_eq!(start.len(), 1, "one map lights up");
    assert!(start[0] < 1.0, "not lit yet: {start:?}");
    press(&mut app, KeyCode::Enter); // finish the animation
    assert_eq!(lit(&mut app), [1.0], "lit once the reveal is in");
    let (view, size, _) = &maps(&mut app)[0];
    assert_eq!(view.layer, Layer::Bare, "the picture under it is bare");
    assert!(size.is_some());

    let mut app = self::app();
    app.world_mut()
        .resource_mut::<takedown::game::settings::Settings>()
        .reduced_motion = true;
    to_the_servers_reveal(&mut app);
    assert_eq!(lit(&mut app), [1.0], "no motion: lit from the first frame");
    // And the number line's marks stand at their places on this second reveal too.
    let world = app.world_mut();
    let mut slides = world.query::<(&takedown::game::theme::number_line::Slides, &Node)>();
    let marks: Vec<(f32, Val)> = slides.iter(world).map(|(s, n)| (s.to, n.left)).collect();
    assert!(!marks.is_empty());
    for (to, left) in marks {
        assert_eq!(left, percent(to * 100.0));
    }
}

#[test]
fn the_title_stands_on_every_cases_countries_but_not_in_high_contrast() {
    let mut app = app();
    app.update();
    assert_eq!(screen(&app), Screen::Title);
    let backdrop = |app: &mut App| {
        let world = app.world_mut();
        let mut q =
            world.query_filtered::<&Visibility, With<takedown::game::theme::map::Backdrop>>();
        q.iter(world).copied().collect::<Vec<_>>()
    };
    assert_eq!(backdrop(&mut app), [Visibility::Inherited]);
    // Its map has the countries of the cases: France, where EncroChat's servers stood, and
    // Australia, where ANOM's phones were sold.
    let world = app.world_mut();
    let views: Vec<MapView> = world.query::<&MapView>().iter(world).cloned().collect();
    assert_eq!(views.len(), 1);
    let scene = &views[0].scene;
    assert!(!scene.roles_of("FR").is_empty() && !scene.roles_of("AU").is_empty());
    assert!(scene.cities.is_empty(), "no city names behind the title");
    app.world_mut()
        .resource_mut::<takedown::game::theme::palette::Palette>()
        .high_contrast = true;
    app.update();
    assert_eq!(backdrop(&mut app), [Visibility::Hidden]);
}

/// The dots of the data's path on screen: where each is and whether it shows.
fn route_dots(app: &mut App) -> Vec<(takedown::game::theme::map::RouteDot, Visibility)> {
    let world = app.world_mut();
    let mut q = world.query::<(&takedown::game::theme::map::RouteDot, &Visibility)>();
    q.iter(world).map(|(dot, v)| (*dot, *v)).collect()
}

/// EncroChat's reveal of the countries its users were in (a stage whose data went from The
/// Hague to the United Kingdom and Germany), the stages before it answered right.
fn to_the_countries_reveal(app: &mut App) {
    let library = takedown::content::library::Library::load(Some("levels".as_ref()));
    let case = library.find("encrochat").unwrap().clone();
    let n = case
        .stages
        .iter()
        .position(|s| s.id == "countries")
        .unwrap();
    let mut run = takedown::rules::progress::Run::new(case, 7);
    let answers = common::right_answers(&run);
    for answer in &answers[..n] {
        run.advance();
        run.submit_text(answer).unwrap();
    }
    // The next stage, the countries, asked.
    common::show_first_question(app, run);
    type_text(app, "122");
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::Reveal);
}

#[test]
fn the_datas_path_grows_from_the_hague_to_each_country_and_at_once_under_reduced_motion() {
    let mut app = app();
    app.update();
    to_the_countries_reveal(&mut app);
    let dots = route_dots(&mut app);
    assert!(dots.len() > 20, "two legs of dots: {}", dots.len());
    assert!(
        dots.iter().all(|(_, v)| *v == Visibility::Hidden),
        "not grown yet"
    );
    // Both legs (to the United Kingdom and to Germany) start from The Hague and grow
    // together: one dot of each at The Hague from the first moment, one of each at its end
    // at the last, the two ends apart.
    let at = |appears: f32| -> Vec<Vec2> {
        dots.iter()
            .filter(|(d, _)| d.appears == appears)
            .map(|(d, _)| d.at)
            .collect()
    };
    let (starts, ends) = (at(0.0), at(1.0));
    assert_eq!(starts.len(), 2, "one dot at The Hague for each leg");
    assert_eq!(starts[0], starts[1]);
    assert_eq!(ends.len(), 2);
    assert!(ends[0].distance(ends[1]) > 50.0, "{ends:?}");
    // The United Kingdom lies west of The Hague, Germany east.
    assert!(ends.iter().any(|e| e.x < starts[0].x) && ends.iter().any(|e| e.x > starts[0].x));
    // The lit picture under them has no route of its own.
    let world = app.world_mut();
    let lit: Vec<Layer> = world
        .query_filtered::<&MapView, With<takedown::game::theme::map::LightsUp>>()
        .iter(world)
        .map(|v| v.layer)
        .collect();
    assert_eq!(lit, [Layer::Lit]);
    press(&mut app, KeyCode::Enter); // finish the animation
    assert!(
        route_dots(&mut app)
            .iter()
            .all(|(_, v)| *v == Visibility::Inherited),
        "the whole path once the reveal is in"
    );

    let mut app = self::app();
    app.world_mut()
        .resource_mut::<takedown::game::settings::Settings>()
        .reduced_motion = true;
    app.update();
    to_the_countries_reveal(&mut app);
    let dots = route_dots(&mut app);
    assert!(!dots.is_empty());
    assert!(
        dots.iter().all(|(_, v)| *v == Visibility::Inherited),
        "no motion: the whole path from the first frame"
    );
}
