//! How to answer, in the player's language: the hint under a question (in the window and in
//! the terminal) and why a typed answer was not read ([`AnswerError`] in words).

use super::lang::{Lang, say, word};
use crate::content::number::{CURRENCIES, currency};
use crate::content::{Question, Scale};
use crate::rules::answer::{AnswerError, letter};
use crate::rules::hint::{Input, RangeMode, range_example};
use crate::rules::units::{Dimension, unit_dimension};

/// A unit as words in a sentence: `€` is `euros` (`d’euros` is the message's business), `%`
/// is `percent`; a counted thing as the case names it; no unit is `None`.
pub fn unit_words(lang: Lang, unit: &str) -> Option<String> {
    let unit = unit.trim();
    if unit.is_empty() {
        return None;
    }
    Some(match currency(unit) {
        Some(c) => say(lang, "currency-name", &[("code", c.code.into())]),
        None if unit == "%" => word(lang, "unit-percent"),
        None => unit.to_string(),
    })
}

/// What to type, for the end of a sentence "type …": `a number of arrests`, `an amount in
/// euros`, `it in tonnes`.
pub fn what_to_type(lang: Lang, unit: &str) -> String {
    match (unit_words(lang, unit), unit_dimension(unit)) {
        (None, _) => word(lang, "what-number"),
        (Some(words), Dimension::Count) => say(lang, "what-number-of", &[("unit", words.into())]),
        (Some(words), Dimension::Money(_)) => {
            say(lang, "what-amount-in", &[("unit", words.into())])
        }
        (Some(words), _) => say(lang, "what-in", &[("unit", words.into())]),
    }
}

/// Why `error` stopped an answer, as a line beside the field.
pub fn answer_error(lang: Lang, error: &AnswerError) -> String {
    match error {
        AnswerError::Empty | AnswerError::NotANumber => word(lang, "error-not-a-number"),
        AnswerError::NotPositive => word(lang, "error-not-positive"),
        AnswerError::TooLarge => word(lang, "error-too-large"),
        AnswerError::NotAYear => word(lang, "error-not-a-year"),
        AnswerError::OnlyPowersOfTen => word(lang, "error-only-powers-of-ten"),
        AnswerError::NotARange => word(lang, "error-not-a-range"),
        AnswerError::RangeBackwards => word(lang, "error-range-backwards"),
        AnswerError::GuessOutsideRange => word(lang, "error-guess-outside-range"),
        AnswerError::RangeRequired(scale) => say(
            lang,
            "error-range-required",
            &[("example", range_example(*scale).into())],
        ),
        AnswerError::NotAChoice(n) => say(lang, "error-not-a-choice", &[("count", (*n).into())]),
        AnswerError::NotAnOrder(n) => {
            let letters: Vec<String> = (0..*n).rev().map(|i| letter(i).to_string()).collect();
            say(
                lang,
                "error-not-an-order",
                &[
                    ("count", (*n).into()),
                    ("letters", letters.join(" ").into()),
                ],
            )
        }
        AnswerError::WrongUnit { unit, typed } => {
            // A currency the rules named in full (`Australian dollars`) is named in `lang`.
            let typed = CURRENCIES
                .iter()
                .find(|c| c.name == typed)
                .and_then(|c| unit_words(lang, c.symbol))
                .unwrap_or_else(|| typed.clone());
            say(
                lang,
                "error-wrong-unit",
                &[
                    (
                        "unit",
                        unit_words(lang, unit)
                            .unwrap_or_else(|| word(lang, "what-plain-number"))
                            .into(),
                    ),
                    ("typed", typed.into()),
                    ("what", what_to_type(lang, unit).into()),
                ],
            )
        }
        AnswerError::UnknownWord { word: typed, unit } => say(
            lang,
            "error-unknown-word",
            &[
                ("word", typed.into()),
                ("what", what_to_type(lang, unit).into()),
            ],
        ),
    }
}

