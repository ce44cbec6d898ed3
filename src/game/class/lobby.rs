//! The class lobby on the projector: a big QR code of the join URL, the URL and the code in
//! large type, the room's controls, the students who joined, and help for when phones cannot
//! connect.
//!
//! Its parts are made once, when the lobby opens; after that only what changed is updated in
//! place (a count, a label, a chip added or taken away), so keyboard focus never moves by
//! itself when a student joins. The roster scrolls on its own, so with 200 students the
//! controls stay on the screen.

use crate::content::lang::Lang;
use crate::report::lang::{say, word};
use bevy::asset::RenderAssetUsages;
use bevy::image::ImageSampler;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
use bevy::ui_widgets::ScrollArea;

use super::dialogs::{FallbackFocus, spawn_dialogs};
use super::{ClassRoom, ClassSystems, Teacher, needs_drawing};
use crate::game::actions::Action;
use crate::game::screens::{Screen, spawn_screen};
use crate::game::theme::palette::{Edge, Role};
use crate::game::theme::widgets::{self, size};
use crate::host::qr;
use crate::rules::class::{StudentId, TeamForming};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ClassLobby), spawn);
    app.add_systems(
        Update,
        draw.in_set(ClassSystems)
            .after(super::follow_session)
            .run_if(in_state(Screen::ClassLobby)),
    );
}

/// A text of the lobby that changes.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Live {
    Url,
    Code,
    Count,
    Locked,
    LockButton,
    Notices,
    RemovedHeading,
    AddressHelp,
    /// The button that turns team rounds on every stage on or off.
    TeamsButton,
    /// The button that switches how teams are made.
    FormingButton,
    /// The button that moves on: to the first stage, or back to the stages already shown.
    StartButton,
}

/// The QR code's image.
#[derive(Component)]
struct QrImage;

/// The list of students who joined (chips to remove them).
#[derive(Component)]
struct Roster;

/// The list of students removed (chips to let them back in).
#[derive(Component)]
struct Removed;

/// A student's chip in the roster.
#[derive(Component, Debug, Clone, Copy)]
pub(super) struct RosterChip(pub StudentId);

/// A removed student's chip.
#[derive(Component, Debug, Clone, Copy)]
struct RemovedChip(StudentId);

/// Shown only when the computer has more than one address.
#[derive(Component)]
struct OtherAddressButton;

