//! How a question asks to be answered: the hint shown with it, in the window and in the
//! terminal, and whether an estimate needs an 80% range.

use serde::{Deserialize, Serialize};

use crate::content::{Question, Scale};

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
    /// The next mode, for a settings button that cycles.
    pub fn next(self) -> RangeMode {
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

/// Where the player answers: the window has a slider and buttons, the terminal a prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Window,
    Terminal,
}

/// A best guess with an 80% range, as an example to type.
pub fn range_example(scale: Scale) -> &'static str {
    match scale {
        Scale::Log => "2000 (500-5000)",
        Scale::Linear => "2017 (2015-2019)",
    }
}

/// What to type when a range is required and missing.
pub fn range_required(scale: Scale) -> String {
    format!(
        "Add the range you are 80% sure of, like {}",
        range_example(scale)
    )
}

/// The hint for `question`: how to answer it where the player is.
pub fn hint(question: &Question, ranges: RangeMode, input: Input) -> String {
    match (question, input) {
        (Question::Estimate(estimate), Input::Window) => {
            let scale = estimate.scale;
            let number = match scale {
                Scale::Log => {
                    "Type a number (2500, 3.5 million, 6.5k) or move the log-scale slider with ↑ ↓ (Shift: faster)."
                }
                Scale::Linear => {
                    "Type a year, or move the slider a year at a time with ↑ ↓ (Shift: five years)."
                }
            };
            let example = range_example(scale);
            match ranges {
                RangeMode::Hidden => format!("{number} Enter submits."),
                RangeMode::Optional => format!(
                    "{number} Add an 80% range if you like: type {example}, or on the slider press + and − or Shift+click. Enter submits."
                ),
                RangeMode::Required => format!(
                    "Type your best guess and the range you are 80% sure of: {example}, or set them on the slider (+ and − or Shift+click for the range). Enter submits."
                ),
            }
        }
        (Question::Estimate(estimate), Input::Terminal) => {
            let what = match (estimate.scale, unit_words(&estimate.unit)) {
                (Scale::Linear, _) => "a year".to_string(),
                (Scale::Log, None) => "a number".to_string(),
                (Scale::Log, Some(unit)) => format!("a number of {unit}"),
            };
            let example = range_example(estimate.scale);
            match ranges {
                RangeMode::Hidden => what,
                RangeMode::Optional => {
                    format!("{what}; add an 80% range like {example} if you wish")
                }
                RangeMode::Required => {
                    format!("{what} and the range you are 80% sure of, like {example}")
                }
            }
        }
        (Question::Choice(_), Input::Window) => {
            "Click an option, or press its number. Tab and Enter work too.".to_string()
        }
        (Question::Choice(choice), Input::Terminal) => {
            format!("the number of an option, 1 to {}", choice.options.len())
        }
        (Question::Order(_), Input::Window) => "Earliest at the top. Move events with ▲ ▼ (Tab or the arrow keys choose a button, Enter presses it), then submit.".to_string(),
        (Question::Order(_), Input::Terminal) => "the letters, earliest first".to_string(),
    }
}

/// A unit as words in a sentence: `€` is `euros`; no unit is `None`.
pub fn unit_words(unit: &str) -> Option<String> {
    let unit = unit.trim();
    if unit.is_empty() {
        return None;
    }
    Some(
        crate::content::number::currency_name(unit)
            .map(str::to_string)
            .unwrap_or_else(|| {
                if unit == "%" {
                    "percent".into()
                } else {
                    unit.into()
                }
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::small_case;

    #[test]
    fn every_mode_has_its_hint_in_both_places() {
        let case = small_case();
        let count = &case.stages[0].question;
        let year = &case.stages[1].question;
        assert!(hint(count, RangeMode::Optional, Input::Window).contains("2000 (500-5000)"));
        assert!(!hint(count, RangeMode::Hidden, Input::Window).contains("range"));
        assert!(hint(year, RangeMode::Required, Input::Window).contains("2017 (2015-2019)"));
        assert_eq!(
            hint(count, RangeMode::Optional, Input::Terminal),
            "a number of arrests; add an 80% range like 2000 (500-5000) if you wish"
        );
        assert_eq!(hint(year, RangeMode::Hidden, Input::Terminal), "a year");
        assert_eq!(
            range_required(Scale::Log),
            "Add the range you are 80% sure of, like 2000 (500-5000)"
        );
    }

    #[test]
    fn units_in_words() {
        assert_eq!(unit_words("€").as_deref(), Some("euros"));
        assert_eq!(unit_words("C$").as_deref(), Some("Canadian dollars"));
        assert_eq!(unit_words(" arrests ").as_deref(), Some("arrests"));
        assert_eq!(unit_words(""), None);
    }

    #[test]
    fn modes_cycle_through_all_three() {
        let mut mode = RangeMode::default();
        let mut seen = vec![];
        for _ in 0..3 {
            seen.push(mode);
            mode = mode.next();
        }
        assert_eq!(
            seen,
            [RangeMode::Optional, RangeMode::Required, RangeMode::Hidden]
        );
        assert_eq!(mode, RangeMode::Optional);
    }
}
