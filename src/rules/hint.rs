//! How a question asks to be answered: whether an estimate needs an 80% range, where the
//! player answers, and the example of a range. The hint in words is
//! [`crate::report::hints::hint`]; the English here serves the rules' own error messages.

use serde::{Deserialize, Serialize};

use crate::content::Scale;

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

    #[test]
    fn a_missing_range_says_how_to_add_one() {
        assert_eq!(
            range_required(Scale::Log),
            "Add the range you are 80% sure of, like 2000 (500-5000)"
        );
        assert_eq!(range_example(Scale::Linear), "2017 (2015-2019)");
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
