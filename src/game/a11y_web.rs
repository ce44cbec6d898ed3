//! The web version's screen-reader page: the canvas says nothing to a screen reader (there is
//! no AccessKit adapter for the web), so the page gets what the window's adapter gets, as
//! HTML: every element of the window's accessibility tree (`game/a11y.rs`) mirrored in order
//! into `<div id="takedown-a11y">` (visually hidden, there for screen readers and keyboards):
//! headings as `<h1>`/`<h2>`, texts as `<p>`, buttons as `<button>`, the estimate field as an
//! `<input>` described by its "Read as" line, the slider as a range input with its value in
//! words. What a player does there acts on the game (a click presses the button, typing types
//! into the field, ↑ ↓ on the slider move it, focus follows), through the same requests a
//! screen reader's actions make in the window. The announcements (the reveal) go to
//! `<div id="takedown-announce" aria-live="assertive">`.
//!
//! The mirror is updated in place: an element is made once for its entity, its words and
//! attributes changed only when they change, so a screen reader's place is never lost.

use std::cell::RefCell;
use std::collections::HashMap;

use accesskit::{Action as Verb, ActionData, ActionRequest as Request, NodeId, Role, TreeId};
use bevy::a11y::{AccessibilityNode, ActionRequest};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::a11y::{Announcement, Announcer};
use super::actions::{Action, Activated};
use bevy::ui::InteractionDisabled;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, keep_the_waker);
    // Before the requests are acted on (PreUpdate), in the same frame.
    app.add_systems(First, forward_requests);
    app.add_systems(Last, (mirror, announce, say_what_it_is));
}

/// The page's controls wake the game: a click there is no input to the canvas, and the game
/// waits for input.
fn keep_the_waker(proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>) {
    if let Some(proxy) = proxy {
        let proxy: bevy::winit::EventLoopProxy<bevy::winit::WinitUserEvent> = (**proxy).clone();
        WAKER.with(|waker| *waker.borrow_mut() = Some(proxy));
    }
}

fn wake() {
    WAKER.with(|waker| {
        if let Some(proxy) = waker.borrow().as_ref() {
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        }
    });
}

/// The mirror's language and the note before it, in the player's language.
fn say_what_it_is(settings: Res<super::settings::Settings>) {
    if !settings.is_changed() {
        return;
    }
    let Some(document) = document() else {
        return;
    };
    if let Some(holder) = document.get_element_by_id("takedown-a11y") {
        let _ = holder.set_attribute("lang", settings.lang.code());
    }
    if let Some(note) = document.get_element_by_id("a11y-note") {
        note.set_text_content(Some(&crate::report::lang::word(
            settings.lang,
            "a11y-web-note",
        )));
    }
}

/// What the page's controls ask for.
enum Asked {
    /// What a screen reader's action asks in the window.
    Request(Request),
    /// Enter in the field: what Enter there does in the game (submit the estimate).
    Enter(u64),
}

thread_local! {
    /// What the page's controls asked for, waiting for the next frame.
    static ASKED: RefCell<Vec<Asked>> = const { RefCell::new(Vec::new()) };
    /// Each mirrored entity's element, with the listeners that act for it.
    static MIRRORED: RefCell<HashMap<u64, Mirrored>> = RefCell::new(HashMap::new());
    /// Wakes the game's loop when the page asks for something.
    static WAKER: RefCell<Option<bevy::winit::EventLoopProxy<bevy::winit::WinitUserEvent>>> =
        const { RefCell::new(None) };
}

