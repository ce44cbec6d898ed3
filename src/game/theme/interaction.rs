//! How widgets respond: hover and press colours, a focus ring on whatever has keyboard focus,
//! and scrolling.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;

use super::palette;
use super::widgets::ScrollBody;
use crate::game::actions::{Action, Disabled};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            button_colours,
            focus_ring,
            scroll,
            show_scrollbars,
            scroll_focus_into_view,
        ),
    );
}

fn button_colours(
    mut buttons: Query<
        (&Interaction, &mut BackgroundColor, Has<Disabled>),
        (With<Button>, Or<(Changed<Interaction>, Added<Disabled>)>),
    >,
) {
    for (interaction, mut background, disabled) in &mut buttons {
        background.0 = match (*interaction, disabled) {
            (_, true) => palette::DISABLED(),
            (Interaction::Pressed, _) => palette::BUTTON_PRESSED(),
            (Interaction::Hovered, _) => palette::BUTTON_HOVER(),
            (Interaction::None, _) => palette::BUTTON(),
        };
    }
}

/// A bright outline around the focused widget, none elsewhere.
fn focus_ring(focus: Res<InputFocus>, mut outlines: Query<(Entity, &mut Outline), With<Action>>) {
    if !focus.is_changed() {
        return;
    }
    for (entity, mut outline) in &mut outlines {
        let color = if focus.get() == Some(entity) {
            palette::FOCUS()
        } else {
            Color::NONE
        };
        if outline.color != color {
            outline.color = color;
        }
    }
}

const LINE_HEIGHT: f32 = 28.0;

/// The mouse wheel (anywhere in the window), Page Up and Page Down scroll the screen's
/// scrolling area.
fn scroll(
    mut wheel: MessageReader<MouseWheel>,
    keys: Res<ButtonInput<KeyCode>>,
    mut bodies: Query<(&mut ScrollPosition, &ComputedNode), With<ScrollBody>>,
) {
    let mut delta = 0.0;
    for event in wheel.read() {
        delta -= match event.unit {
            MouseScrollUnit::Line => event.y * LINE_HEIGHT,
            MouseScrollUnit::Pixel => event.y,
        };
    }
    for (mut position, node) in &mut bodies {
        let page = node.size().y * node.inverse_scale_factor() * 0.8;
        let mut step = delta;
        if keys.just_pressed(KeyCode::PageDown) {
            step += page;
        }
        if keys.just_pressed(KeyCode::PageUp) {
            step -= page;
        }
        if step != 0.0 {
            let max =
                (node.content_size().y - node.size().y).max(0.0) * node.inverse_scale_factor();
            position.0.y = (position.0.y + step).clamp(0.0, max);
        }
    }
}

/// Whatever gets keyboard focus scrolls into view, so a keyboard player always sees it: the
/// scrolling area moves by the least amount that shows the whole widget.
fn scroll_focus_into_view(
    focus: Res<InputFocus>,
    nodes: Query<(&UiGlobalTransform, &ComputedNode)>,
    parents: Query<&ChildOf>,
    mut areas: Query<&mut ScrollPosition, With<ScrollBody>>,
) {
    if !focus.is_changed() {
        return;
    }
    let Some(target) = focus.get() else {
        return;
    };
    let Some(area) = parents.iter_ancestors(target).find(|e| areas.contains(*e)) else {
        return;
    };
    let (Ok((target_at, target_node)), Ok((area_at, area_node))) =
        (nodes.get(target), nodes.get(area))
    else {
        return;
    };
    let Ok(mut position) = areas.get_mut(area) else {
        return;
    };
    // Centres and sizes in logical pixels.
    let scale = area_node.inverse_scale_factor();
    let target_top = (target_at.translation.y - target_node.size().y * 0.5) * scale;
    let target_bottom = (target_at.translation.y + target_node.size().y * 0.5) * scale;
    let area_top = (area_at.translation.y - area_node.size().y * 0.5) * scale;
    let area_height = area_node.size().y * scale;
    let max = (area_node.content_size().y - area_node.size().y).max(0.0) * scale;
    // Where the target sits inside the scrolled content.
    let top = target_top - area_top + position.0.y;
    let bottom = target_bottom - area_top + position.0.y;
    let wanted = if top < position.0.y {
        top
    } else if bottom > position.0.y + area_height {
        bottom - area_height
    } else {
        return;
    };
    position.0.y = wanted.clamp(0.0, max);
}

/// A scrollbar shows only while its area has more content than fits.
fn show_scrollbars(
    mut bars: Query<(&bevy::ui_widgets::Scrollbar, &mut Visibility)>,
    areas: Query<&ComputedNode, (With<ScrollBody>, Changed<ComputedNode>)>,
) {
    for (bar, mut visibility) in &mut bars {
        let Ok(area) = areas.get(bar.target) else {
            continue;
        };
        // A few pixels of overflow (rounding, a last line's descent) is not worth a scrollbar.
        let hidden = (area.content_size().y - area.size().y) * area.inverse_scale_factor();
        let wanted = if hidden > 12.0 {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        };
        if *visibility != wanted {
            *visibility = wanted;
        }
    }
}
