//! Settings: few for now (reduced motion).

use bevy::prelude::*;

use super::{Screen, SettingsOpenedFrom, spawn_screen};
use crate::game::actions::Action;
use crate::game::settings::Settings;
use crate::game::theme::widgets;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn);
    app.add_systems(
        Update,
        close
            .after(crate::game::actions::ActionInput)
            .run_if(in_state(Screen::Settings)),
    );
    app.add_systems(
        Update,
        update_labels.run_if(in_state(Screen::Settings).and_then(resource_changed::<Settings>)),
    );
}

/// The label of a setting's button.
fn label(action: &Action, settings: &Settings) -> Option<String> {
    match action {
        Action::ToggleReducedMotion => Some(format!(
            "Reduced motion: {}",
            if settings.reduced_motion { "on" } else { "off" }
        )),
        Action::CycleTextSize => Some(format!("Text size: {}", settings.text_size.label())),
        Action::CycleRanges => Some(format!("80% ranges: {}", settings.ranges.label())),
        Action::CycleVolume => Some(if settings.volume == 0 {
            "Sound: off".to_string()
        } else {
            format!("Sound: {}%", settings.volume)
        }),
        Action::ToggleHighContrast => Some(format!(
            "High contrast: {}",
            if settings.high_contrast { "on" } else { "off" }
        )),
        _ => None,
    }
}

fn spawn(mut commands: Commands, settings: Res<Settings>, opened_from: Res<SettingsOpenedFrom>) {
    let in_case = opened_from.0.is_some();
    let (_, body) = spawn_screen(&mut commands, "Settings screen", Screen::Settings);
    let text = |action: Action| label(&action, &settings).unwrap_or_default();
    commands.entity(body).insert(children![
        widgets::heading("Settings"),
        widgets::paragraph(
            "Text size makes everything larger, for a projector or for reading comfort. Reduced motion shows each reveal at once. High contrast uses a black background, white text and bright accents. With 80% ranges you can add, must add, or never see the range you are 80% sure contains the truth. Sound plays a short chime at each reveal."
        ),
        (
            widgets::button_column(14.0),
            children![
                widgets::primary_button(text(Action::CycleTextSize), Action::CycleTextSize),
                widgets::button(text(Action::ToggleReducedMotion), Action::ToggleReducedMotion),
                widgets::button(text(Action::ToggleHighContrast), Action::ToggleHighContrast),
                widgets::button(text(Action::CycleRanges), Action::CycleRanges),
                widgets::button(text(Action::CycleVolume), Action::CycleVolume),
                widgets::button(
                    if in_case { "Back to the case" } else { "Back" },
                    Action::CloseSettings
                ),
            ],
        ),
        widgets::note("Settings are kept between runs."),
    ]);
    if in_case {
        commands.entity(body).with_child((
            widgets::row(14.0),
            children![widgets::button(
                "Leave the case (your progress is kept)",
                Action::ToCases
            )],
        ));
    }
}

fn update_labels(
    settings: Res<Settings>,
    buttons: Query<(&Action, &Children)>,
    mut texts: Query<&mut Text>,
) {
    for (action, children) in &buttons {
        if let Some(wanted) = label(action, &settings)
            && let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
            && text.0 != wanted
        {
            text.0 = wanted;
        }
    }
}

/// Back returns to the case the settings were opened from, or to the title.
fn close(
    mut activated: MessageReader<crate::game::actions::Activated>,
    mut opened_from: ResMut<SettingsOpenedFrom>,
    mut next: ResMut<NextState<Screen>>,
) {
    for crate::game::actions::Activated(action) in activated.read() {
        match action {
            Action::CloseSettings => next.set(opened_from.0.take().unwrap_or(Screen::Title)),
            Action::ToCases => opened_from.0 = None,
            _ => {}
        }
    }
}
