//! Where each stage sits in the case's years: the strip above a question and a reveal, and
//! the debrief's timeline of the whole case.
//!
//! A stage's date is its `date` (when its events happened: `2017`, `2020-04`, `2020-07-02`;
//! not the question's `as_of`, when a figure was reported); a stage without one is not
//! placed. Before the debrief a timeline holds only the stages revealed so far
//! and spans only their years: a stage's date, or the case's years, shown before its question
//! would give away the answer to a "which year" question (as the case card keeps its years
//! for the debrief). The debrief's runs over the case's years (`2017–2024`) with every stage.

use crate::content::Case;

/// A timeline: its years and each stage on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// The first and last year shown (the strip runs from 1 January of the first to 31
    /// December of the last).
    pub first_year: i32,
    pub last_year: i32,
    /// The years to label under the strip, with their place (0 = left, 1 = right).
    pub ticks: Vec<(f32, String)>,
    /// Each stage: its place on the strip (0 to 1), its number (from 1) and its date as
    /// written ("June 2020").
    pub stages: Vec<TimelineStage>,
}

/// One stage on a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineStage {
    pub number: usize,
    pub at: f32,
    pub date: String,
}

/// A date as a fraction of years: `2020-06` → 2020.42 (the middle of June), `2023` → 2023.5.
fn year_fraction(date: &str) -> Option<f64> {
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.trim().parse().ok()?;
    let month: Option<u32> = parts.next().and_then(|m| m.parse().ok());
    let day: Option<u32> = parts.next().and_then(|d| d.parse().ok());
    let within = match (month, day) {
        (Some(m), Some(d)) => (f64::from(m) - 1.0 + (f64::from(d) - 0.5) / 31.0) / 12.0,
        (Some(m), None) => (f64::from(m) - 0.5) / 12.0,
        _ => 0.5,
    };
    Some(f64::from(year) + within)
}

/// The four-digit years in `text`, in order (`"2017–2024"` → 2017, 2024).
fn years_in(text: &str) -> Vec<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .collect()
}

impl Timeline {
    /// The case's whole timeline, for the debrief; `None` when no stage has a date.
    pub fn of(case: &Case) -> Option<Timeline> {
        Timeline::build(case, case.stages.len(), true)
    }

    /// The timeline of stages 1 to `revealed` only, within their own years (never the case's,
    /// nor a later stage's date): for a question or a reveal. `None` before any is revealed.
    pub fn so_far(case: &Case, revealed: usize) -> Option<Timeline> {
        Timeline::build(case, revealed, false)
    }

    fn build(case: &Case, upto: usize, whole: bool) -> Option<Timeline> {
        let dated: Vec<(usize, f64, &str)> = case
            .stages
            .iter()
            .take(upto)
            .enumerate()
            .filter_map(|(i, s)| {
                let date = s.date.as_deref()?;
                year_fraction(date).map(|y| (i + 1, y, date))
            })
            .collect();
        if dated.is_empty() {
            return None;
        }
        let declared = if whole {
            years_in(&case.years)
        } else {
            Vec::new()
        };
        let first = dated
            .iter()
            .map(|d| d.1.floor() as i32)
            .chain(declared.first().copied())
            .min()?;
        let last = dated
            .iter()
            .map(|d| d.1.floor() as i32)
            .chain(declared.last().copied())
            .max()?;
        let span = f64::from(last + 1 - first);
        let place = |y: f64| ((y - f64::from(first)) / span) as f32;
        // A label every year for a short case, every other or fifth for a long one.
        let step = match last - first {
            0..=8 => 1,
            9..=16 => 2,
            _ => 5,
        };
        let ticks = (first..=last)
            .filter(|y| (y - first) % step == 0)
            .map(|y| (place(f64::from(y) + 0.5), y.to_string()))
            .collect();
        Some(Timeline {
            first_year: first,
            last_year: last,
            ticks,
            stages: dated
                .into_iter()
                .map(|(number, y, as_of)| TimelineStage {
                    number,
                    at: place(y),
                    date: crate::content::number::format_date(as_of),
                })
                .collect(),
        })
    }

    /// Stage `number`'s place on the strip, if it has a date.
    pub fn place_of(&self, number: usize) -> Option<f32> {
        self.stages
            .iter()
            .find(|s| s.number == number)
            .map(|s| s.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_parts_of_years() {
        assert_eq!(year_fraction("2023"), Some(2023.5));
        assert!((year_fraction("2020-06").unwrap() - (2020.0 + 5.5 / 12.0)).abs() < 1e-9);
        let day = year_fraction("2023-06-27").unwrap();
        assert!(day > 2023.45 && day < 2023.5, "{day}");
        assert_eq!(year_fraction("soon"), None);
        assert_eq!(years_in("2017–2024"), [2017, 2024]);
    }

    #[test]
    fn every_shipped_case_has_a_timeline_with_its_stages_in_its_years() {
        for case in crate::content::library::Library::load(None).cases() {
            let timeline = Timeline::of(case).unwrap_or_else(|| panic!("{}", case.id));
            assert!(timeline.first_year <= timeline.last_year);
            assert_eq!(
                timeline.stages.len(),
                case.stages.iter().filter(|s| s.date.is_some()).count(),
                "{}",
                case.id
            );
            for stage in &timeline.stages {
                assert!((0.0..=1.0).contains(&stage.at), "{} {stage:?}", case.id);
            }
            assert!(!timeline.ticks.is_empty());
        }
        // EncroChat: 2017 to 2024 as its years say; its last stage (the courts) is to the
        // right of its first (the phones in raids).
        let library = crate::content::library::Library::load(None);
        let encrochat = Timeline::of(library.find("encrochat").unwrap()).unwrap();
        assert_eq!(encrochat.first_year, 2017);
        assert!(encrochat.last_year >= 2024);
        let first = encrochat.place_of(1).unwrap();
        let last = encrochat.place_of(encrochat.stages.len()).unwrap();
        assert!(last > first, "{first} {last}");
    }

    #[test]
    fn before_the_debrief_only_revealed_stages_and_their_years_are_shown() {
        let library = crate::content::library::Library::load(None);
        let case = library.find("encrochat").unwrap();
        assert_eq!(Timeline::so_far(case, 0), None, "nothing revealed yet");
        let two = Timeline::so_far(case, 2).unwrap();
        assert_eq!(two.stages.len(), 2);
        let latest = case.stages[..2]
            .iter()
            .filter_map(|s| year_fraction(s.date.as_deref()?))
            .fold(f64::MIN, f64::max) as i32;
        assert_eq!(two.last_year, latest, "no year beyond the stages revealed");
        assert!(
            two.ticks
                .iter()
                .all(|(_, y)| y.parse::<i32>().unwrap() <= latest)
        );
    }
}
