//! The map widget: where a case or a stage happened, drawn on the CPU ([`crate::map::raster`])
//! into an image, with the cities named over it and a legend of the roles beside it.
//!
//! The picture is drawn on the task pool once for each scene, size and palette and kept, so
//! going back to a screen or a stage costs nothing; a change of palette (High contrast) draws
//! it again. A reveal's map is drawn while its question is asked ([`Prefetch`]), so it is
//! there the moment the reveal is.

use crate::content::lang::Lang;
use std::collections::HashMap;

use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use super::palette::{Edge, Palette, Role};
use super::widgets::{self, size};
use crate::content::PlaceRole;
use crate::map::raster;
use crate::map::{Frame, Scene};
use crate::report::places;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Drawn>();
    app.add_systems(Update, (draw_maps, show_backdrop, colour_routes));
}

/// The title's faint map behind the words: hidden under High contrast, where nothing may stand
/// between the words and a plain background.
#[derive(Component, Debug, Clone, Copy)]
pub struct Backdrop;

fn show_backdrop(palette: Res<Palette>, mut backdrops: Query<(Ref<Backdrop>, &mut Visibility)>) {
    for (backdrop, mut visibility) in &mut backdrops {
        if palette.is_changed() || backdrop.is_added() {
            visibility.set_if_neq(if palette.high_contrast {
                Visibility::Hidden
            } else {
                Visibility::Inherited
            });
        }
    }
}

/// A map to draw into this node's image: the scene and the picture's size in pixels.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct MapView {
    pub scene: Scene,
    pub width: u32,
    pub height: u32,
    /// What of the scene is drawn.
    pub layer: Layer,
}

/// What of a scene a [`MapView`] draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// The countries in their roles' colours, the cities and the route.
    Whole,
    /// The scene's part of the world with no country coloured and no city marked: the
    /// picture a reveal's map lights up from ([`LightsUp`]).
    Bare,
    /// The countries and the cities without the route: a reveal's lit picture, the route
    /// growing over it from its start ([`RouteDot`]).
    Lit,
}

/// The scene's picture over its bare one, faded in as the reveal animates: the countries
/// light up. Its opacity is set by the reveal (at once under Reduced motion).
#[derive(Component, Debug, Clone, Copy)]
pub struct LightsUp;

/// One leg of a reveal's route (the servers to the agency's seat, the seat to a country that
/// received data). `from` and `to` are in the map's logical pixels ([`WIDTH`] by [`HEIGHT`], y
/// down); `span` is the share of the whole route's growth before its start and at its end (0
/// to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RouteLeg {
    pub from: Vec2,
    pub to: Vec2,
    pub span: (f32, f32),
}

impl RouteLeg {
    /// The legs of `scene`'s route on a map laid out by `frame`. Legs that leave one place
    /// grow together, each group after the one before (servers to seat, then seat to the
    /// countries that received data).
    pub fn legs(scene: &Scene, frame: &Frame) -> Vec<RouteLeg> {
        let mut starts: Vec<crate::content::atlas::LonLat> = Vec::new();
        for [from, _] in &scene.route {
            if !starts.contains(from) {
                starts.push(*from);
            }
        }
        let share = 1.0 / starts.len().max(1) as f32;
        scene
            .route
            .iter()
            .map(|[from, to]| {
                let group = starts.iter().position(|s| s == from).unwrap_or(0) as f32;
                RouteLeg {
                    from: Vec2::from(frame.pixel(*from)),
                    to: Vec2::from(frame.pixel(*to)),
                    span: (group * share, (group + 1.0) * share),
                }
            })
            .collect()
    }

