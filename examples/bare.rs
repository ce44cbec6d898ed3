//! The baseline for `scripts/bench.sh`: a bare Bevy app with the same features as the game that
//! opens a window with one line of text, in Bevy's default (continuous) update mode. It uses the
//! same font as the game (Bevy's built-in font is off in both).

use bevy::asset::AssetId;
use bevy::prelude::*;

fn main() {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Bare Bevy".into(),
            resolution: (1280, 800).into(),
            ..default()
        }),
        ..default()
    }));
    app.world_mut()
        .resource_mut::<Assets<Font>>()
        .insert(
            AssetId::default(),
            Font::from_bytes(include_bytes!("../assets/fonts/DejaVuSans.ttf").to_vec()),
        )
        .expect("the default font slot accepts a font");
    app.add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        commands.spawn(Text::new("One line of text"));
    });
    app.run();
}
