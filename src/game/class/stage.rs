//! A stage on the projector while the class answers: the narrative and the question in large
//! type, a choice's options or an order's events as the phones show them, and how many have
//! answered. Never the answers themselves: seeing others' guesses first would make the class's
//! median worse. The stage's parts are made once; the count and the lines that change are
//! updated in place.

use crate::report::lang::{say, word};
use bevy::prelude::*;

use super::{ClassContent, ClassRoom, ClassSystems, Teacher, needs_drawing};
use crate::content::{Question, Stage};
use crate::game::actions::Action;
use crate::game::screens::{Screen, spawn_screen};
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::rules::answer::letter;
use crate::rules::class::ClassPhase;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ClassStage), spawn);
    app.add_systems(
        Update,
        draw.in_set(ClassSystems)
            .after(super::follow_session)
            .run_if(in_state(Screen::ClassStage)),
    );
}

/// The button that moves on: "Close answers" while open (or "Start the team round"), "Let
/// everyone revise" in a team round, "Reveal" once closed.
#[derive(Component)]
struct NextLabel;

/// A text of the stage screen that changes while the class answers.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Live {
    /// "STAGE 3 OF 17 · join at … (code …)": the code may change.
    Header,
    Answered,
    Status,
    /// In a team round: each team and its members.
    Teams,
    /// The words of the button that switches how teams are made (beside the team round's).
    Forming,
}

/// Where the stage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Alone,
    Teams,
    Revise,
    Closed,
}

/// The button that starts the stage's team round: shown while the class answers alone.
#[derive(Component)]
struct TeamRoundButton;

/// The stage whose parts are on the screen.
#[derive(Component)]
struct Showing(usize);

fn spawn(mut commands: Commands, room: Option<ResMut<ClassRoom>>) {
    let Some(mut room) = room else {
        return;
    };
    room.drawn = u64::MAX;
    let lang = room.lang;
    let (root, body) = spawn_screen(&mut commands, "Class stage", Screen::ClassStage);
    commands
        .entity(body)
        .with_child((ClassContent, widgets::column(14.0)));
    commands
        .entity(root)
        .with_child(widgets::bottom_bar_with_middle(
            widgets::button(word(lang, "back"), Action::Class(Teacher::Back)),
            widgets::button(
                word(lang, "class-reveal-now"),
                Action::Class(Teacher::RevealNow),
            ),
            (
                NextLabel,
                widgets::primary_button(word(lang, "class-close"), Action::Class(Teacher::Next)),
            ),
        ));
    super::dialogs::spawn_dialogs(&mut commands, root, lang);
}

/// The stage's text, its options or events as every phone shows them, and the live lines;
/// made once per stage.
fn spawn_stage(
    c: &mut ChildSpawnerCommands,
    stage: &Stage,
    shown: &[usize],
    words: &dyn Fn(Live) -> String,
    team_round_shown: bool,
    timeline: Option<&crate::report::timeline::Timeline>,
    lang: crate::content::lang::Lang,
) {
    c.spawn((Live::Header, widgets::note(words(Live::Header))));
    // The stages behind on the case's timeline (never this one's date: it may be the answer).
    if let Some(timeline) = timeline {
        c.spawn(crate::game::theme::timeline::strip(lang, timeline, None));
    }
    c.spawn(widgets::heading(stage.title.clone()));
    for paragraph in &stage.narrative {
        c.spawn(widgets::label(
            paragraph.clone(),
            size::SUBHEADING,
            Role::Text,
        ));
    }
    c.spawn(crate::game::theme::icons::beside(
        crate::content::kind::FigureKind::of(&stage.question),
        48.0,
        Role::Guess,
        widgets::strong(
            stage.question.prompt().to_string(),
            size::HEADING,
            Role::Guess,
        ),
    ));
    // What the phones show, so the room can talk about the same options.
    match &stage.question {
        Question::Estimate(_) => {}
        Question::Choice(choice) => {
            for (position, &i) in shown.iter().enumerate() {
                c.spawn(widgets::label(
                    format!("{}.  {}", position + 1, choice.options[i].text),
                    size::SUBHEADING,
                    Role::Heading,
                ));
            }
        }
        Question::Order(order) => {
            for (position, &i) in shown.iter().enumerate() {
                c.spawn(widgets::label(
                    format!("{}.  {}", letter(position), order.events[i]),
                    size::SUBHEADING,
                    Role::Heading,
                ));
            }
        }
    }
    c.spawn(widgets::row(24.0)).with_children(|row| {
        row.spawn((
            Live::Answered,
            widgets::strong(words(Live::Answered), size::HUGE, Role::Truth),
        ));
        row.spawn((
            Live::Status,
            widgets::label(words(Live::Status), size::BODY, Role::Muted),
        ));
        // How teams are made can change here, before the round, without going back to the
        // lobby.
        row.spawn((
            TeamRoundButton,
            Node {
                display: if team_round_shown {
                    Display::Flex
                } else {
                    Display::None
                },
                column_gap: px(14),
                row_gap: px(8),
                flex_wrap: FlexWrap::Wrap,
                ..default()
            },
            children![
                widgets::button(
                    word(lang, "class-team-round"),
                    Action::Class(Teacher::TeamRound)
                ),
                (
                    Name::new("Button: how teams are made"),
                    widgets::button_look(
                        Action::Class(Teacher::SwitchForming),
                        Node {
                            padding: UiRect::axes(px(26), px(12)),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            border_radius: BorderRadius::all(px(8)),
                            ..default()
                        },
                    ),
                    children![(
                        Live::Forming,
                        widgets::strong(words(Live::Forming), size::BODY, Role::Heading),
                        Pickable::IGNORE,
                    )],
                ),
            ],
        ));
    });
    c.spawn((
        Live::Teams,
        widgets::label(words(Live::Teams), size::SUBHEADING, Role::Text),
    ));
}

