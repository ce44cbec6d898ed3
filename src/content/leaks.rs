//! Answers given away: a figure a question asks for that already stands in text the player sees
//! before answering it (the case's title, summary and briefing; the titles and narratives of
//! that stage and the ones before; and everything shown at earlier reveals: truths,
//! explanations, disagreement notes, options and events, source publishers and titles).
//!
//! Figures are recognised as people write them: `6558`, `6,558`, `6 558`, `6.5k`, `6,500`,
//! `115 million`, `a billion`, `eleven weeks`, `27,6`. A figure within 10% of the answer counts
//! (a reader sees through rounding). Days and years that are part of a date (`12 June 2020`,
//! `in 2019`) count only against a question that asks for a year. A choice's right option
//! counts when its text appears, or when a distinctive word of it does and no wrong option's
//! (`options`). Across cases ([`leaks_into`]): a figure or a right option one case asks for,
//! shown anywhere in a case played before it. Also here: explanations that are one sentence,
//! or more than five.

use crate::content::number::format_exact;
use crate::content::{Case, Question, Scale};

pub(crate) mod dates;
mod figures;
mod options;
pub use figures::{Figure, figures};
use figures::{multiplier, word_at};

/// Something worth an author's attention, at a path in the case file and a character offset
/// into the text there.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// `stages[3].narrative[0]`, `summary`, `stages[1].question.source.title`.
    pub path: String,
    /// Character offset of what was found in that text.
    pub offset: usize,
    pub message: String,
}

/// How a question's answer is written, for messages: `6,558 arrests`, `2017`, an option.
fn answer_text(question: &Question) -> String {
    match question {
        Question::Estimate(e) => e.truth_text(),
        Question::Choice(c) => c
            .correct_index()
            .map(|i| format!("\u{201c}{}\u{201d}", c.options[i].text))
            .unwrap_or_default(),
        Question::Order(_) => "an order of events".to_string(),
    }
}

/// Texts the player sees before answering stage `n`, with their paths.
fn seen_before(case: &Case, n: usize) -> Vec<(String, String)> {
    let mut texts = vec![
        ("title".to_string(), case.title.clone()),
        ("summary".to_string(), case.summary.clone()),
    ];
    for (i, paragraph) in case.briefing.iter().enumerate() {
        texts.push((format!("briefing[{i}]"), paragraph.clone()));
    }
    for (i, stage) in case.stages.iter().enumerate().take(n + 1) {
        texts.push((format!("stages[{i}].title"), stage.title.clone()));
        for (k, paragraph) in stage.narrative.iter().enumerate() {
            texts.push((format!("stages[{i}].narrative[{k}]"), paragraph.clone()));
        }
        if i == n {
            break;
        }
        // What the reveal of an earlier stage showed.
        let q = &stage.question;
        let at = format!("stages[{i}].question");
        texts.push((format!("{at}.explanation"), q.explanation().to_string()));
        if let Some(note) = q.disagreement() {
            texts.push((format!("{at}.disagreement"), note.to_string()));
        }
        texts.push((
            format!("{at}.source.publisher"),
            q.source().publisher.clone(),
        ));
        texts.push((format!("{at}.source.title"), q.source().title.clone()));
        texts.push((format!("{at}.as_of"), q.as_of().to_string()));
        match q {
            Question::Estimate(e) => texts.push((format!("{at}.truth"), e.truth_text())),
            Question::Choice(c) => {
                for (k, option) in c.options.iter().enumerate() {
                    texts.push((format!("{at}.options[{k}].text"), option.text.clone()));
                    texts.push((format!("{at}.options[{k}].why"), option.why.clone()));
                }
            }
            Question::Order(o) => {
                for (k, event) in o.events.iter().enumerate() {
                    texts.push((format!("{at}.events[{k}]"), event.clone()));
                }
            }
        }
    }
    texts
}

/// Words after a figure that say nothing about what it counts.
const LINKING_WORDS: [&str; 34] = [
    "is", "was", "were", "are", "be", "of", "in", "and", "or", "to", "than", "more", "over",
    "about", "a", "an", "the", "by", "for", "per", "each", "had", "has", "have", "with", "at",
    "on", "from", "so", "as", "that", "which", "this", "its",
];