    /// The leg as dots every [`DOT_SPACING`] logical pixels from `from` to `to` (both
    /// included), each with the share of the route's growth at which it appears.
    pub fn dots(&self) -> Vec<RouteDot> {
        let length = self.from.distance(self.to);
        let steps = (length / DOT_SPACING).round().max(1.0) as usize;
        (0..=steps)
            .map(|i| {
                let along = i as f32 / steps as f32;
                RouteDot {
                    at: self.from.lerp(self.to, along),
                    appears: self.span.0 + (self.span.1 - self.span.0) * along,
                }
            })
            .collect()
    }
}

/// One dot of a reveal's route: the data's path is drawn as dots that appear one after the
/// other from its start as the reveal animates (all at once under Reduced motion). Dots, not
/// a turned line: a node turned with `UiTransform` is not clipped by a scrolled screen in
/// Bevy 0.19, and drew over the buttons below. `at` in the map's logical pixels; `appears`
/// the share of the route's growth (0 to 1) from which it is shown.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct RouteDot {
    pub at: Vec2,
    pub appears: f32,
}

impl RouteDot {
    /// Whether the dot shows when `grown` (0 to 1) of the route has grown.
    pub fn shown(&self, grown: f32) -> bool {
        grown >= 1.0 || (grown > 0.0 && grown >= self.appears)
    }
}

/// Logical pixels between two dots of a route, and a dot's size.
pub const DOT_SPACING: f32 = 6.0;
const DOT_SIZE: f32 = 4.0;

/// A route's dot, hidden until the route grows to it.
fn route_dot(dot: RouteDot) -> impl Bundle {
    let [r, g, b, a] = raster::Palette::DARK.route;
    (
        dot,
        Node {
            position_type: PositionType::Absolute,
            left: percent(dot.at.x / WIDTH * 100.0),
            top: percent(dot.at.y / HEIGHT * 100.0),
            width: px(DOT_SIZE),
            height: px(DOT_SIZE),
            // Centred on its point.
            margin: UiRect::new(px(-DOT_SIZE / 2.0), px(0), px(-DOT_SIZE / 2.0), px(0)),
            border_radius: BorderRadius::MAX,
            ..default()
        },
        BackgroundColor(Color::srgba_u8(r, g, b, a)),
        Visibility::Hidden,
        Pickable::IGNORE,
    )
}

/// A route's dots in the palette's route colour (High contrast has its own).
fn colour_routes(
    palette: Res<Palette>,
    added: Query<(), Added<RouteDot>>,
    mut dots: Query<(Ref<RouteDot>, &mut BackgroundColor)>,
) {
    if !palette.is_changed() && added.is_empty() {
        return;
    }
    let [r, g, b, a] = colours(&palette).route;
    for (dot, mut colour) in &mut dots {
        if palette.is_changed() || dot.is_added() {
            colour.set_if_neq(BackgroundColor(Color::srgba_u8(r, g, b, a)));
        }
    }
}

/// Pictures drawn, by scene, size and palette, and those being drawn.
#[derive(Resource, Default)]
struct Drawn {
    done: HashMap<String, Handle<Image>>,
    /// The keys of the pictures being drawn.
    pending: std::collections::HashSet<String>,
    /// The keys of the pictures whose drawing failed.
    failed: std::collections::HashSet<String>,
    /// Pictures drawn on the task pool and not yet made images: each task puts its picture
    /// here, then wakes the window.
    /// `None`: its drawing failed.
    finished: std::sync::Arc<std::sync::Mutex<Vec<(String, Option<raster::Picture>)>>>,
}

/// The logical size a map is laid out at on a wide screen; narrower screens scale it down.
pub const WIDTH: f32 = 640.0;
pub const HEIGHT: f32 = 400.0;
/// Pixels drawn per logical pixel: sharp on a projector and on a high-density screen.
const DENSITY: f32 = 1.5;

/// The colours of a map in the game's palette ([`raster::Palette::DARK`], or its high
/// contrast).
pub fn colours(palette: &Palette) -> raster::Palette {
    if palette.high_contrast {
        raster::Palette::HIGH_CONTRAST
    } else {
        raster::Palette::DARK
    }
}

