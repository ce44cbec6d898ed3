//! The window in each language: the language chosen in the settings relabels the title and the
//! settings in place, and a question reads and writes numbers as the language does.

mod common;

use bevy::prelude::*;
use bevy::text::EditableText;
use common::{headless, overlay, press, screen, show_first_question, shows, texts};
use takedown::content::lang::Lang;
use takedown::content::library::Library;
use takedown::game::actions::Action;
use takedown::game::settings::Settings;
use takedown::game::{CurrentRun, EstimateField, EstimateSlider, Options, Overlay, Screen};
use takedown::rules::progress::Run;

/// The Play button's entity and its text.
fn play_button(app: &mut App) -> (Entity, String) {
    let world = app.world_mut();
    let mut buttons = world.query::<(Entity, &Action, &Children)>();
    let (entity, child) = buttons
        .iter(world)
        .find(|(_, a, _)| **a == Action::Play)
        .map(|(e, _, c)| (e, c[0]))
        .expect("the title has a Play button");
    let text = world.get::<Text>(child).unwrap().0.clone();
    (entity, text)
}

#[test]
fn choosing_a_language_relabels_the_title_and_the_settings_in_place() {
    let mut app = headless(Options::default());
    assert_eq!(screen(&app), Screen::Title);
    let (play, text) = play_button(&mut app);
    assert_eq!(text, "Play");
    for _ in 0..4 {
        press(&mut app, KeyCode::ArrowDown); // Play → … → Settings
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Overlay::Settings);
    press(&mut app, KeyCode::Enter); // Language: English → Français
    assert_eq!(app.world().resource::<Settings>().lang, Lang::Fr);
    assert!(
        shows(&mut app, "Langue\u{a0}: Français"),
        "{:?}",
        texts(&mut app)
    );
    assert!(shows(&mut app, "Réglages"));
    assert!(shows(&mut app, "Retour"));
    // The title underneath was relabelled, not rebuilt.
    let (same, text) = play_button(&mut app);
    assert_eq!((same, text.as_str()), (play, "Jouer"));
    for (lang, play) in [
        (Lang::Nl, "Spelen"),
        (Lang::De, "Spielen"),
        (Lang::En, "Play"),
    ] {
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.world().resource::<Settings>().lang, lang);
        assert_eq!(play_button(&mut app).1, play);
    }
}

/// `--lang de`: a German player types `6.558` for EncroChat's arrests; the line under the
/// field reads it as 6.558 arrests, and the answer counts as 6,558.
#[test]
fn a_question_reads_and_writes_numbers_in_the_language() {
    let mut app = headless(Options {
        lang: Some(Lang::De),
        ..Options::default()
    });
    let case = Library::load(None).find("encrochat").unwrap().clone();
    let arrests = case.stages.iter().position(|s| s.id == "arrests").unwrap();
    let mut run = Run::new(case, 0);
    run.advance();
    for _ in 0..arrests {
        let truth = match run.current_question() {
            Some(takedown::content::Question::Estimate(e)) => {
                run.submit_estimate(e.truth.low(), None).map(|_| ())
            }
            Some(takedown::content::Question::Choice(c)) => run
                .submit_choice(
                    run.shown_order(run.answers().len())
                        .iter()
                        .position(|&i| i == c.correct_index().unwrap())
                        .unwrap(),
                )
                .map(|_| ()),
            Some(takedown::content::Question::Order(o)) => {
                let n = run.answers().len();
                let given: Vec<usize> = (0..o.events.len())
                    .map(|t| run.shown_order(n).iter().position(|&i| i == t).unwrap())
                    .collect();
                run.submit_order(&given).map(|_| ())
            }
            None => unreachable!("a question is asked"),
        };
        truth.unwrap();
        run.advance();
    }
    show_first_question(&mut app, run);
    assert!(shows(&mut app, "Bestätigen"), "{:?}", texts(&mut app));
    let world = app.world_mut();
    let mut fields = world.query_filtered::<&mut EditableText, With<EstimateField>>();
    fields.single_mut(world).unwrap().editor.set_text("6.558");
    app.update();
    app.update();
    let read = texts(&mut app)
        .into_iter()
        .find(|t| t.starts_with("Gelesen als"))
        .expect("the line under the field says how it was read");
    assert!(read.starts_with("Gelesen als 6.558 "), "{read}");
    // The slider writes its ends as German does.
    let world = app.world_mut();
    let mut sliders = world.query::<&EstimateSlider>();
    assert_eq!(sliders.single(world).unwrap().lang, Lang::De);
    assert!(shows(&mut app, "1 Milliarde"), "{:?}", texts(&mut app));
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    let run = &app.world().resource::<CurrentRun>().0;
    assert_eq!(run.answers()[arrests].guess(), Some(6558.0));
}
