//! Checking a parsed case against the rules a case must follow (see `docs/authoring.md`).
//! Every problem found is reported, not just the first.

use std::collections::HashMap;

use crate::content::{
    Case, Choice, Estimate, Order, Place, Question, SCHEMA_VERSION, Scale, Source, Truth,
};

/// One thing wrong with a case, at a path such as `stages[2].question.truth`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// All problems with `case`; empty when it is good.
pub fn validate(case: &Case) -> Vec<Problem> {
    let mut problems = Vec::new();
    let p = &mut problems;
    if case.schema != SCHEMA_VERSION {
        p.push(Problem::new(
            "schema",
            format!(
                "this file is written for schema {}; this version of Takedown reads schema {SCHEMA_VERSION}",
                case.schema
            ),
        ));
    }
    if case.id.trim().is_empty() {
        p.push(Problem::new("id", "the case id is empty"));
    } else if !is_slug(&case.id) {
        p.push(Problem::new(
            "id",
            format!(
                "case id `{}` may use only lower-case letters, digits and dashes",
                case.id
            ),
        ));
    }
    not_empty(p, "title", &case.title, "the title");
    not_empty(p, "summary", &case.summary, "the summary");
    not_empty(p, "years", &case.years, "`years`");
    not_empty(p, "lesson", &case.lesson, "the lesson");
    paragraphs(
        p,
        "countries",
        &case.countries,
        "the list of countries",
        "a country",
    );
    paragraphs(
        p,
        "briefing",
        &case.briefing,
        "the briefing",
        "a briefing paragraph",
    );
    if case.stages.is_empty() {
        p.push(Problem::new("stages", "the case has no stages"));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, stage) in case.stages.iter().enumerate() {
        let at = format!("stages[{i}]");
        if stage.id.trim().is_empty() {
            p.push(Problem::new(
                format!("{at}.id"),
                format!("stage {} has an empty id", i + 1),
            ));
        } else if let Some(first) = seen.get(stage.id.as_str()) {
            p.push(Problem::new(
                format!("{at}.id"),
                format!(
                    "duplicate stage id `{}`: stage {} already uses it",
                    stage.id,
                    first + 1
                ),
            ));
        } else {
            seen.insert(&stage.id, i);
        }
        not_empty(p, format!("{at}.title"), &stage.title, "the stage title");
        if let Some(date) = &stage.date
            && !is_date(date)
        {
            p.push(Problem::new(
                format!("{at}.date"),
                format!("`{date}` is not a date: write it as 2020-07-02, 2020-07 or 2020"),
            ));
        }
        paragraphs(
            p,
            format!("{at}.narrative"),
            &stage.narrative,
            "the narrative",
            "a narrative paragraph",
        );
        let q = format!("{at}.question");
        match &stage.question {
            Question::Estimate(estimate) => check_estimate(p, &q, estimate),
            Question::Choice(choice) => check_choice(p, &q, choice),
            Question::Order(order) => check_order(p, &q, order),
        }
        check_places(p, &format!("{at}.places"), &stage.places);
    }
    check_places(p, "places", &case.places);
    problems
}

