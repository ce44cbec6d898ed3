//! Small cases built in code, for unit tests.

use crate::rules::content::*;

/// A two-stage case: a count (6,558 arrests) and a year (2017).
pub fn small_case() -> Case {
    let source = Source {
        publisher: "Europol and Eurojust".into(),
        title: "Dismantling encrypted criminal EncroChat communications".into(),
        date: "2023-06-27".into(),
        url: Some("https://www.europol.europa.eu/".into()),
    };
    Case {
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
