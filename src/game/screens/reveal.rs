//! The reveal: the true figure, a number line with the guess and the truth, the points, why
//! the figure is what it is, and its source. It animates in briefly (any key or click skips;
//! nothing moves under reduced motion).

use crate::content::lang::Lang;
use crate::report::lang::{say, word};
use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::{Screen, showing, spawn_stage_screen};
use crate::game::CurrentRun;
use crate::game::actions::{Action, ActionInput, Activated};
use crate::game::saving::RunFinished;
use crate::game::settings::Settings;
use crate::game::theme::map::{LightsUp, RouteDot};
use crate::game::theme::number_line::{Slides, spawn_number_line};
use crate::game::theme::palette::Role;
use crate::game::theme::timeline::{badge, events_strip};
use crate::game::theme::widgets::{self, size};
use crate::report::reveal::{Mark, Reveal};
use crate::rules::progress::Phase;

/// How long the reveal takes to animate in, in seconds.
pub const ANIMATION_SECONDS: f32 = 0.9;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Reveal), spawn);
    app.add_systems(
        Update,
        (skip_animation, next_stage)
            .chain()
            .after(ActionInput)
            .run_if(showing(Screen::Reveal)),
    );
    app.add_systems(
        Update,
        animate
            .after(skip_animation)
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

/// A part of the reveal that fades in.
#[derive(Component)]
struct FadesIn;

fn spawn(mut commands: Commands, run: Option<Res<CurrentRun>>, settings: Res<Settings>) {
    let Some(run) = run else {
        return;
    };
    let (Some((index, _)), Some(reveal)) = (run.current_stage(), Reveal::of(&run)) else {
        return;
    };
    commands.insert_resource(RevealAnimation {
        progress: if settings.reduced_motion { 1.0 } else { 0.0 },
        just_skipped: false,
    });
    let last = index + 1 == run.stage_count();
    let lang = run.lang();
    commands.insert_resource(crate::game::a11y::Announcement(reveal.announcement(lang)));

    let (root, body) =
        spawn_stage_screen(&mut commands, "Reveal screen", Screen::Reveal, &run, index);
    commands.entity(body).with_children(|body| {
        // This stage's date, now revealed, on the timeline after those behind it.
        if let Some(timeline) = crate::report::timeline::Timeline::so_far(run.case(), index + 1) {
            body.spawn(crate::game::theme::timeline::strip(
                lang,
                &timeline,
                Some(index + 1),
            ));
        }
        body.spawn((
            widgets::note(say(
                lang,
                "reveal-stage",
                &[
                    ("number", reveal.stage_number.into()),
                    ("title", reveal.stage_title.to_uppercase().into()),
                ],
            )),
            // The reveal's heading, for a screen reader's jump from heading to heading.
            crate::game::a11y::Heading(1),
        ));
        body.spawn(widgets::paragraph(reveal.prompt.clone()));
        body.spawn(widgets::row(18.0)).with_children(|row| {
            let size = if reveal.line.is_some() {
                size::HUGE
            } else {
                size::HEADING
            };
            // The icon stays beside the truth when the row wraps.
            row.spawn(crate::game::theme::icons::next_to(
                crate::content::kind::FigureKind::of(&run.case().stages[index].question),
                if reveal.line.is_some() { 48.0 } else { 32.0 },
                Role::Truth,
                widgets::strong(reveal.truth.clone(), size, Role::Truth),
            ));
            row.spawn(widgets::note(reveal.as_of.clone()));
        });

        if let Some(line) = &reveal.line {
            spawn_number_line(body, line, lang);
        }

        let order = !reveal.given.is_empty();
        body.spawn((FadesIn, widgets::row(18.0)))
            .with_children(|row| {
                // An order's answer is shown below, beside the true order, not as one line.
                if !order {
                    row.spawn(widgets::strong(
                        reveal.your_answer.clone(),
                        size::SUBHEADING,
                        Role::Guess,
                    ));
                }
                row.spawn(widgets::label(
                    reveal.verdict.clone(),
                    size::SUBHEADING,
                    Role::Text,
                ));
                row.spawn(widgets::strong(
                    say(lang, "reveal-points", &[("points", reveal.points.into())]),
                    size::SUBHEADING,
                    Role::Truth,
                ));
            });
        if let Some(range) = &reveal.range {
            body.spawn((
                FadesIn,
                widgets::label(range.clone(), size::BODY, Role::Guess),
            ));
        }
        if order {
            spawn_order(body, &reveal, lang);
        }
        for item in reveal.items.iter().filter(|_| !order) {
            let (mark, role) = match item.mark {
                Mark::Right | Mark::InPlace => ("✓", Role::Truth),
                Mark::PickedWrong => ("✗", Role::Error),
                Mark::Wrong => ("·", Role::Muted),
                Mark::Moved => ("↕", Role::Guess),
            };
            body.spawn((FadesIn, widgets::row(12.0)))
                .with_children(|row| {
                    // The marks differ in width; a fixed column keeps the texts aligned.
                    row.spawn((
                        Node {
                            width: px(22),
                            flex_shrink: 0.0,
                            justify_content: JustifyContent::Center,
                            ..default()
                        },
                        children![widgets::strong(mark, size::SUBHEADING, role)],
                    ));
                    row.spawn((
                        Node {
                            flex_direction: FlexDirection::Column,
                            flex_shrink: 1.0,
                            flex_basis: px(0),
                            flex_grow: 1.0,
                            ..default()
                        },
                        children![
                            widgets::strong(item.text.clone(), size::BODY, role),
                            widgets::note(item.note.clone()),
                        ],
                    ));
                });
        }
        body.spawn((FadesIn, widgets::paragraph(reveal.explanation.clone())));
        let places = &run.case().stages[index].places;
        if let Some(scene) = crate::map::Scene::of(places) {
            body.spawn((
                FadesIn,
                crate::game::theme::map::map(
                    scene,
                    crate::report::places::map_label(lang, places),
                    true,
                    lang,
                ),
            ));
        }
        if let Some(note) = &reveal.disagreement {
            body.spawn((FadesIn, widgets::panel()))
                .with_children(|panel| {
                    panel.spawn(widgets::strong(
                        word(lang, "reveal-sources-differ"),
                        size::BODY,
                        Role::Guess,
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
    commands.entity(root).with_child(widgets::bottom_bar(
        widgets::button(word(lang, "reveal-leave"), Action::ToCases),
        widgets::primary_button(
            word(
                lang,
                if last {
                    "reveal-debrief"
                } else {
                    "reveal-next"
                },
            ),
            Action::Next,
        ),
    ));
}

/// An order's reveal: its events at their dates on a strip (when the case dates them), and the
/// true order beside the player's, each event under the number of its true place.
fn spawn_order(body: &mut ChildSpawnerCommands, reveal: &Reveal, lang: Lang) {
    let in_place: Vec<bool> = reveal
        .items
        .iter()
        .map(|item| item.mark == Mark::InPlace)
        .collect();
    if let Some(timeline) = &reveal.timeline {
        body.spawn((FadesIn, events_strip(lang, timeline, &in_place)));
    }
    let column = |heading: String| {
        (
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                flex_grow: 1.0,
                flex_basis: px(0),
                min_width: px(300),
                ..default()
            },
            children![widgets::strong(heading, size::BODY, Role::Heading)],
        )
    };
    let entry = |number: usize, in_place: bool, text: String, note: Option<String>, role: Role| {
        (
            Node {
                column_gap: px(10),
                align_items: AlignItems::Start,
                ..default()
            },
            children![
                badge(number, if in_place { Role::Truth } else { Role::Guess }),
                (
                    Node {
                        flex_direction: FlexDirection::Column,
                        flex_grow: 1.0,
                        flex_basis: px(0),
                        ..default()
                    },
                    Children::spawn((
                        Spawn(widgets::label(text, size::BODY, role)),
                        SpawnIter(note.map(widgets::note).into_iter()),
                    )),
                ),
            ],
        )
    };
    body.spawn((
        FadesIn,
        Node {
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(32),
            row_gap: px(16),
            align_items: AlignItems::Start,
            ..default()
        },
    ))
    .with_children(|columns| {
        columns
            .spawn(column(word(lang, "reveal-how-it-happened")))
            .with_children(|list| {
                for (i, item) in reveal.items.iter().enumerate() {
                    let text = item
                        .text
                        .split_once(". ")
                        .map_or(item.text.as_str(), |(_, t)| t);
                    list.spawn(entry(
                        i + 1,
                        in_place[i],
                        text.to_string(),
                        item.date.clone(),
                        Role::Text,
                    ));
                }
            });
        columns
            .spawn(column(word(lang, "reveal-your-order-heading")))
            .with_children(|list| {
                for event in &reveal.given {
                    let role = if event.in_place {
                        Role::Truth
                    } else {
                        Role::Guess
                    };
                    list.spawn(entry(
                        event.number,
                        event.in_place,
                        event.text.clone(),
                        None,
                        role,
                    ));
                }
            });
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
    mut lights: Query<&mut ImageNode, With<LightsUp>>,
    mut routes: Query<(&RouteDot, &mut Visibility), Without<FadesIn>>,
    fresh: Query<
        (),
        Or<(
            Added<Slides>,
            Added<FadesIn>,
            Added<LightsUp>,
            Added<RouteDot>,
        )>,
    >,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(mut animation) = animation else {
        return;
    };
    // Work only while it moves, or when a reveal's parts have just been spawned (the
    // animation resource of the reveal before may already be finished: Reduced motion, or
    // the next stage's reveal).
    if !(animation.running() || animation.is_changed() || !fresh.is_empty()) {
        return;
    }
    if animation.running() {
        animation.progress = (animation.progress + time.delta_secs() / ANIMATION_SECONDS).min(1.0);
        // Keep frames coming while something moves.
        redraw.write(RequestRedraw);
    }
    let p = animation.progress;
    let eased = 1.0 - (1.0 - p).powi(3);
    for (slide, mut node) in &mut slides {
        let left = percent((slide.from + (slide.to - slide.from) * eased) * 100.0);
        if node.left != left {
            node.left = left;
        }
    }
    for mut visibility in &mut fades {
        visibility.set_if_neq(if p >= 0.6 {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
    // The map's places light up once it has faded in, and its route grows from its start
    // meanwhile (at once under Reduced motion, where the animation starts finished).
    let lit = if p >= 1.0 {
        1.0
    } else {
        ((p - 0.6) / 0.4).clamp(0.0, 1.0)
    };
    for mut image in &mut lights {
        if (image.color.alpha() - lit).abs() > f32::EPSILON {
            image.color.set_alpha(lit);
        }
    }
    for (dot, mut visibility) in &mut routes {
        visibility.set_if_neq(if dot.shown(lit) {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
}

fn next_stage(
    mut activated: MessageReader<Activated>,
    animation: Option<Res<RevealAnimation>>,
    mut run: ResMut<CurrentRun>,
    mut finished: MessageWriter<RunFinished>,
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
        run.advance();
        if run.phase() == Phase::Debrief {
            finished.write(RunFinished);
            next.set(Screen::Debrief);
        } else {
            next.set(Screen::Question);
        }
    }
}
