//! A map as SVG, for the phone page and the printable report: the same scene and frame as the
//! window's picture, with points closer than a pixel merged, so a map of Europe is a few tens
//! of kilobytes.

use std::fmt::Write;

use super::Scene;
use super::frame::Frame;
use super::raster::{Palette, Rgba};
use crate::content::atlas::atlas;

fn hex(c: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

/// `scene` in `frame` as an SVG document (`width` x `height` user units, scaled by the page).
/// `title`: the map's accessible name, read by screen readers (escaped here).
pub fn svg(scene: &Scene, frame: &Frame, palette: &Palette, title: &str) -> String {
    let (w, h) = (frame.width as f32, frame.height as f32);
    let mut out = String::with_capacity(32 * 1024);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img"><title>{}</title><rect width="100%" height="100%" fill="{}"/>"#,
        frame.width,
        frame.height,
        escape(title),
        hex(palette.sea)
    );
    // Second roles, striped: one pattern each, defined at the end (SVG allows it).
    let mut stripes = Vec::new();
    for country in atlas().countries.iter().filter(|c| frame.may_show(c)) {
        let mut d = String::new();
        let mut inside = false;
        for ring in &country.rings {
            let projected: Vec<(f32, f32)> = ring
                .iter()
                .map(|p| frame.pixel(*p))
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .collect();
            inside |= projected
                .iter()
                .any(|&(x, y)| x >= 0.0 && y >= 0.0 && x <= w && y <= h);
            // Only the part within a few pixels of the picture: what lies beyond is not seen.
            let clipped = clip(&projected, -MARGIN, -MARGIN, w + MARGIN, h + MARGIN);
            let mut last: Option<(f32, f32)> = None;
            for &(x, y) in &clipped {
                if last.is_some_and(|(lx, ly)| (lx - x).abs() + (ly - y).abs() < 1.5) {
                    continue;
                }
                let _ = write!(
                    d,
                    "{}{:.1} {:.1}",
                    if last.is_none() { "M" } else { "L" },
                    x,
                    y
                );
                last = Some((x, y));
            }
            if last.is_some() {
                d.push('Z');
            }
        }
        if !inside || d.is_empty() {
            continue;
        }
        let roles = country
            .iso
            .as_deref()
            .map_or(&[][..], |iso| scene.roles_of(iso));
        let fill = roles.first().map_or(palette.land, |r| palette.role(*r));
        let _ = write!(
            out,
            r#"<path d="{d}" fill="{}" fill-rule="evenodd" stroke="{}" stroke-width="0.6"/>"#,
            hex(fill),
            hex(palette.border)
        );
        if let Some(second) = roles.get(1) {
            let id = stripes.len();
            stripes.push(*second);
            let _ = write!(
                out,
                r#"<path d="{d}" fill="url(#s{id})" fill-rule="evenodd"/>"#
            );
        }
    }
    if !scene.route.is_empty() {
        let legs: Vec<String> = scene
            .route
            .iter()
            .map(|[from, to]| {
                let ((x0, y0), (x1, y1)) = (frame.pixel(*from), frame.pixel(*to));
                format!("M{x0:.1} {y0:.1}L{x1:.1} {y1:.1}")
            })
            .collect();
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{}" stroke-width="3" stroke-linecap="round"/>"#,
            legs.concat(),
            hex(palette.route)
        );
    }
    for city in &scene.cities {
        let (x, y) = frame.pixel(city.at);
        let _ = write!(
            out,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="{}" stroke="{}" stroke-width="2"/>"#,
            hex(palette.role(city.role)),
            hex(palette.city_ring)
        );
    }
    if !stripes.is_empty() {
        out.push_str("<defs>");
        for (id, role) in stripes.iter().enumerate() {
            let _ = write!(
                out,
                r#"<pattern id="s{id}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="8" fill="{}"/></pattern>"#,
                hex(palette.role(*role))
            );
        }
        out.push_str("</defs>");
    }
    out.push_str("</svg>");
    out
}

/// How far beyond the picture outlines are kept (so their strokes do not show at its edge).
const MARGIN: f32 = 4.0;

/// A ring clipped to a rectangle (Sutherland-Hodgman; the ring stays closed).
fn clip(ring: &[(f32, f32)], x0: f32, y0: f32, x1: f32, y1: f32) -> Vec<(f32, f32)> {
    type Inside = fn(&(f32, f32), f32) -> bool;
    type Cross = fn((f32, f32), (f32, f32), f32) -> (f32, f32);
    let at_x: Cross = |a, b, x| (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0));
    let at_y: Cross = |a, b, y| (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y);
    let edges: [(Inside, Cross, f32); 4] = [
        (|p, v| p.0 >= v, at_x, x0),
        (|p, v| p.0 <= v, at_x, x1),
        (|p, v| p.1 >= v, at_y, y0),
        (|p, v| p.1 <= v, at_y, y1),
    ];
    let mut out = ring.to_vec();
    for (inside, cross, value) in edges {
        let input = std::mem::take(&mut out);
        for (i, &p) in input.iter().enumerate() {
            let q = input[(i + input.len() - 1) % input.len()];
            match (inside(&p, value), inside(&q, value)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(cross(q, p, value));
                    out.push(p);
                }
                (false, true) => out.push(cross(q, p, value)),
                (false, false) => {}
            }
        }
    }
    out
}

/// Text made safe inside HTML and SVG (maud's escaping: `&`, `<`, `>`, `"`).
fn escape(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Place, PlaceRole};

    #[test]
    fn the_svg_colours_the_scenes_countries_and_marks_its_cities_in_a_few_tens_of_kilobytes() {
        let scene = Scene::of(&[
            Place {
                role: PlaceRole::Servers,
                country: "FR".into(),
                city: Some("Roubaix".into()),
                at: Some((50.6942, 3.1746)),
            },
            Place {
                role: PlaceRole::AgencySeat,
                country: "NL".into(),
                city: Some("The Hague".into()),
                at: Some((52.0799, 4.3113)),
            },
            Place {
                role: PlaceRole::ReceivedData,
                country: "DE".into(),
                city: None,
                at: None,
            },
        ])
        .unwrap();
        let frame = Frame::fit(&scene, 400, 300);
        let palette = crate::map::raster::tests_palette();
        let svg = svg(&scene, &frame, &palette, "Where <it> happened");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<title>Where &lt;it&gt; happened</title>"));
        assert_eq!(svg.matches("<circle").count(), 2);
        // The route: two legs, Roubaix to The Hague, The Hague to Germany.
        let route = format!(r#"stroke="{}""#, hex(palette.route));
        let leg = svg
            .split("<path")
            .find(|p| p.contains(&route))
            .expect("the route is drawn");
        assert_eq!(leg.matches('M').count(), 2, "{leg}");
        assert!(svg.contains(&format!(
            r#"fill="{}""#,
            hex(palette.role(PlaceRole::Servers))
        )));
        assert!(svg.contains(&format!(
            r#"fill="{}""#,
            hex(palette.role(PlaceRole::AgencySeat))
        )));
        assert!(svg.len() < 60_000, "{} bytes", svg.len());
        // Australia is not drawn on a map of Europe.
        assert!(svg.matches("<path").count() < 80);
    }
}
