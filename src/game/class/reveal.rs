//! A stage's reveal on the projector: the truth, every student's guess on the log-scale line
//! (or how many picked each option, or how well the class ordered the events), the class's
//! figures in one line, then why the figure is what it is and its source.

use crate::report::lang::{say, word};
use bevy::prelude::*;

use super::{ClassContent, ClassRoom, ClassSystems, Teacher, needs_drawing};
use crate::content::Question;
use crate::game::actions::Action;
use crate::game::screens::{Screen, spawn_screen};
use crate::game::theme::class_line::spawn_class_line;
use crate::game::theme::palette::{Fill, Role};
use crate::game::theme::widgets::{self, size};
use crate::report::class::{Figures, stage_figures};
use crate::report::reveal::source_line;
use crate::report::words::truth_in_words;
use crate::rules::class::ClassPhase;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ClassReveal), spawn);
    app.add_systems(
        Update,
        draw.in_set(ClassSystems)
            .after(super::follow_session)
            .run_if(in_state(Screen::ClassReveal)),
    );
}

fn spawn(mut commands: Commands, room: Option<ResMut<ClassRoom>>) {
    let Some(mut room) = room else {
        return;
    };
    room.drawn = u64::MAX;
    let lang = room.lang;
    let last = {
        let session = room.session().lock();
        session.phase().stage().map(|n| n + 1) == Some(session.case().stages.len())
    };
    let (root, body) = spawn_screen(&mut commands, "Class reveal", Screen::ClassReveal);
    commands
        .entity(body)
        .with_child((ClassContent, widgets::column(14.0)));
    commands
        .entity(root)
        .with_child(widgets::bottom_bar_with_middle(
            widgets::button(word(lang, "back"), Action::Class(Teacher::Back)),
            (
                RangesButton,
                widgets::button(
                    word(lang, "class-ranges-toggle"),
                    Action::Class(Teacher::ToggleRanges),
                ),
            ),
            widgets::primary_button(
                word(
                    lang,
                    if last {
                        "class-debrief-button"
                    } else {
                        "reveal-next"
                    },
                ),
                Action::Class(Teacher::Next),
            ),
        ));
    super::dialogs::spawn_dialogs(&mut commands, root, lang);
}

/// The button that shows or hides the class's ranges: only for estimates (a choice or an
/// order has no ranges).
#[derive(Component)]
struct RangesButton;

/// What the reveal on the screen was drawn from: it is drawn again only when this changes
/// (another stage, ranges shown or hidden, a student removed or joined), not at every change
/// in the class.
#[derive(Component, Debug, Clone, PartialEq)]
struct DrawnFrom {
    stage: usize,
    show_ranges: bool,
    summary: String,
    answered: usize,
    present: usize,
    /// The team round's figures, if the stage had one.
    teams: Option<String>,
}

