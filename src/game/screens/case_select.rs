//! Case select: a card per case. A file with errors shows greyed out with its first problem.

use bevy::prelude::*;

use super::{Screen, case_facts, spawn_screen};
use crate::game::actions::{Action, ActionInput, Activated, Disabled, FocusOnSpawn};
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::game::{Cases, CurrentRun, Options};
use crate::rules::progress::Run;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::CaseSelect), spawn);
    app.add_systems(
        Update,
        pick_case
            .after(ActionInput)
            .run_if(in_state(Screen::CaseSelect)),
    );
}

fn spawn(mut commands: Commands, cases: Res<Cases>) {
    let (_, body) = spawn_screen(&mut commands, "Case select screen", Screen::CaseSelect);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::heading("Choose a case"));
        body.spawn(widgets::paragraph(
            "Each case follows one investigation from the first clue to the final tally.",
        ));
        let mut first = true;
        for file in &cases.0.files {
            match &file.result {
                Ok(case) => {
                    let mut card = body.spawn(card(Action::PickCase(case.id.clone())));
                    if first {
                        card.insert(FocusOnSpawn);
                        first = false;
                    }
                    card.with_children(|card| {
                        card.spawn((widgets::subheading(case.title.clone()), Pickable::IGNORE));
                        card.spawn((
                            widgets::coloured(
                                case_facts(case),
                                size::SMALL,
                                false,
                                palette::GUESS(),
                            ),
                            Pickable::IGNORE,
                        ));
                        card.spawn((widgets::paragraph(case.summary.clone()), Pickable::IGNORE));
                    });
                }
                Err(problems) => {
                    let first_problem = problems
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    body.spawn((card(Action::ToCases), Disabled)).with_children(|card| {
                        card.spawn((
                            widgets::coloured(file.file.clone(), size::SUBHEADING, true, palette::MUTED()),
                            Pickable::IGNORE,
                        ));
                        card.spawn((
                            widgets::coloured(
                                format!(
                                    "This case file has {} problem{} and cannot be played. The first: {first_problem}",
                                    problems.len(),
                                    if problems.len() == 1 { "" } else { "s" }
                                ),
                                size::SMALL,
                                false,
                                palette::ERROR(),
                            ),
                            Pickable::IGNORE,
                        ));
                    });
                }
            }
        }
        if cases.0.cases().next().is_none() {
            body.spawn(widgets::coloured(
                "No playable cases were found.",
                size::BODY,
                true,
                palette::ERROR(),
            ));
        }
        body.spawn((widgets::row(14.0), children![widgets::button("Back", Action::ToTitle)]));
    });
}

/// A case card: a wide button holding a column of text.
fn card(action: Action) -> impl Bundle {
    (
        Name::new("Case card"),
        Button,
        action,
        bevy::input_focus::tab_navigation::TabIndex(0),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(6),
            padding: UiRect::all(px(18)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            width: percent(100),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::BUTTON()),
        BorderColor::all(palette::PANEL_BORDER()),
        Outline::new(px(3), px(3), Color::NONE),
    )
}

fn pick_case(
    mut activated: MessageReader<Activated>,
    cases: Res<Cases>,
    options: Res<Options>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        if let Action::PickCase(id) = action
            && let Some(case) = cases.0.find(id)
        {
            commands.insert_resource(CurrentRun(Run::new(case.clone(), options.seed)));
            next.set(Screen::Briefing);
        }
    }
}
