//! The join URL as a QR code: a square of dark and light modules with the quiet zone around it.

/// The modules of a QR code for `text`, row by row, `true` for dark, with a four-module quiet
/// zone; and the side length. `None` if the text is too long for a QR code.
pub fn modules(text: &str) -> Option<(Vec<bool>, usize)> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    const QUIET: usize = 4;
    let side = width + 2 * QUIET;
    let mut out = vec![false; side * side];
    for y in 0..width {
        for x in 0..width {
            out[(y + QUIET) * side + x + QUIET] = colors[y * width + x] == qrcode::Color::Dark;
        }
    }
    Some((out, side))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_url_makes_a_small_code_with_a_quiet_zone() {
        let (modules, side) = modules("http://192.168.1.23:7878/?code=4821").unwrap();
        assert_eq!(modules.len(), side * side);
        assert!((29..=41).contains(&side), "a version 2 or 3 code: {side}");
        assert!(
            modules[..4 * side].iter().all(|m| !m),
            "the quiet zone is light"
        );
        // The finder pattern's corner module is dark.
        assert!(modules[4 * side + 4]);
    }
}
