//! The briefing: what the case is about, before the first stage. When the player left this
//! case part-way, it offers to resume where they were.

use bevy::prelude::*;

use super::{Screen, case_facts, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::game::{CurrentRun, Options};
use crate::rules::history::{Progress, Store};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Briefing), spawn);
    app.add_systems(
        Update,
        begin.after(ActionInput).run_if(in_state(Screen::Briefing)),
    );
}

/// Progress saved in the case on the briefing, if any.
#[derive(Resource, Debug, Default)]
struct SavedProgress(Option<Progress>);

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>, options: Res<Options>) {
    let Some(run) = run else {
        return;
    };
    let case = run.0.case();
    let (saved, warnings) = match &options.data {
        Some(dir) => Store::open(dir).load_progress(&options.profile, &case.id),
        None => (None, Vec::new()),
    };
    let saved = saved.filter(|p| !p.answers.is_empty() && p.answers.len() < case.stages.len());
    let (root, body) = spawn_screen(&mut commands, "Briefing screen", Screen::Briefing);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note("BRIEFING"));
        body.spawn(widgets::heading(case.title.clone()));
        body.spawn(widgets::coloured(
            case_facts(case),
            size::SMALL,
            false,
            palette::GUESS(),
        ));
        for paragraph in &case.briefing {
            body.spawn(widgets::paragraph(paragraph.clone()));
        }
        if let Some(progress) = &saved {
            body.spawn(widgets::coloured(
                format!(
                    "You answered {} of {} stages last time. Resume where you were, or start again.",
                    progress.answers.len(),
                    case.stages.len()
                ),
                size::BODY,
                true,
                palette::GUESS(),
            ));
        }
        for warning in warnings {
            body.spawn(widgets::coloured(warning, size::SMALL, false, palette::ERROR()));
        }
    });
    match &saved {
        Some(progress) => commands.entity(root).with_child(widgets::button_bar3(
            widgets::button("Back to cases", Action::ToCases),
            widgets::button("Start again", Action::Begin),
            widgets::primary_button(
                format!("Resume at stage {}", progress.answers.len() + 1),
                Action::Resume,
            ),
        )),
        None => commands.entity(root).with_child(widgets::button_bar(
            widgets::button("Back to cases", Action::ToCases),
            widgets::primary_button("Begin the investigation", Action::Begin),
        )),
    };
    commands.insert_resource(SavedProgress(saved));
}

fn begin(
    mut activated: MessageReader<Activated>,
    run: Option<ResMut<CurrentRun>>,
    saved: Option<Res<SavedProgress>>,
    options: Res<Options>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut run) = run else {
        return;
    };
    for Activated(action) in activated.read() {
        match action {
            Action::Begin => {
                if let Some(dir) = &options.data {
                    Store::open(dir).clear_progress(&options.profile, &run.0.case().id);
                }
                run.0.advance();
                next.set(Screen::Question);
            }
            Action::Resume => {
                if let Some(progress) = saved.as_ref().and_then(|s| s.0.as_ref()) {
                    let (resumed, _) = progress.resume(run.0.case().clone());
                    run.0 = resumed;
                    next.set(Screen::Question);
                }
            }
            _ => {}
        }
    }
}
