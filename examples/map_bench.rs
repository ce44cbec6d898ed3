//! The maps of every shipped case: how long each takes to draw on the CPU, how large its SVG
//! is, and (with a folder) the pictures themselves to look at.
//!
//!   cargo run --release --example map_bench -- [OUT_DIR]
//!
//! Prints, per case and per stage with places: the time to frame and draw the picture at the
//! window's size (960 x 600 pixels: a 640 x 400 map at 1.5 pixels a logical pixel), and the SVG's
//! size for phones. With OUT_DIR, writes `<case>.png`, `<case>-<stage>.png` and `.svg` there.

use std::time::Instant;

use takedown::content::library::Library;
use takedown::map::raster::{self, Palette};
use takedown::map::{Frame, Scene, svg};

const PALETTE: Palette = Palette::DARK;

fn main() {
    let out = std::env::args().nth(1).map(std::path::PathBuf::from);
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).expect("the output folder can be made");
    }
    // The atlas is read once, on first use: timed apart.
    let started = Instant::now();
    let countries = takedown::content::atlas::atlas().countries.len();
    println!(
        "atlas: {countries} countries read in {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let library = Library::load(None);
    let mut times = Vec::new();
    for case in library.cases() {
        let mut maps = vec![(case.id.clone(), &case.places)];
        for stage in &case.stages {
            maps.push((format!("{}-{}", case.id, stage.id), &stage.places));
        }
        for (name, places) in maps {
            let Some(scene) = Scene::of(places) else {
                continue;
            };
            let started = Instant::now();
            let frame = Frame::fit(&scene, 960, 600);
            let picture = raster::draw(&scene, &frame, &PALETTE, 1.5);
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            times.push(ms);
            let small = Frame::fit(&scene, 400, 250);
            let svg = svg::svg(&scene, &small, &PALETTE, &name);
            println!(
                "{name}: {ms:.1} ms to draw ({:?}), SVG {:.1} kB",
                frame.projection,
                svg.len() as f64 / 1000.0
            );
            if let Some(dir) = &out {
                image::save_buffer(
                    dir.join(format!("{name}.png")),
                    &picture.pixels,
                    picture.width,
                    picture.height,
                    image::ColorType::Rgba8,
                )
                .expect("the picture is written");
                std::fs::write(dir.join(format!("{name}.svg")), svg).expect("the SVG is written");
            }
        }
    }
    times.sort_by(f64::total_cmp);
    if let (Some(median), Some(max)) = (times.get(times.len() / 2), times.last()) {
        println!(
            "{} maps: median {median:.1} ms, slowest {max:.1} ms to draw",
            times.len()
        );
    }
}
