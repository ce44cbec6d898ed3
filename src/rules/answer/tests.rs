use super::*;

fn q(s: &str) -> f64 {
    parse_quantity(s).unwrap_or_else(|e| panic!("{s:?} should parse, got {e}"))
}

#[test]
fn the_forms_people_type() {
    assert_eq!(q("115000000"), 115e6);
    assert_eq!(q("115,000,000"), 115e6);
    assert_eq!(q("115 000 000"), 115e6);
    assert_eq!(q("115\u{202f}000\u{202f}000"), 115e6);
    assert_eq!(q("115'000'000"), 115e6);
    assert_eq!(q("115m"), 115e6);
    assert_eq!(q("115 million"), 115e6);
    assert_eq!(q("115 Million"), 115e6);
    assert_eq!(q("1.15e8"), 115e6);
    assert_eq!(q("1.15E8"), 115e6);
    assert_eq!(q("1.15 × 10^8"), 115e6);
    assert_eq!(q("0.5 bn"), 5e8);
    assert_eq!(q("6.5k"), 6500.0);
    assert_eq!(q("€740m"), 740e6);
    assert_eq!(q("740 million euros"), 740e6);
    assert_eq!(q("EUR 740 million"), 740e6);
    assert_eq!(q("about 6,500 arrests"), 6500.0);
    assert_eq!(q("~200"), 200.0);
    assert_eq!(q("103.5 t"), 103.5);
    assert_eq!(q("20%"), 20.0);
    assert_eq!(q(".5"), 0.5);
    assert_eq!(q("  42  "), 42.0);
    assert_eq!(q("1.2 mio"), 1_200_000.0);
}

/// Numbers as other keyboards and habits write them (issue 14): each read as meant, or refused
/// with a message that says which form to use.
#[test]
fn numbers_as_the_world_writes_them() {
    // A comma after a lone 0 cannot group thousands.
    assert_eq!(q("0,750"), 0.75);
    assert_eq!(q("0,750 t"), 0.75);
    assert_eq!(q("0,5"), 0.5);
    assert!(
        parse_quantity("0,750,000").is_err(),
        "no group starts with 0"
    );
    // Fullwidth digits from an East Asian keyboard, and other scripts' digits.
    assert_eq!(q("６５００"), 6500.0);
    assert_eq!(q("６，５００"), 6500.0);
    assert_eq!(q("６．５ｋ"), 6500.0);
    assert_eq!(q("٦٥٠٠"), 6500.0);
    assert_eq!(q("६५००"), 6500.0);
    // Indian grouping: lakh and crore.
    assert_eq!(q("1,00,000"), 100_000.0);
    assert_eq!(q("12,34,567"), 1_234_567.0);
    assert_eq!(q("1,23,456"), 123_456.0);
    assert_eq!(q("1,00,00,000"), 10_000_000.0);
    assert_eq!(q("1,00,000.5"), 100_000.5);
    assert!(
        parse_quantity("1,00,00").is_err(),
        "the last group has three digits"
    );
    // Powers of ten, with a caret or in superscript.
    assert_eq!(q("10^4"), 1e4);
    assert_eq!(q("10 ^ 4"), 1e4);
    assert_eq!(q("10**4"), 1e4);
    assert_eq!(q("10⁴"), 1e4);
    assert_eq!(q("6.5 × 10³"), 6500.0);
    assert_eq!(q("6.5×10³"), 6500.0);
    assert_eq!(q("6.5 x 10^3"), 6500.0);
    assert_eq!(q("1.15 × 10⁸ euros"), 115e6);
    assert_eq!(q("5 × 10⁻¹"), 0.5);
    assert_eq!(
        parse_quantity("2^10"),
        Err(AnswerError::OnlyPowersOfTen),
        "a power of another number says which form to use"
    );
    assert!(
        AnswerError::OnlyPowersOfTen.to_string().contains("10^4"),
        "the message shows the form"
    );
}

#[test]
fn decimal_commas() {
    assert_eq!(q("3,3"), 3.3);
    assert_eq!(q("739,7 million"), 739.7e6);
    assert_eq!(q("0,5 bn"), 5e8);
    assert_eq!(q("1.234,5"), 1234.5);
    assert_eq!(q("1,234.5"), 1234.5);
    assert_eq!(q("1.234.567"), 1_234_567.0);
    // A comma followed by exactly three digits groups thousands.
    assert_eq!(q("6,558"), 6558.0);
    assert_eq!(q("3,300"), 3300.0);
    // A single dot is always a decimal point.
    assert_eq!(q("6.558"), 6.558);
}

