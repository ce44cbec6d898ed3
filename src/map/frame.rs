//! Which part of the world a map shows, and where a point falls in a picture of it.

use super::Scene;
use super::projection::{Planar, Projection};
use crate::content::atlas::{LonLat, atlas};

/// Inside this box (degrees) a map is of Europe (LAEA); beyond it, of the world (Equal Earth).
const EUROPE_LON: (f64, f64) = (-25.0, 45.0);
const EUROPE_LAT: (f64, f64) = (34.0, 72.0);
/// The least a map of Europe spans, in metres, so that one country is seen among its
/// neighbours.
const EUROPE_MIN_SPAN: f64 = 1_600_000.0;
/// The share of the span added around what a map must show.
const MARGIN: f64 = 0.15;

/// A projection and the rectangle of it a picture shows (metres), fitted to the picture's
/// aspect ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub projection: Projection,
    /// South-west corner, metres.
    pub min: Planar,
    /// North-east corner, metres.
    pub max: Planar,
    /// The picture's size in pixels.
    pub width: u32,
    pub height: u32,
}

impl Frame {
    /// The frame that shows everything in `scene` (each country on its mainland: France
    /// without French Guiana) in a picture of `width` x `height` pixels.
    pub fn fit(scene: &Scene, width: u32, height: u32) -> Frame {
        let atlas = atlas();
        let mut points: Vec<LonLat> = scene.cities.iter().map(|c| c.at).collect();
        for (iso, _) in &scene.countries {
            if let Some(mainland) = atlas.country(iso).and_then(|c| c.mainland()) {
                points.extend_from_slice(mainland);
            }
        }
        let in_europe = points.iter().all(|p| {
            (EUROPE_LON.0..=EUROPE_LON.1).contains(&p.lon)
                && (EUROPE_LAT.0..=EUROPE_LAT.1).contains(&p.lat)
        });
        let projection = if in_europe {
            Projection::Europe
        } else {
            Projection::World
        };
        let planar: Vec<Planar> = points.iter().map(|p| projection.forward(*p)).collect();
        let (mut min, mut max) = bounds(&planar).unwrap_or_else(|| {
            // Nothing to show: Europe around its projection's centre.
            let centre = projection.forward(LonLat {
                lon: 10.0,
                lat: 52.0,
            });
            (centre, centre)
        });
        let min_span = match projection {
            Projection::Europe => EUROPE_MIN_SPAN,
            Projection::World => 2.0 * EUROPE_MIN_SPAN,
        };
        for (lo, hi) in [(&mut min.x, &mut max.x), (&mut min.y, &mut max.y)] {
            let span = (*hi - *lo).max(min_span);
            let middle = (*hi + *lo) / 2.0;
            *lo = middle - span * (0.5 + MARGIN);
            *hi = middle + span * (0.5 + MARGIN);
        }
        Frame {
            projection,
            min,
            max,
            width,
            height,
        }
        .with_aspect()
    }

    /// The frame widened in one direction to the picture's aspect ratio (nothing is cut).
    fn with_aspect(mut self) -> Frame {
        let (w, h) = (f64::from(self.width.max(1)), f64::from(self.height.max(1)));
        let (span_x, span_y) = (self.max.x - self.min.x, self.max.y - self.min.y);
        if span_x / span_y < w / h {
            let grow = (span_y * w / h - span_x) / 2.0;
            self.min.x -= grow;
            self.max.x += grow;
        } else {
            let grow = (span_x * h / w - span_y) / 2.0;
            self.min.y -= grow;
            self.max.y += grow;
        }
        self
    }

    /// Whether `country` may appear on this map: on a map of Europe, not a country whose
    /// mainland lies beyond the hemisphere the projection keeps readable (it would be drawn
    /// inside out around the edge). Checked before any point is projected.
    pub fn may_show(&self, country: &crate::content::atlas::Country) -> bool {
        match self.projection {
            Projection::World => true,
            Projection::Europe => !country
                .mainland()
                .and_then(|m| m.first())
                .is_some_and(|p| (p.lon - 10.0).abs() > 110.0),
        }
    }

    /// Metres per pixel.
    pub fn scale(&self) -> f64 {
        (self.max.x - self.min.x) / f64::from(self.width.max(1))
    }

    /// Where `p` falls in the picture, in pixels from its top-left corner.
    pub fn pixel(&self, p: LonLat) -> (f32, f32) {
        self.planar_pixel(self.projection.forward(p))
    }

    /// Where a projected point falls in the picture.
    pub fn planar_pixel(&self, p: Planar) -> (f32, f32) {
        let s = self.scale();
        (
            ((p.x - self.min.x) / s) as f32,
            ((self.max.y - p.y) / s) as f32,
        )
    }

    /// The point at pixel (x, y).
    pub fn at_pixel(&self, x: f32, y: f32) -> LonLat {
        let s = self.scale();
        self.projection.inverse(Planar {
            x: self.min.x + f64::from(x) * s,
            y: self.max.y - f64::from(y) * s,
        })
    }
}

fn bounds(points: &[Planar]) -> Option<(Planar, Planar)> {
    let first = *points.first()?;
    Some(points.iter().fold((first, first), |(lo, hi), p| {
        (
            Planar {
                x: lo.x.min(p.x),
                y: lo.y.min(p.y),
            },
            Planar {
                x: hi.x.max(p.x),
                y: hi.y.max(p.y),
            },
        )
    }))
}
