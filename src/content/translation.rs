//! A case's text in another language: a file beside the case, `levels/encrochat.fr.ron`.
//!
//! Only words are translated. Figures, dates, units' meaning, sources and URLs stay in the
//! canonical (English) file alone: a translation cannot change a number, and one that contains
//! a figure its original does not is refused ([`check`]).
//!
//! Every translated text carries the fingerprint of the English it was translated from
//! (`of: "5c1e0a2b"`, [`fingerprint`]). A text is used only while its fingerprint matches the
//! English as it stands: when the English changes, the player sees the new English until the
//! translation is brought up to date, and `takedown check` says which texts are stale. Options
//! of a choice and events of an order are found by the fingerprint of their English, so
//! reordering them in the case file needs no change here.

use serde::{Deserialize, Serialize};

use crate::content::lang::Lang;
use crate::content::{Case, Question};

/// A text and the fingerprint of the English it translates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// [`fingerprint`] of the English original.
    pub of: String,
    pub text: String,
}

/// An option of a choice: its text and why it is right or wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionText {
    /// [`fingerprint`] of the option's English text.
    pub of: String,
    pub text: String,
    pub why: Text,
}

/// One stage's words, found by the stage's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageText {
    pub id: String,
    pub title: Text,
    pub narrative: Vec<Text>,
    pub prompt: Text,
    /// A question's unit in words (`arrests` → `arrestations`); currencies, `%` and years
    /// are not translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    pub explanation: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Text>,
}

/// A case's words in one language (`levels/<file>.<lang>.ron`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The case's id.
    pub case: String,
    pub lang: Lang,
    pub title: Text,
    pub summary: Text,
    pub briefing: Vec<Text>,
    pub lesson: Text,
    pub stages: Vec<StageText>,
}

/// A short, stable fingerprint of an English text: CRC-32 of its Unicode NFC form, as eight
/// lower-case hex digits (`5c1e0a2b`). The same on every machine and every build.
pub fn fingerprint(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let normal: String = text.nfc().collect();
    format!("{:08x}", crc32fast::hash(normal.as_bytes()))
}

/// The language a file's name says it is a translation into: `encrochat.fr.ron` → French;
/// `encrochat.ron` → `None`.
pub fn file_lang(file_name: &str) -> Option<Lang> {
    let stem = file_name.strip_suffix(".ron")?;
    let (_, code) = stem.rsplit_once('.')?;
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code && *l != Lang::En)
}

/// Read a translation file's text.
pub fn read(text: &str) -> Result<Translation, String> {
    crate::content::read::ron_options()
        .from_str::<Translation>(text)
        .map_err(|e| format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code))
}

/// `t` as the text of a translation file, laid out like a case file, with a comment that
/// says how to edit it.
pub fn write(t: &Translation) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ");
    let body = crate::content::read::ron_options()
        .to_string_pretty(t, config)
        .unwrap_or_default()
        .replace("\\'", "'");
    format!(
        "// Case `{1}` in {0}. Translate each `text`; leave `of` as it is (the fingerprint\n\
         // of the English translated, which `takedown check` compares with the case file).\n\
         // Figures, dates, sources and links stay in the case file alone.\n{body}\n",
        t.lang.endonym(),
        t.case
    )
}

/// A problem with a translation, for `takedown check`.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// An English text with no translation (the English is shown).
    Missing { place: String },
    /// A translation whose English original changed since it was written (the English is
    /// shown until it is brought up to date).
    Stale { place: String },
    /// A translation with a figure its original does not have (it is never shown).
    NewFigure { place: String, figure: String },
    /// A stage id the case does not have.
    UnknownStage { id: String },
    /// The translation is of another case.
    OtherCase { case: String },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Missing { place } => write!(f, "{place}: no translation"),
            Problem::Stale { place } => write!(
                f,
                "{place}: the English changed since this was translated (update the text and its `of`)"
            ),
            Problem::NewFigure { place, figure } => write!(
                f,
                "{place}: the translation has the figure {figure}, which the English does not (a translation must never change a number)"
            ),
            Problem::UnknownStage { id } => write!(f, "stage `{id}`: the case has no such stage"),
            Problem::OtherCase { case } => {
                write!(f, "this translates case `{case}`, not this file's case")
            }
        }
    }
}

