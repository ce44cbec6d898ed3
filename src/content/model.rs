//! The content model: what a case file in `levels/` contains.
//!
//! Field names are chosen for educators who write cases by hand; `docs/authoring.md` explains
//! each one. Every struct rejects unknown fields so that a typo (`sorce`) is reported instead of
//! silently ignored.

use serde::{Deserialize, Serialize};

/// The schema version this build reads and writes. A file declares it with `schema: 1`.
pub const SCHEMA_VERSION: u32 = 1;

/// One investigation, played as a sequence of stages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Schema version of the file (see [`SCHEMA_VERSION`]).
    pub schema: u32,
    /// Short stable identifier, lower case with dashes: `encrochat`.
    pub id: String,
    /// Title shown on the case card and the briefing.
    pub title: String,
    /// One-line teaser shown on the case card.
    pub summary: String,
    /// The years the case spans, as text: `"2017–2024"`.
    pub years: String,
    /// Countries involved, in the order the case card lists them.
    pub countries: Vec<String>,
    /// The briefing: a few short paragraphs for a student who has never heard of the case.
    pub briefing: Vec<String>,
    /// What the case teaches, shown at the debrief.
    pub lesson: String,
    /// The stages, in the order the investigation happened.
    pub stages: Vec<Stage>,
    /// Where the case happened: the places its map shows on the briefing and the debrief.
    /// Empty (the default) for a case without known places: it then shows no map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
}

/// One step of the investigation: what was known and done, then one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Identifier unique within the case: `servers`.
    pub id: String,
    /// Heading: "Inside the network".
    pub title: String,
    /// When the events of this stage happened (`"2017"`, `"2020-04"`, `"2020-07-02"`): where
    /// the stage sits on the case's timeline, shown from its reveal on. Not the question's
    /// `as_of` (when its figure was true or reported). None: the stage is not placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What investigators knew and did at this point, as short paragraphs.
    pub narrative: Vec<String>,
    /// The question the player answers at this stage.
    pub question: Question,
    /// The places this stage concerns, shown on its map at the reveal. Empty (the default):
    /// the stage shows no map (no place is ever guessed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
}

/// A place a case or a stage concerns, and what happened there.
///
/// `(role: Servers, country: "FR", city: "Roubaix", at: (50.6942, 3.1746))`: a country by
/// its ISO 3166-1 alpha-2 code; a city by its name and coordinates (latitude, longitude in
/// degrees, WGS 84, north and east positive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub role: PlaceRole,
    /// ISO 3166-1 alpha-2, upper case: `"FR"`, `"NL"` (Kosovo: `"XK"`).
    pub country: String,
    /// A city in that country, if the place is one: `"Roubaix"`. Needs `at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The city's (latitude, longitude) in degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<(f64, f64)>,
}

/// What a place was in the investigation (`docs/authoring.md`, *Places*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlaceRole {
    /// Where the network's servers stood (Roubaix, for EncroChat and Sky ECC).
    Servers,
    /// A member of the joint investigation team.
    JointTeam,
    /// The seat of an agency that coordinated (Europol and Eurojust in The Hague).
    AgencySeat,
    /// A country that acted on the action day (raids, arrests).
    ActionDay,
    /// A country that received the network's data.
    ReceivedData,
    /// Where arrests were made (outside an action day).
    Arrests,
    /// A court that ruled on the evidence.
    Court,
}

/// The kinds of question a stage can ask.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Question {
    /// Estimate a number (a count, an amount, a year).
    Estimate(Estimate),
    /// Pick the one right option of 2-5.
    Choice(Choice),
    /// Put 3-6 events in the order they happened.
    Order(Order),
}

/// A question with 2-5 options, exactly one of them right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub prompt: String,
    /// The options, in any order (the game shuffles them).
    pub options: Vec<ChoiceOption>,
    pub as_of: String,
    pub source: Source,
    /// Why the right option is right.
    pub explanation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<String>,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub text: String,
    /// `true` for the one right option.
    #[serde(default, skip_serializing_if = "is_false")]
    pub correct: bool,
    /// One line on why this option is right or wrong, shown at the reveal.
    pub why: String,
}

/// A question whose answer is the order of some events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    pub prompt: String,
    /// The events in the order they happened (the game shuffles them).
    pub events: Vec<String>,
    /// A recap: the author knows the case dated every event before this question, and asks
    /// the player to recall the order, not to work it out. `takedown check` then does not
    /// warn that the order can be read off earlier dates. Default `false`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub recap: bool,
    /// When each event happened, in the order of `events` (`"2017"`, `"2020-04"`,
    /// `"2020-07-02"`, never decreasing): the reveal places the events on a timeline at these
    /// dates. Empty (the default): the reveal lists them without dates. One date per event or
    /// none; `takedown check` says which.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<String>,
    pub as_of: String,
    pub source: Source,
    pub explanation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<String>,
}

/// Fields left out of a written file when they are `false` (their default).
fn is_false(value: &bool) -> bool {
    !*value
}

impl Question {
    /// The question as the player reads it.
    pub fn prompt(&self) -> &str {
        match self {
            Question::Estimate(q) => &q.prompt,
            Question::Choice(q) => &q.prompt,
            Question::Order(q) => &q.prompt,
        }
    }

    pub fn source(&self) -> &Source {
        match self {
            Question::Estimate(q) => &q.source,
            Question::Choice(q) => &q.source,
            Question::Order(q) => &q.source,
        }
    }

    pub fn as_of(&self) -> &str {
        match self {
            Question::Estimate(q) => &q.as_of,
            Question::Choice(q) => &q.as_of,
            Question::Order(q) => &q.as_of,
        }
    }

