//! The reveal's number line: ticks, the truth (a band for a disputed range), the guess and the
//! player's 80% range. The layout (positions from 0 to 1) comes from
//! [`crate::report::line::number_line`].

use crate::content::lang::Lang;
use crate::report::lang::word;
use bevy::prelude::*;

use super::palette::{Fill, Role};
use super::widgets::{self, size};
use crate::report::line::NumberLine;

/// A mark on the number line that slides from the guess to its place as the reveal animates.
#[derive(Component, Debug)]
pub struct Slides {
    pub from: f32,
    pub to: f32,
}

/// A mark on the line at `at` (0 to 1): a node placed absolutely, `width` wide and centred.
fn mark(at: f32, top: f32, width: f32, height: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: percent(at * 100.0),
        top: px(top),
        width: px(width),
        height: px(height),
        margin: UiRect::left(px(-width / 2.0)),
        ..default()
    }
}

/// A caption `width` wide, centred on the line at `at`.
fn caption(at: f32, top: f32, width: f32, text: impl Bundle) -> impl Bundle {
    (
        Node {
            height: Val::Auto,
            justify_content: JustifyContent::Center,
            ..mark(at, top, width, 0.0)
        },
        children![(text, TextLayout::justify(Justify::Center))],
    )
}

/// Spawn the line for `line` under `parent`.
pub fn spawn_number_line(parent: &mut ChildSpawnerCommands, line: &NumberLine, lang: Lang) {
    parent
        .spawn((
            Name::new("Number line"),
            crate::game::a11y::Decorative,
            Node {
                width: percent(100),
                height: px(96),
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
                    top: px(44),
                    height: px(4),
                    ..default()
                },
                Fill::solid(Role::Track),
            ));
            for tick in &line.ticks {
                let at = tick.at as f32;
                area.spawn((mark(at, 38.0, 2.0, 16.0), Fill::solid(Role::Muted)));
                area.spawn(caption(at, 60.0, 60.0, widgets::note(tick.label.clone())));
            }
            let guess = line.guess as f32;
            if let Some((low, high)) = line.range {
                // The player's 80% range: a light band along the line.
                area.spawn((
                    Name::new("Your range"),
                    Node {
                        position_type: PositionType::Absolute,
                        left: percent(low as f32 * 100.0),
                        width: percent(((high - low) as f32 * 100.0).max(0.5)),
                        top: px(40),
                        height: px(12),
                        border_radius: BorderRadius::all(px(6)),
                        ..default()
                    },
                    Fill(Role::Guess, 0.35),
                ));
            }
            let (low, high) = (line.truth_low as f32, line.truth_high as f32);
            // The truth: a band for a disputed range, a mark for a single figure.
            area.spawn((
                Slides {
                    from: guess,
                    to: low,
                },
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(low * 100.0),
                    top: px(30),
                    width: percent(((high - low) * 100.0).max(0.0)),
                    min_width: px(6),
                    height: px(28),
                    margin: UiRect::left(px(-3)),
                    border_radius: BorderRadius::all(px(3)),
                    ..default()
                },
                Fill::solid(Role::Truth),
            ));
            let middle = (low + high) / 2.0;
            area.spawn((
                Slides {
                    from: guess,
                    to: middle,
                },
                caption(
                    middle,
                    0.0,
                    80.0,
                    widgets::strong(word(lang, "number-line-truth"), size::SMALL, Role::Truth),
                ),
            ));
            area.spawn((
                Node {
                    border_radius: BorderRadius::all(px(3)),
                    ..mark(guess, 34.0, 6.0, 20.0)
                },
                Fill::solid(Role::Guess),
            ));
            area.spawn(caption(
                guess,
                78.0,
                80.0,
                widgets::strong(word(lang, "number-line-you"), size::SMALL, Role::Guess),
            ));
        });
}
