//! The estimate slider: a log scale for quantities, a linear one for years. ↑ ↓ move it from
//! the field or the slider (← → too when the slider has focus; Shift: faster); a click puts it
//! where the pointer is; with it focused, + and − widen and narrow an 80% range around the
//! guess, and Shift+click sets the nearer end. It starts with no value, so it never suggests an
//! answer. The field and the slider follow each other.
//!
//! Why not `bevy_ui_widgets::Slider`: Bevy's slider moves only with its own focus and fixed
//! steps, and moves its value on every press. This one also answers ↑ ↓ typed in the field,
//! steps ten times as far with Shift, and must leave the guess where it is on Shift+click (that
//! sets a range end) — so its key and pointer handling would be ours either way, split across
//! Bevy's observers and ours. The mapping from position to value is in [`crate::rules::slider`].

use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::text::{EditableText, TextEdit, TextEditChange};
use bevy::ui::RelativeCursorPosition;

use super::palette::{Fill, Role};
use crate::content::lang::Lang;
use crate::content::{Estimate, Scale};
use crate::game::actions::Action;
use crate::report::numbers::slider_label;
use crate::rules::answer::parse_estimate_for;
use crate::rules::slider;

/// The slider's systems; screens decide when they run (not under an overlay).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SliderSystems;

pub(super) fn plugin(app: &mut App) {
    app.add_observer(typing_moves_slider);
    app.add_systems(
        Update,
        (slider_keys, slider_pointer, draw_slider)
            .chain()
            .in_set(SliderSystems),
    );
    app.add_systems(
        PostUpdate,
        slider_in_words.before(crate::game::a11y::Describing),
    );
}

/// The slider's value for a screen reader: what the field reads it as ("6,558 arrests", with
/// the 80% range if one is set), or that it has none yet.
fn slider_in_words(
    mut commands: Commands,
    sliders: Query<(Entity, &EstimateSlider), Changed<EstimateSlider>>,
) {
    for (entity, slider) in &sliders {
        let range = slider.estimate.slider_range();
        let text = match parse_estimate_for(&slider.text(), &slider.estimate, slider.lang) {
            Ok(read) if slider.touched => crate::report::numbers::guess_with_range(
                slider.lang,
                &slider.estimate,
                read.guess,
                read.range,
            ),
            Ok(_) | Err(_) => crate::report::lang::word(slider.lang, "slider-no-value"),
        };
        commands
            .entity(entity)
            .insert(crate::game::a11y::SliderValue {
                text,
                at: slider
                    .touched
                    .then(|| slider::value_at(&slider.estimate, slider.t)),
                min: range.min,
                max: range.max,
            });
    }
}

/// The text field that shows (and sets) an estimate.
#[derive(Component, Debug, Default)]
pub struct EstimateField;

/// The slider: position from 0 (left) to 1 (right), and whether the player has used it (an
/// untouched slider shows no value, so it does not anchor the guess).
#[derive(Component, Debug)]
pub struct EstimateSlider {
    /// The question it answers: its scale and ends.
    pub estimate: Estimate,
    /// The field it writes into.
    pub field: Entity,
    pub t: f64,
    pub touched: bool,
    /// The player's 80% range on the slider (positions from 0 to 1), if set.
    pub range: Option<(f64, f64)>,
    /// The language its figures are written and read in (`31.600` in German).
    pub lang: Lang,
}

impl EstimateSlider {
    /// What the field shows for the slider: `31,600`, `31,600 (10,000-100,000)`.
    pub fn text(&self) -> String {
        let show = |t: f64| {
            slider_label(
                self.lang,
                &self.estimate,
                slider::value_at(&self.estimate, t),
            )
        };
        match self.range {
            Some((low, high)) => format!("{} ({}-{})", show(self.t), show(low), show(high)),
            None => show(self.t),
        }
    }

