//! The title screen: the game's name, its promise, and the way in.

use bevy::prelude::*;

use super::Screen;
use crate::game::actions::Action;
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
}

fn spawn(mut commands: Commands, options: Res<crate::game::Options>) {
    let player = format!("Player: {}", options.profile);
    commands.spawn((
        widgets::screen_root("Title screen"),
        DespawnOnExit(Screen::Title),
        children![(
            Node {
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                row_gap: px(18),
                padding: UiRect::all(px(32)),
                max_width: px(widgets::READING_WIDTH),
                ..default()
            },
            children![
                widgets::title("TAKEDOWN"),
                (
                    widgets::coloured("How big was it really?", size::HEADING, true, palette::GUESS()),
                    TextLayout::justify(Justify::Center),
                ),
                (
                    widgets::coloured(
                        "Estimate the outcomes of real cross-border investigations",
                        size::SUBHEADING,
                        false,
                        palette::TEXT(),
                    ),
                    TextLayout::justify(Justify::Center),
                ),
                (Node { height: px(24), ..default() }),
                (
                    widgets::column(14.0),
                    children![
                        widgets::primary_button("Play", Action::Play),
                        widgets::button(player, Action::OpenProfiles),
                        widgets::button("Results", Action::OpenResults),
                        widgets::button("Settings", Action::OpenSettings),
                        widgets::button("Quit", Action::Quit),
                    ],
                ),
                (Node { height: px(24), ..default() }),
                (
                    widgets::note(
                        "Every figure comes from Europol, Eurojust, courts or the press, with its source and date.\nTab or the arrow keys move between buttons; Enter chooses; Escape goes back.",
                    ),
                    TextLayout::justify(Justify::Center),
                ),
            ],
        )],
    ));
}
