//! Class mode is not in the web version: a browser page cannot serve other phones. These are
//! the few names the rest of the game refers to, so that it builds unchanged; `Host a class` is
//! not shown on the title screen there.

use bevy::prelude::*;

use super::{Cases, Storage};
use crate::content::Case;

/// How the teacher asked for a class. Never set on the web.
#[derive(Resource, Debug, Clone, Default)]
pub struct ClassSetup;

/// A class under way. Never made on the web.
#[derive(Resource, Debug)]
pub struct ClassRoom;

/// What the teacher does (only the settings' "End the class" is named outside class mode).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Teacher {
    EndClass,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Teacher>();
}

/// Nothing to wake: there is no server.
pub fn waker(_: Option<&bevy::winit::EventLoopProxyWrapper>) {}

/// Always refused: there is no server on the web.
pub fn start_class(
    _: Option<&Case>,
    _: &ClassSetup,
    _: &Cases,
    _: &Storage,
    _: (),
    _: crate::content::lang::Lang,
) -> Result<ClassRoom, String> {
    Err("class mode needs the desktop game (takedown host)".into())
}
