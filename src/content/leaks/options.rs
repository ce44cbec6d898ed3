//! A choice's right option singled out by earlier text: a distinctive word of it (a place, a
//! nationality, an agency, a crime) stands in what the player saw before the question, while
//! no wrong option's distinctive word does. "Arrested in the United States" before "Where was
//! he arrested?" singles out "Bellingham, Washington, in the United States" among "Vancouver,
//! Canada" and "Sydney, Australia", though the option's text never appears.

/// Words too common to tell options apart.
const COMMON: [&str; 48] = [
    "the", "and", "for", "with", "from", "that", "this", "these", "those", "were", "was", "are",
    "their", "they", "them", "into", "only", "than", "more", "most", "over", "under", "about",
    "after", "before", "other", "which", "when", "where", "what", "have", "been", "being", "also",
    "each", "every", "some", "such", "same", "could", "would", "should", "must", "not", "but",
    "its", "because", "whether",
];

/// Nationalities as the country they name, so that "French police" points where "France"
/// does (the countries the shipped cases cross).
const NATIONALITIES: [(&str, &str); 16] = [
    ("french", "france"),
    ("dutch", "netherlands"),
    ("german", "germany"),
    ("spanish", "spain"),
    ("belgian", "belgium"),
    ("british", "britain"),
    ("english", "england"),
    ("american", "america"),
    ("canadian", "canada"),
    ("australian", "australia"),
    ("italian", "italy"),
    ("swedish", "sweden"),
    ("serbian", "serbia"),
    ("polish", "poland"),
    ("irish", "ireland"),
    ("austrian", "austria"),
];

/// A word as options are compared: lower case, a plural's `s` taken off (`murders` is
/// `murder`), a nationality as its country (`dutch` is `netherlands`), `None` for short and
/// common words (but an acronym of two or three capitals counts).
fn key(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    // An acronym is a name however short: FBI, NCA, DEA.
    let acronym = (2..=3).contains(&word.chars().count()) && word.chars().all(char::is_uppercase);
    if acronym {
        return Some(lower);
    }
    if lower.chars().count() < 4 || COMMON.contains(&lower.as_str()) {
        return None;
    }
    if let Some((_, country)) = NATIONALITIES
        .iter()
        .find(|(n, c)| *n == lower || *c == lower)
    {
        return Some((*country).to_string());
    }
    Some(match lower.strip_suffix('s') {
        Some(stem) if stem.chars().count() >= 4 && !stem.ends_with('s') => stem.to_string(),
        _ => lower,
    })
}

/// A word of a text as options are compared ([`key`]), where it stands (a character offset)
/// and as the text writes it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Word {
    pub key: String,
    pub at: usize,
    pub written: String,
}

/// The words of `text` that can tell options apart.
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (byte, char) where the word began
    for (chars, (i, c)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        if c.is_alphabetic() {
            start.get_or_insert((i, chars));
        } else if let Some((from, at)) = start.take()
            && let Some(key) = key(&text[from..i])
        {
            out.push(Word {
                key,
                at,
                written: text[from..i].to_string(),
            });
        }
    }
    out
}

/// Only the keys of the words of `text`.
pub(super) fn keys(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.key).collect()
}

/// A distinctive word of an option, and whether the option writes it with a capital: a name
/// (a place, a nationality, an agency) points more surely than a common word ("police").
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Distinct {
    pub word: String,
    pub name: bool,
}

/// Each option's distinctive words: its words that no other option and not the prompt has.
pub(super) fn distinctive(prompt: &str, options: &[&str]) -> Vec<Vec<Distinct>> {
    let of = |text: &str| -> Vec<Distinct> {
        words(text)
            .into_iter()
            .map(|w| Distinct {
                name: w.written.starts_with(char::is_uppercase),
                word: w.key,
            })
            .collect()
    };
    let prompt = of(prompt);
    let all: Vec<Vec<Distinct>> = options.iter().map(|o| of(o)).collect();
    let has = |list: &[Distinct], word: &str| list.iter().any(|d| d.word == word);
    all.iter()
        .enumerate()
        .map(|(i, own)| {
            let mut keep: Vec<Distinct> = own
                .iter()
                .filter(|d| !has(&prompt, &d.word))
                .filter(|d| {
                    all.iter()
                        .enumerate()
                        .all(|(k, o)| k == i || !has(o, &d.word))
                })
                .cloned()
                .collect();
            keep.dedup_by(|a, b| a.word == b.word);
            keep
        })
        .collect()
}

/// Where earlier text singles out option `right`: among `seen` (path, text), the place a
/// distinctive word of the right option stands (a name first), with the word, when no wrong
/// option's distinctive word of the same strength or stronger stands anywhere in them. A word
/// counts as a name where the option and the earlier text both write it with a capital
/// ("Trust that France…" is not named by "starts from trust").
pub(super) fn singled_out(
    seen: &[(String, String)],
    distinct: &[Vec<Distinct>],
    right: usize,
) -> Option<(String, usize, String)> {
    // Every word seen, with where it stands.
    let found: Vec<(&String, Word)> = seen
        .iter()
        .flat_map(|(path, text)| words(text).into_iter().map(move |w| (path, w)))
        .collect();
    let capital = |w: &Word| w.written.starts_with(char::is_uppercase);
    // The strongest word of `option` that stands earlier: a name before a common word.
    let best = |option: &[Distinct]| {
        let named = option
            .iter()
            .filter(|d| d.name)
            .find_map(|d| found.iter().find(|(_, w)| capital(w) && w.key == d.word));
        let any = || {
            option
                .iter()
                .find_map(|d| found.iter().find(|(_, w)| w.key == d.word))
        };
        named
            .map(|f| (true, f))
            .or_else(|| any().map(|f| (false, f)))
    };
    let (name, hit) = best(distinct.get(right)?)?;
    let rival = distinct
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != right)
        .filter_map(|(_, option)| best(option))
        .any(|(other, _)| other || !name);
    (!rival).then(|| (hit.0.clone(), hit.1.at, hit.1.written.clone()))
}