/// What a translation means for one English text.
enum Found<'a> {
    Usable(&'a str),
    Stale,
    NewFigure(String),
    Missing,
}

/// The translation of `english` among `candidates` (text, fingerprint) in `lang`: usable only
/// if it translates this English as it stands and adds no figure.
fn find<'a>(lang: Lang, english: &str, text: Option<(&'a str, &str)>) -> Found<'a> {
    match text {
        None => Found::Missing,
        Some((_, of)) if of != fingerprint(english) => Found::Stale,
        Some((text, _)) => match new_figure(english, text, lang) {
            Some(figure) => Found::NewFigure(figure),
            None => Found::Usable(text),
        },
    }
}

/// A text as (translation, fingerprint).
fn pair(x: &Text) -> Option<(&str, &str)> {
    Some((x.text.as_str(), x.of.as_str()))
}

/// The text in `list` that translates `english` as it stands, found by its fingerprint.
fn in_list<'a>(list: &'a [Text], english: &str) -> Option<(&'a str, &'a str)> {
    let of = fingerprint(english);
    list.iter()
        .find(|x| x.of == of)
        .map(|x| (x.text.as_str(), x.of.as_str()))
}

/// Walk every English text of `case` with its translation in `t`, if any: `visit(place,
/// english, found)`.
fn walk(case: &Case, t: &Translation, visit: &mut dyn FnMut(String, &str, Found)) {
    let lang = t.lang;
    visit(
        "title".into(),
        &case.title,
        find(lang, &case.title, pair(&t.title)),
    );
    visit(
        "summary".into(),
        &case.summary,
        find(lang, &case.summary, pair(&t.summary)),
    );
    visit(
        "lesson".into(),
        &case.lesson,
        find(lang, &case.lesson, pair(&t.lesson)),
    );
    for (i, paragraph) in case.briefing.iter().enumerate() {
        let found = positional(
            lang,
            paragraph,
            &t.briefing,
            i,
            in_list(&t.briefing, paragraph),
        );
        visit(format!("briefing paragraph {}", i + 1), paragraph, found);
    }
    for stage in &case.stages {
        let place = |what: &str| format!("stage `{}` {what}", stage.id);
        let Some(s) = t.stages.iter().find(|s| s.id == stage.id) else {
            visit(place("(all of it)"), &stage.title, Found::Missing);
            continue;
        };
        visit(
            place("title"),
            &stage.title,
            find(lang, &stage.title, pair(&s.title)),
        );
        for (i, paragraph) in stage.narrative.iter().enumerate() {
            let found = positional(
                lang,
                paragraph,
                &s.narrative,
                i,
                in_list(&s.narrative, paragraph),
            );
            visit(
                place(&format!("narrative paragraph {}", i + 1)),
                paragraph,
                found,
            );
        }
        let q = &stage.question;
        visit(
            place("prompt"),
            q.prompt(),
            find(lang, q.prompt(), pair(&s.prompt)),
        );
        visit(
            place("explanation"),
            q.explanation(),
            find(lang, q.explanation(), pair(&s.explanation)),
        );
        if let Some(english) = q.disagreement() {
            visit(
                place("disagreement"),
                english,
                find(lang, english, s.disagreement.as_ref().and_then(pair)),
            );
        }
        match q {
            Question::Estimate(e) => {
                if needs_translated_unit(&e.unit) {
                    let unit = s.unit.as_ref().map(|u| (u.text.as_str(), u.of.as_str()));
                    visit(place("unit"), &e.unit, find(lang, &e.unit, unit));
                }
            }
            Question::Choice(c) => {
                for option in &c.options {
                    let of = fingerprint(&option.text);
                    let theirs = s.options.iter().find(|o| o.of == of);
                    let short: String = option.text.chars().take(40).collect();
                    visit(
                        place(&format!("option \u{201c}{short}\u{201d}")),
                        &option.text,
                        find(
                            lang,
                            &option.text,
                            theirs.map(|o| (o.text.as_str(), o.of.as_str())),
                        ),
                    );
                    visit(
                        place(&format!("option \u{201c}{short}\u{201d} why")),
                        &option.why,
                        find(lang, &option.why, theirs.and_then(|o| pair(&o.why))),
                    );
                }
            }
            Question::Order(o) => {
                for event in &o.events {
                    let short: String = event.chars().take(40).collect();
                    visit(
                        place(&format!("event \u{201c}{short}\u{201d}")),
                        event,
                        find(lang, event, in_list(&s.events, event)),
                    );
                }
            }
        }
    }
}