fn draw(
    mut commands: Commands,
    room: Option<ResMut<ClassRoom>>,
    content: Query<(Entity, Option<&Showing>), With<ClassContent>>,
    labels: Query<&Children, With<NextLabel>>,
    lives: Query<(Entity, &Live)>,
    mut texts: Query<&mut Text>,
    mut team_button: Query<&mut Node, With<TeamRoundButton>>,
) {
    let (Some(mut room), Ok((content, showing))) = (room, content.single()) else {
        return;
    };
    if !needs_drawing(&mut room) {
        return;
    }
    let session = room.session().lock();
    let (n, step) = match session.phase() {
        ClassPhase::Open(n) => (n, Step::Alone),
        ClassPhase::Teams(n) => (n, Step::Teams),
        ClassPhase::Revise(n) => (n, Step::Revise),
        ClassPhase::Closed(n) => (n, Step::Closed),
        ClassPhase::Lobby | ClassPhase::Revealed(_) | ClassPhase::Debrief => return,
    };
    let lang = room.lang;
    let Some(stage) = session.case_in(lang).stages.get(n).cloned() else {
        return;
    };
    let count = session.case().stages.len();
    let (answered, present) = (session.answered(n), session.present().count());
    let revised = session.revised_to(n).count();
    let team_answers = session.team_answers_to(n).count();
    let every = session.team_every_stage();
    let forming = session.forming();
    // Each team and its members, while the stage has its team round.
    let mut teams: Vec<String> = if session.had_team_round(n) && step != Step::Alone {
        session
            .teams()
            .iter()
            .map(|t| {
                let names: Vec<String> = session
                    .team_members(t.id)
                    .into_iter()
                    .filter_map(|id| session.student(id).map(|s| s.name.clone()))
                    .collect();
                let members = if names.is_empty() {
                    word(lang, "class-nobody")
                } else {
                    names.join(", ")
                };
                let sent = session.team_answer_of(t.id, n).is_some();
                say(
                    lang,
                    "class-team-line",
                    &[
                        ("number", t.id.into()),
                        ("members", members.into()),
                        ("sent", if sent { "yes" } else { "no" }.into()),
                    ],
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let team_count = teams.len();
    // Students who pick their teams and have not: named, so the teacher can help them.
    if !teams.is_empty() {
        let unpicked: Vec<String> = session
            .present()
            .filter(|s| session.team_of(s.id).is_none())
            .map(|s| s.name.clone())
            .collect();
        if !unpicked.is_empty() {
            teams.push(say(
                lang,
                "class-not-in-team",
                &[("names", unpicked.join(", ").into())],
            ));
        }
    }
    let code = session.code().to_string();
    let shown = session.shown_order(n).to_vec();
    let timeline = crate::report::timeline::Timeline::so_far(session.case(), n);
    drop(session);
    let join = room.join_url();
    let next = word(
        lang,
        match step {
            Step::Alone if every => "class-start-team",
            Step::Alone | Step::Revise => "class-close",
            Step::Teams => "class-let-revise",
            Step::Closed => "class-reveal",
        },
    );
    for children in &labels {
        if let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
            && text.0 != next
        {
            text.0 = next.to_string();
        }
    }
    let words = |live: Live| match live {
        Live::Header => say(
            lang,
            "class-stage-header",
            &[
                ("number", (n + 1).into()),
                ("count", count.into()),
                ("join", join.as_str().into()),
                ("code", code.as_str().into()),
            ],
        ),
        Live::Answered => match step {
            Step::Teams => say(
                lang,
                "class-teams-answered",
                &[
                    ("answered", team_answers.into()),
                    ("teams", team_count.into()),
                ],
            ),
            Step::Revise => say(
                lang,
                "class-revised-count",
                &[("revised", revised.into()), ("present", present.into())],
            ),
            Step::Alone | Step::Closed => say(
                lang,
                "class-answered-count",
                &[("answered", answered.into()), ("present", present.into())],
            ),
        },
        Live::Status => word(
            lang,
            match step {
                Step::Alone => "class-step-alone",
                Step::Teams => "class-step-teams",
                Step::Revise => "class-step-revise",
                Step::Closed => "class-step-closed",
            },
        ),
        Live::Teams => teams.join("\n"),
        Live::Forming => super::lobby::forming_label(lang, forming),
    };
    // The team round's button while the class answers alone (two students at least).
    let display = if step == Step::Alone && present > 1 {
        Display::Flex
    } else {
        Display::None
    };
    for mut node in &mut team_button {
        if node.display != display {
            node.display = display;
        }
    }
    // The stage's parts once; the counts in place.
    if showing.is_none_or(|s| s.0 != n) {
        commands
            .entity(content)
            .despawn_children()
            .insert(Showing(n));
        commands.entity(content).with_children(|c| {
            spawn_stage(
                c,
                &stage,
                &shown,
                &words,
                display == Display::Flex,
                timeline.as_ref(),
                lang,
            )
        });
        return;
    }
    for (entity, live) in &lives {
        let words = words(*live);
        if let Ok(mut text) = texts.get_mut(entity)
            && text.0 != words
        {
            text.0 = words;
        }
    }
}
