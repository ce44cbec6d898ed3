//! A map drawn into RGBA pixels on the CPU, for the window.
//!
//! Why on the CPU, with zeno: the project's Bevy features cannot mesh concave polygons, and
//! zeno is already in every build (Bevy's text stack rasterises glyphs with it), so the map
//! adds nothing to the program or the web download; it is anti-aliased, tested pixel by pixel
//! without a GPU, and a picture is drawn once per map and size and kept
//! (docs/performance.md, *Map*).

use zeno::{Command, Fill, Join, Mask, PathBuilder, Point, Stroke};

use super::frame::Frame;
use super::{ROLE_ORDER, Scene};
use crate::content::PlaceRole;
use crate::content::atlas::atlas;

/// An sRGB colour with alpha, 8 bits a channel.
pub type Rgba = [u8; 4];

/// The colours a map is drawn in.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub sea: Rgba,
    pub land: Rgba,
    pub border: Rgba,
    /// A country's colour for each role, in the order of [`ROLE_ORDER`].
    pub roles: [Rgba; 7],
    /// The ring around a city's dot, so it stands out on any country's colour.
    pub city_ring: Rgba,
    pub route: Rgba,
}

/// The roles' colours: Okabe and Ito (2002), told apart with any common colour blindness, in
/// the order of [`ROLE_ORDER`] (servers vermillion, agency seat reddish purple, joint team sky
/// blue, court orange, action day bluish green, arrests blue, received data yellow).
pub const OKABE_ITO: [Rgba; 7] = [
    [213, 94, 0, 255],
    [204, 121, 167, 255],
    [86, 180, 233, 255],
    [230, 159, 0, 255],
    [0, 158, 115, 255],
    [0, 114, 178, 255],
    [240, 228, 66, 255],
];

impl Palette {
    /// The game's map on its navy screen (the window's and the phones').
    pub const DARK: Palette = Palette {
        sea: [23, 34, 51, 255],
        land: [52, 70, 98, 255],
        border: [120, 140, 170, 255],
        roles: OKABE_ITO,
        city_ring: [0, 0, 0, 255],
        // White: apart from every role's colour (received data is yellow).
        route: [255, 255, 255, 255],
    };

    /// High contrast: black sea, dark grey land, white borders.
    pub const HIGH_CONTRAST: Palette = Palette {
        sea: [0, 0, 0, 255],
        land: [60, 60, 60, 255],
        border: [255, 255, 255, 255],
        roles: OKABE_ITO,
        city_ring: [0, 0, 0, 255],
        route: [255, 255, 255, 255],
    };

    /// The colour of a country with `role`.
    pub fn role(&self, role: PlaceRole) -> Rgba {
        let i = ROLE_ORDER.iter().position(|r| *r == role).unwrap_or(0);
        self.roles[i]
    }
}

