//! Tests of the printable class report.

use super::*;
use crate::rules::class::Session;
use crate::testing::{mixed_case, small_case};

const NOW: &str = "2026-11-30T10:00:00Z";

/// A class of four on the small case: stage 1 revealed, stage 2 open.
fn class() -> Session {
    let mut s = Session::new(small_case(), 1, "4821", "2026-11-30T09:00:00Z");
    for (i, name) in ["Ana Lima", "Bo Chen", "<b>Cy</b>", "Dee Rao"]
        .iter()
        .enumerate()
    {
        s.join("4821", name, &format!("t{i}"), NOW).unwrap();
    }
    s.advance();
    for (i, text) in ["6000 (5000-8000)", "6500", "20000", "900"]
        .iter()
        .enumerate()
    {
        s.answer(&format!("t{i}"), text, NOW).unwrap();
    }
    s.advance();
    s.advance(); // revealed
    s.advance(); // stage 2 open
    s
}

#[test]
fn the_report_shows_each_revealed_stage_with_its_figures_and_source() {
    let s = class();
    let page = class_report_html(&s, Lang::En, false, NOW);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Stage 1. Arrests"), "{page}");
    assert!(page.contains("How many arrests?"));
    assert!(page.contains("Truth: 6,558 arrests"), "{page}");
    assert!(page.contains("Many countries used the data."));
    assert!(page.contains("Source: Europol and Eurojust"));
    assert!(page.contains("href=\"https://www.europol.europa.eu/\""));
    assert_eq!(page.matches("<circle").count(), 4, "one dot per answer");
    assert!(page.contains("4 answered."), "{page}");
    assert!(page.contains("class median"), "{page}");
    assert!(page.contains("1 of 1 range caught the truth"), "{page}");
    // Stage 2 is open: neither it nor its truth is on the page.
    assert!(!page.contains("The probe"));
    assert!(!page.contains("2017"));
    assert!(page.contains("1 of 2 stages revealed"));
    assert!(
        page.contains("break-inside: avoid"),
        "each stage kept on one page"
    );
}

#[test]
fn names_appear_only_when_the_teacher_chose_to_show_them_and_are_never_markup() {
    let s = class();
    let hidden = class_report_html(&s, Lang::En, false, NOW);
    for name in ["Ana Lima", "Bo Chen", "Cy", "Dee Rao"] {
        assert!(!hidden.contains(name), "{name} in {hidden}");
    }
    assert!(hidden.contains("Names are not shown"));
    let shown = class_report_html(&s, Lang::En, true, NOW);
    assert!(shown.contains("<td>Ana Lima</td>"), "{shown}");
    assert!(shown.contains("&lt;b&gt;Cy&lt;/b&gt;"), "escaped: {shown}");
    assert!(!shown.contains("<b>Cy"), "never markup");
}

#[test]
fn a_choice_is_drawn_as_bars_and_an_order_as_its_events() {
    let mut s = Session::new(mixed_case(), 1, "1", "2026-11-30T09:00:00Z");
    s.join("1", "Ana", "t-ana", NOW).unwrap();
    let stages = s.case().stages.len();
    for n in 0..stages {
        s.advance(); // open
        let answer = match s.question(n).unwrap() {
            Question::Estimate(e) if e.unit == "year" => "2016",
            Question::Estimate(_) => "7000",
            Question::Choice(_) => "1",
            Question::Order(_) => "A B C",
        };
        s.answer("t-ana", answer, NOW).unwrap();
        s.advance(); // closed
        s.advance(); // revealed
    }
    let page = class_report_html(&s, Lang::En, false, NOW);
    assert!(
        page.contains("✔ A joint investigation team (right)"),
        "{page}"
    );
    assert!(page.contains("<li>Phones found in raids</li>"), "{page}");
    assert_eq!(page.matches("<section class=\"stage\"").count(), stages);
    assert!(page.contains("The class"));
}

#[test]
fn before_any_reveal_the_page_says_it_fills_in() {
    let mut s = Session::new(small_case(), 1, "1", "2026-11-30T09:00:00Z");
    s.join("1", "Ana", "t", NOW).unwrap();
    let page = class_report_html(&s, Lang::En, true, NOW);
    assert!(page.contains("No stage has been revealed yet"));
    assert!(!page.contains("Ana"));
}

#[test]
fn the_report_is_written_in_the_teachers_language() {
    let mut s = class();
    s.set_teacher_lang(Lang::Fr);
    let page = class_report_html(&s, s.teacher_lang(), true, NOW);
    assert!(page.contains("<html lang=\"fr\">"), "{page}");
    // French numbers (a narrow no-break space between thousands) and words.
    assert!(page.contains("Vérité\u{a0}: 6\u{202f}558"), "{page}");
    assert!(page.contains("Étape 1. "), "{page}");
    assert!(page.contains("4 ont répondu."), "{page}");
    assert!(page.contains("1 étape révélée sur 2"), "{page}");
    assert!(page.contains("médiane de la classe"), "{page}");
    for english in [
        "Truth:",
        "answered.",
        "Stages answered",
        "The class<",
        "stages revealed",
    ] {
        assert!(!page.contains(english), "{english} left in English: {page}");
    }
}
