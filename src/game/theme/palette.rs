//! Colours, chosen for contrast on a projector: light text on a dark navy background. The high
//! contrast theme (Settings) uses pure black, white and saturated accents instead; screens take
//! their colours when they are drawn, so a change shows from the next screen on.

use std::sync::atomic::{AtomicBool, Ordering};

use bevy::prelude::*;

static HIGH_CONTRAST: AtomicBool = AtomicBool::new(false);

/// Switch the high contrast theme on or off.
pub fn set_high_contrast(on: bool) {
    HIGH_CONTRAST.store(on, Ordering::Relaxed);
}

fn pick(normal: Color, high: Color) -> Color {
    if HIGH_CONTRAST.load(Ordering::Relaxed) {
        high
    } else {
        normal
    }
}

macro_rules! colours {
    ($($(#[$doc:meta])* $name:ident: $normal:expr, $high:expr;)*) => {
        $(
            $(#[$doc])*
            #[allow(non_snake_case)]
            pub fn $name() -> Color {
                pick($normal, $high)
            }
        )*
    };
}

colours! {
    BACKGROUND: Color::srgb(0.059, 0.090, 0.133), Color::BLACK;
    PANEL: Color::srgb(0.090, 0.133, 0.200), Color::BLACK;
    PANEL_BORDER: Color::srgb(0.200, 0.267, 0.361), Color::WHITE;
    TEXT: Color::srgb(0.925, 0.945, 0.965), Color::WHITE;
    MUTED: Color::srgb(0.650, 0.710, 0.780), Color::srgb(0.88, 0.88, 0.88);
    HEADING: Color::srgb(1.0, 1.0, 1.0), Color::WHITE;
    /// The player's guess, everywhere it is drawn.
    GUESS: Color::srgb(0.976, 0.725, 0.259), Color::srgb(1.0, 0.85, 0.0);
    /// The truth, everywhere it is drawn.
    TRUTH: Color::srgb(0.349, 0.808, 0.569), Color::srgb(0.0, 1.0, 0.5);
    ERROR: Color::srgb(1.0, 0.478, 0.478), Color::srgb(1.0, 0.4, 0.4);
    FOCUS: Color::srgb(0.424, 0.714, 1.0), Color::srgb(0.0, 0.9, 1.0);
    BUTTON: Color::srgb(0.153, 0.247, 0.380), Color::BLACK;
    BUTTON_HOVER: Color::srgb(0.204, 0.32, 0.475), Color::srgb(0.2, 0.2, 0.2);
    BUTTON_PRESSED: Color::srgb(0.110, 0.184, 0.290), Color::srgb(0.3, 0.3, 0.3);
    DISABLED: Color::srgb(0.110, 0.141, 0.184), Color::srgb(0.15, 0.15, 0.15);
    FIELD: Color::srgb(0.035, 0.059, 0.094), Color::BLACK;
    TRACK: Color::srgb(0.255, 0.322, 0.412), Color::srgb(0.75, 0.75, 0.75);
}
