//! What the player is shown about their answers, worked out once for the window, the terminal
//! and the export: the answer in words, the reveal, the number line, the debrief.

pub mod class;
pub mod debrief;
pub mod glyphs;
pub mod hints;
pub mod icons;
pub mod lang;
pub mod line;
pub mod numbers;
pub mod phone;
pub mod places;
pub mod printable;
pub mod reveal;
pub mod student;
pub mod timeline;
pub mod verdicts;
pub mod words;
