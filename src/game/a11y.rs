//! What a screen reader finds in the window: every element's role, name and value, given
//! explicitly as an AccessKit node (`AccessibilityNode`), which Bevy sends to the system's
//! screen reader (AT-SPI on Linux with Bevy's `accesskit_unix`, UI Automation on Windows,
//! macOS's accessibility).
//!
//! Bevy 0.19 covers only part of a UI by itself (a button's name only when the button changes,
//! no text unless marked, no text field, no custom widget), so this plugin does it all:
//!
//! - Every UI node gets an AccessKit node when it is spawned: buttons, text fields and the
//!   estimate slider are controls (nothing inside them is exposed on its own: a button's
//!   words are its name), texts are labels (headings are headings, with their level), and
//!   the boxes between them are containers, so that a screen reader reads in the order the
//!   screen shows.
//! - Every frame something changed, each node is described again from what the screen shows:
//!   a button's name from its words (or [`AccessibleName`]), a text field's value and its
//!   description (the "Read as" line: [`DescribedBy`]), the slider's value as text, hidden
//!   parts hidden. Words come from the screens, so they are in the player's language.
//! - What should be said without moving focus (the reveal) goes to [`Announcement`], said by a
//!   live region.
//! - A screen reader's own actions work like the game's keys: click (or default action) on a
//!   button presses it, focus moves focus, increment and decrement move the slider, set value
//!   types into a field.

use bevy::a11y::{AccessibilityNode, ActionRequest};
use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::text::{EditableText, TextEdit};
use bevy::ui::InteractionDisabled;
use bevy::ui::widget::TextUiReader;

use accesskit::{Action as Verb, ActionData, Live, Node as A11yNode, Role as A11yRole};

use super::actions::{Action, Activated};
use super::theme::slider::EstimateSlider;
use crate::report::lang::say;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Announcement>();
    app.init_resource::<InputFocusVisible>();
    // Registered by the window's AccessKit plugin; the headless tests have no window.
    app.add_message::<ActionRequest>();
    app.add_systems(Startup, spawn_announcer);
    app.add_systems(
        PostUpdate,
        (
            give_nodes.before(bevy::ui::UiSystems::PostLayout),
            (describe, announce)
                .in_set(Describing)
                .after(bevy::ui::UiSystems::PostLayout)
                .before(bevy::a11y::AccessibilitySystems::Update),
        ),
    );
    app.add_systems(PreUpdate, act_on_requests);
    // A screen reader's request arrives at the end of a frame (Bevy's AccessKit plugin, in
    // PostUpdate): ask for the next one, or the window would wait for other input.
    app.add_systems(
        PostUpdate,
        wake_for_requests.after(bevy::a11y::AccessibilitySystems::Update),
    );
    app.add_systems(
        OnExit(super::screens::Screen::Reveal),
        |mut announcement: ResMut<Announcement>| announcement.0.clear(),
    );
}