/// Each place: a country the atlas knows by its ISO 3166-1 alpha-2 code (with a guess at the
/// one meant), coordinates on the Earth and inside that country's part of the world, a city
/// with its coordinates.
fn check_places(p: &mut Vec<Problem>, at: &str, places: &[Place]) {
    let atlas = crate::content::atlas::atlas();
    for (i, place) in places.iter().enumerate() {
        let here = format!("{at}[{i}]");
        let country = atlas.country(&place.country);
        if country.is_none() {
            let guess = atlas
                .suggest(&place.country)
                .map(|c| {
                    format!(
                        ", did you mean `{}` ({})?",
                        c.iso.as_deref().unwrap_or_default(),
                        c.name
                    )
                })
                .unwrap_or_else(|| {
                    ": write the country's ISO 3166-1 alpha-2 code, like `FR` or `NL`".into()
                });
            p.push(Problem::new(
                format!("{here}.country"),
                format!("unknown country code `{}`{guess}", place.country),
            ));
        }
        match (&place.city, place.at) {
            (Some(city), None) => p.push(Problem::new(
                here.clone(),
                format!(
                    "the city `{city}` needs its coordinates: `at: (latitude, longitude)` in degrees"
                ),
            )),
            (None, Some(_)) => p.push(Problem::new(
                format!("{here}.at"),
                "coordinates need the city's name: `city: \"Roubaix\"`",
            )),
            (Some(city), Some(_)) if city.trim().is_empty() => p.push(Problem::new(
                format!("{here}.city"),
                "the city's name is empty",
            )),
            _ => {}
        }
        if let Some((lat, lon)) = place.at {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                p.push(Problem::new(
                    format!("{here}.at"),
                    format!(
                        "({lat}, {lon}) is not on the Earth: write (latitude, longitude), latitude from -90 to 90, longitude from -180 to 180"
                    ),
                ));
            } else if let Some(country) = country
                && !near_country(country, lat, lon)
            {
                let swapped = if near_country(country, lon, lat) {
                    ": latitude and longitude look swapped (write latitude first)"
                } else {
                    ""
                };
                p.push(Problem::new(
                    format!("{here}.at"),
                    format!(
                        "({lat}, {lon}) is not in or near {} ({}){swapped}",
                        country.name, place.country
                    ),
                ));
            }
        }
    }
}

/// Whether (lat, lon) is within about 100 km of a country's outline box (its coast is
/// simplified, and a port may sit on an island).
fn near_country(country: &crate::content::atlas::Country, lat: f64, lon: f64) -> bool {
    const SLACK: f64 = 1.0;
    country.rings.iter().any(|ring| {
        let (mut lo_lon, mut lo_lat, mut hi_lon, mut hi_lat) = (180.0, 90.0, -180.0, -90.0);
        for p in ring {
            lo_lon = p.lon.min(lo_lon);
            hi_lon = p.lon.max(hi_lon);
            lo_lat = p.lat.min(lo_lat);
            hi_lat = p.lat.max(hi_lat);
        }
        (lo_lat - SLACK..=hi_lat + SLACK).contains(&lat)
            && (lo_lon - SLACK..=hi_lon + SLACK).contains(&lon)
    })
}

fn check_estimate(p: &mut Vec<Problem>, at: &str, e: &Estimate) {
    check_common(
        p,
        at,
        &e.prompt,
        &e.as_of,
        &e.source,
        &e.explanation,
        e.disagreement.as_deref(),
    );
    if e.scale == Scale::Log {
        not_empty(p, format!("{at}.unit"), &e.unit, "the unit");
    }

    let truth_at = format!("{at}.truth");
    let values: Vec<(String, f64)> = match e.truth {
        Truth::Value(v) => vec![(truth_at.clone(), v)],
        Truth::Range { low, high } => vec![
            (format!("{truth_at}.low"), low),
            (format!("{truth_at}.high"), high),
        ],
    };
    let mut values_ok = true;
    for (path, v) in &values {
        let message = match e.scale {
            _ if !v.is_finite() => Some(format!("the truth must be a finite number, not {v}")),
            Scale::Log if *v <= 0.0 => Some(format!(
                "the truth must be a positive number (it is {v}); a log scale cannot show zero or less"
            )),
            Scale::Linear if v.fract() != 0.0 || !(1900.0..=2100.0).contains(v) => Some(format!(
                "a year must be a whole number between 1900 and 2100, not {v}"
            )),
            _ => None,
        };
        if let Some(message) = message {
            values_ok = false;
            p.push(Problem::new(path.clone(), message));
        }
    }
    if let Truth::Range { low, high } = e.truth {
        if values_ok && low > high {
            p.push(Problem::new(
                truth_at.clone(),
                format!("the range's low ({low}) is above its high ({high})"),
            ));
        } else if values_ok && low == high {
            p.push(Problem::new(
                truth_at.clone(),
                format!("the range's low and high are both {low}: write `Value({low})`"),
            ));
        }
    }
    if let Some(slider) = e.slider {
        let slider_at = format!("{at}.slider");
        if !(slider.min.is_finite() && slider.max.is_finite()) || slider.min >= slider.max {
            p.push(Problem::new(
                slider_at,
                format!(
                    "the slider's min ({}) must be below its max ({})",
                    slider.min, slider.max
                ),
            ));
        } else if e.scale == Scale::Log && slider.min <= 0.0 {
            p.push(Problem::new(
                slider_at,
                "a log-scale slider must start above zero",
            ));
        } else if values_ok && (e.truth.low() < slider.min || e.truth.high() > slider.max) {
            p.push(Problem::new(
                slider_at,
                "the truth lies outside the slider's range, so the player could never pick it",
            ));
        }
    } else if values_ok {
        let range = e.slider_range();
        if e.truth.low() < range.min || e.truth.high() > range.max {
            p.push(Problem::new(
                truth_at,
                format!(
                    "the truth lies outside the default slider ({} to {}): add `slider: (min: .., max: ..)`",
                    range.min, range.max
                ),
            ));
        }
    }
}

