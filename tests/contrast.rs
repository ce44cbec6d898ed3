//! WCAG 2.2 AA's contrast, on what the screens really draw, in the normal palette and in high
//! contrast: every text against the colour behind it at least 4.5:1 (3:1 for large text: 24 px,
//! or 18.66 px bold), a text inside a button against the button in each of its states (still,
//! hovered, pressed); the focus ring against what it is drawn on, and a text field's border
//! against the field and what is around it, at least 3:1 (non-text contrast, 1.4.11).

mod common;

use bevy::prelude::*;
use common::{headless, press, screen, show_first_question};
use takedown::content::library::Library;
use takedown::game::theme::palette::{Edge, Fill, Ink, Palette, Role};
use takedown::game::{Options, Screen};
use takedown::rules::progress::Run;

/// WCAG's relative luminance of an sRGB colour.
fn luminance(colour: Color) -> f64 {
    let c = colour.to_srgba();
    let linear = |v: f32| {
        let v = f64::from(v);
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(c.red) + 0.7152 * linear(c.green) + 0.0722 * linear(c.blue)
}

/// WCAG's contrast ratio, from 1 to 21.
fn ratio(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every contrast problem on the screen now, as sentences.
fn problems(app: &mut App, when: &str) -> Vec<String> {
    let palette = *app.world().resource::<Palette>();
    let world = app.world_mut();
    // Each node's parent, opaque fill and whether it is a button.
    let mut nodes = world.query::<(
        Entity,
        Option<&ChildOf>,
        Option<&Fill>,
        Has<bevy::ui_widgets::Button>,
    )>();
    let nodes: std::collections::HashMap<Entity, (Option<Entity>, Option<Role>, bool)> = nodes
        .iter(world)
        .map(|(e, parent, fill, button)| {
            let opaque = fill.filter(|f| f.1 >= 0.99).map(|f| f.0);
            (e, (parent.map(ChildOf::parent), opaque, button))
        })
        .collect();
    // The colours behind `entity`: the nearest opaque fill around it (a button's in each of its
    // states), else the screen's background.
    let behind = |entity: Entity| -> Vec<Role> {
        let mut at = Some(entity);
        while let Some(e) = at {
            let Some(&(parent, fill, button)) = nodes.get(&e) else {
                break;
            };
            if button {
                return vec![Role::Button, Role::ButtonHover, Role::ButtonPressed];
            }
            if let Some(fill) = fill {
                return vec![fill];
            }
            at = parent;
        }
        vec![Role::Background]
    };
    let mut found = Vec::new();
    let mut texts = world.query::<(Entity, &Ink, &TextFont, &Text)>();
    let texts: Vec<_> = texts
        .iter(world)
        .filter(|(.., text)| !text.0.trim().is_empty())
        .map(|(e, ink, font, text)| (e, ink.0, font.clone(), text.0.clone()))
        .collect();
    for (entity, ink, font, text) in texts {
        let px = match font.font_size {
            bevy::text::FontSize::Px(px) => px,
            _ => 0.0,
        };
        let bold = font.font == takedown::game::fonts::BOLD.into();
        let large = px >= 24.0 || (bold && px >= 18.66);
        let needed = if large { 3.0 } else { 4.5 };
        for back in behind(entity) {
            let r = ratio(palette.colour(ink), palette.colour(back));
            if r < needed {
                found.push(format!(
                    "{when}: {ink:?} text on {back:?} is {r:.2}:1 (needs {needed}:1): {text:?}"
                ));
            }
        }
    }
    // Focus ring and field borders: 3:1 against the colours next to them.
    for back in [
        Role::Button,
        Role::ButtonHover,
        Role::Field,
        Role::Background,
        Role::Panel,
    ] {
        let r = ratio(palette.colour(Role::Focus), palette.colour(back));
        if r < 3.0 {
            found.push(format!("{when}: the focus ring on {back:?} is {r:.2}:1"));
        }
    }
    let mut fields = world.query_filtered::<(Entity, &Edge), With<bevy::text::EditableText>>();
    let fields: Vec<_> = fields.iter(world).map(|(e, edge)| (e, edge.0)).collect();
    for (field, edge) in fields {
        let around = nodes
            .get(&field)
            .and_then(|n| n.0)
            .map(behind)
            .unwrap_or(vec![Role::Background]);
        for back in std::iter::once(Role::Field).chain(around) {
            let r = ratio(palette.colour(edge), palette.colour(back));
            if r < 3.0 {
                found.push(format!(
                    "{when}: a text field's {edge:?} border on {back:?} is {r:.2}:1"
                ));
            }
        }
    }
    found
}

/// The screens a player meets, each checked in both palettes.
fn check_screens(high_contrast: bool) -> Vec<String> {
    let mut app = headless(Options {
        seed: 7,
        ..Options::default()
    });
    app.insert_resource(Palette { high_contrast });
    app.update();
    let mut found = problems(&mut app, "title");
    press(&mut app, KeyCode::Escape);
    found.extend(problems(&mut app, "settings"));
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::CaseSelect);
    found.extend(problems(&mut app, "case list"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Briefing);
    found.extend(problems(&mut app, "briefing"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Question);
    found.extend(problems(&mut app, "question"));
    let world = app.world_mut();
    let mut fields = world
        .query_filtered::<&mut bevy::text::EditableText, With<takedown::game::EstimateField>>();
    fields.single_mut(world).unwrap().editor.set_text("2018");
    app.update();
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Reveal);
    for _ in 0..200 {
        app.update(); // the reveal's animation, to its end
    }
    found.extend(problems(&mut app, "reveal"));

    // A choice and an order question.
    let case = Library::load(None).find("encrochat").unwrap().clone();
    for kind in ["choice", "order"] {
        let mut run = Run::new(case.clone(), 7);
        let answers = common::right_answers(&run);
        let at = case
            .stages
            .iter()
            .position(|s| match &s.question {
                takedown::content::Question::Choice(_) => kind == "choice",
                takedown::content::Question::Order(_) => kind == "order",
                takedown::content::Question::Estimate(_) => false,
            })
            .unwrap();
        for answer in &answers[..at] {
            run.advance();
            run.submit_text(answer).unwrap();
        }
        let mut app = headless(Options {
            seed: 7,
            ..Options::default()
        });
        app.insert_resource(Palette { high_contrast });
        show_first_question(&mut app, run);
        found.extend(problems(&mut app, kind));
    }
    found
}

#[test]
fn every_text_and_control_has_enough_contrast_in_the_normal_palette() {
    let found = check_screens(false);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_text_and_control_has_enough_contrast_in_high_contrast() {
    let found = check_screens(true);
    assert!(found.is_empty(), "{found:#?}");
}
