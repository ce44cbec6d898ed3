//! Content: what a case file in `levels/` says, and reading it.
//!
//! - [`atlas`]: the world's countries (ISO codes, names, outlines) places are checked against;
//! - [`lang`]: the languages the game speaks ([`lang::Lang`]);
//! - [`kind`]: what a question's figure counts (people, arrests, money…), for its icon;
//! - [`model`]: the case, its stages and questions (re-exported here: `content::Case`);
//! - [`read`]: one file parsed and checked, every problem with `file:line:column`;
//! - [`validate`]: the checks beyond the syntax; [`locate`] finds their lines;
//! - [`library`]: the shipped cases embedded in the binary, overlaid by files on disk;
//! - [`number`]: how the figures of a case are written (`6,558`, `€739.7 million`).

pub mod atlas;
pub mod kind;
pub mod lang;
pub mod leaks;
pub mod library;
pub mod locate;
pub mod model;
pub mod number;
pub mod read;
pub mod translation;
pub mod validate;
pub mod write;

pub use model::*;
