//! Every shipped case plays to the end, in the terminal and in the window (headless).

mod common;

use bevy::prelude::*;
use bevy::text::EditableText;
use common::{
    act, arrange_in_true_order_and_submit, headless, press, right_answers, screen,
    show_first_question,
};
use takedown::cli::text;
use takedown::content::Question;
use takedown::content::lang::Lang;
use takedown::content::library::Library;
use takedown::game::actions::Action;
use takedown::game::{self, CurrentRun, EstimateField, Options, Screen};
use takedown::rules::progress::{Phase, Run};

/// The README's table of shipped cases names every case with its number of stages (it said 16
/// for EncroChat after a stage was added: a newcomer's review, 2026-11-30).
#[test]
fn the_readme_lists_every_case_with_its_stages() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let rows: Vec<Vec<&str>> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| Case | Stages |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    let library = Library::load(None);
    assert_eq!(
        rows.len(),
        library.cases().count(),
        "one row a case: {rows:?}"
    );
    for case in library.cases() {
        let row = rows
            .iter()
            .find(|r| r[0] == case.title || r[0].starts_with(&format!("{} (", case.title)))
            .unwrap_or_else(|| panic!("README has no row for {:?}", case.title));
        assert_eq!(
            row[1],
            case.stages.len().to_string(),
            "README's stages for {:?}",
            case.title
        );
    }
}

#[test]
fn the_library_has_every_case_and_they_all_check() {
    let library = Library::load(None);
    let ids: Vec<&str> = library.cases().map(|c| c.id.as_str()).collect();
    let problems: Vec<_> = library
        .files
        .iter()
        .filter_map(|f| f.result.as_ref().err())
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(ids.len() >= 9, "{ids:?}");
    assert_eq!(ids[0], "encrochat");
}

#[test]
fn every_case_plays_to_a_perfect_score_in_the_terminal() {
    let library = Library::load(None);
    for case in library.cases() {
        let run = Run::new(case.clone(), 0);
        let input = right_answers(&run).join("\n") + "\n";
        let mut output = Vec::new();
        let code = text::run(
            &library,
            Some(&case.id),
            0,
            Lang::En,
            false,
            None,
            &mut input.as_bytes(),
            &mut output,
        )
        .unwrap();
        assert_eq!(code, 0);
        let output = String::from_utf8(output).unwrap();
        let n = case.stages.len();
        let points = takedown::report::numbers::figure(Lang::En, (100 * n) as f64);
        let total = format!("Total: {points} points of {points} ({n} of {n} stages answered)");
        assert!(output.contains(&total), "{}: {output}", case.id);
    }
}

/// Every case in every language, answered as that language writes figures: `6.558` in Dutch
/// and German, `6 558` and `739,7 millions` in French (with the narrow no-break space the
/// game writes, and with the plain space people type).
#[test]
fn every_case_plays_to_a_perfect_score_in_every_language_in_the_terminal() {
    let library = Library::load(None);
    for lang in Lang::ALL {
        for case in library.cases() {
            // The case in the language: its words translated, its figures the case file's.
            let case = library.case_in(&case.id, lang).unwrap();
            let mut run = Run::new(case.clone(), 0);
            run.set_lang(lang);
            let answers = common::right_answers_in(&run, lang);
            for typed in [
                answers.join("\n"),
                answers.join("\n").replace('\u{202f}', " "),
            ] {
                let mut run = Run::new(case.clone(), 0);
                run.set_lang(lang);
                let mut output = Vec::new();
                let run =
                    text::play(run, false, &mut (typed + "\n").as_bytes(), &mut output).unwrap();
                assert_eq!(
                    run.total_points(),
                    100 * case.stages.len() as u32,
                    "{lang} {}: {}",
                    case.id,
                    String::from_utf8_lossy(&output)
                );
            }
        }
    }
}