/// The hint for `question`: how to answer it where the player is, in `lang`.
pub fn hint(lang: Lang, question: &Question, ranges: RangeMode, input: Input) -> String {
    match (question, input) {
        (Question::Estimate(estimate), Input::Window) => {
            let scale = estimate.scale;
            let how = word(
                lang,
                match scale {
                    Scale::Log => "hint-number-log",
                    Scale::Linear => "hint-number-year",
                },
            );
            let example = range_example(scale);
            let id = match ranges {
                RangeMode::Hidden => "hint-window-hidden",
                RangeMode::Optional => "hint-window-optional",
                RangeMode::Required => "hint-window-required",
            };
            say(
                lang,
                id,
                &[("how", how.into()), ("example", example.into())],
            )
        }
        (Question::Estimate(estimate), Input::Terminal) => {
            let what = match estimate.scale {
                Scale::Linear => word(lang, "hint-terminal-year"),
                Scale::Log => match unit_words(lang, &estimate.unit) {
                    None => word(lang, "what-number"),
                    Some(unit) => say(lang, "what-number-of", &[("unit", unit.into())]),
                },
            };
            let example = range_example(estimate.scale);
            match ranges {
                RangeMode::Hidden => what,
                RangeMode::Optional => say(
                    lang,
                    "hint-terminal-optional",
                    &[("what", what.into()), ("example", example.into())],
                ),
                RangeMode::Required => say(
                    lang,
                    "hint-terminal-required",
                    &[("what", what.into()), ("example", example.into())],
                ),
            }
        }
        (Question::Choice(_), Input::Window) => word(lang, "hint-window-choice"),
        (Question::Choice(choice), Input::Terminal) => say(
            lang,
            "hint-terminal-choice",
            &[("count", choice.options.len().into())],
        ),
        (Question::Order(_), Input::Window) => word(lang, "hint-window-order"),
        (Question::Order(_), Input::Terminal) => word(lang, "hint-terminal-order"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::lang::Lang;
    use crate::rules::answer::read_figure;
    use crate::testing::small_case;

    /// Every kind of error, English as the rules' own message says it (the terminal's and the
    /// class server's, until they speak other languages).
    fn every_error() -> Vec<AnswerError> {
        let wrong = |typed: &str, unit: &str| {
            read_figure(typed, Lang::En)
                .and_then(|f| crate::rules::units::in_unit(&f, unit))
                .unwrap_err()
        };
        vec![
            AnswerError::Empty,
            AnswerError::NotANumber,
            AnswerError::NotPositive,
            AnswerError::TooLarge,
            AnswerError::NotAYear,
            AnswerError::NotAChoice(4),
            AnswerError::NotAnOrder(3),
            AnswerError::NotARange,
            AnswerError::RangeBackwards,
            AnswerError::GuessOutsideRange,
            AnswerError::RangeRequired(Scale::Log),
            AnswerError::RangeRequired(Scale::Linear),
            wrong("9 tonnes", "arrests"),
            wrong("A$5m", "€"),
            wrong("5 %", "kg"),
            wrong("500 bananas", "arrests"),
            AnswerError::OnlyPowersOfTen,
        ]
    }

    #[test]
    fn english_errors_say_what_the_rules_say() {
        for error in every_error() {
            assert_eq!(
                answer_error(Lang::En, &error),
                error.to_string(),
                "{error:?}"
            );
        }
    }

    #[test]
    fn errors_in_each_language() {
        let errors = every_error();
        for lang in [Lang::Fr, Lang::Nl, Lang::De] {
            for error in &errors {
                let said = answer_error(lang, error);
                assert_ne!(said, answer_error(Lang::En, error), "{lang} {error:?}");
                assert!(!said.contains('{'), "{lang}: {said}");
            }
        }
        let wrong = errors
            .iter()
            .find(|e| matches!(e, AnswerError::WrongUnit { .. }))
            .unwrap();
        assert_eq!(
            answer_error(Lang::De, wrong),
            "Die Antwort ist in arrests, nicht in tonnes: Geben Sie eine Anzahl arrests ein"
        );
        let money = AnswerError::WrongUnit {
            unit: "€".into(),
            typed: "Australian dollars".into(),
        };
        assert_eq!(
            answer_error(Lang::Fr, &money),
            "La réponse est en euros, pas en dollars australiens\u{a0}: tapez un montant en euros"
        );
    }

    #[test]
    fn english_hints_as_before() {
        let case = small_case();
        let count = &case.stages[0].question;
        let year = &case.stages[1].question;
        assert!(
            hint(Lang::En, count, RangeMode::Optional, Input::Window).contains("2000 (500-5000)")
        );
        assert!(!hint(Lang::En, count, RangeMode::Hidden, Input::Window).contains("range"));
        assert_eq!(
            hint(Lang::En, count, RangeMode::Optional, Input::Terminal),
            "a number of arrests; add an 80% range like 2000 (500-5000) if you wish"
        );
        assert_eq!(
            hint(Lang::En, year, RangeMode::Hidden, Input::Terminal),
            "a year"
        );
        assert_eq!(
            hint(Lang::Nl, year, RangeMode::Hidden, Input::Terminal),
            "een jaartal"
        );
        assert!(
            hint(Lang::De, count, RangeMode::Required, Input::Window)
                .starts_with("Geben Sie Ihre beste Schätzung")
        );
    }
}
