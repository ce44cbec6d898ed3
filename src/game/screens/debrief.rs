//! The debrief: total points, calibration and bias charts, each stage's guess against the
//! truth, the figures across the player's runs, and what the case teaches.

use crate::content::lang::Lang;
use crate::report::lang::{Arg, say, word};
use crate::report::verdicts::times;
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

fn header_row(lang: Lang) -> impl Bundle {
    let head = |id: &str, i: usize| {
        cell(
            widgets::strong(word(lang, id), size::SMALL + 1.0, Role::Muted),
            COLUMNS[i],
        )
    };
    table_row(children![
        head("debrief-stage", 0),
        head("debrief-your-estimate", 1),
        head("debrief-truth", 2),
        head("debrief-off-by", 3),
        head("debrief-points", 4),
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
    let lang = run.lang();
    let (root, body) = spawn_screen(&mut commands, "Debrief screen", Screen::Debrief);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note(say(
            lang,
            "debrief-heading",
            &[("years", run.case().years.as_str().into())],
        )));
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
        if let Some(sharpness) = debrief.calibration.sharpness_sentence(lang) {
            body.spawn(widgets::note(sharpness));
        }
        // Calibration: the share of ranges that caught the truth, its Wilson band, the target.
        if let Some(band) = debrief.calibration.band {
            spawn_calibration(
                body,
                lang,
                debrief.calibration.caught,
                debrief.calibration.ranges,
                band,
            );
            body.spawn(widgets::note(word(lang, "debrief-wilson")));
        }
        // Bias: every quantity estimate's error, from 100x too low to 100x too high.
        if !debrief.log_errors.is_empty() {
            body.spawn(widgets::strong(
                word(lang, "debrief-bias"),
                size::BODY,
                Role::Heading,
            ));
            let place = |e: f64| ((e.clamp(-2.0, 2.0) + 2.0) / 4.0) as f32;
            let marks: Vec<f32> = debrief.log_errors.iter().map(|&e| place(e)).collect();
            spawn_chart(
                body,
                Chart {
                    ticks: &[
                        (0.0, word(lang, "debrief-bias-low")),
                        (0.25, times(lang, 10.0)),
                        (0.5, word(lang, "debrief-bias-right")),
                        (0.75, times(lang, 10.0)),
                        (1.0, word(lang, "debrief-bias-high")),
                    ],
                    band: None,
                    marks: &marks,
                    reference: Some(0.5),
                },
            );
        }
        if across.runs > 1 {
            body.spawn(widgets::paragraph(across.sentence(lang)));
            for (title, date, caught, given) in across.per_run.iter().rev().take(5) {
                body.spawn(widgets::note(say(
                    lang,
                    "debrief-run",
                    &[
                        ("date", date.into()),
                        ("title", title.into()),
                        ("caught", (*caught).into()),
                        ("given", (*given).into()),
                    ],
                )));
            }
        }
        // The whole case in time: every stage at its date.
        if let Some(timeline) = crate::report::timeline::Timeline::of(run.case()) {
            body.spawn(widgets::strong(
                word(lang, "debrief-when"),
                size::BODY,
                Role::Heading,
            ));
            // Each stage at its date, numbered as in the table below and coloured by its
            // points.
            let points = |n: usize| {
                debrief
                    .rows
                    .iter()
                    .find(|r| r.number == n)
                    .map(|r| r.points)
            };
            let each = timeline
                .points
                .iter()
                .map(|p| {
                    let (stage, date) = (("stage", p.number.into()), ("date", p.date(lang).into()));
                    match points(p.number) {
                        Some(k) => {
                            say(lang, "timeline-point", &[stage, date, ("points", k.into())])
                        }
                        None => say(lang, "timeline-point-unanswered", &[stage, date]),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            let label = say(
                lang,
                "timeline-label",
                &[
                    ("from", Arg::Plain(f64::from(timeline.first_year))),
                    ("to", Arg::Plain(f64::from(timeline.last_year))),
                    ("points", each.into()),
                ],
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
            body.spawn(widgets::note(word(lang, "debrief-colours")));
        }
        body.spawn((Name::new("Results table"), widgets::column(0.0)))
            .with_children(|table| {
                table.spawn(header_row(lang));
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
                widgets::strong(word(lang, "debrief-lesson"), size::BODY, Role::Heading),
                widgets::paragraph(debrief.lesson.clone()),
            ],
        ));
        // Where the whole case happened: its places and every stage's, on one map.
        let places = crate::map::all_places(run.case());
        if let Some(scene) = crate::map::Scene::of(&places) {
            body.spawn(widgets::strong(
                word(lang, "debrief-where"),
                size::BODY,
                Role::Heading,
            ));
            body.spawn(crate::game::theme::map::map(
                scene,
                crate::report::places::map_label(lang, &places),
                false,
                lang,
            ));
        }
        body.spawn((SavedMessage, widgets::note(saved.0.clone())));
    });
    commands
        .entity(root)
        .with_child(widgets::bottom_bar_with_middle(
            widgets::button(word(lang, "debrief-save"), Action::SaveResults),
            widgets::button(word(lang, "debrief-play-again"), Action::PlayAgain),
            widgets::primary_button(word(lang, "debrief-back"), Action::ToCases),
        ));
}

/// Give the player every answer of their finished runs as a CSV file, and say where it went.
fn save_results(
    mut activated: MessageReader<Activated>,
    player: Res<Player>,
    storage: Res<Storage>,
    mut messages: Query<&mut Text, With<SavedMessage>>,
    settings: Res<crate::game::settings::Settings>,
) {
    let lang = settings.lang;
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
            Ok(place) => say(
                lang,
                "debrief-saved",
                &[("count", count.into()), ("place", place.say(lang).into())],
            ),
            Err(e) => say(lang, "debrief-not-saved", &[("error", e.say(lang).into())]),
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
            let lang = run.lang();
            run.0 = Run::new(run.case().clone(), run.seed());
            run.0.set_lang(lang);
            next.set(Screen::Briefing);
        }
    }
}
