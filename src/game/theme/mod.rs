//! Look and feel: the palette, the widgets every screen is built from, and how they respond.
//!
//! - [`palette`]: colour roles, painted from the [`palette::Palette`] resource;
//! - [`widgets`]: text, buttons, fields, panels, the scrolling screen layout;
//! - [`slider`]: the estimate slider (log or linear, with the 80% range band);
//! - [`number_line`] and [`chart`]: the reveal's line and the debrief's charts;
//! - [`keypad`]: the on-screen keypad for estimates;
//! - [`icons`]: the icon of each kind of figure (people, arrests, money…);
//! - [`map`]: where a case or a stage happened, with its legend;
//! - [`timeline`]: where the stages sit in the case's years;
//! - [`interaction`]: hover colours, the focus ring, scrolling.

pub mod chart;
pub mod class_line;
pub mod icons;
pub mod interaction;
pub mod keypad;
pub mod map;
pub mod number_line;
pub mod palette;
pub mod slider;
pub mod timeline;
pub mod widgets;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        palette::plugin,
        interaction::plugin,
        slider::plugin,
        map::plugin,
        icons::plugin,
    ));
}
