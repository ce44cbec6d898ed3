//! The class's guesses on a number line: a dot per student (dots that coincide stack, so none
//! hides another), the truth, the class median, and optionally each student's 80% range. The
//! positions come from [`crate::report::class::ClassLine`].

use bevy::prelude::*;

use super::palette::{Edge, Fill, Role};
use super::widgets::{self, size};
use crate::report::class::ClassLine;

/// Dots closer than this (as a share of the line) stack instead of overlapping.
const BIN: f64 = 0.014;
const DOT: f32 = 14.0;
const STEP: f32 = 16.0;
/// Highest stack drawn; further dots in the same place are counted in a label.
const MAX_STACK: usize = 12;

/// The stack level of each dot: 0 on the line, 1 above it, ...
pub fn stack_levels(positions: &[f64]) -> Vec<usize> {
    let mut seen: Vec<(i64, usize)> = Vec::new();
    positions
        .iter()
        .map(|at| {
            let bin = (at / BIN).round() as i64;
            match seen.iter_mut().find(|(b, _)| *b == bin) {
                Some((_, count)) => {
                    *count += 1;
                    *count - 1
                }
                None => {
                    seen.push((bin, 1));
                    0
                }
            }
        })
        .collect()
}

fn at(x: f64, top: f32, width: f32, height: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: percent(x as f32 * 100.0),
        margin: UiRect::left(px(-width / 2.0)),
        top: px(top),
        width: px(width),
        height: px(height),
        ..default()
    }
}

pub fn spawn_class_line(
    parent: &mut ChildSpawnerCommands,
    lang: crate::content::lang::Lang,
    line: &ClassLine,
    show_ranges: bool,
    teams: &[f64],
) {
    let levels = stack_levels(&line.dots.iter().map(|d| d.at).collect::<Vec<_>>());
    let tallest = levels
        .iter()
        .copied()
        .max()
        .map_or(0, |l| l.min(MAX_STACK) + 1);
    let track = 24.0 + tallest as f32 * STEP;
    let ranges: Vec<(f64, f64)> = if show_ranges {
        line.dots.iter().filter_map(|d| d.range).collect()
    } else {
        Vec::new()
    };
    let ranges_top = track + 52.0;
    let height = ranges_top + ranges.len() as f32 * 5.0 + 8.0;
    parent
        .spawn((
            Name::new("Class line"),
            Node {
                width: percent(100),
                height: px(height),
                margin: UiRect::axes(px(0), px(8)),
                flex_shrink: 0.0,
                ..default()
            },
        ))
        .with_children(|area| {
            area.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    right: px(0),
                    top: px(track),
                    height: px(4),
                    ..default()
                },
                Fill::solid(Role::Track),
            ));
            for tick in &line.ticks {
                area.spawn((
                    at(tick.at, track - 4.0, 2.0, 12.0),
                    Fill::solid(Role::Muted),
                ));
                area.spawn((
                    Node {
                        height: Val::Auto,
                        justify_content: JustifyContent::Center,
                        ..at(tick.at, track + 12.0, 60.0, 0.0)
                    },
                    children![(
                        widgets::note(tick.label.clone()),
                        TextLayout::justify(Justify::Center)
                    )],
                ));
            }
            // The truth: a band for a disputed range, a mark for a single figure.
            let (low, high) = (line.truth_low, line.truth_high);
            area.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(low as f32 * 100.0),
                    width: percent(((high - low) as f32 * 100.0).max(0.0)),
                    min_width: px(6),
                    margin: UiRect::left(px(-3)),
                    top: px(0),
                    height: px(track + 10.0),
                    border_radius: BorderRadius::all(px(3)),
                    ..default()
                },
                Fill(Role::Truth, 0.55),
            ));
            if let Some(median) = line.median {
                area.spawn((
                    at(median, 0.0, 4.0, track + 10.0),
                    Fill::solid(Role::Heading),
                ));
                area.spawn((
                    Node {
                        height: Val::Auto,
                        justify_content: JustifyContent::Center,
                        ..at(median, track + 30.0, 160.0, 0.0)
                    },
                    children![(
                        widgets::strong(
                            crate::report::lang::word(lang, "class-median-mark"),
                            size::SMALL,
                            Role::Heading,
                        ),
                        TextLayout::justify(Justify::Center)
                    )],
                ));
            }
            // A team round's answers: a hollow square per team, on the line itself.
            for &team in teams {
                area.spawn((
                    Node {
                        border: UiRect::all(px(3)),
                        border_radius: BorderRadius::all(px(2)),
                        ..at(team, track - 6.0, 16.0, 16.0)
                    },
                    Edge(Role::Heading),
                ));
            }
            let mut hidden = 0usize;
            for (dot, level) in line.dots.iter().zip(&levels) {
                if *level > MAX_STACK {
                    hidden += 1;
                    continue;
                }
                let top = track - 4.0 - (*level as f32 + 1.0) * STEP + (STEP - DOT);
                area.spawn((
                    Node {
                        border_radius: BorderRadius::all(px(DOT / 2.0)),
                        ..at(dot.at, top, DOT, DOT)
                    },
                    Fill(Role::Guess, 0.9),
                ));
            }
            if hidden > 0 {
                area.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        right: px(0),
                        top: px(0),
                        ..default()
                    },
                    children![widgets::note(crate::report::lang::say(
                        lang,
                        "class-dots-hidden",
                        &[("count", hidden.into())],
                    ))],
                ));
            }
            for (row, (low, high)) in ranges.iter().enumerate() {
                area.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        left: percent(*low as f32 * 100.0),
                        width: percent(((high - low) as f32 * 100.0).max(0.3)),
                        top: px(ranges_top + row as f32 * 5.0),
                        height: px(3),
                        ..default()
                    },
                    Fill(Role::Guess, 0.6),
                ));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::stack_levels;

    #[test]
    fn coinciding_dots_stack_and_distant_ones_do_not() {
        assert_eq!(
            stack_levels(&[0.5, 0.5, 0.501, 0.9, 0.1, 0.5]),
            vec![0, 1, 2, 0, 0, 3]
        );
    }
}
