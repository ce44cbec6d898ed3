//! A horizontal chart for the debrief: labelled ticks along a line, an optional band, marks
//! (dots) and a reference line. Positions run from 0 (left) to 1 (right).

use crate::content::lang::Lang;
use crate::report::lang::say;
use bevy::prelude::*;

use super::palette::{Fill, Role};
use super::widgets::{self, size};

/// What a chart shows.
pub struct Chart<'a> {
    pub ticks: &'a [(f32, String)],
    pub band: Option<(f32, f32)>,
    pub marks: &'a [f32],
    pub reference: Option<f32>,
}

/// A node placed absolutely at `x` (0 to 1) along the chart.
fn at(x: f32, top: f32, height: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: percent(x * 100.0),
        top: px(top),
        height: px(height),
        ..default()
    }
}

pub fn spawn_chart(parent: &mut ChildSpawnerCommands, chart: Chart) {
    parent
        .spawn((
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
        .with_children(|area| {
            area.spawn((
                Node {
                    left: px(0),
                    right: px(0),
                    ..at(0.0, 20.0, 4.0)
                },
                Fill::solid(Role::Track),
            ));
            if let Some((low, high)) = chart.band {
                area.spawn((
                    Node {
                        width: percent((high - low).max(0.005) * 100.0),
                        border_radius: BorderRadius::all(px(4)),
                        ..at(low, 14.0, 16.0)
                    },
                    Fill(Role::Guess, 0.3),
                ));
            }
            if let Some(x) = chart.reference {
                area.spawn((
                    Node {
                        margin: UiRect::left(px(-1)),
                        width: px(3),
                        ..at(x, 8.0, 28.0)
                    },
                    Fill::solid(Role::Truth),
                ));
            }
            for &x in chart.marks {
                area.spawn((
                    Node {
                        margin: UiRect::left(px(-7)),
                        width: px(14),
                        border_radius: BorderRadius::all(px(7)),
                        ..at(x, 15.0, 14.0)
                    },
                    Fill(Role::Guess, 0.85),
                ));
            }
            for (x, label) in chart.ticks {
                area.spawn((
                    Node {
                        margin: UiRect::left(px(-60)),
                        width: px(120),
                        height: Val::Auto,
                        justify_content: JustifyContent::Center,
                        ..at(*x, 38.0, 0.0)
                    },
                    children![(
                        widgets::note(label.clone()),
                        TextLayout::justify(Justify::Center)
                    )],
                ));
            }
        });
}

/// Calibration in a debrief: "Calibration: 12 of 19 ranges caught the truth (63%); the aim is
/// 80%", then the share on a 0-100% chart with its Wilson band (`band`, 0 to 1) and the 80% aim.
pub fn spawn_calibration(
    parent: &mut ChildSpawnerCommands,
    lang: Lang,
    caught: usize,
    ranges: usize,
    band: (f64, f64),
) {
    let share = caught as f32 / ranges as f32;
    parent.spawn(widgets::strong(
        say(
            lang,
            "calibration-chart",
            &[
                ("caught", caught.into()),
                ("ranges", ranges.into()),
                ("percent", f64::from((share * 100.0).round()).into()),
            ],
        ),
        size::BODY,
        Role::Heading,
    ));
    let percent = |n: f64| say(lang, "percent", &[("amount", n.to_string().into())]);
    spawn_chart(
        parent,
        Chart {
            ticks: &[
                (0.0, percent(0.0)),
                (0.5, percent(50.0)),
                (0.8, percent(80.0)),
                (1.0, percent(100.0)),
            ],
            band: Some((band.0 as f32, band.1 as f32)),
            marks: &[share],
            reference: Some(0.8),
        },
    );
}