fn wake_for_requests(
    mut requests: MessageReader<ActionRequest>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if requests.read().count() > 0 {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Where the nodes are described again: what they show must be set before (the slider's
/// value in words).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Describing;

/// What an element is, where its kind of widget does not say it: a heading and its level
/// (1 for a screen's title).
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading(pub u8);

/// The name a screen reader says for a control whose visible words do not say enough (the ▲
/// and ▼ beside an event, a text field, the slider), in the player's language.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub enum AccessibleName {
    /// These words.
    Words(String),
    /// A message in a language, its `$text` what another element shows (an event's text
    /// beside its ▲: `a11y-move-up`).
    WordsAndTextOf(crate::content::lang::Lang, &'static str, Entity),
}

/// A control's description: what another element shows, kept up to date (the line under the
/// estimate field: "Read as 9,000 kg").
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct DescribedBy(pub Entity);

/// The slider's value in words ("6,558 arrests"), and where it stands: `at` between `min` and
/// `max`, in the question's own figures. Set by the slider as it moves.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct SliderValue {
    pub text: String,
    /// `None` while the player has not moved it.
    pub at: Option<f64>,
    pub min: f64,
    pub max: f64,
}

/// What the screen reader should say now without moving focus (the reveal: "The answer: 6,558
/// arrests. Your estimate: 5,000 arrests…"). Said once each time it changes.
#[derive(Resource, Debug, Default, Clone, PartialEq, Eq)]
pub struct Announcement(pub String);

/// Shown for the eye only: hidden from screen readers with all it holds, because its meaning is
/// said elsewhere in words (the number line: the reveal's figures and its announcement; the
/// title's backdrop map).
#[derive(Component, Debug, Clone, Copy, Default)]
pub struct Decorative;

/// A picture said in words: a screen reader reads its [`AccessibleName`] as one text and
/// nothing inside it (the timeline strip: "2017 to 2024: stage 3, 2 July 2020", not its lone
/// tick years).
#[derive(Component, Debug, Clone, Copy, Default)]
pub struct Summarised;

/// The live region that says [`Announcement`]s.
#[derive(Component, Debug)]
pub struct Announcer;

/// A node this plugin made and describes.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Button,
    TextInput,
    Slider,
    Text,
    Container,
}

fn spawn_announcer(mut commands: Commands) {
    let mut node = A11yNode::new(A11yRole::Status);
    node.set_live(Live::Assertive);
    commands.spawn((Name::new("Announcer"), Announcer, AccessibilityNode(node)));
}

/// A control: something the player acts on, whose inside is not exposed on its own.
fn control_kind(button: bool, field: bool, slider: bool, focusable: bool) -> Option<Kind> {
    if slider {
        Some(Kind::Slider)
    } else if field {
        Some(Kind::TextInput)
    } else if button || focusable {
        Some(Kind::Button)
    } else {
        None
    }
}

type Spawned = (
    Entity,
    Has<bevy::ui_widgets::Button>,
    Has<EditableText>,
    Has<EstimateSlider>,
    Has<TabIndex>,
    Has<Text>,
);

/// Each new UI node gets its AccessKit node: a control, a text, or a container. Nothing inside
/// a control gets one (its words are the control's name).
fn give_nodes(
    mut commands: Commands,
    spawned: Query<Spawned, (Added<Node>, Without<Kind>)>,
    parents: Query<&ChildOf>,
    controls: Query<
        (),
        Or<(
            With<bevy::ui_widgets::Button>,
            With<EditableText>,
            With<EstimateSlider>,
        )>,
    >,
) {
    for (entity, button, field, slider, focusable, text) in &spawned {
        if parents
            .iter_ancestors(entity)
            .any(|ancestor| controls.contains(ancestor))
        {
            continue;
        }
        let kind = control_kind(button, field, slider, focusable).unwrap_or(if text {
            Kind::Text
        } else {
            Kind::Container
        });
        let role = match kind {
            Kind::Button => A11yRole::Button,
            Kind::TextInput => A11yRole::TextInput,
            Kind::Slider => A11yRole::Slider,
            Kind::Text => A11yRole::Label,
            Kind::Container => A11yRole::GenericContainer,
        };
        commands
            .entity(entity)
            .insert((kind, AccessibilityNode(A11yNode::new(role))));
        // A field's text reaches AT-SPI (Orca) only as a text run inside it: a child entity
        // with no UI `Node`, which layout passes over.
        if kind == Kind::TextInput {
            commands.spawn((
                Name::new("Text run"),
                TextRunOf(entity),
                AccessibilityNode(A11yNode::new(A11yRole::TextRun)),
                ChildOf(entity),
            ));
        }
    }
}

/// The text run that carries a field's text, character by character, to a screen reader.
#[derive(Component, Debug, Clone, Copy)]
struct TextRunOf(Entity);

/// A field's text run: its text, each character's length in UTF-8 bytes, where words start,
/// and the caret at the end (where the game types).
fn text_run(text: &str) -> (A11yNode, usize) {
    let mut run = A11yNode::new(A11yRole::TextRun);
    let lengths: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(c.len_utf8()).unwrap_or(4))
        .collect();
    let mut starts = Vec::new();
    let mut previous_space = true;
    for (i, c) in text.chars().enumerate() {
        if previous_space && !c.is_whitespace() {
            starts.push(u8::try_from(i).unwrap_or(u8::MAX));
        }
        previous_space = c.is_whitespace();
    }
    let count = lengths.len();
    run.set_value(text);
    run.set_character_lengths(lengths);
    run.set_word_starts(starts);
    (run, count)
}

