//! A stage's question: the narrative, then an estimate typed in the field or set with the
//! slider (log scale for quantities, linear for years; arrow keys move it, Shift faster).

use bevy::input_focus::tab_navigation::TabIndex;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::text::{EditableText, TextEdit};
use bevy::ui::RelativeCursorPosition;
use bevy::window::RequestRedraw;

use super::{Screen, spawn_stage_screen};
use crate::game::CurrentRun;
use crate::game::actions::{Action, ActionInput, Activated, FocusOnSpawn};
use crate::game::settings::{RangeMode, Settings};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::rules::answer::parse_estimate_with_range;
use crate::rules::content::{Estimate, Question, Scale};
use crate::rules::number::{format_rounded, format_year, is_currency};
use crate::rules::progress::ProgressError;
use crate::rules::slider;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Question), spawn);
    app.add_systems(
        Update,
        (
            typing_moves_slider,
            slider_keys,
            slider_mouse,
            draw_slider,
            choice_keys,
            pick_option,
            move_event,
            submit,
        )
            .chain()
            .after(ActionInput)
            .run_if(in_state(Screen::Question)),
    );
}

/// The text field for the estimate.
#[derive(Component, Debug, Default)]
pub struct EstimateField {
    /// The text last seen, to notice typing.
    seen: String,
}

/// The slider: position from 0 (left) to 1 (right), and whether the player has used it (an
/// untouched slider shows no value, so it does not anchor the guess).
#[derive(Component, Debug)]
pub struct EstimateSlider {
    pub t: f64,
    pub touched: bool,
    /// The player's 80% range on the slider (positions from 0 to 1), if set.
    pub range: Option<(f64, f64)>,
}

/// The band that shows the 80% range on the slider.
#[derive(Component)]
struct SliderRangeBand;

#[derive(Component)]
struct SliderFill;

#[derive(Component)]
struct SliderThumb;

/// The line under the slider: how to answer, or why an answer could not be read.
#[derive(Component)]
struct AnswerMessage {
    hint: &'static str,
}

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>, settings: Res<Settings>) {
    let Some(run) = run else {
        return;
    };
    let ranges = settings.ranges;
    let run = &run.0;
    let Some((index, stage)) = run.current_stage() else {
        return;
    };
    let (_, body) = spawn_stage_screen(
        &mut commands,
        "Question screen",
        Screen::Question,
        run,
        index,
    );
    let shown = run.shown_order(index).to_vec();
    if let Question::Order(_) = &stage.question {
        // Each slot starts with the event shown there.
        commands.insert_resource(OrderDraft {
            slots: (0..shown.len()).collect(),
        });
    }
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::heading(format!(
            "Stage {}: {}",
            index + 1,
            stage.title
        )));
        for paragraph in &stage.narrative {
            body.spawn(widgets::paragraph(paragraph.clone()));
        }
        // The answer area follows the narrative, in the same scrolling column.
        body.spawn((
            Name::new("Answer area"),
            Node {
                width: percent(100),
                flex_direction: FlexDirection::Column,
                row_gap: px(12),
                margin: UiRect::top(px(6)),
                padding: UiRect::top(px(16)),
                flex_shrink: 0.0,
                border: UiRect::top(px(1)),
                ..default()
            },
            BorderColor::all(palette::PANEL_BORDER()),
        ))
        .with_children(|area| {
            area.spawn(widgets::coloured(
                stage.question.prompt().to_string(),
                size::SUBHEADING,
                true,
                palette::GUESS(),
            ));
            let hint = match &stage.question {
                Question::Estimate(estimate) if ranges == RangeMode::Hidden => {
                    spawn_estimate_inputs(area, estimate);
                    match estimate.scale {
                        Scale::Log => "Type a number (2500, 3.5 million, 6.5k) or move the log-scale slider with ↑ ↓ (Shift: faster). Enter submits.",
                        Scale::Linear => "Type a year, or move the slider a year at a time with ↑ ↓ (Shift: five years). Enter submits.",
                    }
                }
                Question::Estimate(estimate) if ranges == RangeMode::Required => {
                    spawn_estimate_inputs(area, estimate);
                    match estimate.scale {
                        Scale::Log => "Type your best guess and the range you are 80% sure of: 2000 (500-5000), or set them on the slider (+ and − or Shift+click for the range). Enter submits.",
                        Scale::Linear => "Type your best guess and the range you are 80% sure of: 2017 (2015-2019), or set them on the slider (+ and − or Shift+click for the range). Enter submits.",
                    }
                }
                Question::Estimate(estimate) => {
                    spawn_estimate_inputs(area, estimate);
                    match estimate.scale {
                        Scale::Log => "Type a number (2500, 3.5 million, 6.5k) or move the log-scale slider with ↑ ↓ (Shift: faster). Add an 80% range if you like: type 2000 (500-5000), or on the slider press + and − or Shift+click. Enter submits.",
                        Scale::Linear => "Type a year, or move the slider a year at a time with ↑ ↓ (Shift: five years). Add a range if you like: type 2017 (2015-2019), or on the slider press + and − or Shift+click. Enter submits.",
                    }
                }
                Question::Choice(choice) => {
                    for (position, &i) in shown.iter().enumerate() {
                        let mut option = area.spawn(option_button(
                            position,
                            &choice.options[i].text,
                        ));
                        if position == 0 {
                            option.insert(FocusOnSpawn);
                        }
                    }
                    "Click an option, or press its number. Tab and Enter work too."
                }
                Question::Order(order) => {
                    for (slot, &i) in shown.iter().enumerate() {
                        spawn_order_slot(area, slot, &order.events[i]);
                    }
                    area.spawn((
                        widgets::row(14.0),
                        children![widgets::button("Submit this order", Action::Submit)],
                    ));
                    "Earliest at the top. Move events with ▲ ▼ (Tab or the arrow keys choose a button, Enter presses it), then submit."
                }
            };
            area.spawn((
                AnswerMessage { hint },
                widgets::note(hint),
                Node {
                    min_height: px(42),
                    ..default()
                },
            ));
        });
    });
}

