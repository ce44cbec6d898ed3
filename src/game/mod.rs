//! The game window (placeholder while the screens are written).
use std::path::PathBuf;

pub struct Options {
    pub levels: Option<PathBuf>,
    pub seed: u64,
}

pub fn run(_options: Options) {}
