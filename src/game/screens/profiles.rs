//! Who is playing: several players on one machine each have a profile (a name; no password,
//! no account). Results and progress are kept per profile.

use crate::report::lang::{say, word};
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

fn spawn(
    mut commands: Commands,
    player: Res<Player>,
    storage: Res<Storage>,
    settings: Res<crate::game::settings::Settings>,
) {
    let lang = settings.lang;
    let (_, body) = spawn_screen(&mut commands, "Profiles screen", Screen::Profiles);
    let known = storage.profiles();
    let current = Store::profile_folder(&player);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::heading(word(lang, "profiles-heading")));
        body.spawn(widgets::paragraph(say(
            lang,
            "profiles-about",
            &[("player", player.0.as_str().into())],
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
        body.spawn(widgets::strong(
            word(lang, "profiles-new"),
            size::BODY,
            Role::Heading,
        ));
        body.spawn(widgets::row(14.0)).with_children(|row| {
            let mut field = row.spawn((
                Name::new("New player's name"),
                NameField,
                Action::AddProfile,
                widgets::text_field(16.0, 40, size::BODY, 260.0),
                crate::game::a11y::AccessibleName::Words(word(lang, "profiles-new")),
            ));
            // The field has focus unless the current player is in the list above.
            if !known.contains(&current) {
                field.insert(AutoFocus);
            }
            row.spawn(widgets::button(
                word(lang, "profiles-add"),
                Action::AddProfile,
            ));
        });
        body.spawn(widgets::note(word(lang, "profiles-how")));
        body.spawn((
            widgets::row(14.0),
            children![widgets::button(word(lang, "back"), Action::ToTitle)],
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
