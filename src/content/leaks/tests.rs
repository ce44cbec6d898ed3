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
        places: Vec::new(),
        date: None,
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

/// The small case with a third stage, a choice among `options` (the first is right), after
/// `narrative`.
fn with_choice(narrative: &str, prompt: &str, options: &[&str]) -> Case {
    let mut case = small_case();
    case.stages.push(Stage {
        places: Vec::new(),
        date: None,
        id: "where".into(),
        title: "The arrest".into(),
        narrative: vec![narrative.into()],
        question: Question::Choice(Choice {
            prompt: prompt.into(),
            options: options
                .iter()
                .enumerate()
                .map(|(i, text)| ChoiceOption {
                    text: (*text).into(),
                    correct: i == 0,
                    why: "Because.".into(),
                })
                .collect(),
            as_of: "2018".into(),
            source: Source {
                publisher: "A newspaper".into(),
                title: "A report".into(),
                date: "2018".into(),
                url: None,
            },
            explanation: "He was arrested there. The charges were brought there.".into(),
            disagreement: None,
        }),
    });
    case
}

#[test]
fn a_word_of_the_right_option_alone_singles_it_out() {
    let places = [
        "Bellingham, Washington, in the United States",
        "Vancouver, Canada",
        "Sydney, Australia",
    ];
    let case = with_choice(
        "Its chief was arrested in the United States.",
        "Where was he arrested?",
        &places,
    );
    let found = leaks(&case);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "stages[2].narrative[0]");
    assert_eq!(
        found[0].offset,
        "Its chief was arrested in the ".chars().count()
    );
    assert!(
        found[0].message.contains("\u{201c}United\u{201d}"),
        "{}",
        found[0].message
    );
    // A nationality standing for the right option, as in "French police" before "The French
    // Gendarmerie".
    let found = leaks(&with_choice(
        "French police placed a device.",
        "Who collected the data?",
        &["The French Gendarmerie", "Interpol", "The Dutch police"],
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    // A plural in the text, the singular in the option.
    let found = leaks(&with_choice(
        "A phone was seized in one of the murders.",
        "In which case was the phone seized?",
        &["A murder case", "A tax fraud", "A customs check"],
    ));
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn words_that_point_nowhere_in_particular_are_not_flagged() {
    // A country named in every option tells them apart not at all.
    assert!(
        leaks(&with_choice(
            "The servers were in France.",
            "Where were the servers?",
            &["Roubaix, France", "Lille, France", "Strasbourg, France"],
        ))
        .is_empty()
    );
    // A wrong option hinted as well: the text points to no single one.
    assert!(
        leaks(&with_choice(
            "He flew from Canada to the United States.",
            "Where was he arrested?",
            &[
                "Bellingham, in the United States",
                "Vancouver, Canada",
                "Sydney, Australia"
            ],
        ))
        .is_empty()
    );
    // A word the prompt shares with the option is the question's, not a hint.
    assert!(
        leaks(&with_choice(
            "Several courts ruled on the evidence.",
            "What did the court hold about the evidence?",
            &[
                "The evidence could be admitted",
                "The evidence was excluded"
            ],
        ))
        .is_empty()
    );
}

#[test]
fn an_answer_shown_in_a_case_played_before_is_found() {
    let mut earlier = case_asking_120();
    earlier.stages[1].narrative = vec!["In the end 6,558 arrests were made.".into()];
    let later = small_case();
    let found = leaks_into(&earlier, &later);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "stages[1].narrative[0]");
    assert!(
        found[0]
            .message
            .starts_with("small stage 1 (\u{201c}Arrests\u{201d}) asks for 6,558"),
        "{}",
        found[0].message
    );
    assert!(found[0].message.contains("earlier is played before it"));
    // A right option's text, in an earlier reveal's explanation.
    let mut earlier = case_asking_120();
    earlier.stages[0].question = match &earlier.stages[0].question {
        Question::Estimate(e) => Question::Estimate(Estimate {
            explanation: "Arrests came after the Vancouver, Canada raids. They took weeks.".into(),
            ..e.clone()
        }),
        _ => unreachable!(),
    };
    let later = with_choice(
        "A new case.",
        "Where?",
        &["Vancouver, Canada", "Sydney, Australia"],
    );
    let found = leaks_into(&earlier, &later);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "stages[0].question.explanation");
}

#[test]
fn years_and_other_figures_in_another_case_are_not_flagged() {
    // The year the later case asks for stands in the earlier one's story: not a giveaway.
    let mut earlier = case_asking_120();
    earlier.stages[0].narrative = vec!["In 2017 the first phones were found.".into()];
    // 6,558 counting something else, and a figure far from the answer.
    earlier.stages[1].narrative = vec!["They seized €6,558 in cash and made 120 arrests.".into()];
    assert!(leaks_into(&earlier, &small_case()).is_empty());
}

/// Another case, `earlier`, whose first stage asks for 120 arrests instead of 6,558.
fn case_asking_120() -> Case {
    let mut case = small_case();
    case.id = "earlier".into();
    case.stages[0].question = match &case.stages[0].question {
        Question::Estimate(e) => Question::Estimate(Estimate {
            truth: Truth::Value(120.0),
            ..e.clone()
        }),
        _ => unreachable!(),
    };
    case
}

