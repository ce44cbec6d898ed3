use super::*;
use crate::testing::{mixed_case, small_case};

fn french(case: &Case) -> Translation {
    let mut t = template(case, Lang::Fr, None);
    t.title.text = "Un petit cas".into();
    for stage in &mut t.stages {
        stage.prompt.text = format!("[fr] {}", stage.prompt.text);
    }
    t
}

#[test]
fn fingerprints_are_stable_and_ignore_unicode_forms() {
    assert_eq!(fingerprint("EncroChat"), fingerprint("EncroChat"));
    assert_ne!(fingerprint("EncroChat"), fingerprint("Encrochat"));
    // `é` written as one character or as `e` and a combining accent.
    assert_eq!(fingerprint("Europ\u{e9}en"), fingerprint("Europe\u{301}en"));
    assert_eq!(fingerprint("").len(), 8);
    // A fixed value: the same on every machine and every build.
    assert_eq!(
        fingerprint("The arrests"),
        format!("{:08x}", crc32fast::hash(b"The arrests"))
    );
}

#[test]
fn file_names_say_their_language() {
    assert_eq!(file_lang("encrochat.fr.ron"), Some(Lang::Fr));
    assert_eq!(file_lang("sky-ecc.de.ron"), Some(Lang::De));
    assert_eq!(file_lang("encrochat.ron"), None);
    assert_eq!(file_lang("encrochat-three-years-on.ron"), None);
    assert_eq!(file_lang("notes.fr.txt"), None);
}

#[test]
fn a_translation_replaces_words_and_keeps_figures() {
    let case = small_case();
    let t = french(&case);
    let translated = apply(&case, &t);
    assert_eq!(translated.title, "Un petit cas");
    assert!(translated.stages[0].question.prompt().starts_with("[fr] "));
    assert_eq!(translated.stages[0].question, {
        let mut q = case.stages[0].question.clone();
        if let Question::Estimate(e) = &mut q {
            e.prompt = format!("[fr] {}", e.prompt);
        }
        q
    });
    // Untranslated texts stay English; the template's are the English itself, so nothing is
    // missing, and nothing is stale.
    assert_eq!(check(&case, &t), vec![]);
}

#[test]
fn missing_stale_and_new_figures_are_reported_and_never_shown() {
    let case = small_case();
    let mut t = french(&case);
    // Missing: a stage with no text at all.
    let dropped = t.stages.pop().unwrap();
    // Stale: the English title changed after the translation.
    let mut changed = case.clone();
    changed.title = "A small case, revised".into();
    // A figure the English does not have.
    t.stages[0].explanation.text = format!("{} 9 999 999", t.stages[0].explanation.text);
    let problems = check(&changed, &t);
    assert!(problems.contains(&Problem::Stale {
        place: "title".into()
    }));
    assert!(problems.iter().any(|p| matches!(p,
        Problem::Missing { place } if place.contains(&dropped.id))));
    assert!(problems.iter().any(|p| matches!(p,
        Problem::NewFigure { place, figure } if place.contains("explanation") && figure == "9999999")));
    let shown = apply(&changed, &t);
    assert_eq!(
        shown.title, "A small case, revised",
        "a stale text shows the English"
    );
    assert_eq!(
        shown.stages[0].question.explanation(),
        case.stages[0].question.explanation(),
        "a text with a new figure is never shown"
    );
}

#[test]
fn options_and_events_are_found_by_their_english_in_any_order() {
    let case = mixed_case();
    let mut t = template(&case, Lang::De, None);
    for stage in &mut t.stages {
        for o in &mut stage.options {
            o.text = format!("[de] {}", o.text);
        }
        for e in &mut stage.events {
            e.text = format!("[de] {}", e.text);
        }
        stage.options.reverse();
        stage.events.reverse();
    }
    assert_eq!(check(&case, &t), vec![]);
    let shown = apply(&case, &t);
    for (stage, original) in shown.stages.iter().zip(&case.stages) {
        match (&stage.question, &original.question) {
            (Question::Choice(c), Question::Choice(o)) => {
                for (a, b) in c.options.iter().zip(&o.options) {
                    assert_eq!(a.text, format!("[de] {}", b.text));
                    assert_eq!(a.correct, b.correct);
                }
            }
            (Question::Order(c), Question::Order(o)) => {
                for (a, b) in c.events.iter().zip(&o.events) {
                    assert_eq!(*a, format!("[de] {b}"));
                }
            }
            _ => {}
        }
    }
}

#[test]
fn figures_are_read_as_each_language_writes_them() {
    assert_eq!(
        figures("6,558 arrests in 2023", Lang::En),
        vec![6558.0, 2023.0]
    );
    assert_eq!(
        figures("6.558 Festnahmen 2023", Lang::De),
        vec![6558.0, 2023.0]
    );
    assert_eq!(figures("6\u{202f}558 arrestations", Lang::Fr), vec![6558.0]);
    assert_eq!(
        figures("6 558 arrestations en 2023", Lang::Fr),
        vec![6558.0, 2023.0]
    );
    assert_eq!(
        figures("en 2020 500 personnes", Lang::Fr),
        vec![2020.0, 500.0]
    );
    assert_eq!(figures("739,7 miljoen euro", Lang::Nl), vec![739.7]);
    assert_eq!(figures("€739.7 million", Lang::En), vec![739.7]);
    assert_eq!(figures("1.234,5", Lang::De), vec![1234.5]);
    assert_eq!(figures("am 27. Juni 2023", Lang::De), vec![27.0, 2023.0]);
    assert_eq!(figures("1, 2 and 3", Lang::En), vec![1.0, 2.0, 3.0]);
}

#[test]
fn a_template_keeps_what_is_still_current() {
    let case = small_case();
    let t = french(&case);
    let again = template(&case, Lang::Fr, Some(&t));
    assert_eq!(again, t);
    let mut changed = case.clone();
    changed.title = "New title".into();
    let refreshed = template(&changed, Lang::Fr, Some(&t));
    assert_eq!(
        refreshed.title.text, "New title",
        "a stale text starts again from the English"
    );
    assert_eq!(refreshed.stages, t.stages);
}

#[test]
fn a_translation_file_reads_back() {
    let case = small_case();
    let t = french(&case);
    let text = write(&t);
    assert_eq!(read(&text), Ok(t));
    assert!(read("(case: \"x\")").unwrap_err().contains("1:"));
}
