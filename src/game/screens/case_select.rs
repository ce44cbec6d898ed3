//! Case select: a card per case. A file with errors shows greyed out with its first problem.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;

use super::{Screen, case_facts, showing, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::class::ClassSetup;
use crate::game::settings::Settings;
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::game::{Cases, CurrentRun, Options, Storage};
use crate::report::lang::{say, word};
use crate::rules::progress::Run;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::CaseSelect), spawn);
    app.add_systems(
        Update,
        pick_case
            .after(ActionInput)
            .run_if(showing(Screen::CaseSelect)),
    );
}

fn spawn(
    mut commands: Commands,
    cases: Res<Cases>,
    class: Option<Res<ClassSetup>>,
    settings: Res<Settings>,
) {
    let lang = settings.lang;
    let (_, body) = spawn_screen(&mut commands, "Case select screen", Screen::CaseSelect);
    // Each case's briefing map, drawn while the player chooses (on the task pool), so the
    // briefing opens with its map.
    for case in cases.cases() {
        if let Some(scene) = crate::map::Scene::of(&case.places) {
            commands.spawn((
                crate::game::theme::map::Prefetch,
                crate::game::theme::map::view_of(scene),
                DespawnOnExit(Screen::CaseSelect),
            ));
        }
    }
    commands.entity(body).with_children(|body| {
        if class.is_some() {
            body.spawn(widgets::heading(word(lang, "cases-heading-class")));
            body.spawn(widgets::paragraph(word(lang, "cases-about-class")));
            body.spawn((ClassProblem, widgets::label("", size::BODY, Role::Error)));
        } else {
            body.spawn(widgets::heading(word(lang, "cases-heading")));
            body.spawn(widgets::paragraph(word(lang, "cases-about")));
        }
        let mut first = true;
        for file in &cases.files {
            match &file.result {
                Ok(case) => {
                    // Its words in the player's language, where translated.
                    let case = &cases
                        .case_in(&case.id, lang)
                        .unwrap_or_else(|| case.clone());
                    let mut card =
                        body.spawn(widgets::picture_card(Action::PickCase(case.id.clone())));
                    if first {
                        card.insert(AutoFocus);
                        first = false;
                    }
                    card.with_children(|card| {
                        // The case's own small map: where it happened, as its briefing shows.
                        if let Some(scene) = crate::map::Scene::of(&case.places) {
                            card.spawn((
                                crate::game::theme::map::picture(
                                    scene,
                                    THUMBNAIL.0,
                                    THUMBNAIL.1,
                                    crate::report::places::map_label(lang, &case.places),
                                ),
                                Pickable::IGNORE,
                            ));
                        }
                        card.spawn((
                            Node {
                                flex_direction: FlexDirection::Column,
                                row_gap: px(6),
                                flex_grow: 1.0,
                                flex_basis: px(0),
                                min_width: px(260),
                                ..default()
                            },
                            Pickable::IGNORE,
                            children![
                                (widgets::subheading(case.title.clone()), Pickable::IGNORE),
                                (
                                    widgets::label(
                                        case_facts(lang, case),
                                        size::SMALL,
                                        Role::Guess
                                    ),
                                    Pickable::IGNORE,
                                ),
                                (widgets::paragraph(case.summary.clone()), Pickable::IGNORE),
                            ],
                        ));
                    });
                }
                Err(problems) => {
                    let first_problem = problems
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    let count = problems.len();
                    body.spawn((widgets::card(Action::ToCases), InteractionDisabled))
                        .with_children(|card| {
                            card.spawn((
                                widgets::strong(file.file.clone(), size::SUBHEADING, Role::Muted),
                                Pickable::IGNORE,
                            ));
                            card.spawn((
                                widgets::label(
                                    say(
                                        lang,
                                        "cases-broken",
                                        &[("count", count.into()), ("first", first_problem.into())],
                                    ),
                                    size::SMALL,
                                    Role::Error,
                                ),
                                Pickable::IGNORE,
                            ));
                        });
                }
            }
        }
        if cases.cases().next().is_none() {
            body.spawn(widgets::strong(
                word(lang, "cases-none"),
                size::BODY,
                Role::Error,
            ));
        }
        body.spawn((
            widgets::row(14.0),
            children![widgets::button(word(lang, "back"), Action::ToTitle)],
        ));
    });
}

/// A case chosen: played, or hosted for a class when the teacher came from Host a class.
fn pick_case(
    mut activated: MessageReader<Activated>,
    cases: Res<Cases>,
    options: Res<Options>,
    class: Option<Res<ClassSetup>>,
    storage: Res<Storage>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut problem: Query<&mut Text, With<ClassProblem>>,
    settings: Res<Settings>,
) {
    for Activated(action) in activated.read() {
        let Action::PickCase(id) = action else {
            continue;
        };
        let Some(case) = cases.find(id) else {
            continue;
        };
        match &class {
            None => {
                // The case in the player's language; figures and ids are the case file's.
                let case = cases
                    .case_in(id, settings.lang)
                    .unwrap_or_else(|| case.clone());
                let mut run = Run::new(case, options.seed);
                run.set_lang(settings.lang);
                commands.insert_resource(CurrentRun(run));
                next.set(Screen::Briefing);
            }
            Some(setup) => {
                let wake = crate::game::class::waker(proxy.as_deref());
                match crate::game::class::start_class(
                    Some(case),
                    setup,
                    &cases,
                    &storage,
                    wake,
                    settings.lang,
                ) {
                    Ok(room) => {
                        commands.insert_resource(room);
                        commands.remove_resource::<ClassSetup>();
                        next.set(Screen::ClassLobby);
                    }
                    Err(e) => {
                        for mut text in &mut problem {
                            text.0 = say(
                                settings.lang,
                                "cases-class-failed",
                                &[("error", e.to_string().into())],
                            );
                        }
                    }
                }
            }
        }
    }
}

/// A case card's map, in logical pixels.
const THUMBNAIL: (f32, f32) = (176.0, 110.0);

/// Where a problem starting a class is said.
#[derive(Component)]
struct ClassProblem;
