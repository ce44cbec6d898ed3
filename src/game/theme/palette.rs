//! Colours, chosen for contrast on a projector: light text on a dark navy background.

use bevy::prelude::*;

pub const BACKGROUND: Color = Color::srgb(0.059, 0.090, 0.133);
pub const PANEL: Color = Color::srgb(0.090, 0.133, 0.200);
pub const PANEL_BORDER: Color = Color::srgb(0.200, 0.267, 0.361);
pub const TEXT: Color = Color::srgb(0.925, 0.945, 0.965);
pub const MUTED: Color = Color::srgb(0.650, 0.710, 0.780);
pub const HEADING: Color = Color::srgb(1.0, 1.0, 1.0);
/// The player's guess, everywhere it is drawn.
pub const GUESS: Color = Color::srgb(0.976, 0.725, 0.259);
/// The truth, everywhere it is drawn.
pub const TRUTH: Color = Color::srgb(0.349, 0.808, 0.569);
pub const ERROR: Color = Color::srgb(1.0, 0.478, 0.478);
pub const FOCUS: Color = Color::srgb(0.424, 0.714, 1.0);
pub const BUTTON: Color = Color::srgb(0.153, 0.247, 0.380);
pub const BUTTON_HOVER: Color = Color::srgb(0.204, 0.32, 0.475);
pub const BUTTON_PRESSED: Color = Color::srgb(0.110, 0.184, 0.290);
pub const DISABLED: Color = Color::srgb(0.110, 0.141, 0.184);
pub const FIELD: Color = Color::srgb(0.035, 0.059, 0.094);
pub const TRACK: Color = Color::srgb(0.255, 0.322, 0.412);
