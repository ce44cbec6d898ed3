//! Map projections: longitude and latitude (degrees, WGS 84) to metres on a plane and back.
//!
//! - [`Projection::Europe`]: Lambert azimuthal equal-area with the parameters of EPSG:3035
//!   (ETRS89-extended / LAEA Europe: centre 52°N 10°E, false easting 4,321,000 m, false
//!   northing 3,210,000 m, GRS 1980 ellipsoid). Formulas: IOGP Publication 373-7-2, Geomatics
//!   Guidance Note 7 part 2 (2019), §3.2.3.2, the same as Snyder's *Map Projections: A Working
//!   Manual* (1987), pp. 187-188.
//! - [`Projection::World`]: Equal Earth (EPSG:8857, Šavrič, Patterson and Jenny, *The Equal
//!   Earth map projection*, IJGIS 33:3, 2019), on the sphere of the same area as WGS 84.
//!
//! Both keep areas true, so a country's size on the map is its size on the ground. Eastings
//! grow to the east, northings to the north (a picture's rows grow the other way).

pub use crate::content::atlas::LonLat;

/// A point on the projected plane, in metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Planar {
    pub x: f64,
    pub y: f64,
}

/// The projections the game draws maps in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Projection {
    /// Lambert azimuthal equal-area, EPSG:3035: a case that stays in and around Europe.
    Europe,
    /// Equal Earth, EPSG:8857: a case that reaches the Americas, Asia or Australia.
    World,
}

// GRS 1980.
const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_222_101;
const LAT0: f64 = 52.0;
const LON0: f64 = 10.0;
const FALSE_EASTING: f64 = 4_321_000.0;
const FALSE_NORTHING: f64 = 3_210_000.0;

/// Equal Earth's polynomial coefficients and the radius of the sphere with WGS 84's area.
const EE: [f64; 4] = [1.340_264, -0.081_106, 0.000_893, 0.003_796];
const EE_RADIUS: f64 = 6_371_007.181;

impl Projection {
    /// Where `p` falls on the plane, in metres.
    pub fn forward(self, p: LonLat) -> Planar {
        match self {
            Projection::Europe => laea_forward(p),
            Projection::World => equal_earth_forward(p),
        }
    }

    /// The point at `p` on the plane (for points the projection can reach).
    pub fn inverse(self, p: Planar) -> LonLat {
        match self {
            Projection::Europe => laea_inverse(p),
            Projection::World => equal_earth_inverse(p),
        }
    }
}

fn e2() -> f64 {
    F * (2.0 - F)
}

/// Snyder's q: the authalic function of a latitude (radians).
fn q(phi: f64) -> f64 {
    let e2 = e2();
    let e = e2.sqrt();
    let s = phi.sin();
    (1.0 - e2) * (s / (1.0 - e2 * s * s) - (1.0 / (2.0 * e)) * ((1.0 - e * s) / (1.0 + e * s)).ln())
}

struct Laea {
    beta0: f64,
    rq: f64,
    d: f64,
    qp: f64,
}

/// The projection's constants, worked out once (they were worked out for every point).
fn laea() -> &'static Laea {
    static LAEA: std::sync::OnceLock<Laea> = std::sync::OnceLock::new();
    LAEA.get_or_init(laea_constants)
}

fn laea_constants() -> Laea {
    let e2 = e2();
    let phi0 = LAT0.to_radians();
    let qp = q(std::f64::consts::FRAC_PI_2);
    let beta0 = (q(phi0) / qp).asin();
    let rq = A * (qp / 2.0).sqrt();
    let d = A * (phi0.cos() / (1.0 - e2 * phi0.sin().powi(2)).sqrt()) / (rq * beta0.cos());
    Laea { beta0, rq, d, qp }
}

fn laea_forward(p: LonLat) -> Planar {
    let &Laea { beta0, rq, d, qp } = laea();
    let beta = (q(p.lat.to_radians()) / qp).clamp(-1.0, 1.0).asin();
    let dl = (p.lon - LON0).to_radians();
    let b =
        rq * (2.0 / (1.0 + beta0.sin() * beta.sin() + beta0.cos() * beta.cos() * dl.cos())).sqrt();
    Planar {
        x: FALSE_EASTING + b * d * beta.cos() * dl.sin(),
        y: FALSE_NORTHING
            + (b / d) * (beta0.cos() * beta.sin() - beta0.sin() * beta.cos() * dl.cos()),
    }
}

fn laea_inverse(p: Planar) -> LonLat {
    let &Laea { beta0, rq, d, .. } = laea();
    let e2 = e2();
    let (dx, dy) = (p.x - FALSE_EASTING, p.y - FALSE_NORTHING);
    let rho = ((dx / d).powi(2) + (d * dy).powi(2)).sqrt();
    if rho < 1e-9 {
        return LonLat {
            lon: LON0,
            lat: LAT0,
        };
    }
    let c = 2.0 * (rho / (2.0 * rq)).clamp(-1.0, 1.0).asin();
    let beta = (c.cos() * beta0.sin() + d * dy * c.sin() * beta0.cos() / rho)
        .clamp(-1.0, 1.0)
        .asin();
    let lon = LON0.to_radians()
        + (dx * c.sin())
            .atan2(d * rho * beta0.cos() * c.cos() - d * d * dy * beta0.sin() * c.sin());
    let (e4, e6) = (e2 * e2, e2 * e2 * e2);
    let lat = beta
        + (e2 / 3.0 + 31.0 * e4 / 180.0 + 517.0 * e6 / 5040.0) * (2.0 * beta).sin()
        + (23.0 * e4 / 360.0 + 251.0 * e6 / 3780.0) * (4.0 * beta).sin()
        + (761.0 * e6 / 45360.0) * (6.0 * beta).sin();
    LonLat {
        lon: lon.to_degrees(),
        lat: lat.to_degrees(),
    }
}

