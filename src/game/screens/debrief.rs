//! The debrief: total points, calibration and bias charts, each stage's guess against the
//! truth, the figures across the player's runs, and what the case teaches.

use bevy::prelude::*;

use super::{Screen, showing, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::saving::LastRunSaved;
use crate::game::theme::chart::{Chart, spawn_calibration, spawn_chart};
use crate::game::theme::palette::{Edge, Role};
use crate::game::theme::widgets::{self, size};
use crate::game::{CurrentRun, Player, Storage};
use crate::report::debrief::{AcrossRuns, Debrief};
use crate::rules::progress::Run;
use crate::store::{Store, to_csv};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), spawn);
    app.add_systems(
        Update,
        (save_results, play_again)
            .after(ActionInput)
            .run_if(showing(Screen::Debrief)),
    );
}

/// Column widths of the table, as shares of its width. The estimate and truth columns are the
/// widest: a unit such as "communications" cannot wrap.
const COLUMNS: [f32; 5] = [27.0, 23.5, 23.5, 16.0, 10.0];

/// A cell of the table, `width` percent wide. A word too long for its cell is cut at the cell's
/// edge rather than drawn over the next one.
fn cell(text: impl Bundle, width: f32) -> impl Bundle {
    (
        Node {
            width: percent(width),
            padding: UiRect::axes(px(6), px(4)),
            overflow: Overflow::clip_x(),
            ..default()
        },
        children![text],
    )
}

/// A row of the table under a thin line.
fn table_row(cells: impl Bundle) -> impl Bundle {
    (
        Node {
            width: percent(100),
            border: UiRect::bottom(px(1)),
            flex_shrink: 0.0,
            ..default()
        },
        Edge(Role::PanelBorder),
        cells,
    )
}

fn header_row() -> impl Bundle {
    let head = |text: &'static str, i: usize| {
        cell(
            widgets::strong(text, size::SMALL + 1.0, Role::Muted),
            COLUMNS[i],
        )
    };
    table_row(children![
        head("Stage", 0),
        head("Your estimate", 1),
        head("Truth", 2),
        head("Off by", 3),
        head("Points", 4),
    ])
}

fn stage_row(cells: [String; 5]) -> impl Bundle {
    let [a, b, c, d, e] = cells;
    let text = |text: String, i: usize, role: Role| {
        cell(widgets::label(text, size::SMALL + 1.0, role), COLUMNS[i])
    };
    table_row(children![
        text(a, 0, Role::Text),
        text(b, 1, Role::Guess),
        text(c, 2, Role::Truth),
        text(d, 3, Role::Text),
        text(e, 4, Role::Text),
    ])
}

/// The line under the debrief that says where results were saved.
#[derive(Component)]
struct SavedMessage;

