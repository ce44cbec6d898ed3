//! The game's rules, in plain Rust with no Bevy types: the content model, reading case files,
//! reading answers, scoring, progress through a case and the debrief.

pub mod answer;
pub mod chime;
pub mod content;
pub mod debrief;
pub mod history;
pub mod library;
pub mod line;
pub mod locate;
pub mod number;
pub mod progress;
pub mod reveal;
pub mod scoring;
pub mod slider;
pub mod validate;

#[cfg(test)]
pub(crate) mod testing;
