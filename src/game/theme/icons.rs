//! Figure icons in the window: each kind's Lucide icon ([`crate::report::icons`]) drawn once
//! into a white image, tinted with its role's colour (and again on a change of palette).

use std::collections::HashMap;

use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use super::palette::{Palette, Role};
use crate::content::kind::FigureKind;

/// Pixels drawn for an icon's side: sharp at 36 logical pixels on a projector's scale.
const PIXELS: u32 = 96;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<IconImages>();
    app.add_systems(PostUpdate, show_icons.before(bevy::ui::UiSystems::Prepare));
}

/// The icons drawn so far, by kind.
#[derive(Resource, Default)]
struct IconImages(HashMap<FigureKind, Handle<Image>>);

/// An icon of `kind`, `side` logical pixels wide, in `role`'s colour.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
#[require(ImageNode)]
pub struct FigureIcon {
    pub kind: FigureKind,
    pub role: Role,
}

/// The icon of `kind` in `role`'s colour, `side` logical pixels square, named for screen
/// readers by its kind.
pub fn icon(kind: FigureKind, side: f32, role: Role) -> impl Bundle {
    (
        Name::new(format!("Icon: {kind:?}")),
        FigureIcon { kind, role },
        Node {
            width: px(side),
            height: px(side),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

/// The white image of `kind`'s icon: its strokes' coverage as alpha.
fn image(kind: FigureKind) -> Image {
    let pixels: Vec<u8> = crate::report::icons::mask(kind, PIXELS)
        .into_iter()
        .flat_map(|alpha| [255, 255, 255, alpha])
        .collect();
    Image::new(
        Extent3d {
            width: PIXELS,
            height: PIXELS,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixels,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    )
}

/// Give a new icon its picture (drawn the first time its kind is shown) and colour; recolour
/// every icon on a change of palette.
fn show_icons(
    palette: Res<Palette>,
    images: Option<ResMut<Assets<Image>>>,
    mut drawn: ResMut<IconImages>,
    mut icons: Query<(Ref<FigureIcon>, &mut ImageNode)>,
) {
    let all = palette.is_changed();
    let mut images = images;
    for (icon, mut node) in &mut icons {
        if !(all || icon.is_changed()) {
            continue;
        }
        if let Some(images) = images.as_mut()
            && node.image == ImageNode::default().image
        {
            node.image = drawn
                .0
                .entry(icon.kind)
                .or_insert_with(|| images.add(image(icon.kind)))
                .clone();
        }
        let colour = palette.colour(icon.role);
        if node.color != colour {
            node.color = colour;
        }
    }
}

/// `content` with the icon of `kind` before it (none: `content` alone, in the same place),
/// the icon `side` logical pixels in `role`'s colour, centred on the content's height.
pub fn beside(
    kind: Option<FigureKind>,
    side: f32,
    role: Role,
    content: impl Bundle,
) -> impl Bundle {
    (
        Node {
            width: percent(100),
            column_gap: px(side * 0.4),
            align_items: AlignItems::Center,
            ..default()
        },
        Children::spawn((
            SpawnIter(kind.map(|kind| icon(kind, side, role)).into_iter()),
            Spawn((
                Node {
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    ..default()
                },
                children![content],
            )),
        )),
    )
}

/// As [`beside`], as wide as its content (up to its row's width), for a wrapping row: the
/// icon and the text wrap together.
pub fn next_to(
    kind: Option<FigureKind>,
    side: f32,
    role: Role,
    content: impl Bundle,
) -> impl Bundle {
    (
        Node {
            max_width: percent(100),
            column_gap: px(side * 0.3),
            align_items: AlignItems::Center,
            flex_shrink: 1.0,
            ..default()
        },
        Children::spawn((
            SpawnIter(kind.map(|kind| icon(kind, side, role)).into_iter()),
            Spawn((
                Node {
                    flex_shrink: 1.0,
                    min_width: px(0),
                    ..default()
                },
                children![content],
            )),
        )),
    )
}
