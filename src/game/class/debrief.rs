//! The class debrief on the projector: how the class's median did on each stage, the class's
//! calibration against the 80% target, its bias, and (only if the teacher asks) the top totals;
//! where the CSV and the printable report are, and a button that opens the report.

use crate::report::lang::{say, word};
use bevy::prelude::*;

use super::{ClassContent, ClassRoom, ClassSystems, Teacher, Totals, needs_drawing};
use crate::game::Storage;
use crate::game::actions::Action;
use crate::game::screens::{Screen, spawn_screen};
use crate::game::theme::chart::spawn_calibration;
use crate::game::theme::palette::Role;
use crate::game::theme::widgets::{self, size};
use crate::report::class::{class_calibration_sentence, class_debrief};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ClassDebrief), spawn);
    app.add_systems(
        Update,
        draw.in_set(ClassSystems)
            .after(super::follow_session)
            .run_if(in_state(Screen::ClassDebrief)),
    );
}

fn spawn(mut commands: Commands, room: Option<ResMut<ClassRoom>>) {
    let Some(mut room) = room else {
        return;
    };
    room.drawn = u64::MAX;
    let lang = room.lang;
    let (root, body) = spawn_screen(&mut commands, "Class debrief", Screen::ClassDebrief);
    // The report's button first, spawned once (the content below is drawn again as answers
    // change); the bottom bar keeps to one line, so nothing wraps below the window's edge.
    commands.entity(body).with_children(|body| {
        body.spawn(widgets::row(16.0)).with_child(widgets::button(
            word(lang, "class-open-report"),
            Action::Class(Teacher::OpenReport),
        ));
        body.spawn((ClassContent, widgets::column(12.0)));
    });
    commands
        .entity(root)
        .with_child(widgets::bottom_bar_with_middle(
            widgets::button(word(lang, "back"), Action::Class(Teacher::Back)),
            (
                TotalsButton,
                widgets::button(
                    room.totals.button_label(lang),
                    Action::Class(Teacher::CycleTotals),
                ),
            ),
            widgets::primary_button(word(lang, "class-end"), Action::Class(Teacher::EndClass)),
        ));
    super::dialogs::spawn_dialogs(&mut commands, root, lang);
}

/// The button that shows, names or hides the top totals: it says what it will do.
#[derive(Component)]
struct TotalsButton;

/// What the debrief on the screen was drawn from: drawn again only when this changes.
#[derive(Component, Debug, Clone, PartialEq)]
struct DrawnFrom {
    totals: Totals,
    report_note: Option<String>,
    students: usize,
    answers: usize,
}

fn draw(
    mut commands: Commands,
    room: Option<ResMut<ClassRoom>>,
    storage: Res<Storage>,
    content: Query<(Entity, Option<&DrawnFrom>), With<ClassContent>>,
    button: Query<&Children, With<TotalsButton>>,
    mut texts: Query<&mut Text>,
) {
    let (Some(mut room), Ok((content, drawn))) = (room, content.single()) else {
        return;
    };
    if !needs_drawing(&mut room) {
        return;
    }
    let totals = room.totals;
    let lang = room.lang;
    for children in &button {
        if let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
            && text.0 != totals.button_label(lang)
        {
            text.0 = totals.button_label(lang);
        }
    }
    let (debrief, answers) = {
        let session = room.session().lock();
        let answers = (0..session.case().stages.len())
            .map(|n| session.answered(n))
            .sum();
        (class_debrief(&session, lang), answers)
    };
    let from = DrawnFrom {
        totals,
        report_note: room.report_note.clone(),
        students: debrief.students,
        answers,
    };
    if drawn == Some(&from) {
        return;
    }
    let csv = storage.class_csv_location(&room.name);
    let report = storage.class_report_location(&room.name);
    let from_note = from.report_note.clone();
    commands.entity(content).despawn_children().insert(from);
    commands.entity(content).with_children(|c| {
        c.spawn(widgets::note(word(lang, "class-debrief-heading")));
        c.spawn(widgets::heading(debrief.case_title.clone()));
        c.spawn(widgets::strong(
            say(
                lang,
                "class-students-count",
                &[("count", debrief.students.into())],
            ),
            size::SUBHEADING,
            Role::Truth,
        ));
        c.spawn(widgets::strong(
            debrief.bias.clone(),
            size::SUBHEADING,
            Role::Guess,
        ));
        let calibration = &debrief.calibration;
        c.spawn(widgets::paragraph(class_calibration_sentence(
            lang,
            calibration,
        )));
        if let Some(band) = calibration.band {
            spawn_calibration(c, lang, calibration.caught, calibration.ranges, band);
        }
        for row in &debrief.rows {
            c.spawn(widgets::row(16.0)).with_children(|r| {
                r.spawn(widgets::strong(
                    format!("{}. {}", row.number, row.title),
                    size::BODY,
                    Role::Heading,
                ));
                r.spawn(widgets::label(row.result.clone(), size::BODY, Role::Guess));
                if !row.beaten.is_empty() {
                    r.spawn(widgets::label(row.beaten.clone(), size::BODY, Role::Text));
                }
                r.spawn(widgets::note(say(
                    lang,
                    "class-row-answered",
                    &[("count", row.answered.into())],
                )));
            });
            // A stage with a team round: whether talking helped there.
            if !row.talk.is_empty() {
                c.spawn(widgets::label(row.talk.clone(), size::BODY, Role::Text));
            }
        }
        if totals != Totals::Hidden {
            c.spawn(widgets::strong(
                word(lang, "class-top-totals"),
                size::SUBHEADING,
                Role::Heading,
            ));
            for (place, (name, points, answered)) in debrief.totals.iter().take(5).enumerate() {
                let args = [
                    ("place", (place + 1).into()),
                    ("name", name.into()),
                    ("points", (*points).into()),
                    ("answered", (*answered).into()),
                ];
                let line = match totals {
                    Totals::WithNames => say(lang, "class-total-named", &args),
                    _ => say(lang, "class-total", &args),
                };
                c.spawn(widgets::label(line, size::BODY, Role::Text));
            }
        }
        c.spawn(widgets::note(say(
            lang,
            "class-csv-saved",
            &[("place", csv.say(lang).into())],
        )));
        c.spawn(widgets::note(say(
            lang,
            "class-report-saved",
            &[("place", report.say(lang).into())],
        )));
        if let Some(note) = &from_note {
            c.spawn(widgets::strong(note.clone(), size::BODY, Role::Heading));
        }
    });
}