    /// Follow what the player typed, if it reads as an estimate. Text the slider wrote itself
    /// leaves the slider where it is (re-reading the rounded figures would nudge it). Returns
    /// whether the slider moved.
    pub fn follow(&mut self, typed: &str) -> bool {
        let Ok(typed) = parse_estimate_for(typed, &self.estimate, self.lang) else {
            return false;
        };
        let at = |t: f64| slider::value_at(&self.estimate, t);
        let same_range = match (self.range, typed.range) {
            (Some((l, h)), Some((tl, th))) => at(l) == tl && at(h) == th,
            (None, None) => true,
            _ => false,
        };
        if self.touched && at(self.t) == typed.guess && same_range {
            return false;
        }
        let position = |v: f64| slider::position_of(&self.estimate, v);
        self.t = position(typed.guess);
        self.touched = true;
        self.range = typed
            .range
            .map(|(low, high)| (position(low), position(high)));
        true
    }

    /// Move the guess by `presses` arrow presses (`fast` with Shift); a range moves with it.
    pub fn step(&mut self, presses: i32, fast: bool) {
        self.t = slider::step(&self.estimate, self.t, presses, fast);
        self.touched = true;
        if let Some((low, high)) = self.range {
            self.range = Some((low.min(self.t), high.max(self.t)));
        }
    }

    /// Widen (or narrow) the 80% range around the guess by a fifth of a decade, or a year.
    pub fn widen(&mut self, wider: bool) {
        let presses = if self.estimate.scale == Scale::Linear {
            1
        } else {
            4
        };
        let step = slider::step(&self.estimate, 0.0, presses, false);
        let (low, high) = self.range.unwrap_or((self.t, self.t));
        let (low, high) = if wider {
            ((low - step).max(0.0), (high + step).min(1.0))
        } else {
            ((low + step).min(self.t), (high - step).max(self.t))
        };
        self.range = (high - low > 1e-9).then_some((low, high));
    }

    /// A click at position `t`: the guess goes there, or with `shift` the nearer range end.
    pub fn click(&mut self, t: f64, shift: bool) -> bool {
        if shift && self.touched {
            let (low, high) = self.range.unwrap_or((self.t, self.t));
            let range = if t < self.t {
                (t, high)
            } else if t > self.t {
                (low, t)
            } else {
                (low, high)
            };
            let range = (range.1 - range.0 > 1e-9).then_some(range);
            let changed = self.range != range;
            self.range = range;
            return changed;
        }
        if (t - self.t).abs() <= 1e-6 && self.touched {
            return false;
        }
        self.t = t;
        self.touched = true;
        if let Some((low, high)) = self.range {
            self.range = Some((low.min(t), high.max(t)));
        }
        true
    }
}

#[derive(Component)]
struct SliderRangeBand;

#[derive(Component)]
struct SliderFill;

#[derive(Component)]
struct SliderThumb;

/// The field for an estimate: Enter submits it.
pub fn estimate_field(font_size: f32) -> impl Bundle {
    (
        Name::new("Estimate field"),
        EstimateField,
        Action::Submit,
        bevy::input_focus::AutoFocus,
        super::widgets::text_field(16.0, 60, font_size, 240.0),
    )
}