/// A picture: `width` x `height` pixels, rows top to bottom, 4 bytes (RGBA) a pixel.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Picture {
    /// The colour at (x, y).
    pub fn at(&self, x: u32, y: u32) -> Rgba {
        let i = ((y * self.width + x) * 4) as usize;
        [
            self.pixels[i],
            self.pixels[i + 1],
            self.pixels[i + 2],
            self.pixels[i + 3],
        ]
    }

    /// Blend `colour` through `mask` (placed at left, top); with `stripes`, only on diagonal
    /// stripes `stripes` pixels wide (a country's second role).
    #[allow(clippy::too_many_arguments)]
    fn blend(
        &mut self,
        left: i32,
        top: i32,
        w: u32,
        h: u32,
        mask: &[u8],
        colour: Rgba,
        stripes: Option<u32>,
    ) {
        for row in 0..h as i32 {
            let y = top + row;
            if y < 0 || y >= self.height as i32 {
                continue;
            }
            for col in 0..w as i32 {
                let x = left + col;
                if x < 0 || x >= self.width as i32 {
                    continue;
                }
                if let Some(width) = stripes
                    && ((x + y) as u32 / width.max(1)).is_multiple_of(2)
                {
                    continue;
                }
                let coverage = u32::from(mask[(row as u32 * w + col as u32) as usize]);
                let a = coverage * u32::from(colour[3]) / 255;
                if a == 0 {
                    continue;
                }
                let i = ((y as u32 * self.width + x as u32) * 4) as usize;
                for (c, new) in colour.iter().take(3).enumerate() {
                    let old = u32::from(self.pixels[i + c]);
                    self.pixels[i + c] = ((old * (255 - a) + u32::from(*new) * a) / 255) as u8;
                }
                self.pixels[i + 3] = 255;
            }
        }
    }

    /// Fill or stroke `commands` (pixel coordinates) in `colour`, drawing only the part inside
    /// the picture.
    fn paint(&mut self, commands: &[Command], style: Style, colour: Rgba) {
        self.paint_pattern(commands, style, colour, None);
    }

    fn paint_pattern(
        &mut self,
        commands: &[Command],
        style: Style,
        colour: Rgba,
        stripes: Option<u32>,
    ) {
        let pad = match style {
            Style::Fill => 1.0,
            Style::Stroke(width) => width + 2.0,
        };
        let Some((x0, y0, x1, y1)) = bounds(commands) else {
            return;
        };
        let left = ((x0 - pad).floor() as i32).max(0);
        let top = ((y0 - pad).floor() as i32).max(0);
        let right = ((x1 + pad).ceil() as i32).min(self.width as i32);
        let bottom = ((y1 + pad).ceil() as i32).min(self.height as i32);
        if right <= left || bottom <= top {
            return;
        }
        let (w, h) = ((right - left) as u32, (bottom - top) as u32);
        let moved: Vec<Command> = commands
            .iter()
            .map(|c| match *c {
                Command::MoveTo(p) => Command::MoveTo(shift(p, left, top)),
                Command::LineTo(p) => Command::LineTo(shift(p, left, top)),
                Command::QuadTo(a, p) => Command::QuadTo(shift(a, left, top), shift(p, left, top)),
                Command::CurveTo(a, b, p) => Command::CurveTo(
                    shift(a, left, top),
                    shift(b, left, top),
                    shift(p, left, top),
                ),
                Command::Close => Command::Close,
            })
            .collect();
        let mut mask = Mask::new(&moved);
        mask.size(w, h);
        match style {
            Style::Fill => mask.style(Fill::EvenOdd),
            Style::Stroke(width) => mask.style(*Stroke::new(width).join(Join::Round)),
        };
        let (coverage, _) = mask.render();
        self.blend(left, top, w, h, &coverage, colour, stripes);
    }
}

#[derive(Clone, Copy)]
enum Style {
    Fill,
    Stroke(f32),
}

fn shift(p: Point, left: i32, top: i32) -> Point {
    Point::new(p.x - left as f32, p.y - top as f32)
}

fn bounds(commands: &[Command]) -> Option<(f32, f32, f32, f32)> {
    // A curve stays inside the box of its control points.
    let points = commands.iter().flat_map(|c| match *c {
        Command::MoveTo(p) | Command::LineTo(p) => vec![p],
        Command::QuadTo(a, p) => vec![a, p],
        Command::CurveTo(a, b, p) => vec![a, b, p],
        Command::Close => Vec::new(),
    });
    points.fold(None, |out, p| {
        Some(match out {
            None => (p.x, p.y, p.x, p.y),
            Some((a, b, c, d)) => (a.min(p.x), b.min(p.y), c.max(p.x), d.max(p.y)),
        })
    })
}

