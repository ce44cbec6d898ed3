//! What a screen reader finds in the window, for the tests: the accessibility tree as Bevy's
//! window sends it, read with `accesskit_consumer`, the crate the platform adapters read it with.

use std::collections::HashSet;

use accesskit::{Live, NodeId, Role, Tree, TreeId, TreeUpdate};
use bevy::a11y::AccessibilityNode;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;

/// One element as a screen reader's adapter sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    pub entity: Entity,
    pub role: Role,
    pub name: String,
    pub value: String,
    pub description: String,
    pub numeric: Option<f64>,
    /// A field's text as AT-SPI reads it, character by character (its text runs).
    pub text: Option<String>,
    pub focusable: bool,
    pub focused: bool,
    pub live: Live,
}

/// The tree Bevy's window would send now (bevy_winit's `update_adapter`: every node under its
/// nearest ancestor with a node, the rest under the window), read as an adapter reads it:
/// hidden and ignored nodes filtered out, in order.
pub fn seen(app: &mut App) -> Vec<Seen> {
    let world = app.world_mut();
    let window = world
        .query_filtered::<Entity, With<bevy::window::PrimaryWindow>>()
        .single(world)
        .unwrap();
    let mut nodes = world.query::<(
        Entity,
        &AccessibilityNode,
        Option<&Children>,
        Option<&ChildOf>,
    )>();
    let ids: HashSet<Entity> = nodes.iter(world).map(|(e, ..)| e).collect();
    let focus = world.resource::<InputFocus>().get();
    if let Some(focus) = focus {
        // Bevy stops sending the tree while the focused entity has no node.
        assert!(
            ids.contains(&focus),
            "the focused entity {focus} has no node"
        );
    }
    let id = |e: Entity| NodeId(e.to_bits());
    let mut update = Vec::new();
    let mut top = Vec::new();
    for (entity, node, children, parent) in nodes.iter(world) {
        let mut node = node.0.clone();
        if parent.is_none_or(|p| !ids.contains(&p.parent())) {
            top.push(id(entity));
        }
        for child in children.into_iter().flatten() {
            if ids.contains(child) {
                node.push_child(id(*child));
            }
        }
        update.push((id(entity), node));
    }
    let mut root = accesskit::Node::new(Role::Window);
    root.set_label("Takedown");
    root.set_children(top);
    update.insert(0, (id(window), root));
    let tree = accesskit_consumer::Tree::new(
        TreeUpdate {
            nodes: update,
            tree: Some(Tree::new(id(window))),
            tree_id: TreeId::ROOT,
            focus: id(focus.unwrap_or(window)),
        },
        true,
    );
    let filter = accesskit_consumer::common_filter;
    let mut out = Vec::new();
    let mut stack: Vec<_> = vec![tree.state().root()];
    while let Some(node) = stack.pop() {
        let children: Vec<_> = node.filtered_children(filter).collect();
        stack.extend(children.into_iter().rev());
        let (local, _) = node.locate();
        out.push(Seen {
            entity: Entity::from_bits(local.0),
            role: node.role(),
            name: node.label().unwrap_or_default(),
            value: node.value().unwrap_or_default(),
            description: node.description().unwrap_or_default(),
            numeric: node.numeric_value(),
            text: node
                .supports_text_ranges()
                .then(|| node.document_range().text()),
            focusable: node.is_focusable(&filter),
            focused: node.is_focused(),
            live: node.live(),
        });
    }
    out
}

/// Every focusable element has a role a screen reader knows and a name; returns them.
pub fn focusable(app: &mut App) -> Vec<Seen> {
    let all = seen(app);
    let focusable: Vec<Seen> = all.iter().filter(|s| s.focusable).cloned().collect();
    assert!(!focusable.is_empty(), "nothing to focus: {all:#?}");
    for s in &focusable {
        assert!(
            matches!(s.role, Role::Button | Role::TextInput | Role::Slider),
            "{s:?}"
        );
        assert!(!s.name.trim().is_empty(), "no name: {s:?}");
    }
    focusable
}