/// A paragraph found by its fingerprint; a paragraph at the same place whose fingerprint is
/// another is the same paragraph translated from an older English (stale), not a missing one.
fn positional<'a>(
    lang: Lang,
    english: &str,
    list: &'a [Text],
    at: usize,
    by_fingerprint: Option<(&'a str, &'a str)>,
) -> Found<'a> {
    match by_fingerprint {
        Some(found) => find(lang, english, Some(found)),
        None if list.get(at).is_some() => Found::Stale,
        None => Found::Missing,
    }
}

/// Whether a unit is words to translate (`arrests`, `tonnes`) rather than a symbol.
fn needs_translated_unit(unit: &str) -> bool {
    let unit = unit.trim();
    !(unit.is_empty() || unit == "%" || unit == "year" || crate::content::number::is_currency(unit))
}

/// Every problem with translation `t` of `case`.
pub fn check(case: &Case, t: &Translation) -> Vec<Problem> {
    let mut problems = Vec::new();
    if t.case != case.id {
        problems.push(Problem::OtherCase {
            case: t.case.clone(),
        });
    }
    for s in &t.stages {
        if !case.stages.iter().any(|stage| stage.id == s.id) {
            problems.push(Problem::UnknownStage { id: s.id.clone() });
        }
    }
    walk(case, t, &mut |place, _, found| match found {
        Found::Usable(_) => {}
        Found::Missing => problems.push(Problem::Missing { place }),
        Found::Stale => problems.push(Problem::Stale { place }),
        Found::NewFigure(figure) => problems.push(Problem::NewFigure { place, figure }),
    });
    problems
}

/// `case` in `t`'s language: every text that has a usable translation replaced, every other
/// text left in English. Figures, dates, sources and ids are the case's own.
pub fn apply(case: &Case, t: &Translation) -> Case {
    let mut out = case.clone();
    if t.case != case.id {
        return out;
    }
    let mut usable: Vec<(String, String)> = Vec::new();
    walk(case, t, &mut |place, english, found| {
        if let Found::Usable(text) = found {
            usable.push((format!("{place}\u{0}{english}"), text.to_string()));
        }
    });
    let get = |place: &str, english: &str| {
        let key = format!("{place}\u{0}{english}");
        usable
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    };
    let set = |field: &mut String, place: &str| {
        if let Some(text) = get(place, field) {
            *field = text;
        }
    };
    set(&mut out.title, "title");
    set(&mut out.summary, "summary");
    set(&mut out.lesson, "lesson");
    for (i, paragraph) in out.briefing.iter_mut().enumerate() {
        set(paragraph, &format!("briefing paragraph {}", i + 1));
    }
    for stage in &mut out.stages {
        let place = |what: &str| format!("stage `{}` {what}", stage.id);
        let (title, narrative) = (place("title"), place("narrative paragraph"));
        let (prompt, explanation, disagreement, unit) = (
            place("prompt"),
            place("explanation"),
            place("disagreement"),
            place("unit"),
        );
        let id = stage.id.clone();
        set(&mut stage.title, &title);
        for (i, paragraph) in stage.narrative.iter_mut().enumerate() {
            set(paragraph, &format!("{narrative} {}", i + 1));
        }
        apply_question(
            &mut stage.question,
            &id,
            [&prompt, &explanation, &disagreement, &unit],
            &set,
        );
    }
    out
}

