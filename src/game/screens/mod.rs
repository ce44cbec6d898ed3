//! The screens, one plugin each, the state that says which one is showing, and the overlay
//! drawn over them (the settings).

mod briefing;
mod case_select;
mod debrief;
mod profiles;
mod question;
mod results;
mod reveal;
mod settings;
mod title;

pub use question::OrderDraft;
pub use results::OpenRun;
pub use reveal::RevealAnimation;

use bevy::input_focus::InputFocus;
use bevy::prelude::*;

use crate::game::theme::palette::{Fill, Role};
use crate::game::theme::slider::SliderSystems;
use crate::game::theme::widgets;

/// Which screen is showing. Each screen's root has `DespawnOnExit` with its own variant.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Profiles,
    Results,
    CaseSelect,
    Briefing,
    Question,
    Reveal,
    Debrief,
    /// Class mode: the lobby where students join.
    ClassLobby,
    /// Class mode: a stage while the class answers.
    ClassStage,
    /// Class mode: a stage's reveal with the whole class's answers.
    ClassReveal,
    /// Class mode: the class's debrief.
    ClassDebrief,
}

/// What is drawn over the screen. The screen underneath keeps everything (a half-typed
/// estimate, a half-arranged order, a finished reveal) and takes no input meanwhile.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Overlay {
    #[default]
    None,
    Settings,
}

impl Screen {
    /// Where Escape goes from here.
    pub fn back(self) -> Option<Screen> {
        match self {
            Screen::Title => None,
            Screen::Profiles | Screen::Results | Screen::CaseSelect => Some(Screen::Title),
            Screen::Briefing | Screen::Question | Screen::Reveal | Screen::Debrief => {
                Some(Screen::CaseSelect)
            }
            // A class is left from the settings (End the class), never by a stray Escape.
            Screen::ClassLobby
            | Screen::ClassStage
            | Screen::ClassReveal
            | Screen::ClassDebrief => None,
        }
    }

    /// In the middle of a case or a class, where Escape opens the settings instead of leaving.
    pub fn in_play(self) -> bool {
        matches!(self, Screen::Question | Screen::Reveal) || self.in_class()
    }

    /// One of the class screens on the projector.
    pub fn in_class(self) -> bool {
        matches!(
            self,
            Screen::ClassLobby | Screen::ClassStage | Screen::ClassReveal | Screen::ClassDebrief
        )
    }
}

/// The screen showing, with nothing over it: when its input systems run.
pub fn showing(screen: Screen) -> impl SystemCondition<()> {
    in_state(screen).and_then(in_state(Overlay::None))
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.init_state::<Overlay>();
    app.configure_sets(Update, SliderSystems.run_if(in_state(Overlay::None)));
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
    app.init_resource::<FocusUnderOverlay>();
    app.add_systems(Update, escape_goes_back);
    app.add_systems(OnEnter(Overlay::Settings), remember_focus);
    app.add_systems(OnExit(Overlay::Settings), restore_focus);
    app.add_systems(Last, one_more_frame);
    app.add_observer(one_more_frame_after_an_edit);
}

/// A key typed into a field is applied late in the frame; what follows from it (the "Read as"
/// line, the slider) is worked out in the next, so ask for it. (Not on `Changed<EditableText>`:
/// the blinking cursor changes that every frame.)
fn one_more_frame_after_an_edit(
    _: On<bevy::text::TextEditChange>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    redraw.write(bevy::window::RequestRedraw);
}

