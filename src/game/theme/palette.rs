//! Colours, chosen for contrast on a projector: light text on a dark navy background, or (High
//! contrast, in Settings) pure black, white and saturated accents.
//!
//! Widgets name a colour's [`Role`] ([`Ink`] for text, [`Fill`] for backgrounds, [`Edge`] for
//! borders), never the colour itself; [`paint`] gives each its colour from the [`Palette`], and
//! repaints everything on screen when the palette changes. So a screen never has to be drawn
//! again for a change of theme.

use bevy::prelude::*;

/// What a colour is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Background,
    Panel,
    PanelBorder,
    Text,
    Muted,
    Heading,
    /// The player's guess, everywhere it is drawn.
    Guess,
    /// The truth, everywhere it is drawn.
    Truth,
    Error,
    Focus,
    Button,
    ButtonHover,
    ButtonPressed,
    Disabled,
    Field,
    Track,
}

/// The colours in use.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Palette {
    pub high_contrast: bool,
}

impl Palette {
    pub fn colour(&self, role: Role) -> Color {
        let (normal, high) = match role {
            Role::Background => (Color::srgb(0.059, 0.090, 0.133), Color::BLACK),
            Role::Panel => (Color::srgb(0.090, 0.133, 0.200), Color::BLACK),
            Role::PanelBorder => (Color::srgb(0.200, 0.267, 0.361), Color::WHITE),
            Role::Text => (Color::srgb(0.925, 0.945, 0.965), Color::WHITE),
            Role::Muted => (
                Color::srgb(0.650, 0.710, 0.780),
                Color::srgb(0.88, 0.88, 0.88),
            ),
            Role::Heading => (Color::WHITE, Color::WHITE),
            Role::Guess => (
                Color::srgb(0.976, 0.725, 0.259),
                Color::srgb(1.0, 0.85, 0.0),
            ),
            Role::Truth => (Color::srgb(0.349, 0.808, 0.569), Color::srgb(0.0, 1.0, 0.5)),
            Role::Error => (Color::srgb(1.0, 0.478, 0.478), Color::srgb(1.0, 0.4, 0.4)),
            Role::Focus => (Color::srgb(0.424, 0.714, 1.0), Color::srgb(0.0, 0.9, 1.0)),
            Role::Button => (Color::srgb(0.153, 0.247, 0.380), Color::BLACK),
            Role::ButtonHover => (Color::srgb(0.204, 0.32, 0.475), Color::srgb(0.2, 0.2, 0.2)),
            Role::ButtonPressed => (Color::srgb(0.110, 0.184, 0.290), Color::srgb(0.3, 0.3, 0.3)),
            Role::Disabled => (
                Color::srgb(0.110, 0.141, 0.184),
                Color::srgb(0.15, 0.15, 0.15),
            ),
            Role::Field => (Color::srgb(0.035, 0.059, 0.094), Color::BLACK),
            Role::Track => (
                Color::srgb(0.255, 0.322, 0.412),
                Color::srgb(0.75, 0.75, 0.75),
            ),
        };
        if self.high_contrast { high } else { normal }
    }
}

/// The colour of a text.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
#[require(TextColor)]
pub struct Ink(pub Role);

/// The background of a node, with an opacity (1 for solid).
#[derive(Component, Debug, Clone, Copy, PartialEq)]
#[require(BackgroundColor)]
pub struct Fill(pub Role, pub f32);

impl Fill {
    pub fn solid(role: Role) -> Fill {
        Fill(role, 1.0)
    }
}

/// The border of a node.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
#[require(BorderColor)]
pub struct Edge(pub Role);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Palette>();
    app.add_systems(PostUpdate, paint.before(bevy::ui::UiSystems::Prepare));
}

/// Give new or changed roles their colour; repaint everything when the palette changes.
pub fn paint(
    palette: Res<Palette>,
    mut inks: Query<(Ref<Ink>, &mut TextColor)>,
    mut fills: Query<(Ref<Fill>, &mut BackgroundColor)>,
    mut edges: Query<(Ref<Edge>, &mut BorderColor)>,
) {
    let all = palette.is_changed();
    for (ink, mut colour) in &mut inks {
        if all || ink.is_changed() {
            colour.set_if_neq(TextColor(palette.colour(ink.0)));
        }
    }
    for (fill, mut colour) in &mut fills {
        if all || fill.is_changed() {
            let wanted = palette.colour(fill.0).with_alpha(fill.1);
            colour.set_if_neq(BackgroundColor(wanted));
        }
    }
    for (edge, mut colour) in &mut edges {
        if all || edge.is_changed() {
            colour.set_if_neq(BorderColor::all(palette.colour(edge.0)));
        }
    }
}
