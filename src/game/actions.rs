//! What buttons do. A button carries an [`Action`]; clicking it, or pressing Enter or Space
//! while it has focus, sends [`Activated`]. Screens read the actions that concern them.

use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;

use super::Screen;
use super::settings::Settings;

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
        up: bool,
    },
    /// Leave a reveal for the next stage or the debrief.
    Next,
    /// Play the same case again.
    PlayAgain,
    /// Write the profile's results as CSV next to the data.
    SaveResults,
    ToggleReducedMotion,
    CycleTextSize,
    CycleRanges,
    ToggleHighContrast,
    CycleVolume,
    /// Open the list of players.
    OpenProfiles,
    /// Open the player's results.
    OpenResults,
    /// Open one past run on the results screen (newest first).
    OpenRun(usize),
    /// Leave the settings: back to the case they were opened from, or to the title.
    CloseSettings,
    /// Play as this profile.
    ChooseProfile(String),
    /// Play as the name typed in the new-player field.
    AddProfile,
}

/// A widget that cannot be used (a case file with errors).
#[derive(Component, Debug, Default)]
pub struct Disabled;

/// The widget that gets keyboard focus when its screen opens.
#[derive(Component, Debug, Default)]
pub struct FocusOnSpawn;

/// The systems that turn clicks and key presses into [`Activated`]. Screens that read the
/// actions run after them, so an action is handled in the frame of the key press.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ActionInput;

/// An action the player took.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct Activated(pub Action);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Activated>();
    app.add_systems(
        Update,
        (
            focus_on_spawn,
            (click, keyboard).in_set(ActionInput).after(focus_on_spawn),
            arrow_keys_move_focus.after(focus_on_spawn),
            general_actions.after(ActionInput),
        ),
    );
}

fn focus_on_spawn(mut focus: ResMut<InputFocus>, added: Query<Entity, Added<FocusOnSpawn>>) {
    if let Some(entity) = added.iter().last() {
        focus.set(entity, FocusCause::Navigated);
    }
}

/// A click activates a button. (The slider also carries an action, for Enter, but clicking it
/// only moves it.)
fn click(
    buttons: Query<
        (Entity, &Interaction, &Action),
        (Changed<Interaction>, With<Button>, Without<Disabled>),
    >,
    mut focus: ResMut<InputFocus>,
    mut activated: MessageWriter<Activated>,
) {
    for (entity, interaction, action) in &buttons {
        if *interaction == Interaction::Pressed {
            focus.set(entity, FocusCause::Pressed);
            activated.write(Activated(action.clone()));
        }
    }
}

/// Enter activates the focused widget; Space activates a focused button (in a text field a
/// space is just a space).
fn keyboard(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    actions: Query<(&Action, Has<Button>), Without<Disabled>>,
    mut activated: MessageWriter<Activated>,
) {
    let enter = keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter]);
    let space = keys.just_pressed(KeyCode::Space);
    if !(enter || space) {
        return;
    }
    if let Some((action, is_button)) = focus.get().and_then(|e| actions.get(e).ok())
        && (enter || is_button)
    {
        activated.write(Activated(action.clone()));
    }
}

/// Arrow keys move focus between buttons, as Tab and Shift+Tab do. (On an estimate the arrows
/// belong to the slider and the text field.)
fn arrow_keys_move_focus(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    run: Option<Res<super::CurrentRun>>,
    navigation: TabNavigation,
    mut focus: ResMut<InputFocus>,
) {
    let estimating = run.is_some_and(|r| r.0.current_estimate().is_some());
    if *screen.get() == Screen::Question && estimating {
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
    mut settings: ResMut<Settings>,
    mut exit: MessageWriter<AppExit>,
) {
    for Activated(action) in activated.read() {
        match action {
            Action::Play | Action::ToCases => next.set(Screen::CaseSelect),
            Action::OpenSettings => next.set(Screen::Settings),
            Action::OpenProfiles => next.set(Screen::Profiles),
            Action::OpenResults => next.set(Screen::Results),
            Action::ToTitle => next.set(Screen::Title),
            Action::Quit => {
                exit.write(AppExit::Success);
            }
            Action::ToggleReducedMotion => settings.reduced_motion = !settings.reduced_motion,
            Action::CycleTextSize => settings.cycle_text_size(),
            Action::CycleRanges => settings.cycle_ranges(),
            Action::ToggleHighContrast => settings.high_contrast = !settings.high_contrast,
            Action::CycleVolume => settings.cycle_volume(),
            Action::PickCase(_)
            | Action::PickOption(_)
            | Action::MoveEvent { .. }
            | Action::Begin
            | Action::Resume
            | Action::CloseSettings
            | Action::OpenRun(_)
            | Action::ChooseProfile(_)
            | Action::AddProfile
            | Action::Submit
            | Action::Next
            | Action::PlayAgain
            | Action::SaveResults => {}
        }
    }
}