/// What every kind of question has: a prompt, a date, a source, an explanation.
fn check_common(
    p: &mut Vec<Problem>,
    at: &str,
    prompt: &str,
    as_of: &str,
    source: &Source,
    explanation: &str,
    disagreement: Option<&str>,
) {
    not_empty(p, format!("{at}.prompt"), prompt, "the prompt");
    not_empty(
        p,
        format!("{at}.explanation"),
        explanation,
        "the explanation",
    );
    check_date(p, &format!("{at}.as_of"), as_of, "`as_of`");
    check_source(p, &format!("{at}.source"), source);
    if let Some(note) = disagreement {
        not_empty(
            p,
            format!("{at}.disagreement"),
            note,
            "the disagreement note",
        );
    }
}

fn check_choice(p: &mut Vec<Problem>, at: &str, c: &Choice) {
    check_common(
        p,
        at,
        &c.prompt,
        &c.as_of,
        &c.source,
        &c.explanation,
        c.disagreement.as_deref(),
    );
    let options = format!("{at}.options");
    if !(2..=5).contains(&c.options.len()) {
        p.push(Problem::new(
            options.clone(),
            format!(
                "a choice needs 2 to 5 options; this one has {}",
                c.options.len()
            ),
        ));
    }
    let right = c.options.iter().filter(|o| o.correct).count();
    if right != 1 {
        p.push(Problem::new(
            options.clone(),
            format!("a choice needs exactly one option with `correct: true`; this one has {right}"),
        ));
    }
    for (i, option) in c.options.iter().enumerate() {
        not_empty(
            p,
            format!("{options}[{i}].text"),
            &option.text,
            "an option's text",
        );
        not_empty(
            p,
            format!("{options}[{i}].why"),
            &option.why,
            "an option's `why`",
        );
        if !option.text.trim().is_empty()
            && c.options[..i]
                .iter()
                .any(|o| o.text.trim() == option.text.trim())
        {
            p.push(Problem::new(
                format!("{options}[{i}].text"),
                format!("the option `{}` appears twice", option.text),
            ));
        }
    }
}

fn check_order(p: &mut Vec<Problem>, at: &str, o: &Order) {
    check_common(
        p,
        at,
        &o.prompt,
        &o.as_of,
        &o.source,
        &o.explanation,
        o.disagreement.as_deref(),
    );
    let events = format!("{at}.events");
    if !(3..=6).contains(&o.events.len()) {
        p.push(Problem::new(
            events.clone(),
            format!(
                "an order question needs 3 to 6 events; this one has {}",
                o.events.len()
            ),
        ));
    }
    for (i, event) in o.events.iter().enumerate() {
        not_empty(p, format!("{events}[{i}]"), event, "an event");
        if !event.trim().is_empty() && o.events[..i].iter().any(|e| e.trim() == event.trim()) {
            p.push(Problem::new(
                format!("{events}[{i}]"),
                format!("the event `{event}` appears twice: events must be distinct"),
            ));
        }
    }
    check_event_dates(p, at, o);
}