/// Translate a question's texts; `places` are its prompt's, explanation's, disagreement's and
/// unit's places as [`walk`] names them.
fn apply_question(
    question: &mut Question,
    stage: &str,
    places: [&str; 4],
    set: &dyn Fn(&mut String, &str),
) {
    let [prompt, explanation, disagreement, unit_place] = places;
    let place = |what: &str| format!("stage `{stage}` {what}");
    match question {
        Question::Estimate(e) => {
            set(&mut e.prompt, prompt);
            set(&mut e.explanation, explanation);
            if let Some(d) = &mut e.disagreement {
                set(d, disagreement);
            }
            set(&mut e.unit, unit_place);
        }
        Question::Choice(c) => {
            set(&mut c.prompt, prompt);
            set(&mut c.explanation, explanation);
            if let Some(d) = &mut c.disagreement {
                set(d, disagreement);
            }
            for option in &mut c.options {
                let short: String = option.text.chars().take(40).collect();
                set(
                    &mut option.why,
                    &place(&format!("option \u{201c}{short}\u{201d} why")),
                );
                set(
                    &mut option.text,
                    &place(&format!("option \u{201c}{short}\u{201d}")),
                );
            }
        }
        Question::Order(o) => {
            set(&mut o.prompt, prompt);
            set(&mut o.explanation, explanation);
            if let Some(d) = &mut o.disagreement {
                set(d, disagreement);
            }
            for event in &mut o.events {
                let short: String = event.chars().take(40).collect();
                set(event, &place(&format!("event \u{201c}{short}\u{201d}")));
            }
        }
    }
}

/// A translation of `case` into `lang` to fill in: every text in English with its
/// fingerprint (`takedown translate`), keeping whatever `existing` already has that is usable.
pub fn template(case: &Case, lang: Lang, existing: Option<&Translation>) -> Translation {
    let keep = |english: &str, theirs: Option<&Text>| Text {
        of: fingerprint(english),
        text: theirs
            .filter(|x| x.of == fingerprint(english))
            .map_or_else(|| english.to_string(), |x| x.text.clone()),
    };
    let list = |english: &[String], theirs: Option<&Vec<Text>>| {
        english
            .iter()
            .map(|p| {
                keep(
                    p,
                    theirs.and_then(|l| l.iter().find(|x| x.of == fingerprint(p))),
                )
            })
            .collect()
    };
    Translation {
        case: case.id.clone(),
        lang,
        title: keep(&case.title, existing.map(|e| &e.title)),
        summary: keep(&case.summary, existing.map(|e| &e.summary)),
        briefing: list(&case.briefing, existing.map(|e| &e.briefing)),
        lesson: keep(&case.lesson, existing.map(|e| &e.lesson)),
        stages: case
            .stages
            .iter()
            .map(|stage| {
                let theirs = existing.and_then(|e| e.stages.iter().find(|s| s.id == stage.id));
                let q = &stage.question;
                let (unit, options, events) = match q {
                    Question::Estimate(e) => (
                        needs_translated_unit(&e.unit).then(|| {
                            let old = theirs
                                .and_then(|s| s.unit.as_ref())
                                .filter(|u| u.of == fingerprint(&e.unit));
                            Text {
                                of: fingerprint(&e.unit),
                                text: old.map_or_else(|| e.unit.clone(), |u| u.text.clone()),
                            }
                        }),
                        Vec::new(),
                        Vec::new(),
                    ),
                    Question::Choice(c) => (
                        None,
                        c.options
                            .iter()
                            .map(|o| {
                                let old = theirs.and_then(|s| {
                                    s.options.iter().find(|x| x.of == fingerprint(&o.text))
                                });
                                OptionText {
                                    of: fingerprint(&o.text),
                                    text: old.map_or_else(|| o.text.clone(), |x| x.text.clone()),
                                    why: keep(&o.why, old.map(|x| &x.why)),
                                }
                            })
                            .collect(),
                        Vec::new(),
                    ),
                    Question::Order(o) => {
                        (None, Vec::new(), list(&o.events, theirs.map(|s| &s.events)))
                    }
                };
                StageText {
                    id: stage.id.clone(),
                    title: keep(&stage.title, theirs.map(|s| &s.title)),
                    narrative: list(&stage.narrative, theirs.map(|s| &s.narrative)),
                    prompt: keep(q.prompt(), theirs.map(|s| &s.prompt)),
                    unit,
                    explanation: keep(q.explanation(), theirs.map(|s| &s.explanation)),
                    disagreement: q
                        .disagreement()
                        .map(|d| keep(d, theirs.and_then(|s| s.disagreement.as_ref()))),
                    options,
                    events,
                }
            })
            .collect(),
    }
}

