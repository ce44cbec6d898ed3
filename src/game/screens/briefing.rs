//! The briefing: what the case is about, before the first stage. When the player left this
//! case part-way, it offers to resume where they were.

use bevy::prelude::*;

use super::{Screen, case_facts, showing, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::saving::StartedAfresh;
use crate::game::theme::map;
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::game::{CurrentRun, Player, Storage};
use crate::report::lang::{say, word};
use crate::report::places;
use crate::store::Progress;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Briefing), spawn);
    app.add_systems(
        Update,
        begin.after(ActionInput).run_if(showing(Screen::Briefing)),
    );
}

/// Progress saved in the case on the briefing, if any.
#[derive(Resource, Debug, Default)]
struct SavedProgress(Option<Progress>);

fn spawn(
    mut commands: Commands,
    run: Option<Res<CurrentRun>>,
    player: Res<Player>,
    storage: Res<Storage>,
) {
    let Some(run) = run else {
        return;
    };
    let case = run.case();
    let lang = run.lang();
    let (saved, warnings) = storage.load_progress(&player, &case.id);
    let saved = saved.filter(|p| !p.answers.is_empty() && p.answers.len() < case.stages.len());
    let (root, body) = spawn_screen(&mut commands, "Briefing screen", Screen::Briefing);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note(word(lang, "briefing")));
        body.spawn(widgets::heading(case.title.clone()));
        body.spawn(widgets::label(
            case_facts(lang, case),
            size::SMALL,
            Role::Guess,
        ));
        for paragraph in &case.briefing {
            body.spawn(widgets::paragraph(paragraph.clone()));
        }
        if let Some(scene) = crate::map::Scene::of(&case.places) {
            body.spawn(map::map(
                scene,
                places::map_label(lang, &case.places),
                false,
                lang,
            ));
        }
        if let Some(progress) = &saved {
            body.spawn(widgets::strong(
                say(
                    lang,
                    "briefing-resume-note",
                    &[
                        ("answered", progress.answers.len().into()),
                        ("stages", case.stages.len().into()),
                    ],
                ),
                size::BODY,
                Role::Guess,
            ));
        }
        for warning in warnings {
            body.spawn(widgets::label(warning.say(lang), size::SMALL, Role::Error));
        }
    });
    match &saved {
        Some(progress) => commands
            .entity(root)
            .with_child(widgets::bottom_bar_with_middle(
                widgets::button(word(lang, "briefing-back"), Action::ToCases),
                widgets::button(word(lang, "briefing-start-again"), Action::Begin),
                widgets::primary_button(
                    say(
                        lang,
                        "briefing-resume",
                        &[("stage", (progress.answers.len() + 1).into())],
                    ),
                    Action::Resume,
                ),
            )),
        None => commands.entity(root).with_child(widgets::bottom_bar(
            widgets::button(word(lang, "briefing-back"), Action::ToCases),
            widgets::primary_button(word(lang, "briefing-begin"), Action::Begin),
        )),
    };
    commands.insert_resource(SavedProgress(saved));
}

fn begin(
    mut activated: MessageReader<Activated>,
    run: Option<ResMut<CurrentRun>>,
    saved: Option<Res<SavedProgress>>,
    mut started: MessageWriter<StartedAfresh>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut run) = run else {
        return;
    };
    for Activated(action) in activated.read() {
        match action {
            Action::Begin => {
                started.write(StartedAfresh);
                run.advance();
                next.set(Screen::Question);
            }
            Action::Resume => {
                if let Some(progress) = saved.as_ref().and_then(|s| s.0.as_ref()) {
                    let (resumed, _) = progress.resume(run.case().clone());
                    run.0 = resumed;
                    next.set(Screen::Question);
                }
            }
            _ => {}
        }
    }
}
