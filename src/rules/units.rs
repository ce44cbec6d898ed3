//! Units in what the player typed, read against the question's unit. A unit is never dropped
//! silently: what converts is converted (`9 tonnes` to a question in kg is 9,000 kg, `500 kg`
//! to a question in tonnes is 0.5 t, `3 weeks` to a question in days is 21 days), what does not
//! is refused with a message that names the question's unit (`9 tonnes` to a question counting
//! arrests, `€5m` to a question in pounds), and a word that is no number, multiplier, unit or
//! filler (`about`, `around`, `roughly`, `approx.`, `~`) gets a message instead of being
//! ignored. (`1 lakh` is 100,000 and `1 crore` 10,000,000: see the multipliers in
//! [`crate::rules::answer`].)

use crate::content::number::{Currency, currency, singular};
use crate::rules::answer::{AnswerError, TypedFigure};
use crate::rules::hint::unit_words;

/// What a unit measures, with its size in a base unit of that kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dimension {
    /// Things counted: arrests, messages, countries.
    Count,
    /// Mass, in kilograms.
    Mass(f64),
    /// Time, in days.
    Time(f64),
    /// Money, by ISO code.
    Money(&'static str),
    Percent,
}

const DAYS_PER_YEAR: f64 = 365.25;

/// The dimension a word stands for, if it is a unit word the game knows.
fn word_dimension(word: &str) -> Option<Dimension> {
    Some(match word {
        "t" | "tonne" | "tonnes" | "ton" | "tons" => Dimension::Mass(1000.0),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => Dimension::Mass(1.0),
        "g" | "gram" | "grams" | "gramme" | "grammes" => Dimension::Mass(0.001),
        "day" | "days" => Dimension::Time(1.0),
        "week" | "weeks" | "wk" | "wks" => Dimension::Time(7.0),
        "month" | "months" => Dimension::Time(DAYS_PER_YEAR / 12.0),
        "year" | "years" | "yr" | "yrs" => Dimension::Time(DAYS_PER_YEAR),
        "tonnen" => Dimension::Mass(1000.0),
        "kilogramm" => Dimension::Mass(1.0),
        "gramm" => Dimension::Mass(0.001),
        "jour" | "jours" | "dag" | "dagen" | "tag" | "tage" | "tagen" => Dimension::Time(1.0),
        "semaine" | "semaines" | "weken" | "woche" | "wochen" => Dimension::Time(7.0),
        "mois" | "maand" | "maanden" | "monat" | "monate" | "monaten" => {
            Dimension::Time(DAYS_PER_YEAR / 12.0)
        }
        "an" | "ans" | "année" | "années" | "jaar" | "jaren" | "jahr" | "jahre" | "jahren" => {
            Dimension::Time(DAYS_PER_YEAR)
        }
        "euro" | "euros" | "eur" | "€" => Dimension::Money("EUR"),
        "pound" | "pounds" | "gbp" | "£" | "sterling" | "livre" | "livres" | "pond" | "pfund" => {
            Dimension::Money("GBP")
        }
        "usd" | "us$" | "$" => Dimension::Money("USD"),
        "aud" | "a$" | "au$" => Dimension::Money("AUD"),
        "cad" | "c$" | "ca$" => Dimension::Money("CAD"),
        "%" | "percent" | "procent" | "prozent" => Dimension::Percent,
        _ => return None,
    })
}

/// Words that say nothing about the figure.
fn filler(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "around"
            | "roughly"
            | "approx"
            | "approx."
            | "approximately"
            | "circa"
            | "ca."
            | "c."
            | "~"
            | "≈"
            | "some"
            | "nearly"
            | "almost"
            | "over"
            | "under"
            | "more"
            | "less"
            | "than"
            | "at"
            | "least"
            | "most"
            | "just"
            | "in"
            | "total"
            | "all"
            | "estimated"
            | "est."
            | "or"
            | "so"
            // The same in French, Dutch and German.
            | "de"
            | "des"
            | "environ"
            | "env."
            | "près"
            | "plus"
            | "moins"
            | "que"
            | "ongeveer"
            | "ong."
            | "bijna"
            | "meer"
            | "minder"
            | "dan"
            | "etwa"
            | "ungefähr"
            | "rund"
            | "fast"
            | "mehr"
            | "weniger"
            | "als"
            | "knapp"
            | "über"
    )
}