/// Draw `scene` in `frame` with `palette`: the sea, every country (those in the scene in
/// their role's colour), their borders, the data's path and the cities. `scale` is how many
/// pixels a logical pixel is (lines and dots grow with it).
pub fn draw(scene: &Scene, frame: &Frame, palette: &Palette, scale: f32) -> Picture {
    let mut picture = Picture {
        width: frame.width,
        height: frame.height,
        pixels: palette
            .sea
            .iter()
            .copied()
            .cycle()
            .take((frame.width * frame.height * 4) as usize)
            .collect(),
    };
    let (w, h) = (frame.width as f32, frame.height as f32);
    let mut outlines: Vec<Vec<Command>> = Vec::new();
    for country in atlas().countries.iter().filter(|c| frame.may_show(c)) {
        let mut path: Vec<Command> = Vec::new();
        for ring in &country.rings {
            let mut first = true;
            for p in ring {
                let (x, y) = frame.pixel(*p);
                if !(x.is_finite() && y.is_finite()) {
                    continue;
                }
                let point = Point::new(x, y);
                path.push(if first {
                    Command::MoveTo(point)
                } else {
                    Command::LineTo(point)
                });
                first = false;
            }
            if !first {
                path.push(Command::Close);
            }
        }
        // Far from the frame (and in a map of Europe, beyond the hemisphere the projection
        // keeps readable): not drawn.
        match bounds(&path) {
            Some((x0, y0, x1, y1)) if x1 >= 0.0 && y1 >= 0.0 && x0 <= w && y0 <= h => {}
            _ => continue,
        }
        let roles = country
            .iso
            .as_deref()
            .map_or(&[][..], |iso| scene.roles_of(iso));
        let colour = roles
            .first()
            .map_or(palette.land, |role| palette.role(*role));
        picture.paint(&path, Style::Fill, colour);
        if let Some(second) = roles.get(1) {
            let width = (6.0 * scale).round() as u32;
            picture.paint_pattern(&path, Style::Fill, palette.role(*second), Some(width));
        }
        outlines.push(path);
    }
    for path in &outlines {
        picture.paint(path, Style::Stroke(0.8 * scale), palette.border);
    }
    if !scene.route.is_empty() {
        let route: Vec<Command> = scene
            .route
            .iter()
            .flat_map(|[from, to]| {
                let ((x0, y0), (x1, y1)) = (frame.pixel(*from), frame.pixel(*to));
                [
                    Command::MoveTo(Point::new(x0, y0)),
                    Command::LineTo(Point::new(x1, y1)),
                ]
            })
            .collect();
        picture.paint(&route, Style::Stroke(3.0 * scale), palette.route);
    }
    for city in &scene.cities {
        let (x, y) = frame.pixel(city.at);
        let mut ring: Vec<Command> = Vec::new();
        ring.add_circle((x, y), 7.0 * scale);
        picture.paint(&ring, Style::Fill, palette.city_ring);
        let mut dot: Vec<Command> = Vec::new();
        dot.add_circle((x, y), 5.0 * scale);
        picture.paint(&dot, Style::Fill, palette.role(city.role));
    }
    picture
}

/// Colours far apart, for tests that read pixels.
#[cfg(test)]
const TEST_PALETTE: Palette = Palette {
    sea: [20, 40, 80, 255],
    land: [90, 90, 90, 255],
    border: [0, 0, 0, 255],
    roles: [
        [230, 60, 60, 255],
        [60, 200, 60, 255],
        [60, 60, 230, 255],
        [200, 200, 60, 255],
        [200, 60, 200, 255],
        [60, 200, 200, 255],
        [250, 150, 50, 255],
    ],
    city_ring: [0, 0, 0, 255],
    route: [255, 255, 0, 255],
};

