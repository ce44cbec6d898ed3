//! The window's icon (the title bar, the task bar, Alt+Tab), from the game's own
//! `assets/icon/takedown-256.png` (made from `takedown.svg` by `scripts/make-icons.sh`).
//! Desktop only: a web page's icon is its favicon.

use bevy::ecs::system::NonSendMarker;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy::winit::WINIT_WINDOWS;

/// The icon's PNG, built into the program.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/takedown-256.png");

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        set_window_icon.run_if(not(resource_exists::<IconSet>)),
    );
}

/// The icon is on the window (set once).
#[derive(Resource)]
struct IconSet;

/// The icon as RGBA pixels: (pixels, width, height), or why the PNG could not be read.
pub fn icon_rgba() -> Result<(Vec<u8>, u32, u32), String> {
    let image = image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png)
        .map_err(|e| format!("the icon could not be read: {e}"))?
        .into_rgba8();
    let (width, height) = image.dimensions();
    Ok((image.into_raw(), width, height))
}

/// Once the window exists (winit creates it on the main thread after start-up), give it the
/// icon. A window system without icons is not an error: nothing changes.
fn set_window_icon(
    _main_thread: NonSendMarker,
    window: Query<Entity, With<PrimaryWindow>>,
    mut commands: Commands,
) {
    let Ok(entity) = window.single() else {
        return;
    };
    WINIT_WINDOWS.with_borrow(|windows| {
        let Some(window) = windows.get_window(entity) else {
            return;
        };
        match icon_rgba().and_then(|(pixels, width, height)| {
            winit::window::Icon::from_rgba(pixels, width, height).map_err(|e| e.to_string())
        }) {
            Ok(icon) => window.set_window_icon(Some(icon)),
            Err(e) => warn!("{e}"),
        }
        commands.insert_resource(IconSet);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_reads_as_a_square_256_pixel_image() {
        let (pixels, width, height) = icon_rgba().unwrap();
        assert_eq!((width, height), (256, 256));
        assert_eq!(pixels.len(), 256 * 256 * 4);
        // Opaque in the middle (the padlock), transparent in the corner (rounded).
        let alpha = |x: usize, y: usize| pixels[(y * 256 + x) * 4 + 3];
        assert_eq!(alpha(128, 180), 255);
        assert_eq!(alpha(0, 0), 0);
    }
}
