//! The two questions the teacher must answer before something that cannot be undone: removing
//! a student, and ending the class. Each is a layer over the class screen, made once with the
//! screen and shown while its question is open. It opens with focus on the safe answer ("Keep",
//! "Keep teaching"), keeps Tab inside it, and no shortcut key answers it: the class keys wait
//! until it is closed. Closing it gives focus back to where it was.

use crate::content::lang::Lang;
use crate::report::lang::{say, word};
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;

use super::{ClassRoom, ClassSystems, Teacher};
use crate::game::actions::Action;
use crate::game::theme::palette::{Fill, Role};
use crate::game::theme::widgets::{self, size};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        show_dialogs
            .in_set(ClassSystems)
            .after(super::apply_teacher),
    );
}

/// Which question a dialog asks.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    Remove,
    End,
}

/// The question's text in a dialog.
#[derive(Component)]
struct Question;

/// The safe answer, focused when the dialog opens.
#[derive(Component)]
struct SafeAnswer;

/// The answer that acts ("Remove Ana", "End the class").
#[derive(Component)]
struct ActingAnswer;

/// Where focus goes when a dialog closes and what had focus before is gone (the chip of the
/// student just removed): a button that does nothing sudden.
#[derive(Component)]
pub struct FallbackFocus;

/// Add both dialogs, hidden, to a class screen's `root`.
pub(super) fn spawn_dialogs(commands: &mut Commands, root: Entity, lang: Lang) {
    for (dialog, keep, act) in [
        (
            Dialog::Remove,
            (word(lang, "class-keep"), Teacher::CancelRemove),
            (word(lang, "class-remove"), Teacher::ConfirmRemove),
        ),
        (
            Dialog::End,
            (word(lang, "class-keep-teaching"), Teacher::CancelEnd),
            (word(lang, "class-end"), Teacher::ConfirmEnd),
        ),
    ] {
        let layer = commands
            .spawn((
                Name::new(match dialog {
                    Dialog::Remove => word(lang, "class-remove-title"),
                    Dialog::End => word(lang, "class-end-title"),
                }),
                dialog,
                Node {
                    position_type: PositionType::Absolute,
                    left: px(0),
                    top: px(0),
                    width: percent(100),
                    height: percent(100),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    display: Display::None,
                    ..default()
                },
                // Opaque: Bevy blends in linear light, where a see-through layer lets the
                // screen's text clash with the question.
                Fill::solid(Role::Background),
                GlobalZIndex(20),
                TabGroup::modal(),
            ))
            .id();
        let panel = commands
            .spawn((
                widgets::panel(),
                children![
                    (
                        Question,
                        widgets::strong("", size::SUBHEADING, Role::Heading)
                    ),
                    (
                        widgets::row(14.0),
                        children![
                            (SafeAnswer, widgets::button(keep.0, Action::Class(keep.1))),
                            (ActingAnswer, widgets::button(act.0, Action::Class(act.1))),
                        ],
                    ),
                ],
            ))
            .id();
        commands
            .entity(panel)
            .entry::<Node>()
            .and_modify(|mut node| {
                // A set width, so the question's wrapped lines are known when the panel's
                // height is laid out (with its width left to the text, the buttons stuck out
                // below a two-line question).
                node.width = px(760);
                node.max_width = percent(92);
                node.margin = UiRect::all(px(24));
            });
        commands.entity(layer).add_child(panel);
        commands.entity(root).add_child(layer);
    }
}

/// The question each dialog asks now, if it is open.
fn question(room: &ClassRoom, dialog: Dialog) -> Option<(String, String)> {
    let lang = room.lang;
    match dialog {
        Dialog::Remove => {
            let id = room.removing?;
            let name = room.session().lock().student(id)?.name.clone();
            Some((
                say(
                    lang,
                    "class-remove-question",
                    &[("name", name.as_str().into())],
                ),
                say(lang, "class-remove-name", &[("name", name.into())]),
            ))
        }
        Dialog::End => room
            .ending
            .then(|| (word(lang, "class-end-question"), word(lang, "class-end"))),
    }
}

/// Show each dialog while its question is open, with its words; focus goes to the safe answer
/// as it opens and back where it was as it closes.
fn show_dialogs(
    room: Option<Res<ClassRoom>>,
    mut dialogs: Query<(&Dialog, &mut Node, &Children)>,
    children: Query<&Children>,
    questions: Query<(), With<Question>>,
    safe: Query<(), With<SafeAnswer>>,
    acting: Query<(), With<ActingAnswer>>,
    mut texts: Query<&mut Text>,
    mut focus: ResMut<InputFocus>,
    mut before: Local<Option<Entity>>,
    alive: Query<(), With<Node>>,
    fallback: Query<Entity, With<FallbackFocus>>,
    chips: Query<&super::lobby::RosterChip>,
) {
    let Some(room) = room else {
        return;
    };
    for (dialog, mut node, kids) in &mut dialogs {
        let wanted = question(&room, *dialog);
        let open = node.display != Display::None;
        let descendants: Vec<Entity> = kids
            .iter()
            .flat_map(|panel| children.iter_descendants(panel).collect::<Vec<_>>())
            .collect();
        match (&wanted, open) {
            (Some((asked, act)), _) => {
                for &entity in &descendants {
                    // The question is a text; the acting button's words are its first child.
                    let (target, words) = if questions.contains(entity) {
                        (Some(entity), asked)
                    } else if acting.contains(entity) {
                        (
                            children.get(entity).ok().and_then(|c| c.first().copied()),
                            act,
                        )
                    } else {
                        (None, asked)
                    };
                    if let Some(target) = target
                        && let Ok(mut t) = texts.get_mut(target)
                        && t.0 != *words
                    {
                        t.0 = words.clone();
                    }
                }
                if !open {
                    node.display = Display::Flex;
                    *before = focus.get();
                    if let Some(&keep) = descendants.iter().find(|e| safe.contains(**e)) {
                        focus.set(keep, FocusCause::Navigated);
                    }
                }
            }
            (None, true) => {
                node.display = Display::None;
                // A chip whose student was just removed is about to go.
                let gone = |e: Entity| {
                    chips.get(e).is_ok_and(|chip| {
                        room.session()
                            .lock()
                            .student(chip.0)
                            .is_none_or(|s| s.removed)
                    })
                };
                match before
                    .take()
                    .filter(|back| alive.contains(*back) && !gone(*back))
                {
                    Some(back) => focus.set(back, FocusCause::Navigated),
                    None => match fallback.iter().next() {
                        Some(safe) => focus.set(safe, FocusCause::Navigated),
                        None => focus.clear(),
                    },
                }
            }
            (None, false) => {}
        }
    }
}