/// An order's `dates`: none, or one real date per event, never going back in time (compared to
/// the precision both have: `2020` is neither before nor after `2020-06`).
fn check_event_dates(p: &mut Vec<Problem>, at: &str, o: &Order) {
    if o.dates.is_empty() {
        return;
    }
    let dates = format!("{at}.dates");
    if o.dates.len() != o.events.len() {
        p.push(Problem::new(
            dates.clone(),
            format!(
                "give one date per event or none: {} dates for {} events",
                o.dates.len(),
                o.events.len()
            ),
        ));
    }
    for (i, date) in o.dates.iter().enumerate() {
        check_date(p, &format!("{dates}[{i}]"), date, "an event's date");
        if i > 0 && is_date(date) && is_date(&o.dates[i - 1]) && before(date, &o.dates[i - 1]) {
            p.push(Problem::new(
                format!("{dates}[{i}]"),
                format!(
                    "`{date}` is before the event above it (`{}`): list the events in the order \
                     they happened, with their dates",
                    o.dates[i - 1]
                ),
            ));
        }
    }
}

/// `a` is strictly before `b`, comparing only the parts both dates have (`2020-06` is before
/// `2020-07-02`; `2020` is neither before nor after `2020-06`).
fn before(a: &str, b: &str) -> bool {
    for (x, y) in a.split('-').zip(b.split('-')) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => return true,
            std::cmp::Ordering::Greater => return false,
            std::cmp::Ordering::Equal => {}
        }
    }
    false
}

fn check_source(p: &mut Vec<Problem>, at: &str, s: &Source) {
    not_empty(
        p,
        format!("{at}.publisher"),
        &s.publisher,
        "the source's publisher",
    );
    not_empty(p, format!("{at}.title"), &s.title, "the source's title");
    check_date(p, &format!("{at}.date"), &s.date, "the source's date");
    if let Some(url) = &s.url
        && let Err(why) = check_url(url)
    {
        p.push(Problem::new(
            format!("{at}.url"),
            format!("the URL `{url}` {why}"),
        ));
    }
}

fn not_empty(p: &mut Vec<Problem>, path: impl Into<String>, text: &str, what: &str) {
    if text.trim().is_empty() {
        p.push(Problem::new(path, format!("{what} is empty")));
    }
}

fn paragraphs(
    p: &mut Vec<Problem>,
    path: impl Into<String>,
    items: &[String],
    what: &str,
    one: &str,
) {
    let path = path.into();
    if items.is_empty() {
        p.push(Problem::new(path.clone(), format!("{what} is empty")));
    }
    for (i, item) in items.iter().enumerate() {
        if item.trim().is_empty() {
            p.push(Problem::new(
                format!("{path}[{i}]"),
                format!("{one} is empty"),
            ));
        }
    }
}

