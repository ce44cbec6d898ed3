//! The briefing: what the case is about, before the first stage.

use bevy::prelude::*;

use super::{Screen, case_facts, spawn_screen};
use crate::game::CurrentRun;
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Briefing), spawn);
    app.add_systems(
        Update,
        begin.after(ActionInput).run_if(in_state(Screen::Briefing)),
    );
}

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>) {
    let Some(run) = run else {
        return;
    };
    let case = run.0.case();
    let (root, body) = spawn_screen(&mut commands, "Briefing screen", Screen::Briefing);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note("BRIEFING"));
        body.spawn(widgets::heading(case.title.clone()));
        body.spawn(widgets::coloured(
            case_facts(case),
            size::SMALL,
            false,
            palette::GUESS,
        ));
        for paragraph in &case.briefing {
            body.spawn(widgets::paragraph(paragraph.clone()));
        }
    });
    commands.entity(root).with_child(widgets::button_bar(
        widgets::button("Back to cases", Action::ToCases),
        widgets::primary_button("Begin the investigation", Action::Begin),
    ));
}

fn begin(
    mut activated: MessageReader<Activated>,
    run: Option<ResMut<CurrentRun>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut run) = run else {
        return;
    };
    for Activated(action) in activated.read() {
        if *action == Action::Begin {
            run.0.advance();
            next.set(Screen::Question);
        }
    }
}
