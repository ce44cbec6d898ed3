//! The timeline strip: the case's years as a line, each stage a dot at its date, the stages
//! behind filled, the one in hand larger and in the guess's colour, those ahead hollow.

use bevy::prelude::*;

use super::palette::{Edge, Fill, Role};
use super::widgets;
use crate::report::timeline::Timeline;

/// Width of a year's label box, centred on its tick.
const LABEL_WIDTH: f32 = 56.0;

/// A node placed absolutely at `x` (0 to 1) along the strip, `width` wide and centred there.
fn centred_at(x: f32, top: f32, width: f32, height: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: percent(x * 100.0),
        margin: UiRect::left(px(-width / 2.0)),
        top: px(top),
        width: px(width),
        height: px(height),
        justify_content: JustifyContent::Center,
        ..default()
    }
}

/// The strip for `timeline`, with stage `current` (from 1) in hand (none: every stage shown
/// alike, as on the debrief).
pub fn strip(timeline: &Timeline, current: Option<usize>) -> impl Bundle {
    let label = match current.and_then(|n| timeline.stages.iter().find(|s| s.number == n)) {
        Some(stage) => format!(
            "Timeline {}–{}: stage {}, {}",
            timeline.first_year, timeline.last_year, stage.number, stage.date
        ),
        None => format!(
            "Timeline {}–{}: stages 1 to {}",
            timeline.first_year,
            timeline.last_year,
            timeline.stages.len()
        ),
    };
    let dots: Vec<(Node, Fill, Edge)> = timeline
        .stages
        .iter()
        .map(|stage| {
            let here = Some(stage.number) == current;
            let behind = current.is_none_or(|n| stage.number < n);
            let side = if here { 18.0 } else { 10.0 };
            let mut node = centred_at(stage.at, 9.0 - side / 2.0, side, side);
            node.border = UiRect::all(px(2));
            node.border_radius = BorderRadius::all(px(side / 2.0));
            let fill = if here {
                Fill::solid(Role::Guess)
            } else if behind {
                Fill::solid(Role::Truth)
            } else {
                Fill(Role::Background, 1.0)
            };
            let edge = if here {
                Edge(Role::Heading)
            } else if behind {
                Edge(Role::Truth)
            } else {
                Edge(Role::Muted)
            };
            (node, fill, edge)
        })
        .collect();
    let ticks: Vec<(Node, String)> = timeline
        .ticks
        .iter()
        .map(|(at, year)| (centred_at(*at, 22.0, LABEL_WIDTH, 20.0), year.clone()))
        .collect();
    (
        Name::new(label),
        Node {
            width: percent(100),
            height: px(44),
            margin: UiRect::vertical(px(4)),
            flex_shrink: 0.0,
            ..default()
        },
        Children::spawn((
            Spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    right: px(0),
                    top: px(8),
                    height: px(2),
                    ..default()
                },
                Fill::solid(Role::Track),
            )),
            SpawnIter(
                ticks
                    .into_iter()
                    .map(|(node, year)| (node, children![widgets::note(year)])),
            ),
            SpawnIter(dots.into_iter()),
        )),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn labels_are_centred_on_their_place() {
        let node = super::centred_at(0.5, 0.0, 56.0, 20.0);
        assert_eq!(node.left, bevy::prelude::percent(50.0));
        assert_eq!(node.margin.left, bevy::prelude::px(-28.0));
    }
}
