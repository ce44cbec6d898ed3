//! Settings: few for now (reduced motion).

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::actions::Action;
use crate::game::settings::Settings;
use crate::game::theme::widgets;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn);
    app.add_systems(
        Update,
        update_labels.run_if(in_state(Screen::Settings).and_then(resource_changed::<Settings>)),
    );
}

fn reduced_motion_text(settings: &Settings) -> String {
    format!(
        "Reduced motion: {}",
        if settings.reduced_motion { "on" } else { "off" }
    )
}

fn spawn(mut commands: Commands, settings: Res<Settings>) {
    let (_, body) = spawn_screen(&mut commands, "Settings screen", Screen::Settings);
    commands.entity(body).insert(children![
        widgets::heading("Settings"),
        widgets::paragraph("Reduced motion shows each reveal at once instead of animating it in."),
        (
            widgets::row(14.0),
            children![
                widgets::primary_button(
                    reduced_motion_text(&settings),
                    Action::ToggleReducedMotion
                ),
                widgets::button("Back", Action::ToTitle),
            ],
        ),
    ]);
}

fn update_labels(
    settings: Res<Settings>,
    buttons: Query<(&Action, &Children)>,
    mut texts: Query<&mut Text>,
) {
    for (action, children) in &buttons {
        if *action == Action::ToggleReducedMotion
            && let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
        {
            text.0 = reduced_motion_text(&settings);
        }
    }
}
