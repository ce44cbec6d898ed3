//! Property tests for the answer parser: nothing a player types may panic, and every number the
//! game prints reads back as the same value.

use proptest::prelude::*;
use takedown::content::lang::Lang;
use takedown::content::number::{format_exact, format_rounded, with_unit};
use takedown::rules::answer::{parse_number, parse_quantity, parse_year};

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= a.abs().max(b.abs()) * 1e-12
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// Whatever is typed reads as a value the game can score, or as an error: a quantity is
    /// finite and above zero, a year is whole and between 1900 and 2100.
    #[test]
    fn any_string_is_a_scorable_value_or_an_error(input in any::<String>()) {
        if let Ok(v) = parse_number(&input, Lang::En) {
            prop_assert!(v.is_finite() && v >= 0.0, "{:?} read as {}", input, v);
        }
        if let Ok(v) = parse_quantity(&input, Lang::En) {
            prop_assert!(v.is_finite() && v > 0.0, "{:?} read as {}", input, v);
        }
        if let Ok(v) = parse_year(&input, Lang::En) {
            prop_assert!(v.fract() == 0.0 && (1900.0..=2100.0).contains(&v), "{:?} read as {}", input, v);
        }
    }

    #[test]
    fn number_like_strings_never_panic(input in "[0-9 .,'_eExkmb€$£~^×*+-]{0,30}(million|bn|k|m|thousand| euros)?") {
        if let Ok(v) = parse_number(&input, Lang::En) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
    }

    #[test]
    fn whole_numbers_print_and_read_back(n in 1u64..1_000_000_000_000) {
        let v = n as f64;
        let printed = format_exact(v);
        let read = parse_quantity(&printed, Lang::En).unwrap();
        prop_assert!(same(read, v), "{} printed as {:?} read as {}", v, printed, read);
    }

    #[test]
    fn decimals_print_and_read_back(whole in 0u64..100_000_000, tenths in 0u64..1000) {
        let v = whole as f64 + tenths as f64 / 1000.0;
        prop_assume!(v > 0.0);
        let printed = format_exact(v);
        let read = parse_quantity(&printed, Lang::En).unwrap();
        prop_assert!(same(read, v), "{} printed as {:?} read as {}", v, printed, read);
    }

    #[test]
    fn slider_values_with_units_read_back(exp in 0.0f64..9.0, unit in prop::sample::select(vec!["€", "arrests", "tonnes", "%", ""])) {
        let v = takedown::content::number::round_significant(10f64.powf(exp), 3);
        let printed = format_rounded(v, 3);
        prop_assert!(same(parse_quantity(&printed, Lang::En).unwrap(), v));
        let with = with_unit(v, unit);
        prop_assert!(same(parse_quantity(&with, Lang::En).unwrap(), v), "{:?}", with);
    }

    #[test]
    fn years_read_back(year in 1900u32..=2100) {
        prop_assert_eq!(parse_year(&year.to_string(), Lang::En).unwrap(), year as f64);
    }
}

/// Every log-scale estimate of the shipped cases, by its unit (one per unit), read once.
fn shipped_units() -> &'static [takedown::content::Estimate] {
    static UNITS: std::sync::OnceLock<Vec<takedown::content::Estimate>> =
        std::sync::OnceLock::new();
    UNITS.get_or_init(read_shipped_units)
}

fn read_shipped_units() -> Vec<takedown::content::Estimate> {
    use takedown::content::Question;
    let library = takedown::content::library::Library::load(None);
    let mut units: Vec<takedown::content::Estimate> = Vec::new();
    for case in library.cases() {
        for stage in &case.stages {
            if let Question::Estimate(e) = &stage.question
                && e.scale == takedown::content::Scale::Log
                && !units.iter().any(|u| u.unit == e.unit)
            {
                units.push(e.clone());
            }
        }
    }
    units
}

