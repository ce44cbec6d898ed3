//! What a reveal shows, worked out once for the window and the text mode: the truth, the
//! player's answer and how it was judged, the options or events with their notes, why, and the
//! source.

use crate::content::lang::Lang;
use crate::content::{Question, Source, Stage};
use crate::report::lang::{Arg, say, word};
use crate::report::line::{NumberLine, number_line};
use crate::report::numbers::{date, span};
use crate::report::verdicts::{answer_summary, range_summary};
use crate::report::words::answer_in_words;
use crate::rules::progress::{Answer, Response, Run};

/// How an option or event is marked at the reveal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The right option.
    Right,
    /// The option the player picked, which was wrong.
    PickedWrong,
    /// Another wrong option.
    Wrong,
    /// An event in its true place, and the player put it there.
    InPlace,
    /// An event in its true place, which the player put elsewhere.
    Moved,
}

/// One option or event on a reveal.
#[derive(Debug, Clone, PartialEq)]
pub struct RevealItem {
    pub text: String,
    pub mark: Mark,
    /// Why this option is right or wrong, or where the player had put this event.
    pub note: String,
    /// An event's date as written ("1 April 2020"), when its question dates its events.
    pub date: Option<String>,
}

/// One event in the order the player gave.
#[derive(Debug, Clone, PartialEq)]
pub struct GivenEvent {
    /// Its number in the true order, from 1.
    pub number: usize,
    pub text: String,
    /// Whether the player put it in its true place.
    pub in_place: bool,
}

/// Everything a reveal shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Reveal {
    pub stage_number: usize,
    pub stage_title: String,
    pub prompt: String,
    /// The true figure, option or order, in a few words.
    pub truth: String,
    /// "as of 27 June 2023".
    pub as_of: String,
    /// "Your estimate: 5,000 arrests", "You picked: ...", "Your order: ...".
    pub your_answer: String,
    /// "2.3x too low: right order of magnitude", "right", "2 of 3 pairs in order".
    pub verdict: String,
    pub points: u32,
    /// The number line, for an estimate.
    pub line: Option<NumberLine>,
    /// How the player's 80% range did, if they gave one.
    pub range: Option<String>,
    /// The options (choice) or the events in their true order (order).
    pub items: Vec<RevealItem>,
    /// An order: the events as the player ordered them, to show beside the true order.
    pub given: Vec<GivenEvent>,
    /// An order whose events are dated: the events on a timeline at their dates.
    pub timeline: Option<crate::report::timeline::Timeline>,
    pub explanation: String,
    pub disagreement: Option<String>,
    /// "Source: publisher, “title”, 27 June 2023".
    pub source: String,
    pub url: Option<String>,
}

/// The source line: "Source: publisher, “title”, 27 June 2023". A source keeps its own title
/// in every language.
pub fn source_line(lang: Lang, source: &Source) -> String {
    say(
        lang,
        "reveal-source",
        &[
            ("publisher", source.publisher.as_str().into()),
            ("title", source.title.as_str().into()),
            ("date", date(lang, &source.date).into()),
        ],
    )
}

impl Reveal {
    /// The reveal in one message for a screen reader to say as it opens: "The answer: 6,558
    /// arrests. Your estimate: 5,000 arrests. 1.3x too low: right order of magnitude. 93
    /// points."
    pub fn announcement(&self, lang: Lang) -> String {
        // Each piece is a sentence here, though shown beside others on screen ("the right
        // year"): it starts with a capital.
        let sentence = |s: &str| -> String {
            let mut chars = s.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        };
        say(
            lang,
            "reveal-announcement",
            &[
                ("truth", self.truth.as_str().into()),
                ("answer", Arg::Text(sentence(&self.your_answer))),
                ("verdict", Arg::Text(sentence(&self.verdict))),
                ("points", self.points.into()),
            ],
        )
    }

    /// The reveal of the stage `run` is on, if it is on one, in the run's language.
    pub fn of(run: &Run) -> Option<Reveal> {
        let (index, stage) = run.current_stage()?;
        let answer = run.current_answer()?;
        Some(Reveal::for_answer(run.lang(), index, stage, answer))
    }

