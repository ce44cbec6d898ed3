//! Who is playing: several players on one machine each have a profile (a name; no password,
//! no account). Results and progress are kept per profile.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::text::EditableText;

use super::{Screen, showing, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::game::{Player, Storage};
use crate::store::Store;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Profiles), spawn);
    app.add_systems(
        Update,
        choose.after(ActionInput).run_if(showing(Screen::Profiles)),
    );
}

/// The field for a new player's name.
#[derive(Component)]
struct NameField;

fn spawn(mut commands: Commands, player: Res<Player>, storage: Res<Storage>) {
    let (_, body) = spawn_screen(&mut commands, "Profiles screen", Screen::Profiles);
    let known = storage.profiles();
    let current = Store::profile_folder(&player);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::heading("Who is playing?"));
        body.spawn(widgets::paragraph(format!(
            "Results and progress are kept for each player. Now playing: {}.",
            player.0
        )));
        body.spawn(widgets::button_column(10.0))
            .with_children(|list| {
                for name in &known {
                    let mut button = list.spawn(widgets::button(
                        name.clone(),
                        Action::ChooseProfile(name.clone()),
                    ));
                    if *name == current {
                        button.insert(AutoFocus);
                    }
                }
            });
        body.spawn(widgets::strong("A new player", size::BODY, Role::Heading));
        body.spawn(widgets::row(14.0)).with_children(|row| {
            let mut field = row.spawn((
                Name::new("New player's name"),
                NameField,
                Action::AddProfile,
                widgets::text_field(16.0, 40, size::BODY, 260.0),
            ));
            // The field has focus unless the current player is in the list above.
            if !known.contains(&current) {
                field.insert(AutoFocus);
            }
            row.spawn(widgets::button("Add and play", Action::AddProfile));
        });
        body.spawn(widgets::note(
            "Type a name and press Enter. No password, no account.",
        ));
        body.spawn((
            widgets::row(14.0),
            children![widgets::button("Back", Action::ToTitle)],
        ));
    });
}

fn choose(
    mut activated: MessageReader<Activated>,
    mut player: ResMut<Player>,
    fields: Query<&EditableText, With<NameField>>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        let name = match action {
            Action::ChooseProfile(name) => name.clone(),
            Action::AddProfile => fields
                .iter()
                .next()
                .map(|f| f.value().to_string())
                .unwrap_or_default(),
            _ => continue,
        };
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        player.0 = name.to_string();
        next.set(Screen::Title);
    }
}