#[test]
fn dates_are_read_as_people_write_them() {
    let found = |text: &str| -> Vec<String> {
        dates::dates(text)
            .iter()
            .map(|d| format!("{} {:?} {}", d.date, d.precision, &text[d.start..d.end]))
            .collect()
    };
    assert_eq!(
        found("On 1 April 2020 it began"),
        ["2020-04-01 Day 1 April 2020"]
    );
    assert_eq!(found("on June 12, 2020."), ["2020-06-12 Day June 12, 2020"]);
    assert_eq!(
        found("the night of 12–13 June 2020"),
        [
            "2020-06-12 Day 12–13 June 2020",
            "2020-06-13 Day 13 June 2020"
        ]
    );
    assert_eq!(found("dated 2021-03-09"), ["2021-03-09 Day 2021-03-09"]);
    assert_eq!(found("on 1 Dec 2020"), ["2020-12-01 Day 1 Dec 2020"]);
    assert_eq!(
        found("from 12 to 13 June 2020"),
        [
            "2020-06-12 Day 12 to 13 June 2020",
            "2020-06-13 Day 13 June 2020"
        ]
    );
    assert_eq!(
        found("İstanbul, 9 March 2021"),
        ["2021-03-09 Day 9 March 2021"]
    );
    assert_eq!(found("2019-05"), ["2019-05-01 Month 2019-05"]);
    assert_eq!(
        found("By June 2023, and in 2019"),
        ["2023-06-01 Month June 2023", "2019-01-01 Year 2019"]
    );
    assert_eq!(found("In 2019, France acted."), ["2019-01-01 Year 2019"]);
    assert!(found("6,558 arrests in 16 countries; 2,000 officers; 2019.5 tonnes").is_empty());
}

/// The small case with its first question asking for `truth` days, after `narrative`.
fn days_asked(truth: f64, narrative: &[&str]) -> Case {
    let mut case = small_case();
    case.stages[0].narrative = narrative.iter().map(|t| t.to_string()).collect();
    case.stages[0].question = match &case.stages[0].question {
        Question::Estimate(e) => Question::Estimate(Estimate {
            prompt: "For how many days did they read the messages?".into(),
            unit: "days".into(),
            truth: Truth::Value(truth),
            ..e.clone()
        }),
        _ => unreachable!(),
    };
    case
}

#[test]
fn two_dates_whose_span_is_the_answer_are_a_leak() {
    let case = days_asked(
        81.0,
        &[
            "On 1 April 2020 the implant reached the phones.",
            "The operators warned their users on 20 June 2020.",
        ],
    );
    let found = leaks(&case);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "stages[0].narrative[1]");
    assert!(
        found[0]
            .message
            .contains("\u{201c}20 June 2020\u{201d} here and \u{201c}1 April 2020\u{201d}"),
        "{}",
        found[0].message
    );
    // An earlier reveal's "as of" date counts: it is shown.
    let mut case = days_asked(81.0, &["Nothing dated here."]);
    case.stages.swap(0, 1);
    case.stages[0].narrative = vec!["On 1 April 2020 the implant reached the phones.".into()];
    case.stages[0].question = match &case.stages[0].question {
        Question::Estimate(e) => Question::Estimate(Estimate {
            as_of: "2020-06-20".into(),
            ..e.clone()
        }),
        _ => unreachable!(),
    };
    let found = leaks(&case);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "stages[0].question.as_of", "{found:?}");
}

#[test]
fn dates_that_span_something_else_are_not_flagged() {
    for narrative in [
        // One date alone is no span.
        &["On 1 April 2020 the implant reached the phones."][..],
        // Two dates, far from the answer.
        &[
            "It began on 1 April 2020.",
            "The trial opened on 3 May 2022.",
        ][..],
        // Months and years are too coarse for a question in days.
        &["It began in April 2020.", "It ended in June 2020."][..],
    ] {
        let found = leaks(&days_asked(81.0, narrative));
        assert!(found.is_empty(), "{narrative:?}: {found:?}");
    }
}

/// The small case's order question (stage 3) after `titles` for stages 1 and 2, the order's
/// own events being "Phones found in raids", "Joint team formed", "Takedown announced".
fn order_after(titles: [&str; 2], narrative: &str) -> Case {
    let mut case = crate::testing::mixed_case();
    let order = case
        .stages
        .iter()
        .position(|s| matches!(s.question, Question::Order(_)))
        .expect("the mixed case has an order question");
    case.stages[0].title = titles[0].into();
    case.stages[1].title = titles[1].into();
    case.stages[order].narrative = vec![narrative.into()];
    case
}

#[test]
fn an_order_whose_events_were_all_dated_is_a_leak() {
    let case = order_after(
        ["Phones in raids, 2017", "A joint team, April 2020"],
        "The takedown was announced on 2 July 2020.",
    );
    let found: Vec<Finding> = leaks(&case)
        .into_iter()
        .filter(|f| f.message.contains("every event was dated"))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].path.ends_with(".question.prompt"), "{found:?}");
    // Marked as a recap by its author: no warning.
    let mut case = case;
    for stage in &mut case.stages {
        if let Question::Order(o) = &mut stage.question {
            o.recap = true;
        }
    }
    assert!(
        !leaks(&case)
            .iter()
            .any(|f| f.message.contains("every event was dated"))
    );
}

#[test]
fn an_order_with_an_undated_event_is_not_flagged() {
    // The takedown is mentioned, but never dated.
    let case = order_after(
        ["Phones in raids, 2017", "A joint team, April 2020"],
        "Then the takedown was announced.",
    );
    assert!(
        !leaks(&case)
            .iter()
            .any(|f| f.message.contains("every event was dated")),
        "{:?}",
        leaks(&case)
    );
}

#[test]
fn text_that_changes_length_in_lower_case_is_read_safely() {
    // "İ" is two bytes, its lower case three: offsets must not be carried across.
    let found = leaks(&with_narrative("İİİ police made 6,558 arrests."));
    assert_eq!(found.len(), 1, "{found:?}");
    let found = leaks(&with_choice(
        "İİİ they used Vancouver, Canada as a base.",
        "Where?",
        &["Vancouver, Canada", "Sydney, Australia"],
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("right option"), "{found:?}");
}