    /// The reveal of `answer` to stage `index`, in `lang`.
    pub fn for_answer(lang: Lang, index: usize, stage: &Stage, answer: &Answer) -> Reveal {
        let question = &stage.question;
        let words = answer_in_words(lang, stage, answer);
        let (guess, truth) = words
            .as_ref()
            .map(|w| (w.guess.clone(), w.truth.clone()))
            .unwrap_or_default();
        let mut given = Vec::new();
        let (truth, your_answer, line, items) = match (question, &answer.response) {
            (
                Question::Estimate(estimate),
                Response::Estimate {
                    guess: g, range, ..
                },
            ) => (
                truth,
                say(lang, "reveal-your-estimate", &[("guess", guess.into())]),
                Some(number_line(
                    lang,
                    estimate,
                    *g,
                    range.map(|r| (r.low, r.high)),
                )),
                Vec::new(),
            ),
            (Question::Choice(choice), Response::Choice { picked, correct }) => {
                let right = choice.correct_index().unwrap_or(0);
                let items = choice
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, option)| RevealItem {
                        text: option.text.clone(),
                        mark: if i == right {
                            Mark::Right
                        } else if i == *picked {
                            Mark::PickedWrong
                        } else {
                            Mark::Wrong
                        },
                        note: option.why.clone(),
                        date: None,
                    })
                    .collect();
                let your_answer = if *correct {
                    word(lang, "reveal-you-picked-it")
                } else {
                    say(lang, "reveal-you-picked", &[("guess", guess.into())])
                };
                (truth, your_answer, None, items)
            }
            (
                Question::Order(order),
                Response::Order {
                    order: given_order, ..
                },
            ) => {
                let items = order
                    .events
                    .iter()
                    .enumerate()
                    .map(|(truth_position, event)| {
                        let placed = given_order
                            .iter()
                            .position(|&t| t == truth_position)
                            .unwrap_or(0);
                        RevealItem {
                            text: format!("{}. {event}", truth_position + 1),
                            mark: if placed == truth_position {
                                Mark::InPlace
                            } else {
                                Mark::Moved
                            },
                            note: if placed == truth_position {
                                word(lang, "reveal-in-place")
                            } else {
                                say(lang, "reveal-placed", &[("place", (placed + 1).into())])
                            },
                            date: order.dates.get(truth_position).map(|d| date(lang, d)),
                        }
                    })
                    .collect();
                given = given_order
                    .iter()
                    .enumerate()
                    .filter_map(|(place, &truth_position)| {
                        Some(GivenEvent {
                            number: truth_position + 1,
                            text: order.events.get(truth_position)?.clone(),
                            in_place: place == truth_position,
                        })
                    })
                    .collect();
                (
                    word(lang, "reveal-events-in-order"),
                    say(lang, "reveal-your-order", &[("guess", guess.into())]),
                    None,
                    items,
                )
            }
            // An answer of another kind than its question cannot be recorded by a run.
            _ => (String::new(), String::new(), None, Vec::new()),
        };
        let range = match (question, words.as_ref().and_then(|w| w.range)) {
            (Question::Estimate(estimate), Some(r)) => Some(say(
                lang,
                "reveal-your-range",
                &[
                    ("range", span(lang, estimate, r.low, r.high).into()),
                    ("summary", range_summary(lang, &r, estimate.truth).into()),
                    ("points", r.shown_points().into()),
                ],
            )),
            _ => None,
        };
        let source = question.source();
        Reveal {
            range,
            stage_number: index + 1,
            stage_title: stage.title.clone(),
            prompt: question.prompt().to_string(),
            truth,
            as_of: say(
                lang,
                "reveal-as-of",
                &[("date", date(lang, question.as_of()).into())],
            ),
            your_answer,
            verdict: answer_summary(lang, answer),
            points: answer.points(),
            line,
            items,
            given,
            timeline: match question {
                Question::Order(order) => {
                    crate::report::timeline::Timeline::of_events(&order.dates)
                }
                Question::Estimate(_) | Question::Choice(_) => None,
            },
            explanation: question.explanation().to_string(),
            disagreement: question.disagreement().map(str::to_string),
            source: source_line(lang, source),
            url: source.url.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{mixed_case, small_case};

    #[test]
    fn ordinals() {
        let placed = |lang: Lang, n: usize| say(lang, "reveal-placed", &[("place", n.into())]);
        for (n, th) in [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (22, "22nd"),
        ] {
            assert_eq!(placed(Lang::En, n), format!("you had it {th}"));
        }
        assert_eq!(placed(Lang::Fr, 1), "vous l’aviez en 1re position");
        assert_eq!(placed(Lang::Fr, 2), "vous l’aviez en 2e position");
        assert_eq!(placed(Lang::De, 3), "Sie hatten es an 3. Stelle");
    }

    #[test]
    fn an_estimate_reveal() {
        let mut run = Run::new(small_case(), 1);
        run.advance();
        run.submit_text("3279").unwrap();
        let reveal = Reveal::of(&run).unwrap();
        assert_eq!(reveal.truth, "6,558 arrests");
        assert_eq!(reveal.your_answer, "Your estimate: 3,279 arrests");
        assert_eq!(reveal.verdict, "2x too low: close");
        assert_eq!(reveal.points, 85);
        assert!(reveal.line.is_some());
        assert_eq!(reveal.as_of, "as of 27 June 2023");
        assert!(reveal.source.starts_with("Source: Europol and Eurojust, “"));
    }

    #[test]
    fn choice_and_order_reveals() {
        let mut run = Run::new(mixed_case(), 3);
        run.advance();
        // Pick the wrong option, wherever it is shown.
        let wrong_shown = run.shown_order(0).iter().position(|&i| i == 1).unwrap();
        run.submit_choice(wrong_shown).unwrap();
        let reveal = Reveal::of(&run).unwrap();
        assert_eq!(reveal.truth, "A joint investigation team");
        assert_eq!(reveal.your_answer, "You picked: A European Arrest Warrant");
        assert_eq!(reveal.verdict, "wrong");
        assert_eq!(reveal.points, 0);
        assert_eq!(reveal.items[0].mark, Mark::Right);
        assert_eq!(reveal.items[1].mark, Mark::PickedWrong);
        assert_eq!(
            reveal.items[1].note,
            "It surrenders people; it does not share evidence."
        );

        run.advance();
        // Give the events as true positions 2nd, 1st, 3rd.
        let shown = run.shown_order(1).to_vec();
        let at = |file_index: usize| shown.iter().position(|&i| i == file_index).unwrap();
        run.submit_order(&[at(1), at(0), at(2)]).unwrap();
        let reveal = Reveal::of(&run).unwrap();
        let events = match &run.case().stages[1].question {
            Question::Order(o) => o.events.clone(),
            _ => unreachable!("the second stage is an order"),
        };
        assert_eq!(
            reveal.your_answer,
            format!("Your order: {} → {} → {}", events[1], events[0], events[2]),
            "the same words as the debrief and the export"
        );
        assert_eq!(reveal.verdict, "2 of 3 pairs in order");
        assert_eq!(reveal.points, 67);
        assert_eq!(reveal.items[0].text, "1. Phones found in raids");
        assert_eq!(reveal.items[0].note, "you had it 2nd");
        assert_eq!(reveal.items[2].mark, Mark::InPlace);
        assert_eq!(
            reveal.items[0].date, None,
            "the sample's events have no dates"
        );
        assert_eq!(reveal.timeline, None);
        let given: Vec<(usize, bool)> = reveal
            .given
            .iter()
            .map(|g| (g.number, g.in_place))
            .collect();
        assert_eq!(given, [(2, false), (1, false), (3, true)]);
        assert_eq!(reveal.given[0].text, events[1]);
    }

    #[test]
    fn an_order_with_dated_events_places_them_on_a_timeline() {
        let mut case = mixed_case();
        if let Question::Order(o) = &mut case.stages[1].question {
            o.dates = vec!["2017".into(), "2020-04-01".into(), "2023-06-27".into()];
        }
        let mut run = Run::new(case, 3);
        run.advance();
        run.submit_choice(0).unwrap();
        run.advance();
        run.submit_order(&[0, 1, 2]).unwrap();
        let reveal = Reveal::of(&run).unwrap();
        let dates: Vec<Option<&str>> = reveal.items.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(
            dates,
            [Some("2017"), Some("1 April 2020"), Some("27 June 2023")]
        );
        let timeline = reveal.timeline.unwrap();
        assert_eq!((timeline.first_year, timeline.last_year), (2017, 2023));
        assert_eq!(timeline.points.len(), 3);
    }
}
