//! The screens, one plugin each, and the state that says which one is showing.

mod briefing;
mod case_select;
mod debrief;
mod profiles;
mod question;
mod results;
mod reveal;
mod settings;
mod title;

use bevy::prelude::*;

pub use question::{EstimateField, EstimateSlider};

/// Which screen is showing. Each screen's root has `DespawnOnExit` with its own variant.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Settings,
    Profiles,
    Results,
    CaseSelect,
    Briefing,
    Question,
    Reveal,
    Debrief,
}

impl Screen {
    /// Where Escape goes from here.
    pub fn back(self) -> Option<Screen> {
        match self {
            Screen::Title => None,
            Screen::Settings | Screen::Profiles | Screen::Results | Screen::CaseSelect => {
                Some(Screen::Title)
            }
            Screen::Briefing | Screen::Question | Screen::Reveal | Screen::Debrief => {
                Some(Screen::CaseSelect)
            }
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        title::plugin,
        settings::plugin,
        profiles::plugin,
        results::plugin,
        case_select::plugin,
        briefing::plugin,
        question::plugin,
        reveal::plugin,
        debrief::plugin,
    ));
    app.init_resource::<SettingsOpenedFrom>();
    app.add_systems(Update, escape_goes_back);
    app.add_systems(Last, one_more_frame);
}

/// The window draws only when something happens. A screen change or an action takes effect in
/// the frame after the key press, so ask for that frame instead of waiting for the next event.
fn one_more_frame(
    next: Res<NextState<Screen>>,
    mut activated: MessageReader<crate::game::actions::Activated>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let pending = !matches!(*next, NextState::Unchanged);
    if pending || activated.read().next().is_some() {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// The screen to go back to when the settings were opened in the middle of a case.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct SettingsOpenedFrom(pub Option<Screen>);

/// Escape goes back a screen. In the middle of a case it opens the settings, whose Back returns
/// to the case (and which also offer to leave it).
fn escape_goes_back(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    mut opened_from: ResMut<SettingsOpenedFrom>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !keys.just_pressed(KeyCode::Escape) {
        return;
    }
    match *screen.get() {
        in_play @ (Screen::Question | Screen::Reveal) => {
            opened_from.0 = Some(in_play);
            next.set(Screen::Settings);
        }
        Screen::Settings if opened_from.0.is_some() => {
            next.set(opened_from.0.take().unwrap_or(Screen::Title));
        }
        other => {
            if let Some(back) = other.back() {
                next.set(back);
            }
        }
    }
}

/// Spawn a screen's root (despawned when the screen exits) with a scrolling area inside it.
/// Returns `(root, body)`, the body being the column inside the scrolling area.
fn spawn_screen(commands: &mut Commands, name: &'static str, screen: Screen) -> (Entity, Entity) {
    use crate::game::theme::widgets;
    let root = commands
        .spawn((widgets::screen_root(name), DespawnOnExit(screen)))
        .id();
    let frame = commands.spawn(widgets::scroll_body()).id();
    let area = commands.spawn(widgets::scroll_area()).id();
    let column = commands.spawn(widgets::body_column()).id();
    let bar = commands.spawn(widgets::scrollbar(area)).id();
    commands.entity(area).add_child(column);
    commands.entity(frame).add_children(&[area, bar]);
    commands.entity(root).add_child(frame);
    (root, column)
}

/// [`spawn_screen`] with the stage bar (case, stage, score) on top.
fn spawn_stage_screen(
    commands: &mut Commands,
    name: &'static str,
    screen: Screen,
    run: &crate::rules::progress::Run,
    stage: usize,
) -> (Entity, Entity) {
    let (root, body) = spawn_screen(commands, name, screen);
    let bar = commands.spawn(stage_bar(run, stage)).id();
    commands.entity(root).insert_children(0, &[bar]);
    (root, body)
}

/// A case's years, countries and number of stages on one line.
fn case_facts(case: &crate::rules::content::Case) -> String {
    format!(
        "{}  ·  {}  ·  {} stages",
        case.years,
        case.countries.join(", "),
        case.stage_count()
    )
}

/// The bar above a stage: case, stage number and score so far.
fn stage_bar(run: &crate::rules::progress::Run, stage: usize) -> impl Bundle + use<> {
    use crate::game::theme::{palette, widgets};
    let case = run.case().title.clone();
    let count = run.stage_count();
    (
        widgets::bar(),
        BackgroundColor(palette::PANEL()),
        children![
            widgets::note(format!("{case}  ·  Stage {} of {count}", stage + 1)),
            widgets::note(format!(
                "Score {} of {}",
                run.total_points(),
                run.max_points()
            )),
        ],
    )
}
