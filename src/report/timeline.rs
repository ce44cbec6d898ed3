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
    /// Each stage (or, for an order question's reveal, each event): its place on the strip
    /// (0 to 1), its number (from 1, in the true order) and its date as written ("June 2020").
    pub points: Vec<TimelinePoint>,
}

/// One stage or event on a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePoint {
    pub number: usize,
    pub at: f32,
    /// Its date as the case file gives it (`2020-04-01`, `2020-06`, `2017`).
    pub iso: String,
}

impl TimelinePoint {
    /// Its date in words in `lang`: `1 April 2020`, `1er avril 2020`.
    pub fn date(&self, lang: crate::content::lang::Lang) -> String {
        crate::report::numbers::date(lang, &self.iso)
    }
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

    /// An order question's events at their `dates` (in the true order, as
    /// [`crate::content::Order::dates`]), numbered from 1; `None` without dates or when one is
    /// no date.
    pub fn of_events(dates: &[String]) -> Option<Timeline> {
        let dated = dates
            .iter()
            .enumerate()
            .map(|(i, date)| year_fraction(date).map(|y| (i + 1, y, date.as_str())))
            .collect::<Option<Vec<_>>>()?;
        Timeline::place(dated, &[])
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
        let declared = if whole {
            years_in(&case.years)
        } else {
            Vec::new()
        };
        Timeline::place(dated, &declared)
    }

    /// Numbered dates `(number, year fraction, date as written)` on a strip spanning their
    /// years and the `declared` ones.
    fn place(dated: Vec<(usize, f64, &str)>, declared: &[i32]) -> Option<Timeline> {
        if dated.is_empty() {
            return None;
        }
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
            points: dated
                .into_iter()
                .map(|(number, y, as_of)| TimelinePoint {
                    number,
                    at: place(y),
                    iso: as_of.to_string(),
                })
                .collect(),
        })
    }

    /// Stage `number`'s place on the strip, if it has a date.
    pub fn place_of(&self, number: usize) -> Option<f32> {
        self.points
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
                timeline.points.len(),
                case.stages.iter().filter(|s| s.date.is_some()).count(),
                "{}",
                case.id
            );
            for stage in &timeline.points {
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
        let last = encrochat.place_of(encrochat.points.len()).unwrap();
        assert!(last > first, "{first} {last}");
    }

    #[test]
    fn before_the_debrief_only_revealed_stages_and_their_years_are_shown() {
        let library = crate::content::library::Library::load(None);
        let case = library.find("encrochat").unwrap();
        assert_eq!(Timeline::so_far(case, 0), None, "nothing revealed yet");
        let two = Timeline::so_far(case, 2).unwrap();
        assert_eq!(two.points.len(), 2);
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

    #[test]
    fn an_orders_events_sit_at_their_dates() {
        let dates: Vec<String> = ["2017", "2020-04-01", "2020-07-02", "2024-04-30"]
            .map(String::from)
            .to_vec();
        let timeline = Timeline::of_events(&dates).unwrap();
        assert_eq!((timeline.first_year, timeline.last_year), (2017, 2024));
        let at: Vec<f32> = timeline.points.iter().map(|p| p.at).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
        assert!(at[0] > 0.0 && at[3] < 1.0);
        // 2 July is later in 2020 than 1 April, by about a quarter of a year in eight.
        assert!(((at[2] - at[1]) - 0.25 / 8.0).abs() < 0.01, "{at:?}");
        assert_eq!(
            timeline.points[1].date(crate::content::lang::Lang::En),
            "1 April 2020"
        );
        assert_eq!(Timeline::of_events(&[]), None);
        assert_eq!(Timeline::of_events(&["2017".into(), "spring".into()]), None);
    }
}