/// The field and slider of an estimate.
fn spawn_estimate_inputs(area: &mut ChildSpawnerCommands, estimate: &Estimate) {
    let range = estimate.slider_range();
    let (min_label, max_label) = match estimate.scale {
        Scale::Log => (format_rounded(range.min, 3), format_rounded(range.max, 3)),
        Scale::Linear => (format_year(range.min), format_year(range.max)),
    };
    let unit = unit_label(estimate);
    area.spawn(widgets::row(14.0)).with_children(|row| {
        if let Some(prefix) = unit.prefix.clone() {
            row.spawn(widgets::coloured(
                prefix,
                size::SUBHEADING,
                true,
                palette::TEXT(),
            ));
        }
        row.spawn(estimate_field());
        if let Some(suffix) = unit.suffix.clone() {
            row.spawn(widgets::coloured(
                suffix,
                size::BODY,
                false,
                palette::TEXT(),
            ));
        }
        row.spawn(widgets::button("Submit", Action::Submit));
    });
    area.spawn(widgets::row(14.0)).with_children(|row| {
        row.spawn(widgets::note(min_label));
        row.spawn(slider_track());
        row.spawn(widgets::note(max_label));
    });
}

/// An option of a choice question: a wide button with its number.
fn option_button(position: usize, text: &str) -> impl Bundle {
    (
        Name::new("Option"),
        Button,
        Action::PickOption(position),
        TabIndex(0),
        Node {
            width: percent(100),
            padding: UiRect::axes(px(18), px(12)),
            column_gap: px(16),
            align_items: AlignItems::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(8)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::BUTTON()),
        BorderColor::all(palette::PANEL_BORDER()),
        Outline::new(px(3), px(3), Color::NONE),
        children![
            (
                widgets::coloured(
                    format!("{}", position + 1),
                    size::SUBHEADING,
                    true,
                    palette::GUESS()
                ),
                Pickable::IGNORE,
            ),
            (
                widgets::coloured(text.to_string(), size::BODY, false, palette::HEADING()),
                Pickable::IGNORE,
            ),
        ],
    )
}

/// The order question's arrangement: slot → shown position of the event in it.
#[derive(Resource, Debug, Clone)]
pub struct OrderDraft {
    pub slots: Vec<usize>,
}

/// The text of an order slot.
#[derive(Component)]
struct SlotText(usize);