/// Whether figure `f` in `text` could be a figure in `unit`: money only with a currency
/// written next to it, and not when a unit word of another kind follows (`16 countries` is no
/// answer to a question counting people, `€1,000` none to one counting weapons).
fn same_kind(text: &str, f: &Figure, unit: &str) -> bool {
    use crate::content::number::{CURRENCIES, currency, singular};
    let (before, after) = around(text, f);
    let before = before.trim_end();
    let after = after.trim_start_matches(['-', ' ', '\u{a0}']);
    let money_before = CURRENCIES.iter().any(|c| {
        before.ends_with(&c.symbol.to_lowercase()) || before.ends_with(&c.code.to_lowercase())
    });
    let next = word_at(after);
    let money_after = matches!(
        next,
        "euro"
            | "euros"
            | "dollar"
            | "dollars"
            | "pound"
            | "pounds"
            | "eur"
            | "usd"
            | "gbp"
            | "aud"
    );
    let money = money_before || money_after;
    if currency(unit).is_some() {
        return money;
    }
    if money || after.starts_with('%') {
        return false;
    }
    if next.is_empty() || LINKING_WORDS.contains(&next) || multiplier(next).is_some() {
        return true;
    }
    let unit_words: Vec<String> = unit
        .to_lowercase()
        .split_whitespace()
        .map(singular)
        .collect();
    unit_words.contains(&singular(next))
}

/// Whether a figure near `value`, found at `path`, is about another stage rather than the one
/// asked (`n`): it stands in that stage's own reveal near its truth, or it lies closer to that
/// stage's truth than to this one's.
fn about_another_stage(case: &Case, n: usize, path: &str, value: f64) -> bool {
    let distance = |truth: (f64, f64)| {
        if value < truth.0 {
            (truth.0 / value).ln()
        } else if value > truth.1 {
            (value / truth.1).ln()
        } else {
            0.0
        }
    };
    let truth_of = |q: &Question| match q {
        Question::Estimate(e) if e.scale == Scale::Log => Some((e.truth.low(), e.truth.high())),
        _ => None,
    };
    let Some(asked) = truth_of(&case.stages[n].question) else {
        return false;
    };
    case.stages.iter().enumerate().any(|(k, stage)| {
        if k == n {
            return false;
        }
        let Some(other) = truth_of(&stage.question) else {
            return false;
        };
        let own_reveal = path.starts_with(&format!("stages[{k}].question."));
        (own_reveal && distance(other) < 0.5_f64.ln().abs()) || distance(other) < distance(asked)
    })
}

/// Where the text of `choice`'s right option stands in `text` (case aside), as a character
/// offset; options shorter than 4 characters are not looked for (they stand everywhere).
fn right_option_in(choice: &crate::content::Choice, text: &str) -> Option<usize> {
    let right = choice.options[choice.correct_index()?].text.to_lowercase();
    if right.chars().count() < 4 {
        return None;
    }
    let lower = text.to_lowercase();
    let at = lower.find(&right)?;
    Some(lower[..at].chars().count())
}

/// Every answer in `case` that is given away before its question.
pub fn leaks(case: &Case) -> Vec<Finding> {
    let mut out = Vec::new();
    for (n, stage) in case.stages.iter().enumerate() {
        let asked = format!(
            "stage {} (\u{201c}{}\u{201d}) asks for {}",
            n + 1,
            stage.title,
            answer_text(&stage.question)
        );
        let seen = seen_before(case, n);
        let before = out.len();
        for (path, text) in &seen {
            let (path, text) = (path.clone(), text.as_str());
            match &stage.question {
                Question::Estimate(e) => {
                    let (low, high) = (e.truth.low(), e.truth.high());
                    for f in figures(text) {
                        let hit = match e.scale {
                            Scale::Linear => f.value >= low && f.value <= high,
                            Scale::Log => {
                                !f.date
                                    && f.value >= low * 0.9
                                    && f.value <= high * 1.1
                                    && same_kind(text, &f, &e.unit)
                                    && !about_another_stage(case, n, &path, f.value)
                            }
                        };
                        if hit {
                            let shown = &text[f.start..f.end];
                            out.push(Finding {
                                offset: text[..f.start].chars().count(),
                                message: format!(
                                    "{asked}, but \u{201c}{shown}\u{201d} already stands here, before the question{}",
                                    if e.scale == Scale::Log && (f.value - low).abs() > 1e-9 && (f.value - high).abs() > 1e-9 {
                                        format!(" (within 10% of {}: a reader sees through the rounding)", format_exact(if f.value < low { low } else { high }))
                                    } else {
                                        String::new()
                                    }
                                ),
                                path: path.clone(),
                            });
                        }
                    }
                }
                Question::Choice(c) => {
                    if let Some(offset) = right_option_in(c, text) {
                        out.push(Finding {
                            path: path.clone(),
                            offset,
                            message: format!(
                                "{asked}, but the right option's text already stands here, before the question"
                            ),
                        });
                    }
                }
                Question::Order(_) => {}
            }
        }
        // Two dates shown earlier whose span is the answer.
        if let Question::Estimate(e) = &stage.question
            && e.scale == Scale::Log
            && out.len() == before
            && let Some(finding) = span_given_away(&seen, e, &asked)
        {
            out.push(finding);
        }
        // An order whose every event was dated before.
        if let Question::Order(o) = &stage.question
            && !o.recap
            && let Some(finding) = order_dated_before(&seen, o, n, &asked)
        {
            out.push(finding);
        }
        // No option's text stands earlier: does a word of the right one, and of no other?
        if let Question::Choice(c) = &stage.question
            && out.len() == before
            && let Some(right) = c.correct_index()
        {
            let texts: Vec<&str> = c.options.iter().map(|o| o.text.as_str()).collect();
            let distinct = options::distinctive(&c.prompt, &texts);
            if let Some((path, offset, word)) = options::singled_out(&seen, &distinct, right) {
                out.push(Finding {
                    path,
                    offset,
                    message: format!(
                        "{asked}, and \u{201c}{word}\u{201d} here points to it: a word of the right option stands before the question, and no wrong option's does"
                    ),
                });
            }
        }
    }
    out
}

