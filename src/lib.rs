//! Takedown: estimate the outcomes of real cross-border investigations into encrypted-phone
//! networks.
//!
//! The modules tell the story from the bottom up; each may use the ones above it, never the
//! ones below (see `docs/architecture.md`):
//!
//! - [`content`]: what a case file says, and reading and checking it;
//! - [`rules`]: reading answers, scoring, progress through a case;
//! - [`map`]: where a case happened, drawn (pixels for the window, SVG for phones), no words;
//! - [`report`]: what the reveal and the debrief show, in words;
//! - [`store`]: what outlives a session (profiles, progress, results, settings, class
//!   sessions), behind one interface;
//! - the front ends: [`cli`] (`check`, `text`, `export`, `new-case`, `import-sheet`,
//!   `export-sheet`, `host`), [`game`] (the
//!   Bevy window, a view over the rest) and [`host`] (the class server students' phones talk
//!   to).
//!
//! The first four are plain Rust with no Bevy. The web build (`scripts/build-web.sh`) has the
//! game without `cli` and `host`: a page has no command line and serves no phones.

pub mod content;
pub mod map;
pub mod report;
pub mod rules;
pub mod store;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod game;
#[cfg(not(target_arch = "wasm32"))]
pub mod host;

#[cfg(test)]
pub(crate) mod testing;
