//! Places in words: a map's legend, its accessible name, and the list the terminal and the
//! phone's screen reader read instead of the picture.

use crate::content::atlas::atlas;
use crate::content::{Place, PlaceRole};
use crate::map::ROLE_ORDER;

/// A role as the legend names it.
pub fn role_name(role: PlaceRole) -> &'static str {
    match role {
        PlaceRole::Servers => "Servers",
        PlaceRole::JointTeam => "Joint investigation team",
        PlaceRole::AgencySeat => "Agency seat",
        PlaceRole::ActionDay => "Action day",
        PlaceRole::ReceivedData => "Received the data",
        PlaceRole::Arrests => "Arrests",
        PlaceRole::Court => "Court",
    }
}

/// A country's name from its code (the code itself if the atlas does not know it).
pub fn country_name(iso: &str) -> String {
    atlas()
        .country(iso)
        .map_or_else(|| iso.to_string(), |c| c.name.clone())
}

/// One line per role, in the legend's order: "Servers: Roubaix (France)", "Joint
/// investigation team: France, Netherlands".
pub fn places_in_words(places: &[Place]) -> Vec<String> {
    ROLE_ORDER
        .iter()
        .filter_map(|role| {
            let mut names: Vec<String> = Vec::new();
            for place in places.iter().filter(|p| p.role == *role) {
                let country = country_name(&place.country);
                let name = match &place.city {
                    Some(city) => format!("{city} ({country})"),
                    None => country,
                };
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            (!names.is_empty()).then(|| format!("{}: {}", role_name(*role), names.join(", ")))
        })
        .collect()
}

/// A map's accessible name: "Map: Servers: Roubaix (France). Joint investigation team: France,
/// Netherlands."
pub fn map_label(places: &[Place]) -> String {
    format!("Map. {}.", places_in_words(places).join(". "))
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
            places_in_words(&places),
            [
                "Servers: Roubaix (France)",
                "Joint investigation team: France, Netherlands"
            ]
        );
        assert_eq!(
            map_label(&places),
            "Map. Servers: Roubaix (France). Joint investigation team: France, Netherlands."
        );
    }
}