#[cfg(test)]
pub(crate) fn tests_palette() -> Palette {
    TEST_PALETTE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::atlas::LonLat;
    use crate::content::{Place, PlaceRole};
    use crate::map::Scene;

    const PALETTE: Palette = TEST_PALETTE;

    fn place(role: PlaceRole, country: &str) -> Place {
        Place {
            role,
            country: country.into(),
            city: None,
            at: None,
        }
    }

    fn pixel_at(frame: &Frame, picture: &Picture, lon: f64, lat: f64) -> Rgba {
        let (x, y) = frame.pixel(LonLat { lon, lat });
        picture.at(x.round() as u32, y.round() as u32)
    }

    #[test]
    fn france_is_filled_at_paris_and_not_at_madrid() {
        let scene = Scene::of(&[place(PlaceRole::JointTeam, "FR")]).unwrap();
        let frame = Frame::fit(&scene, 640, 400);
        let picture = draw(&scene, &frame, &PALETTE, 1.0);
        assert_eq!(
            pixel_at(&frame, &picture, 2.35, 48.86),
            PALETTE.role(PlaceRole::JointTeam),
            "Paris"
        );
        assert_eq!(
            pixel_at(&frame, &picture, -3.70, 40.42),
            PALETTE.land,
            "Madrid"
        );
        assert_eq!(
            pixel_at(&frame, &picture, -6.0, 46.0),
            PALETTE.sea,
            "Bay of Biscay"
        );
    }

    #[test]
    fn a_country_that_receives_data_is_drawn_in_its_colour_and_a_city_as_a_dot() {
        let mut places = vec![
            place(PlaceRole::ReceivedData, "BE"),
            place(PlaceRole::JointTeam, "NL"),
        ];
        places.push(Place {
            role: PlaceRole::Servers,
            country: "FR".into(),
            city: Some("Roubaix".into()),
            at: Some((50.6942, 3.1746)),
        });
        let scene = Scene::of(&places).unwrap();
        let frame = Frame::fit(&scene, 800, 600);
        assert_eq!(frame.projection, crate::map::Projection::Europe);
        let picture = draw(&scene, &frame, &PALETTE, 1.0);
        // Namur, in Belgium, away from the borders.
        assert_eq!(
            pixel_at(&frame, &picture, 4.87, 50.47),
            PALETTE.role(PlaceRole::ReceivedData)
        );
        assert_eq!(
            pixel_at(&frame, &picture, 5.9, 52.3),
            PALETTE.role(PlaceRole::JointTeam),
            "the Veluwe, in the Netherlands"
        );
        // A city colours its dot, not its country.
        assert_eq!(
            pixel_at(&frame, &picture, 3.1746, 50.6942),
            PALETTE.role(PlaceRole::Servers),
            "Roubaix"
        );
        assert_eq!(
            pixel_at(&frame, &picture, 2.35, 47.0),
            PALETTE.land,
            "France"
        );
    }

    #[test]
    fn the_data_goes_from_the_servers_to_the_seat_and_on_to_each_country_that_received_it() {
        let city = |role, country: &str, name: &str, at| Place {
            role,
            country: country.into(),
            city: Some(name.into()),
            at: Some(at),
        };
        let roubaix = city(PlaceRole::Servers, "FR", "Roubaix", (50.6942, 3.1746));
        let the_hague = city(PlaceRole::AgencySeat, "NL", "The Hague", (52.0799, 4.3113));
        let places = [
            roubaix.clone(),
            the_hague.clone(),
            place(PlaceRole::ReceivedData, "DE"),
            place(PlaceRole::ReceivedData, "GB"),
            // The seat's own country gets no line to itself.
            place(PlaceRole::ReceivedData, "NL"),
        ];
        let scene = Scene::of(&places).unwrap();
        let centre = |iso| {
            crate::content::atlas::atlas()
                .country(iso)
                .unwrap()
                .centre()
                .unwrap()
        };
        let at = |(lat, lon): (f64, f64)| LonLat { lon, lat };
        let (from, seat) = (at(roubaix.at.unwrap()), at(the_hague.at.unwrap()));
        assert_eq!(
            scene.route,
            [[from, seat], [seat, centre("DE")], [seat, centre("GB")]]
        );
        // Drawn: halfway from The Hague to Germany's centre is the route's colour.
        let frame = Frame::fit(&scene, 800, 600);
        let picture = draw(&scene, &frame, &PALETTE, 1.0);
        let (a, b) = (frame.pixel(seat), frame.pixel(centre("DE")));
        // The pixel the line's middle falls in.
        let middle = (((a.0 + b.0) / 2.0).floor(), ((a.1 + b.1) / 2.0).floor());
        assert_eq!(picture.at(middle.0 as u32, middle.1 as u32), PALETTE.route);
        // Without a city to start from there is no path: countries alone.
        let scene = Scene::of(&[
            place(PlaceRole::Servers, "FR"),
            place(PlaceRole::ReceivedData, "DE"),
        ])
        .unwrap();
        assert!(scene.route.is_empty());
    }

    #[test]
    fn a_country_with_two_roles_is_filled_in_the_first_and_striped_in_the_second() {
        let scene = Scene::of(&[
            place(PlaceRole::JointTeam, "FR"),
            place(PlaceRole::Servers, "FR"),
        ])
        .unwrap();
        assert_eq!(
            scene.roles_of("FR"),
            [PlaceRole::Servers, PlaceRole::JointTeam]
        );
        let frame = Frame::fit(&scene, 640, 400);
        let picture = draw(&scene, &frame, &PALETTE, 1.0);
        let (x, y) = frame.pixel(LonLat {
            lon: 2.35,
            lat: 47.0,
        });
        let around: Vec<Rgba> = (0..16)
            .map(|i| picture.at(x as u32 + i, y as u32))
            .collect();
        for role in [PlaceRole::Servers, PlaceRole::JointTeam] {
            assert!(
                around.contains(&PALETTE.role(role)),
                "{role:?} in {around:?}"
            );
        }
    }

    #[test]
    fn a_case_that_reaches_australia_is_drawn_on_a_world_map() {
        let scene = Scene::of(&[
            place(PlaceRole::ActionDay, "AU"),
            place(PlaceRole::JointTeam, "FR"),
        ])
        .unwrap();
        let frame = Frame::fit(&scene, 800, 400);
        assert_eq!(frame.projection, crate::map::Projection::World);
        let picture = draw(&scene, &frame, &PALETTE, 1.0);
        assert_eq!(
            pixel_at(&frame, &picture, 134.0, -25.0),
            PALETTE.role(PlaceRole::ActionDay),
            "the middle of Australia"
        );
        assert_eq!(
            pixel_at(&frame, &picture, 2.35, 46.5),
            PALETTE.role(PlaceRole::JointTeam)
        );
    }
}