struct Mirrored {
    element: web_sys::HtmlElement,
    tag: &'static str,
    _listeners: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

fn ask(entity: u64, action: Verb, data: Option<ActionData>) {
    ASKED.with(|asked| {
        asked.borrow_mut().push(Asked::Request(Request {
            action,
            target_tree: TreeId::ROOT,
            target_node: NodeId(entity),
            data,
        }))
    });
    wake();
}

/// The page's requests become the same messages a screen reader's actions are in the window;
/// Enter in the field does what it does in the game.
fn forward_requests(
    mut requests: MessageWriter<ActionRequest>,
    mut activated: MessageWriter<Activated>,
    actions: Query<&Action, Without<InteractionDisabled>>,
) {
    ASKED.with(|asked| {
        for asked in asked.borrow_mut().drain(..) {
            match asked {
                Asked::Request(request) => {
                    requests.write(ActionRequest(request));
                }
                Asked::Enter(entity) => {
                    if let Some(action) =
                        Entity::try_from_bits(entity).and_then(|e| actions.get(e).ok())
                    {
                        activated.write(Activated(action.clone()));
                    }
                }
            }
        }
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// One element of the tree, flattened in reading order.
struct Item {
    entity: u64,
    node: accesskit::Node,
}

/// The tree in reading order, hidden parts and containers left out (their contents kept).
fn in_order(
    nodes: &Query<(
        Entity,
        &AccessibilityNode,
        Option<&Children>,
        Option<&ChildOf>,
    )>,
) -> Vec<Item> {
    let described = |e: Entity| nodes.contains(e);
    let mut roots: Vec<Entity> = nodes
        .iter()
        .filter(|(_, _, _, parent)| parent.is_none_or(|p| !described(p.parent())))
        .map(|(e, ..)| e)
        .collect();
    roots.sort_by_key(|e| e.to_bits());
    let mut out = Vec::new();
    let mut stack: Vec<Entity> = roots.into_iter().rev().collect();
    while let Some(entity) = stack.pop() {
        let Ok((_, node, children, _)) = nodes.get(entity) else {
            continue;
        };
        if node.is_hidden() {
            continue;
        }
        if let Some(children) = children {
            stack.extend(children.iter().rev().filter(|c| described(*c)));
        }
        match node.role() {
            // Containers, the live region (the page has its own) and what has no words: a
            // field's text run, a picture inside a button.
            Role::GenericContainer | Role::Window | Role::Status | Role::TextRun | Role::Image => {}
            _ => out.push(Item {
                entity: entity.to_bits(),
                node: (**node).clone(),
            }),
        }
    }
    out
}

fn tag_of(node: &accesskit::Node) -> &'static str {
    match node.role() {
        Role::Heading if node.level() == Some(1) => "h1",
        Role::Heading => "h2",
        Role::Button => "button",
        Role::TextInput | Role::Slider => "input",
        _ => "p",
    }
}

fn listen(
    element: &web_sys::HtmlElement,
    event: &str,
    act: impl FnMut(web_sys::Event) + 'static,
) -> Closure<dyn FnMut(web_sys::Event)> {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(act);
    let _ = element.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure
}

fn make(document: &web_sys::Document, entity: u64, node: &accesskit::Node) -> Option<Mirrored> {
    let tag = tag_of(node);
    let element: web_sys::HtmlElement = document.create_element(tag).ok()?.dyn_into().ok()?;
    let mut listeners = Vec::new();
    listeners.push(listen(&element, "focus", move |_| {
        ask(entity, Verb::Focus, None)
    }));
    match node.role() {
        Role::Button => {
            let _ = element.set_attribute("type", "button");
            listeners.push(listen(&element, "click", move |_| {
                ask(entity, Verb::Click, None)
            }));
        }
        Role::TextInput => {
            let _ = element.set_attribute("type", "text");
            listeners.push(listen(&element, "input", move |event| {
                if let Some(input) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    ask(
                        entity,
                        Verb::SetValue,
                        Some(ActionData::Value(input.value().into())),
                    );
                }
            }));
            listeners.push(listen(&element, "keydown", move |event| {
                if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>()
                    && key.key() == "Enter"
                {
                    event.prevent_default();
                    ASKED.with(|asked| asked.borrow_mut().push(Asked::Enter(entity)));
                    wake();
                }
            }));
        }
        Role::Slider => {
            let _ = element.set_attribute("type", "range");
            let _ = element.set_attribute("step", "any");
            listeners.push(listen(&element, "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let verb = match key.key().as_str() {
                    "ArrowUp" | "ArrowRight" => Verb::Increment,
                    "ArrowDown" | "ArrowLeft" => Verb::Decrement,
                    _ => return,
                };
                event.prevent_default();
                ask(entity, verb, None);
            }));
            // Any other way the range is moved (Home, End, a touch screen reader's swipe):
            // the slider goes to that figure.
            listeners.push(listen(&element, "input", move |event| {
                if let Some(input) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let value = input.value_as_number();
                    if value.is_finite() {
                        ask(
                            entity,
                            Verb::SetValue,
                            Some(ActionData::NumericValue(value)),
                        );
                    }
                }
            }));
        }
        _ => {}
    }
    let _ = element.set_attribute("data-entity", &entity.to_string());
    Some(Mirrored {
        element,
        tag,
        _listeners: listeners,
    })
}

