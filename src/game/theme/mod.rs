//! Look and feel: colours, text styles and the widgets every screen is built from.

pub mod interaction;
pub mod palette;
pub mod widgets;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(interaction::plugin);
}
