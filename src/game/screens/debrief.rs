//! The debrief: total points, each stage's guess against the truth, the player's tendency, and
//! what the case teaches.

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::game::{CurrentRun, Options};
use crate::rules::debrief::Debrief;
use crate::rules::history::{RunRecord, Store, to_csv, write_atomically};
use crate::rules::progress::Run;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), spawn);
    app.add_systems(
        Update,
        save_results
            .after(ActionInput)
            .run_if(in_state(Screen::Debrief)),
    );
    app.add_systems(
        Update,
        play_again
            .after(ActionInput)
            .run_if(in_state(Screen::Debrief)),
    );
}

/// Column widths of the table, as shares of its width.
const COLUMNS: [f32; 5] = [34.0, 20.0, 20.0, 17.0, 9.0];

fn table_row(cells: [String; 5], bold: bool, colour: Color) -> impl Bundle {
    let [a, b, c, d, e] = cells;
    let cell = move |text: String, width: f32, colour: Color| {
        (
            Node {
                width: percent(width),
                padding: UiRect::axes(px(6), px(4)),
                ..default()
            },
            children![widgets::coloured(text, size::SMALL + 1.0, bold, colour)],
        )
    };
    (
        Node {
            width: percent(100),
            border: UiRect::bottom(px(1)),
            flex_shrink: 0.0,
            ..default()
        },
        BorderColor::all(palette::PANEL_BORDER),
        children![
            cell(a, COLUMNS[0], colour),
            cell(b, COLUMNS[1], if bold { colour } else { palette::GUESS }),
            cell(c, COLUMNS[2], if bold { colour } else { palette::TRUTH }),
            cell(d, COLUMNS[3], colour),
            cell(e, COLUMNS[4], colour),
        ],
    )
}

/// The line under the debrief that says where results were saved.
#[derive(Component)]
struct SavedMessage;

/// Keep a finished run in the player's results.
fn save_run(run: &crate::rules::progress::Run, options: &Options) -> String {
    let Some(dir) = &options.data else {
        return "Results are not kept: there is no data folder (set TAKEDOWN_DATA_DIR).".into();
    };
    if run.answers().len() < run.stage_count() {
        return "This run was not finished, so it is not added to your results.".into();
    }
    let store = Store::open(dir);
    store.clear_progress(&options.profile, &run.case().id);
    let record = RunRecord::of(run, &options.profile, std::time::SystemTime::now());
    match store.add_run(&record) {
        Ok(warnings) if warnings.is_empty() => {
            format!("Saved in your results (profile \"{}\").", options.profile)
        }
        Ok(warnings) => format!("Saved. Note: {}", warnings.join("; ")),
        Err(e) => format!("Your results could not be saved: {e}"),
    }
}

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>, options: Res<Options>) {
    let Some(run) = run else {
        return;
    };
    let saved = save_run(&run.0, &options);
    let debrief = Debrief::of(&run.0);
    let (root, body) = spawn_screen(&mut commands, "Debrief screen", Screen::Debrief);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note("DEBRIEF"));
        body.spawn(widgets::heading(debrief.case_title.clone()));
        body.spawn(widgets::coloured(
            format!(
                "{} points of {}  ·  {} of {} stages answered",
                debrief.total,
                debrief.max,
                debrief.rows.len(),
                debrief.stage_count
            ),
            size::SUBHEADING,
            true,
            palette::TRUTH,
        ));
        body.spawn(widgets::coloured(
            debrief.tendency.clone(),
            size::BODY,
            true,
            palette::GUESS,
        ));
        body.spawn(widgets::paragraph(debrief.calibration.sentence.clone()));
        if let Some(width) = debrief.calibration.sharpness {
            body.spawn(widgets::note(format!(
                "Your ranges were {width:.1} orders of magnitude wide on average; range points {:.0}.",
                debrief.calibration.points
            )));
        }
        body.spawn((Name::new("Results table"), widgets::column(0.0)))
            .with_children(|table| {
                table.spawn(table_row(
                    ["Stage", "Your estimate", "Truth", "Off by", "Points"].map(String::from),
                    true,
                    palette::MUTED,
                ));
                for row in &debrief.rows {
                    table.spawn(table_row(
                        [
                            format!("{}. {}", row.number, row.title),
                            row.guess.clone(),
                            row.truth.clone(),
                            row.verdict.clone(),
                            row.points.to_string(),
                        ],
                        false,
                        palette::TEXT,
                    ));
                }
            });
        body.spawn((
            widgets::panel(),
            children![
                widgets::coloured("What this case teaches", size::BODY, true, palette::HEADING),
                widgets::paragraph(debrief.lesson.clone()),
            ],
        ));
    });
    commands
        .entity(body)
        .with_child((SavedMessage, widgets::note(saved)));
    commands.entity(root).with_child(widgets::button_bar3(
        widgets::button("Save results as CSV", Action::SaveResults),
        widgets::button("Play again", Action::PlayAgain),
        widgets::primary_button("Back to cases", Action::ToCases),
    ));
}

/// Write every answer of the profile's finished runs as CSV next to the data, and say where.
fn save_results(
    mut activated: MessageReader<Activated>,
    options: Res<Options>,
    mut messages: Query<&mut Text, With<SavedMessage>>,
) {
    for Activated(action) in activated.read() {
        if *action != Action::SaveResults {
            continue;
        }
        let message = match &options.data {
            None => "There is no data folder to save into (set TAKEDOWN_DATA_DIR).".to_string(),
            Some(dir) => {
                let store = Store::open(dir);
                let loaded = store.runs(&options.profile);
                let path = dir.join(format!(
                    "results-{}.csv",
                    Store::profile_folder(&options.profile)
                ));
                // A byte-order mark, so that spreadsheets open the file as UTF-8.
                let csv = format!("\u{feff}{}", to_csv(&loaded.runs));
                match write_atomically(&path, csv.as_bytes()) {
                    Ok(()) => format!(
                        "Saved {} run{} to {}",
                        loaded.runs.len(),
                        if loaded.runs.len() == 1 { "" } else { "s" },
                        path.display()
                    ),
                    Err(e) => format!("The results could not be saved: {e}"),
                }
            }
        };
        for mut text in &mut messages {
            text.0 = message.clone();
        }
    }
}

fn play_again(
    mut activated: MessageReader<Activated>,
    mut run: ResMut<CurrentRun>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        if *action == Action::PlayAgain {
            let fresh = Run::new(run.0.case().clone(), run.0.seed());
            run.0 = fresh;
            next.set(Screen::Briefing);
        }
    }
}
