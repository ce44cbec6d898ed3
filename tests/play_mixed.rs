//! Choice and order questions in the window, played headless: number keys pick an option, the
//! arrow buttons arrange events, and the reveal and debrief follow.

mod common;

use bevy::prelude::*;
use common::{
    act, arrange_in_true_order_and_submit, headless, press, screen, show_first_question, shows,
    texts,
};
use takedown::content::read::read_case_file;
use takedown::game::actions::Action;
use takedown::game::{CurrentRun, Options, Screen};
use takedown::rules::progress::{Phase, Response, Run};

fn app_with_mixed_case() -> App {
    app_with_mixed_case_and(Options::default())
}

/// The mixed case in the options' language (English by default), from its first question.
fn app_with_mixed_case_and(options: Options) -> App {
    let lang = options.lang.unwrap_or(takedown::content::lang::Lang::En);
    let mut app = headless(options);
    let case = read_case_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/good/mixed.ron"
    )))
    .unwrap();
    let mut run = Run::new(case, 11);
    run.set_lang(lang);
    show_first_question(&mut app, run);
    app
}

#[test]
fn choice_by_number_key_then_order_by_moving_events() {
    let mut app = app_with_mixed_case();
    assert_eq!(screen(&app), Screen::Question);
    let shown = app
        .world()
        .resource::<CurrentRun>()
        .0
        .shown_order(0)
        .to_vec();
    assert!(shows(&mut app, "A joint investigation team"));

    // Press the number of the right option (file index 0), wherever the shuffle put it.
    let right = shown.iter().position(|&i| i == 0).unwrap();
    let digit = [KeyCode::Digit1, KeyCode::Digit2, KeyCode::Digit3][right];
    press(&mut app, digit);
    assert_eq!(screen(&app), Screen::Reveal);
    assert!(shows(&mut app, "right"));
    assert!(shows(
        &mut app,
        "It surrenders people; it does not share evidence."
    ));
    press(&mut app, KeyCode::Enter); // finishes the animation
    press(&mut app, KeyCode::Enter); // next stage
    assert_eq!(screen(&app), Screen::Question);
    assert_eq!(
        app.world().resource::<CurrentRun>().0.phase(),
        Phase::Question(1)
    );

    // Arrange the events into their true order with the move buttons, as clicks would.
    arrange_in_true_order_and_submit(&mut app, 1);
    assert_eq!(screen(&app), Screen::Reveal);
    let run = &app.world().resource::<CurrentRun>().0;
    match &run.answers()[1].response {
        Response::Order {
            order,
            pairs_right,
            pairs,
        } => {
            assert_eq!(order, &vec![0, 1, 2]);
            assert_eq!((pairs_right, pairs), (&3, &3));
        }
        other => panic!("expected an order, got {other:?}"),
    }
    assert_eq!(run.total_points(), 200);
    assert!(shows(&mut app, "all in order"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("200 points of 200"))
    );
}

#[test]
fn a_wrong_pick_and_a_jumbled_order_score_what_they_should() {
    let mut app = app_with_mixed_case();
    let shown = app
        .world()
        .resource::<CurrentRun>()
        .0
        .shown_order(0)
        .to_vec();
    let wrong = shown.iter().position(|&i| i == 2).unwrap();
    act(&mut app, Action::PickOption(wrong));
    assert!(shows(&mut app, "wrong"));
    assert!(shows(&mut app, "You picked: An Interpol notice"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    // Submit the order as shown (never already solved): fewer than all pairs right.
    act(&mut app, Action::Submit);
    let run = &app.world().resource::<CurrentRun>().0;
    assert_eq!(run.answers()[0].points(), 0);
    assert!(run.answers()[1].points() < 100);
}

/// Answer both stages of the mixed case (the first option, the order as shown) and go on to
/// the debrief.
fn play_to_the_debrief(app: &mut App) {
    act(app, Action::PickOption(0));
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
    act(app, Action::Submit);
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
    assert_eq!(screen(app), Screen::Debrief);
}

#[test]
fn a_finished_run_is_saved_and_save_results_writes_a_csv() {
    let data = std::env::temp_dir().join(format!("takedown-window-save-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let mut app = app_with_mixed_case_and(Options {
        profile: "Class 3B".into(),
        data: Some(data.clone()),
        ..Options::default()
    });
    play_to_the_debrief(&mut app);
    assert!(shows(
        &mut app,
        "Saved in your results (profile “Class 3B”)."
    ));
    let store = takedown::store::Store::open(&data);
    assert_eq!(store.runs("Class 3B").runs.len(), 1);

    act(&mut app, Action::SaveResults);
    let csv_path = data.join("results-Class_3B.csv");
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    assert_eq!(csv.lines().count(), 3, "a header and two questions");
    let shown = format!("Saved 1 run to {}", csv_path.display());
    assert!(texts(&mut app).contains(&shown));
    std::fs::remove_dir_all(&data).ok();
}

#[test]
fn the_saved_line_is_in_the_players_language() {
    let data = std::env::temp_dir().join(format!("takedown-window-save-fr-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let mut app = app_with_mixed_case_and(Options {
        profile: "Classe 3B".into(),
        data: Some(data.clone()),
        lang: Some(takedown::content::lang::Lang::Fr),
        ..Options::default()
    });
    play_to_the_debrief(&mut app);
    assert!(
        shows(
            &mut app,
            "Enregistré dans vos résultats (profil «\u{202f}Classe 3B\u{202f}»)."
        ),
        "{:?}",
        texts(&mut app)
    );
    std::fs::remove_dir_all(&data).ok();
}