/// A place in the order: its number, the event in it, and buttons to move the event. The
/// first slot's ▼ gets focus, so a keyboard player can start moving at once.
fn spawn_order_slot(area: &mut ChildSpawnerCommands, slot: usize, event: &str) {
    area.spawn((
        Name::new("Order slot"),
        Node {
            width: percent(100),
            column_gap: px(12),
            align_items: AlignItems::Center,
            padding: UiRect::axes(px(12), px(6)),
            border: UiRect::all(px(1)),
            border_radius: BorderRadius::all(px(8)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::PANEL()),
        BorderColor::all(palette::PANEL_BORDER()),
    ))
    .with_children(|row| {
        row.spawn(widgets::coloured(
            format!("{}", slot + 1),
            size::SUBHEADING,
            true,
            palette::GUESS(),
        ));
        row.spawn((
            SlotText(slot),
            widgets::coloured(event.to_string(), size::BODY, false, palette::HEADING()),
            Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                ..default()
            },
        ));
        row.spawn(move_button(slot, true));
        let mut down = row.spawn(move_button(slot, false));
        if slot == 0 {
            down.insert(FocusOnSpawn);
        }
    });
}

/// ▲ or ▼ beside an event.
fn move_button(slot: usize, up: bool) -> impl Bundle {
    (
        Name::new(if up { "Move up" } else { "Move down" }),
        Button,
        Action::MoveEvent { slot, up },
        TabIndex(0),
        Node {
            width: px(44),
            height: px(40),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(6)),
            ..default()
        },
        BackgroundColor(palette::BUTTON()),
        BorderColor::all(palette::PANEL_BORDER()),
        Outline::new(px(3), px(2), Color::NONE),
        children![(
            widgets::coloured(
                if up { "▲" } else { "▼" },
                size::BODY,
                true,
                palette::HEADING()
            ),
            Pickable::IGNORE,
        )],
    )
}

struct UnitLabel {
    prefix: Option<String>,
    suffix: Option<String>,
}

fn unit_label(estimate: &Estimate) -> UnitLabel {
    let unit = estimate.unit.trim();
    if estimate.scale == Scale::Linear || unit.is_empty() {
        UnitLabel {
            prefix: None,
            suffix: None,
        }
    } else if is_currency(unit) {
        UnitLabel {
            prefix: Some(unit.to_string()),
            suffix: None,
        }
    } else {
        UnitLabel {
            prefix: None,
            suffix: Some(unit.to_string()),
        }
    }
}

fn estimate_field() -> impl Bundle {
    (
        Name::new("Estimate field"),
        EstimateField::default(),
        Action::Submit,
        FocusOnSpawn,
        widgets::text_field(16.0, 60, size::SUBHEADING, 240.0),
    )
}

fn slider_track() -> impl Bundle {
    (
        Name::new("Estimate slider"),
        EstimateSlider {
            t: 0.5,
            touched: false,
            range: None,
        },
        Action::Submit,
        TabIndex(0),
        Interaction::default(),
        RelativeCursorPosition::default(),
        Node {
            flex_grow: 1.0,
            min_width: px(200),
            height: px(28),
            justify_content: JustifyContent::Center,
            flex_direction: FlexDirection::Column,
            ..default()
        },
        Outline::new(px(3), px(4), Color::NONE),
        children![
            (
                Node {
                    width: percent(100),
                    height: px(8),
                    border_radius: BorderRadius::all(px(4)),
                    ..default()
                },
                BackgroundColor(palette::TRACK()),
                Pickable::IGNORE,
                children![(
                    SliderFill,
                    Node {
                        width: percent(0),
                        height: percent(100),
                        border_radius: BorderRadius::all(px(4)),
                        ..default()
                    },
                    BackgroundColor(palette::GUESS()),
                    Pickable::IGNORE,
                )],
            ),
            (
                SliderRangeBand,
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(0),
                    width: percent(0),
                    height: px(18),
                    border_radius: BorderRadius::all(px(9)),
                    ..default()
                },
                BackgroundColor(palette::GUESS().with_alpha(0.3)),
                Visibility::Hidden,
                Pickable::IGNORE,
            ),
            (
                SliderThumb,
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(50),
                    margin: UiRect::left(px(-12)),
                    width: px(24),
                    height: px(24),
                    border: UiRect::all(px(3)),
                    border_radius: BorderRadius::all(px(12)),
                    ..default()
                },
                BackgroundColor(palette::TRACK()),
                BorderColor::all(palette::MUTED()),
                Pickable::IGNORE,
            ),
        ],
    )
}