/// The words an element shows: its text and its spans, and those of every text inside it, in
/// the order they are drawn.
fn words_of(entity: Entity, children: &Query<&Children>, reader: &mut TextUiReader) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut stack = vec![entity];
    while let Some(e) = stack.pop() {
        let own: String = reader.iter(e).map(|(_, _, text, ..)| text).collect();
        let own = own.trim();
        if !own.is_empty() {
            words.push(own.to_string());
        }
        if let Ok(kids) = children.get(e) {
            stack.extend(kids.iter().rev());
        }
    }
    words.join(" ")
}

type Described = (
    Entity,
    &'static Kind,
    &'static mut AccessibilityNode,
    Option<&'static Heading>,
    Option<&'static AccessibleName>,
    Option<&'static DescribedBy>,
    Option<&'static SliderValue>,
    Option<&'static EditableText>,
    Has<InteractionDisabled>,
);

/// Words changed anywhere (a button's name is the words inside it).
type WordsChanged = Or<(Changed<Text>, Changed<TextSpan>)>;

/// A described node changed: what it is called, its value, or whether it is shown.
type NodeChanged = (
    With<Kind>,
    Or<(
        Changed<SliderValue>,
        Changed<AccessibleName>,
        Changed<DescribedBy>,
        Changed<Visibility>,
        Changed<Node>,
        Changed<ImageNode>,
        Changed<Decorative>,
        Added<InteractionDisabled>,
        Added<Kind>,
    )>,
);

/// Whether `entity` is hidden: it or a box around it is `Visibility::Hidden`, `Display::None`
/// or [`Decorative`] (read from the components themselves, so it holds before Bevy has worked
/// out what is drawn).
///
/// While a modal layer is open (the settings, a class dialog), everything outside it is hidden
/// too: it takes no input, so a screen reader must not offer it.
fn is_hidden(
    entity: Entity,
    parents: &Query<&ChildOf>,
    looks: &Query<Looks>,
    modals: &[Entity],
) -> bool {
    let lineage: Vec<Entity> = std::iter::once(entity)
        .chain(parents.iter_ancestors(entity))
        .collect();
    if !modals.is_empty() && !lineage.iter().any(|e| modals.contains(e)) {
        return true;
    }
    // Inside a summarised picture (its words say it all).
    if lineage[1..]
        .iter()
        .any(|&e| looks.get(e).is_ok_and(|(.., summarised)| summarised))
    {
        return true;
    }
    lineage.into_iter().any(|e| {
        looks.get(e).is_ok_and(|(visibility, node, decorative, _)| {
            decorative
                || visibility == Some(&Visibility::Hidden)
                || node.is_some_and(|n| n.display == Display::None)
        })
    })
}

type Looks = (
    Option<&'static Visibility>,
    Option<&'static Node>,
    Has<Decorative>,
    Has<Summarised>,
);

