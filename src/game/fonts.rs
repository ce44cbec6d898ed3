//! The game's fonts: DejaVu Sans (see `assets/fonts/LICENSE-DejaVu.txt`), embedded in the binary
//! so that €, ×, é and ü render wherever the game runs from.

use bevy::asset::{AssetId, uuid_handle};
use bevy::prelude::*;

/// The bold face, for headings and buttons. Regular text uses the default font handle, which
/// this plugin fills with DejaVu Sans.
pub const BOLD: Handle<Font> = uuid_handle!("4f1f8d1e-6a0b-4c55-9a53-2b6f0c7d9e21");

use crate::report::glyphs::{BOLD as BOLD_BYTES, REGULAR as REGULAR_BYTES};

pub(super) fn plugin(app: &mut App) {
    let mut fonts = app.world_mut().resource_mut::<Assets<Font>>();
    fonts
        .insert(AssetId::default(), Font::from_bytes(REGULAR_BYTES.to_vec()))
        .expect("the default font slot accepts a font");
    fonts
        .insert(&BOLD, Font::from_bytes(BOLD_BYTES.to_vec()))
        .expect("the bold font slot accepts a font");
}