/// A slider for `estimate` that writes into `field`.
pub fn estimate_slider(estimate: &Estimate, field: Entity, lang: Lang) -> impl Bundle {
    (
        Name::new("Estimate slider"),
        EstimateSlider {
            estimate: estimate.clone(),
            field,
            t: 0.5,
            touched: false,
            range: None,
            lang,
        },
        Action::Submit,
        TabIndex(0),
        Interaction::default(),
        RelativeCursorPosition::default(),
        Node {
            flex_grow: 1.0,
            min_width: px(200),
            height: px(28),
            justify_content: JustifyContent::Center,
            flex_direction: FlexDirection::Column,
            ..default()
        },
        Outline::new(px(3), px(4), Color::NONE),
        children![
            (
                Node {
                    width: percent(100),
                    height: px(8),
                    border_radius: BorderRadius::all(px(4)),
                    ..default()
                },
                Fill::solid(Role::Track),
                Pickable::IGNORE,
                children![(
                    SliderFill,
                    Node {
                        width: percent(0),
                        height: percent(100),
                        border_radius: BorderRadius::all(px(4)),
                        ..default()
                    },
                    Fill::solid(Role::Guess),
                    Pickable::IGNORE,
                )],
            ),
            (
                SliderRangeBand,
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(0),
                    width: percent(0),
                    height: px(18),
                    border_radius: BorderRadius::all(px(9)),
                    ..default()
                },
                Fill(Role::Guess, 0.3),
                Visibility::Hidden,
                Pickable::IGNORE,
            ),
            (
                SliderThumb,
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(50),
                    margin: UiRect::left(px(-12)),
                    width: px(24),
                    height: px(24),
                    border: UiRect::all(px(3)),
                    border_radius: BorderRadius::all(px(12)),
                    ..default()
                },
                Fill::solid(Role::Track),
                super::palette::Edge(Role::Muted),
                Pickable::IGNORE,
            ),
        ],
    )
}

/// What the player typed moves the slider to match (after Bevy applied the edit).
fn typing_moves_slider(
    change: On<TextEditChange>,
    fields: Query<&EditableText, With<EstimateField>>,
    mut sliders: Query<&mut EstimateSlider>,
) {
    let field = change.event_target();
    let Ok(editable) = fields.get(field) else {
        return;
    };
    let text = editable.value().to_string();
    for mut slider in sliders.iter_mut().filter(|s| s.field == field) {
        slider.follow(&text);
    }
}

/// Write the slider's value into its field, so Enter submits what the slider shows.
pub(crate) fn show_in_field(slider: &EstimateSlider, fields: &mut Query<&mut EditableText>) {
    if let Ok(mut editable) = fields.get_mut(slider.field) {
        editable.editor.set_text(&slider.text());
        editable.queue_edit(TextEdit::TextEnd(false));
    }
}

fn slider_keys(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    mut sliders: Query<(Entity, &mut EstimateSlider)>,
    mut fields: Query<&mut EditableText>,
) {
    let fast = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    for (entity, mut slider) in &mut sliders {
        let focused = focus.get() == Some(entity);
        let mut presses = 0;
        if keys.just_pressed(KeyCode::ArrowUp)
            || (focused && keys.just_pressed(KeyCode::ArrowRight))
        {
            presses += 1;
        }
        if keys.just_pressed(KeyCode::ArrowDown)
            || (focused && keys.just_pressed(KeyCode::ArrowLeft))
        {
            presses -= 1;
        }
        if presses != 0 {
            slider.step(presses, fast);
            show_in_field(&slider, &mut fields);
        }
        if focused && slider.touched {
            let wider = keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]);
            let narrower = keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]);
            if wider || narrower {
                slider.widen(wider);
                show_in_field(&slider, &mut fields);
            }
        }
    }
}

/// Pressing the pointer on the slider (or dragging it) moves it; Shift sets a range end. It
/// never submits the answer.
fn slider_pointer(
    keys: Res<ButtonInput<KeyCode>>,
    mut sliders: Query<(
        Entity,
        &Interaction,
        &RelativeCursorPosition,
        &mut EstimateSlider,
    )>,
    mut fields: Query<&mut EditableText>,
    mut focus: ResMut<InputFocus>,
) {
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    for (entity, interaction, cursor, mut slider) in &mut sliders {
        if *interaction != Interaction::Pressed {
            continue;
        }
        let Some(at) = cursor.normalized else {
            continue;
        };
        if focus.get() != Some(entity) {
            focus.set(entity, bevy::input_focus::FocusCause::Pressed);
        }
        let t = (f64::from(at.x) + 0.5).clamp(0.0, 1.0);
        if slider.click(t, shift) {
            show_in_field(&slider, &mut fields);
        }
    }
}

