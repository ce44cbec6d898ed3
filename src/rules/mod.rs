//! The rules of play, in plain Rust: reading what the player typed, scoring it, the slider's
//! scale, and a player's way through a case.

pub mod answer;
pub mod class;
pub mod hint;
pub mod judge;
pub mod progress;
pub mod scoring;
pub mod slider;
pub mod units;