/// What the player typed moves the slider to match.
fn typing_moves_slider(
    run: Res<CurrentRun>,
    mut fields: Query<(&EditableText, &mut EstimateField)>,
    mut sliders: Query<&mut EstimateSlider>,
    mut messages: Query<(&AnswerMessage, &mut Text, &mut TextColor, &mut TextFont)>,
) {
    let Some(estimate) = run.0.current_estimate() else {
        return;
    };
    for (editable, mut field) in &mut fields {
        let text = editable.value().to_string();
        if text == field.seen {
            continue;
        }
        field.seen = text.clone();
        for (message, mut shown, mut colour, mut font) in &mut messages {
            show_message(message.hint, false, &mut shown, &mut colour, &mut font);
        }
        if let Ok(typed) = parse_estimate_with_range(&text, estimate.scale) {
            for mut slider in &mut sliders {
                // Text the slider wrote itself leaves the slider where it is (re-reading the
                // rounded figures would nudge it).
                let at = |t: f64| slider::value_at(estimate, t);
                let same_range = match (slider.range, typed.range) {
                    (Some((l, h)), Some((tl, th))) => at(l) == tl && at(h) == th,
                    (None, None) => true,
                    _ => false,
                };
                let already_there = slider.touched && at(slider.t) == typed.guess && same_range;
                if !already_there {
                    slider.t = slider::position_of(estimate, typed.guess);
                    slider.touched = true;
                    slider.range = typed.range.map(|(low, high)| {
                        (
                            slider::position_of(estimate, low),
                            slider::position_of(estimate, high),
                        )
                    });
                }
            }
        }
    }
}

/// Show the hint, or an error in red, on the message line (which keeps its height, so nothing
/// on the screen moves).
fn show_message(
    text: &str,
    error: bool,
    shown: &mut Text,
    colour: &mut TextColor,
    font: &mut TextFont,
) {
    if shown.0 != text {
        shown.0 = text.to_string();
    }
    let wanted = if error {
        palette::ERROR()
    } else {
        palette::MUTED()
    };
    if colour.0 != wanted {
        colour.0 = wanted;
        font.font = if error {
            crate::game::fonts::BOLD.into()
        } else {
            default()
        };
    }
}

/// Write the slider's value into the field, so Enter submits what the slider shows.
fn show_in_field(
    estimate: &Estimate,
    slider_state: &EstimateSlider,
    fields: &mut Query<&mut EditableText, With<EstimateField>>,
) {
    let show = |t: f64| {
        let value = slider::value_at(estimate, t);
        match estimate.scale {
            Scale::Log => format_rounded(value, 3),
            Scale::Linear => format_year(value),
        }
    };
    let text = match slider_state.range {
        Some((low, high)) => format!("{} ({}-{})", show(slider_state.t), show(low), show(high)),
        None => show(slider_state.t),
    };
    for mut editable in fields.iter_mut() {
        editable.editor.set_text(&text);
        editable.queue_edit(TextEdit::TextEnd(false));
    }
}

fn slider_keys(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    run: Res<CurrentRun>,
    mut sliders: Query<(Entity, &mut EstimateSlider)>,
    mut fields: Query<&mut EditableText, With<EstimateField>>,
) {
    let Some(estimate) = run.0.current_estimate() else {
        return;
    };
    let fast = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    for (entity, mut slider) in &mut sliders {
        let focused = focus.get() == Some(entity);
        let mut presses = 0;
        if keys.just_pressed(KeyCode::ArrowUp)
            || (focused && keys.just_pressed(KeyCode::ArrowRight))
        {
            presses += 1;
        }
        if keys.just_pressed(KeyCode::ArrowDown)
            || (focused && keys.just_pressed(KeyCode::ArrowLeft))
        {
            presses -= 1;
        }
        if presses != 0 {
            slider.t = slider::step(estimate, slider.t, presses, fast);
            slider.touched = true;
            // A range moves with the guess it surrounds.
            if let Some((low, high)) = slider.range {
                let (low, high) = (low.min(slider.t), high.max(slider.t));
                slider.range = Some((low, high));
            }
            show_in_field(estimate, &slider, &mut fields);
        }
        // With the slider focused, + and - widen and narrow an 80% range around the guess.
        if focused && slider.touched {
            let wider = keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]);
            let narrower = keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]);
            if wider || narrower {
                // A fifth of a decade for quantities, a year for years, each side.
                let presses = if estimate.scale == Scale::Linear {
                    1
                } else {
                    4
                };
                let step = slider::step(estimate, 0.0, presses, false);
                let (low, high) = slider.range.unwrap_or((slider.t, slider.t));
                let (low, high) = if wider {
                    ((low - step).max(0.0), (high + step).min(1.0))
                } else {
                    ((low + step).min(slider.t), (high - step).max(slider.t))
                };
                slider.range = (high - low > 1e-9).then_some((low, high));
                show_in_field(estimate, &slider, &mut fields);
            }
        }
    }
}

