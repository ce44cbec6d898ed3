//! Figures of the web version in headless Chromium (software WebGL2), for
//! `docs/performance.md`: the size of the `.wasm` raw and gzipped, the time from opening the
//! page to the title screen, and the browser's CPU while the page waits on a question (it
//! should draw only when something changes, as the desktop game does).
//!
//!   cargo run --example web_bench -- DIST_DIR
//!
//! Run by `scripts/bench-web.sh`. Serves DIST_DIR on 127.0.0.1 only; stops after about a minute.

#[path = "../tests/common/browser.rs"]
mod browser;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use browser::{Driver, Viewport, serve};

/// CPU time so far of every process started with `marker` on its command line, in clock ticks.
fn cpu_ticks(marker: &str) -> u64 {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .chars()
                .all(|c| c.is_ascii_digit())
        })
        .filter(|e| {
            std::fs::read(e.path().join("cmdline"))
                .is_ok_and(|c| String::from_utf8_lossy(&c).contains(marker))
        })
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .map(|stat| {
            // Fields after the command name in parentheses: utime is the 14th, stime the 15th.
            let rest = stat.rsplit_once(") ").map_or("", |(_, r)| r);
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let field = |i: usize| fields.get(i - 3).and_then(|f| f.parse::<u64>().ok());
            field(14).unwrap_or(0) + field(15).unwrap_or(0)
        })
        .sum()
}

fn gzipped_size(path: &Path) -> u64 {
    let mut gzip = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip");
    let mut out = Vec::new();
    std::io::Read::read_to_end(gzip.stdout.as_mut().unwrap(), &mut out).unwrap();
    let _ = gzip.wait();
    out.len() as u64
}

fn main() {
    let dist = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "web/dist".to_string()),
    );
    let wasm = dist.join("takedown_bg.wasm");
    let raw = std::fs::metadata(&wasm)
        .unwrap_or_else(|_| panic!("no {}: run scripts/build-web.sh first", wasm.display()))
        .len();
    let gz = gzipped_size(&wasm);
    println!(
        "takedown_bg.wasm: {:.1} MB raw, {:.1} MB gzipped",
        raw as f64 / 1e6,
        gz as f64 / 1e6
    );

    let profile = std::env::temp_dir().join(format!("takedown-web-bench-{}", std::process::id()));
    let driver = Driver::start(
        &profile,
        Viewport::Desktop {
            width: 1280,
            height: 800,
        },
    )
    .expect("chromium and chromedriver (apt-get install chromium chromium-driver)");
    let marker = profile.display().to_string();
    // Frames the page presents: wgpu's WebGL2 back end copies each finished frame to the
    // canvas with one blitFramebuffer, so counting those calls counts frames.
    let count_frames = "if (!('takedownFrames' in window)) { window.takedownFrames = 0; \
        const proto = WebGL2RenderingContext.prototype; const blit = proto.blitFramebuffer; \
        proto.blitFramebuffer = function (...args) { window.takedownFrames++; \
        return blit.apply(this, args); }; } return true";
    // Measured from 12 s after the last key: the page rests its sound 10 s after one. The
    // window is 10 s, or TAKEDOWN_BENCH_SECONDS (a longer one tells smaller figures apart: the
    // measure counts clock ticks of 10 ms).
    let window: u64 = std::env::var("TAKEDOWN_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let idle_cpu = |what: &str| {
        std::thread::sleep(Duration::from_secs(12));
        driver.execute(count_frames);
        let frames_before = driver.execute("return window.takedownFrames").as_u64();
        let before = cpu_ticks(&marker);
        std::thread::sleep(Duration::from_secs(window));
        let after = cpu_ticks(&marker);
        let frames = driver
            .execute("return window.takedownFrames")
            .as_u64()
            .zip(frames_before)
            .map_or("-".to_string(), |(after, before)| {
                (after - before).to_string()
            });
        let ticks_per_second = 100.0; // CLK_TCK on Linux
        println!(
            "waiting {what}: browser CPU {:.2}% of one core over {window} s, {frames} frames drawn",
            (after - before) as f64 / ticks_per_second / window as f64 * 100.0
        );
        std::io::stdout().flush().ok();
    };
    idle_cpu("on a blank page (the browser alone)");

    let url = serve(dist);
    let started = Instant::now();
    driver.go(&url);
    driver.wait_until(
        "return document.body.dataset.ready === 'true'",
        Duration::from_secs(300),
        "the title screen never appeared",
    );
    println!(
        "page load to the title screen (headless Chromium, software WebGL2): {:.1} s",
        started.elapsed().as_secs_f64()
    );
    std::io::stdout().flush().ok();

    idle_cpu("on the title screen");

    driver.execute("document.getElementById('takedown').focus(); return true");
    for screen in ["caseselect", "briefing", "question"] {
        driver.keys("\u{E006}");
        driver.wait_until(
            &format!("return document.body.dataset.screen === '{screen}'"),
            Duration::from_secs(60),
            &format!("never reached {screen}"),
        );
    }
    idle_cpu("on a question");
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
}