/// A map of `scene` with its legend, `label` its accessible name ("Map: where the case
/// happened"). The cities are named over the picture. `lights_up`: the picture starts bare
/// and its places light up as a reveal animates ([`LightsUp`]).
pub fn map(scene: Scene, label: String, lights_up: bool, lang: Lang) -> impl Bundle {
    let frame = Frame::fit(&scene, WIDTH as u32, HEIGHT as u32);
    let cities: Vec<(f32, f32, String)> = scene
        .cities
        .iter()
        .map(|c| {
            let (x, y) = frame.pixel(c.at);
            (
                x / WIDTH * 100.0,
                y / HEIGHT * 100.0,
                places::city_name(lang, &c.name),
            )
        })
        .collect();
    let roles = scene.roles();
    let [under, over] = reveal_views(&scene);
    let dots: Vec<RouteDot> = if lights_up {
        RouteLeg::legs(&scene, &frame)
            .iter()
            .flat_map(RouteLeg::dots)
            .collect()
    } else {
        Vec::new()
    };
    let lit = lights_up.then(|| {
        (
            LightsUp,
            over,
            ImageNode {
                color: Color::srgba(1.0, 1.0, 1.0, 0.0),
                ..default()
            },
            Node {
                position_type: PositionType::Absolute,
                left: px(0),
                right: px(0),
                top: px(0),
                bottom: px(0),
                ..default()
            },
        )
    });
    (
        Name::new("Map"),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(6),
            // A set width (narrower screens shrink it): with `width: 100%` and a smaller
            // `max_width`, the picture's height followed the column's full width and left a
            // gap under the legend.
            width: px(WIDTH),
            max_width: percent(100),
            flex_shrink: 0.0,
            ..default()
        },
        Children::spawn((
            Spawn((
                Name::new(label),
                if lights_up { under } else { view_of(scene) },
                ImageNode::default(),
                Node {
                    width: percent(100),
                    aspect_ratio: Some(WIDTH / HEIGHT),
                    border: UiRect::all(px(1)),
                    ..default()
                },
                Edge(Role::PanelBorder),
                Children::spawn((
                    SpawnIter(lit.into_iter()),
                    SpawnIter(dots.into_iter().map(route_dot)),
                    SpawnIter(cities.into_iter().map(|(x, y, name)| {
                        (
                            Node {
                                position_type: PositionType::Absolute,
                                left: percent(x + 1.5),
                                top: percent(y - 3.5),
                                ..default()
                            },
                            widgets::strong(name, size::SMALL, Role::Heading),
                            // Close under the letters: Bevy's default, 4 pixels off, read
                            // as a second name beside the first.
                            TextShadow {
                                offset: Vec2::splat(1.5),
                                color: Color::BLACK,
                            },
                        )
                    })),
                )),
            )),
            Spawn((
                Name::new("Map legend"),
                Node {
                    flex_wrap: FlexWrap::Wrap,
                    column_gap: px(16),
                    row_gap: px(4),
                    ..default()
                },
                Children::spawn(SpawnIter(
                    roles.into_iter().map(move |role| legend_entry(lang, role)),
                )),
            )),
        )),
    )
}

/// A map's picture alone, `width` by `height` logical pixels, without legend or names: a case
/// card's small map. `label` is its accessible name.
pub fn picture(scene: Scene, width: f32, height: f32, label: String) -> impl Bundle {
    (
        Name::new(label),
        MapView {
            scene,
            width: (width * DENSITY) as u32,
            height: (height * DENSITY) as u32,
            layer: Layer::Whole,
        },
        ImageNode::default(),
        Node {
            width: px(width),
            height: px(height),
            flex_shrink: 0.0,
            border: UiRect::all(px(1)),
            ..default()
        },
        Edge(Role::PanelBorder),
    )
}

