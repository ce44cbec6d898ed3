//! A stage's question: the narrative, then the answer. An estimate is typed in the field or set
//! with the slider; a choice is a button per option (or its number key); an order is a list of
//! events moved with ▲ ▼. The hint under the answer says how, or why an answer was refused.

use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::text::{EditableText, TextEdit};
use bevy::window::RequestRedraw;

use super::{Screen, showing, spawn_stage_screen};
use crate::content::lang::Lang;
use crate::content::{Estimate, Question, Scale};
use crate::game::CurrentRun;
use crate::game::a11y::{AccessibleName, DescribedBy};
use crate::game::actions::{Action, ActionInput, Activated, Direction};
use crate::game::saving::Answered;
use crate::game::settings::Settings;
use crate::game::theme::interaction::ShownWithFocus;
use crate::game::theme::palette::{Edge, Fill, Ink, Role};
use crate::game::theme::slider::{EstimateField, estimate_field, estimate_slider};
use crate::game::theme::widgets::{self, size};
use crate::report::hints::{answer_error, hint};
use crate::report::lang::{say, word};
use crate::report::numbers::{guess_with_range, slider_label};
use crate::rules::answer::parse_estimate_for;
use crate::rules::hint::Input;
use crate::rules::progress::ProgressError;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Question), spawn);
    app.add_systems(
        Update,
        (
            keypad_types,
            echo_what_was_read,
            choice_keys,
            pick_option,
            move_event,
            submit,
        )
            .chain()
            .after(ActionInput)
            .run_if(showing(Screen::Question)),
    );
}

/// The line under the answer: how to answer, or why an answer could not be read.
#[derive(Component)]
struct AnswerMessage {
    hint: String,
}

/// The order question's arrangement: slot → shown position of the event in it.
#[derive(Resource, Debug, Clone)]
pub struct OrderDraft {
    pub slots: Vec<usize>,
}

