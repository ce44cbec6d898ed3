//! Player settings that change how the game looks and asks: text size, reduced motion, and
//! whether 80% ranges are optional, required or hidden. Saved in the data folder between runs.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::Options;
use crate::rules::history::write_atomically;

/// How large everything is drawn, on top of the scaling for big windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub fn factor(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.2,
            TextSize::Larger => 1.4,
        }
    }

    fn next(self) -> TextSize {
        match self {
            TextSize::Normal => TextSize::Large,
            TextSize::Large => TextSize::Larger,
            TextSize::Larger => TextSize::Normal,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }
}

/// Whether estimates ask for an 80% range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum RangeMode {
    /// A range may be added to any estimate.
    #[default]
    Optional,
    /// Every estimate needs a range.
    Required,
    /// Ranges are not mentioned (a typed range is still read).
    Hidden,
}

impl RangeMode {
    fn next(self) -> RangeMode {
        match self {
            RangeMode::Optional => RangeMode::Required,
            RangeMode::Required => RangeMode::Hidden,
            RangeMode::Hidden => RangeMode::Optional,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RangeMode::Optional => "optional",
            RangeMode::Required => "required",
            RangeMode::Hidden => "hidden",
        }
    }
}

/// Settings for the player.
#[derive(Debug, Clone, PartialEq, Resource, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// No animations: reveals appear at once.
    pub reduced_motion: bool,
    pub text_size: TextSize,
    pub ranges: RangeMode,
    /// Black background, white text, saturated accents.
    pub high_contrast: bool,
    /// Sound volume in percent: 0, 25, 50, 75 or 100.
    pub volume: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reduced_motion: std::env::var_os("TAKEDOWN_REDUCED_MOTION").is_some(),
            text_size: TextSize::Normal,
            ranges: RangeMode::Optional,
            high_contrast: false,
            volume: 50,
        }
    }
}

impl Settings {
    pub fn cycle_text_size(&mut self) {
        self.text_size = self.text_size.next();
    }

    pub fn cycle_ranges(&mut self) {
        self.ranges = self.ranges.next();
    }

    /// 0 → 25 → 50 → 75 → 100 → 0.
    pub fn cycle_volume(&mut self) {
        self.volume = if self.volume >= 100 {
            0
        } else {
            (self.volume / 25 + 1) * 25
        };
    }
}

const FILE: &str = "settings.json";

pub(super) fn plugin(app: &mut App) {
    let data = app
        .world()
        .get_resource::<Options>()
        .and_then(|o| o.data.clone());
    let settings = data
        .as_ref()
        .and_then(|dir| std::fs::read(dir.join(FILE)).ok())
        .and_then(|bytes| serde_json::from_slice::<Settings>(&bytes).ok())
        .map(|mut s| {
            s.reduced_motion |= std::env::var_os("TAKEDOWN_REDUCED_MOTION").is_some();
            s
        })
        .unwrap_or_default();
    crate::game::theme::palette::set_high_contrast(settings.high_contrast);
    app.insert_resource(settings);
    app.add_systems(Last, save_settings.run_if(resource_changed::<Settings>));
    app.add_systems(Update, apply_contrast.run_if(resource_changed::<Settings>));
}

/// Switch the theme, and redraw the screen showing so the change is visible at once.
fn apply_contrast(
    settings: Res<Settings>,
    mut applied: Local<Option<bool>>,
    screen: Res<State<super::Screen>>,
    mut next: ResMut<NextState<super::Screen>>,
) {
    let first = applied.is_none();
    if *applied == Some(settings.high_contrast) {
        return;
    }
    *applied = Some(settings.high_contrast);
    crate::game::theme::palette::set_high_contrast(settings.high_contrast);
    if !first {
        next.set(*screen.get());
    }
}

/// Keep settings between runs.
fn save_settings(settings: Res<Settings>, options: Res<Options>) {
    if settings.is_added() {
        return;
    }
    let Some(dir) = &options.data else {
        return;
    };
    match serde_json::to_vec_pretty(&*settings) {
        Ok(json) => {
            if let Err(e) = write_atomically(&dir.join(FILE), &json) {
                warn!("settings not saved: {e}");
            }
        }
        Err(e) => warn!("settings not saved: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_cycles_through_five_steps() {
        let mut s = Settings::default();
        assert_eq!(s.volume, 50);
        let seen: Vec<u8> = (0..5)
            .map(|_| {
                s.cycle_volume();
                s.volume
            })
            .collect();
        assert_eq!(seen, vec![75, 100, 0, 25, 50]);
    }

    #[test]
    fn old_settings_files_still_load() {
        let old = r#"{"reduced_motion": true, "text_size": "Large", "ranges": "Hidden"}"#;
        let s: Settings = serde_json::from_str(old).unwrap();
        assert!(s.reduced_motion);
        assert_eq!(s.text_size, TextSize::Large);
        assert_eq!(s.volume, 50);
        assert!(!s.high_contrast);
    }
}
