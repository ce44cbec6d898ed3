//! The class lobby on the projector: a big QR code of the join URL, the URL and the code in
//! large type, the students who joined, and help for when phones cannot connect.

use bevy::asset::RenderAssetUsages;
use bevy::image::ImageSampler;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use super::{ClassContent, ClassRoom, ClassSystems, Teacher, needs_drawing};
use crate::game::actions::Action;
use crate::game::screens::{Screen, spawn_screen};
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::host::qr;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ClassLobby), spawn);
    app.add_systems(
        Update,
        draw.in_set(ClassSystems)
            .after(super::follow_session)
            .run_if(in_state(Screen::ClassLobby)),
    );
}

fn spawn(mut commands: Commands, room: Option<ResMut<ClassRoom>>) {
    let Some(mut room) = room else {
        return;
    };
    room.drawn = u64::MAX;
    let (root, body) = spawn_screen(&mut commands, "Class lobby", Screen::ClassLobby);
    commands
        .entity(body)
        .with_child((ClassContent, widgets::column(16.0)));
    commands.entity(root).with_child(widgets::bottom_bar(
        widgets::button("End the class", Action::Class(Teacher::EndClass)),
        widgets::primary_button("Start the first stage", Action::Class(Teacher::Next)),
    ));
}

/// The QR code of the URL last drawn, kept so it is made once.
#[derive(Default)]
struct Code {
    url: String,
    image: Option<Handle<Image>>,
}

fn code_image(url: &str, images: &mut Assets<Image>) -> Option<Handle<Image>> {
    let (modules, side) = qr::modules(url)?;
    let data: Vec<u8> = modules
        .iter()
        .flat_map(|&dark| if dark { [0, 0, 0, 255] } else { [255; 4] })
        .collect();
    let mut image = Image::new(
        Extent3d {
            width: side as u32,
            height: side as u32,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    );
    image.sampler = ImageSampler::nearest();
    Some(images.add(image))
}

fn draw(
    mut commands: Commands,
    room: Option<ResMut<ClassRoom>>,
    content: Query<Entity, With<ClassContent>>,
    images: Option<ResMut<Assets<Image>>>,
    mut code: Local<Code>,
) {
    let (Some(mut room), Ok(content)) = (room, content.single()) else {
        return;
    };
    if !needs_drawing(&mut room) {
        return;
    }
    let url = room.join_url();
    if code.url != url {
        code.image = images.and_then(|mut images| code_image(&url, &mut images));
        code.url = url.clone();
    }
    let session = room.session().lock();
    let students: Vec<(u32, String)> = session.present().map(|s| (s.id, s.name.clone())).collect();
    let (join_code, locked, title) = (
        session.code().to_string(),
        session.locked(),
        session.case().title.clone(),
    );
    drop(session);
    let removing = room
        .removing
        .and_then(|id| students.iter().find(|s| s.0 == id).cloned());
    let others = room.addresses.len() > 1;
    commands.entity(content).despawn_children();
    commands.entity(content).with_children(|c| {
        c.spawn(widgets::note(format!("CLASS  ·  {title}")));
        c.spawn(widgets::row(32.0)).with_children(|row| {
            if let Some(image) = &code.image {
                row.spawn((
                    Name::new("Join QR code"),
                    ImageNode::new(image.clone()),
                    Node {
                        width: px(260),
                        height: px(260),
                        flex_shrink: 0.0,
                        ..default()
                    },
                ));
            }
            // Beside the code, not under it, so the list of students stays on the screen.
            row.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                flex_grow: 1.0,
                flex_basis: px(0),
                min_width: px(320),
                ..default()
            })
            .with_children(|col| {
                col.spawn(widgets::label(
                    "Open on your phone:",
                    size::SUBHEADING,
                    Role::Text,
                ));
                col.spawn(widgets::strong(url.clone(), size::HEADING, Role::Heading));
                col.spawn(widgets::label(
                    "Code",
                    size::SUBHEADING,
                    Role::Text,
                ));
                col.spawn(widgets::strong(join_code, size::TITLE, Role::Guess));
                col.spawn(widgets::strong(
                    match students.len() {
                        1 => "1 student has joined".to_string(),
                        n => format!("{n} students have joined"),
                    },
                    size::SUBHEADING,
                    Role::Truth,
                ));
                if locked {
                    col.spawn(widgets::strong(
                        "The room is locked: nobody new can join.",
                        size::BODY,
                        Role::Error,
                    ));
                }
            });
        });
        for notice in &room.notices {
            c.spawn(widgets::label(notice.clone(), size::BODY, Role::Guess));
        }
        if let Some((_, name)) = removing {
            c.spawn(widgets::panel())
                .with_children(|panel| {
                    panel.spawn(widgets::strong(
                        format!("Remove {name} from the class? They cannot join again under that name."),
                        size::BODY,
                        Role::Heading,
                    ));
                    panel.spawn(widgets::row(14.0)).with_children(|row| {
                        row.spawn(widgets::primary_button(
                            format!("Remove {name}"),
                            Action::Class(Teacher::ConfirmRemove),
                        ));
                        row.spawn(widgets::button("Keep", Action::Class(Teacher::CancelRemove)));
                    });
                });
        }
        if !students.is_empty() {
            c.spawn(widgets::note(
                "Students (choose a name to remove that student):",
            ));
            c.spawn(widgets::row(8.0)).with_children(|row| {
                for (id, name) in &students {
                    row.spawn(widgets::chip(name.clone(), Action::Class(Teacher::AskRemove(*id))));
                }
            });
        }
        c.spawn(widgets::row(14.0)).with_children(|row| {
            row.spawn(widgets::button(
                if locked { "Unlock the room (L)" } else { "Lock the room (L)" },
                Action::Class(Teacher::ToggleLock),
            ));
            row.spawn(widgets::button("New code", Action::Class(Teacher::NewCode)));
            if others {
                row.spawn(widgets::button(
                    "Other address",
                    Action::Class(Teacher::OtherAddress),
                ));
            }
        });
        c.spawn(widgets::panel()).with_children(|panel| {
            panel.spawn(widgets::strong(
                "Phones cannot connect?",
                size::BODY,
                Role::Heading,
            ));
            panel.spawn(widgets::paragraph(
                "Phones must be on the same network as this computer. School Wi-Fi often keeps devices apart (client isolation): then turn on a phone hotspot, connect this computer and the students to it, and use the address shown. On Windows, allow Takedown when the firewall asks, on private networks. Type the address exactly, with http:// and the port.",
            ));
            if others {
                panel.spawn(widgets::note(format!(
                    "This computer's addresses: {}. \"Other address\" shows the next one.",
                    room.addresses
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        });
    });
}
