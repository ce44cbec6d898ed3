//! What a screen reader finds in the window: each screen's accessibility tree, built as Bevy's
//! window sends it to the system (every entity with an `AccessibilityNode`, under the window,
//! focus on the focused entity) and read by `accesskit_consumer`, the crate the platform
//! adapters read it with. Every focusable element has a role and a name, in the player's
//! language; the text field has its value and its "Read as" line; the slider its value in
//! words; the reveal is announced in one live message; a screen reader's own actions work.

mod common;

use accesskit::{Action as Verb, ActionData, ActionRequest, Live, NodeId, Role, TreeId};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::text::EditableText;
use common::a11y::{Seen, focusable, seen};
use common::{headless, press, screen, show_first_question};
use takedown::content::lang::Lang;
use takedown::content::library::Library;
use takedown::game::{EstimateField, EstimateSlider, Options, Screen};
use takedown::rules::progress::Run;

fn named(list: &[Seen], role: Role, name: &str) -> bool {
    list.iter().any(|s| s.role == role && s.name == name)
}

/// Whether a button's name starts with `start`.
fn button_starting(list: &[Seen], start: &str) -> bool {
    list.iter()
        .any(|s| s.role == Role::Button && s.name.starts_with(start))
}

/// The one element of `list` in `role` (the field, the slider).
fn the(list: &[Seen], role: Role) -> Seen {
    list.iter()
        .find(|s| s.role == role)
        .unwrap_or_else(|| panic!("no {role:?} in {list:#?}"))
        .clone()
}

fn game(lang: Lang) -> App {
    headless(Options {
        lang: Some(lang),
        seed: 7,
        ..Options::default()
    })
}

fn encrochat() -> Run {
    let case = Library::load(None).find("encrochat").unwrap().clone();
    Run::new(case, 7)
}

fn type_text(app: &mut App, text: &str) {
    let world = app.world_mut();
    let mut fields = world.query_filtered::<&mut EditableText, With<EstimateField>>();
    fields.single_mut(world).unwrap().editor.set_text(text);
    app.update();
    app.update();
}

#[test]
fn the_title_and_the_case_list_name_every_button_and_heading() {
    let mut app = game(Lang::En);
    let title = focusable(&mut app);
    assert!(named(&title, Role::Button, "Play"), "{title:#?}");
    let all = seen(&mut app);
    assert!(
        all.iter()
            .any(|s| s.role == Role::Heading && s.name == "TAKEDOWN"),
        "{all:#?}"
    );
    // Focus is where the game's keys have it, and the tree says so.
    let focused: Vec<_> = all.iter().filter(|s| s.focused).collect();
    assert_eq!(focused.len(), 1, "{all:#?}");
    assert_eq!(focused[0].name, "Play");

    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::CaseSelect);
    let cases = focusable(&mut app);
    // Each case is a button named by its card's words (its title first).
    assert!(button_starting(&cases, "EncroChat"), "{cases:#?}");
    // Plain text is there to read, not only the controls.
    let all = seen(&mut app);
    assert!(
        all.iter()
            .any(|s| s.role == Role::Label && !s.value.is_empty())
    );
}