/// The text of an order slot.
#[derive(Component)]
struct SlotText(usize);

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>, settings: Res<Settings>) {
    let Some(run) = run else {
        return;
    };
    let Some((index, stage)) = run.current_stage() else {
        return;
    };
    let (_, body) = spawn_stage_screen(
        &mut commands,
        "Question screen",
        Screen::Question,
        &run,
        index,
    );
    let shown = run.shown_order(index).to_vec();
    if let Question::Order(_) = &stage.question {
        // Each slot starts with the event shown there.
        commands.insert_resource(OrderDraft {
            slots: (0..shown.len()).collect(),
        });
    }
    // The reveal's map, bare and lit up, drawn while the player thinks.
    if let Some(scene) = crate::map::Scene::of(&stage.places) {
        for view in crate::game::theme::map::reveal_views(&scene) {
            commands.spawn((
                crate::game::theme::map::Prefetch,
                view,
                DespawnOnExit(Screen::Question),
            ));
        }
    }
    let hint = hint(
        settings.lang,
        &stage.question,
        settings.ranges,
        Input::Window,
    );
    commands.entity(body).with_children(|body| {
        // The stages behind on the case's timeline (only theirs: this stage's date could be
        // its answer), and how many are ahead.
        if let Some(timeline) = crate::report::timeline::Timeline::so_far(run.case(), index) {
            body.spawn(crate::game::theme::timeline::strip(
                settings.lang,
                &timeline,
                None,
            ));
        }
        body.spawn(widgets::heading(say(
            settings.lang,
            "question-stage",
            &[
                ("number", (index + 1).into()),
                ("title", stage.title.as_str().into()),
            ],
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
            Edge(Role::PanelBorder),
        ))
        .with_children(|area| {
            area.spawn(crate::game::theme::icons::beside(
                crate::content::kind::FigureKind::of(&stage.question),
                32.0,
                Role::Guess,
                widgets::strong(
                    stage.question.prompt().to_string(),
                    size::SUBHEADING,
                    Role::Guess,
                ),
            ));
            let mut field = None;
            match &stage.question {
                Question::Estimate(estimate) => {
                    field = Some(spawn_estimate_inputs(area, estimate, &settings));
                }
                Question::Choice(choice) => {
                    for (position, &i) in shown.iter().enumerate() {
                        let mut option =
                            area.spawn(widgets::option_button(position, &choice.options[i].text));
                        if position == 0 {
                            option.insert(AutoFocus);
                        }
                    }
                }
                Question::Order(order) => {
                    for (slot, &i) in shown.iter().enumerate() {
                        spawn_order_slot(area, slot, &order.events[i], settings.lang);
                    }
                    area.spawn((
                        widgets::row(14.0),
                        children![widgets::button(
                            word(settings.lang, "question-submit-order"),
                            Action::Submit
                        )],
                    ));
                }
            }
            let mut message = area.spawn((
                AnswerMessage { hint: hint.clone() },
                widgets::note(hint.clone()),
                Node {
                    min_height: px(42),
                    ..default()
                },
            ));
            // The player typing sees how the answer is read, whatever the window's size.
            if let Some(field) = field {
                message.insert(ShownWithFocus(field));
                // A screen reader names the field by the question and reads the line under it
                // as its description.
                let line = message.id();
                area.commands().entity(field).insert((
                    AccessibleName::Words(stage.question.prompt().to_string()),
                    DescribedBy(line),
                ));
            }
        });
    });
}

/// The field and slider of an estimate, with the unit beside the field, and the on-screen
/// keypad if the player wants it. Returns the field.
fn spawn_estimate_inputs(
    area: &mut ChildSpawnerCommands,
    estimate: &Estimate,
    settings: &Settings,
) -> Entity {
    let lang = settings.lang;
    let range = estimate.slider_range();
    let unit = estimate.unit.trim();
    let (prefix, suffix) = if estimate.scale == Scale::Linear || unit.is_empty() {
        (None, None)
    } else if let Some(currency) = crate::content::number::currency(unit) {
        // Where the language writes the symbol: `€ 2.000` (Dutch), `2 000 €` (French).
        const PLACE: &str = "\u{1}";
        let written = say(
            lang,
            "money-plain",
            &[
                ("amount", PLACE.into()),
                ("symbol", unit.into()),
                ("code", currency.code.into()),
            ],
        );
        let symbol = written.replace(PLACE, "").trim().to_string();
        if written.starts_with(PLACE) {
            (None, Some(symbol))
        } else {
            (Some(symbol), None)
        }
    } else {
        (None, Some(unit.to_string()))
    };
    let mut field = Entity::PLACEHOLDER;
    area.spawn(widgets::row(14.0)).with_children(|row| {
        if let Some(prefix) = prefix {
            row.spawn(widgets::strong(prefix, size::SUBHEADING, Role::Text));
        }
        field = row.spawn(estimate_field(size::SUBHEADING)).id();
        if let Some(suffix) = suffix {
            row.spawn(widgets::label(suffix, size::BODY, Role::Text));
        }
        row.spawn(widgets::button(
            word(lang, "question-submit"),
            Action::Submit,
        ));
    });
    area.spawn(widgets::row(14.0)).with_children(|row| {
        row.spawn(widgets::note(slider_label(lang, estimate, range.min)));
        row.spawn((
            estimate_slider(estimate, field, lang),
            AccessibleName::Words(estimate.prompt.clone()),
        ));
        row.spawn(widgets::note(slider_label(lang, estimate, range.max)));
    });
    if settings.keypad {
        area.spawn(crate::game::theme::keypad::keypad());
    }
    field
}

/// The on-screen keypad types at the end of the estimate (or deletes its last character) and
/// gives the field its focus back, so the keyboard works on after a click.
fn keypad_types(
    mut activated: MessageReader<Activated>,
    mut fields: Query<(Entity, &mut EditableText), With<EstimateField>>,
    mut focus: ResMut<InputFocus>,
) {
    for Activated(action) in activated.read() {
        let Ok((field, mut editable)) = fields.single_mut() else {
            return;
        };
        let mut text = editable.value().to_string();
        match action {
            Action::TypeText(typed) => text.push_str(typed),
            Action::DeleteBack => {
                text.pop();
            }
            _ => continue,
        }
        editable.editor.set_text(&text);
        editable.queue_edit(TextEdit::TextEnd(false));
        focus.set(field, FocusCause::Navigated);
    }
}

/// A place in the order: its number, the event in it, and buttons to move the event. The
/// first slot's ▼ gets focus, so a keyboard player can start moving at once.
fn spawn_order_slot(area: &mut ChildSpawnerCommands, slot: usize, event: &str, lang: Lang) {
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
        Fill::solid(Role::Panel),
        Edge(Role::PanelBorder),
    ))
    .with_children(|row| {
        row.spawn(widgets::strong(
            format!("{}", slot + 1),
            size::SUBHEADING,
            Role::Guess,
        ));
        let text = row
            .spawn((
                SlotText(slot),
                widgets::label(event.to_string(), size::BODY, Role::Heading),
                Node {
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    ..default()
                },
            ))
            .id();
        // ▲ and ▼ say which event they move, as it is now in this place.
        let named = |id| AccessibleName::WordsAndTextOf(lang, id, text);
        row.spawn((
            widgets::move_button(slot, Direction::Up),
            named("a11y-move-up"),
        ));
        let mut down = row.spawn((
            widgets::move_button(slot, Direction::Down),
            named("a11y-move-down"),
        ));
        if slot == 0 {
            down.insert(AutoFocus);
        }
    });
}

