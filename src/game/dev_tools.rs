//! Development tools, behind the `dev` feature: F3 toggles the UI layout overlay, and screen
//! changes are logged.

use bevy::dev_tools::states::log_transitions;
use bevy::input::common_conditions::input_just_pressed;
use bevy::prelude::*;
use bevy::ui_render::GlobalUiDebugOptions;

use super::Screen;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, log_transitions::<Screen>);
    app.add_systems(
        Update,
        toggle_debug_ui.run_if(input_just_pressed(KeyCode::F3)),
    );
}

fn toggle_debug_ui(mut options: ResMut<GlobalUiDebugOptions>) {
    options.toggle();
}