/// Describe every node again when anything it shows changed (the window redraws only on a
/// change, so this runs seldom).
#[allow(clippy::too_many_arguments)]
fn describe(
    words_changed: Query<(), WordsChanged>,
    nodes_changed: Query<(), NodeChanged>,
    mut enabled: RemovedComponents<InteractionDisabled>,
    mut closed: RemovedComponents<TabGroup>,
    tab_groups: Query<(Entity, &TabGroup)>,
    fields: Query<(Entity, &EditableText), Changed<EditableText>>,
    mut typed: Local<std::collections::HashMap<Entity, String>>,
    mut nodes: Query<Described>,
    children: Query<&Children>,
    parents: Query<&ChildOf>,
    looks: Query<Looks>,
    mut reader: TextUiReader,
    text_runs: Query<(Entity, &TextRunOf)>,
    mut run_nodes: Query<&mut AccessibilityNode, (With<TextRunOf>, Without<Kind>)>,
) {
    let enabled = enabled.read().count() > 0;
    let closed = closed.read().count() > 0;
    // A field is marked changed as its caret blinks: what counts is its text.
    let mut retyped = false;
    for (field, editable) in &fields {
        let text = editable.value().to_string();
        if typed.get(&field) != Some(&text) {
            typed.insert(field, text);
            retyped = true;
        }
    }
    if retyped {
        // Fields gone with their screen are forgotten.
        typed.retain(|&field, _| fields.contains(field) || nodes.contains(field));
    }
    if words_changed.is_empty() && nodes_changed.is_empty() && !enabled && !closed && !retyped {
        return;
    }
    // The modal layers open now (a class dialog is kept, hidden, while closed).
    let modals: Vec<Entity> = tab_groups
        .iter()
        .filter(|(_, group)| group.modal)
        .map(|(e, _)| e)
        .filter(|&e| !is_hidden(e, &parents, &looks, &[]))
        .collect();
    // Each field's text run.
    let runs: std::collections::HashMap<Entity, Entity> =
        text_runs.iter().map(|(run, of)| (of.0, run)).collect();
    // Words first (the reader borrows the texts), then the nodes.
    let mut said: Vec<(Entity, String, Option<String>)> = Vec::new();
    for (entity, kind, _, _, name, described, ..) in &nodes {
        let name = match (kind, name) {
            (_, Some(AccessibleName::Words(words))) => words.clone(),
            (_, Some(AccessibleName::WordsAndTextOf(lang, id, other))) => say(
                *lang,
                id,
                &[("text", words_of(*other, &children, &mut reader).into())],
            ),
            (Kind::Container, None) => String::new(),
            (Kind::Button | Kind::Text | Kind::TextInput | Kind::Slider, None) => {
                words_of(entity, &children, &mut reader)
            }
        };
        let description = described.map(|d| words_of(d.0, &children, &mut reader));
        said.push((entity, name, description));
    }
    for (entity, name, description) in said {
        let hidden = is_hidden(entity, &parents, &looks, &modals);
        let Ok((_, kind, mut node, heading, _, _, slider, editable, off)) = nodes.get_mut(entity)
        else {
            continue;
        };
        let mut fresh = match (kind, heading) {
            (Kind::Text, Some(Heading(level))) => {
                let mut n = A11yNode::new(A11yRole::Heading);
                n.set_level(usize::from(*level));
                n.set_label(name);
                n
            }
            (Kind::Text, None) => {
                // A label's words are its value (AccessKit's way for static text).
                let mut n = A11yNode::new(A11yRole::Label);
                n.set_value(name);
                n
            }
            // A summarised picture reads as the text of its name.
            (Kind::Container, _) if !name.is_empty() => {
                let mut n = A11yNode::new(A11yRole::Label);
                n.set_value(name);
                n
            }
            (Kind::Container, _) => A11yNode::new(A11yRole::GenericContainer),
            (Kind::Button, _) => {
                let mut n = A11yNode::new(A11yRole::Button);
                n.set_label(name);
                n.add_action(Verb::Click);
                n.add_action(Verb::Focus);
                n
            }
            (Kind::TextInput, _) => {
                let mut n = A11yNode::new(A11yRole::TextInput);
                n.set_label(name);
                let text = editable.map(|e| e.value().to_string()).unwrap_or_default();
                if let Some(&run_entity) = runs.get(&entity) {
                    let (run, count) = text_run(&text);
                    if let Ok(mut slot) = run_nodes.get_mut(run_entity)
                        && slot.0 != run
                    {
                        slot.0 = run;
                    }
                    let caret = accesskit::TextPosition {
                        node: accesskit::NodeId(run_entity.to_bits()),
                        character_index: count,
                    };
                    n.set_text_selection(accesskit::TextSelection {
                        anchor: caret,
                        focus: caret,
                    });
                }
                n.set_value(text);
                n.add_action(Verb::Focus);
                n.add_action(Verb::SetValue);
                n
            }
            (Kind::Slider, _) => {
                let mut n = A11yNode::new(A11yRole::Slider);
                n.set_label(name);
                if let Some(value) = slider {
                    // The value in words, and as the description too: AT-SPI gives a screen
                    // reader only the number.
                    n.set_value(value.text.clone());
                    n.set_description(value.text.clone());
                    // An untouched slider has no value (it must not suggest an answer).
                    if let Some(at) = value.at {
                        n.set_numeric_value(at);
                    }
                    n.set_min_numeric_value(value.min);
                    n.set_max_numeric_value(value.max);
                }
                n.add_action(Verb::Focus);
                n.add_action(Verb::Increment);
                n.add_action(Verb::Decrement);
                n
            }
        };
        if let Some(description) = description.filter(|d| !d.is_empty()) {
            fresh.set_description(description);
        }
        if off {
            fresh.set_disabled();
        }
        if hidden {
            fresh.set_hidden();
        }
        // Keep what Bevy's UI set (where the node is on screen).
        if let Some(bounds) = node.bounds() {
            fresh.set_bounds(bounds);
        }
        if let Some(transform) = node.transform() {
            fresh.set_transform(*transform);
        }
        // Only what changed is marked changed (the web page's mirror follows the marks).
        if node.0 != fresh {
            node.0 = fresh;
        }
    }
}

