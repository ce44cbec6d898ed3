//! Words on screen that follow the language: a text (or a button whose first child is its
//! text) marked [`Said`] is said again, in place, when the settings' language changes. Screens
//! spawn their words once in the language of the moment; only the title and the settings,
//! where the language is chosen, need to change under the player's eyes.

use bevy::prelude::*;

use super::settings::Settings;
use crate::content::lang::Lang;
use crate::report::lang::{Arg, say};

/// A message of `assets/lang/*.ftl` with its arguments, said in the settings' language.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(id: &'static str, args: Vec<(&'static str, Arg)>) -> Said {
        Said { id, args }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        say(lang, self.id, &self.args)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, relabel.run_if(resource_changed::<Settings>));
}

/// Say every [`Said`] text again when the language changes.
fn relabel(
    settings: Res<Settings>,
    mut last: Local<Option<Lang>>,
    said: Query<(Entity, &Said, Option<&Children>)>,
    mut texts: Query<&mut Text>,
) {
    let lang = settings.lang;
    if last.replace(lang) == Some(lang) || settings.is_added() {
        return;
    }
    for (entity, said, children) in &said {
        let target = if texts.contains(entity) {
            entity
        } else {
            match children.and_then(|c| c.first()) {
                Some(&child) => child,
                None => continue,
            }
        };
        if let Ok(mut text) = texts.get_mut(target) {
            let wanted = said.text(lang);
            if text.0 != wanted {
                text.0 = wanted;
            }
        }
    }
}
