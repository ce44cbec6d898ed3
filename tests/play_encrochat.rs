//! Plays the EncroChat case in a headless Bevy app, start to finish, through simulated key
//! presses and typed text, and checks the screens and the score at the debrief.

mod common;

use bevy::prelude::*;
use bevy::text::EditableText;
use common::{
    act, arrange_in_true_order_and_submit, headless, overlay, press, screen, shows, texts,
};

use takedown::content::lang::Lang;
use takedown::content::number::format_exact;
use takedown::content::{Question, Scale};
use takedown::game::{self, CurrentRun, EstimateField, EstimateSlider, Options, Overlay, Screen};
use takedown::rules::progress::Phase;

fn app() -> App {
    headless(Options {
        levels: Some("levels".into()),
        seed: 7,
        ..Options::default()
    })
}

/// Type into the estimate field, as the text editing widget would after key presses.
fn type_text(app: &mut App, text: &str) {
    let world = app.world_mut();
    let mut fields = world.query_filtered::<&mut EditableText, With<EstimateField>>();
    let mut field = fields
        .single_mut(world)
        .expect("the question screen has one estimate field");
    field.editor.set_text(text);
    app.update();
}

/// From the title, Enter three times: Play, the first case (EncroChat), Begin.
fn start_encrochat(app: &mut App) {
    for _ in 0..3 {
        press(app, KeyCode::Enter);
    }
    assert_eq!(screen(app), Screen::Question);
}

fn field_text(app: &mut App) -> String {
    let world = app.world_mut();
    let mut fields = world.query_filtered::<&EditableText, With<EstimateField>>();
    fields.single(world).unwrap().value().to_string()
}

/// On the reveal of stage `i`, check that `answer` is shown, then go on to the next stage.
fn finish_reveal(app: &mut App, i: usize, answer: &str) {
    assert_eq!(screen(app), Screen::Reveal, "stage {}", i + 1);
    assert!(
        texts(app).iter().any(|t| t.contains(answer)),
        "the reveal of stage {} shows {answer:?}",
        i + 1
    );
    // Enter finishes the animation, then moves on.
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
}

