//! Which class session to serve: a new one with a name of its own, or a saved one brought
//! back (the one written last, or one by name). Used by the window and by tests that run a
//! class without one.

use crate::content::Case;
use crate::content::library::Library;
use crate::rules::class::Session;
use crate::store::{Store, now, rfc3339};

/// What the teacher asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// A new class of a case, with this code (a random one if none).
    New { code: Option<String> },
    /// The saved session of this name; the one written last if `None`.
    Resume(Option<String>),
}

/// A session ready to serve, its name in the store, and what to tell the teacher.
#[derive(Debug)]
pub struct Opened {
    pub session: Session,
    pub name: String,
    pub notices: Vec<String>,
}

/// Give `session` its case in every language `library` has it in, for the phones.
fn give_translations(session: &mut Session, library: &Library) {
    let id = session.case().id.clone();
    let translations = crate::content::lang::Lang::ALL
        .into_iter()
        .filter(|&l| l != crate::content::lang::Lang::En)
        .filter_map(|l| Some((l, library.case_in(&id, l)?)))
        .collect();
    session.set_translations(translations);
}

/// Open a class session: a new one of `case` (with a name no saved session has), or a saved
/// one brought back from `store` with its case found in `library`. `Err` is a sentence for
/// the teacher.
pub fn open_session(
    store: &Store,
    library: &Library,
    case: Option<&Case>,
    opening: &Opening,
    seed: u64,
) -> Result<Opened, String> {
    match opening {
        Opening::New { code } => {
            let case = case.ok_or("Choose a case first")?.clone();
            let code = code.clone().unwrap_or_else(super::new_code);
            let started = rfc3339(now());
            let name = store.new_class_name(&started, &case.id, &code);
            let mut session = Session::new(case, seed, code, started);
            give_translations(&mut session, library);
            Ok(Opened {
                session,
                name,
                notices: Vec::new(),
            })
        }
        Opening::Resume(name) => {
            let name = match name {
                Some(name) => name.clone(),
                None => store
                    .latest_class()
                    .ok_or("There is no saved class session to resume")?,
            };
            if !store.classes().contains(&name) {
                return Err(format!(
                    "There is no saved class session `{name}` (takedown export --class list lists them)"
                ));
            }
            let (saved, mut notices) = store.class_session(&name);
            let saved = saved.ok_or(format!("The class session {name} could not be read"))?;
            let case = library
                .find(&saved.case_id)
                .ok_or(format!(
                    "The case `{}` of the saved session is not in the library",
                    saved.case_id
                ))?
                .clone();
            let (mut session, dropped) = Session::restore(saved, case);
            give_translations(&mut session, library);
            notices.push(format!(
                "Resumed the class saved as {name}: {} students.",
                session.present().count()
            ));
            if dropped > 0 {
                notices.push(format!(
                    "{dropped} answers no longer fit the edited case and were left out."
                ));
            }
            Ok(Opened {
                session,
                name,
                notices,
            })
        }
    }
}
