//! Player settings that change how the game looks and asks: the language, text size, reduced
//! motion, high contrast, sound volume, whether 80% ranges are optional, required or hidden,
//! and the on-screen keypad. Kept in the store between runs.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::Storage;
use super::theme::palette::Palette;
pub use crate::content::lang::Lang;
pub use crate::rules::hint::RangeMode;

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

/// Settings for the player.
#[derive(Debug, Clone, PartialEq, Resource, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language everything is said in and typed numbers are read in. Default: the
    /// system's (the browser's on the web), if the game speaks it; English otherwise.
    pub lang: Lang,
    /// No animations: reveals appear at once.
    pub reduced_motion: bool,
    pub text_size: TextSize,
    pub ranges: RangeMode,
    /// Black background, white text, saturated accents.
    pub high_contrast: bool,
    /// Sound volume in percent: 0, 25, 50, 75 or 100.
    pub volume: u8,
    /// Show the on-screen keypad under an estimate (for touch screens and presenter mice).
    pub keypad: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: system_lang(),
            reduced_motion: std::env::var_os("TAKEDOWN_REDUCED_MOTION").is_some(),
            text_size: TextSize::Normal,
            ranges: RangeMode::Optional,
            high_contrast: false,
            volume: 50,
            // A browser shows no keyboard for the game's canvas on a tablet or phone.
            keypad: cfg!(target_arch = "wasm32"),
        }
    }
}

/// The system's language (the browser's on the web), if the game speaks it.
fn system_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        super::web::browser_lang()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::system()
    }
}

impl Settings {
    pub fn cycle_text_size(&mut self) {
        self.text_size = self.text_size.next();
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

pub(super) fn plugin(app: &mut App) {
    let settings = app
        .world()
        .get_resource::<Storage>()
        .and_then(|storage| storage.settings::<Settings>())
        .map(|mut s| {
            s.reduced_motion |= std::env::var_os("TAKEDOWN_REDUCED_MOTION").is_some();
            s
        })
        .unwrap_or_default();
    // `--lang` (or the page's `?lang=`) chooses as the settings button would.
    let mut settings = settings;
    if let Some(lang) = app
        .world()
        .get_resource::<super::Options>()
        .and_then(|o| o.lang)
    {
        settings.lang = lang;
    }
    app.insert_resource(Palette {
        high_contrast: settings.high_contrast,
    });
    app.insert_resource(settings);
    app.add_systems(
        Update,
        (apply_contrast, save_settings).run_if(resource_changed::<Settings>),
    );
}

/// The palette follows the setting; everything on screen is repainted, nothing redrawn.
fn apply_contrast(settings: Res<Settings>, mut palette: ResMut<Palette>) {
    palette.set_if_neq(Palette {
        high_contrast: settings.high_contrast,
    });
}

/// Keep settings between runs.
fn save_settings(settings: Res<Settings>, storage: Res<Storage>) {
    if settings.is_added() {
        return;
    }
    if let Err(e) = storage.save_settings(&*settings) {
        warn!("settings not saved: {e}");
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
