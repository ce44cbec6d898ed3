//! Widgets: functions returning bundles that screens spawn. Colours are roles ([`Ink`],
//! [`Fill`], [`Edge`]) that the palette paints.

use bevy::input_focus::AutoFocus;
use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;

use super::palette::{Edge, Fill, Ink, Role};
use crate::game::a11y::Heading;
use crate::game::actions::Action;
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
        Fill::solid(Role::Background),
        TabGroup::new(0),
    )
}

/// A frame as wide as the window that grows to fill the screen, holding a [`scroll_area`] and
/// its [`scrollbar`] (so the wheel scrolls anywhere across it). Content goes in a
/// [`body_column`] inside the area.
pub fn scroll_frame() -> impl Bundle {
    (
        Name::new("Scrolling frame"),
        Node {
            width: percent(100),
            flex_grow: 1.0,
            flex_shrink: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Row,
            ..default()
        },
    )
}

/// The part that scrolls, inside a scrolling frame: the wheel scrolls it (Bevy's
/// [`ScrollArea`]), and so do Page Up and Page Down.
pub fn scroll_area() -> impl Bundle {
    (
        Name::new("Scrolling area"),
        ScrollArea,
        Node {
            flex_grow: 1.0,
            min_height: px(0),
            // Never wider than the window: as an item of its row, the area would otherwise be
            // at least as wide as its widest content (a 640-pixel map on a 400-pixel phone
            // pushed the briefing's text off the screen).
            min_width: px(0),
            flex_direction: FlexDirection::Column,
            overflow: Overflow::scroll_y(),
            ..default()
        },
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
        Fill::solid(Role::Panel),
        bevy::ui_widgets::Scrollbar {
            orientation: bevy::ui_widgets::ControlOrientation::Vertical,
            target,
            min_thumb_length: 32.0,
        },
        children![(
            Fill::solid(Role::Track),
            bevy::ui_widgets::ScrollbarThumb {
                border_radius: BorderRadius::all(px(5)),
                border: px(0).all(),
            },
        )],
    )
}

/// The column inside a scrolling area, centred and at most [`READING_WIDTH`] wide. (Padding
/// lives here, not on the scrolling node, so the scrolled content's height includes it.)
pub fn body_column() -> impl Bundle {
    (
        Name::new("Body"),
        Node {
            width: percent(100),
            max_width: px(READING_WIDTH + 64.0),
            align_self: AlignSelf::Center,
            flex_direction: FlexDirection::Column,
            flex_shrink: 0.0,
            padding: UiRect::axes(px(32), px(20)),
            row_gap: px(14),
            ..default()
        },
    )
}

/// A bar along the top or bottom of a screen, content spread to both ends; it wraps rather
/// than overflow a narrow window.
pub fn bar() -> Node {
    Node {
        width: percent(100),
        max_width: px(READING_WIDTH + 64.0),
        padding: UiRect::axes(px(32), px(12)),
        justify_content: JustifyContent::SpaceBetween,
        align_items: AlignItems::Center,
        column_gap: px(16),
        row_gap: px(8),
        flex_wrap: FlexWrap::Wrap,
        flex_shrink: 0.0,
        ..default()
    }
}

/// The bar of buttons at the bottom of a screen: one at each end.
pub fn bottom_bar(left: impl Bundle, right: impl Bundle) -> impl Bundle {
    (bar(), children![left, right])
}

/// The bar of buttons at the bottom of a screen: one at each end and one in the middle.
pub fn bottom_bar_with_middle(
    left: impl Bundle,
    middle: impl Bundle,
    right: impl Bundle,
) -> impl Bundle {
    (bar(), children![left, middle, right])
}

/// A row of items with a gap between them, wrapping when the window is narrow.
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

fn text_style(text: impl Into<String>, size: f32, font: Handle<Font>, role: Role) -> impl Bundle {
    (
        Text::new(text),
        TextFont {
            font: font.into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        Ink(role),
    )
}

/// Text at `size` in the colour of `role`.
pub fn label(text: impl Into<String>, size: f32, role: Role) -> impl Bundle {
    text_style(text, size, default(), role)
}

/// Bold text at `size` in the colour of `role`.
pub fn strong(text: impl Into<String>, size: f32, role: Role) -> impl Bundle {
    text_style(text, size, fonts::BOLD, role)
}

/// The game's name, huge.
pub fn title(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Title"),
        Heading(1),
        strong(text, size::TITLE, Role::Heading),
    )
}

/// A screen heading.
pub fn heading(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Heading"),
        Heading(1),
        strong(text, size::HEADING, Role::Heading),
    )
}

/// A smaller heading.
pub fn subheading(text: impl Into<String>) -> impl Bundle {
    (
        Name::new("Subheading"),
        Heading(2),
        strong(text, size::SUBHEADING, Role::Heading),
    )
}

/// Body text that wraps.
pub fn paragraph(text: impl Into<String>) -> impl Bundle {
    (Name::new("Paragraph"), label(text, size::BODY, Role::Text))
}