fn draw_slider(
    sliders: Query<(&EstimateSlider, &Children), Changed<EstimateSlider>>,
    children: Query<&Children>,
    mut nodes: Query<&mut Node>,
    mut fills: Query<&mut Fill>,
    mut visibility: Query<&mut Visibility>,
    parts: Query<(Has<SliderFill>, Has<SliderThumb>, Has<SliderRangeBand>)>,
) {
    for (slider, own) in &sliders {
        let at = (slider.t * 100.0) as f32;
        for part in own
            .iter()
            .flat_map(|c| std::iter::once(c).chain(children.get(c).into_iter().flatten().copied()))
        {
            let Ok((is_fill, is_thumb, is_band)) = parts.get(part) else {
                continue;
            };
            let Ok(mut node) = nodes.get_mut(part) else {
                continue;
            };
            if is_fill {
                node.width = percent(if slider.touched { at } else { 0.0 });
            } else if is_thumb {
                node.left = percent(at);
                if let Ok(mut fill) = fills.get_mut(part) {
                    fill.set_if_neq(Fill::solid(if slider.touched {
                        Role::Guess
                    } else {
                        Role::Track
                    }));
                }
            } else if is_band {
                let shown = match slider.range {
                    Some((low, high)) => {
                        node.left = percent((low * 100.0) as f32);
                        node.width = percent(((high - low) * 100.0) as f32);
                        Visibility::Inherited
                    }
                    None => Visibility::Hidden,
                };
                if let Ok(mut v) = visibility.get_mut(part) {
                    v.set_if_neq(shown);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Question;
    use crate::testing::small_case;

    fn slider_for(stage: usize) -> EstimateSlider {
        let Question::Estimate(estimate) = small_case().stages[stage].question.clone() else {
            unreachable!("the small case asks estimates")
        };
        EstimateSlider {
            estimate,
            field: Entity::PLACEHOLDER,
            t: 0.5,
            touched: false,
            range: None,
            lang: Lang::En,
        }
    }

    #[test]
    fn typing_moves_the_slider_and_its_own_text_does_not_nudge_it() {
        let mut slider = slider_for(0);
        assert!(slider.follow("31,600 (10k-100k)"));
        assert!(slider.touched);
        assert_eq!(slider.text(), "31,600 (10,000-100,000)");
        let (t, range) = (slider.t, slider.range);
        assert!(!slider.follow(&slider.text()), "its own text leaves it");
        assert_eq!((slider.t, slider.range), (t, range));
        assert!(!slider.follow("lots"), "unreadable text leaves it");
    }

    /// In German the slider writes `31.600` and reads it back as the same figure.
    #[test]
    fn the_slider_writes_and_reads_the_players_language() {
        let mut slider = slider_for(0);
        slider.lang = Lang::De;
        assert!(slider.follow("31.600 (10.000-100.000)"));
        assert_eq!(slider.text(), "31.600 (10.000-100.000)");
        assert!(!slider.follow(&slider.text()), "its own text leaves it");
        slider.lang = Lang::Fr;
        assert_eq!(
            slider.text(),
            "31\u{202f}600 (10\u{202f}000-100\u{202f}000)"
        );
        assert!(!slider.follow(&slider.text()), "its own text leaves it");
    }

    #[test]
    fn clicks_move_the_guess_and_shift_clicks_set_a_range_end() {
        let mut slider = slider_for(1);
        assert!(
            slider.click(0.25, true) && slider.range.is_none() && slider.t == 0.25,
            "a first Shift+click only places the guess"
        );
        assert!(slider.click(0.75, true));
        assert_eq!(slider.range, Some((0.25, 0.75)));
        assert_eq!(slider.text(), "2000 (2000-2020)");
        slider.widen(false);
        assert_eq!(slider.text(), "2000 (2000-2019)");
        assert!(slider.click(0.5, false));
        assert_eq!(
            slider.text(),
            "2010 (2000-2019)",
            "the range keeps surrounding the guess"
        );
    }
}
