//! Which class session to serve: a new one with a name of its own, or a saved one brought
//! back (the one written last, or one by name). Used by the window and by tests that run a
//! class without one.

use crate::content::Case;
use crate::content::lang::Lang;
use crate::content::library::Library;
use crate::report::lang::{say, word};
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

/// A session ready to serve, its name in the store, and what to tell the teacher (in the
/// teacher's language).
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
/// the teacher; it and the notices are in `lang`.
pub fn open_session(
    store: &Store,
    library: &Library,
    case: Option<&Case>,
    opening: &Opening,
    seed: u64,
    lang: Lang,
) -> Result<Opened, String> {
    match opening {
        Opening::New { code } => {
            let case = case
                .ok_or_else(|| word(lang, "class-open-no-case"))?
                .clone();
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
                    .ok_or_else(|| word(lang, "class-open-nothing-to-resume"))?,
            };
            let named = [("name", name.as_str().into())];
            if !store.classes().contains(&name) {
                return Err(say(lang, "class-open-no-such-session", &named));
            }
            let (saved, warnings) = store.class_session(&name);
            let mut notices: Vec<String> = warnings.iter().map(|w| w.say(lang)).collect();
            let saved = saved.ok_or_else(|| {
                if warnings.is_empty() {
                    say(lang, "class-open-unreadable", &named)
                } else {
                    say(
                        lang,
                        "class-open-unreadable-why",
                        &[
                            ("name", name.as_str().into()),
                            ("why", crate::store::say_all(&warnings, lang).into()),
                        ],
                    )
                }
            })?;
            let case = library
                .find(&saved.case_id)
                .ok_or_else(|| {
                    say(
                        lang,
                        "class-open-case-missing",
                        &[("case", saved.case_id.as_str().into())],
                    )
                })?
                .clone();
            let (mut session, dropped) = Session::restore(saved, case);
            give_translations(&mut session, library);
            notices.push(say(
                lang,
                "class-resumed",
                &[
                    ("name", name.as_str().into()),
                    ("students", session.present().count().into()),
                ],
            ));
            if dropped > 0 {
                notices.push(say(
                    lang,
                    "class-answers-dropped",
                    &[("answers", dropped.into())],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Backend, MemoryBackend};
    use std::sync::Arc;

    #[test]
    fn a_class_opens_and_resumes_in_the_teachers_language() {
        let memory = Arc::new(MemoryBackend::default());
        let store = Store::shared(memory.clone());
        let library = Library::load(None);
        let resume = |name: Option<&str>, lang| {
            open_session(
                &store,
                &library,
                None,
                &Opening::Resume(name.map(str::to_string)),
                1,
                lang,
            )
        };
        assert_eq!(
            resume(None, Lang::Fr).unwrap_err(),
            "Il n’y a aucune séance de classe enregistrée à reprendre"
        );
        assert_eq!(
            resume(Some("gone"), Lang::Nl).unwrap_err(),
            "Er is geen bewaarde klassessie ‘gone’ (takedown export --class list toont ze)"
        );
        let new = Opening::New {
            code: Some("4821".into()),
        };
        assert_eq!(
            open_session(&store, &library, None, &new, 1, Lang::De).unwrap_err(),
            "Wählen Sie zuerst einen Fall"
        );

        let case = library.find("encrochat");
        let opened = open_session(&store, &library, case, &new, 1, Lang::De).unwrap();
        assert!(opened.notices.is_empty());
        let mut session = opened.session;
        for i in 0..2 {
            session
                .join("4821", &format!("S{i}"), &format!("t{i}"), "now")
                .unwrap();
        }
        store
            .save_class_json(&opened.name, &session.saved())
            .unwrap();
        // The computer stopped halfway through a line of the journal.
        let journal = format!("classes/{}.journal", Store::profile_folder(&opened.name));
        memory.append(&journal, b"{\"at\":\"2026-12-0").unwrap();

        let back = resume(None, Lang::De).unwrap();
        assert_eq!(back.name, opened.name);
        assert_eq!(
            back.notices,
            vec![
                format!(
                    "1 der letzten Änderungen an der Klassensitzung konnte nicht gelesen werden und \
                     wurde ausgelassen (Arbeitsspeicher: {journal})"
                ),
                format!(
                    "Die als {} gespeicherte Klasse wird fortgesetzt: 2 Teilnehmende.",
                    opened.name
                ),
            ]
        );
    }
}
