//! The player's results: every finished run, newest first, and any one of them opened as a
//! table. Runs keep their own texts, so a case edited since still shows them; a stage that is no
//! longer in the case is marked as removed.

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated, FocusOnSpawn};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::game::{Cases, Options};
use crate::rules::debrief::AcrossRuns;
use crate::rules::history::Store;
use crate::rules::number::format_factor;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<OpenRun>();
    app.add_systems(OnEnter(Screen::Results), spawn);
    app.add_systems(
        Update,
        open_run
            .after(ActionInput)
            .run_if(in_state(Screen::Results)),
    );
}

/// The run opened on the results screen (its position in the list, newest first).
#[derive(Resource, Debug, Default)]
struct OpenRun(Option<usize>);

fn spawn(mut commands: Commands, options: Res<Options>, cases: Res<Cases>, open: Res<OpenRun>) {
    let (_, body) = spawn_screen(&mut commands, "Results screen", Screen::Results);
    let loaded = options
        .data
        .as_ref()
        .map(|dir| Store::open(dir).runs(&options.profile))
        .unwrap_or_default();
    let mut runs = loaded.runs;
    runs.reverse();
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::heading(format!("Results: {}", options.profile)));
        for warning in &loaded.warnings {
            body.spawn(widgets::coloured(
                warning.clone(),
                size::SMALL,
                false,
                palette::ERROR(),
            ));
        }
        if runs.is_empty() {
            body.spawn(widgets::paragraph(
                "No finished runs yet. Play a case to the end and it appears here.",
            ));
        } else {
            body.spawn(widgets::paragraph(AcrossRuns::of(&runs).sentence()));
        }
        body.spawn(widgets::button_column(8.0))
            .with_children(|list| {
                for (i, run) in runs.iter().enumerate() {
                    let points: u32 = run.answers.iter().map(|a| a.points).sum();
                    let label = format!(
                        "{}  ·  {}  ·  {} of {} points",
                        run.finished_at.get(..10).unwrap_or(&run.finished_at),
                        run.case_title,
                        points,
                        100 * run.answers.len()
                    );
                    let mut button = list.spawn(widgets::button(label, Action::OpenRun(i)));
                    if open.0 == Some(i) || (open.0.is_none() && i == 0) {
                        button.insert(FocusOnSpawn);
                    }
                }
            });
        if let Some(run) = open.0.and_then(|i| runs.get(i)) {
            let current = cases.0.find(&run.case_id);
            body.spawn(widgets::subheading(format!(
                "{}, {}",
                run.case_title,
                run.finished_at.get(..10).unwrap_or(&run.finished_at)
            )));
            for answer in &run.answers {
                let removed =
                    current.is_none_or(|c| c.stages.iter().all(|s| s.id != answer.stage_id));
                let title = if removed {
                    format!("{} (no longer in the case)", answer.stage_title)
                } else {
                    answer.stage_title.clone()
                };
                let off = answer
                    .factor
                    .map(|f| {
                        if (f - 1.0).abs() < 1e-9 {
                            "exact".to_string()
                        } else if f < 1.0 {
                            format!("{}x too low", format_factor(1.0 / f))
                        } else {
                            format!("{}x too high", format_factor(f))
                        }
                    })
                    .unwrap_or_default();
                body.spawn(widgets::coloured(
                    title,
                    size::BODY,
                    true,
                    if removed {
                        palette::MUTED()
                    } else {
                        palette::HEADING()
                    },
                ));
                body.spawn(widgets::note(format!(
                    "you: {}  ·  truth: {}  ·  {}{} points",
                    answer.guess,
                    answer.truth,
                    if off.is_empty() {
                        String::new()
                    } else {
                        format!("{off}  ·  ")
                    },
                    answer.points
                )));
            }
        }
        body.spawn((
            widgets::row(14.0),
            children![widgets::button("Back", Action::ToTitle)],
        ));
    });
}

fn open_run(
    mut activated: MessageReader<Activated>,
    mut open: ResMut<OpenRun>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        if let Action::OpenRun(i) = action {
            open.0 = Some(*i);
            // Redraw the screen with the run opened.
            next.set(Screen::Results);
        }
    }
}