#[test]
fn play_encrochat_from_title_to_debrief() {
    let mut app = app();
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, KeyCode::Enter); // Play has focus
    assert_eq!(screen(&app), Screen::CaseSelect);
    press(&mut app, KeyCode::Enter); // the first card, EncroChat, has focus
    assert_eq!(screen(&app), Screen::Briefing);
    assert_eq!(
        app.world().resource::<CurrentRun>().0.case().id,
        "encrochat"
    );
    press(&mut app, KeyCode::Enter); // Begin the investigation
    assert_eq!(screen(&app), Screen::Question);

    // Something unreadable keeps the player on the question, with a message beside the field.
    type_text(&mut app, "a lot");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Question);
    assert!(
        shows(&mut app, "Type a year, like 2019"),
        "the error message is shown"
    );

    let stages = app.world().resource::<CurrentRun>().0.case().stages.clone();
    assert!(stages.len() >= 10);
    let mut expected_total = 0;
    for (i, stage) in stages.iter().enumerate() {
        assert_eq!(screen(&app), Screen::Question, "stage {}", i + 1);
        let estimate = match &stage.question {
            Question::Estimate(estimate) => estimate,
            // A choice: click the right option, shown wherever the seed put it.
            Question::Choice(choice) => {
                let right = choice.correct_index().unwrap();
                let run = &app.world().resource::<CurrentRun>().0;
                let shown = run.shown_order(i).iter().position(|&k| k == right).unwrap();
                act(&mut app, game::actions::Action::PickOption(shown));
                expected_total += 100;
                finish_reveal(&mut app, i, &choice.options[right].text);
                continue;
            }
            // An order: move the events into place with the arrow buttons.
            Question::Order(order) => {
                arrange_in_true_order_and_submit(&mut app, i);
                expected_total += 100;
                finish_reveal(&mut app, i, &order.events[0]);
                continue;
            }
        };
        let truth = estimate.truth.low();
        if i == 1 {
            // Use the slider: twenty presses of ↑ from the middle of 1 to 1 billion is one
            // decade up (31,600 to 316,000); the field follows the slider.
            for _ in 0..20 {
                press(&mut app, KeyCode::ArrowUp);
            }
            let world = app.world_mut();
            let slider = world.query::<&EstimateSlider>().single(world).unwrap();
            assert!(slider.touched);
            assert_eq!(field_text(&mut app), "316,000");
            // €316,000 for a €1,500 subscription is over 100x off: no points.
            assert_eq!(truth, 1500.0);
            expected_total += 0;
        } else if i % 2 == 0 {
            // Exactly right, typed as the game writes it (`739.7 million`, `6,558`).
            let typed = match estimate.scale {
                Scale::Log => format_exact(truth),
                Scale::Linear => format!("{truth}"),
            };
            type_text(&mut app, &typed);
            expected_total += 100;
        } else {
            match estimate.scale {
                // Ten times too high: 50 points.
                Scale::Log => {
                    type_text(&mut app, &format!("{}", truth * 10.0));
                    expected_total += 50;
                }
                // A year early: 80 points.
                Scale::Linear => {
                    type_text(&mut app, &format!("{}", truth - 1.0));
                    expected_total += 80;
                }
            }
        }
        press(&mut app, KeyCode::Enter); // submit
        assert_eq!(screen(&app), Screen::Reveal, "stage {}", i + 1);
        assert!(
            shows(&mut app, &estimate.truth_text()),
            "the reveal shows the truth for stage {}",
            i + 1
        );
        // The reveal animates in (0.9 s, 90 frames here): the first Enter only finishes it.
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            screen(&app),
            Screen::Reveal,
            "Enter skipped the animation, stage {}",
            i + 1
        );
        press(&mut app, KeyCode::Enter); // next stage
    }

    assert_eq!(screen(&app), Screen::Debrief);
    let run = &app.world().resource::<CurrentRun>().0;
    assert_eq!(run.phase(), Phase::Debrief);
    assert_eq!(run.answers().len(), stages.len());
    assert_eq!(run.total_points(), expected_total);
    let total_line = format!(
        "{} points of {}",
        takedown::report::numbers::figure(Lang::En, f64::from(expected_total)),
        takedown::report::numbers::figure(Lang::En, (100 * stages.len()) as f64)
    );
    assert!(
        texts(&mut app).iter().any(|t| t.starts_with(&total_line)),
        "the debrief shows the total"
    );

    // The case in time, each stage with its result: stage 2 (the slider, 100x off) scored 0.
    let world = app.world_mut();
    let mut names = world.query::<&Name>();
    let timeline = names
        .iter(world)
        .map(|n| n.to_string())
        .find(|n| n.starts_with("Timeline 2017–2024: stage 1, "))
        .expect("the debrief's timeline");
    let stage_two = timeline
        .split("; ")
        .find(|s| s.starts_with("stage 2, "))
        .unwrap();
    assert!(stage_two.ends_with(", 0 points"), "{timeline}");
    assert_eq!(
        timeline.matches(" points").count(),
        stages.iter().filter(|s| s.date.is_some()).count(),
        "every dated stage: {timeline}"
    );

    // Escape goes back to the cases.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::CaseSelect);
}

#[test]
fn escape_leaves_a_case_and_returns_to_the_title() {
    let mut app = app();
    start_encrochat(&mut app);
    // In a case, Escape opens the settings over the question; Escape again closes them.
    press(&mut app, KeyCode::Escape);
    assert_eq!(overlay(&app), Overlay::Settings);
    assert_eq!(
        screen(&app),
        Screen::Question,
        "the question stays underneath"
    );
    assert!(shows(&mut app, "Back to the case"));
    press(&mut app, KeyCode::Escape);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(screen(&app), Screen::Question);
    assert_eq!(
        app.world().resource::<CurrentRun>().0.phase(),
        Phase::Question(0)
    );
    // From the settings, the player can leave the case.
    press(&mut app, KeyCode::Escape);
    act(&mut app, game::actions::Action::ToCases);
    assert_eq!(screen(&app), Screen::CaseSelect);
    assert_eq!(overlay(&app), Overlay::None);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
}

#[test]
fn under_reduced_motion_the_reveal_does_not_animate() {
    let mut app = app();
    app.world_mut()
        .resource_mut::<game::settings::Settings>()
        .reduced_motion = true;
    start_encrochat(&mut app);
    type_text(&mut app, "2017");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    press(&mut app, KeyCode::Enter); // straight to the next stage
    assert_eq!(screen(&app), Screen::Question);
    assert_eq!(
        app.world().resource::<CurrentRun>().0.phase(),
        Phase::Question(1)
    );
}