/// The dimension of a question's unit (`tonnes`, `€`, `arrests`, `weeks`).
pub fn unit_dimension(unit: &str) -> Dimension {
    let unit = unit.trim();
    if let Some(c) = currency(unit) {
        return Dimension::Money(c.code);
    }
    let first = unit.split_whitespace().next().unwrap_or("").to_lowercase();
    word_dimension(&first).unwrap_or(Dimension::Count)
}

/// What to type, for messages: `a number of arrests`, `an amount in euros`, `it in tonnes`.
pub fn what_to_type(unit: &str) -> String {
    match (unit_words(unit), unit_dimension(unit)) {
        (None, _) => "a number".into(),
        (Some(words), Dimension::Count) => format!("a number of {words}"),
        (Some(words), Dimension::Money(_)) => format!("an amount in {words}"),
        (Some(words), _) => format!("it in {words}"),
    }
}

/// The code of a dollar's country, as an adjective or an abbreviation written before or after
/// `dollar(s)` or `$` in the languages the game speaks.
fn dollar_country(word: &str) -> Option<&'static str> {
    Some(match word {
        "us" | "u.s." | "american" | "américain" | "américains" | "amerikaanse" => "usd",
        "australian" | "aus" | "au" | "australien" | "australiens" | "australische"
        | "australischen" => "aud",
        "canadian" | "ca" | "canadien" | "canadiens" | "canadese" | "kanadische"
        | "kanadischen" => "cad",
        _ => return None,
    })
}

/// Dollars named by their country (`US dollars`, `Australian dollars`, the names the game's
/// own messages use; `dollars américains`, `$ US`, `Canadese dollar`, `US-Dollar` as the
/// other languages write them) as one word each: `usd`, `aud`, `cad`. French elisions go:
/// `d'euros` is `euros`.
fn named_dollars(words: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for word in words.split_whitespace() {
        let word = word
            .strip_prefix("d'")
            .or_else(|| word.strip_prefix("d’"))
            .unwrap_or(word);
        let lower = word.to_lowercase();
        let bare = lower.trim_end_matches([',', ';', ':']);
        let is_dollar = matches!(bare, "dollar" | "dollars" | "$");
        let last = out.last().map(|w| w.to_lowercase());
        let code = match last.as_deref() {
            // `per cent`, `pour cent`: one word.
            Some("per" | "pour") if bare == "cent" => Some("percent"),
            // `US dollars`, `Canadese dollar`.
            Some(w) if is_dollar => dollar_country(w),
            // `dollars américains`, `$ US`.
            Some("dollar" | "dollars" | "$") => dollar_country(bare),
            _ => None,
        };
        match code {
            Some(code) => *out.last_mut().unwrap() = code.into(),
            None => out.push(word.to_string()),
        }
    }
    out.join(" ")
}

