//! Every word a player reads, in their language: Project Fluent's messages from
//! `assets/lang/{en,fr,nl,de}.ftl`, built into the binary, and numbers as each language writes
//! them (ICU4X's CLDR data: `6,558`, `6 558` with a narrow no-break space, `6.558`).
//!
//! Numbers passed to a message as numbers (`$count`) are written by ICU4X for the message's
//! language and choose plural forms by CLDR's rules (`1,5 million` but `1,5 Millionen`).
//! Fluent's bidirectional isolation marks are off: the game's fonts do not draw them and every
//! language here runs left to right.
//!
//! A message missing from a language is a bug the tests catch (`every_key_in_every_language`);
//! at run time it falls back to English, then to the message's id, never a panic.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};

pub use crate::content::lang::Lang;

/// The Fluent source of each language, as built into the binary.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../assets/lang/en.ftl"),
        Lang::Fr => include_str!("../../assets/lang/fr.ftl"),
        Lang::Nl => include_str!("../../assets/lang/nl.ftl"),
        Lang::De => include_str!("../../assets/lang/de.ftl"),
    }
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Nl => 2,
        Lang::De => 3,
    }
}

thread_local! {
    // Made once per thread: ICU4X's formatters are not shared between threads.
    static FORMATTERS: Vec<[DecimalFormatter; 2]> = Lang::ALL
        .iter()
        .map(|&l| {
            let make = |grouping| {
                let mut options = DecimalFormatterOptions::default();
                options.grouping_strategy = Some(grouping);
                // Compiled data covers every CLDR locale; the root locale if not.
                icu_locale_core::Locale::try_from_str(l.code())
                    .ok()
                    .and_then(|locale| DecimalFormatter::try_new((&locale).into(), options).ok())
                    .or_else(|| DecimalFormatter::try_new(Default::default(), options).ok())
                    .expect("ICU4X's compiled data has the root locale")
            };
            [make(GroupingStrategy::Auto), make(GroupingStrategy::Never)]
        })
        .collect();
}

/// A number written as `lang` writes it, with every digit it has (`6558` → `6 558` in French,
/// `739.7` → `739,7`); `grouped: false` for years and codes (`2021`).
pub fn number(lang: Lang, value: f64, grouped: bool) -> String {
    if !value.is_finite() {
        return "?".into();
    }
    // Rust writes the shortest decimal that reads back as the same f64: `739.7`, `6558`.
    let Ok(decimal) = Decimal::try_from_str(&format!("{value}")) else {
        return format!("{value}");
    };
    FORMATTERS.with(|f| {
        f[index(lang)][usize::from(!grouped)]
            .format(&decimal)
            .to_string()
    })
}

/// A decimal written in digits (`1.0`, `1234.50`) as `lang` writes it, keeping every digit
/// given, trailing zeros too (`1,0` in German); grouped.
pub fn number_text(lang: Lang, decimal: &str) -> String {
    let Ok(value) = Decimal::try_from_str(decimal) else {
        return decimal.to_string();
    };
    FORMATTERS.with(|f| f[index(lang)][0].format(&value).to_string())
}

/// Writes numbers in a message for bundle `L` (an index into [`Lang::ALL`]).
fn write_number<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number(Lang::ALL[L], n.value, n.options.use_grouping)),
        _ => None,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let id: unic_langid::LanguageIdentifier = l.code().parse().unwrap_or_default();
                let mut bundle = Bundle::new_concurrent(vec![id]);
                bundle.set_use_isolating(false);
                // NUMBER(), for ordinals: `NUMBER($place, type: "ordinal")`.
                let _ = bundle.add_builtins();
                bundle.set_formatter(Some(match index(l) {
                    0 => write_number::<0, _>,
                    1 => write_number::<1, _>,
                    2 => write_number::<2, _>,
                    _ => write_number::<3, _>,
                }));
                // A message Fluent cannot parse is skipped and the rest kept; the tests
                // refuse any such error (`every_file_parses`).
                let resource = FluentResource::try_new(source(l).to_string())
                    .unwrap_or_else(|(resource, _)| resource);
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect()
    });
    &bundles[index(lang)]
}

/// An argument to a message: text, or a number (written and pluralised as the language does).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// A number without grouping (a year).
    Plain(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Number(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(f64::from(n))
    }
}
impl From<u8> for Arg {
    fn from(n: u8) -> Arg {
        Arg::Number(f64::from(n))
    }
}

/// Message `id` in `lang` with `args`: `say(Lang::Fr, "settings-sound", &[("volume", 50.into())])`.
/// An id missing in `lang` is said in English; missing there too, the id itself.
pub fn say(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Plain(n) => {
                let mut number = fluent_bundle::types::FluentNumber::from(*n);
                number.options.use_grouping = false;
                fluent_args.set(*name, FluentValue::Number(number))
            }
        }
    }
    for l in [lang, Lang::En] {
        let bundle = bundle(l);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_string()
}

/// Message `id` in `lang`, without arguments.
pub fn word(lang: Lang, id: &str) -> String {
    say(lang, id, &[])
}

/// `web/words.js`: the web page's words while the game loads (the `loader-*` messages), in
/// every language, as a JavaScript module; places to fill in as `{name}`. The loader runs
/// before the game, so it cannot ask the game; a test keeps the file the same as this.
pub fn web_words_js() -> String {
    let mut out = String::from(
        "// Made from assets/lang/*.ftl (the loader-* messages) by report::lang::web_words_js;\n\
         // cargo test checks it. To make it again: TAKEDOWN_WRITE_WEB_WORDS=1 cargo test --lib web_words\n\
         export const WORDS = {\n",
    );
    for lang in Lang::ALL {
        out.push_str(&format!("  {}: {{\n", lang.code()));
        for id in ids(lang).iter().filter(|id| id.starts_with("loader-")) {
            let names = ["mb", "total", "error"];
            let args: Vec<(&str, Arg)> = names
                .iter()
                .map(|&n| (n, Arg::Text(format!("{{{n}}}"))))
                .collect();
            let said = say(lang, id, &args);
            out.push_str(&format!(
                "    \"{}\": {},\n",
                id.trim_start_matches("loader-"),
                serde_json::to_string(&said).unwrap_or_default()
            ));
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");
    out
}

/// The ids of every message in `lang`'s file, in file order.
pub fn ids(lang: Lang) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
