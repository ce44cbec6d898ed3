//! A stage on the projector while the class answers: the narrative and the question in large
//! type, and how many have answered. Never the answers themselves: seeing others' guesses
//! first would make the class's median worse.

use bevy::prelude::*;

use super::{ClassContent, ClassRoom, ClassSystems, Teacher, needs_drawing};
use crate::game::actions::Action;
use crate::game::screens::{Screen, spawn_screen};
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::rules::class::ClassPhase;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ClassStage), spawn);
    app.add_systems(
        Update,
        draw.in_set(ClassSystems)
            .after(super::follow_session)
            .run_if(in_state(Screen::ClassStage)),
    );
}

/// The button that moves on: "Close answers" while open, "Reveal" once closed.
#[derive(Component)]
struct NextLabel;

fn spawn(mut commands: Commands, room: Option<ResMut<ClassRoom>>) {
    let Some(mut room) = room else {
        return;
    };
    room.drawn = u64::MAX;
    let (root, body) = spawn_screen(&mut commands, "Class stage", Screen::ClassStage);
    commands
        .entity(body)
        .with_child((ClassContent, widgets::column(14.0)));
    commands
        .entity(root)
        .with_child(widgets::bottom_bar_with_middle(
            widgets::button("Back", Action::Class(Teacher::Back)),
            widgets::button("Reveal now", Action::Class(Teacher::RevealNow)),
            (
                NextLabel,
                widgets::primary_button("Close answers", Action::Class(Teacher::Next)),
            ),
        ));
}

fn draw(
    mut commands: Commands,
    room: Option<ResMut<ClassRoom>>,
    content: Query<Entity, With<ClassContent>>,
    labels: Query<&Children, With<NextLabel>>,
    mut texts: Query<&mut Text>,
) {
    let (Some(mut room), Ok(content)) = (room, content.single()) else {
        return;
    };
    if !needs_drawing(&mut room) {
        return;
    }
    let session = room.session().lock();
    let (n, open) = match session.phase() {
        ClassPhase::Open(n) => (n, true),
        ClassPhase::Closed(n) => (n, false),
        _ => return,
    };
    let Some(stage) = session.case().stages.get(n).cloned() else {
        return;
    };
    let count = session.case().stages.len();
    let (answered, present) = (session.answered(n), session.present().count());
    let code = session.code().to_string();
    drop(session);
    let join = room.join_url();
    for children in &labels {
        if let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok()) {
            text.0 = if open { "Close answers" } else { "Reveal" }.to_string();
        }
    }
    commands.entity(content).despawn_children();
    commands.entity(content).with_children(|c| {
        c.spawn(widgets::note(format!(
            "STAGE {} OF {count}  ·  join at {join} (code {code})",
            n + 1
        )));
        c.spawn(widgets::heading(stage.title.clone()));
        for paragraph in &stage.narrative {
            c.spawn(widgets::label(paragraph.clone(), size::SUBHEADING, Role::Text));
        }
        c.spawn(widgets::strong(
            stage.question.prompt().to_string(),
            size::HEADING,
            Role::Guess,
        ));
        c.spawn(widgets::row(24.0)).with_children(|row| {
            row.spawn(widgets::strong(
                format!("{answered} of {present} answered"),
                size::HUGE,
                Role::Truth,
            ));
            row.spawn(widgets::label(
                if open {
                    "Students answer on their phones and may change their answer until you close the stage."
                } else {
                    "Answers are closed. Press → to reveal the truth and the class's answers."
                },
                size::BODY,
                Role::Muted,
            ));
        });
    });
}
