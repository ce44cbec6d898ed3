//! The debrief: total points, each stage's guess against the truth, the player's tendency, and
//! what the case teaches.

use bevy::prelude::*;

use super::{Screen, spawn_screen};
use crate::game::CurrentRun;
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::rules::debrief::Debrief;
use crate::rules::progress::Run;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), spawn);
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

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>) {
    let Some(run) = run else {
        return;
    };
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
    commands.entity(root).with_child(widgets::button_bar(
        widgets::button("Play again", Action::PlayAgain),
        widgets::primary_button("Back to cases", Action::ToCases),
    ));
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
