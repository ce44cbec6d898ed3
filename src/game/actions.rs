//! What buttons do. A button carries an [`Action`]; Bevy's headless button turns a click, or
//! Enter or Space while it has focus, into an `Activate` event, which becomes [`Activated`]
//! here. Enter in a text field or on the slider activates their action too. Screens read the
//! actions that concern them.

use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;
use bevy::ui_widgets::Activate;

use super::screens::{Overlay, Screen};
use super::settings::Settings;
use crate::store::record::RunKey;

/// Something the player can do.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Play,
    OpenSettings,
    Quit,
    ToTitle,
    ToCases,
    /// Start the case with this id.
    PickCase(String),
    /// Leave the briefing for the first stage.
    Begin,
    /// Continue a case from where the player left it.
    Resume,
    /// Answer the question: the estimate in the field, or the order as arranged.
    Submit,
    /// Answer a choice question with the option shown at this position.
    PickOption(usize),
    /// Move the event in this slot of an order question one place up or down.
    MoveEvent {
        slot: usize,
        direction: Direction,
    },
    /// Leave a reveal for the next stage or the debrief.
    Next,
    /// Play the same case again.
    PlayAgain,
    /// Give the player their results as a CSV file.
    SaveResults,
    ToggleReducedMotion,
    CycleTextSize,
    CycleRanges,
    ToggleHighContrast,
    CycleVolume,
    ToggleKeypad,
    CycleLanguage,
    /// A key of the on-screen keypad: add this text to the end of the estimate.
    TypeText(&'static str),
    /// The keypad's ⌫: remove the last character of the estimate.
    DeleteBack,
    /// Open the list of players.
    OpenProfiles,
    /// Open the player's results.
    OpenResults,
    /// Open one finished run on the results screen.
    OpenRun(RunKey),
    /// Close the settings, back to whatever is underneath.
    CloseSettings,
    /// Play as this profile.
    ChooseProfile(String),
    /// Play as the name typed in the new-player field.
    AddProfile,
    /// Host a class: choose a case, then the lobby.
    HostClass,
    /// A teacher's step in class mode.
    Class(super::class::Teacher),
}

/// Up or down a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The systems that turn key presses in fields into [`Activated`]. Screens that read the
/// actions run after them, so an action is handled in the frame of the key press.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ActionInput;

/// An action the player took.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct Activated(pub Action);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Activated>();
    app.add_observer(button_activated);
    app.add_systems(
        Update,
        (
            (enter_in_a_field, numpad_enter_on_a_button).in_set(ActionInput),
            arrow_keys_move_focus,
            general_actions.after(ActionInput),
        ),
    );
}

/// A button was clicked, or pressed with Enter or Space.
fn button_activated(
    activate: On<Activate>,
    actions: Query<&Action, Without<InteractionDisabled>>,
    mut activated: MessageWriter<Activated>,
) {
    if let Ok(action) = actions.get(activate.entity) {
        activated.write(Activated(action.clone()));
    }
}

/// The numeric keypad's Enter on a focused button presses it, as the main Enter does (Bevy's
/// headless button answers only the main Enter and Space).
fn numpad_enter_on_a_button(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    buttons: Query<&Action, (With<bevy::ui_widgets::Button>, Without<InteractionDisabled>)>,
    mut activated: MessageWriter<Activated>,
) {
    if keys.just_pressed(KeyCode::NumpadEnter)
        && !keys.pressed(KeyCode::Enter)
        && let Some(action) = focus.get().and_then(|e| buttons.get(e).ok())
    {
        activated.write(Activated(action.clone()));
    }
}

/// Enter in a text field or on the slider does what their action says (buttons handle their
/// own keys).
fn enter_in_a_field(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    fields: Query<
        &Action,
        (
            Without<bevy::ui_widgets::Button>,
            Without<InteractionDisabled>,
        ),
    >,
    mut activated: MessageWriter<Activated>,
) {
    if keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter])
        && let Some(action) = focus.get().and_then(|e| fields.get(e).ok())
    {
        activated.write(Activated(action.clone()));
    }
}

/// Arrow keys move focus between buttons, as Tab and Shift+Tab do. (On an estimate the arrows
/// belong to the slider and the text field.)
fn arrow_keys_move_focus(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    overlay: Res<State<Overlay>>,
    run: Option<Res<super::CurrentRun>>,
    navigation: TabNavigation,
    mut focus: ResMut<InputFocus>,
) {
    let estimating = run.is_some_and(|r| r.current_estimate().is_some());
    let under_overlay = *overlay.get() != Overlay::None;
    // On an estimate the arrows move the slider; in class they move the class on.
    if !under_overlay
        && ((*screen.get() == Screen::Question && estimating) || screen.get().in_class())
    {
        return;
    }
    let action = if keys.any_just_pressed([KeyCode::ArrowDown, KeyCode::ArrowRight]) {
        NavAction::Next
    } else if keys.any_just_pressed([KeyCode::ArrowUp, KeyCode::ArrowLeft]) {
        NavAction::Previous
    } else {
        return;
    };
    if let Ok(next) = navigation.navigate(&focus, action) {
        focus.set(next, FocusCause::Navigated);
    }
}

/// Actions that mean the same on every screen.
fn general_actions(
    mut activated: MessageReader<Activated>,
    mut next: ResMut<NextState<Screen>>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut settings: ResMut<Settings>,
    mut exit: MessageWriter<AppExit>,
    mut commands: Commands,
) {
    for Activated(action) in activated.read() {
        match action {
            Action::Play => {
                commands.remove_resource::<super::class::ClassSetup>();
                next.set(Screen::CaseSelect);
            }
            Action::HostClass => {
                commands.insert_resource(super::class::ClassSetup::default());
                next.set(Screen::CaseSelect);
            }
            Action::ToCases => {
                overlay.set(Overlay::None);
                next.set(Screen::CaseSelect);
            }
            Action::OpenSettings => overlay.set(Overlay::Settings),
            Action::CloseSettings => overlay.set(Overlay::None),
            Action::OpenProfiles => next.set(Screen::Profiles),
            Action::OpenResults => next.set(Screen::Results),
            Action::ToTitle => next.set(Screen::Title),
            Action::Quit => {
                exit.write(AppExit::Success);
            }
            Action::ToggleReducedMotion => settings.reduced_motion = !settings.reduced_motion,
            Action::CycleTextSize => settings.cycle_text_size(),
            Action::CycleRanges => settings.ranges = settings.ranges.next(),
            Action::ToggleHighContrast => settings.high_contrast = !settings.high_contrast,
            Action::CycleVolume => settings.cycle_volume(),
            Action::ToggleKeypad => settings.keypad = !settings.keypad,
            Action::CycleLanguage => settings.lang = settings.lang.next(),
            // The screen that shows the button handles the rest.
            _ => {}
        }
    }
}