fn set_attribute(element: &web_sys::HtmlElement, name: &str, value: Option<&str>) {
    match value {
        Some(value) if element.get_attribute(name).as_deref() != Some(value) => {
            let _ = element.set_attribute(name, value);
        }
        None if element.has_attribute(name) => {
            let _ = element.remove_attribute(name);
        }
        _ => {}
    }
}

/// Bring the element's words and state up to date, touching only what changed.
fn update(element: &web_sys::HtmlElement, node: &accesskit::Node) {
    let words = match node.role() {
        Role::Label => node.value().unwrap_or_default(),
        _ => node.label().unwrap_or_default(),
    };
    match node.role() {
        Role::TextInput | Role::Slider => {
            set_attribute(element, "aria-label", Some(words));
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                if node.role() == Role::TextInput {
                    let value = node.value().unwrap_or_default();
                    if input.value() != value {
                        input.set_value(value);
                    }
                } else {
                    let number = |n: Option<f64>| n.map(|n| n.to_string());
                    set_attribute(element, "min", number(node.min_numeric_value()).as_deref());
                    set_attribute(element, "max", number(node.max_numeric_value()).as_deref());
                    if let Some(at) = node.numeric_value() {
                        let at = at.to_string();
                        if input.value() != at {
                            input.set_value(&at);
                        }
                    }
                    set_attribute(element, "aria-valuetext", node.value());
                }
            }
        }
        _ => {
            if element.text_content().as_deref() != Some(words) {
                element.set_text_content(Some(words));
            }
        }
    }
    set_attribute(element, "aria-description", node.description());
    set_attribute(
        element,
        "aria-disabled",
        node.is_disabled().then_some("true"),
    );
}

/// Mirror the window's tree into the page, in place.
fn mirror(
    changed: Query<(), Changed<AccessibilityNode>>,
    nodes: Query<(
        Entity,
        &AccessibilityNode,
        Option<&Children>,
        Option<&ChildOf>,
    )>,
    focus: Res<InputFocus>,
) {
    if changed.is_empty() && !focus.is_changed() {
        return;
    }
    let Some(document) = document() else {
        return;
    };
    let Some(holder) = document.get_element_by_id("takedown-a11y") else {
        return;
    };
    let items = in_order(&nodes);
    // Whether a screen reader is in the mirror now, before any element of it is taken away.
    let inside = document
        .active_element()
        .is_some_and(|active| holder.contains(Some(active.unchecked_ref())));
    MIRRORED.with(|mirrored| {
        let mut mirrored = mirrored.borrow_mut();
        let wanted: std::collections::HashSet<u64> = items.iter().map(|i| i.entity).collect();
        mirrored.retain(|entity, m| {
            let keep = wanted.contains(entity);
            if !keep {
                m.element.remove();
            }
            keep
        });
        let mut previous: Option<web_sys::Element> = None;
        for item in &items {
            let tag = tag_of(&item.node);
            if mirrored.get(&item.entity).is_some_and(|m| m.tag != tag) {
                if let Some(old) = mirrored.remove(&item.entity) {
                    old.element.remove();
                }
            }
            if !mirrored.contains_key(&item.entity) {
                let Some(made) = make(&document, item.entity, &item.node) else {
                    continue;
                };
                mirrored.insert(item.entity, made);
            }
            let element = &mirrored[&item.entity].element;
            update(element, &item.node);
            // In reading order: moved only when it is out of place.
            let after = match &previous {
                Some(p) => p.next_element_sibling(),
                None => holder.first_element_child(),
            };
            let in_place = after
                .as_ref()
                .is_some_and(|a| a == element.unchecked_ref::<web_sys::Element>());
            if !in_place {
                let _ = holder.insert_before(element, after.as_ref().map(|a| a.unchecked_ref()));
            }
            previous = Some(element.clone().into());
        }
        // The game's focus, on the page too, when a screen reader is inside the mirror.
        if inside
            && let Some(entity) = focus.get().map(Entity::to_bits)
            && let Some(m) = mirrored.get(&entity)
            && document.active_element().as_ref()
                != Some(m.element.unchecked_ref::<web_sys::Element>())
        {
            let _ = m.element.focus();
        }
    });
}

/// The announcement, in the page's live region.
fn announce(announcement: Res<Announcement>, _announcer: Query<(), With<Announcer>>) {
    if !announcement.is_changed() {
        return;
    }
    if let Some(region) = document().and_then(|d| d.get_element_by_id("takedown-announce")) {
        region.set_text_content(Some(&announcement.0));
    }
}
