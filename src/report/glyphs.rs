//! The game's fonts, DejaVu Sans and DejaVu Sans Bold (`assets/fonts/LICENSE-DejaVu.txt`),
//! built into the binary, and which characters they can draw. The window draws every word with
//! them; a class refuses a name the projector could not show, rather than show empty boxes.

use std::sync::LazyLock;

/// DejaVu Sans (TrueType).
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold (TrueType).
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The two faces, read once.
static FACES: LazyLock<Vec<ttf_parser::Face<'static>>> = LazyLock::new(|| {
    [REGULAR, BOLD]
        .iter()
        .filter_map(|bytes| ttf_parser::Face::parse(bytes, 0).ok())
        .collect()
});

/// Whether both faces have a glyph for `c`. Characters drawn as nothing (joiners, variation
/// selectors) need none.
pub fn drawable(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
        || (!FACES.is_empty() && FACES.iter().all(|face| face.glyph_index(c).is_some()))
}

/// The characters of `text` the game cannot draw, each once, in order; empty if it can draw
/// them all.
pub fn undrawable(text: &str) -> String {
    let mut missing = String::new();
    for c in text.chars() {
        if !drawable(c) && !missing.contains(c) {
            missing.push(c);
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_draw_european_scripts_but_not_every_script() {
        assert!(FACES.len() == 2, "both fonts parse");
        for name in [
            "José",
            "Zoë",
            "Łukasz",
            "Ærøskøbing",
            "Ψυχή",
            "Анна",
            "Straße",
            "Ĳsbrand",
        ] {
            assert_eq!(undrawable(name), "", "{name}");
        }
        assert_eq!(undrawable("李明"), "李明");
        assert_eq!(undrawable("सीता"), "सीता");
        assert_eq!(undrawable("สมชาย"), "สมชาย");
        assert_eq!(undrawable("Ana 👩‍🏫"), "👩🏫");
    }
}
