use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// Each message's variables (`$count`), by id, read from the file's text.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source(lang).lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((id, _)) = line.split_once(" = ")
            && !id.starts_with(' ')
            && !id.is_empty()
        {
            current = Some(id.trim().to_string());
            out.entry(id.trim().to_string()).or_default();
        }
        if let Some(id) = &current {
            let set = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                let name: String = rest[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    set.insert(name);
                }
                rest = &rest[at + 1..];
            }
        }
    }
    out
}

#[test]
fn every_file_parses() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(source(lang).to_string()) {
            panic!("{lang}.ftl: {errors:?}");
        }
        assert!(!ids(lang).is_empty());
    }
}

/// Every message in every language, with the same variables: a translation that misses a
/// message, has one English lacks or names a variable the game does not give fails here.
#[test]
fn every_key_in_every_language() {
    let english = variables(Lang::En);
    assert_eq!(
        english.keys().collect::<Vec<_>>(),
        ids(Lang::En)
            .iter()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
    );
    for lang in [Lang::Fr, Lang::Nl, Lang::De] {
        let theirs = variables(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            // A translation may leave out a variable (French says `1,5 million` with $number
            // once); it may never name one the game does not pass.
            let unknown: Vec<_> = theirs[id].difference(vars).collect();
            assert!(unknown.is_empty(), "{lang}.ftl {id} names {unknown:?}");
        }
        let ids = ids(lang);
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{lang}.ftl repeats a message");
    }
}

/// Every message is used by the game: its id appears in quotes in the code.
#[test]
fn no_message_is_unused() {
    fn sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("report/lang/tests.rs")
            {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut code = String::new();
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    // Countries and cities are found by their code or name (`country-FR`, `city-the-hague`;
    // `report::places` tests that every place of every case has one); a message may be used
    // by another (`{ month }`).
    let english = source(Lang::En);
    let unused: Vec<String> = ids(Lang::En)
        .into_iter()
        .filter(|id| !id.starts_with("country-") && !id.starts_with("city-"))
        // The web page's words while the game loads: web/words.js (tested below).
        .filter(|id| !id.starts_with("loader-"))
        .filter(|id| !english.contains(&format!("{{ {id} }}")))
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn arguments_are_written_in_the_language() {
    assert_eq!(
        say(Lang::Fr, "settings-sound", &[("volume", 50u8.into())]),
        "Son\u{a0}: 50\u{202f}%"
    );
    assert_eq!(
        say(Lang::De, "settings-sound", &[("volume", 0u8.into())]),
        "Ton: aus"
    );
    assert_eq!(
        say(Lang::En, "error-not-a-choice", &[("count", 4usize.into())]),
        "Type the number of an option, from 1 to 4"
    );
    // No isolation marks around arguments (the fonts do not draw them).
    let said = say(Lang::Nl, "title-player", &[("name", "Ada".into())]);
    assert_eq!(said, "Speler: Ada");
    // A year passed as a plain number is not grouped.
    assert_eq!(
        say(
            Lang::De,
            "span",
            &[("low", Arg::Plain(2016.0)), ("high", Arg::Plain(2019.0))]
        ),
        "2016 bis 2019"
    );
}

#[test]
fn a_missing_message_falls_back_without_a_panic() {
    assert_eq!(word(Lang::Fr, "no-such-message"), "no-such-message");
}

/// `web/words.js` says what the `loader-*` messages say (set TAKEDOWN_WRITE_WEB_WORDS=1 to
/// write it again after changing them).
#[test]
fn web_words_are_the_messages() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/words.js");
    let wanted = web_words_js();
    if std::env::var_os("TAKEDOWN_WRITE_WEB_WORDS").is_some() {
        std::fs::write(&path, &wanted).unwrap();
    }
    let file = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        file, wanted,
        "web/words.js is out of date: TAKEDOWN_WRITE_WEB_WORDS=1 cargo test --lib web_words"
    );
    assert!(wanted.contains("\"loading\": \"Chargement du jeu…\""));
}
