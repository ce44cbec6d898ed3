//! The icon of each kind of figure (people, arrests, money…): Lucide's outline icons
//! (`assets/icons`, ISC licence), drawn as a coverage mask for the window and as inline SVG
//! for the phone page. One style: 2-unit round strokes on a 24-unit grid, in one colour.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use zeno::{Cap, Join, Mask, Stroke, Transform};

use crate::content::kind::FigureKind;

const ICONS_JSON: &str = include_str!("../../assets/icons/icons.json");

#[derive(Deserialize)]
struct File {
    /// The side of the grid the paths are drawn on (24).
    grid: f32,
    /// The stroke width on that grid (2).
    stroke: f32,
    icons: HashMap<String, Vec<String>>,
}

fn file() -> &'static File {
    static FILE: OnceLock<File> = OnceLock::new();
    FILE.get_or_init(|| {
        // The file is the program's own, tested below: it cannot fail to read.
        serde_json::from_str(ICONS_JSON).unwrap_or(File {
            grid: 24.0,
            stroke: 2.0,
            icons: HashMap::new(),
        })
    })
}

/// Lucide's name for the icon of `kind`.
pub fn name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::People => "users",
        FigureKind::Arrests => "user-lock",
        FigureKind::Searches => "siren",
        FigureKind::Money => "banknote",
        FigureKind::Drugs => "pill",
        FigureKind::Messages => "messages-square",
        FigureKind::Devices => "smartphone",
        FigureKind::Time => "calendar-days",
        FigureKind::Countries => "globe",
        FigureKind::Justice => "gavel",
        FigureKind::Events => "calendar-range",
    }
}

/// The kind whose icon is called `name` (as [`name`] gives it).
pub fn kind_named(name: &str) -> Option<FigureKind> {
    FigureKind::ALL.into_iter().find(|k| self::name(*k) == name)
}

/// The icon's strokes as SVG path data on the 24-unit grid.
fn paths(kind: FigureKind) -> &'static [String] {
    file()
        .icons
        .get(name(kind))
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// The icon of `kind` as a square coverage mask `side` pixels wide: one byte per pixel, row
/// by row from the top left, 0 (empty) to 255 (covered).
pub fn mask(kind: FigureKind, side: u32) -> Vec<u8> {
    let file = file();
    let scale = side as f32 / file.grid;
    let mut coverage = vec![0u8; (side * side) as usize];
    for path in paths(kind) {
        let mut mask = Mask::new(path.as_str());
        mask.size(side, side)
            .transform(Some(Transform::scale(scale, scale)))
            .style(*Stroke::new(file.stroke).cap(Cap::Round).join(Join::Round));
        let (stroke, placement) = mask.render();
        // Each stroke over the ones before: the strongest coverage wins.
        for y in 0..placement.height {
            for x in 0..placement.width {
                let (tx, ty) = (placement.left + x as i32, placement.top + y as i32);
                if tx < 0 || ty < 0 || tx >= side as i32 || ty >= side as i32 {
                    continue;
                }
                let cell = &mut coverage[(ty as u32 * side + tx as u32) as usize];
                *cell = (*cell).max(stroke[(y * placement.width + x) as usize]);
            }
        }
    }
    coverage
}

/// The icon of `kind` as a standalone SVG document drawn in `colour` (a CSS colour), for the
/// phone page.
pub fn svg(kind: FigureKind, colour: &str) -> String {
    let file = file();
    let paths: String = paths(kind)
        .iter()
        .map(|d| format!("<path d=\"{d}\"/>"))
        .collect();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {g} {g}\" fill=\"none\" \
         stroke=\"{colour}\" stroke-width=\"{s}\" stroke-linecap=\"round\" \
         stroke-linejoin=\"round\">{paths}</svg>",
        g = file.grid,
        s = file.stroke
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_icon_in_the_file() {
        assert_eq!(file().grid, 24.0);
        for kind in FigureKind::ALL {
            assert!(!paths(kind).is_empty(), "{kind:?}");
            assert_eq!(kind_named(name(kind)), Some(kind));
        }
        assert_eq!(file().icons.len(), FigureKind::ALL.len(), "no icon unused");
    }

    #[test]
    fn icons_are_drawn_as_their_strokes() {
        // The banknote: a rounded rectangle from (2, 6) to (22, 18) and a circle of radius 2
        // in the middle. At 48 px (2 px a unit), its top edge at y = 12 is covered, the note's
        // empty inside at (12, 20) is not, the circle's rim at (24, 20) is, and the corner
        // outside the note is empty.
        let side = 48;
        let m = mask(FigureKind::Money, side);
        let at = |x: u32, y: u32| m[(y * side + x) as usize];
        assert!(at(24, 12) > 200, "top edge");
        assert_eq!(at(12, 20), 0, "inside the note");
        assert!(at(24, 20) > 200, "the circle's rim");
        assert_eq!(at(1, 1), 0, "outside");
        // Every icon covers some of its square and leaves most of it empty.
        for kind in FigureKind::ALL {
            let m = mask(kind, side);
            let covered = m.iter().filter(|&&c| c > 128).count();
            assert!(
                covered > 100 && covered < (side * side / 2) as usize,
                "{kind:?}: {covered}"
            );
        }
    }

    #[test]
    fn the_svg_carries_every_stroke_in_the_colour_asked() {
        let svg = svg(FigureKind::People, "#e9edf2");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\""));
        assert!(svg.contains("stroke=\"#e9edf2\""));
        assert_eq!(
            svg.matches("<path ").count(),
            paths(FigureKind::People).len()
        );
    }
}
