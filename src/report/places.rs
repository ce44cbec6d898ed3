//! Places in words: a map's legend, its accessible name, and the list the terminal and the
//! phone's screen reader read instead of the picture; countries and cities in the player's
//! language.

use crate::content::atlas::atlas;
use crate::content::{Place, PlaceRole};
use crate::map::ROLE_ORDER;
use crate::report::lang::{Lang, say, word};

/// A role as the legend names it.
pub fn role_name(lang: Lang, role: PlaceRole) -> String {
    word(
        lang,
        match role {
            PlaceRole::Servers => "role-servers",
            PlaceRole::JointTeam => "role-joint-team",
            PlaceRole::AgencySeat => "role-agency-seat",
            PlaceRole::ActionDay => "role-action-day",
            PlaceRole::ReceivedData => "role-received-data",
            PlaceRole::Arrests => "role-arrests",
            PlaceRole::Court => "role-court",
        },
    )
}

/// The message id of a message that may be missing, if `lang` or English has it.
fn known(lang: Lang, id: &str) -> Option<String> {
    let said = word(lang, id);
    (said != id).then_some(said)
}

/// A country's name from its ISO code, in `lang` (the atlas's English name if the game has no
/// words for it, the code itself if the atlas does not know it either).
pub fn country_name(lang: Lang, iso: &str) -> String {
    known(lang, &format!("country-{iso}")).unwrap_or_else(|| {
        atlas()
            .country(iso)
            .map_or_else(|| iso.to_string(), |c| c.name.clone())
    })
}

/// A country named in English in a case's list of countries, in `lang`: `Netherlands` →
/// `Pays-Bas`. A name the atlas does not know is shown as written.
pub fn country_named(lang: Lang, english: &str) -> String {
    let iso = match english {
        "European Union" => Some("EU".to_string()),
        "United States" => Some("US".to_string()),
        _ => atlas()
            .countries
            .iter()
            .find(|c| c.name == english)
            .and_then(|c| c.iso.clone()),
    };
    iso.and_then(|iso| known(lang, &format!("country-{iso}")))
        .unwrap_or_else(|| english.to_string())
}

/// A case's countries, in `lang`, as a list: `France, Pays-Bas, Belgique`.
pub fn countries(lang: Lang, english: &[String]) -> String {
    english
        .iter()
        .map(|c| country_named(lang, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The message id of a city: `The Hague` → `city-the-hague`.
pub fn city_id(english: &str) -> String {
    format!("city-{}", english.to_lowercase().replace(' ', "-"))
}

/// A city named in English in a case file, in `lang`: `The Hague` → `La Haye`, `Den Haag`.
pub fn city_name(lang: Lang, english: &str) -> String {
    known(lang, &city_id(english)).unwrap_or_else(|| english.to_string())
}

/// One line per role, in the legend's order: "Servers: Roubaix (France)", "Joint
/// investigation team: France, Netherlands".
pub fn places_in_words(lang: Lang, places: &[Place]) -> Vec<String> {
    ROLE_ORDER
        .iter()
        .filter_map(|role| {
            let mut names: Vec<String> = Vec::new();
            for place in places.iter().filter(|p| p.role == *role) {
                let country = country_name(lang, &place.country);
                let name = match &place.city {
                    Some(city) => say(
                        lang,
                        "place-in-country",
                        &[
                            ("city", city_name(lang, city).into()),
                            ("country", country.into()),
                        ],
                    ),
                    None => country,
                };
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            (!names.is_empty()).then(|| {
                say(
                    lang,
                    "places-line",
                    &[
                        ("role", role_name(lang, *role).into()),
                        ("places", names.join(", ").into()),
                    ],
                )
            })
        })
        .collect()
}

/// A map's accessible name: "Map. Servers: Roubaix (France). Joint investigation team: France,
/// Netherlands."
pub fn map_label(lang: Lang, places: &[Place]) -> String {
    say(
        lang,
        "map-label",
        &[("places", places_in_words(lang, places).join(". ").into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(role: PlaceRole, country: &str, city: Option<&str>) -> Place {
        Place {
            role,
            country: country.into(),
            city: city.map(str::to_string),
            at: city.map(|_| (50.0, 3.0)),
        }
    }

    #[test]
    fn places_read_as_one_line_per_role_in_the_legends_order() {
        let places = [
            place(PlaceRole::JointTeam, "FR", None),
            place(PlaceRole::Servers, "FR", Some("Roubaix")),
            place(PlaceRole::JointTeam, "NL", None),
            place(PlaceRole::JointTeam, "NL", None),
        ];
        assert_eq!(
            places_in_words(Lang::En, &places),
            [
                "Servers: Roubaix (France)",
                "Joint investigation team: France, Netherlands"
            ]
        );
        assert_eq!(
            map_label(Lang::En, &places),
            "Map. Servers: Roubaix (France). Joint investigation team: France, Netherlands."
        );
        let hague = [place(PlaceRole::AgencySeat, "NL", Some("The Hague"))];
        assert_eq!(
            places_in_words(Lang::De, &hague),
            ["Sitz der Behörde: Den Haag (Niederlande)"]
        );
        assert_eq!(
            places_in_words(Lang::Fr, &hague),
            ["Siège de l’agence\u{a0}: La Haye (Pays-Bas)"]
        );
    }

    /// Every country and city a shipped case names has its name in every language.
    #[test]
    fn every_place_of_every_case_is_named_in_every_language() {
        let library = crate::content::library::Library::load(None);
        for case in library.cases() {
            let places = case
                .places
                .iter()
                .chain(case.stages.iter().flat_map(|s| &s.places));
            for place in places {
                for lang in Lang::ALL {
                    let id = format!("country-{}", place.country);
                    assert!(known(lang, &id).is_some(), "{lang} {id}");
                    if let Some(city) = &place.city {
                        assert!(known(lang, &city_id(city)).is_some(), "{lang} {city}");
                    }
                }
            }
            for country in &case.countries {
                assert_ne!(country_named(Lang::Nl, country), "", "{country}");
                assert!(
                    Lang::ALL.iter().all(|&l| {
                        let iso = match country.as_str() {
                            "European Union" => "EU".to_string(),
                            "United States" => "US".to_string(),
                            _ => atlas()
                                .countries
                                .iter()
                                .find(|c| c.name == *country)
                                .and_then(|c| c.iso.clone())
                                .unwrap_or_default(),
                        };
                        known(l, &format!("country-{iso}")).is_some()
                    }),
                    "{country} has a name in every language"
                );
            }
        }
    }
}
