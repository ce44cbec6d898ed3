//! The title screen: the game's name, its promise, and the way in, over a faint map of the
//! countries of every case. Like every screen it
//! scrolls when the window is too small for it (a low window, the largest text size).

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::Player;
use crate::game::actions::Action;
use crate::game::settings::Settings;
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::game::words::Said;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
}

fn spawn(
    mut commands: Commands,
    player: Res<Player>,
    cases: Res<crate::game::Cases>,
    settings: Res<Settings>,
) {
    let player = player.0.clone();
    let lang = settings.lang;
    // A button or a line in the settings' language, said again when it changes.
    let said = move |id: &'static str| (Said::new(id), Said::new(id).text(lang));
    let (root, body) = spawn_screen(&mut commands, "Title screen", Screen::Title);
    // Behind everything: the countries of every case, faint.
    if let Some(backdrop) = crate::game::theme::map::backdrop(cases.cases()) {
        let backdrop = commands.spawn(backdrop).id();
        commands.entity(root).insert_children(0, &[backdrop]);
    }
    commands.entity(body).insert((
        Node {
            width: percent(100),
            max_width: px(widgets::READING_WIDTH),
            min_height: percent(100),
            align_self: AlignSelf::Center,
            flex_direction: FlexDirection::Column,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            flex_shrink: 0.0,
            row_gap: px(18),
            padding: UiRect::all(px(32)),
            ..default()
        },
        children![
            widgets::title("TAKEDOWN"),
            (
                centred(widgets::strong(
                    said("title-tagline").1,
                    size::HEADING,
                    Role::Guess
                )),
                said("title-tagline").0
            ),
            (
                centred(widgets::label(
                    said("title-subtitle").1,
                    size::SUBHEADING,
                    Role::Text,
                )),
                said("title-subtitle").0
            ),
            Node {
                height: px(12),
                ..default()
            },
            (
                widgets::column(14.0),
                Children::spawn(SpawnWith(move |buttons: &mut ChildSpawner| {
                    let play = Said::new("title-play");
                    buttons.spawn((widgets::primary_button(play.text(lang), Action::Play), play));
                    // A web page serves no class, and the browser closes the page, not the game.
                    let desktop = !cfg!(target_arch = "wasm32");
                    if desktop {
                        button_with(buttons, Said::new("title-host"), Action::HostClass, lang);
                    }
                    let player = Said::with("title-player", vec![("name", player.into())]);
                    button_with(buttons, player, Action::OpenProfiles, lang);
                    button_with(
                        buttons,
                        Said::new("title-results"),
                        Action::OpenResults,
                        lang,
                    );
                    button_with(
                        buttons,
                        Said::new("title-settings"),
                        Action::OpenSettings,
                        lang,
                    );
                    if desktop {
                        button_with(buttons, Said::new("title-quit"), Action::Quit, lang);
                    }
                })),
            ),
            Node {
                height: px(12),
                ..default()
            },
            (
                centred(widgets::label(
                    said("title-footer").1,
                    size::SMALL,
                    Role::Muted,
                )),
                said("title-footer").0
            ),
        ],
    ));
}

/// A button whose words are `said`, in `lang` now and again when the language changes.
fn button_with(
    buttons: &mut ChildSpawner,
    said: Said,
    action: Action,
    lang: crate::content::lang::Lang,
) {
    let text = said.text(lang);
    buttons.spawn((widgets::button(text, action), said));
}

fn centred(text: impl Bundle) -> impl Bundle {
    (text, TextLayout::justify(Justify::Center))
}