    pub fn explanation(&self) -> &str {
        match self {
            Question::Estimate(q) => &q.explanation,
            Question::Choice(q) => &q.explanation,
            Question::Order(q) => &q.explanation,
        }
    }

    pub fn disagreement(&self) -> Option<&str> {
        match self {
            Question::Estimate(q) => q.disagreement.as_deref(),
            Question::Choice(q) => q.disagreement.as_deref(),
            Question::Order(q) => q.disagreement.as_deref(),
        }
    }

    /// How many items the game shuffles for this question (options or events).
    pub fn item_count(&self) -> usize {
        match self {
            Question::Estimate(_) => 0,
            Question::Choice(q) => q.options.len(),
            Question::Order(q) => q.events.len(),
        }
    }
}

impl Choice {
    /// The index of the right option (the first marked right).
    pub fn correct_index(&self) -> Option<usize> {
        self.options.iter().position(|o| o.correct)
    }
}

/// A question whose answer is a number on a scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    /// The question as the player reads it.
    pub prompt: String,
    /// What is counted, shown after the number: `messages`, `tonnes`. A currency symbol
    /// (`€`, `$`, `£`, `A$`, `US$`) is shown before the number instead.
    pub unit: String,
    /// `Log` for quantities (scored by the factor between guess and truth), `Linear` for years
    /// (scored in years off).
    pub scale: Scale,
    /// The true figure as the source reported it: `Value(6558)` or, where sources disagree,
    /// `Range(low: 100000000, high: 120000000)`.
    pub truth: Truth,
    /// The date the figure was true as of: `"2023-06-27"` (or `"2023-06"`, `"2023"`).
    pub as_of: String,
    /// Where the figure comes from.
    pub source: Source,
    /// Why the figure is what it is, in 2-4 sentences.
    pub explanation: String,
    /// Where sources disagree: which say what, and why they differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<String>,
    /// The slider's ends. Defaults: 1 to 1 billion on a log scale, 1990 to 2030 for years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slider: Option<SliderRange>,
}

/// How an estimate is placed on a line and scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scale {
    /// Quantities spanning orders of magnitude; error is measured as a factor.
    Log,
    /// Years; error is measured in years.
    Linear,
}

/// The true figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Truth {
    /// One figure.
    Value(f64),
    /// Sources disagree: every figure from `low` to `high` counts as exact.
    Range { low: f64, high: f64 },
}

impl Truth {
    /// The lowest figure that counts as exact.
    pub fn low(&self) -> f64 {
        match *self {
            Truth::Value(v) => v,
            Truth::Range { low, .. } => low,
        }
    }

    /// The highest figure that counts as exact.
    pub fn high(&self) -> f64 {
        match *self {
            Truth::Value(v) => v,
            Truth::Range { high, .. } => high,
        }
    }

    /// A single figure to mark on a line: the value, or the geometric (log) or arithmetic
    /// (linear) middle of a range.
    pub fn centre(&self, scale: Scale) -> f64 {
        match (*self, scale) {
            (Truth::Value(v), _) => v,
            (Truth::Range { low, high }, Scale::Log) => (low * high).sqrt(),
            (Truth::Range { low, high }, Scale::Linear) => (low + high) / 2.0,
        }
    }
}

/// A citation: who published the figure, where, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// `"Europol and Eurojust"`.
    pub publisher: String,
    /// Title of the release, article or ruling.
    pub title: String,
    /// Publication date: `"2023-06-27"`.
    pub date: String,
    /// Where to read it, if it is online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The ends of an estimate's slider.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SliderRange {
    pub min: f64,
    pub max: f64,
}

impl Estimate {
    /// The slider's ends, with the defaults filled in.
    pub fn slider_range(&self) -> SliderRange {
        if let Some(range) = self.slider {
            return range;
        }
        match self.scale {
            Scale::Log => SliderRange { min: 1.0, max: 1e9 },
            // A fixed span, so the slider's middle never gives the answer away.
            Scale::Linear => SliderRange {
                min: 1990.0,
                max: 2030.0,
            },
        }
    }
}

impl Case {
    /// Number of stages, for case cards and `takedown check`.
    pub fn stage_count(&self) -> usize {
        self.stages.len()
    }
}

impl Estimate {
    /// A figure for this question with its unit: `6,558 arrests`, `€739.7 million`, `2017`.
    pub fn show(&self, value: f64) -> String {
        match self.scale {
            Scale::Log => crate::content::number::with_unit(value, &self.unit),
            Scale::Linear => crate::content::number::join_unit(
                &crate::content::number::format_year(value),
                if self.unit == "year" { "" } else { &self.unit },
            ),
        }
    }

    /// The truth with its unit; a range reads `100 million to 120 million messages`.
    pub fn truth_text(&self) -> String {
        match self.truth {
            Truth::Value(v) => self.show(v),
            Truth::Range { low, high } => self.span_text(low, high),
        }
    }

    /// Two figures as a span with the unit once: `500 to 5,000 arrests`, `€1,300 to €1,600`,
    /// `2016 to 2019`.
    pub fn span_text(&self, low: f64, high: f64) -> String {
        use crate::content::number::{format_exact, format_year, is_currency};
        let low_text = match self.scale {
            Scale::Log => format_exact(low),
            Scale::Linear => format_year(low),
        };
        let high_text = self.show(high);
        if is_currency(&self.unit) {
            format!("{}{low_text} to {high_text}", self.unit.trim())
        } else {
            format!("{low_text} to {high_text}")
        }
    }
}
