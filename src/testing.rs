//! Small cases built in code, for unit tests.

use crate::content::*;

/// A two-stage case: a count (6,558 arrests) and a year (2017).
pub fn small_case() -> Case {
    let source = Source {
        publisher: "Europol and Eurojust".into(),
        title: "Dismantling encrypted criminal EncroChat communications".into(),
        date: "2023-06-27".into(),
        url: Some("https://www.europol.europa.eu/".into()),
    };
    Case {
        places: Vec::new(),
        schema: SCHEMA_VERSION,
        id: "small".into(),
        title: "Small case".into(),
        summary: "Two questions".into(),
        years: "2017–2023".into(),
        countries: vec!["France".into(), "Netherlands".into()],
        briefing: vec!["A briefing.".into()],
        lesson: "A lesson.".into(),
        stages: vec![
            Stage {
                places: Vec::new(),
                date: None,
                id: "arrests".into(),
                title: "Arrests".into(),
                narrative: vec!["Arrests followed.".into()],
                question: Question::Estimate(Estimate {
                    prompt: "How many arrests?".into(),
                    unit: "arrests".into(),
                    scale: Scale::Log,
                    truth: Truth::Value(6558.0),
                    as_of: "2023-06-27".into(),
                    source: source.clone(),
                    explanation: "Many countries used the data.".into(),
                    disagreement: None,
                    slider: None,
                }),
            },
            Stage {
                places: Vec::new(),
                date: None,
                id: "probe".into(),
                title: "The probe".into(),
                narrative: vec!["Phones were found.".into()],
                question: Question::Estimate(Estimate {
                    prompt: "In which year did the French probe start?".into(),
                    unit: "year".into(),
                    scale: Scale::Linear,
                    truth: Truth::Value(2017.0),
                    as_of: "2023-06-27".into(),
                    source,
                    explanation: "Phones kept turning up.".into(),
                    disagreement: None,
                    slider: None,
                }),
            },
        ],
    }
}

/// A case with a choice question and an order question.
pub fn mixed_case() -> Case {
    let mut case = small_case();
    let source = match &case.stages[0].question {
        Question::Estimate(e) => e.source.clone(),
        _ => unreachable!("the small case starts with an estimate"),
    };
    case.id = "mixed".into();
    case.stages = vec![
        Stage {
            places: Vec::new(),
            date: None,
            id: "instrument".into(),
            title: "Working as one team".into(),
            narrative: vec!["Two countries need to share evidence.".into()],
            question: Question::Choice(Choice {
                prompt: "Which instrument lets them share evidence as one team?".into(),
                options: vec![
                    ChoiceOption {
                        text: "A joint investigation team".into(),
                        correct: true,
                        why: "Members share evidence directly.".into(),
                    },
                    ChoiceOption {
                        text: "A European Arrest Warrant".into(),
                        correct: false,
                        why: "It surrenders people; it does not share evidence.".into(),
                    },
                    ChoiceOption {
                        text: "An Interpol notice".into(),
                        correct: false,
                        why: "It asks police to locate a person.".into(),
                    },
                ],
                as_of: "2023-06-27".into(),
                source: source.clone(),
                explanation: "A JIT is the instrument.".into(),
                disagreement: None,
            }),
        },
        Stage {
            places: Vec::new(),
            date: None,
            id: "sequence".into(),
            title: "In what order".into(),
            narrative: vec!["Things happened.".into()],
            question: Question::Order(Order {
                prompt: "Put these in order.".into(),
                events: vec![
                    "Phones found in raids".into(),
                    "Joint team formed".into(),
                    "Takedown announced".into(),
                ],
                recap: false,
                dates: Vec::new(),
                as_of: "2023-06-27".into(),
                source,
                explanation: "Investigations take years.".into(),
                disagreement: None,
            }),
        },
    ];
    case
}