fn is_slug(id: &str) -> bool {
    id.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_date(p: &mut Vec<Problem>, path: &str, date: &str, what: &str) {
    if date.trim().is_empty() {
        p.push(Problem::new(path, format!("{what} is empty")));
    } else if !is_date(date) {
        p.push(Problem::new(
            path,
            format!("{what} `{date}` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"),
        ));
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let Some(year) = parts.first().and_then(|y| number(y, 4)) else {
        return false;
    };
    if !(1900..=2100).contains(&year) || parts.len() > 3 {
        return false;
    }
    let month = match parts.get(1) {
        None => return true,
        Some(m) => match number(m, 2) {
            Some(m @ 1..=12) => m,
            _ => return false,
        },
    };
    let Some(day) = parts.get(2) else {
        return true;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    matches!(number(day, 2), Some(d) if (1..=days).contains(&d))
}

/// A web address a browser can open: `http(s)://host.tld/...`, no spaces.
pub fn check_url(url: &str) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("must start with https:// or http://")?;
    if url.chars().any(char::is_whitespace) {
        return Err("contains a space");
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    let labels_ok = host
        .split('.')
        .all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    if !host.contains('.') || !labels_ok {
        return Err("has no valid host name");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SliderRange;
    use crate::testing::small_case;

    fn estimate(case: &mut Case, i: usize) -> &mut Estimate {
        match &mut case.stages[i].question {
            Question::Estimate(e) => e,
            _ => panic!("stage {i} is not an estimate"),
        }
    }

    fn messages(case: &Case) -> Vec<String> {
        validate(case)
            .into_iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    fn place(country: &str, city: Option<&str>, at: Option<(f64, f64)>) -> crate::content::Place {
        crate::content::Place {
            role: crate::content::PlaceRole::Servers,
            country: country.into(),
            city: city.map(str::to_string),
            at,
        }
    }

    #[test]
    fn places_are_checked_with_a_guess_at_what_was_meant() {
        let mut case = small_case();
        case.places = vec![
            place("FR", Some("Roubaix"), Some((50.6942, 3.1746))),
            place("Frnace", None, None),
            place("fr", None, None),
            place("ZZ", None, None),
            place("NL", Some("The Hague"), None),
            place("NL", None, Some((52.07, 4.3))),
            place("FR", Some("Roubaix"), Some((3.1746, 50.6942))),
            place("FR", Some("Roubaix"), Some((95.0, 3.0))),
            place("BE", Some("Antwerp"), Some((40.42, -3.7))),
        ];
        case.stages[0].places = vec![place("Nederland", None, None)];
        let found = messages(&case);
        let expected = [
            "places[1].country: unknown country code `Frnace`, did you mean `FR` (France)?",
            "places[2].country: unknown country code `fr`, did you mean `FR` (France)?",
            "places[3].country: unknown country code `ZZ`: write the country's ISO 3166-1 alpha-2 code, like `FR` or `NL`",
            "places[4]: the city `The Hague` needs its coordinates: `at: (latitude, longitude)` in degrees",
            "places[5].at: coordinates need the city's name: `city: \"Roubaix\"`",
            "places[6].at: (3.1746, 50.6942) is not in or near France (FR): latitude and longitude look swapped (write latitude first)",
            "places[7].at: (95, 3) is not on the Earth: write (latitude, longitude), latitude from -90 to 90, longitude from -180 to 180",
            "places[8].at: (40.42, -3.7) is not in or near Belgium (BE)",
            "stages[0].places[0].country: unknown country code `Nederland`: write the country's ISO 3166-1 alpha-2 code, like `FR` or `NL`",
        ];
        for line in expected {
            assert!(
                found.iter().any(|m| m == line),
                "missing {line}\nin {found:#?}"
            );
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }

    #[test]
    fn a_good_case_has_no_problems() {
        assert_eq!(messages(&small_case()), Vec::<String>::new());
    }

    #[test]
    fn every_problem_is_reported_at_its_path() {
        let mut case = small_case();
        case.id = "Bad Id".into();
        case.stages[1].id = "arrests".into();
        estimate(&mut case, 0).truth = Truth::Value(-3.0);
        estimate(&mut case, 0).source.publisher = " ".into();
        estimate(&mut case, 0).source.url = Some("ftp://x".into());
        estimate(&mut case, 1).as_of = "2023-02-30".into();
        let found = messages(&case);
        assert_eq!(found.len(), 6, "{found:#?}");
        assert!(found[0].starts_with("id: case id `Bad Id`"));
        assert!(found.iter().any(|m| m == "stages[1].id: duplicate stage id `arrests`: stage 1 already uses it"));
        assert!(found.iter().any(|m| {
            m.starts_with("stages[0].question.truth: the truth must be a positive number")
        }));
        assert!(
            found.iter().any(
                |m| m == "stages[0].question.source.publisher: the source's publisher is empty"
            )
        );
        assert!(
            found
                .iter()
                .any(|m| m
                    .starts_with("stages[0].question.source.url: the URL `ftp://x` must start"))
        );
        assert!(found.iter().any(|m| {
            m.starts_with("stages[1].question.as_of: `as_of` `2023-02-30` is not a date")
        }));
    }

    #[test]
    fn ranges() {
        let mut case = small_case();
        estimate(&mut case, 0).truth = Truth::Range {
            low: 10.0,
            high: 5.0,
        };
        let found = messages(&case);
        assert!(
            found
                .iter()
                .any(|m| m.contains("the range's low (10) is above its high (5)"))
        );
        // A range from one source needs no disagreement note (the explanation says where it
        // comes from); sources that disagree are described in one.
        estimate(&mut case, 0).truth = Truth::Range {
            low: 5.0,
            high: 10.0,
        };
        assert!(messages(&case).is_empty());
        estimate(&mut case, 0).disagreement = Some("Two counts.".into());
        assert!(messages(&case).is_empty());
        estimate(&mut case, 0).truth = Truth::Range {
            low: f64::NAN,
            high: 10.0,
        };
        assert!(messages(&case)[0].contains("finite"));
    }

    #[test]
    fn years_and_sliders() {
        let mut case = small_case();
        estimate(&mut case, 1).truth = Truth::Value(2017.5);
        assert!(messages(&case)[0].contains("a year must be a whole number"));
        let mut case = small_case();
        estimate(&mut case, 0).slider = Some(SliderRange {
            min: 1.0,
            max: 100.0,
        });
        assert!(messages(&case)[0].contains("outside the slider"));
        estimate(&mut case, 0).slider = Some(SliderRange { min: 0.0, max: 1e5 });
        assert!(messages(&case)[0].contains("above zero"));
        estimate(&mut case, 0).slider = None;
        estimate(&mut case, 0).truth = Truth::Value(5e9);
        assert!(messages(&case)[0].contains("default slider"));
    }

    #[test]
    fn choices_and_orders() {
        let good = crate::testing::mixed_case();
        assert_eq!(messages(&good), Vec::<String>::new());
        let mut case = good.clone();
        if let Question::Choice(c) = &mut case.stages[0].question {
            c.options[1].correct = true;
            c.options[2].why = String::new();
        }
        if let Question::Order(o) = &mut case.stages[1].question {
            o.events[2] = o.events[0].clone();
        }
        let found = messages(&case);
        assert!(found.iter().any(|m| m == "stages[0].question.options: a choice needs exactly one option with `correct: true`; this one has 2"), "{found:#?}");
        assert!(
            found
                .iter()
                .any(|m| m == "stages[0].question.options[2].why: an option's `why` is empty")
        );
        assert!(found.iter().any(|m| m.starts_with(
            "stages[1].question.events[2]: the event `Phones found in raids` appears twice"
        )));
        let mut case = good;
        if let Question::Order(o) = &mut case.stages[1].question {
            o.events.truncate(2);
        }
        assert!(messages(&case)[0].contains("needs 3 to 6 events; this one has 2"));
    }

    #[test]
    fn event_dates_are_one_per_event_and_in_order() {
        let with = |dates: &[&str]| {
            let mut case = crate::testing::mixed_case();
            if let Question::Order(o) = &mut case.stages[1].question {
                o.dates = dates.iter().map(|d| d.to_string()).collect();
            }
            messages(&case)
        };
        assert!(with(&[]).is_empty(), "no dates is fine");
        assert!(with(&["2017", "2020-06", "2020-06-12"]).is_empty());
        assert!(
            with(&["2020", "2020-06", "2020"]).is_empty(),
            "a year is neither before nor after a month in it"
        );
        assert_eq!(
            with(&["2017", "2020"]),
            ["stages[1].question.dates: give one date per event or none: 2 dates for 3 events"]
        );
        let back = with(&["2017", "2020-07-02", "2020-06-12"]);
        assert_eq!(back.len(), 1, "{back:#?}");
        assert!(
            back[0].starts_with(
                "stages[1].question.dates[2]: `2020-06-12` is before the event above it (`2020-07-02`)"
            ),
            "{back:#?}"
        );
        let bad = with(&["2017", "June 2020", "2021"]);
        assert_eq!(
            bad,
            [
                "stages[1].question.dates[1]: an event's date `June 2020` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"
            ]
        );
    }

    #[test]
    fn dates_and_urls() {
        for good in ["2023", "2023-06", "2023-06-27", "2024-02-29"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "",
            "23",
            "2023-6-27",
            "2023-13",
            "2023-02-29",
            "June 2023",
            "2023-06-27-1",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
        assert!(check_url("https://www.europol.europa.eu/media-press/newsroom").is_ok());
        assert!(check_url("http://example.org:8080/a?b#c").is_ok());
        assert!(check_url("www.europol.eu").is_err());
        assert!(check_url("https://nohost").is_err());
        assert!(check_url("https://a b.com").is_err());
    }
}