#[test]
fn arrow_keys_move_focus_between_buttons() {
    let mut app = app();
    press(&mut app, KeyCode::ArrowDown); // Play → Host a class
    press(&mut app, KeyCode::ArrowDown); // Host a class → Player
    press(&mut app, KeyCode::ArrowDown); // Player → Results
    press(&mut app, KeyCode::ArrowDown); // Results → Settings
    press(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Overlay::Settings);
    assert!(
        !app.world()
            .resource::<game::settings::Settings>()
            .reduced_motion
    );
    assert!(shows(&mut app, "Language: English"));
    press(&mut app, KeyCode::ArrowDown); // language → text size
    press(&mut app, KeyCode::Enter); // text size: normal → large
    assert_eq!(
        app.world().resource::<game::settings::Settings>().text_size,
        game::settings::TextSize::Large
    );
    assert!(shows(&mut app, "Text size: large"));
    press(&mut app, KeyCode::ArrowDown); // to reduced motion
    press(&mut app, KeyCode::Enter); // toggle reduced motion
    assert!(
        app.world()
            .resource::<game::settings::Settings>()
            .reduced_motion
    );
    assert!(shows(&mut app, "Reduced motion: on"));
}

/// Keys typed in the same frame as Enter are applied to the field after the game reads it; the
/// answer waits for them instead of losing the last character.
#[test]
fn enter_waits_for_keys_typed_in_the_same_frame() {
    let mut app = app();
    start_encrochat(&mut app);
    // Answer stage 1, finish its reveal's animation and go on to stage 2 (a quantity in euros).
    type_text(&mut app, "2017");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.world().resource::<CurrentRun>().0.phase(),
        Phase::Question(1)
    );

    {
        let world = app.world_mut();
        let mut fields = world.query_filtered::<&mut EditableText, With<EstimateField>>();
        let mut field = fields.single_mut(world).unwrap();
        field.editor.set_text("1.5");
        field.queue_edit(bevy::text::TextEdit::Insert("k".into()));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        screen(&app),
        Screen::Question,
        "the answer waits for the typed `k`"
    );
    {
        // What Bevy's text editing does in the frame after: apply the edit.
        let world = app.world_mut();
        let mut fields = world.query_filtered::<&mut EditableText, With<EstimateField>>();
        let mut field = fields.single_mut(world).unwrap();
        field.pending_edits.clear();
        field.editor.set_text("1.5k");
    }
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Reveal);
    let run = &app.world().resource::<CurrentRun>().0;
    assert_eq!(run.answers()[1].guess(), Some(1500.0));
    assert_eq!(run.answers()[1].points(), 100);
}

/// Pressing the mouse on the slider moves it to the pointer and writes the value in the field;
/// it does not submit the answer.
#[test]
fn clicking_the_slider_moves_it_and_does_not_submit() {
    let mut app = app();
    start_encrochat(&mut app);
    // A readable answer is in the field: a submit would succeed.
    type_text(&mut app, "2017");
    let world = app.world_mut();
    let slider = world
        .query_filtered::<Entity, With<EstimateSlider>>()
        .single(world)
        .unwrap();
    // The pointer a quarter of the way from the right end (1990 to 2030: 2020).
    world.entity_mut(slider).insert((
        Interaction::Pressed,
        bevy::ui::RelativeCursorPosition {
            cursor_over: true,
            normalized: Some(Vec2::new(0.25, 0.0)),
        },
    ));
    app.update();
    world_entity_released(&mut app, slider);
    assert_eq!(screen(&app), Screen::Question);
    assert!(app.world().resource::<CurrentRun>().0.answers().is_empty());
    let world = app.world_mut();
    let moved = world.query::<&EstimateSlider>().single(world).unwrap();
    assert!(moved.touched && (moved.t - 0.75).abs() < 1e-9, "{moved:?}");
    assert_eq!(field_text(&mut app), "2020");
}

fn world_entity_released(app: &mut App, entity: Entity) {
    app.world_mut().entity_mut(entity).insert(Interaction::None);
    app.update();
}

/// Progress is saved after every answer: leaving mid-case and choosing the case again offers to
/// resume where the player was, with the answers so far.
#[test]
fn quitting_mid_case_and_resuming() {
    let data = std::env::temp_dir().join(format!("takedown-resume-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let mut app = headless(Options {
        levels: Some("levels".into()),
        profile: "Ana".into(),
        data: Some(data.clone()),
        ..Options::default()
    });
    app.world_mut()
        .resource_mut::<game::settings::Settings>()
        .reduced_motion = true;
    app.update();
    app.update();
    start_encrochat(&mut app);
    type_text(&mut app, "2017");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter); // next stage
    type_text(&mut app, "1200");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    press(&mut app, KeyCode::Escape); // the settings, which offer to leave the case
    act(&mut app, game::actions::Action::ToCases);
    assert_eq!(screen(&app), Screen::CaseSelect);

    press(&mut app, KeyCode::Enter); // EncroChat again
    assert_eq!(screen(&app), Screen::Briefing);
    assert!(shows(&mut app, "Resume at stage 3"));
    press(&mut app, KeyCode::Enter); // Resume has focus
    assert_eq!(screen(&app), Screen::Question);
    let run = &app.world().resource::<CurrentRun>().0;
    assert_eq!(run.phase(), Phase::Question(2));
    assert_eq!(run.answers().len(), 2);
    assert_eq!(run.answers()[1].guess(), Some(1200.0));
    std::fs::remove_dir_all(&data).ok();
}

