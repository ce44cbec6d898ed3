//! Settings, drawn over the screen they were opened from (the title, a question, a reveal):
//! the language (from the title only: a case's text is shown in the language it was opened
//! in), text size, reduced motion, high contrast, 80% ranges and sound. Closing them returns to
//! that screen exactly as it was; in a case they also offer to leave it. A change of language
//! relabels the settings and the title in place.

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

use bevy::ecs::spawn::SpawnWith;

use super::{Overlay, Screen, spawn_layer};
use crate::game::actions::Action;
use crate::game::settings::Settings;
use crate::game::theme::palette::{Fill, Role};
use crate::game::theme::widgets;
use crate::game::words::Said;
use crate::report::lang::{say, word};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Settings), spawn);
    app.add_systems(
        Update,
        update_labels.run_if(in_state(Overlay::Settings).and_then(resource_changed::<Settings>)),
    );
}

/// The label of a setting's button, in the settings' language.
fn label(action: &Action, settings: &Settings) -> Option<String> {
    let lang = settings.lang;
    let state = |id: &str, on: bool| {
        let state = word(lang, if on { "settings-on" } else { "settings-off" });
        say(lang, id, &[("state", state.into())])
    };
    Some(match action {
        Action::CycleLanguage => say(
            lang,
            "settings-language",
            &[("language", lang.endonym().into())],
        ),
        Action::ToggleReducedMotion => state("settings-reduced-motion", settings.reduced_motion),
        Action::CycleTextSize => say(
            lang,
            "settings-text-size",
            &[("size", settings.text_size.label().into())],
        ),
        Action::CycleRanges => say(
            lang,
            "settings-ranges",
            &[("mode", settings.ranges.label().into())],
        ),
        Action::CycleVolume => say(
            lang,
            "settings-sound",
            &[("volume", settings.volume.into())],
        ),
        Action::ToggleHighContrast => state("settings-high-contrast", settings.high_contrast),
        Action::ToggleKeypad => state("settings-keypad", settings.keypad),
        _ => return None,
    })
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
    let lang = settings.lang;
    let current = settings.clone();
    let text = move |action: Action| label(&action, &current).unwrap_or_default();
    // The language only from the title: a case or a class keeps the language it began in.
    let on_title = *screen.get() == Screen::Title;
    let back = if in_class {
        "settings-back-to-class"
    } else if in_case {
        "settings-back-to-case"
    } else {
        "settings-back"
    };
    commands.entity(body).insert(children![
        (
            widgets::heading(word(lang, "settings-heading")),
            Said::new("settings-heading")
        ),
        (
            widgets::paragraph(word(lang, "settings-about")),
            Said::new("settings-about")
        ),
        (
            widgets::button_column(14.0),
            Children::spawn(SpawnWith(move |buttons: &mut ChildSpawner| {
                if on_title {
                    buttons.spawn(widgets::primary_button(
                        text(Action::CycleLanguage),
                        Action::CycleLanguage,
                    ));
                }
                for action in [
                    Action::CycleTextSize,
                    Action::ToggleReducedMotion,
                    Action::ToggleHighContrast,
                    Action::CycleRanges,
                    Action::CycleVolume,
                    Action::ToggleKeypad,
                ] {
                    // The first button takes the focus: the language's on the title.
                    if !on_title && action == Action::CycleTextSize {
                        buttons.spawn(widgets::primary_button(text(action.clone()), action));
                    } else {
                        buttons.spawn(widgets::button(text(action.clone()), action));
                    }
                }
                buttons.spawn((
                    widgets::button(word(lang, back), Action::CloseSettings),
                    Said::new(back),
                ));
            })),
        ),
        (
            widgets::note(word(lang, "settings-kept")),
            Said::new("settings-kept")
        ),
    ]);
    if in_class {
        commands.entity(body).with_child((
            widgets::row(14.0),
            children![(
                widgets::button(
                    word(lang, "settings-end-class"),
                    Action::Class(crate::game::class::Teacher::EndClass)
                ),
                Said::new("settings-end-class")
            )],
        ));
    }
    if in_case {
        commands.entity(body).with_child((
            widgets::row(14.0),
            children![(
                widgets::button(word(lang, "settings-leave-case"), Action::ToCases),
                Said::new("settings-leave-case")
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
