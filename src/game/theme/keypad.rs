//! The on-screen keypad for estimates: digits, the decimal point and comma, `k` / `m` / `bn`,
//! a dash for a range, ` (` to add an 80% range after the estimate, delete and enter. On a
//! tablet or phone the browser shows no keyboard for the game's canvas, so the keypad is how an
//! estimate is typed there; on the desktop it helps a teacher with a presenter mouse. Each key
//! is a button with an [`Action`]: the question screen adds the text to the field.

use bevy::prelude::*;

use super::palette::Role;
use super::widgets::{button_look, size, strong};
use crate::game::actions::Action;

/// The keys, row by row: what each shows and what it does.
pub const ROWS: [&[(&str, Action)]; 5] = [
    &[
        ("7", Action::TypeText("7")),
        ("8", Action::TypeText("8")),
        ("9", Action::TypeText("9")),
        ("k", Action::TypeText("k")),
    ],
    &[
        ("4", Action::TypeText("4")),
        ("5", Action::TypeText("5")),
        ("6", Action::TypeText("6")),
        ("m", Action::TypeText("m")),
    ],
    &[
        ("1", Action::TypeText("1")),
        ("2", Action::TypeText("2")),
        ("3", Action::TypeText("3")),
        ("bn", Action::TypeText("bn")),
    ],
    &[
        ("0", Action::TypeText("0")),
        (".", Action::TypeText(".")),
        (",", Action::TypeText(",")),
        ("⌫", Action::DeleteBack),
    ],
    &[
        ("range (", Action::TypeText(" (")),
        ("–", Action::TypeText("-")),
        ("Enter", Action::Submit),
    ],
];

/// One key: a square button, two for the wide ones.
fn key(label: &'static str, action: Action) -> impl Bundle {
    let wide = label.chars().count() > 2;
    (
        Name::new(format!("Key: {label}")),
        button_look(
            action,
            Node {
                width: px(if wide { 132 } else { 62 }),
                height: px(52),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(8)),
                ..default()
            },
        ),
        children![(
            strong(label, size::SUBHEADING, Role::Heading),
            Pickable::IGNORE
        )],
    )
}

/// The keypad, a block of rows under the estimate's slider.
pub fn keypad() -> impl Bundle {
    (
        Name::new("Keypad"),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            align_self: AlignSelf::Start,
            flex_shrink: 0.0,
            ..default()
        },
        Children::spawn(SpawnIter(ROWS.into_iter().map(|row| {
            (
                Node {
                    column_gap: px(8),
                    ..default()
                },
                Children::spawn(SpawnIter(
                    row.iter().map(|(label, action)| key(label, action.clone())),
                )),
            )
        }))),
    )
}
