//! The player's results: every finished run, newest first, and any one of them opened as a
//! table below the list. Runs keep their own texts, so a case edited since still shows them; a
//! stage that is no longer in the case is marked as removed. A run is opened by its identity
//! (case and time), so finishing another run meanwhile never opens the wrong one.

use crate::game::settings::Settings;
use crate::report::lang::{say, word};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::{Screen, showing, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::game::{Cases, Player, Storage};
use crate::report::debrief::AcrossRuns;
use crate::store::record::{RunKey, RunRecord};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<OpenRun>();
    app.add_systems(OnEnter(Screen::Results), spawn);
    app.add_systems(
        Update,
        (open_run, show_open_run.run_if(resource_changed::<OpenRun>))
            .chain()
            .after(ActionInput)
            .run_if(showing(Screen::Results)),
    );
}

/// The run opened on the results screen.
#[derive(Resource, Debug, Default)]
pub struct OpenRun(pub Option<RunKey>);

/// Where the opened run is shown.
#[derive(Component)]
struct RunDetails;

fn spawn(
    mut commands: Commands,
    player: Res<Player>,
    storage: Res<Storage>,
    mut open: ResMut<OpenRun>,
    settings: Res<Settings>,
) {
    let (_, body) = spawn_screen(&mut commands, "Results screen", Screen::Results);
    let loaded = storage.runs(&player);
    let runs: Vec<&RunRecord> = loaded.runs.iter().rev().collect();
    // The list opens with the run opened last time, if it is still there.
    if open
        .0
        .as_ref()
        .is_some_and(|k| !runs.iter().any(|r| r.key() == *k))
    {
        open.0 = None;
    }
    open.set_changed();
    let lang = settings.lang;
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::heading(say(
            lang,
            "results-heading",
            &[("player", player.0.as_str().into())],
        )));
        for warning in &loaded.warnings {
            body.spawn(widgets::label(warning.say(lang), size::SMALL, Role::Error));
        }
        if runs.is_empty() {
            body.spawn(widgets::paragraph(word(lang, "results-none")));
        } else {
            body.spawn(widgets::paragraph(
                AcrossRuns::of(runs.iter().map(|r| r.summary())).sentence(lang),
            ));
        }
        body.spawn(widgets::button_column(8.0))
            .with_children(|list| {
                for (i, run) in runs.iter().enumerate() {
                    let label = say(
                        lang,
                        "results-run",
                        &[
                            ("date", run.day().into()),
                            ("title", run.case_title.as_str().into()),
                            ("points", run.points().into()),
                            ("max", (100 * run.answers.len()).into()),
                        ],
                    );
                    let key = run.key();
                    let focused = match &open.0 {
                        Some(open) => *open == key,
                        None => i == 0,
                    };
                    let mut button = list.spawn(widgets::button(label, Action::OpenRun(key)));
                    if focused {
                        button.insert(AutoFocus);
                    }
                }
            });
        body.spawn((RunDetails, widgets::column(8.0)));
        body.spawn((
            widgets::row(14.0),
            children![widgets::button(word(lang, "back"), Action::ToTitle)],
        ));
    });
}

fn open_run(mut activated: MessageReader<Activated>, mut open: ResMut<OpenRun>) {
    for Activated(action) in activated.read() {
        if let Action::OpenRun(key) = action {
            open.0 = Some(key.clone());
        }
    }
}

/// Show the opened run below the list, in place.
fn show_open_run(
    mut commands: Commands,
    open: Res<OpenRun>,
    details: Query<Entity, With<RunDetails>>,
    player: Res<Player>,
    storage: Res<Storage>,
    cases: Res<Cases>,
    settings: Res<Settings>,
) {
    let lang = settings.lang;
    let Ok(details) = details.single() else {
        return;
    };
    commands.entity(details).despawn_children();
    let Some(key) = &open.0 else {
        return;
    };
    let loaded = storage.runs(&player);
    let Some(run) = loaded.runs.iter().find(|r| r.key() == *key) else {
        return;
    };
    let current = cases.find(&run.case_id);
    commands.entity(details).with_children(|details| {
        details.spawn(widgets::subheading(format!(
            "{}, {}",
            run.case_title,
            run.day()
        )));
        for answer in &run.answers {
            let removed = current.is_none_or(|c| c.stages.iter().all(|s| s.id != answer.stage_id));
            let (title, role) = if removed {
                (
                    say(
                        lang,
                        "results-stage-gone",
                        &[("title", answer.stage_title.as_str().into())],
                    ),
                    Role::Muted,
                )
            } else {
                (answer.stage_title.clone(), Role::Heading)
            };
            details.spawn(widgets::strong(title, size::BODY, role));
            let off = answer
                .factor
                .map(|f| format!("{}  ·  ", crate::report::verdicts::factor_text(lang, f)))
                .unwrap_or_default();
            details.spawn(widgets::note(say(
                lang,
                "results-answer",
                &[
                    ("guess", answer.guess.as_str().into()),
                    ("truth", answer.truth.as_str().into()),
                    ("off", off.into()),
                    ("points", answer.points.into()),
                ],
            )));
        }
    });
}
