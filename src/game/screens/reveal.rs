//! The reveal: the true figure, a number line with the guess and the truth, the points, why
//! the figure is what it is, and its source. It animates in briefly (any key or click skips;
//! nothing moves under reduced motion).

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::{Screen, spawn_stage_screen};
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::settings::Settings;
use crate::game::theme::palette;
use crate::game::theme::widgets::{self, size};
use crate::game::{CurrentRun, Options};
use crate::rules::history::{Progress, Store};
use crate::rules::line::NumberLine;
use crate::rules::reveal::{Mark, Reveal};

/// How long the reveal takes to animate in, in seconds.
pub const ANIMATION_SECONDS: f32 = 0.9;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Reveal), spawn);
    app.add_systems(
        Update,
        (skip_animation, animate, next_stage)
            .chain()
            .after(ActionInput)
            .run_if(in_state(Screen::Reveal)),
    );
}

/// Progress of the reveal animation, from 0 to 1.
#[derive(Resource, Debug)]
pub struct RevealAnimation {
    pub progress: f32,
    /// A key or click finished the animation this frame: it must not also leave the reveal.
    pub just_skipped: bool,
}

impl RevealAnimation {
    pub fn running(&self) -> bool {
        self.progress < 1.0
    }
}

/// A mark on the number line that slides from the guess to its place.
#[derive(Component)]
struct Slides {
    from: f32,
    to: f32,
}

/// A part of the reveal that fades in.
#[derive(Component)]
struct FadesIn;

fn spawn(
    mut commands: Commands,
    run: Option<Res<CurrentRun>>,
    settings: Res<Settings>,
    options: Res<Options>,
) {
    let Some(run) = run else {
        return;
    };
    // Progress is saved after every answer, so a class can stop here and continue next week.
    if let Some(dir) = &options.data
        && let Err(e) = Store::open(dir).save_progress(
            &options.profile,
            &Progress::of(&run.0, std::time::SystemTime::now()),
        )
    {
        warn!("progress not saved: {e}");
    }
    let run = &run.0;
    let (Some((index, _)), Some(reveal)) = (run.current_stage(), Reveal::of(run)) else {
        return;
    };
    commands.insert_resource(RevealAnimation {
        progress: if settings.reduced_motion { 1.0 } else { 0.0 },
        just_skipped: false,
    });
    let last = index + 1 == run.stage_count();

    let (root, body) =
        spawn_stage_screen(&mut commands, "Reveal screen", Screen::Reveal, run, index);
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::note(format!(
            "STAGE {}: {}",
            reveal.stage_number,
            reveal.stage_title.to_uppercase()
        )));
        body.spawn(widgets::paragraph(reveal.prompt.clone()));
        body.spawn(widgets::row(18.0)).with_children(|row| {
            let size = if reveal.line.is_some() {
                size::HUGE
            } else {
                size::HEADING
            };
            row.spawn(widgets::coloured(
                reveal.truth.clone(),
                size,
                true,
                palette::TRUTH(),
            ));
            row.spawn(widgets::note(reveal.as_of.clone()));
        });

        if let Some(line) = &reveal.line {
            spawn_number_line(body, line);
        }

        body.spawn((FadesIn, widgets::row(18.0)))
            .with_children(|row| {
                row.spawn(widgets::coloured(
                    reveal.your_answer.clone(),
                    size::SUBHEADING,
                    true,
                    palette::GUESS(),
                ));
                row.spawn(widgets::coloured(
                    reveal.verdict.clone(),
                    size::SUBHEADING,
                    false,
                    palette::TEXT(),
                ));
                row.spawn(widgets::coloured(
                    format!("+{} points", reveal.points),
                    size::SUBHEADING,
                    true,
                    palette::TRUTH(),
                ));
            });
        if let Some(range) = &reveal.range {
            body.spawn((
                FadesIn,
                widgets::coloured(range.clone(), size::BODY, false, palette::GUESS()),
            ));
        }
        for item in &reveal.items {
            let (mark, colour) = match item.mark {
                Mark::Right => ("✓", palette::TRUTH()),
                Mark::PickedWrong => ("✗", palette::ERROR()),
                Mark::Wrong => ("·", palette::MUTED()),
                Mark::InPlace => ("✓", palette::TRUTH()),
                Mark::Moved => ("↕", palette::GUESS()),
            };
            body.spawn((FadesIn, widgets::row(12.0)))
                .with_children(|row| {
                    row.spawn(widgets::coloured(mark, size::SUBHEADING, true, colour));
                    row.spawn((
                        Node {
                            flex_direction: FlexDirection::Column,
                            flex_shrink: 1.0,
                            flex_basis: px(0),
                            flex_grow: 1.0,
                            ..default()
                        },
                        children![
                            widgets::coloured(item.text.clone(), size::BODY, true, colour),
                            widgets::note(item.note.clone()),
                        ],
                    ));
                });
        }
        body.spawn((FadesIn, widgets::paragraph(reveal.explanation.clone())));
        if let Some(note) = &reveal.disagreement {
            body.spawn((FadesIn, widgets::panel()))
                .with_children(|panel| {
                    panel.spawn(widgets::coloured(
                        "Sources differ",
                        size::BODY,
                        true,
                        palette::GUESS(),
                    ));
                    panel.spawn(widgets::paragraph(note.clone()));
                });
        }
        body.spawn((
            FadesIn,
            widgets::note(match &reveal.url {
                Some(url) => format!("{}\n{url}", reveal.source),
                None => reveal.source.clone(),
            }),
        ));
    });
    commands.entity(root).with_child(widgets::button_bar(
        widgets::button("Leave case", Action::ToCases),
        widgets::primary_button(
            if last {
                "See the debrief"
            } else {
                "Next stage"
            },
            Action::Next,
        ),
    ));
}