/// Every shipped case has a translation into French, Dutch and German with every text
/// translated from the English as it stands and no figure of its own.
#[test]
fn every_case_is_translated_into_every_language() {
    let library = Library::load(None);
    let unread: Vec<_> = library
        .translations
        .iter()
        .filter_map(|t| t.result.as_ref().err().map(|e| format!("{}: {e}", t.file)))
        .collect();
    assert!(unread.is_empty(), "{unread:?}");
    for case in library.cases() {
        for lang in [Lang::Fr, Lang::Nl, Lang::De] {
            let t = library
                .translation(&case.id, lang)
                .unwrap_or_else(|| panic!("{} has no {lang} translation", case.id));
            let problems = takedown::content::translation::check(case, t);
            assert!(problems.is_empty(), "{} {lang}: {problems:#?}", case.id);
            let translated = library.case_in(&case.id, lang).unwrap();
            assert_ne!(translated.summary, case.summary, "{} {lang}", case.id);
            assert_eq!(translated.stages.len(), case.stages.len());
        }
    }
}

#[test]
fn every_case_plays_to_the_debrief_in_the_window() {
    let library = Library::load(None);
    for case in library.cases() {
        let mut app = headless(Options::default());
        app.world_mut()
            .resource_mut::<game::settings::Settings>()
            .reduced_motion = true;
        show_first_question(&mut app, Run::new(case.clone(), 0));
        let answers = right_answers(&app.world().resource::<CurrentRun>().0);
        for (n, stage) in case.stages.iter().enumerate() {
            assert_eq!(
                screen(&app),
                Screen::Question,
                "{} stage {}",
                case.id,
                n + 1
            );
            match &stage.question {
                Question::Estimate(_) => {
                    let world = app.world_mut();
                    let mut q = world.query_filtered::<&mut EditableText, With<EstimateField>>();
                    q.single_mut(world).unwrap().editor.set_text(&answers[n]);
                    app.update();
                    press(&mut app, KeyCode::Enter);
                }
                Question::Choice(_) => {
                    let shown: usize = answers[n].parse::<usize>().unwrap() - 1;
                    act(&mut app, Action::PickOption(shown));
                }
                Question::Order(_) => arrange_in_true_order_and_submit(&mut app, n),
            }
            assert_eq!(screen(&app), Screen::Reveal, "{} stage {}", case.id, n + 1);
            press(&mut app, KeyCode::Enter);
        }
        assert_eq!(screen(&app), Screen::Debrief, "{}", case.id);
        let run = &app.world().resource::<CurrentRun>().0;
        assert_eq!(run.phase(), Phase::Debrief);
        assert_eq!(
            run.total_points(),
            100 * case.stages.len() as u32,
            "{}",
            case.id
        );
    }
}

/// Every figure of the SecurityWeek/AP article of 27 June 2023 is asked somewhere.
#[test]
fn every_figure_of_the_june_2023_article_is_a_question() {
    let library = Library::load(None);
    let mut truths: Vec<f64> = Vec::new();
    let mut right_options: Vec<String> = Vec::new();
    for case in library.cases() {
        for stage in &case.stages {
            match &stage.question {
                Question::Estimate(e) => truths.extend([e.truth.low(), e.truth.high()]),
                Question::Choice(c) => {
                    right_options.extend(c.correct_index().map(|i| c.options[i].text.clone()))
                }
                Question::Order(_) => {}
            }
        }
    }
    let figures = [
        ("arrests", 6558.0),
        ("high-value targets", 197.0),
        ("communications", 115e6),
        ("users", 60_000.0),
        ("pills", 30.5e6),
        ("tonnes of cocaine", 103.5),
        ("tonnes of cannabis", 163.4),
        ("tonnes of heroin", 3.3),
        ("euros in cash", 739.7e6),
        ("euros frozen", 154.1e6),
        ("euros per phone", 1000.0),
        ("euros per six-month subscription", 1500.0),
        ("year the French probe began", 2017.0),
        ("resellers surrendered by Spain", 3.0),
        ("year of the Spanish arrests", 2022.0),
        ("tonnes of cocaine, Sky ECC", 17.0),
        ("arrests, ANOM", 800.0),
        ("tonnes of drugs, ANOM", 32.0),
    ];
    for (what, value) in figures {
        assert!(
            truths.contains(&value),
            "no question asks for the {what} ({value})"
        );
    }
    assert!(
        right_options.iter().any(|o| o.contains("Roubaix")),
        "no question asks where the servers were"
    );
}
