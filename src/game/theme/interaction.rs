//! How widgets respond: hover and press colours, a focus ring on whatever has keyboard focus,
//! the focused widget scrolled into view, Page Up and Page Down, a finger's drag, and
//! scrollbars that show only when there is more to scroll.

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;
use bevy::ui_widgets::{ScrollArea, ScrollIntoView, Scrollbar};

use super::palette::{Fill, Palette, Role};
use crate::game::actions::Action;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            button_colours,
            focus_ring,
            page_keys_scroll,
            touch_scroll.run_if(resource_exists::<Touches>),
            show_scrollbars,
            scroll_focus_into_view,
        ),
    );
}

fn button_colours(
    mut buttons: Query<
        (&Interaction, &mut Fill, Has<InteractionDisabled>),
        (
            With<Button>,
            Or<(Changed<Interaction>, Added<InteractionDisabled>)>,
        ),
    >,
) {
    for (interaction, mut fill, disabled) in &mut buttons {
        let role = match (*interaction, disabled) {
            (_, true) => Role::Disabled,
            (Interaction::Pressed, _) => Role::ButtonPressed,
            (Interaction::Hovered, _) => Role::ButtonHover,
            (Interaction::None, _) => Role::Button,
        };
        fill.set_if_neq(Fill::solid(role));
    }
}

/// A bright outline around the focused widget, none elsewhere.
fn focus_ring(
    focus: Res<InputFocus>,
    palette: Res<Palette>,
    mut outlines: Query<(Entity, &mut Outline), With<Action>>,
) {
    if !(focus.is_changed() || palette.is_changed()) {
        return;
    }
    for (entity, mut outline) in &mut outlines {
        let color = if focus.get() == Some(entity) {
            palette.colour(Role::Focus)
        } else {
            Color::NONE
        };
        if outline.color != color {
            outline.color = color;
        }
    }
}

/// Page Up and Page Down scroll the screen's scrolling area (the wheel does too, through
/// Bevy's scroll area).
fn page_keys_scroll(
    keys: Res<ButtonInput<KeyCode>>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode), With<ScrollArea>>,
) {
    let pages = f32::from(i8::from(keys.just_pressed(KeyCode::PageDown)))
        - f32::from(i8::from(keys.just_pressed(KeyCode::PageUp)));
    if pages != 0.0 {
        scroll_areas(&mut areas, |page| pages * page * 0.8);
    }
}

/// Scroll every scrolling area by `by(its visible height)`, in logical pixels, within its
/// content.
pub fn scroll_areas(
    areas: &mut Query<(&mut ScrollPosition, &ComputedNode), With<ScrollArea>>,
    by: impl Fn(f32) -> f32,
) {
    for (mut position, node) in areas {
        let scale = node.inverse_scale_factor();
        let max = (node.content_size().y - node.size().y).max(0.0) * scale;
        position.y = (position.y + by(node.size().y * scale)).clamp(0.0, max);
    }
}

/// A finger dragged over a scrolling area scrolls it (the web version on a phone or tablet: the
/// canvas takes every touch, so the browser cannot scroll). The innermost area under the finger
/// scrolls; a tap still presses a button.
fn touch_scroll(
    touches: Res<Touches>,
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode, &UiGlobalTransform), With<ScrollArea>>,
) {
    let window_scale = windows.single().map_or(1.0, Window::scale_factor);
    for touch in touches.iter() {
        let delta = touch.delta();
        if delta.y == 0.0 {
            continue;
        }
        let finger = touch.position() * window_scale;
        let innermost = areas
            .iter_mut()
            .filter(|(_, node, transform)| node.contains_point(**transform, finger))
            .min_by(|a, b| {
                let area = |n: &ComputedNode| n.size().x * n.size().y;
                area(a.1).total_cmp(&area(b.1))
            });
        if let Some((mut position, node, _)) = innermost {
            // From window pixels to the area's scroll units (the UI may be scaled).
            let scale = node.inverse_scale_factor();
            let max = (node.content_size().y - node.size().y).max(0.0) * scale;
            let moved = delta.y * window_scale * scale;
            position.y = (position.y - moved).clamp(0.0, max);
        }
    }
}

/// Something shown together with a focusable node: when that node (the entity inside) is
/// scrolled into view, so is this (the line under the estimate field that says how the answer
/// is read).
#[derive(Component, Debug, Clone, Copy)]
pub struct ShownWithFocus(pub Entity);

/// Whatever gets keyboard focus scrolls into view, so a keyboard player always sees it. Also
/// when the focused node is laid out again: focus given on arrival (`AutoFocus`) comes before
/// the first layout, when there is nothing yet to scroll to.
fn scroll_focus_into_view(
    focus: Res<InputFocus>,
    nodes: Query<Ref<ComputedNode>>,
    companions: Query<(Entity, &ShownWithFocus)>,
    mut commands: Commands,
) {
    let Some(focused) = focus.get() else {
        return;
    };
    let laid_out = nodes.get(focused).is_ok_and(|node| node.is_changed());
    if !(focus.is_changed() || laid_out) {
        return;
    }
    let with = companions
        .iter()
        .filter(|(_, with)| with.0 == focused)
        .map(|(entity, _)| entity);
    for entity in std::iter::once(focused).chain(with) {
        if let Ok(mut target) = commands.get_entity(entity) {
            target.trigger(|entity| ScrollIntoView { entity });
        }
    }
}

/// A scrollbar shows only while its area has more content than fits.
fn show_scrollbars(
    mut bars: Query<(&Scrollbar, &mut Visibility)>,
    areas: Query<&ComputedNode, (With<ScrollArea>, Changed<ComputedNode>)>,
) {
    for (bar, mut visibility) in &mut bars {
        let Ok(area) = areas.get(bar.target) else {
            continue;
        };
        // A few pixels of overflow (rounding, a last line's descent) is not worth a scrollbar.
        let hidden = (area.content_size().y - area.size().y) * area.inverse_scale_factor();
        visibility.set_if_neq(if hidden > 12.0 {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
}