/// `value`, in the unit of `estimate`, written in every way the game accepts: as the game
/// prints it, bare, with a multiplier, with a filler word, with the unit's other names, and in
/// other units of the same kind (kilograms for tonnes, weeks for days).
fn written_forms(value: f64, unit: &str, grams: bool) -> Vec<String> {
    use takedown::content::number::{currency, singular};
    use takedown::rules::units::{Dimension, unit_dimension};
    let plain = format!("{value}");
    let mut forms = vec![
        with_unit(value, unit),
        format_exact(value),
        plain.clone(),
        format!("about {}", with_unit(value, unit)),
        format!("~{plain}"),
        format!("{}k", value / 1e3),
        format!("{} million", value / 1e6),
        format!("{} bn", value / 1e9),
        format!("{:e}", value),
    ];
    match unit_dimension(unit) {
        Dimension::Count => {
            forms.push(format!("{plain} {unit}"));
            forms.push(format!("{plain} {}", singular(unit)));
            forms.push(format!("{plain} {}", unit.to_uppercase()));
        }
        Dimension::Money(code) => {
            let c = currency(unit).unwrap();
            forms.push(format!("{}{plain}", c.symbol));
            forms.push(format!("{plain} {}", c.name));
            forms.push(format!("{code} {plain}"));
            forms.push(format!("{}{}m", c.symbol, value / 1e6));
            if code != "EUR" {
                forms.push(format!("{plain} dollars"));
            }
        }
        Dimension::Mass(kg) => {
            forms.push(format!("{plain} {unit}"));
            forms.push(format!("{} kg", value * kg));
            forms.push(format!("{} kilos", value * kg));
            if grams {
                forms.push(format!("{} g", value * kg * 1000.0));
            }
            forms.push(format!("{} t", value * kg / 1000.0));
        }
        Dimension::Time(days) => {
            forms.push(format!("{plain} {unit}"));
            forms.push(format!("{} days", value * days));
            forms.push(format!("{} weeks", value * days / 7.0));
        }
        Dimension::Percent => forms.push(format!("{plain}%")),
    }
    forms
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// For every unit the shipped cases use, a value written in any accepted form reads back as
    /// the same value in the question's unit, as a guess and as both ends of a range.
    #[test]
    fn every_shipped_unit_reads_back_in_every_form(
        which in 0usize..64,
        exp in 0.0f64..10.0,
    ) {
        use takedown::rules::answer::parse_estimate_for;
        let units = shipped_units();
        let estimate = &units[which % units.len()];
        let value = takedown::content::number::round_significant(10f64.powf(exp), 3);
        let close = |a: f64, b: f64| (a - b).abs() <= b * 1e-9;
        // Grams only where the figure is one a person might write in grams (under 1,000 t).
        let grams = value < 500.0;
        let lows = written_forms(value / 2.0, &estimate.unit, grams);
        let highs = written_forms(value * 2.0, &estimate.unit, grams);
        for (i, form) in written_forms(value, &estimate.unit, grams).into_iter().enumerate() {
            let read = parse_estimate_for(&form, estimate, Lang::En);
            prop_assert!(read.is_ok(), "{:?} for a question in {:?}: {:?}", form, estimate.unit, read);
            let read = read.unwrap();
            prop_assert!(
                close(read.guess, value),
                "{:?} for a question in {:?} read as {}, not {}", form, estimate.unit, read.guess, value
            );
            // `5e-1 - 2e0` is no range anyone types: the minus of an exponent is not a dash.
            if lows[i].contains("e-") {
                continue;
            }
            let typed = format!("{form} ({} - {})", lows[i], highs[i]);
            let range = parse_estimate_for(&typed, estimate, Lang::En);
            prop_assert!(range.is_ok(), "{:?} for a question in {:?}: {:?}", typed, estimate.unit, range);
            let (low, high) = range.unwrap().range.unwrap();
            prop_assert!(
                close(low, value / 2.0) && close(high, value * 2.0),
                "{:?} read as {}-{}", typed, low, high
            );
        }
    }
}