fn spawn(
    mut commands: Commands,
    run: Option<Res<CurrentRun>>,
    player: Res<Player>,
    storage: Res<Storage>,
    saved: Res<LastRunSaved>,
) {
    let Some(run) = run else {
        return;
    };
    let loaded = storage.runs(&player);
    let across = AcrossRuns::of(loaded.runs.iter().map(|r| r.summary()));
    let debrief = Debrief::of(&run);
    let (root, body) = spawn_screen(&mut commands, "Debrief screen", Screen::Debrief);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note(format!("DEBRIEF  ·  {}", run.case().years)));
        body.spawn(widgets::heading(debrief.case_title.clone()));
        body.spawn(widgets::strong(
            debrief.score_line(),
            size::SUBHEADING,
            Role::Truth,
        ));
        body.spawn(widgets::strong(
            debrief.tendency.clone(),
            size::BODY,
            Role::Guess,
        ));
        body.spawn(widgets::paragraph(debrief.calibration.sentence.clone()));
        if let Some(sharpness) = debrief.calibration.sharpness_sentence() {
            body.spawn(widgets::note(sharpness));
        }
        // Calibration: the share of ranges that caught the truth, its Wilson band, the target.
        if let Some(band) = debrief.calibration.band {
            spawn_calibration(body, debrief.calibration.caught, debrief.calibration.ranges, band);
            body.spawn(widgets::note(
                "The light band is the 90% Wilson band: with few questions, the true rate could be anywhere in it.",
            ));
        }
        // Bias: every quantity estimate's error, from 100x too low to 100x too high.
        if !debrief.log_errors.is_empty() {
            body.spawn(widgets::strong(
                "Bias: how far off each estimate was",
                size::BODY,
                Role::Heading,
            ));
            let place = |e: f64| ((e.clamp(-2.0, 2.0) + 2.0) / 4.0) as f32;
            let marks: Vec<f32> = debrief.log_errors.iter().map(|&e| place(e)).collect();
            spawn_chart(
                body,
                Chart {
                    ticks: &[
                        (0.0, "100x too low".into()),
                        (0.25, "10x".into()),
                        (0.5, "right".into()),
                        (0.75, "10x".into()),
                        (1.0, "100x too high".into()),
                    ],
                    band: None,
                    marks: &marks,
                    reference: Some(0.5),
                },
            );
        }
        if across.runs > 1 {
            body.spawn(widgets::paragraph(across.sentence()));
            for (title, date, caught, given) in across.per_run.iter().rev().take(5) {
                body.spawn(widgets::note(format!(
                    "{date}  ·  {title}  ·  ranges caught {caught} of {given}"
                )));
            }
        }
        // The whole case in time: every stage at its date.
        if let Some(timeline) = crate::report::timeline::Timeline::of(run.case()) {
            body.spawn(widgets::strong("When it happened", size::BODY, Role::Heading));
            // Each stage at its date, numbered as in the table below and coloured by its
            // points.
            let points = |n: usize| debrief.rows.iter().find(|r| r.number == n).map(|r| r.points);
            let label = format!(
                "Timeline {}–{}: {}",
                timeline.first_year,
                timeline.last_year,
                timeline
                    .points
                    .iter()
                    .map(|p| match points(p.number) {
                        Some(k) => format!("stage {}, {}, {k} points", p.number, p.date),
                        None => format!("stage {}, {}, not answered", p.number, p.date),
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            body.spawn(crate::game::theme::timeline::numbered_strip(
                &timeline,
                label,
                |n| match points(n) {
                    Some(80..) => Role::Truth,
                    Some(40..) => Role::Guess,
                    Some(_) => Role::Error,
                    None => Role::Muted,
                },
            ));
            body.spawn(widgets::note(
                "Green: 80 points or more; amber: 40 to 79; red: under 40.",
            ));
        }
        body.spawn((Name::new("Results table"), widgets::column(0.0)))
            .with_children(|table| {
                table.spawn(header_row());
                for row in &debrief.rows {
                    table.spawn(stage_row([
                        format!("{}. {}", row.number, row.title),
                        row.guess.clone(),
                        row.truth.clone(),
                        row.verdict.clone(),
                        row.points.to_string(),
                    ]));
                }
            });
        body.spawn((
            widgets::panel(),
            children![
                widgets::strong("What this case teaches", size::BODY, Role::Heading),
                widgets::paragraph(debrief.lesson.clone()),
            ],
        ));
        // Where the whole case happened: its places and every stage's, on one map.
        let places = crate::map::all_places(run.case());
        if let Some(scene) = crate::map::Scene::of(&places) {
            body.spawn(widgets::strong(
                "Where it happened",
                size::BODY,
                Role::Heading,
            ));
            body.spawn(crate::game::theme::map::map(
                scene,
                crate::report::places::map_label(&places),
                false,
            ));
        }
        body.spawn((SavedMessage, widgets::note(saved.0.clone())));
    });
    commands
        .entity(root)
        .with_child(widgets::bottom_bar_with_middle(
            widgets::button("Save results as CSV", Action::SaveResults),
            widgets::button("Play again", Action::PlayAgain),
            widgets::primary_button("Back to cases", Action::ToCases),
        ));
}

/// Give the player every answer of their finished runs as a CSV file, and say where it went.
fn save_results(
    mut activated: MessageReader<Activated>,
    player: Res<Player>,
    storage: Res<Storage>,
    mut messages: Query<&mut Text, With<SavedMessage>>,
) {
    for Activated(action) in activated.read() {
        if *action != Action::SaveResults {
            continue;
        }
        let loaded = storage.runs(&player);
        let name = format!("results-{}.csv", Store::profile_folder(&player));
        // A byte-order mark, so that spreadsheets open the file as UTF-8.
        let csv = to_csv(&loaded.runs);
        let count = loaded.runs.len();
        let message = match storage.export_file(&name, csv.as_bytes()) {
            Ok(place) => format!(
                "Saved {count} run{} to {place}",
                if count == 1 { "" } else { "s" }
            ),
            Err(e) => format!("The results could not be saved: {e}"),
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
            run.0 = Run::new(run.case().clone(), run.seed());
            next.set(Screen::Briefing);
        }
    }
}
