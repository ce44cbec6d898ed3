//! The timeline strip: the case's years as a line, each stage a dot at its date, the stages
//! behind filled, the one in hand larger and in the guess's colour, those ahead hollow.

use bevy::prelude::*;

use super::palette::{Edge, Fill, Role};
use super::widgets;
use crate::content::lang::Lang;
use crate::report::lang::{Arg, say};
use crate::report::timeline::Timeline;

/// The strip's line, `top` pixels down.
fn track(top: f32) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            left: px(0),
            right: px(0),
            top: px(top),
            height: px(2),
            ..default()
        },
        Fill::solid(Role::Track),
    )
}

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
pub fn strip(lang: Lang, timeline: &Timeline, current: Option<usize>) -> impl Bundle {
    let (from, to) = (
        Arg::Plain(f64::from(timeline.first_year)),
        Arg::Plain(f64::from(timeline.last_year)),
    );
    let label = match current.and_then(|n| timeline.points.iter().find(|s| s.number == n)) {
        Some(stage) => say(
            lang,
            "timeline-stage",
            &[
                ("from", from),
                ("to", to),
                ("stage", stage.number.into()),
                ("date", stage.date(lang).into()),
            ],
        ),
        None => say(
            lang,
            "timeline-stages",
            &[
                ("from", from),
                ("to", to),
                ("count", timeline.points.len().into()),
            ],
        ),
    };
    let dots: Vec<(Node, Fill, Edge)> = timeline
        .points
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
        Name::new(label.clone()),
        // Said as its words, not as its lone tick years.
        crate::game::a11y::AccessibleName::Words(label),
        crate::game::a11y::Summarised,
        Node {
            width: percent(100),
            height: px(44),
            margin: UiRect::vertical(px(4)),
            flex_shrink: 0.0,
            ..default()
        },
        Children::spawn((
            Spawn(track(8.0)),
            SpawnIter(
                ticks
                    .into_iter()
                    .map(|(node, year)| (node, children![widgets::note(year)])),
            ),
            SpawnIter(dots.into_iter()),
        )),
    )
}

/// Side of an event's numbered badge, and the height of a row of badges.
const BADGE: f32 = 24.0;
const BADGE_ROW: f32 = 28.0;
/// Nearer than this (a share of the strip) two badges would touch: the later one goes a row
/// up.
const BADGE_SPACING: f32 = 0.035;

/// The row (0 = next to the line) of each point's badge, so that badges of events close in
/// time stand one above the other instead of on top of each other.
fn badge_rows(at: &[f32]) -> Vec<usize> {
    let mut row_ends: Vec<f32> = Vec::new();
    at.iter()
        .map(|&x| {
            let row = row_ends
                .iter()
                .position(|&end| x - end >= BADGE_SPACING)
                .unwrap_or(row_ends.len());
            if row == row_ends.len() {
                row_ends.push(x);
            } else {
                row_ends[row] = x;
            }
            row
        })
        .collect()
}

/// A numbered badge (an event's place in the true order, a stage's number) in `role`'s colour.
pub fn badge(number: usize, role: Role) -> impl Bundle {
    (
        Node {
            width: px(BADGE),
            height: px(BADGE),
            flex_shrink: 0.0,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(BADGE / 2.0)),
            ..default()
        },
        Fill(Role::Background, 1.0),
        Edge(role),
        // Two digits a little smaller, to stay inside the circle.
        children![widgets::strong(
            number.to_string(),
            if number < 10 { 14.0 } else { 12.0 },
            role
        )],
    )
}

/// An order question's events on the strip of their years, each a dot at its date under its
/// numbered badge; `in_place[i]`: whether the player had event `i + 1` in place.
pub fn events_strip(lang: Lang, timeline: &Timeline, in_place: &[bool]) -> impl Bundle {
    let events = timeline
        .points
        .iter()
        .map(|p| format!("{} {}", p.number, p.date(lang)))
        .collect::<Vec<_>>()
        .join(", ");
    let label = say(
        lang,
        "timeline-events",
        &[
            ("from", Arg::Plain(f64::from(timeline.first_year))),
            ("to", Arg::Plain(f64::from(timeline.last_year))),
            ("events", events.into()),
        ],
    );
    numbered_strip(timeline, label, |n| {
        if in_place.get(n - 1).copied().unwrap_or(false) {
            Role::Truth
        } else {
            Role::Guess
        }
    })
}

/// The strip of `timeline` with each point a dot at its date under its numbered badge, both in
/// `role(number)`'s colour; badges of points close in time stand one above the other. `label`
/// is its accessible name.
pub fn numbered_strip(
    timeline: &Timeline,
    label: String,
    role: impl Fn(usize) -> Role,
) -> impl Bundle {
    let at: Vec<f32> = timeline.points.iter().map(|p| p.at).collect();
    let rows = badge_rows(&at);
    let row_count = rows.iter().max().map_or(1, |r| r + 1) as f32;
    let line = row_count * BADGE_ROW + 6.0;
    let points: Vec<(Node, usize, Role)> = timeline
        .points
        .iter()
        .zip(&rows)
        .map(|(point, &row)| {
            let top = (row_count - 1.0 - row as f32) * BADGE_ROW;
            // The badge, a stem down to the line and a dot on it at the date, in one column.
            let mut node = centred_at(point.at, top, BADGE, line + 6.0 - top);
            node.flex_direction = FlexDirection::Column;
            node.align_items = AlignItems::Center;
            (node, point.number, role(point.number))
        })
        .collect();
    let ticks: Vec<(Node, String)> = timeline
        .ticks
        .iter()
        .map(|(at, year)| {
            (
                centred_at(*at, line + 12.0, LABEL_WIDTH, 20.0),
                year.clone(),
            )
        })
        .collect();
    (
        Name::new(label.clone()),
        // Said as its words, not as its lone tick years.
        crate::game::a11y::AccessibleName::Words(label),
        crate::game::a11y::Summarised,
        Node {
            width: percent(100),
            height: px(line + 36.0),
            margin: UiRect::vertical(px(6)),
            flex_shrink: 0.0,
            ..default()
        },
        Children::spawn((
            Spawn(track(line)),
            SpawnIter(
                ticks
                    .into_iter()
                    .map(|(node, year)| (node, children![widgets::note(year)])),
            ),
            SpawnIter(points.into_iter().map(|(node, number, role)| {
                (
                    node,
                    children![
                        badge(number, role),
                        (
                            Node {
                                width: px(2),
                                flex_grow: 1.0,
                                ..default()
                            },
                            Fill::solid(Role::Muted),
                        ),
                        (
                            Node {
                                width: px(10),
                                height: px(10),
                                flex_shrink: 0.0,
                                border_radius: BorderRadius::all(px(5)),
                                ..default()
                            },
                            Fill::solid(role),
                        ),
                    ],
                )
            })),
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

    #[test]
    fn badges_of_events_close_in_time_stand_one_above_the_other() {
        // EncroChat's events: June and July 2020 are close on a strip of eight years.
        assert_eq!(
            super::badge_rows(&[0.06, 0.28, 0.41, 0.45, 0.456, 0.92]),
            [0, 0, 0, 0, 1, 0]
        );
        assert_eq!(super::badge_rows(&[0.5, 0.5, 0.5]), [0, 1, 2]);
        assert_eq!(super::badge_rows(&[0.1, 0.12, 0.5]), [0, 1, 0]);
    }
}