/// The text before and after figure `f`, in lower case (each part lowered on its own: lowering
/// the whole text can move byte offsets, as with "İ").
fn around(text: &str, f: &Figure) -> (String, String) {
    (text[..f.start].to_lowercase(), text[f.end..].to_lowercase())
}

/// Whether figure `f` in `text` is written as a figure in `unit` itself: the unit's word right
/// after it (`30.5 million pills`, `3.3 tonnes of heroin`), or for money the same currency
/// (`€154.1 million`). Stricter than [`same_kind`]: across cases, a bare `30` or `800 of them`
/// is about that case's own story.
fn written_in(text: &str, f: &Figure, unit: &str) -> bool {
    use crate::content::number::{currency, singular};
    let (before, after) = around(text, f);
    if let Some(c) = currency(unit) {
        let before = before.trim_end();
        let after = word_at(after.trim_start());
        return before.ends_with(&c.symbol.to_lowercase())
            || before.ends_with(&c.code.to_lowercase())
            || c.name.to_lowercase().split_whitespace().any(|w| w == after);
    }
    let next = word_at(after.trim_start_matches(['-', ' ', '\u{a0}']));
    // The unit's own words: "years of prison" is years or prison, not "of".
    !next.is_empty()
        && unit
            .to_lowercase()
            .split_whitespace()
            .filter(|w| !LINKING_WORDS.contains(w))
            .any(|w| singular(w) == singular(next))
}

/// Whether `value` is `truth` itself, not a figure near it: equal within 1% (a reader's
/// rounding of the same figure), and telling (at least 100, or not a whole number): small
/// round counts stand in every case's story.
fn is_the_figure(value: f64, truth: f64) -> bool {
    (value - truth).abs() <= truth.abs() * 0.01 && (value >= 100.0 || value.fract() != 0.0)
}

