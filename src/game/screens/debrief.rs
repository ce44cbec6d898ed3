//! The debrief: total points, each stage's guess against the truth, the player's tendency, and
//! what the case teaches.

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::game::{CurrentRun, Options};
use crate::rules::debrief::{AcrossRuns, Debrief};
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
        BorderColor::all(palette::PANEL_BORDER()),
        children![
            cell(a, COLUMNS[0], colour),
            cell(b, COLUMNS[1], if bold { colour } else { palette::GUESS() }),
            cell(c, COLUMNS[2], if bold { colour } else { palette::TRUTH() }),
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
    let across = options
        .data
        .as_ref()
        .map(|dir| AcrossRuns::of(&Store::open(dir).runs(&options.profile).runs));
    let across = across.filter(|a| a.runs > 1);
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
            palette::TRUTH(),
        ));
        body.spawn(widgets::coloured(
            debrief.tendency.clone(),
            size::BODY,
            true,
            palette::GUESS(),
        ));
        body.spawn(widgets::paragraph(debrief.calibration.sentence.clone()));
        if let Some(width) = debrief.calibration.sharpness {
            body.spawn(widgets::note(format!(
                "Your ranges were {width:.1} orders of magnitude wide on average; range points {:.0}.",
                debrief.calibration.points
            )));
        }
        // Calibration: the share of ranges that caught the truth, its Wilson band, the target.
        if let (Some((low, high)), n) = (debrief.calibration.band, debrief.calibration.ranges) {
            let share = debrief.calibration.caught as f32 / n as f32;
            body.spawn(widgets::coloured(
                format!(
                    "Calibration: {} of {n} ranges caught the truth ({:.0}%); the aim is 80%",
                    debrief.calibration.caught,
                    share * 100.0
                ),
                size::BODY,
                true,
                palette::HEADING(),
            ));
            spawn_chart(
                body,
                &[(0.0, "0%".into()), (0.5, "50%".into()), (0.8, "80%".into()), (1.0, "100%".into())],
                Some((low as f32, high as f32)),
                &[share],
                Some(0.8),
            );
            body.spawn(widgets::note(
                "The light band is the 90% Wilson band: with few questions, the true rate could be anywhere in it.",
            ));
        }
        // Bias: every quantity estimate's error, from 100x too low to 100x too high.
        if !debrief.log_errors.is_empty() {
            body.spawn(widgets::coloured(
                "Bias: how far off each estimate was",
                size::BODY,
                true,
                palette::HEADING(),
            ));
            let place = |e: f64| ((e.clamp(-2.0, 2.0) + 2.0) / 4.0) as f32;
            let marks: Vec<f32> = debrief.log_errors.iter().map(|&e| place(e)).collect();
            spawn_chart(
                body,
                &[
                    (0.0, "100x too low".into()),
                    (0.25, "10x".into()),
                    (0.5, "right".into()),
                    (0.75, "10x".into()),
                    (1.0, "100x too high".into()),
                ],
                None,
                &marks,
                Some(0.5),
            );
        }
        if let Some(across) = &across {
            body.spawn(widgets::paragraph(across.sentence()));
            for (title, date, caught, given) in across.per_run.iter().rev().take(5) {
                body.spawn(widgets::note(format!(
                    "{date}  ·  {title}  ·  ranges caught {caught} of {given}"
                )));
            }
        }
        body.spawn((Name::new("Results table"), widgets::column(0.0)))
            .with_children(|table| {
                table.spawn(table_row(
                    ["Stage", "Your estimate", "Truth", "Off by", "Points"].map(String::from),
                    true,
                    palette::MUTED(),
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
                        palette::TEXT(),
                    ));
                }
            });
        body.spawn((
            widgets::panel(),
            children![
                widgets::coloured("What this case teaches", size::BODY, true, palette::HEADING()),
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

/// A horizontal chart: labelled ticks along a line, an optional band, marks (dots) and a
/// reference line. Positions run from 0 (left) to 1 (right).
fn spawn_chart(
    body: &mut ChildSpawnerCommands,
    ticks: &[(f32, String)],
    band: Option<(f32, f32)>,
    marks: &[f32],
    reference: Option<f32>,
) {
    body.spawn((
        Name::new("Chart"),
        Node {
            width: percent(100),
            height: px(64),
            margin: UiRect::horizontal(px(40)),
            max_width: percent(90),
            flex_shrink: 0.0,
            ..default()
        },
    ))
    .with_children(|chart| {
        let at = |x: f32| percent(x * 100.0);
        chart.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(0),
                right: px(0),
                top: px(20),
                height: px(4),
                ..default()
            },
            BackgroundColor(palette::TRACK()),
        ));
        if let Some((low, high)) = band {
            chart.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: at(low),
                    width: at((high - low).max(0.005)),
                    top: px(14),
                    height: px(16),
                    border_radius: BorderRadius::all(px(4)),
                    ..default()
                },
                BackgroundColor(palette::GUESS().with_alpha(0.3)),
            ));
        }
        if let Some(x) = reference {
            chart.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: at(x),
                    margin: UiRect::left(px(-1)),
                    width: px(3),
                    top: px(8),
                    height: px(28),
                    ..default()
                },
                BackgroundColor(palette::TRUTH()),
            ));
        }
        for &x in marks {
            chart.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: at(x),
                    margin: UiRect::left(px(-7)),
                    width: px(14),
                    height: px(14),
                    top: px(15),
                    border_radius: BorderRadius::all(px(7)),
                    ..default()
                },
                BackgroundColor(palette::GUESS().with_alpha(0.85)),
            ));
        }
        for (x, label) in ticks {
            chart.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: at(*x),
                    top: px(38),
                    margin: UiRect::left(px(-60)),
                    width: px(120),
                    justify_content: JustifyContent::Center,
                    ..default()
                },
                children![(
                    widgets::note(label.clone()),
                    TextLayout::justify(Justify::Center)
                )],
            ));
        }
    });
}