/// The countries of every case in `cases`, faint, behind the whole title screen: the subject
/// of the game before a word is read (not under High contrast). `None` without places.
pub fn backdrop<'a>(cases: impl Iterator<Item = &'a crate::content::Case>) -> Option<impl Bundle> {
    let places: Vec<crate::content::Place> = cases
        .flat_map(crate::map::all_places)
        .filter(|p| p.city.is_none())
        .collect();
    let scene = Scene::of(&places)?;
    let (width, height) = (BACKDROP_WIDTH, BACKDROP_WIDTH / 1.6);
    Some((
        Name::new("Backdrop"),
        Backdrop,
        crate::game::a11y::Decorative,
        Visibility::default(),
        Node {
            position_type: PositionType::Absolute,
            left: px(0),
            right: px(0),
            top: px(0),
            bottom: px(0),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            overflow: Overflow::clip(),
            ..default()
        },
        Pickable::IGNORE,
        children![(
            MapView {
                scene,
                width: width as u32,
                height: height as u32,
                layer: Layer::Whole,
            },
            // Faint, so that the words over it stay easy to read.
            ImageNode {
                color: Color::srgba(1.0, 1.0, 1.0, BACKDROP_OPACITY),
                ..default()
            },
            Node {
                width: percent(100),
                min_width: px(width / DENSITY),
                aspect_ratio: Some(1.6),
                flex_shrink: 0.0,
                ..default()
            },
            Pickable::IGNORE,
        )],
    ))
}

/// The title's backdrop: drawn this many pixels wide, shown at this opacity.
const BACKDROP_WIDTH: f32 = 1600.0;
const BACKDROP_OPACITY: f32 = 0.28;

fn legend_entry(lang: Lang, role: PlaceRole) -> impl Bundle {
    let [r, g, b, _] = raster::Palette::DARK.role(role);
    (
        Node {
            column_gap: px(6),
            align_items: AlignItems::Center,
            ..default()
        },
        children![
            (
                Node {
                    width: px(14),
                    height: px(14),
                    ..default()
                },
                BackgroundColor(Color::srgb_u8(r, g, b)),
            ),
            widgets::label(places::role_name(lang, role), size::SMALL, Role::Text),
        ],
    )
}

/// A map to have drawn before it is shown (the reveal's, while its question is asked): an
/// entity with this and a [`MapView`] and no image; the picture waits in the kept ones.
#[derive(Component, Debug, Clone, Copy)]
pub struct Prefetch;

/// The view of `scene` as [`map`] lays it out, to prefetch with [`Prefetch`].
pub fn view_of(scene: Scene) -> MapView {
    MapView {
        scene,
        width: (WIDTH * DENSITY) as u32,
        height: (HEIGHT * DENSITY) as u32,
        layer: Layer::Whole,
    }
}

/// A reveal's two pictures of `scene` as [`map`] lays them out with `lights_up`: the bare one
/// under and the lit one over it. Prefetch both while the question is asked.
pub fn reveal_views(scene: &Scene) -> [MapView; 2] {
    [Layer::Bare, Layer::Lit].map(|layer| MapView {
        layer,
        ..view_of(scene.clone())
    })
}

fn key(view: &MapView, palette: &Palette) -> String {
    format!(
        "{:?}|{}x{}|{}|{:?}",
        view.scene, view.width, view.height, palette.high_contrast, view.layer
    )
}