#[test]
fn the_shipped_cases_use_units_of_every_kind() {
    use takedown::rules::units::{Dimension, unit_dimension};
    let kinds: Vec<Dimension> = shipped_units()
        .iter()
        .map(|e| unit_dimension(&e.unit))
        .collect();
    assert!(kinds.iter().any(|k| matches!(k, Dimension::Mass(_))));
    assert!(kinds.iter().any(|k| matches!(k, Dimension::Time(_))));
    assert!(kinds.iter().any(|k| matches!(k, Dimension::Money(_))));
    assert!(kinds.iter().any(|k| matches!(k, Dimension::Count)));
}

mod in_every_language {
    use proptest::prelude::*;
    use takedown::content::lang::Lang;
    use takedown::report::numbers::{figure, rounded, with_unit};
    use takedown::rules::answer::{parse_number, parse_quantity, parse_year};

    fn lang() -> impl Strategy<Value = Lang> {
        prop::sample::select(Lang::ALL.to_vec())
    }

    fn same(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Whatever is typed, in any language, reads as a value the game can score or as an
        /// error.
        #[test]
        fn any_string_is_a_scorable_value_or_an_error(input in any::<String>(), lang in lang()) {
            if let Ok(v) = parse_number(&input, lang) {
                prop_assert!(v.is_finite() && v >= 0.0, "{} {:?} read as {}", lang, input, v);
            }
            if let Ok(v) = parse_year(&input, lang) {
                prop_assert!(v.fract() == 0.0 && (1900.0..=2100.0).contains(&v));
            }
        }

        #[test]
        fn local_number_words_never_panic(
            input in "[0-9 .,\u{202f}\u{a0}]{0,20}( ?(Mio\\.|Mrd\\.|mln|mld|miljoen|miljard|millions|milliards|Millionen|Milliarden|billion|biljoen|mille|duizend|Tausend))?( d’euros| euro| Euro| €)?",
            lang in lang(),
        ) {
            if let Ok(v) = parse_number(&input, lang) {
                prop_assert!(v.is_finite() && v >= 0.0);
            }
        }

        /// Every figure the game writes in a language reads back, in that language, as the
        /// same value: whole numbers, decimals, and slider values with every kind of unit.
        #[test]
        fn figures_print_and_read_back(n in 1u64..1_000_000_000_000, lang in lang()) {
            let v = n as f64;
            let printed = figure(lang, v);
            let read = parse_quantity(&printed, lang).unwrap();
            prop_assert!(same(read, v), "{} {} printed as {:?} read as {}", lang, v, printed, read);
        }

        #[test]
        fn decimals_print_and_read_back(whole in 0u64..100_000_000, thousandths in 0u64..1000, lang in lang()) {
            let v = whole as f64 + thousandths as f64 / 1000.0;
            prop_assume!(v > 0.0);
            let printed = figure(lang, v);
            let read = parse_quantity(&printed, lang).unwrap();
            prop_assert!(same(read, v), "{} {} printed as {:?} read as {}", lang, v, printed, read);
        }

        #[test]
        fn slider_values_with_units_read_back(
            exp in 0.0f64..12.0,
            unit in prop::sample::select(vec!["€", "US$", "A$", "C$", "£", "arrests", "tonnes", "%", ""]),
            lang in lang(),
        ) {
            let v = takedown::content::number::round_significant(10f64.powf(exp), 3);
            let printed = rounded(lang, v, 3);
            prop_assert!(same(parse_quantity(&printed, lang).unwrap(), v), "{} {:?}", lang, printed);
            let with = with_unit(lang, v, unit);
            let read = parse_quantity(&with, lang);
            prop_assert!(read.as_ref().is_ok_and(|r| same(*r, v)), "{} {:?} read as {:?}", lang, with, read);
        }
    }
}