/// Show `text` on the message line, as an error in red or as the hint. The line keeps its
/// height, so nothing on the screen moves.
fn show_message(
    messages: &mut Query<(&AnswerMessage, &mut Text, &mut Ink, &mut TextFont)>,
    error: Option<&str>,
) {
    for (message, mut shown, mut ink, mut font) in messages.iter_mut() {
        let text = error.unwrap_or(&message.hint);
        if shown.0 != text {
            shown.0 = text.to_string();
        }
        let role = if error.is_some() {
            Role::Error
        } else {
            Role::Muted
        };
        if ink.0 != role {
            ink.0 = role;
            font.font = if error.is_some() {
                crate::game::fonts::BOLD.into()
            } else {
                default()
            };
        }
    }
}

/// As the player types, the line under the field says how the answer is read ("Read as 9,000
/// kg"), or why it cannot be read yet; an empty field shows the hint again.
fn echo_what_was_read(
    run: Res<CurrentRun>,
    settings: Res<Settings>,
    fields: Query<&EditableText, (With<EstimateField>, Changed<EditableText>)>,
    mut messages: Query<(&AnswerMessage, &mut Text, &mut Ink, &mut TextFont)>,
) {
    let lang = settings.lang;
    let (Some(estimate), Some(field)) = (run.current_estimate(), fields.iter().next()) else {
        return;
    };
    let text = field.value().to_string();
    if text.trim().is_empty() {
        show_message(&mut messages, None);
        return;
    }
    let line = match parse_estimate_for(&text, estimate, lang) {
        Ok(typed) => say(
            lang,
            "read-as",
            &[(
                "answer",
                guess_with_range(lang, estimate, typed.guess, typed.range).into(),
            )],
        ),
        Err(e) => say(
            lang,
            "not-read-yet",
            &[("why", answer_error(lang, &e).into())],
        ),
    };
    for (_, mut shown, mut ink, mut font) in &mut messages {
        if shown.0 != line {
            shown.0 = line.clone();
        }
        if ink.0 != Role::Guess {
            ink.0 = Role::Guess;
            font.font = default();
        }
    }
}

/// Number keys pick an option of a choice question.
fn choice_keys(
    keys: Res<ButtonInput<KeyCode>>,
    run: Res<CurrentRun>,
    mut activated: MessageWriter<Activated>,
) {
    let Some(Question::Choice(choice)) = run.current_question() else {
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
    mut answered: MessageWriter<Answered>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        if let Action::PickOption(position) = action
            && run.submit_choice(*position).is_ok()
        {
            answered.write(Answered);
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
    let (Some(mut draft), Some(Question::Order(order))) = (draft, run.current_question()) else {
        return;
    };
    let Some((index, _)) = run.current_stage() else {
        return;
    };
    let shown = run.shown_order(index);
    for Activated(action) in activated.read() {
        let Action::MoveEvent { slot, direction } = *action else {
            continue;
        };
        let target = match direction {
            Direction::Up => slot.checked_sub(1),
            Direction::Down => Some(slot + 1),
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
        let moved = Action::MoveEvent {
            slot: target,
            direction,
        };
        if let Some((entity, _)) = buttons.iter().find(|(_, a)| **a == moved) {
            focus.set(entity, FocusCause::Navigated);
        }
    }
}

/// Answer the question with what is in the field, or the order as arranged.
///
/// Keys typed in the same frame as Enter are still waiting to be applied to the field (Bevy
/// applies text edits later in the frame); the answer then waits one frame for them, so the
/// last digit or `m` typed is never lost.
fn submit(
    mut activated: MessageReader<Activated>,
    mut run: ResMut<CurrentRun>,
    fields: Query<(Entity, &EditableText), With<EstimateField>>,
    mut messages: Query<(&AnswerMessage, &mut Text, &mut Ink, &mut TextFont)>,
    mut answered: MessageWriter<Answered>,
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
    if let (Some(Question::Order(_)), Some(draft)) = (run.current_question(), draft) {
        if run.submit_order(&draft.slots).is_ok() {
            answered.write(Answered);
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
    run.set_range_mode(settings.ranges);
    run.set_lang(settings.lang);
    match run.submit_text(&text) {
        Ok(_) => {
            answered.write(Answered);
            next.set(Screen::Reveal);
        }
        Err(ProgressError::Answer(error)) => {
            show_message(&mut messages, Some(&answer_error(settings.lang, &error)));
            focus.set(field, FocusCause::Navigated);
        }
        Err(ProgressError::NotAskingAQuestion) => {}
    }
}
