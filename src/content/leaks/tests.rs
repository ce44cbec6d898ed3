//! The leak check: each way a figure is written is found, and texts that only look alike are
//! not flagged.

use super::*;
use crate::content::{Choice, ChoiceOption, Estimate, Source, Stage, Truth};
use crate::testing::small_case;

fn values(text: &str) -> Vec<(f64, bool)> {
    figures(text).iter().map(|f| (f.value, f.date)).collect()
}

#[test]
fn figures_are_read_as_people_write_them() {
    assert_eq!(values("6558 arrests"), [(6558.0, false)]);
    assert_eq!(values("over 6,558 arrests"), [(6558.0, false)]);
    assert_eq!(values("some 6 558 arrests"), [(6558.0, false)]);
    assert_eq!(values("6.5k arrests"), [(6500.0, false)]);
    assert_eq!(values("115 million messages"), [(115e6, false)]);
    assert_eq!(values("a billion messages"), [(1e9, false)]);
    assert_eq!(values("half a million"), [(5e5, false)]);
    assert_eq!(values("for eleven weeks"), [(11.0, false)]);
    assert_eq!(values("twenty-seven countries"), [(27.0, false)]);
    assert_eq!(values("27,6 tonnes"), [(27.6, false)]);
    assert_eq!(values("€739.7 million in cash"), [(739.7e6, false)]);
}

#[test]
fn days_and_years_in_dates_are_dates() {
    assert_eq!(values("On 9 March 2021"), [(9.0, true), (2021.0, true)]);
    assert_eq!(values("on June 12, 2020"), [(12.0, true), (2020.0, true)]);
    assert_eq!(
        values("the night of 12–13 June"),
        [(12.0, true), (13.0, true)]
    );
    assert_eq!(values("in 2019"), [(2019.0, true)]);
    assert_eq!(
        values("dated 2021-03-09"),
        [(2021.0, true), (3.0, true), (9.0, true)]
    );
    assert_eq!(
        values("2,000 officers"),
        [(2000.0, false)],
        "a grouped number is a count"
    );
}

/// The small case with its first stage's narrative (where the arrests question is asked)
/// replaced.
fn with_narrative(text: &str) -> Case {
    let mut case = small_case();
    case.stages[0].narrative = vec![text.to_string()];
    case
}

#[test]
fn each_kind_of_leak_is_found() {
    for leaking in [
        "Police made 6558 arrests.",
        "Police made 6,558 arrests.",
        "Police made 6 558 arrests.",
        "Police made some 6.5k arrests.",
        "Police made over 6,500 arrests.",
        "Close to seven thousand were arrested.",
    ] {
        let found = leaks(&with_narrative(leaking));
        assert_eq!(found.len(), 1, "{leaking}: {found:?}");
        assert_eq!(found[0].path, "stages[0].narrative[0]");
        assert!(
            found[0].message.contains("6,558 arrests"),
            "{}",
            found[0].message
        );
    }
    // The year asked at stage 2 given away by stage 1's narrative.
    let mut case = small_case();
    case.stages[0].narrative = vec!["Phones were first noticed in 2017.".into()];
    let found = leaks(&case);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.starts_with("stage 2"));
    // An earlier reveal's explanation, and the summary.
    let mut case = small_case();
    case.stages[0].question = Question::Estimate(Estimate {
        explanation: "The French probe began in 2017 and grew.".into(),
        ..match &case.stages[0].question {
            Question::Estimate(e) => e.clone(),
            _ => unreachable!(),
        }
    });
    assert_eq!(leaks(&case)[0].path, "stages[0].question.explanation");
    let mut case = small_case();
    case.summary = "Eleven weeks and 6,558 arrests.".into();
    assert_eq!(leaks(&case)[0].path, "summary");
}

#[test]
fn a_right_option_written_earlier_is_a_leak() {
    let mut case = small_case();
    case.stages.push(Stage {
        id: "tool".into(),
        title: "The tool".into(),
        narrative: vec!["They set up a joint investigation team.".into()],
        question: Question::Choice(Choice {
            prompt: "What did they set up?".into(),
            options: vec![
                ChoiceOption {
                    text: "A joint investigation team".into(),
                    correct: true,
                    why: "It shares evidence.".into(),
                },
                ChoiceOption {
                    text: "A European Arrest Warrant".into(),
                    correct: false,
                    why: "It surrenders people.".into(),
                },
            ],
            as_of: "2023".into(),
            source: Source {
                publisher: "Eurojust".into(),
                title: "JITs".into(),
                date: "2023".into(),
                url: None,
            },
            explanation: "A JIT shares evidence. It is set up by agreement.".into(),
            disagreement: None,
        }),
    });
    let found = leaks(&case);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "stages[2].narrative[0]");
}

#[test]
fn texts_that_only_look_alike_are_not_flagged() {
    for fine in [
        "Police searched 655 homes and 58 cars.",
        "Officers from 65 units took part.",
        "On 6 May 2021 the first raids began.",
        "By 2020 the network had spread.",
        "It took 3 years and cost €5.6 million.",
        "One in twenty were released.",
    ] {
        assert!(leaks(&with_narrative(fine)).is_empty(), "{fine}");
    }
    // A year in a date is no leak for a year question whose answer is another year.
    let mut case = small_case();
    case.stages[0].narrative = vec!["On 27 June 2023 Europol published its figures.".into()];
    assert!(leaks(&case).is_empty());
    // The answer in the question's own prompt is not text seen before (it asks for it).
    let mut case = small_case();
    case.stages[1].question = match &case.stages[1].question {
        Question::Estimate(e) => Question::Estimate(Estimate {
            truth: Truth::Value(2017.0),
            ..e.clone()
        }),
        _ => unreachable!(),
    };
    assert!(leaks(&case).is_empty());
}

#[test]
fn explanations_say_why_in_two_to_four_sentences() {
    assert_eq!(sentence_count("One. Two."), 2);
    assert_eq!(
        sentence_count("About 1.5 million, e.g. in Antwerp. More followed."),
        2
    );
    assert_eq!(
        sentence_count("The U.S. charged him. He pleaded guilty."),
        2
    );
    assert_eq!(sentence_count("Just one sentence about 6,558 arrests."), 1);
    let mut case = small_case();
    let found = explanation_lengths(&case);
    assert_eq!(
        found.len(),
        2,
        "both fixtures explain in one sentence: {found:?}"
    );
    if let Question::Estimate(e) = &mut case.stages[0].question {
        e.explanation = "One. Two. Three. Four. Five. Six.".into();
    }
    assert!(
        explanation_lengths(&case)[0]
            .message
            .contains("6 sentences")
    );
}
