//! The game window: a Bevy view over the rules.
//!
//! Shaped like TheBevyFlock's bevy_new_2d template: one plugin per file, a [`Screen`] state
//! whose screens despawn on exit (and an [`Overlay`] state for the settings drawn over them),
//! and a `theme` module of widgets. What the player does is saved in one place
//! ([`saving`]), never by the systems that draw.

pub mod a11y;
#[cfg(target_arch = "wasm32")]
mod a11y_web;
pub mod actions;
pub mod audio;
#[cfg(not(target_arch = "wasm32"))]
pub mod class;
#[cfg(target_arch = "wasm32")]
#[path = "class/absent.rs"]
pub mod class;
pub mod fonts;
#[cfg(not(target_arch = "wasm32"))]
pub mod icon;
#[cfg(not(target_arch = "wasm32"))]
pub mod reload;
pub mod saving;
pub mod screens;
pub mod settings;
pub mod theme;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod words;

#[cfg(feature = "dev")]
mod dev_tools;
mod timing;

use std::path::PathBuf;

use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabNavigationPlugin;
use bevy::prelude::*;
#[cfg(not(target_arch = "wasm32"))]
use bevy::window::{MonitorSelection, WindowMode, WindowResizeConstraints};
use bevy::winit::WinitSettings;

use crate::content::library::Library;
use crate::rules::progress::Run;
use crate::store::Store;

pub use screens::{Overlay, Screen};
pub use theme::slider::{EstimateField, EstimateSlider};

/// What the game was started with (the command line). It does not change while the game runs.
#[derive(Debug, Clone, Resource)]
pub struct Options {
    /// Folder of case files on disk (overlaying the built-in ones).
    pub levels: Option<PathBuf>,
    /// Seed for the run's randomness.
    pub seed: u64,
    /// Window size in logical pixels.
    pub window: (u32, u32),
    /// Borderless full screen.
    pub fullscreen: bool,
    /// The profile to start as.
    pub profile: String,
    /// `--lang`: the language to play in, as if chosen in the settings (`None`: as the
    /// settings say, else the system's).
    pub lang: Option<crate::content::lang::Lang>,
    /// Where results are kept (`None`: in memory only, e.g. no home folder).
    pub data: Option<PathBuf>,
    /// `takedown host`: start as a class's projector.
    pub class: Option<class::ClassSetup>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            levels: None,
            seed: 0,
            window: (1280, 800),
            fullscreen: false,
            profile: "default".to_string(),
            lang: None,
            data: None,
            class: None,
        }
    }
}

/// The cases the player can choose from.
#[derive(Debug, Resource, Default, Deref, DerefMut)]
pub struct Cases(pub Library);

/// The case being played, if any.
#[derive(Debug, Resource, Deref, DerefMut)]
pub struct CurrentRun(pub Run);

/// Who is playing: results and progress are kept under this profile.
#[derive(Debug, Resource, Clone, PartialEq, Eq, Deref)]
pub struct Player(pub String);

/// Where profiles, progress, results and settings are kept. A test may insert its own before
/// adding [`plugin`].
#[derive(Debug, Resource, Clone, Deref)]
pub struct Storage(pub Store);

/// Open the game window and run until the player quits.
pub fn run(options: Options) {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(primary_window(&options)),
                ..default()
            })
            // Nothing is loaded from files (fonts and cases are in the binary); never ask
            // a web server for `.meta` files.
            .set(bevy::asset::AssetPlugin {
                meta_check: bevy::asset::AssetMetaCheck::Never,
                ..default()
            }),
    )
    .insert_resource(winit_settings())
    .add_plugins(TabNavigationPlugin)
    .add_plugins(fonts::plugin)
    .add_plugins(audio::sound_plugin)
    .add_systems(Startup, spawn_camera)
    .add_systems(Update, (draw_first_frames, scale_ui_to_window))
    .insert_resource(options)
    .add_plugins(plugin);
    #[cfg(target_arch = "wasm32")]
    app.add_plugins((web::plugin, a11y_web::plugin));
    #[cfg(not(target_arch = "wasm32"))]
    app.add_plugins(icon::plugin);
    app.run();
}

/// The game's window: on the desktop sized by `--window` or full screen, never smaller than
/// 800x500; on the web the page's canvas, as large as its parent.
fn primary_window(options: &Options) -> Window {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = options;
        Window {
            title: "Takedown".into(),
            canvas: Some("#takedown".into()),
            fit_canvas_to_parent: true,
            prevent_default_event_handling: true,
            ..default()
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Window {
            title: "Takedown".into(),
            // The app id (Wayland) and class (X11) the desktop entry names, so the window
            // gets the menu's icon and groups with it.
            name: Some("takedown".into()),
            resolution: options.window.into(),
            mode: if options.fullscreen {
                WindowMode::BorderlessFullscreen(MonitorSelection::Current)
            } else {
                WindowMode::Windowed
            },
            resize_constraints: WindowResizeConstraints {
                min_width: 800.0,
                min_height: 500.0,
                ..default()
            },
            ..default()
        }
    }
}

