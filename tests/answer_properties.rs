//! Property tests for the answer parser: nothing a player types may panic, and every number the
//! game prints reads back as the same value.

use proptest::prelude::*;
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
        if let Ok(v) = parse_number(&input) {
            prop_assert!(v.is_finite() && v >= 0.0, "{:?} read as {}", input, v);
        }
        if let Ok(v) = parse_quantity(&input) {
            prop_assert!(v.is_finite() && v > 0.0, "{:?} read as {}", input, v);
        }
        if let Ok(v) = parse_year(&input) {
            prop_assert!(v.fract() == 0.0 && (1900.0..=2100.0).contains(&v), "{:?} read as {}", input, v);
        }
    }

    #[test]
    fn number_like_strings_never_panic(input in "[0-9 .,'_eExkmb€$£~^×*+-]{0,30}(million|bn|k|m|thousand| euros)?") {
        if let Ok(v) = parse_number(&input) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
    }

    #[test]
    fn whole_numbers_print_and_read_back(n in 1u64..1_000_000_000_000) {
        let v = n as f64;
        let printed = format_exact(v);
        let read = parse_quantity(&printed).unwrap();
        prop_assert!(same(read, v), "{} printed as {:?} read as {}", v, printed, read);
    }

    #[test]
    fn decimals_print_and_read_back(whole in 0u64..100_000_000, tenths in 0u64..1000) {
        let v = whole as f64 + tenths as f64 / 1000.0;
        prop_assume!(v > 0.0);
        let printed = format_exact(v);
        let read = parse_quantity(&printed).unwrap();
        prop_assert!(same(read, v), "{} printed as {:?} read as {}", v, printed, read);
    }

    #[test]
    fn slider_values_with_units_read_back(exp in 0.0f64..9.0, unit in prop::sample::select(vec!["€", "arrests", "tonnes", "%", ""])) {
        let v = takedown::content::number::round_significant(10f64.powf(exp), 3);
        let printed = format_rounded(v, 3);
        prop_assert!(same(parse_quantity(&printed).unwrap(), v));
        let with = with_unit(v, unit);
        prop_assert!(same(parse_quantity(&with).unwrap(), v), "{:?}", with);
    }

    #[test]
    fn years_read_back(year in 1900u32..=2100) {
        prop_assert_eq!(parse_year(&year.to_string()).unwrap(), year as f64);
    }
}
