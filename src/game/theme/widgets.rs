//! Widgets: functions returning bundles that screens spawn.

use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::prelude::*;

use super::palette;
use crate::game::actions::{Action, FocusOnSpawn};
use crate::game::fonts;

/// Text sizes, in logical pixels.
pub mod size {
    pub const TITLE: f32 = 72.0;
    pub const HEADING: f32 = 34.0;
    pub const SUBHEADING: f32 = 24.0;
    pub const BODY: f32 = 20.0;
    pub const SMALL: f32 = 16.0;
    pub const HUGE: f32 = 56.0;
}

/// Widest a column of text gets, so lines stay readable on wide screens.
pub const READING_WIDTH: f32 = 980.0;

/// The root of a screen: the whole window, a column, the background colour.
pub fn screen_root(name: &'static str) -> impl Bundle {
    (
        Name::new(name),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(palette::BACKGROUND()),
        TabGroup::new(0),
    )
}

/// A centred frame at most [`READING_WIDTH`] wide that grows to fill the screen, holding a
/// [`scroll_area`] and its [`scrollbar`]. Content goes in a [`body_column`] inside the area.
pub fn scroll_body() -> impl Bundle {
    (
        Name::new("Scrolling frame"),
        Node {
            width: percent(100),
            max_width: px(READING_WIDTH + 64.0),
            flex_grow: 1.0,
            flex_shrink: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Row,
            ..default()
        },
    )
}

/// The part that scrolls, inside a scrolling frame.
pub fn scroll_area() -> impl Bundle {
    (
        Name::new("Scrolling area"),
        ScrollBody,
        Node {
            flex_grow: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            overflow: Overflow::scroll_y(),
            ..default()
        },
        ScrollPosition::default(),
    )
}

/// A vertical scrollbar for `target`, shown only while there is more to scroll.
pub fn scrollbar(target: Entity) -> impl Bundle {
    (
        Name::new("Scrollbar"),
        Node {
            width: px(10),
            margin: UiRect::axes(px(4), px(8)),
            flex_shrink: 0.0,
            border_radius: BorderRadius::all(px(5)),
            ..default()
        },
        Visibility::Hidden,
        BackgroundColor(palette::PANEL()),
        bevy::ui_widgets::Scrollbar {
            orientation: bevy::ui_widgets::ControlOrientation::Vertical,
            target,
            min_thumb_length: 32.0,
        },
        children![(
            BackgroundColor(palette::TRACK()),
            bevy::ui_widgets::ScrollbarThumb {
                border_radius: BorderRadius::all(px(5)),
                border: px(0).all(),
            },
        )],
    )
}

/// The column inside a scrolling area. (Padding lives here, not on the scrolling node, so the
/// scrolled content's height includes it.)
pub fn body_column() -> impl Bundle {
    (
        Name::new("Body"),
        Node {
            width: percent(100),
            flex_direction: FlexDirection::Column,
            flex_shrink: 0.0,
            padding: UiRect::axes(px(32), px(20)),
            row_gap: px(14),
            ..default()
        },
    )
}

/// Marks the part of a screen that the mouse wheel and Page Up/Page Down scroll.
#[derive(Component, Debug, Default)]
pub struct ScrollBody;

/// A bar along the top or bottom of a screen, content spread to both ends.
pub fn bar() -> impl Bundle {
    (Node {
        width: percent(100),
        max_width: px(READING_WIDTH + 64.0),
        padding: UiRect::axes(px(32), px(14)),
        justify_content: JustifyContent::SpaceBetween,
        align_items: AlignItems::Center,
        column_gap: px(16),
        flex_shrink: 0.0,
        ..default()
    },)
}

/// The bar of buttons at the bottom of a screen: one at each end.
pub fn button_bar(left: impl Bundle, right: impl Bundle) -> impl Bundle {
    (bar(), children![left, right])
}

/// A bar of three buttons: one at each end and one in the middle.
pub fn button_bar3(left: impl Bundle, middle: impl Bundle, right: impl Bundle) -> impl Bundle {
    (bar(), children![left, middle, right])
}

