use super::*;

fn q(s: &str) -> f64 {
    parse_quantity(s, Lang::En).unwrap_or_else(|e| panic!("{s:?} should parse, got {e}"))
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
        parse_quantity("0,750,000", Lang::En).is_err(),
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
        parse_quantity("1,00,00", Lang::En).is_err(),
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
        parse_quantity("2^10", Lang::En),
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
        assert!(
            parse_quantity(bad, Lang::En).is_err(),
            "{bad:?} should not parse"
        );
    }
    assert_eq!(parse_quantity("", Lang::En), Err(AnswerError::Empty));
    assert_eq!(
        parse_quantity("-5", Lang::En),
        Err(AnswerError::NotPositive)
    );
    assert_eq!(parse_quantity("0", Lang::En), Err(AnswerError::NotPositive));
    assert_eq!(
        parse_quantity("1e300", Lang::En),
        Err(AnswerError::TooLarge)
    );
    assert_eq!(
        parse_quantity("lots", Lang::En).unwrap_err().to_string(),
        "Type a number, like 2500 or 3.5 million"
    );
}

#[test]
fn ranges() {
    let r = |s: &str| parse_estimate_with_range(s, Scale::Log, Lang::En);
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
    let y = parse_estimate_with_range("2017 (2016-2019)", Scale::Linear, Lang::En).unwrap();
    assert_eq!((y.guess, y.range), (2017.0, Some((2016.0, 2019.0))));
    assert_eq!(
        parse_estimate_with_range("2015-2019", Scale::Linear, Lang::En)
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
    assert_eq!(parse_year("2017", Lang::En), Ok(2017.0));
    assert_eq!(
        parse_year(" in 2019 ", Lang::En).map_err(|e| e.to_string()),
        Err("Type a year, like 2019".into())
    );
    assert_eq!(parse_year("2017.5", Lang::En), Err(AnswerError::NotAYear));
    assert_eq!(parse_year("17", Lang::En), Err(AnswerError::NotAYear));
    assert_eq!(parse_year("abc", Lang::En), Err(AnswerError::NotAYear));
    assert_eq!(parse_estimate("2,020", Scale::Linear, Lang::En), Ok(2020.0));
}

/// Numbers as French, Dutch and German write them: the player's language decides what a lone
/// mark means, and each language's words for thousands, millions and billions are read.
#[test]
fn numbers_as_each_language_writes_them() {
    let in_lang = |s: &str, lang: Lang| {
        parse_quantity(s, lang).unwrap_or_else(|e| panic!("{lang} {s:?} should parse, got {e}"))
    };
    // A lone dot before three digits groups thousands except in English.
    assert_eq!(in_lang("6.558", Lang::En), 6.558);
    for lang in [Lang::Fr, Lang::Nl, Lang::De] {
        assert_eq!(in_lang("6.558", lang), 6558.0, "{lang}");
        assert_eq!(in_lang("6,558", lang), 6.558, "{lang}");
        assert_eq!(in_lang("1,5", lang), 1.5, "{lang}");
        assert_eq!(in_lang("1.5", lang), 1.5, "{lang}: not three digits");
        assert_eq!(
            in_lang("0.750", lang),
            0.75,
            "{lang}: no group starts with 0"
        );
        assert_eq!(in_lang("1.234.567", lang), 1_234_567.0, "{lang}");
        assert_eq!(in_lang("1.234,5", lang), 1234.5, "{lang}");
        assert_eq!(in_lang("739,7 Mio.", lang), 739.7e6, "{lang}");
        assert_eq!(in_lang("2 Mrd.", lang), 2e9, "{lang}");
        assert_eq!(in_lang("1 biljoen", lang), 1e12, "{lang}");
    }
    assert_eq!(in_lang("6,558", Lang::En), 6558.0);
    assert_eq!(in_lang("1,5", Lang::En), 1.5);
    // French.
    assert_eq!(in_lang("6\u{202f}558", Lang::Fr), 6558.0);
    assert_eq!(in_lang("6 558", Lang::Fr), 6558.0);
    assert_eq!(in_lang("739,7 millions", Lang::Fr), 739.7e6);
    assert_eq!(in_lang("739,7 millions d'euros", Lang::Fr), 739.7e6);
    assert_eq!(in_lang("739,7 millions d’euros", Lang::Fr), 739.7e6);
    assert_eq!(in_lang("2 milliards", Lang::Fr), 2e9);
    assert_eq!(in_lang("3 mille", Lang::Fr), 3000.0);
    assert_eq!(in_lang("environ 6 500", Lang::Fr), 6500.0);
    assert_eq!(in_lang("5 Md€", Lang::Fr), 5e9);
    // Dutch.
    assert_eq!(in_lang("739,7 miljoen", Lang::Nl), 739.7e6);
    assert_eq!(in_lang("3 miljard", Lang::Nl), 3e9);
    assert_eq!(in_lang("2 duizend", Lang::Nl), 2000.0);
    assert_eq!(in_lang("1,2 mln", Lang::Nl), 1.2e6);
    assert_eq!(in_lang("4 mld", Lang::Nl), 4e9);
    assert_eq!(in_lang("ongeveer 6.500", Lang::Nl), 6500.0);
    // German.
    assert_eq!(in_lang("739,7 Millionen", Lang::De), 739.7e6);
    assert_eq!(in_lang("2 Milliarden", Lang::De), 2e9);
    assert_eq!(in_lang("1 Milliarde", Lang::De), 1e9);
    assert_eq!(in_lang("3 Tausend", Lang::De), 3000.0);
    assert_eq!(in_lang("etwa 6.500", Lang::De), 6500.0);
    assert_eq!(in_lang("2 Bio.", Lang::De), 2e12);
    // `billion`: 10^9 in English (and Dutch, where it is no word), 10^12 in French and German.
    assert_eq!(in_lang("1 billion", Lang::En), 1e9);
    assert_eq!(in_lang("1 billion", Lang::Nl), 1e9);
    assert_eq!(in_lang("1 billion", Lang::Fr), 1e12);
    assert_eq!(in_lang("1 Billion", Lang::De), 1e12);
    assert_eq!(in_lang("2 billions", Lang::Fr), 2e12);
    // Ranges with each language's word between the ends.
    let range = |s: &str, lang: Lang| parse_estimate_with_range(s, Scale::Log, lang).unwrap();
    assert_eq!(range("500 à 5000", Lang::Fr).range, Some((500.0, 5000.0)));
    assert_eq!(
        range("500 tot 5.000", Lang::Nl).range,
        Some((500.0, 5000.0))
    );
    assert_eq!(
        range("6.000 (500 bis 8.000)", Lang::De).range,
        Some((500.0, 8000.0))
    );
}
