//! Player settings that change how the game looks and moves.

use bevy::prelude::*;

/// Settings for the session.
#[derive(Debug, Clone, Resource)]
pub struct Settings {
    /// No animations: reveals appear at once.
    pub reduced_motion: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reduced_motion: std::env::var_os("TAKEDOWN_REDUCED_MOTION").is_some(),
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Settings>();
}