/// `figure`, typed as the answer to a question whose unit is `unit`, in that unit.
pub fn in_unit(figure: &TypedFigure, unit: &str) -> Result<f64, AnswerError> {
    let question = unit_dimension(unit);
    let question_words: Vec<String> = unit
        .split_whitespace()
        .map(|w| singular(&w.to_lowercase()))
        .collect();
    let mut typed: Option<(Dimension, String)> = figure
        .currency
        .map(|c: &Currency| (Dimension::Money(c.code), c.symbol.to_string()));
    let words = named_dollars(&figure.words.replace(['/', '-'], " "));
    for raw in words.split_whitespace() {
        let word = raw.trim_end_matches([',', ';', ':']);
        if word.is_empty() || filler(word) {
            continue;
        }
        // A word of the question's own unit (`arrests`, `arrest`, `messages a day`).
        if question_words
            .iter()
            .any(|w| *w == singular(word) || *w == word)
        {
            if typed.is_none() && question != Dimension::Count {
                typed = Some((question, word.to_string()));
            }
            continue;
        }
        // Dollars are US dollars unless the question is in another dollar.
        let dimension = match word {
            "dollar" | "dollars" => match question {
                Dimension::Money("USD" | "AUD" | "CAD") => Some(question),
                _ => Some(Dimension::Money("USD")),
            },
            _ => word_dimension(word),
        };
        match dimension {
            Some(d) => {
                typed = Some((d, raw.to_string()));
            }
            None => {
                return Err(AnswerError::UnknownWord {
                    word: raw.to_string(),
                    unit: unit.to_string(),
                });
            }
        }
    }
    let Some((dimension, typed_word)) = typed else {
        return Ok(figure.value);
    };
    // A currency typed by its code is named in full (`aud` → `Australian dollars`).
    let typed_word = crate::content::number::CURRENCIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(&typed_word))
        .map_or(typed_word, |c| c.name.to_string());
    let refuse = || AnswerError::WrongUnit {
        unit: unit.to_string(),
        typed: typed_word.clone(),
    };
    match (question, dimension) {
        (Dimension::Mass(q), Dimension::Mass(t)) | (Dimension::Time(q), Dimension::Time(t)) => {
            Ok(figure.value * t / q)
        }
        (Dimension::Money(q), Dimension::Money(t)) if q == t => Ok(figure.value),
        (Dimension::Percent, Dimension::Percent) => Ok(figure.value),
        _ => Err(refuse()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::answer::read_figure;

    fn read(input: &str, unit: &str) -> Result<f64, String> {
        read_figure(input, crate::content::lang::Lang::En)
            .and_then(|f| in_unit(&f, unit))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn units_that_convert_are_converted() {
        assert_eq!(read("9 tonnes", "kg"), Ok(9000.0));
        assert_eq!(read("500 kg", "tonnes"), Ok(0.5));
        // A comma after a lone 0 cannot group thousands: three quarters of a tonne.
        assert_eq!(read("0,750 t", "kg"), Ok(750.0));
        assert_eq!(read("103.5 t", "tonnes"), Ok(103.5));
        assert_eq!(read("3 weeks", "days"), Ok(21.0));
        assert_eq!(read("2 years", "days"), Ok(730.5));
        assert_eq!(read("€740m", "€"), Ok(740e6));
        assert_eq!(read("740 million euros", "€"), Ok(740e6));
        assert_eq!(read("EUR 740 million", "€"), Ok(740e6));
        assert_eq!(read("$48m", "US$"), Ok(48e6));
        assert_eq!(read("48 million dollars", "US$"), Ok(48e6));
        assert_eq!(read("2350 dollars", "A$"), Ok(2350.0));
        assert_eq!(read("48 million US dollars", "US$"), Ok(48e6));
        assert_eq!(read("2350 Australian dollars", "A$"), Ok(2350.0));
        assert_eq!(read("about 6,500 arrests", "arrests"), Ok(6500.0));
        assert_eq!(read("1 arrest", "arrests"), Ok(1.0));
        assert_eq!(read("3 million messages a day", "messages a day"), Ok(3e6));
        assert_eq!(read("1 lakh", "users"), Ok(1e5));
        assert_eq!(read("2 crore", "users"), Ok(2e7));
        assert_eq!(read("1543 years", "years of prison"), Ok(1543.0));
    }

    #[test]
    fn units_that_do_not_convert_are_refused_naming_the_questions_unit() {
        assert_eq!(
            read("9 tonnes", "arrests"),
            Err("The answer is in arrests, not tonnes: type a number of arrests".into())
        );
        assert_eq!(
            read("€5m", "£"),
            Err("The answer is in pounds, not €: type an amount in pounds".into())
        );
        assert_eq!(
            read("5 million euros", "US$"),
            Err("The answer is in US dollars, not euros: type an amount in US dollars".into())
        );
        assert_eq!(
            read("2350 Australian dollars", "US$"),
            Err(
                "The answer is in US dollars, not Australian dollars: type an amount in US dollars"
                    .into()
            )
        );
        assert_eq!(
            read("12 weeks", "tonnes"),
            Err("The answer is in tonnes, not weeks: type it in tonnes".into())
        );
        assert_eq!(
            read("6500 banana", "arrests"),
            Err("\u{201c}banana\u{201d} is not a number, a multiplier or a unit: type a number of arrests, like 6500 or 6.5k".into())
        );
    }
}
