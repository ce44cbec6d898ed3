//! Maps: where a case happened, as pixels for the window and as SVG for phones and the
//! printable report. No words here: the labels a player reads come from [`crate::report`].
//!
//! - [`projection`]: longitude and latitude to metres (LAEA Europe, Equal Earth) and back;
//! - [`frame`]: which part of the world a map shows, fitted to a picture's size;
//! - [`raster`]: the map drawn into RGBA pixels on the CPU (zeno, already Bevy's text
//!   rasteriser: nothing added to the program), for the window;
//! - [`svg`]: the same map as SVG, for phones and the printable report.
//!
//! A map is a [`Scene`]: the countries to colour by role, the cities to mark, and the path the
//! data took, all taken from a case's [`Place`]s. Nothing is drawn for a case or a stage
//! without places.

pub mod frame;
pub mod projection;
pub mod raster;
pub mod svg;

use crate::content::atlas::LonLat;
use crate::content::{Place, PlaceRole};

pub use frame::Frame;
pub use projection::Projection;

/// Every place of `case`: its own, then each stage's (repeats left out), for the debrief's map
/// of the whole case.
pub fn all_places(case: &crate::content::Case) -> Vec<Place> {
    let mut all: Vec<Place> = Vec::new();
    for place in case
        .places
        .iter()
        .chain(case.stages.iter().flat_map(|s| &s.places))
    {
        if !all.contains(place) {
            all.push(place.clone());
        }
    }
    all
}

/// The data's path through `places` ([`Scene::route`]): servers → agency seat → each
/// country that received data, from the cities among them.
fn route(places: &[Place], cities: &[City]) -> Vec<[LonLat; 2]> {
    let city = |role: PlaceRole| cities.iter().find(|c| c.role == role);
    let (servers, seat) = (city(PlaceRole::Servers), city(PlaceRole::AgencySeat));
    let mut route: Vec<[LonLat; 2]> = Vec::new();
    if let (Some(servers), Some(seat)) = (servers, seat) {
        route.push([servers.at, seat.at]);
    }
    let Some(hub) = seat.or(servers) else {
        return route;
    };
    // The hub's own country needs no line to itself.
    let hub_country = places
        .iter()
        .find(|p| p.city.as_deref() == Some(hub.name.as_str()) && p.role == hub.role)
        .map(|p| p.country.as_str());
    let atlas = crate::content::atlas::atlas();
    for place in places
        .iter()
        .filter(|p| p.role == PlaceRole::ReceivedData && Some(p.country.as_str()) != hub_country)
    {
        let to = match (&place.city, place.at) {
            (Some(_), Some((lat, lon))) => Some(LonLat { lon, lat }),
            _ => atlas.country(&place.country).and_then(|c| c.centre()),
        };
        if let Some(to) = to.filter(|to| !route.iter().any(|[_, end]| end == to)) {
            route.push([hub.at, to]);
        }
    }
    route
}

/// What a map shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Countries coloured for their roles (ISO 3166-1 alpha-2), each country's roles in the
    /// order of [`ROLE_ORDER`]: filled in the first role's colour, striped with the second's
    /// (France, servers and joint team). Places that are cities colour their dot, not their
    /// country.
    pub countries: Vec<(String, Vec<PlaceRole>)>,
    /// Cities marked with a dot, in the order the case names them.
    pub cities: Vec<City>,
    /// The data's path, leg by leg, each `[from, to]`: from the servers to the agency's seat
    /// that shared it out, then from there to each country that received data (to its
    /// mainland's [centre](crate::content::atlas::Country::centre), or its city). Starts only
    /// from a city (servers or seat) the scene names; empty otherwise.
    pub route: Vec<[LonLat; 2]>,
}

/// A city on a map.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub name: String,
    pub at: LonLat,
    pub role: PlaceRole,
}

/// The order roles are coloured in when a country has several (the first wins).
pub const ROLE_ORDER: [PlaceRole; 7] = [
    PlaceRole::Servers,
    PlaceRole::AgencySeat,
    PlaceRole::JointTeam,
    PlaceRole::Court,
    PlaceRole::ActionDay,
    PlaceRole::Arrests,
    PlaceRole::ReceivedData,
];

fn rank(role: PlaceRole) -> usize {
    ROLE_ORDER
        .iter()
        .position(|r| *r == role)
        .unwrap_or(ROLE_ORDER.len())
}

impl Scene {
    /// The scene of `places` (a case's or a stage's): `None` if there are none.
    pub fn of(places: &[Place]) -> Option<Scene> {
        if places.is_empty() {
            return None;
        }
        let mut countries: Vec<(String, Vec<PlaceRole>)> = Vec::new();
        for place in places.iter().filter(|p| p.city.is_none()) {
            match countries.iter_mut().find(|(iso, _)| *iso == place.country) {
                Some((_, roles)) if !roles.contains(&place.role) => roles.push(place.role),
                Some(_) => {}
                None => countries.push((place.country.clone(), vec![place.role])),
            }
        }
        for (_, roles) in &mut countries {
            roles.sort_by_key(|r| rank(*r));
        }
        let cities: Vec<City> = places
            .iter()
            .filter_map(|p| {
                Some(City {
                    name: p.city.clone()?,
                    at: p.at.map(|(lat, lon)| LonLat { lon, lat })?,
                    role: p.role,
                })
            })
            .collect();
        let route = route(places, &cities);
        Some(Scene {
            countries,
            cities,
            route,
        })
    }

    /// The roles a country is coloured for (none for a country not in the scene).
    pub fn roles_of(&self, iso: &str) -> &[PlaceRole] {
        self.countries
            .iter()
            .find(|(c, _)| c == iso)
            .map_or(&[], |(_, roles)| roles.as_slice())
    }

    /// Every role the scene shows (countries and cities), in the order of [`ROLE_ORDER`]:
    /// what its legend lists.
    pub fn roles(&self) -> Vec<PlaceRole> {
        ROLE_ORDER
            .iter()
            .copied()
            .filter(|role| {
                self.countries.iter().any(|(_, roles)| roles.contains(role))
                    || self.cities.iter().any(|c| c.role == *role)
            })
            .collect()
    }
}