/// The window draws only when something happens. A screen change or an action takes effect in
/// the frame after the key press, so ask for that frame instead of waiting for the next event.
fn one_more_frame(
    next: Res<NextState<Screen>>,
    next_overlay: Res<NextState<Overlay>>,
    mut activated: MessageReader<crate::game::actions::Activated>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let pending =
        !matches!(*next, NextState::Unchanged) || !matches!(*next_overlay, NextState::Unchanged);
    if pending || activated.read().next().is_some() {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Escape closes the overlay; in the middle of a case it opens the settings (which return to
/// the case or leave it); elsewhere it goes back a screen.
fn escape_goes_back(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    overlay: Res<State<Overlay>>,
    mut next: ResMut<NextState<Screen>>,
    mut next_overlay: ResMut<NextState<Overlay>>,
) {
    if !keys.just_pressed(KeyCode::Escape) {
        return;
    }
    if *overlay.get() != Overlay::None {
        next_overlay.set(Overlay::None);
    } else if screen.get().in_play() {
        next_overlay.set(Overlay::Settings);
    } else if let Some(back) = screen.get().back() {
        next.set(back);
    }
}

/// What had keyboard focus under the overlay, to give it back when the overlay closes.
#[derive(Resource, Debug, Default)]
struct FocusUnderOverlay(Option<Entity>);

fn remember_focus(focus: Res<InputFocus>, mut under: ResMut<FocusUnderOverlay>) {
    under.0 = focus.get();
}

fn restore_focus(
    mut focus: ResMut<InputFocus>,
    mut under: ResMut<FocusUnderOverlay>,
    entities: Query<()>,
) {
    if let Some(entity) = under.0.take().filter(|e| entities.contains(*e)) {
        focus.set(entity, bevy::input_focus::FocusCause::Navigated);
    }
}

/// Spawn a screen's root (despawned when the screen exits) with a scrolling area inside it.
/// Returns `(root, body)`, the body being the column inside the scrolling area.
pub(crate) fn spawn_screen(
    commands: &mut Commands,
    name: &'static str,
    screen: Screen,
) -> (Entity, Entity) {
    spawn_layer(commands, name, DespawnOnExit(screen))
}

/// A full-window layer (a screen, or an overlay over one) with a scrolling body.
fn spawn_layer(
    commands: &mut Commands,
    name: &'static str,
    scope: impl Bundle,
) -> (Entity, Entity) {
    let root = commands.spawn((widgets::screen_root(name), scope)).id();
    let frame = commands.spawn(widgets::scroll_frame()).id();
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

/// A case's countries and number of stages on one line. (Its years are shown at the debrief:
/// before, they would give away the answer to a "which year" question.)
fn case_facts(lang: crate::content::lang::Lang, case: &crate::content::Case) -> String {
    crate::report::lang::say(
        lang,
        "case-facts",
        &[
            (
                "countries",
                crate::report::places::countries(lang, &case.countries).into(),
            ),
            ("stages", case.stage_count().into()),
        ],
    )
}

/// The bar above a stage: case, stage number and score so far, and a button for the settings
/// (which also leave the case), so a touch screen without Escape reaches them. On a narrow
/// screen the case's name wraps inside its column; the bar never overlaps what is below it.
fn stage_bar(run: &crate::rules::progress::Run, stage: usize) -> impl Bundle + use<> {
    use crate::report::lang::{say, word};
    let lang = run.lang();
    let case = run.case().title.clone();
    let count = run.stage_count();
    (
        Node {
            flex_wrap: FlexWrap::NoWrap,
            ..widgets::bar()
        },
        Fill::solid(Role::Panel),
        children![
            (
                Node {
                    flex_direction: FlexDirection::Column,
                    flex_grow: 1.0,
                    flex_shrink: 1.0,
                    min_width: px(0),
                    row_gap: px(2),
                    ..default()
                },
                children![
                    widgets::note(say(
                        lang,
                        "stage-of",
                        &[
                            ("case", case.into()),
                            ("stage", (stage + 1).into()),
                            ("count", count.into()),
                        ],
                    )),
                    widgets::note(say(
                        lang,
                        "stage-score",
                        &[
                            ("score", run.total_points().into()),
                            ("max", run.max_points().into()),
                        ],
                    )),
                ],
            ),
            (
                Node {
                    flex_shrink: 0.0,
                    ..default()
                },
                children![widgets::chip(
                    word(lang, "stage-settings"),
                    super::actions::Action::OpenSettings
                )],
            ),
        ],
    )
}