#[test]
fn a_question_exposes_its_field_and_slider_and_the_reveal_is_announced() {
    let mut app = game(Lang::En);
    let run = encrochat();
    let prompt = run.case().stages[0].question.prompt().to_string();
    show_first_question(&mut app, run);
    let controls = focusable(&mut app);
    let field = &the(&controls, Role::TextInput);
    assert_eq!(field.name, prompt);
    assert!(field.focused, "the field has focus as the question opens");
    let slider = &the(&controls, Role::Slider);
    assert_eq!(slider.name, prompt);
    assert_eq!(slider.value, "no estimate yet");
    assert_eq!(slider.description, "no estimate yet");
    // Untouched, it has no value to suggest an answer.
    assert_eq!(slider.numeric, None);

    type_text(&mut app, "2018");
    let controls = focusable(&mut app);
    let field = &the(&controls, Role::TextInput);
    assert_eq!(field.value, "2018");
    assert_eq!(
        field.text.as_deref(),
        Some("2018"),
        "the text by character too"
    );
    assert_eq!(field.description, "Read as 2018. Enter submits.");

    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    let said: Vec<_> = seen(&mut app)
        .into_iter()
        .filter(|s| s.live == Live::Assertive && !s.name.is_empty())
        .collect();
    assert_eq!(said.len(), 1, "{said:#?}");
    let all = seen(&mut app);
    // The reveal has a heading to jump to; its timeline is read as words, not lone years.
    assert!(
        all.iter()
            .any(|s| s.role == Role::Heading && s.name.starts_with("STAGE 1: ")),
        "{all:#?}"
    );
    assert!(!all.iter().any(|s| s.value == "2017"), "{all:#?}");
    assert!(
        all.iter()
            .any(|s| s.role == Role::Label && s.value.starts_with("Timeline ")),
        "the timeline in words: {all:#?}"
    );
    let reveal = takedown::report::reveal::Reveal::of(
        &app.world().resource::<takedown::game::CurrentRun>().0,
    )
    .unwrap();
    assert_eq!(said[0].name, reveal.announcement(Lang::En));
    assert!(
        said[0].name.starts_with(&format!(
            "The answer: {}. Your estimate: 2018. ",
            reveal.truth
        )),
        "{}",
        said[0].name
    );
    assert!(
        said[0]
            .name
            .ends_with(&format!("{} points.", reveal.points)),
        "{}",
        said[0].name
    );
    focusable(&mut app);
}

#[test]
fn a_screen_readers_own_actions_work_like_the_keys() {
    let mut app = game(Lang::En);
    show_first_question(&mut app, encrochat());
    let controls = focusable(&mut app);
    let slider = the(&controls, Role::Slider);
    let request = |app: &mut App, entity: Entity, action, data| {
        app.world_mut()
            .write_message(bevy::a11y::ActionRequest(ActionRequest {
                action,
                target_tree: TreeId::ROOT,
                target_node: NodeId(entity.to_bits()),
                data,
            }));
        app.update();
        app.update();
    };
    // Focus moves where the screen reader asks, to a control only (the tree stops if focus is
    // on something without a node: the window, say).
    request(&mut app, slider.entity, Verb::Focus, None);
    assert_eq!(
        app.world().resource::<InputFocus>().get(),
        Some(slider.entity)
    );
    let window = app
        .world_mut()
        .query_filtered::<Entity, With<bevy::window::PrimaryWindow>>()
        .single(app.world())
        .unwrap();
    request(&mut app, window, Verb::Focus, None);
    assert_eq!(
        app.world().resource::<InputFocus>().get(),
        Some(slider.entity)
    );
    let slider_entity = slider.entity;
    // Increment moves the slider and writes into the field, as ↑ does.
    request(&mut app, slider.entity, Verb::Increment, None);
    let world = app.world_mut();
    let touched = world
        .query::<&EstimateSlider>()
        .single(world)
        .unwrap()
        .touched;
    assert!(touched);
    let controls = focusable(&mut app);
    let field = the(&controls, Role::TextInput);
    assert!(!field.value.is_empty());
    assert_eq!(
        field.description,
        format!("Read as {}. Enter submits.", field.value)
    );
    // The slider's value in words is the field's reading (a year here: the year).
    let slider = &the(&controls, Role::Slider);
    assert_eq!(slider.value, field.value);
    assert_eq!(
        slider.numeric.map(|n| n.to_string()),
        Some(field.value.clone())
    );
    // Decrement moves it back down, as ↓ does: a year at a time.
    let up: i32 = field.value.parse().unwrap();
    request(&mut app, slider_entity, Verb::Decrement, None);
    request(&mut app, slider_entity, Verb::Decrement, None);
    let controls = focusable(&mut app);
    let field = the(&controls, Role::TextInput);
    assert_eq!(field.value.parse::<i32>().unwrap(), up - 2);
    // A value set by the screen reader is typed into the field.
    request(
        &mut app,
        field.entity,
        Verb::SetValue,
        Some(ActionData::Value("2019".into())),
    );
    let controls = focusable(&mut app);
    let field = the(&controls, Role::TextInput);
    assert_eq!(field.value, "2019");
    // Clicking the submit button submits.
    let submit = controls
        .iter()
        .find(|s| s.role == Role::Button && s.name == "Submit")
        .unwrap()
        .clone();
    request(&mut app, submit.entity, Verb::Click, None);
    assert_eq!(screen(&app), Screen::Reveal);
}

