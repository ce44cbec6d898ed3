//! The class's printable report, printed as a teacher would: every case played by a class of
//! 40, every stage revealed, the report opened in Chromium and printed to PDF on A4
//! (`--print-to-pdf`), then read back page by page with `pdftotext`: every stage is there,
//! whole, on one page (its heading, its explanation and its source's link together), and
//! nothing of the class's figures is missing. The pages are kept as grey PNGs in
//! `target/report-print/` (`pdftoppm -gray`) for a person to look at.
//!
//! Needs the Debian packages `chromium` and `poppler-utils` (`.ci/run` installs them); without
//! them the test says so and passes, unless `TAKEDOWN_REQUIRE_BROWSER` is set, as it is in CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use takedown::content::Question;
use takedown::content::library::Library;
use takedown::report::printable::class_report_html;
use takedown::rules::class::Session;

const NOW: &str = "2026-11-30T10:00:00Z";
const STUDENTS: usize = 40;

/// A plausible answer from student `i`, different from student to student.
fn answer(question: &Question, i: usize) -> String {
    match question {
        Question::Estimate(e) if e.unit == "year" => {
            format!("{}", e.truth.low().round() as i64 + (i % 7) as i64 - 3)
        }
        Question::Estimate(e) => {
            let spread = [0.1, 0.3, 0.5, 0.8, 1.0, 1.3, 2.0, 3.5, 6.0, 10.0];
            let guess = (e.truth.low() * spread[i % spread.len()]).max(1.0).round();
            if i.is_multiple_of(3) {
                format!(
                    "{guess} ({}-{})",
                    (guess / 3.0).round().max(1.0),
                    guess * 3.0
                )
            } else {
                format!("{guess}")
            }
        }
        Question::Choice(c) => format!("{}", i % c.options.len() + 1),
        Question::Order(o) => {
            let mut letters: Vec<String> = (0..o.events.len())
                .map(|k| ((b'A' + k as u8) as char).to_string())
                .collect();
            letters.rotate_left(i % o.events.len());
            letters.join(" ")
        }
    }
}

/// The case played to its debrief by a class of [`STUDENTS`], names shown.
fn played(case: &takedown::content::Case) -> Session {
    let mut s = Session::new(case.clone(), 7, "4821", "2026-11-30T09:00:00Z");
    for i in 0..STUDENTS {
        s.join("4821", &format!("Student {}", i + 1), &format!("t{i}"), NOW)
            .unwrap();
    }
    for n in 0..case.stages.len() {
        s.advance();
        let question = case.stages[n].question.clone();
        for i in 0..STUDENTS {
            s.answer(&format!("t{i}"), &answer(&question, i), NOW)
                .unwrap_or_else(|e| panic!("{} stage {}: {e}", case.id, n + 1));
        }
        s.advance();
        s.advance();
    }
    s.advance();
    s.show_names(true);
    s
}

fn found(program: &str) -> Option<PathBuf> {
    ["/usr/bin", "/usr/local/bin", "/bin"]
        .iter()
        .map(|dir| Path::new(dir).join(program))
        .find(|p| p.exists())
}

/// Text without whitespace or hyphens, so that a line or a link wrapped on paper still
/// matches (`pdftotext` joins a word broken after a hyphen and drops the hyphen).
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

#[test]
fn every_cases_report_prints_on_a4_with_each_stage_whole_on_one_page() {
    let tools = (
        found("chromium"),
        found("pdftotext"),
        found("pdfinfo"),
        found("pdftoppm"),
    );
    let (Some(chromium), Some(pdftotext), Some(pdfinfo), Some(pdftoppm)) = tools else {
        assert!(
            std::env::var_os("TAKEDOWN_REQUIRE_BROWSER").is_none(),
            "chromium and poppler-utils are required here (apt-get install chromium poppler-utils)"
        );
        eprintln!("skipped: no chromium or poppler-utils (apt-get install chromium poppler-utils)");
        return;
    };
    let work = std::env::temp_dir().join(format!("takedown-report-print-{}", std::process::id()));
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-print");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::create_dir_all(&shots).unwrap();
    let library = Library::load(None);
    for case in library.cases() {
        let session = played(case);
        let html = work.join(format!("{}.html", case.id));
        std::fs::write(
            &html,
            class_report_html(&session, takedown::content::lang::Lang::En, true, NOW),
        )
        .unwrap();
        let pdf = work.join(format!("{}.pdf", case.id));
        let printed = Command::new(&chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--run-all-compositor-stages-before-draw",
            ])
            .arg(format!(
                "--user-data-dir={}",
                work.join("profile").display()
            ))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(format!("file://{}", html.display()))
            .output()
            .unwrap();
        assert!(
            pdf.exists(),
            "{}: no PDF: {}",
            case.id,
            String::from_utf8_lossy(&printed.stderr)
        );
        let info = Command::new(&pdfinfo).arg(&pdf).output().unwrap();
        let info = String::from_utf8_lossy(&info.stdout).to_string();
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{}: {info}", case.id));
        assert!(info.contains("(A4)"), "{}: A4 pages: {info}", case.id);
        let text_of = |page: usize| {
            let out = Command::new(&pdftotext)
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap();
            squeezed(&String::from_utf8_lossy(&out.stdout))
        };
        let page_texts: Vec<String> = (1..=pages).map(text_of).collect();
        let on_page = |needle: &str| -> Vec<usize> {
            let needle = squeezed(needle);
            (0..pages)
                .filter(|&p| page_texts[p].contains(&needle))
                .collect()
        };
        for (n, stage) in case.stages.iter().enumerate() {
            let heading = on_page(&format!("Stage {}. {}", n + 1, stage.title));
            assert_eq!(
                heading.len(),
                1,
                "{} stage {}: heading on {heading:?}",
                case.id,
                n + 1
            );
            let page = heading[0];
            let explanation = stage.question.explanation();
            let tail: String = {
                let chars: Vec<char> = explanation.chars().collect();
                chars[chars.len().saturating_sub(40)..].iter().collect()
            };
            assert!(
                page_texts[page].contains(&squeezed(&tail)),
                "{} stage {}: its explanation ends on another page (or is cut off)",
                case.id,
                n + 1
            );
            assert!(
                page_texts[page].contains(&squeezed(&format!("{STUDENTS} answered."))),
                "{} stage {}: the class's figures",
                case.id,
                n + 1
            );
            if let Some(url) = &stage.question.source().url {
                assert!(
                    page_texts[page].contains(&squeezed(url)),
                    "{} stage {}: its source's link ends on another page (or is cut off): {url}",
                    case.id,
                    n + 1
                );
            }
        }
        assert!(
            !on_page("The class").is_empty() && !on_page("Student 40").is_empty(),
            "{}: the class's part and its totals",
            case.id
        );
        // The pages in grey, as a black-and-white printer would give them, to look at (those
        // of an earlier run removed first).
        for old in std::fs::read_dir(&shots).unwrap().flatten() {
            let name = old.file_name().to_string_lossy().to_string();
            if name.starts_with(&format!("{}-", case.id)) && name.ends_with(".png") {
                let _ = std::fs::remove_file(old.path());
            }
        }
        let status = Command::new(&pdftoppm)
            .args(["-gray", "-r", "60", "-png"])
            .arg(&pdf)
            .arg(shots.join(&case.id))
            .status()
            .unwrap();
        assert!(status.success());
    }
    let _ = std::fs::remove_dir_all(&work);
}