fn spawn(mut commands: Commands, room: Option<ResMut<ClassRoom>>) {
    let Some(mut room) = room else {
        return;
    };
    room.drawn = u64::MAX;
    let lang = room.lang;
    let title = room.session().lock().case_in(lang).title.clone();
    let (root, body) = spawn_screen(&mut commands, "Class lobby", Screen::ClassLobby);
    let text = |live: Live, size: f32, role: Role| (live, widgets::strong("", size, role));
    commands.entity(body).with_children(|c| {
        c.spawn(widgets::note(say(
            lang,
            "class-screen-heading",
            &[("title", title.into())],
        )));
        c.spawn(widgets::row(32.0)).with_children(|row| {
            row.spawn((
                Name::new("Join QR code"),
                QrImage,
                ImageNode::default(),
                Node {
                    width: px(260),
                    height: px(260),
                    flex_shrink: 0.0,
                    ..default()
                },
            ));
            // Beside the code, not under it, so the controls and students stay on the screen.
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
                    word(lang, "class-open-on-phone"),
                    size::SUBHEADING,
                    Role::Text,
                ));
                col.spawn(text(Live::Url, size::HEADING, Role::Heading));
                col.spawn(widgets::label(
                    word(lang, "class-code-label"),
                    size::SUBHEADING,
                    Role::Text,
                ));
                col.spawn(text(Live::Code, size::TITLE, Role::Guess));
                col.spawn(text(Live::Count, size::SUBHEADING, Role::Truth));
                col.spawn(text(Live::Locked, size::BODY, Role::Error));
            });
        });
        c.spawn((Live::Notices, widgets::label("", size::BODY, Role::Guess)));
        c.spawn(widgets::row(14.0)).with_children(|row| {
            row.spawn((
                FallbackFocus,
                widgets::button("", Action::Class(Teacher::ToggleLock)),
                Live::LockButton,
            ));
            row.spawn(widgets::button(
                word(lang, "class-new-code"),
                Action::Class(Teacher::NewCode),
            ));
            row.spawn((
                OtherAddressButton,
                widgets::button(
                    word(lang, "class-other-address"),
                    Action::Class(Teacher::OtherAddress),
                ),
            ));
        });
        // Team rounds: on every stage, or only when started on a stage (T).
        c.spawn(widgets::row(14.0)).with_children(|row| {
            row.spawn((
                widgets::button("", Action::Class(Teacher::ToggleTeamEveryStage)),
                Live::TeamsButton,
            ));
            row.spawn((
                widgets::button("", Action::Class(Teacher::SwitchForming)),
                Live::FormingButton,
            ));
        });
        c.spawn(widgets::note(word(lang, "class-students-heading")));
        c.spawn((
            Name::new("Roster"),
            Roster,
            ScrollArea,
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_content: AlignContent::FlexStart,
                column_gap: px(8),
                row_gap: px(8),
                padding: UiRect::all(px(8)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(8)),
                min_height: px(56),
                // About six rows of names; more scroll, with the wheel or the arrow keys.
                max_height: px(300),
                overflow: Overflow::scroll_y(),
                flex_shrink: 0.0,
                ..default()
            },
            Edge(Role::PanelBorder),
        ));
        c.spawn((
            Live::RemovedHeading,
            widgets::label("", size::SMALL, Role::Muted),
        ));
        c.spawn((Name::new("Removed students"), Removed, widgets::row(8.0)));
        c.spawn(widgets::panel()).with_children(|panel| {
            panel.spawn(widgets::strong(
                word(lang, "class-cannot-connect"),
                size::BODY,
                Role::Heading,
            ));
            panel.spawn(widgets::paragraph(word(lang, "class-network-help")));
            panel.spawn((Live::AddressHelp, widgets::note("")));
        });
    });
    commands.entity(root).with_child(widgets::bottom_bar(
        widgets::button(word(lang, "class-end"), Action::Class(Teacher::EndClass)),
        (
            Live::StartButton,
            widgets::primary_button(word(lang, "class-start"), Action::Class(Teacher::Next)),
        ),
    ));
    spawn_dialogs(&mut commands, root, lang);
}