fn slider_mouse(
    keys: Res<ButtonInput<KeyCode>>,
    run: Res<CurrentRun>,
    mut sliders: Query<(
        Entity,
        &Interaction,
        &RelativeCursorPosition,
        &mut EstimateSlider,
    )>,
    mut fields: Query<&mut EditableText, With<EstimateField>>,
    mut focus: ResMut<InputFocus>,
) {
    let Some(estimate) = run.0.current_estimate() else {
        return;
    };
    for (entity, interaction, cursor, mut slider) in &mut sliders {
        if *interaction != Interaction::Pressed {
            continue;
        }
        let Some(at) = cursor.normalized else {
            continue;
        };
        let t = (f64::from(at.x) + 0.5).clamp(0.0, 1.0);
        if focus.get() != Some(entity) {
            focus.set(entity, FocusCause::Pressed);
        }
        // Shift+click (or drag) sets the nearer end of the 80% range.
        if slider.touched && keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]) {
            let (low, high) = slider.range.unwrap_or((slider.t, slider.t));
            let range = if t < slider.t {
                (t, high)
            } else if t > slider.t {
                (low, t)
            } else {
                (low, high)
            };
            if slider.range != Some(range) {
                slider.range = (range.1 - range.0 > 1e-9).then_some(range);
                show_in_field(estimate, &slider, &mut fields);
            }
            continue;
        }
        if (t - slider.t).abs() > 1e-6 || !slider.touched {
            slider.t = t;
            slider.touched = true;
            if let Some((low, high)) = slider.range {
                slider.range = Some((low.min(t), high.max(t)));
            }
            show_in_field(estimate, &slider, &mut fields);
        }
    }
}

fn draw_slider(
    sliders: Query<&EstimateSlider, Changed<EstimateSlider>>,
    mut fills: Query<
        &mut Node,
        (
            With<SliderFill>,
            Without<SliderThumb>,
            Without<SliderRangeBand>,
        ),
    >,
    mut thumbs: Query<
        (&mut Node, &mut BackgroundColor),
        (With<SliderThumb>, Without<SliderRangeBand>),
    >,
    mut bands: Query<(&mut Node, &mut Visibility), With<SliderRangeBand>>,
) {
    for slider in &sliders {
        for (mut band, mut visibility) in &mut bands {
            match slider.range {
                Some((low, high)) => {
                    band.left = percent((low * 100.0) as f32);
                    band.width = percent(((high - low) * 100.0) as f32);
                    *visibility = Visibility::Inherited;
                }
                None => *visibility = Visibility::Hidden,
            }
        }
        let percent_at = (slider.t * 100.0) as f32;
        for mut fill in &mut fills {
            fill.width = percent(if slider.touched { percent_at } else { 0.0 });
        }
        for (mut thumb, mut colour) in &mut thumbs {
            thumb.left = percent(percent_at);
            colour.0 = if slider.touched {
                palette::GUESS()
            } else {
                palette::TRACK()
            };
        }
    }
}

/// Number keys pick an option of a choice question.
fn choice_keys(
    keys: Res<ButtonInput<KeyCode>>,
    run: Res<CurrentRun>,
    mut activated: MessageWriter<Activated>,
) {
    let Some(Question::Choice(choice)) = run.0.current_question() else {
        return;
    };
    const DIGITS: [[KeyCode; 2]; 5] = [
        [KeyCode::Digit1, KeyCode::Numpad1],
        [KeyCode::Digit2, KeyCode::Numpad2],
        [KeyCode::Digit3, KeyCode::Numpad3],
        [KeyCode::Digit4, KeyCode::Numpad4],
        [KeyCode::Digit5, KeyCode::Numpad5],
    ];
    for (position, keys_for) in DIGITS.iter().enumerate().take(choice.options.len()) {
        if keys.any_just_pressed(*keys_for) {
            activated.write(Activated(Action::PickOption(position)));
        }
    }
}

