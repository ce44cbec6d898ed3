//! Takedown: estimate the outcomes of real cross-border investigations into encrypted-phone
//! networks.
//!
//! - [`rules`]: the game itself, plain Rust, no Bevy.
//! - [`cli`]: the command line (`check`, `text`).
//! - [`game`]: the window, a Bevy view over the rules.

pub mod cli;
pub mod game;
pub mod rules;
