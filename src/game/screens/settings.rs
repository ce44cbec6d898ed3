//! Settings, drawn over the screen they were opened from (the title, a question, a reveal):
//! text size, reduced motion, high contrast, 80% ranges and sound. Closing them returns to that
//! screen exactly as it was; in a case they also offer to leave it.

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

use super::{Overlay, Screen, spawn_layer};
use crate::game::actions::Action;
use crate::game::settings::Settings;
use crate::game::theme::palette::{Fill, Role};
use crate::game::theme::widgets;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Settings), spawn);
    app.add_systems(
        Update,
        update_labels.run_if(in_state(Overlay::Settings).and_then(resource_changed::<Settings>)),
    );
}

/// The label of a setting's button.
fn label(action: &Action, settings: &Settings) -> Option<String> {
    let on_off = |on: bool| if on { "on" } else { "off" };
    match action {
        Action::ToggleReducedMotion => Some(format!(
            "Reduced motion: {}",
            on_off(settings.reduced_motion)
        )),
        Action::CycleTextSize => Some(format!("Text size: {}", settings.text_size.label())),
        Action::CycleRanges => Some(format!("80% ranges: {}", settings.ranges.label())),
        Action::CycleVolume => Some(if settings.volume == 0 {
            "Sound: off".to_string()
        } else {
            format!("Sound: {}%", settings.volume)
        }),
        Action::ToggleHighContrast => {
            Some(format!("High contrast: {}", on_off(settings.high_contrast)))
        }
        Action::ToggleKeypad => Some(format!("On-screen keypad: {}", on_off(settings.keypad))),
        _ => None,
    }
}

fn spawn(mut commands: Commands, settings: Res<Settings>, screen: Res<State<Screen>>) {
    let in_class = screen.get().in_class();
    let in_case = screen.get().in_play() && !in_class;
    let (root, body) = spawn_layer(
        &mut commands,
        "Settings overlay",
        DespawnOnExit(Overlay::Settings),
    );
    // Over the screen, and opaque: Bevy blends colours in linear light, where even 97% lets
    // the text underneath show through enough to clash with the settings. Tab stays inside.
    commands.entity(root).insert((
        GlobalZIndex(10),
        Fill::solid(Role::Background),
        TabGroup::modal(),
    ));
    let text = |action: Action| label(&action, &settings).unwrap_or_default();
    commands.entity(body).insert(children![
        widgets::heading("Settings"),
        widgets::paragraph(
            "Text size makes everything larger, for a projector or for reading comfort. Reduced motion shows each reveal at once. High contrast uses a black background, white text and bright accents. With 80% ranges you can add, must add, or never see the range you are 80% sure contains the truth. Sound plays a short chime at each reveal. The on-screen keypad types estimates by touch or with a mouse."
        ),
        (
            widgets::button_column(14.0),
            children![
                widgets::primary_button(text(Action::CycleTextSize), Action::CycleTextSize),
                widgets::button(text(Action::ToggleReducedMotion), Action::ToggleReducedMotion),
                widgets::button(text(Action::ToggleHighContrast), Action::ToggleHighContrast),
                widgets::button(text(Action::CycleRanges), Action::CycleRanges),
                widgets::button(text(Action::CycleVolume), Action::CycleVolume),
                widgets::button(text(Action::ToggleKeypad), Action::ToggleKeypad),
                widgets::button(
                    if in_class {
                        "Back to the class"
                    } else if in_case {
                        "Back to the case"
                    } else {
                        "Back"
                    },
                    Action::CloseSettings
                ),
            ],
        ),
        widgets::note("Settings are kept between runs. Escape closes them."),
    ]);
    if in_class {
        commands.entity(body).with_child((
            widgets::row(14.0),
            children![widgets::button(
                "End the class (every answer is saved)",
                Action::Class(crate::game::class::Teacher::EndClass)
            )],
        ));
    }
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