/// The button that switches how teams are made: it says how they are made now.
pub(super) fn forming_label(lang: Lang, forming: TeamForming) -> String {
    word(
        lang,
        match forming {
            TeamForming::Random => "class-forming-random",
            TeamForming::Picked => "class-forming-picked",
        },
    )
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

/// The lobby as it should read now.
struct Lobby {
    url: String,
    code: String,
    locked: bool,
    team_every_stage: bool,
    forming: TeamForming,
    students: Vec<(StudentId, String)>,
    removed: Vec<(StudentId, String)>,
    /// The class has seen a stage revealed (the teacher came back to the lobby).
    started: bool,
}

fn draw(
    mut commands: Commands,
    room: Option<ResMut<ClassRoom>>,
    mut lives: Query<(&Live, Entity)>,
    children: Query<&Children>,
    mut texts: Query<&mut Text>,
    mut qr_image: Query<&mut ImageNode, With<QrImage>>,
    mut other: Query<&mut Node, With<OtherAddressButton>>,
    roster: Query<Entity, With<Roster>>,
    removed_list: Query<Entity, With<Removed>>,
    chips: Query<(Entity, &RosterChip)>,
    removed_chips: Query<(Entity, &RemovedChip)>,
    images: Option<ResMut<Assets<Image>>>,
    mut drawn_url: Local<String>,
) {
    let Some(mut room) = room else {
        return;
    };
    if !needs_drawing(&mut room) {
        return;
    }
    let url = room.join_url();
    let lobby = {
        let session = room.session().lock();
        Lobby {
            url,
            code: session.code().to_string(),
            locked: session.locked(),
            team_every_stage: session.team_every_stage(),
            forming: session.forming(),
            students: session.present().map(|s| (s.id, s.name.clone())).collect(),
            removed: session.removed().map(|s| (s.id, s.name.clone())).collect(),
            started: session.is_revealed(0),
        }
    };
    // The code is drawn when the address changes, and on a lobby shown again (its image node
    // is new).
    if let Ok(mut node) = qr_image.single_mut()
        && (*drawn_url != lobby.url || node.image == ImageNode::default().image)
        && let Some(mut images) = images
        && let Some(handle) = code_image(&lobby.url, &mut images)
    {
        node.image = handle;
        *drawn_url = lobby.url.clone();
    }
    let others = room.addresses.len() > 1;
    for mut node in &mut other {
        node.display = if others { Display::Flex } else { Display::None };
    }
    let lang = room.lang;
    for (live, entity) in &mut lives {
        let words = match live {
            Live::Url => lobby.url.clone(),
            Live::Code => lobby.code.clone(),
            Live::Count => say(
                lang,
                "class-joined",
                &[("count", lobby.students.len().into())],
            ),
            Live::Locked if lobby.locked => word(lang, "class-room-locked"),
            Live::Locked => String::new(),
            Live::LockButton if lobby.locked => word(lang, "class-unlock"),
            Live::LockButton => word(lang, "class-lock"),
            Live::Notices => room.notices.join("\n"),
            Live::RemovedHeading if lobby.removed.is_empty() => String::new(),
            Live::RemovedHeading => word(lang, "class-removed-heading"),
            Live::AddressHelp if others => say(
                lang,
                "class-addresses",
                &[(
                    "addresses",
                    room.addresses
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                )],
            ),
            Live::AddressHelp => String::new(),
            Live::TeamsButton if lobby.team_every_stage => word(lang, "class-teams-every"),
            Live::TeamsButton => word(lang, "class-teams-when"),
            Live::StartButton if lobby.started => word(lang, "class-back-to-stages"),
            Live::StartButton => word(lang, "class-start"),
            Live::FormingButton => forming_label(lang, lobby.forming),
        };
        // A button's words are in its first child.
        let target = if matches!(
            live,
            Live::LockButton | Live::TeamsButton | Live::FormingButton | Live::StartButton
        ) {
            children
                .get(entity)
                .ok()
                .and_then(|c| c.first().copied())
                .unwrap_or(entity)
        } else {
            entity
        };
        if let Ok(mut text) = texts.get_mut(target)
            && text.0 != words
        {
            text.0 = words;
        }
    }
    if let Ok(list) = roster.single() {
        reconcile(
            &mut commands,
            list,
            &lobby.students,
            chips.iter().map(|(e, c)| (e, c.0)),
            |(id, name)| {
                (
                    RosterChip(*id),
                    widgets::chip(name.clone(), Action::Class(Teacher::AskRemove(*id))),
                )
            },
        );
    }
    if let Ok(list) = removed_list.single() {
        reconcile(
            &mut commands,
            list,
            &lobby.removed,
            removed_chips.iter().map(|(e, c)| (e, c.0)),
            |(id, name)| {
                (
                    RemovedChip(*id),
                    widgets::chip(name.clone(), Action::Class(Teacher::Readmit(*id))),
                )
            },
        );
    }
}

/// Make the chips in `list` those of `wanted`: a chip for each student not yet shown is added
/// at the end, the chips of students no longer wanted are taken away, and every other chip
/// stays as it is (with its focus).
fn reconcile<B: Bundle>(
    commands: &mut Commands,
    list: Entity,
    wanted: &[(StudentId, String)],
    shown: impl Iterator<Item = (Entity, StudentId)>,
    chip: impl Fn(&(StudentId, String)) -> B,
) {
    let shown: Vec<(Entity, StudentId)> = shown.collect();
    for (entity, id) in &shown {
        if !wanted.iter().any(|(w, _)| w == id) {
            commands.entity(*entity).despawn();
        }
    }
    for student in wanted {
        if !shown.iter().any(|(_, id)| *id == student.0) {
            let new = commands.spawn(chip(student)).id();
            commands.entity(list).add_child(new);
        }
    }
}