#[test]
fn unreadable_input_is_an_error_not_a_guess() {
    for bad in [
        "", "   ", "abc", "12 5", "1,2,3", "1..2", "5 to 10", "e8", "million", "k", "1,234,56",
        "½", "NaN", "inf", "--5", "5 5 5",
    ] {
        assert!(parse_quantity(bad).is_err(), "{bad:?} should not parse");
    }
    assert_eq!(parse_quantity(""), Err(AnswerError::Empty));
    assert_eq!(parse_quantity("-5"), Err(AnswerError::NotPositive));
    assert_eq!(parse_quantity("0"), Err(AnswerError::NotPositive));
    assert_eq!(parse_quantity("1e300"), Err(AnswerError::TooLarge));
    assert_eq!(
        parse_quantity("lots").unwrap_err().to_string(),
        "Type a number, like 2500 or 3.5 million"
    );
}

#[test]
fn ranges() {
    let r = |s: &str| parse_estimate_with_range(s, Scale::Log);
    assert_eq!(
        r("2000"),
        Ok(TypedEstimate {
            guess: 2000.0,
            range: None
        })
    );
    let with = Ok(TypedEstimate {
        guess: 2000.0,
        range: Some((500.0, 5000.0)),
    });
    assert_eq!(r("2000 (500-5000)"), with);
    assert_eq!(r("2000 [500 - 5000]"), with);
    assert_eq!(r("2000; 500 to 5k"), with);
    assert_eq!(r("2,000, 500–5,000"), with);
    assert_eq!(r("2k (0.5k..5k)"), with);
    assert_eq!(r("500-5000").unwrap().guess, 1580.0);
    assert_eq!(r("500-5000").unwrap().range, Some((500.0, 5000.0)));
    assert_eq!(
        r("6,558"),
        Ok(TypedEstimate {
            guess: 6558.0,
            range: None
        })
    );
    assert_eq!(r("5000 (500-2000)"), Err(AnswerError::GuessOutsideRange));
    assert_eq!(r("2000 (5000-500)"), Err(AnswerError::RangeBackwards));
    assert_eq!(r("2000 (lots)"), Err(AnswerError::NotARange));
    assert_eq!(r("-5"), Err(AnswerError::NotPositive));
    let y = parse_estimate_with_range("2017 (2016-2019)", Scale::Linear).unwrap();
    assert_eq!((y.guess, y.range), (2017.0, Some((2016.0, 2019.0))));
    assert_eq!(
        parse_estimate_with_range("2015-2019", Scale::Linear)
            .unwrap()
            .guess,
        2017.0
    );
}

#[test]
fn choices() {
    assert_eq!(parse_choice("2", 4), Ok(1));
    assert_eq!(parse_choice(" b ", 4), Ok(1));
    assert_eq!(parse_choice("(D)", 4), Ok(3));
    assert_eq!(parse_choice("5", 4), Err(AnswerError::NotAChoice(4)));
    assert_eq!(parse_choice("0", 4), Err(AnswerError::NotAChoice(4)));
    assert_eq!(parse_choice("ab", 4), Err(AnswerError::NotAChoice(4)));
    assert_eq!(parse_choice("", 4), Err(AnswerError::Empty));
    assert_eq!(
        AnswerError::NotAChoice(4).to_string(),
        "Type the number of an option, from 1 to 4"
    );
}

#[test]
fn orders() {
    assert_eq!(parse_order("C A B", 3), Ok(vec![2, 0, 1]));
    assert_eq!(parse_order("cab", 3), Ok(vec![2, 0, 1]));
    assert_eq!(parse_order("c, a, b", 3), Ok(vec![2, 0, 1]));
    assert_eq!(parse_order("3-1-2", 3), Ok(vec![2, 0, 1]));
    assert_eq!(parse_order("C > A > B", 3), Ok(vec![2, 0, 1]));
    for bad in ["C A", "C A A", "C A D", "C A B B", "x y z", "1 2 4"] {
        assert_eq!(
            parse_order(bad, 3),
            Err(AnswerError::NotAnOrder(3)),
            "{bad}"
        );
    }
    assert_eq!(
        AnswerError::NotAnOrder(3).to_string(),
        "Type each of the 3 letters once, earliest first, like C B A"
    );
}

#[test]
fn years() {
    assert_eq!(parse_year("2017"), Ok(2017.0));
    assert_eq!(
        parse_year(" in 2019 ").map_err(|e| e.to_string()),
        Err("Type a year, like 2019".into())
    );
    assert_eq!(parse_year("2017.5"), Err(AnswerError::NotAYear));
    assert_eq!(parse_year("17"), Err(AnswerError::NotAYear));
    assert_eq!(parse_year("abc"), Err(AnswerError::NotAYear));
    assert_eq!(parse_estimate("2,020", Scale::Linear), Ok(2020.0));
}