const SQRT3: f64 = 1.732_050_807_568_877_2;

fn equal_earth_forward(p: LonLat) -> Planar {
    let [a1, a2, a3, a4] = EE;
    let theta = (SQRT3 / 2.0 * p.lat.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let denominator = 3.0 * (a1 + 3.0 * a2 * t2 + t6 * (7.0 * a3 + 9.0 * a4 * t2));
    Planar {
        x: EE_RADIUS * 2.0 * SQRT3 * p.lon.to_radians() * theta.cos() / denominator,
        y: EE_RADIUS * theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2)),
    }
}

fn equal_earth_inverse(p: Planar) -> LonLat {
    let [a1, a2, a3, a4] = EE;
    let y = p.y / EE_RADIUS;
    // Newton's method on theta (converges in a handful of steps).
    let mut theta = y;
    for _ in 0..12 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let f = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2)) - y;
        let df = a1 + 3.0 * a2 * t2 + t6 * (7.0 * a3 + 9.0 * a4 * t2);
        let step = f / df;
        theta -= step;
        if step.abs() < 1e-12 {
            break;
        }
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let denominator = 3.0 * (a1 + 3.0 * a2 * t2 + t6 * (7.0 * a3 + 9.0 * a4 * t2));
    let lon = p.x / EE_RADIUS * denominator / (2.0 * SQRT3 * theta.cos());
    let lat = (theta.sin() * 2.0 / SQRT3).clamp(-1.0, 1.0).asin();
    LonLat {
        lon: lon.to_degrees(),
        lat: lat.to_degrees(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn laea_europe_matches_the_iogp_worked_example() {
        // IOGP 373-7-2, §3.2.3.2: 50°N 5°E in EPSG:3035 is E 3,962,799.45 m, N 2,999,718.85 m.
        let p = Projection::Europe.forward(LonLat {
            lon: 5.0,
            lat: 50.0,
        });
        assert!((p.x - 3_962_799.45).abs() < 0.01, "{p:?}");
        assert!((p.y - 2_999_718.85).abs() < 0.01, "{p:?}");
        let back = Projection::Europe.inverse(p);
        assert!(
            (back.lon - 5.0).abs() < 1e-9 && (back.lat - 50.0).abs() < 1e-7,
            "{back:?}"
        );
    }

    #[test]
    fn both_projections_round_trip_over_the_places_they_draw() {
        let mut worst: f64 = 0.0;
        for (projection, lons, lats) in [
            (
                Projection::Europe,
                (-30..=45).step_by(5),
                (25..=75).step_by(5),
            ),
            (
                Projection::World,
                (-180..=180).step_by(15),
                (-85..=85).step_by(5),
            ),
        ] {
            for lon in lons.clone() {
                for lat in lats.clone() {
                    let p = LonLat {
                        lon: lon as f64 + 0.37,
                        lat: lat as f64 - 0.21,
                    };
                    let p = LonLat {
                        lon: p.lon.clamp(-179.9, 179.9),
                        lat: p.lat,
                    };
                    let back = projection.inverse(projection.forward(p));
                    worst = worst
                        .max((back.lon - p.lon).abs())
                        .max((back.lat - p.lat).abs());
                }
            }
        }
        // A millionth of a degree: about 0.1 m on the ground.
        assert!(worst < 1e-6, "worst round-trip error {worst}°");
    }

    /// The area of a small quadrangle on the map, by the shoelace formula over its edges.
    fn mapped_area(projection: Projection, lon: f64, lat: f64, size: f64) -> f64 {
        let steps = 20;
        let mut ring = Vec::new();
        for i in 0..steps {
            ring.push((lon + size * i as f64 / steps as f64, lat));
        }
        for i in 0..steps {
            ring.push((lon + size, lat + size * i as f64 / steps as f64));
        }
        for i in 0..steps {
            ring.push((lon + size - size * i as f64 / steps as f64, lat + size));
        }
        for i in 0..steps {
            ring.push((lon, lat + size - size * i as f64 / steps as f64));
        }
        let points: Vec<Planar> = ring
            .iter()
            .map(|&(lon, lat)| projection.forward(LonLat { lon, lat }))
            .collect();
        let mut twice = 0.0;
        for (i, p) in points.iter().enumerate() {
            let q = points[(i + 1) % points.len()];
            twice += p.x * q.y - q.x * p.y;
        }
        twice.abs() / 2.0
    }

    #[test]
    fn equal_area_a_degree_square_in_lapland_and_in_sicily_keep_their_true_ratio() {
        // On a sphere the area between two parallels is proportional to the difference of the
        // sines of their latitudes: the ratio of two 1° squares is independent of the radius.
        for projection in [Projection::Europe, Projection::World] {
            let north = mapped_area(projection, 25.0, 68.0, 1.0);
            let south = mapped_area(projection, 14.0, 37.0, 1.0);
            let truth = (69f64.to_radians().sin() - 68f64.to_radians().sin())
                / (38f64.to_radians().sin() - 37f64.to_radians().sin());
            let ratio = north / south;
            // The ellipsoid (Europe) differs from the sphere by well under 1%.
            assert!(
                (ratio / truth - 1.0).abs() < 0.01,
                "{projection:?}: {ratio} against {truth}"
            );
        }
    }
}
