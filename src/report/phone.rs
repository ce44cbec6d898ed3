//! The class page's words, in each phone's own language: why the class server refused
//! something ([`class_error`]) and the page's own words ([`page_words`], sent to the page as
//! JSON: `/api/words?lang=fr`). A word with a place for something the page fills in carries
//! it as `{name}` (`Stage {number} of {count}`).

use super::hints::answer_error;
use super::lang::{Arg, Lang, say, word};
use crate::rules::class::{ClassError, MAX_STUDENTS, teams::TEAM_SIZES};
use crate::rules::class::{MAX_NAME_CHARS, NameProblem};

/// Why the class server refused what a phone asked, in `lang`.
pub fn class_error(lang: Lang, error: &ClassError) -> String {
    let id = match error {
        ClassError::WrongCode => "class-wrong-code",
        ClassError::Locked => "class-locked",
        ClassError::Full => {
            return say(lang, "class-full", &[("count", MAX_STUDENTS.into())]);
        }
        ClassError::BadName(NameProblem::Empty) => "class-name-empty",
        ClassError::BadName(NameProblem::TooLong) => {
            return say(
                lang,
                "class-name-too-long",
                &[("count", MAX_NAME_CHARS.into())],
            );
        }
        ClassError::BadName(NameProblem::Invisible) => "class-name-invisible",
        ClassError::NameTaken => "class-name-taken",
        ClassError::CannotShow(chars) => {
            return say(lang, "class-cannot-show", &[("chars", chars.into())]);
        }
        ClassError::NameLookalike => "class-name-lookalike",
        ClassError::NameRemoved => "class-name-removed",
        ClassError::UnknownStudent => "class-unknown-student",
        ClassError::Removed => "class-removed",
        ClassError::NotOpen => "class-not-open",
        ClassError::Ended => "class-ended",
        ClassError::Answer(e) => return answer_error(lang, e),
        ClassError::NoTeam => "class-no-team",
        ClassError::UnknownTeam => "class-unknown-team",
        ClassError::TeamChosen => "class-team-chosen",
        ClassError::TeamFull => {
            return say(lang, "class-team-full", &[("count", TEAM_SIZES.1.into())]);
        }
        ClassError::TeamAnswered => "class-team-answered",
    };
    word(lang, id)
}

/// The page's own words, by message id, in `lang`; places the page fills in as `{name}`.
pub fn page_words(lang: Lang) -> Vec<(&'static str, String)> {
    // Messages whose arguments the page fills in: (id, the argument names).
    const FILLED: [(&str, &[&str]); 19] = [
        ("phone-announce-stage", &["number", "title"]),
        ("phone-announce-revealed", &["truth"]),
        ("phone-youre-in", &["name"]),
        ("phone-range-example", &["range"]),
        ("phone-no-reply", &["what"]),
        ("phone-error-status", &["what", "status"]),
        ("phone-team-sent", &["answer", "by"]),
        ("phone-not-sent-team", &["button"]),
        ("phone-read-as-sent", &["answer"]),
        ("phone-not-sent", &["button"]),
        ("phone-read-as-in", &["answer"]),
        ("phone-closed-unsent", &["text"]),
        ("phone-never-sent", &["text"]),
        ("phone-stage-of", &["number", "count"]),
        ("phone-team", &["number"]),
        ("phone-team-said-revise", &["answer"]),
        ("phone-team-said", &["answer"]),
        ("phone-alone", &["answer"]),
        ("phone-moved", &["place", "event"]),
    ];
    const PLAIN: [&str; 38] = [
        "phone-title",
        "phone-language",
        "phone-ended",
        "phone-ended-kept",
        "phone-join-heading",
        "phone-code",
        "phone-name",
        "phone-suggest",
        "phone-join",
        "phone-waiting",
        "phone-pick-team",
        "phone-best-guess",
        "phone-team-guess",
        "phone-revise-guess",
        "phone-range",
        "phone-send",
        "phone-order-how",
        "phone-send-order",
        "phone-the-answer",
        "phone-sources-differ",
        "phone-your-debrief",
        "phone-join-failed",
        "phone-no-nickname",
        "phone-reconnecting",
        "phone-unreadable",
        "phone-team-not-sent",
        "phone-did-not-answer",
        "phone-closed",
        "phone-talk",
        "phone-nothing",
        "phone-nobody-yet",
        "phone-not-picked",
        "phone-move-up",
        "phone-move-down",
        "phone-not-sent-error",
        "phone-you",
        "phone-truth",
        "phone-points-heading",
    ];
    let mut words: Vec<(&'static str, String)> =
        PLAIN.iter().map(|&id| (id, word(lang, id))).collect();
    for (id, names) in FILLED {
        let args: Vec<(&str, Arg)> = names
            .iter()
            .map(|&name| (name, Arg::Text(format!("{{{name}}}"))))
            .collect();
        words.push((id, say(lang, id, &args)));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_words_in_every_language() {
        let errors = [
            ClassError::WrongCode,
            ClassError::Locked,
            ClassError::Full,
            ClassError::BadName(NameProblem::Empty),
            ClassError::BadName(NameProblem::TooLong),
            ClassError::BadName(NameProblem::Invisible),
            ClassError::NameTaken,
            ClassError::CannotShow("ア".into()),
            ClassError::NameLookalike,
            ClassError::NameRemoved,
            ClassError::UnknownStudent,
            ClassError::Removed,
            ClassError::NotOpen,
            ClassError::Ended,
            ClassError::NoTeam,
            ClassError::UnknownTeam,
            ClassError::TeamChosen,
            ClassError::TeamFull,
            ClassError::TeamAnswered,
        ];
        for error in &errors {
            // English says what the rules say.
            assert_eq!(class_error(Lang::En, error), error.to_string(), "{error:?}");
            for lang in [Lang::Fr, Lang::Nl, Lang::De] {
                let said = class_error(lang, error);
                assert_ne!(said, error.to_string(), "{lang} {error:?}");
                assert!(!said.starts_with("class-"), "{lang}: {said}");
            }
        }
        assert!(class_error(Lang::De, &ClassError::Full).contains("200"));
    }

    #[test]
    fn the_page_gets_every_word_with_places_to_fill() {
        for lang in Lang::ALL {
            let words = page_words(lang);
            assert!(
                words
                    .iter()
                    .all(|(id, said)| !said.is_empty() && said != id),
                "{lang}"
            );
            let stage = &words
                .iter()
                .find(|(id, _)| *id == "phone-stage-of")
                .unwrap()
                .1;
            assert!(
                stage.contains("{number}") && stage.contains("{count}"),
                "{lang}: {stage}"
            );
        }
        let fr = page_words(Lang::Fr);
        assert!(
            fr.iter()
                .any(|(id, w)| *id == "phone-join" && w == "Rejoindre")
        );
    }
}