/// The live region says the latest announcement.
fn announce(
    announcement: Res<Announcement>,
    mut announcer: Query<&mut AccessibilityNode, With<Announcer>>,
) {
    if !announcement.is_changed() {
        return;
    }
    for mut node in &mut announcer {
        node.set_label(announcement.0.clone());
    }
}

/// A screen reader's actions, done as the game's keys would do them.
fn act_on_requests(
    mut requests: MessageReader<ActionRequest>,
    actions: Query<(&Action, Has<bevy::ui_widgets::Button>), Without<InteractionDisabled>>,
    controls: Query<&Kind>,
    mut fields: Query<&mut EditableText>,
    mut sliders: Query<&mut EstimateSlider>,
    mut focus: ResMut<InputFocus>,
    mut visible: ResMut<InputFocusVisible>,
    mut activated: MessageWriter<Activated>,
) {
    for request in requests.read() {
        let Some(entity) = Entity::try_from_bits(request.target_node.0) else {
            continue;
        };
        // Only a control takes focus: focus on anything else (the window, a text) would leave
        // the focused entity without a node, and Bevy would stop sending the tree.
        let control = matches!(
            controls.get(entity),
            Ok(Kind::Button | Kind::TextInput | Kind::Slider)
        );
        match request.action {
            Verb::Click => match actions.get(entity) {
                Ok((action, true)) => {
                    activated.write(Activated(action.clone()));
                }
                // A field or the slider: clicking them means going to them.
                Ok((_, false)) | Err(_) if control => {
                    focus.set(entity, FocusCause::Navigated);
                    visible.0 = true;
                }
                Ok((_, false)) | Err(_) => {}
            },
            Verb::Focus if control => {
                focus.set(entity, FocusCause::Navigated);
                visible.0 = true;
            }
            Verb::SetValue => match &request.data {
                Some(ActionData::Value(text)) => {
                    if let Ok(mut field) = fields.get_mut(entity) {
                        field.editor.set_text(text);
                        field.queue_edit(TextEdit::TextEnd(false));
                    }
                }
                // The slider set to a figure (the web page's range input).
                Some(ActionData::NumericValue(value)) => {
                    if let Ok(mut slider) = sliders.get_mut(entity) {
                        // As a click at that figure's place (a range follows the guess).
                        let at = crate::rules::slider::position_of(&slider.estimate, *value);
                        if slider.click(at, false) {
                            super::theme::slider::show_in_field(&slider, &mut fields);
                        }
                    }
                }
                _ => {}
            },
            Verb::Increment | Verb::Decrement => {
                if let Ok(mut slider) = sliders.get_mut(entity) {
                    let presses = if request.action == Verb::Increment {
                        1
                    } else {
                        -1
                    };
                    slider.step(presses, false);
                    super::theme::slider::show_in_field(&slider, &mut fields);
                }
            }
            _ => {}
        }
    }
}