fn draw(
    mut commands: Commands,
    room: Option<ResMut<ClassRoom>>,
    content: Query<(Entity, Option<&DrawnFrom>), With<ClassContent>>,
    mut ranges_button: Query<&mut Node, With<RangesButton>>,
) {
    let (Some(mut room), Ok((content, drawn))) = (room, content.single()) else {
        return;
    };
    if !needs_drawing(&mut room) {
        return;
    }
    let show_ranges = room.show_ranges;
    let session = room.session().lock();
    let ClassPhase::Revealed(n) = session.phase() else {
        return;
    };
    let lang = room.lang;
    let Some(stage) = session.case_in(lang).stages.get(n).cloned() else {
        return;
    };
    let Some(figures) = stage_figures(&session, n, lang) else {
        return;
    };
    // This stage's date, now revealed, after those behind it.
    let timeline = crate::report::timeline::Timeline::so_far(session.case(), n + 1);
    drop(session);
    let from = DrawnFrom {
        stage: n,
        show_ranges,
        summary: figures.summary.clone(),
        answered: figures.answered,
        present: figures.present,
        teams: figures.teams.as_ref().map(|t| t.verdict.clone()),
    };
    if drawn == Some(&from) {
        return;
    }
    let question = &stage.question;
    let display = if matches!(question, Question::Estimate(_)) {
        Display::Flex
    } else {
        Display::None
    };
    for mut node in &mut ranges_button {
        if node.display != display {
            node.display = display;
        }
    }
    commands.entity(content).despawn_children().insert(from);
    commands.entity(content).with_children(|c| {
        if let Some(timeline) = &timeline {
            c.spawn(crate::game::theme::timeline::strip(
                lang,
                timeline,
                Some(n + 1),
            ));
        }
        c.spawn(widgets::note(say(
            lang,
            "reveal-stage",
            &[
                ("number", (n + 1).into()),
                ("title", stage.title.to_uppercase().into()),
            ],
        )));
        c.spawn(widgets::label(
            question.prompt().to_string(),
            size::SUBHEADING,
            Role::Text,
        ));
        c.spawn(widgets::row(18.0)).with_children(|row| {
            // An order's truth is a list, shown below; the headline only names it.
            let (headline, size) = match (&figures.figures, question) {
                (Figures::Estimate { .. }, _) => (truth_in_words(lang, question), size::HUGE),
                (_, Question::Order(_)) => (word(lang, "reveal-events-in-order"), size::HEADING),
                _ => (truth_in_words(lang, question), size::HEADING),
            };
            row.spawn(crate::game::theme::icons::next_to(
                crate::content::kind::FigureKind::of(question),
                48.0,
                Role::Truth,
                widgets::strong(headline, size, Role::Truth),
            ));
            row.spawn(widgets::note(say(
                lang,
                "reveal-as-of",
                &[(
                    "date",
                    crate::report::numbers::date(lang, question.as_of()).into(),
                )],
            )));
        });
        match &figures.figures {
            Figures::Estimate { line, .. } => spawn_class_line(
                c,
                lang,
                line,
                show_ranges,
                figures.teams.as_ref().map_or(&[][..], |t| &t.team_dots),
            ),
            Figures::Choice { options } => {
                let most = options.iter().map(|o| o.count).max().unwrap_or(0).max(1);
                for option in options {
                    c.spawn(widgets::row(12.0)).with_children(|row| {
                        let role = if option.correct {
                            Role::Truth
                        } else {
                            Role::Muted
                        };
                        row.spawn(widgets::strong(
                            format!("{:>3}", option.count),
                            size::SUBHEADING,
                            role,
                        ));
                        row.spawn((
                            Node {
                                width: px(8.0 + 300.0 * option.count as f32 / most as f32),
                                height: px(22),
                                border_radius: BorderRadius::all(px(4)),
                                ..default()
                            },
                            Fill::solid(if option.correct {
                                Role::Truth
                            } else {
                                Role::Track
                            }),
                        ));
                        // A long label wraps beside its bar rather than drop under it.
                        row.spawn((
                            Node {
                                flex_grow: 1.0,
                                flex_basis: px(0),
                                min_width: px(240),
                                ..default()
                            },
                            children![widgets::label(
                                if option.correct {
                                    format!("✓ {}", option.text)
                                } else {
                                    option.text.clone()
                                },
                                size::BODY,
                                role,
                            )],
                        ));
                    });
                }
            }
            Figures::Order { .. } => {
                if let Question::Order(order) = question {
                    // The events at their dates, numbered in the true order (no one player's
                    // order to set beside it: the class's is in the summary below).
                    if let Some(timeline) =
                        crate::report::timeline::Timeline::of_events(&order.dates)
                    {
                        c.spawn(crate::game::theme::timeline::events_strip(
                            lang,
                            &timeline,
                            &vec![true; order.events.len()],
                        ));
                    }
                    for (i, event) in order.events.iter().enumerate() {
                        let date = order
                            .dates
                            .get(i)
                            .map(|d| crate::report::numbers::date(lang, d));
                        c.spawn(widgets::row(12.0)).with_children(|row| {
                            row.spawn(crate::game::theme::timeline::badge(i + 1, Role::Truth));
                            row.spawn(widgets::label(event.clone(), size::SUBHEADING, Role::Truth));
                            if let Some(date) = date {
                                row.spawn(widgets::note(date));
                            }
                        });
                    }
                }
            }
        }
        c.spawn(widgets::strong(
            say(
                lang,
                "class-figures-line",
                &[
                    ("summary", figures.summary.as_str().into()),
                    ("answered", figures.answered.into()),
                    ("present", figures.present.into()),
                ],
            ),
            size::SUBHEADING,
            Role::Guess,
        ));
        // A team round: the answers alone, the teams' and the revised, one under another.
        if let Some(teams) = &figures.teams {
            c.spawn(widgets::note(word(
                lang,
                if teams.team_dots.is_empty() {
                    "class-alone-note"
                } else {
                    "class-alone-note-teams"
                },
            )));
            c.spawn(widgets::column(4.0)).with_children(|column| {
                for round in &teams.rounds {
                    column.spawn(widgets::label(
                        say(
                            lang,
                            "class-round-line",
                            &[
                                ("round", round.round.words(lang).into()),
                                ("text", round.text.as_str().into()),
                                ("count", round.answers.into()),
                            ],
                        ),
                        size::BODY,
                        Role::Heading,
                    ));
                }
            });
            c.spawn(widgets::strong(
                teams.verdict.clone(),
                size::SUBHEADING,
                if teams.helped {
                    Role::Truth
                } else {
                    Role::Text
                },
            ));
        }
        c.spawn(widgets::paragraph(question.explanation().to_string()));
        if let Some(scene) = crate::map::Scene::of(&stage.places) {
            c.spawn(crate::game::theme::map::map(
                scene,
                crate::report::places::map_label(lang, &stage.places),
                false,
                lang,
            ));
        }
        if let Some(note) = question.disagreement() {
            c.spawn(widgets::panel()).with_children(|panel| {
                panel.spawn(widgets::strong(
                    word(lang, "reveal-sources-differ"),
                    size::BODY,
                    Role::Guess,
                ));
                panel.spawn(widgets::paragraph(note.to_string()));
            });
        }
        c.spawn(widgets::note(source_line(lang, question.source())));
    });
}