/// Draw each map that has no picture yet (on the task pool: the screen is shown at once and
/// the map appears when drawn, in tens of milliseconds), reusing kept pictures; a change of
/// palette draws them again.
fn draw_maps(
    palette: Res<Palette>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut maps: Query<(Ref<MapView>, Option<&mut ImageNode>)>,
    images: Option<ResMut<Assets<Image>>>,
    mut drawn: ResMut<Drawn>,
) {
    let Some(mut images) = images else {
        return;
    };
    // Pictures finished since the last frame.
    let ready: Vec<(String, Option<raster::Picture>)> = if drawn.pending.is_empty() {
        Vec::new()
    } else {
        std::mem::take(&mut *drawn.finished.lock().unwrap_or_else(|e| e.into_inner()))
    };
    let finished: Vec<String> = ready
        .into_iter()
        .map(|(key, picture)| {
            let Some(picture) = picture else {
                error!("a map could not be drawn: {key}");
                drawn.failed.insert(key.clone());
                return key;
            };
            let handle = images.add(Image::new(
                Extent3d {
                    width: picture.width,
                    height: picture.height,
                    depth_or_array_layers: 1,
                },
                TextureDimension::D2,
                picture.pixels,
                TextureFormat::Rgba8UnormSrgb,
                RenderAssetUsages::RENDER_WORLD,
            ));
            drawn.done.insert(key.clone(), handle);
            key
        })
        .collect();
    for key in &finished {
        drawn.pending.remove(key);
    }
    // Nothing to do on an ordinary frame: only for a map just shown, a picture just drawn or a
    // change of palette.
    let news = !finished.is_empty() || palette.is_changed();
    for (view, node) in &mut maps {
        if !(news || view.is_added() || view.is_changed()) {
            continue;
        }
        let key = key(&view, &palette);
        match (drawn.done.get(&key), node) {
            (Some(handle), Some(mut node)) => {
                if node.image != *handle {
                    node.image = handle.clone();
                }
            }
            (Some(_), None) => {}
            (None, _) => {
                if drawn.failed.contains(&key) || !drawn.pending.insert(key.clone()) {
                    continue;
                }
                let (scene, width, height) = (view.scene.clone(), view.width, view.height);
                let layer = view.layer;
                let colours = colours(&palette);
                let finished = drawn.finished.clone();
                // The window waits for input between frames (desktop_app): wake it once the
                // picture is drawn, or it would show only at the next key or mouse move (a
                // case list left alone kept blank cards).
                let proxy = proxy.as_deref().map(|p| (**p).clone());
                bevy::tasks::AsyncComputeTaskPool::get()
                    .spawn(async move {
                        // Framed on the whole scene, whatever of it is drawn.
                        let frame = Frame::fit(&scene, width, height);
                        let shown = match layer {
                            Layer::Whole => scene,
                            Layer::Bare => Scene {
                                countries: Vec::new(),
                                cities: Vec::new(),
                                route: Vec::new(),
                            },
                            Layer::Lit => Scene {
                                route: Vec::new(),
                                ..scene
                            },
                        };
                        // A picture that failed is logged once and not tried again (nor left
                        // pending for ever): its map stays without a picture.
                        let picture = std::panic::catch_unwind(|| {
                            raster::draw(&shown, &frame, &colours, DENSITY)
                        })
                        .ok();
                        finished
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((key, picture));
                        if let Some(proxy) = proxy {
                            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
                        }
                    })
                    .detach();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legs_dots_run_from_its_start_to_its_end_and_appear_in_that_order() {
        let leg = RouteLeg {
            from: Vec2::new(100.0, 100.0),
            to: Vec2::new(160.0, 180.0), // 100 pixels away
            span: (0.5, 1.0),
        };
        let dots = leg.dots();
        assert_eq!(dots.len(), 18, "every 6 pixels or so, both ends included");
        assert_eq!(dots[0].at, leg.from);
        assert_eq!(dots.last().unwrap().at, leg.to);
        assert_eq!((dots[0].appears, dots.last().unwrap().appears), (0.5, 1.0));
        assert!(dots.windows(2).all(|w| w[0].appears < w[1].appears));
        // Nothing before the route grows, the first half of this leg halfway through it,
        // everything at the end.
        assert!(dots.iter().all(|d| !d.shown(0.0)));
        let halfway = dots.iter().filter(|d| d.shown(0.75)).count();
        assert!((8..=10).contains(&halfway), "{halfway}");
        assert!(dots.iter().all(|d| d.shown(1.0)));
    }
}
