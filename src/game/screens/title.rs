//! The title screen: the game's name, its promise, and the way in, over a faint map of the
//! countries of every case. Like every screen it
//! scrolls when the window is too small for it (a low window, the largest text size).

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::Player;
use crate::game::actions::Action;
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
}

fn spawn(mut commands: Commands, player: Res<Player>, cases: Res<crate::game::Cases>) {
    let player = player.0.clone();
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
            centred(widgets::strong(
                "How big was it really?",
                size::HEADING,
                Role::Guess
            )),
            centred(widgets::label(
                "Estimate the outcomes of real cross-border investigations",
                size::SUBHEADING,
                Role::Text,
            )),
            Node {
                height: px(12),
                ..default()
            },
            (
                widgets::column(14.0),
                Children::spawn(SpawnWith(move |buttons: &mut ChildSpawner| {
                    buttons.spawn(widgets::primary_button("Play", Action::Play));
                    // A web page serves no class, and the browser closes the page, not the game.
                    let desktop = !cfg!(target_arch = "wasm32");
                    if desktop {
                        buttons.spawn(widgets::button("Host a class", Action::HostClass));
                    }
                    buttons.spawn(widgets::button(
                        format!("Player: {player}"),
                        Action::OpenProfiles,
                    ));
                    buttons.spawn(widgets::button("Results", Action::OpenResults));
                    buttons.spawn(widgets::button("Settings", Action::OpenSettings));
                    if desktop {
                        buttons.spawn(widgets::button("Quit", Action::Quit));
                    }
                })),
            ),
            Node {
                height: px(12),
                ..default()
            },
            centred(widgets::label(
                "Every figure comes from Europol, Eurojust, courts or the press, with its source and date.\nTab or the arrow keys move between buttons; Enter chooses; Escape goes back.",
                size::SMALL,
                Role::Muted,
            )),
        ],
    ));
}

fn centred(text: impl Bundle) -> impl Bundle {
    (text, TextLayout::justify(Justify::Center))
}