#[test]
fn names_are_in_the_players_language_and_order_buttons_say_what_they_move() {
    let mut app = game(Lang::Fr);
    let title = focusable(&mut app);
    assert!(named(&title, Role::Button, "Jouer"), "{title:#?}");

    // The first order question of a case: ▲ and ▼ say which event they move.
    let mut run = encrochat();
    let case = run.case().clone();
    let order = case
        .stages
        .iter()
        .position(|s| matches!(s.question, takedown::content::Question::Order(_)))
        .expect("EncroChat has an order question");
    let answers = common::right_answers(&run);
    let mut app = game(Lang::De);
    for answer in &answers[..order] {
        run.advance();
        run.submit_text(answer).unwrap();
    }
    show_first_question(&mut app, run);
    let controls = focusable(&mut app);
    assert!(button_starting(&controls, "Nach oben: "), "{controls:#?}");
}

/// The slider's value is said in words with its unit, as the field reads it ("€6,500"), once
/// the player has set it, here to a figure as the web page's range input sets it.
#[test]
fn the_sliders_value_is_said_with_its_unit() {
    let mut run = encrochat();
    let answers = common::right_answers(&run);
    run.advance();
    run.submit_text(&answers[0]).unwrap();
    let mut app = game(Lang::En);
    show_first_question(&mut app, run); // stage 2: a price in euros
    let controls = focusable(&mut app);
    let slider = the(&controls, Role::Slider);
    assert_eq!(slider.value, "no estimate yet");
    app.world_mut()
        .write_message(bevy::a11y::ActionRequest(ActionRequest {
            action: Verb::SetValue,
            target_tree: TreeId::ROOT,
            target_node: NodeId(slider.entity.to_bits()),
            data: Some(ActionData::NumericValue(6500.0)),
        }));
    for _ in 0..3 {
        app.update();
    }
    let controls = focusable(&mut app);
    let slider = &the(&controls, Role::Slider);
    assert_eq!(slider.value, "€6,500", "{controls:#?}");
    assert_eq!(slider.description, "€6,500");
    let field = &the(&controls, Role::TextInput);
    assert_eq!(field.value, "6,500", "the slider writes into the field");
}

/// While the settings are open over a question, only they are offered to a screen reader (the
/// question under them takes no input); closed, the question is back.
#[test]
fn the_settings_hide_the_screen_under_them() {
    let mut app = game(Lang::En);
    show_first_question(&mut app, encrochat());
    assert!(
        focusable(&mut app)
            .iter()
            .any(|s| s.role == Role::TextInput)
    );
    press(&mut app, KeyCode::Escape);
    assert_eq!(common::overlay(&app), takedown::game::Overlay::Settings);
    let open = focusable(&mut app);
    assert!(
        open.iter().all(|s| s.role == Role::Button),
        "only the settings' buttons: {open:#?}"
    );
    assert!(
        open.iter().any(|s| s.name.starts_with("Text size")),
        "{open:#?}"
    );
    press(&mut app, KeyCode::Escape);
    assert!(
        focusable(&mut app)
            .iter()
            .any(|s| s.role == Role::TextInput)
    );
}