/// An order question whose every event was dated before it, in titles or narratives (the
/// briefing counts as one): each event can be paired with a text of its own that holds a date
/// and shares a telling word with it (not the prompt's, and in at most two events: "France"
/// in "France, October 2022" for "France's Cour de cassation upholds…"). The order can then be
/// read off, not worked out. Found at the question's prompt.
fn order_dated_before(
    seen: &[(String, String)],
    order: &crate::content::Order,
    n: usize,
    asked: &str,
) -> Option<Finding> {
    let dated: Vec<Vec<String>> = seen
        .iter()
        .filter(|(path, _)| {
            (path.ends_with("].title") && !path.contains(".question."))
                || path.contains(".narrative[")
                || path.starts_with("briefing[")
        })
        .filter(|(_, text)| !dates::dates(text).is_empty())
        .map(|(_, text)| options::keys(text))
        .collect();
    let prompt = options::keys(&order.prompt);
    let events: Vec<Vec<String>> = order.events.iter().map(|e| options::keys(e)).collect();
    let in_events = |w: &String| events.iter().filter(|e| e.contains(w)).count();
    // For each event, the dated texts that share a telling word with it.
    let links: Vec<Vec<usize>> = events
        .iter()
        .map(|words| {
            let telling: Vec<&String> = words
                .iter()
                .filter(|w| !prompt.contains(w) && in_events(w) <= 2)
                .collect();
            (0..dated.len())
                .filter(|&t| telling.iter().any(|w| dated[t].contains(w)))
                .collect()
        })
        .collect();
    // Every event paired with a text of its own (a matching, by augmenting paths).
    fn pair(
        e: usize,
        links: &[Vec<usize>],
        owner: &mut [Option<usize>],
        visited: &mut [bool],
    ) -> bool {
        for &t in &links[e] {
            if visited[t] {
                continue;
            }
            visited[t] = true;
            if owner[t].is_none_or(|other| pair(other, links, owner, visited)) {
                owner[t] = Some(e);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; dated.len()];
    let all_dated = !events.is_empty()
        && (0..events.len()).all(|e| pair(e, &links, &mut owner, &mut vec![false; dated.len()]));
    all_dated.then(|| Finding {
        path: format!("stages[{n}].question.prompt"),
        offset: 0,
        message: format!(
            "{asked}, but every event was dated before the question, in titles or narratives: the order can be read off the dates instead of worked out (remove the dates, or ask something they do not tell)"
        ),
    })
}

/// Two dates among `seen` whose span, in the question's unit of time, is within 10% of its
/// answer: the first such pair, found at the later-written of the two.
fn span_given_away(
    seen: &[(String, String)],
    e: &crate::content::Estimate,
    asked: &str,
) -> Option<Finding> {
    let (low, high) = (e.truth.low() * 0.9, e.truth.high() * 1.1);
    let all: Vec<(&String, &String, dates::WrittenDate)> = seen
        .iter()
        .flat_map(|(path, text)| dates::dates(text).into_iter().map(move |d| (path, text, d)))
        .collect();
    for (k, (path, text, b)) in all.iter().enumerate() {
        for (other_path, other_text, a) in &all[..k] {
            if a.date == b.date {
                continue;
            }
            if let Some(span) = dates::spans(a, b, &e.unit)
                .into_iter()
                .find(|v| *v >= low && *v <= high)
            {
                let shown = |text: &str, d: &dates::WrittenDate| text[d.start..d.end].to_string();
                return Some(Finding {
                    path: (*path).clone(),
                    offset: text[..b.start].chars().count(),
                    message: format!(
                        "{asked}, but \u{201c}{}\u{201d} here and \u{201c}{}\u{201d} ({other_path}) are {} {} apart, before the question",
                        shown(text, b),
                        shown(other_text, a),
                        crate::content::number::format_exact(span),
                        e.unit
                    ),
                });
            }
        }
    }
    None
}

/// Answers in `later` given away by `earlier`, a case played before it: a figure an estimate
/// in `later` asks for, written as that figure in the question's unit ([`written_in`],
/// [`is_the_figure`]; for a range, both its ends in one text, as a disputed figure is given),
/// or a choice's right option, standing anywhere in `earlier` (its texts
/// and everything its reveals show). Years are left to the check within each case: every case
/// dates its events, and a year in another case's story gives nothing away. Findings are
/// located in `earlier`, where the answer stands.
pub fn leaks_into(earlier: &Case, later: &Case) -> Vec<Finding> {
    leaks_shown(&Shown::of(earlier), later)
}

/// What a case shows a player that can give another case's answers away: its texts (wrong
/// options left out) and the figures in each, found once for every case compared with it.
pub struct Shown {
    id: String,
    seen: Vec<(String, String)>,
    figures: Vec<Vec<Figure>>,
}

impl Shown {
    /// What `earlier` shows, for [`leaks_shown`].
    pub fn of(earlier: &Case) -> Shown {
        // A wrong option's text is shown as wrong: it gives no answer away.
        let wrong: Vec<String> = earlier
            .stages
            .iter()
            .enumerate()
            .filter_map(|(i, stage)| match &stage.question {
                Question::Choice(c) => Some((i, c)),
                _ => None,
            })
            .flat_map(|(i, c)| {
                c.options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| !o.correct)
                    .map(move |(k, _)| format!("stages[{i}].question.options[{k}].text"))
            })
            .collect();
        let seen: Vec<(String, String)> = seen_before(earlier, earlier.stages.len())
            .into_iter()
            .filter(|(path, _)| !wrong.contains(path))
            .collect();
        let figures = seen.iter().map(|(_, text)| figures(text)).collect();
        Shown {
            id: earlier.id.clone(),
            seen,
            figures,
        }
    }
}

/// [`leaks_into`] with what the earlier case shows found beforehand ([`Shown::of`]), for
/// comparing many pairs of cases.
pub fn leaks_shown(shown: &Shown, later: &Case) -> Vec<Finding> {
    let (seen, seen_figures) = (&shown.seen, &shown.figures);
    let mut out = Vec::new();
    for (n, stage) in later.stages.iter().enumerate() {
        let asked = format!(
            "{} stage {} (\u{201c}{}\u{201d}) asks for {}",
            later.id,
            n + 1,
            stage.title,
            answer_text(&stage.question)
        );
        let played = format!("and {} is played before it", shown.id);
        for ((path, text), found) in seen.iter().zip(seen_figures) {
            match &stage.question {
                Question::Estimate(e) if e.scale == Scale::Log => {
                    let (low, high) = (e.truth.low(), e.truth.high());
                    let has = |truth: f64| found.iter().any(|f| is_the_figure(f.value, truth));
                    if low != high && !(has(low) && has(high)) {
                        continue;
                    }
                    for f in found.iter().copied() {
                        if !f.date
                            && (is_the_figure(f.value, low) || is_the_figure(f.value, high))
                            && (low != high || written_in(text, &f, &e.unit))
                        {
                            out.push(Finding {
                                path: path.clone(),
                                offset: text[..f.start].chars().count(),
                                message: format!(
                                    "{asked}, but \u{201c}{}\u{201d} stands here, {played}",
                                    &text[f.start..f.end]
                                ),
                            });
                        }
                    }
                }
                Question::Estimate(_) | Question::Order(_) => {}
                Question::Choice(c) => {
                    if let Some(offset) = right_option_in(c, text) {
                        out.push(Finding {
                            path: path.clone(),
                            offset,
                            message: format!(
                                "{asked}, but the right option's text stands here, {played}"
                            ),
                        });
                    }
                }
            }
        }
    }
    out
}

/// The sentences in `text`, roughly: ends of sentence are `.`, `!` or `?` followed by a space
/// and a capital letter or a quote, or the end of the text; abbreviations and decimal points
/// are not ends.
pub fn sentence_count(text: &str) -> usize {
    const ABBREVIATIONS: [&str; 14] = [
        "e.g.", "i.e.", "etc.", "vs.", "no.", "art.", "arts.", "mr.", "dr.", "st.", "approx.",
        "u.s.", "u.k.", "c.",
    ];
    let chars: Vec<char> = text.trim().chars().collect();
    let mut count = 0;
    for (i, c) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let at_end = chars[i + 1..]
            .iter()
            .all(|c| matches!(c, '"' | '\u{201d}' | '\'' | ')' | ' '));
        let next_starts = chars.get(i + 1) == Some(&' ')
            && chars
                .get(i + 2)
                .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '\u{201c}' | '\'' | '('));
        if !(at_end || next_starts) {
            continue;
        }
        let word: String = chars[..=i]
            .iter()
            .rev()
            .take_while(|c| !c.is_whitespace())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<String>()
            .to_lowercase();
        if ABBREVIATIONS.iter().any(|a| word.ends_with(a)) && !at_end {
            continue;
        }
        count += 1;
    }
    count.max(usize::from(!text.trim().is_empty()))
}

/// Everything `takedown check` warns about within one case: answers given away before their
/// question ([`leaks`]) and explanations too short or too long ([`explanation_lengths`]).
pub fn warnings(case: &Case) -> Vec<Finding> {
    let mut found = leaks(case);
    found.extend(explanation_lengths(case));
    found
}

/// Explanations that are one sentence (too short to say why) or more than five (too long to
/// read at a reveal).
pub fn explanation_lengths(case: &Case) -> Vec<Finding> {
    case.stages
        .iter()
        .enumerate()
        .filter_map(|(i, stage)| {
            let n = sentence_count(stage.question.explanation());
            let message = match n {
                0 | 1 => format!(
                    "stage {}'s explanation is one sentence: say in two to four why the figure is what it is",
                    i + 1
                ),
                n if n > 5 => format!(
                    "stage {}'s explanation has {n} sentences: keep it to two to four, to read at a reveal",
                    i + 1
                ),
                _ => return None,
            };
            Some(Finding {
                path: format!("stages[{i}].question.explanation"),
                offset: 0,
                message,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