/// A row of items with a gap between them.
pub fn row(gap: f32) -> impl Bundle {
    Node {
        flex_direction: FlexDirection::Row,
        align_items: AlignItems::Center,
        column_gap: px(gap),
        row_gap: px(gap),
        flex_wrap: FlexWrap::Wrap,
        ..default()
    }
}

/// A column of buttons as wide as the widest, at the start of its line.
pub fn button_column(gap: f32) -> impl Bundle {
    Node {
        flex_direction: FlexDirection::Column,
        align_self: AlignSelf::Start,
        row_gap: px(gap),
        ..default()
    }
}

/// A column of items with a gap between them.
pub fn column(gap: f32) -> impl Bundle {
    Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(gap),
        ..default()
    }
}

fn text_style(text: impl Into<String>, size: f32, bold: bool, color: Color) -> impl Bundle {
    (
        Text::new(text),
        TextFont {
            font: if bold { fonts::BOLD.into() } else { default() },
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(color),
    )
}

/// The game's name, huge.
pub fn title(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Title"),
        text_style(text, size::TITLE, true, palette::HEADING()),
    )
}

/// A screen heading.
pub fn heading(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Heading"),
        text_style(text, size::HEADING, true, palette::HEADING()),
    )
}

/// A smaller heading.
pub fn subheading(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Subheading"),
        text_style(text, size::SUBHEADING, true, palette::HEADING()),
    )
}

/// Body text that wraps.
pub fn paragraph(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Paragraph"),
        text_style(text, size::BODY, false, palette::TEXT()),
    )
}

/// Body text in a colour.
pub fn coloured(text: impl Into<String>, size: f32, bold: bool, color: Color) -> impl Bundle {
    text_style(text, size, bold, color)
}

/// Small grey text: dates, sources, hints.
pub fn note(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Note"),
        text_style(text, size::SMALL, false, palette::MUTED()),
    )
}

/// A button that performs `action` when clicked, or when focused and Enter or Space is pressed.
pub fn button(text: impl Into<String>, action: Action) -> impl Bundle {
    let text = text.into();
    (
        Name::new(format!("Button: {text}")),
        Button,
        action,
        TabIndex(0),
        Node {
            padding: UiRect::axes(px(26), px(12)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(8)),
            min_width: px(180),
            ..default()
        },
        BackgroundColor(palette::BUTTON()),
        BorderColor::all(palette::PANEL_BORDER()),
        Outline::new(px(3), px(3), Color::NONE),
        children![(
            text_style(text, size::BODY, true, palette::HEADING()),
            Pickable::IGNORE
        )],
    )
}

/// A button that gets keyboard focus when its screen opens.
pub fn primary_button(text: impl Into<String>, action: Action) -> impl Bundle {
    (button(text, action), FocusOnSpawn)
}

/// A one-line text field (Bevy's `EditableText`) that can take keyboard focus.
pub fn text_field(
    visible_chars: f32,
    max_chars: usize,
    font_size: f32,
    min_width: f32,
) -> impl Bundle {
    (
        bevy::input_focus::tab_navigation::TabIndex(0),
        bevy::text::EditableText {
            max_characters: Some(max_chars),
            visible_width: Some(visible_chars),
            allow_newlines: false,
            ..default()
        },
        TextLayout::no_wrap(),
        TextFont {
            font_size: FontSize::Px(font_size),
            ..default()
        },
        TextColor(palette::HEADING()),
        bevy::text::TextCursorStyle::default(),
        Node {
            padding: UiRect::axes(px(12), px(8)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(6)),
            min_width: px(min_width),
            ..default()
        },
        BackgroundColor(palette::FIELD()),
        BorderColor::all(palette::PANEL_BORDER()),
        Outline::new(px(3), px(2), Color::NONE),
    )
}

/// A panel: a bordered box for grouped content.
pub fn panel() -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(18)),
            row_gap: px(8),
            border: UiRect::all(px(1)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        },
        BackgroundColor(palette::PANEL()),
        BorderColor::all(palette::PANEL_BORDER()),
    )
}