fn pick_option(
    mut activated: MessageReader<Activated>,
    mut run: ResMut<CurrentRun>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        if let Action::PickOption(position) = action
            && run.0.submit_choice(*position).is_ok()
        {
            next.set(Screen::Reveal);
        }
    }
}

/// Swap an event with its neighbour; focus follows the event, so pressing Enter again keeps
/// moving it.
fn move_event(
    mut activated: MessageReader<Activated>,
    run: Res<CurrentRun>,
    draft: Option<ResMut<OrderDraft>>,
    mut texts: Query<(&SlotText, &mut Text)>,
    buttons: Query<(Entity, &Action)>,
    mut focus: ResMut<InputFocus>,
) {
    let (Some(mut draft), Some(Question::Order(order))) = (draft, run.0.current_question()) else {
        return;
    };
    let Some((index, _)) = run.0.current_stage() else {
        return;
    };
    let shown = run.0.shown_order(index);
    for Activated(action) in activated.read() {
        let Action::MoveEvent { slot, up } = *action else {
            continue;
        };
        let target = if up {
            slot.checked_sub(1)
        } else {
            Some(slot + 1)
        };
        let Some(target) = target.filter(|t| *t < draft.slots.len()) else {
            continue;
        };
        draft.slots.swap(slot, target);
        for (slot_text, mut text) in &mut texts {
            if let Some(&position) = draft.slots.get(slot_text.0) {
                text.0 = order.events[shown[position]].clone();
            }
        }
        if let Some((entity, _)) = buttons
            .iter()
            .find(|(_, a)| **a == Action::MoveEvent { slot: target, up })
        {
            focus.set(entity, FocusCause::Navigated);
        }
    }
}

/// Answer the question with what is in the field. Keys typed in the same frame as Enter are
/// still waiting to be applied to the field; the answer then waits one frame for them, so the
/// last digit or `m` typed is never lost.
fn submit(
    mut activated: MessageReader<Activated>,
    mut run: ResMut<CurrentRun>,
    fields: Query<(Entity, &EditableText), With<EstimateField>>,
    mut messages: Query<(&AnswerMessage, &mut Text, &mut TextColor, &mut TextFont)>,
    mut next: ResMut<NextState<Screen>>,
    mut focus: ResMut<InputFocus>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut waiting: Local<bool>,
    draft: Option<Res<OrderDraft>>,
    settings: Res<Settings>,
) {
    let asked = activated
        .read()
        .any(|Activated(action)| *action == Action::Submit);
    if !(asked || *waiting) {
        return;
    }
    if let (Some(Question::Order(_)), Some(draft)) = (run.0.current_question(), draft) {
        if run.0.submit_order(&draft.slots).is_ok() {
            next.set(Screen::Reveal);
        }
        return;
    }
    let Some((field, editable)) = fields.iter().next() else {
        return;
    };
    let typing_pending = editable.pending_edits.iter().any(|edit| {
        matches!(
            edit,
            TextEdit::Insert(_)
                | TextEdit::Paste
                | TextEdit::Cut
                | TextEdit::Backspace
                | TextEdit::BackspaceWord
                | TextEdit::Delete
                | TextEdit::DeleteWord
        )
    });
    if typing_pending {
        *waiting = true;
        redraw.write(RequestRedraw);
        return;
    }
    *waiting = false;
    let text = editable.value().to_string();
    if settings.ranges == RangeMode::Required
        && let Some(estimate) = run.0.current_estimate()
        && parse_estimate_with_range(&text, estimate.scale).is_ok_and(|t| t.range.is_none())
    {
        let hint = match estimate.scale {
            Scale::Log => "Add the range you are 80% sure of, like 2000 (500-5000)",
            Scale::Linear => "Add the range you are 80% sure of, like 2017 (2015-2019)",
        };
        for (_, mut shown, mut colour, mut font) in &mut messages {
            show_message(hint, true, &mut shown, &mut colour, &mut font);
        }
        focus.set(field, FocusCause::Navigated);
        return;
    }
    match run.0.submit_text(&text) {
        Ok(_) => next.set(Screen::Reveal),
        Err(ProgressError::Answer(error)) => {
            for (_, mut shown, mut colour, mut font) in &mut messages {
                show_message(&error.to_string(), true, &mut shown, &mut colour, &mut font);
            }
            focus.set(field, FocusCause::Navigated);
        }
        Err(ProgressError::NotAskingAQuestion) => {}
    }
}