/// The game itself, without window, camera or fonts: what the headless tests run.
pub fn plugin(app: &mut App) {
    app.init_resource::<Options>();
    app.init_resource::<InputFocus>();
    // Registered by the window plugin in the game; the headless tests have no window.
    app.add_message::<bevy::window::RequestRedraw>();
    let options = app.world().resource::<Options>().clone();
    if !app.world().contains_resource::<Storage>() {
        app.insert_resource(Storage(match &options.data {
            Some(dir) => Store::open(dir),
            #[cfg(target_arch = "wasm32")]
            None => Store::in_browser(),
            #[cfg(not(target_arch = "wasm32"))]
            None => Store::in_memory(),
        }));
    }
    app.insert_resource(Player(options.profile.clone()));
    app.insert_resource(Cases(Library::load(options.levels.as_deref())));
    app.add_plugins((
        settings::plugin,
        theme::plugin,
        actions::plugin,
        saving::plugin,
        audio::plugin,
        screens::plugin,
        class::plugin,
        timing::plugin,
        words::plugin,
        a11y::plugin,
    ));
    // Case files on disk, watched for changes: the desktop only (the web has the built-in
    // cases and no folder to watch).
    #[cfg(not(target_arch = "wasm32"))]
    app.add_plugins(reload::plugin);
    #[cfg(not(target_arch = "wasm32"))]
    app.add_systems(Startup, host_from_the_command_line);
    #[cfg(feature = "dev")]
    app.add_plugins(dev_tools::plugin);
}

/// `takedown host`: open the lobby of the case given (or of the class resumed), or the case
/// list to choose one.
#[cfg(not(target_arch = "wasm32"))]
fn host_from_the_command_line(
    options: Res<Options>,
    cases: Res<Cases>,
    storage: Res<Storage>,
    settings: Res<settings::Settings>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(setup) = &options.class else {
        return;
    };
    if setup.case.is_none() && setup.resume.is_none() {
        commands.insert_resource(setup.clone());
        next.set(Screen::CaseSelect);
        return;
    }
    let case = setup.case.as_deref().and_then(|id| cases.find(id));
    match class::start_class(
        case,
        setup,
        &cases,
        &storage,
        class::waker(proxy.as_deref()),
        settings.lang,
    ) {
        Ok(room) => {
            info!("class served at {}", room.join_url());
            commands.insert_resource(room);
        }
        Err(e) => {
            eprintln!("takedown host: {e}");
            exit.write(AppExit::from_code(2));
        }
    }
}

/// How long the window waits, with nothing happening, before it draws a frame anyway.
///
/// The game draws when something changes: input, an animation (which asks for frames while it
/// runs), the class or a case file waking the window. Bevy's `desktop_app` also draws every
/// 5 s while the window has focus, which changes nothing on screen and costs a whole frame: on
/// a computer without a graphics card (software rendering) that was most of the idle CPU, 2.4%
/// of a core for the teacher's window and 6-7% for the web page (docs/performance.md). A
/// minute, as Bevy waits unfocused, is kept as a safety net.
pub const IDLE_FRAME_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Bevy's `desktop_app` settings, with [`IDLE_FRAME_EVERY`] while focused too.
fn winit_settings() -> WinitSettings {
    WinitSettings {
        focused_mode: bevy::winit::UpdateMode::reactive(IDLE_FRAME_EVERY),
        ..WinitSettings::desktop_app()
    }
}

/// Frames drawn at start-up before the window waits for input: the window and its surface
/// take a few frames to appear, and an unfocused window would otherwise wait a minute.
const START_UP_FRAMES: u32 = 30;

fn draw_first_frames(
    frames: Res<bevy::diagnostic::FrameCount>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if frames.0 < START_UP_FRAMES {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Scale everything up on big windows, so the text stays legible on a projector: 1x up to
/// 1280x800, then with the window (1920x1080 is 1.35x), at most 2x. A window narrower than
/// 600 (a phone, in the web version) is drawn as if 600 wide, scaled down to fit. The text
/// size setting multiplies this.
pub fn ui_scale_for(width: f32, height: f32) -> f32 {
    const NARROWEST: f32 = 600.0;
    if width < NARROWEST {
        return (width / NARROWEST).max(0.5);
    }
    (width / 1280.0).min(height / 800.0).clamp(1.0, 2.0)
}

fn scale_ui_to_window(
    windows: Query<Ref<Window>, With<bevy::window::PrimaryWindow>>,
    settings: Res<settings::Settings>,
    mut scale: ResMut<UiScale>,
) {
    if let Ok(window) = windows.single()
        && (window.is_changed() || settings.is_changed())
    {
        let wanted = ui_scale_for(window.width(), window.height()) * settings.text_size.factor();
        if (scale.0 - wanted).abs() > 0.01 {
            scale.0 = wanted;
        }
    }
}

/// The one camera. Everything drawn is UI (its rounded corners are smoothed by its own
/// shader), so no multisampling: a frame costs a quarter of the pixels' work, which is what a
/// laptop without a graphics card, a software renderer or a phone's browser spends.
fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d, Msaa::Off));
}

#[cfg(test)]
mod tests {
    use super::ui_scale_for;

    #[test]
    fn ui_scales_with_big_windows_only() {
        assert_eq!(ui_scale_for(1024.0, 640.0), 1.0);
        assert_eq!(ui_scale_for(1280.0, 800.0), 1.0);
        assert_eq!(ui_scale_for(1920.0, 1080.0), 1.35);
        assert_eq!(ui_scale_for(3840.0, 2160.0), 2.0);
        assert_eq!(ui_scale_for(2560.0, 800.0), 1.0);
    }

    #[test]
    fn ui_scales_down_on_a_phone() {
        assert_eq!(ui_scale_for(390.0, 844.0), 0.65);
        assert_eq!(ui_scale_for(600.0, 900.0), 1.0);
        assert_eq!(ui_scale_for(200.0, 400.0), 0.5);
    }
}