/// The number line: ticks, the truth (a band for a disputed range) and the guess.
fn spawn_number_line(body: &mut ChildSpawnerCommands, line: &NumberLine) {
    body.spawn((
        Name::new("Number line"),
        Node {
            width: percent(100),
            height: px(96),
            margin: UiRect::axes(px(0), px(8)),
            flex_shrink: 0.0,
            ..default()
        },
    ))
    .with_children(|area| {
        area.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(0),
                right: px(0),
                top: px(44),
                height: px(4),
                ..default()
            },
            BackgroundColor(palette::TRACK()),
        ));
        for tick in &line.ticks {
            let at = (tick.at * 100.0) as f32;
            area.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(at),
                    top: px(38),
                    width: px(2),
                    height: px(16),
                    ..default()
                },
                BackgroundColor(palette::MUTED()),
            ));
            area.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(at),
                    top: px(60),
                    margin: UiRect::left(px(-30)),
                    width: px(60),
                    justify_content: JustifyContent::Center,
                    ..default()
                },
                children![(
                    widgets::note(tick.label.clone()),
                    TextLayout::justify(Justify::Center)
                )],
            ));
        }
        let guess_at = line.guess as f32;
        if let Some((low, high)) = line.range {
            // The player's 80% range: a light band along the line.
            area.spawn((
                Name::new("Your range"),
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(low as f32 * 100.0),
                    width: percent(((high - low) as f32 * 100.0).max(0.5)),
                    top: px(40),
                    height: px(12),
                    border_radius: BorderRadius::all(px(6)),
                    ..default()
                },
                BackgroundColor(palette::GUESS().with_alpha(0.35)),
            ));
        }
        let (low, high) = (line.truth_low as f32, line.truth_high as f32);
        // The truth: a band for a disputed range, a mark for a single figure.
        area.spawn((
            Slides {
                from: guess_at,
                to: low,
            },
            Node {
                position_type: PositionType::Absolute,
                left: percent(low * 100.0),
                top: px(30),
                width: percent(((high - low) * 100.0).max(0.0)),
                min_width: px(6),
                height: px(28),
                margin: UiRect::left(px(-3)),
                border_radius: BorderRadius::all(px(3)),
                ..default()
            },
            BackgroundColor(palette::TRUTH()),
        ));
        let middle = (low + high) / 2.0;
        area.spawn((
            Slides {
                from: guess_at,
                to: middle,
            },
            Node {
                position_type: PositionType::Absolute,
                left: percent(middle * 100.0),
                top: px(0),
                margin: UiRect::left(px(-40)),
                width: px(80),
                justify_content: JustifyContent::Center,
                ..default()
            },
            children![(
                widgets::coloured("Truth", size::SMALL, true, palette::TRUTH()),
                TextLayout::justify(Justify::Center)
            )],
        ));
        area.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: percent(guess_at * 100.0),
                top: px(34),
                width: px(6),
                height: px(20),
                margin: UiRect::left(px(-3)),
                border_radius: BorderRadius::all(px(3)),
                ..default()
            },
            BackgroundColor(palette::GUESS()),
        ));
        area.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: percent(guess_at * 100.0),
                top: px(78),
                margin: UiRect::left(px(-40)),
                width: px(80),
                justify_content: JustifyContent::Center,
                ..default()
            },
            children![(
                widgets::coloured("You", size::SMALL, true, palette::GUESS()),
                TextLayout::justify(Justify::Center)
            )],
        ));
    });
}