/// The figures in `text` as `lang` writes them, as values (`6,558` in English and `6.558` in
/// German are both 6558; `739,7` is 739.7). Words for millions are not figures: `739,7
/// millions` translates `739.7 million`.
pub fn figures(text: &str, lang: Lang) -> Vec<f64> {
    runs(text)
        .iter()
        .flat_map(|run| read_run(run, lang))
        .collect()
}

/// The runs of digits in `text` with the marks between them (`6 558`, `739,7`, `2023`).
fn runs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], '.' | ',' | '\u{a0}' | '\u{202f}' | ' ')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

/// One run of digits and marks as `lang` writes it; a run that is several figures (`2019 2020`
/// or `1, 2`) as each of them.
fn read_run(run: &str, lang: Lang) -> Vec<f64> {
    // A space groups thousands (`6 558`, `9 999 999`): after a first group of at most three
    // digits, each group of three; anything else separates two figures (`2020 500`).
    let mut parts: Vec<String> = Vec::new();
    let mut grouping = false;
    let spaced = run.replace(['\u{a0}', '\u{202f}'], " ");
    for piece in spaced.split(' ') {
        let three = piece.chars().take(3).filter(char::is_ascii_digit).count() == 3;
        match parts.last_mut() {
            Some(last)
                if three
                    && (grouping || last.chars().filter(char::is_ascii_digit).count() <= 3) =>
            {
                last.push_str(piece);
                grouping = true;
            }
            _ => {
                parts.push(piece.to_string());
                grouping = false;
            }
        }
    }
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Fr | Lang::Nl | Lang::De => ('.', ','),
    };
    parts
        .iter()
        .filter_map(|part| value(part, group, decimal))
        .collect()
}

/// A figure with `group` marks between thousands and a `decimal` mark; a lone group mark not
/// before three digits is a decimal mark written the other way (`3.5` in a German text).
fn value(part: &str, group: char, decimal: char) -> Option<f64> {
    let (whole, fraction) = match part.rsplit_once(decimal) {
        Some((w, f)) => (w, Some(f)),
        None => (part, None),
    };
    let groups: Vec<&str> = whole.split(group).collect();
    let digits = match groups.as_slice() {
        [one] => one.to_string(),
        [first, rest @ ..] if rest.iter().all(|g| g.len() == 3) => {
            format!("{first}{}", rest.concat())
        }
        [first, second] if fraction.is_none() => return format!("{first}.{second}").parse().ok(),
        _ => return None,
    };
    match fraction {
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    }
    .parse()
    .ok()
}

/// A figure in `translated` that `english` does not have, as written there. A figure written
/// the English way in a translation (a name, a quotation) counts as the English reads it.
fn new_figure(english: &str, translated: &str, lang: Lang) -> Option<String> {
    let known = figures(english, Lang::En);
    let is_known = |v: &f64| {
        known
            .iter()
            .any(|k| (k - v).abs() <= 1e-9 * k.abs().max(1.0))
    };
    runs(translated).into_iter().find_map(|run| {
        let theirs = read_run(&run, lang);
        let either = theirs.iter().all(is_known) || read_run(&run, Lang::En).iter().all(is_known);
        if either {
            None
        } else {
            theirs
                .into_iter()
                .find(|v| !is_known(v))
                .map(|v| format!("{v}"))
        }
    })
}

#[cfg(test)]
mod tests;