/// With ranges required, an estimate without a range is refused with a message.
#[test]
fn required_ranges_are_asked_for() {
    let mut app = app();
    app.world_mut()
        .resource_mut::<game::settings::Settings>()
        .ranges = game::settings::RangeMode::Required;
    start_encrochat(&mut app);
    type_text(&mut app, "2017");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Question);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("Add the range you are 80% sure of"))
    );
    type_text(&mut app, "2017 (2016-2019)");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
}

/// Settings are kept between runs, in the data folder.
#[test]
fn settings_are_kept_between_runs() {
    let data = std::env::temp_dir().join(format!("takedown-settings-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let make = || {
        headless(Options {
            data: Some(data.clone()),
            ..Options::default()
        })
    };
    let mut first = make();
    first
        .world_mut()
        .resource_mut::<game::settings::Settings>()
        .text_size = game::settings::TextSize::Larger;
    first.update();
    let second = make();
    assert_eq!(
        second
            .world()
            .resource::<game::settings::Settings>()
            .text_size,
        game::settings::TextSize::Larger
    );
    std::fs::remove_dir_all(&data).ok();
}

/// Several players on one machine: the title's Player button lists profiles and adds new ones.
#[test]
fn a_new_player_is_added_from_the_title() {
    let mut app = app();
    press(&mut app, KeyCode::ArrowDown); // Play → Host a class
    press(&mut app, KeyCode::ArrowDown); // Host a class → Player
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Profiles);
    {
        let world = app.world_mut();
        let mut fields =
            world.query_filtered::<(Entity, &mut EditableText), Without<EstimateField>>();
        let (entity, mut field) = fields.single_mut(world).expect("one name field");
        field.editor.set_text("Ana");
        world
            .resource_mut::<bevy::input_focus::InputFocus>()
            .set(entity, bevy::input_focus::FocusCause::Navigated);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(app.world().resource::<game::Player>().0, "Ana");
    assert!(shows(&mut app, "Player: Ana"));
}

/// Past runs open from the title's Results; a stage no longer in the case is marked, not a crash.
#[test]
fn past_runs_open_and_removed_stages_are_marked() {
    use takedown::store::{RunRecord, Store};
    let data = std::env::temp_dir().join(format!("takedown-results-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let case = takedown::content::library::Library::load(None)
        .find("encrochat")
        .unwrap()
        .clone();
    let second_title = case.stages[1].title.clone();
    let mut run = takedown::rules::progress::Run::new(case, 0);
    run.advance();
    for answer in ["2017", "1500"] {
        run.submit_text(answer).unwrap();
        run.advance();
    }
    let mut record = RunRecord::of(&run, "Ana", std::time::SystemTime::now());
    record.answers[1].stage_id = "a-stage-since-deleted".into();
    Store::open(&data).add_run(&record).unwrap();

    let mut app = headless(Options {
        profile: "Ana".into(),
        data: Some(data.clone()),
        ..Options::default()
    });
    press(&mut app, KeyCode::ArrowDown); // Play → Host a class
    press(&mut app, KeyCode::ArrowDown); // Host a class → Player
    press(&mut app, KeyCode::ArrowDown); // Player → Results
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Results);
    press(&mut app, KeyCode::Enter); // open the newest run
    let shown = texts(&mut app);
    assert!(
        shown.iter().any(|t| t == "Phones in the raids"),
        "{shown:?}"
    );
    let removed = format!("{second_title} (no longer in the case)");
    assert!(shown.contains(&removed), "{shown:?}");
    std::fs::remove_dir_all(&data).ok();
}

/// With the slider focused, + widens an 80% range around the guess; Enter submits both.
#[test]
fn the_slider_sets_a_range_with_plus_and_minus() {
    let mut app = app();
    start_encrochat(&mut app);
    type_text(&mut app, "2017"); // stage 1, a year
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter); // finish the reveal's animation
    press(&mut app, KeyCode::Enter); // next stage
    assert_eq!(
        app.world().resource::<CurrentRun>().0.phase(),
        Phase::Question(1)
    );
    {
        let world = app.world_mut();
        let slider = world
            .query_filtered::<Entity, With<EstimateSlider>>()
            .single(world)
            .unwrap();
        world
            .resource_mut::<bevy::input_focus::InputFocus>()
            .set(slider, bevy::input_focus::FocusCause::Navigated);
    }
    press(&mut app, KeyCode::ArrowUp); // touch the slider: 31,600 → 35,500
    press(&mut app, KeyCode::Equal);
    press(&mut app, KeyCode::Equal);
    let text = field_text(&mut app);
    assert!(text.starts_with("35,500 ("), "{text}");
    press(&mut app, KeyCode::Minus);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    let run = &app.world().resource::<CurrentRun>().0;
    match &run.answers()[1].response {
        takedown::rules::progress::Response::Estimate {
            range: Some(r),
            guess,
            ..
        } => {
            assert!(r.low < *guess && *guess < r.high, "{r:?}");
        }
        other => panic!("expected an estimate with a range, got {other:?}"),
    }
}

/// On arrival at a question, the estimate field has focus and is scrolled into view together
/// with the line under it that says how the answer is read (at a large text size in a small
/// window, that line would otherwise sit below the fold).
#[test]
fn the_field_and_the_read_as_line_are_scrolled_into_view() {
    use bevy::input_focus::InputFocus;
    use bevy::ui_widgets::ScrollIntoView;
    use takedown::game::theme::interaction::ShownWithFocus;

    #[derive(Resource, Default)]
    struct Scrolled(Vec<Entity>);

    let mut app = app();
    app.init_resource::<Scrolled>();
    app.add_observer(|on: On<ScrollIntoView>, mut scrolled: ResMut<Scrolled>| {
        scrolled.0.push(on.entity);
    });
    start_encrochat(&mut app);
    let world = app.world_mut();
    let field = world
        .query_filtered::<Entity, With<EstimateField>>()
        .single(world)
        .unwrap();
    assert_eq!(world.resource::<InputFocus>().get(), Some(field));
    let (line, with) = world
        .query::<(Entity, &ShownWithFocus)>()
        .single(world)
        .unwrap();
    assert_eq!(with.0, field, "the read-as line goes with the field");
    let scrolled = &world.resource::<Scrolled>().0;
    let at = |e: Entity| scrolled.iter().rposition(|&s| s == e);
    assert!(at(field).is_some(), "the field was scrolled into view");
    assert!(
        at(line) > at(field),
        "the line under the field was scrolled into view after it"
    );
}

/// With the on-screen keypad on, an estimate can be typed and sent by its keys alone (as on a
/// tablet); without it, no keypad is drawn.
#[test]
fn the_on_screen_keypad_types_and_submits_an_estimate() {
    let keypad_shown = |app: &mut App| {
        let world = app.world_mut();
        world
            .query::<&Name>()
            .iter(world)
            .any(|n| n.as_str() == "Keypad")
    };
    let mut desktop = app();
    start_encrochat(&mut desktop);
    assert!(!keypad_shown(&mut desktop), "off by default on the desktop");

    let mut app = app();
    app.world_mut()
        .resource_mut::<game::settings::Settings>()
        .keypad = true;
    start_encrochat(&mut app);
    assert!(keypad_shown(&mut app));
    use game::actions::Action::{DeleteBack, Submit, TypeText};
    for key in ["2", "0", "1", "8"] {
        act(&mut app, TypeText(key));
    }
    assert_eq!(field_text(&mut app), "2018");
    act(&mut app, DeleteBack);
    act(&mut app, TypeText("7"));
    assert_eq!(field_text(&mut app), "2017");
    assert!(shows(&mut app, "Read as 2017. Enter submits."));
    act(&mut app, Submit);
    assert_eq!(screen(&app), Screen::Reveal);
    let run = &app.world().resource::<CurrentRun>().0;
    assert_eq!(
        run.total_points(),
        100,
        "2017 is inside the true range 2017 to 2018"
    );
}

/// The numeric keypad's Enter presses the focused button, as the main Enter does (a browser
/// driven by WebDriver sends that one too).
#[test]
fn numpad_enter_presses_buttons() {
    let mut app = app();
    press(&mut app, KeyCode::NumpadEnter); // Play
    assert_eq!(screen(&app), Screen::CaseSelect);
    press(&mut app, KeyCode::NumpadEnter); // EncroChat
    assert_eq!(screen(&app), Screen::Briefing);
    press(&mut app, KeyCode::Enter); // the main Enter still presses once
    assert_eq!(screen(&app), Screen::Question);
}