/// Any key or click while the reveal animates finishes it at once.
fn skip_animation(
    keys: Res<ButtonInput<KeyCode>>,
    mouse: Res<ButtonInput<MouseButton>>,
    animation: Option<ResMut<RevealAnimation>>,
) {
    let Some(mut animation) = animation else {
        return;
    };
    let input =
        keys.get_just_pressed().next().is_some() || mouse.get_just_pressed().next().is_some();
    let skip = animation.running() && input;
    if animation.just_skipped != skip {
        animation.just_skipped = skip;
    }
    if skip {
        animation.progress = 1.0;
    }
}

fn animate(
    // Wall-clock time: on a slow machine the animation still lasts under a second.
    time: Res<Time<Real>>,
    animation: Option<ResMut<RevealAnimation>>,
    mut slides: Query<(&Slides, &mut Node)>,
    mut fades: Query<&mut Visibility, With<FadesIn>>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut last_drawn: Local<f32>,
) {
    let Some(mut animation) = animation else {
        return;
    };
    if animation.is_changed() || animation.running() {
        if animation.running() {
            animation.progress =
                (animation.progress + time.delta_secs() / ANIMATION_SECONDS).min(1.0);
            // Keep frames coming while something moves.
            redraw.write(RequestRedraw);
        }
        let p = animation.progress;
        if (p - *last_drawn).abs() < f32::EPSILON && p >= 1.0 && !animation.is_added() {
            return;
        }
        *last_drawn = p;
        let eased = 1.0 - (1.0 - p).powi(3);
        for (slide, mut node) in &mut slides {
            node.left = percent((slide.from + (slide.to - slide.from) * eased) * 100.0);
        }
        for mut visibility in &mut fades {
            let wanted = if p >= 0.6 {
                Visibility::Inherited
            } else {
                Visibility::Hidden
            };
            if *visibility != wanted {
                *visibility = wanted;
            }
        }
    }
}

fn next_stage(
    mut activated: MessageReader<Activated>,
    animation: Option<Res<RevealAnimation>>,
    mut run: ResMut<CurrentRun>,
    mut next: ResMut<NextState<Screen>>,
) {
    for Activated(action) in activated.read() {
        if *action != Action::Next {
            continue;
        }
        // The key that skipped the animation does not also leave the reveal.
        if animation
            .as_ref()
            .is_some_and(|a| a.just_skipped || a.running())
        {
            continue;
        }
        run.0.advance();
        next.set(match run.0.phase() {
            crate::rules::progress::Phase::Debrief => Screen::Debrief,
            _ => Screen::Question,
        });
    }
}
