//! Students' names as people write them: normalised to Unicode NFC, counted in characters as a
//! reader sees them (grapheme clusters), compared case-folded, and checked against names that
//! only look alike (Unicode's confusable skeletons, UTS #39).

use unicode_normalization::UnicodeNormalization;
use unicode_security::confusable_detection::skeleton;
use unicode_segmentation::UnicodeSegmentation;

/// Longest name, in characters as a reader sees them (grapheme clusters: "é" written as e and a
/// combining accent is one; so is 👩🏽‍🚀).
pub const MAX_NAME_CHARS: usize = 24;

/// Why a name is refused, for the student who typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// A control character, or an invisible formatting one (the right-to-left override, a
    /// zero-width space, a joiner outside an emoji sequence) that could hide or reverse text
    /// on the projector.
    Invisible,
}

impl NameProblem {
    pub fn message(self) -> &'static str {
        match self {
            NameProblem::Empty => "Type a name (a nickname is fine)",
            NameProblem::TooLong => "That name is too long: at most 24 characters",
            NameProblem::Invisible => {
                "That name has invisible or control characters: type it again"
            }
        }
    }
}

/// A name a student typed, made ready to keep: trimmed, in NFC (so "José" typed with a
/// precomposed é or with a combining accent is the same name), 1 to [`MAX_NAME_CHARS`]
/// grapheme clusters, and with no control or invisible formatting characters. A zero-width
/// joiner is allowed where it joins an emoji sequence (👩‍🏫), and variation selectors where
/// they follow a character.
pub fn normalise_name(name: &str) -> Result<String, NameProblem> {
    let name: String = name.trim().nfc().collect();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    let clusters: Vec<&str> = name.graphemes(true).collect();
    if clusters.len() > MAX_NAME_CHARS {
        return Err(NameProblem::TooLong);
    }
    if clusters.iter().any(|cluster| hides_text(cluster)) {
        return Err(NameProblem::Invisible);
    }
    Ok(name)
}

/// Whether a grapheme cluster holds a character that could hide or reverse text.
fn hides_text(cluster: &str) -> bool {
    let chars: Vec<char> = cluster.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| match c {
        // A joiner inside an emoji sequence (the cluster goes on after it, which Unicode's
        // segmentation allows only between pictographs) joins two emoji into one.
        '\u{200D}' => i + 1 == chars.len() || i == 0,
        // Emoji and text presentation selectors after a character.
        '\u{FE0E}' | '\u{FE0F}' => i == 0,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}'
        | '\u{180E}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{3164}'
        | '\u{FFA0}'
        | '\u{E0000}'..='\u{E007F}' => true,
        c => c.is_control(),
    })
}

/// How names are compared: NFC, lower case, then Unicode's confusable skeleton, so that "Ana",
/// "ana" and "Аna" (with a Cyrillic А) are one name.
pub fn name_key(name: &str) -> String {
    let folded: String = name.nfc().flat_map(char::to_lowercase).collect();
    skeleton(&folded).collect()
}

/// The same name, told apart from one that only looks the same.
pub fn same_letters(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String { s.nfc().flat_map(char::to_lowercase).collect() };
    fold(a) == fold(b)
}