/// Small grey text: dates, sources, hints.
pub fn note(text: impl Into<String>) -> impl Bundle {
    (Name::new("Note"), label(text, size::SMALL, Role::Muted))
}

/// The ring that shows keyboard focus ([`super::interaction`] colours it on the focused
/// widget). It is drawn over the border, inside the widget, so that a widget scrolled just
/// into view shows its whole ring.
pub fn focus_ring() -> Outline {
    Outline::new(px(4), px(-4), Color::NONE)
}

/// What every button shares: it activates on a click, or on Enter or Space while focused
/// (Bevy's headless button), takes focus with Tab, shows the focus ring, and is painted as a
/// button. `node` gives its shape.
pub fn button_look(action: Action, node: Node) -> impl Bundle {
    (
        Button,
        bevy::ui_widgets::Button,
        action,
        TabIndex(0),
        Node {
            border: UiRect::all(px(2)),
            ..node
        },
        Fill::solid(Role::Button),
        Edge(Role::PanelBorder),
        focus_ring(),
    )
}

/// A button with a label that performs `action`.
pub fn button(text: impl Into<String>, action: Action) -> impl Bundle {
    let text = text.into();
    (
        Name::new(format!("Button: {text}")),
        button_look(
            action,
            Node {
                padding: UiRect::axes(px(26), px(12)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(8)),
                min_width: px(180),
                ..default()
            },
        ),
        children![(strong(text, size::BODY, Role::Heading), Pickable::IGNORE)],
    )
}

/// A button that gets keyboard focus when its screen opens.
pub fn primary_button(text: impl Into<String>, action: Action) -> impl Bundle {
    (button(text, action), AutoFocus)
}

/// A small button for a short label (a name in a list).
pub fn chip(text: impl Into<String>, action: Action) -> impl Bundle {
    let text = text.into();
    (
        Name::new(format!("Chip: {text}")),
        button_look(
            action,
            Node {
                padding: UiRect::axes(px(14), px(6)),
                border_radius: BorderRadius::all(px(16)),
                ..default()
            },
        ),
        children![(label(text, size::BODY, Role::Heading), Pickable::IGNORE)],
    )
}

/// A wide button holding a column of text (a past run).
pub fn card(action: Action) -> impl Bundle {
    (Name::new("Card"), button_look(action, card_node()))
}

/// A wide button holding a picture beside a column of text, the text under the picture when
/// the window is narrow (a case card).
pub fn picture_card(action: Action) -> impl Bundle {
    (
        Name::new("Card"),
        button_look(
            action,
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                column_gap: px(18),
                row_gap: px(10),
                ..card_node()
            },
        ),
    )
}

fn card_node() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(6),
        padding: UiRect::all(px(18)),
        border_radius: BorderRadius::all(px(10)),
        width: percent(100),
        flex_shrink: 0.0,
        ..default()
    }
}

/// An option of a choice question: a wide button with its number.
pub fn option_button(position: usize, text: &str) -> impl Bundle {
    (
        Name::new("Option"),
        button_look(
            Action::PickOption(position),
            Node {
                width: percent(100),
                padding: UiRect::axes(px(18), px(12)),
                column_gap: px(16),
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(8)),
                flex_shrink: 0.0,
                ..default()
            },
        ),
        children![
            (
                strong(format!("{}", position + 1), size::SUBHEADING, Role::Guess),
                Pickable::IGNORE,
            ),
            (
                label(text.to_string(), size::BODY, Role::Heading),
                Pickable::IGNORE,
            ),
        ],
    )
}

/// ▲ or ▼ beside an event of an order question.
pub fn move_button(slot: usize, direction: crate::game::actions::Direction) -> impl Bundle {
    use crate::game::actions::Direction;
    let (name, arrow) = match direction {
        Direction::Up => ("Move up", "▲"),
        Direction::Down => ("Move down", "▼"),
    };
    (
        Name::new(name),
        button_look(
            Action::MoveEvent { slot, direction },
            Node {
                width: px(44),
                height: px(40),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(6)),
                flex_shrink: 0.0,
                ..default()
            },
        ),
        children![(strong(arrow, size::BODY, Role::Heading), Pickable::IGNORE)],
    )
}

/// A one-line text field (Bevy's `EditableText`) that can take keyboard focus.
pub fn text_field(
    visible_chars: f32,
    max_chars: usize,
    font_size: f32,
    min_width: f32,
) -> impl Bundle {
    (
        TabIndex(0),
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
        Ink(Role::Heading),
        bevy::text::TextCursorStyle::default(),
        Node {
            padding: UiRect::axes(px(12), px(8)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(6)),
            min_width: px(min_width),
            ..default()
        },
        Fill::solid(Role::Field),
        // The field's edge shows where to type: 3:1 against the field and the screen (WCAG
        // 1.4.11; tests/contrast.rs).
        Edge(Role::Muted),
        focus_ring(),
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
            flex_shrink: 0.0,
            ..default()
        },
        Fill::solid(Role::Panel),
        Edge(Role::PanelBorder),
    )
}
