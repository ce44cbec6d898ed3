//! `takedown new-case NAME`: write a commented template case that passes `takedown check`.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A case id from a name: `Sky ECC 2021` → `sky-ecc-2021`.
pub fn slug(name: &str) -> String {
    let mut id = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The template for a case called `title` with id `id`.
pub fn template(title: &str, id: &str) -> String {
    let title = title.trim().replace('\\', "\\\\").replace('"', "\\\"");
    TEMPLATE.replace("{TITLE}", &title).replace("{ID}", id)
}

/// Write the template into `dir`, refusing to overwrite. Returns the exit code.
pub fn run(
    name: &str,
    dir: &Path,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    let id = slug(name);
    if id.is_empty() {
        writeln!(
            err,
            "takedown new-case: give the case a name with letters or digits, like \"Sky ECC\""
        )?;
        return Ok(2);
    }
    let path: PathBuf = dir.join(format!("{id}.ron"));
    if path.exists() {
        writeln!(
            err,
            "takedown new-case: {} already exists; choose another name",
            path.display()
        )?;
        return Ok(1);
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        writeln!(
            err,
            "takedown new-case: cannot create {}: {e}",
            dir.display()
        )?;
        return Ok(1);
    }
    std::fs::write(&path, template(name, &id))?;
    writeln!(
        out,
        "Wrote {}. Edit it, then check it with: takedown check {}",
        path.display(),
        path.display()
    )?;
    Ok(0)
}

const TEMPLATE: &str = r#"// A Takedown case. Everything after // is a comment for you; the game ignores it.
// docs/authoring.md explains every field. Check this file with:  takedown check levels
//
// Rules that `takedown check` enforces:
// - every figure has a source (publisher, title, date) and an `as_of` date (YYYY-MM-DD, YYYY-MM or YYYY);
// - figures are positive numbers; a range's low is below its high, and a range needs a
//   `disagreement` note saying which sources differ and why;
// - stage ids are unique; no text field is empty; a URL, if given, starts with https://.
Case(
    schema: 1,                   // the file format version; leave it at 1
    id: "{ID}",                  // short, lower case, dashes: used by `takedown text --case {ID}`
    title: "{TITLE}",
    summary: "One line for the case card: what happened, and why it matters.",
    years: "2020–2023",          // shown on the case card, as text
    countries: ["France", "Netherlands"],
    briefing: [
        // Three to five short paragraphs for a student who has never heard of the case.
        "What the case is about, in two or three sentences.",
        "Who investigated, and how the countries worked together.",
    ],
    lesson: "What a student should take away from this case, shown at the debrief.",
    stages: [
        // Stages come in the order the investigation happened. Each has one question.
        Stage(
            id: "first-stage",      // unique within this case
            title: "The first clue",
            narrative: [
                "What investigators knew and did at this point: dates, places, countries, agencies.",
            ],
            question: Estimate(
                prompt: "How many arrests followed?",
                unit: "arrests",        // shown after the number; a currency (€, $, £) is shown before it
                scale: Log,             // Log for counts and amounts; Linear for years
                truth: Value(100),      // the figure exactly as the source reported it
                as_of: "2023-06-27",    // the date the figure was true as of
                source: Source(
                    publisher: "Who published the figure (Europol, a court, a newspaper)",
                    title: "The title of the release, ruling or article",
                    date: "2023-06-27",
                    url: "https://www.example.org/the-release",   // optional: delete the line if there is none
                ),
                explanation: "Why the figure is what it is, in two to four sentences of your own.",
                // Where sources disagree, write the truth as a range and say why:
                // truth: Range(low: 100, high: 120),
                // disagreement: "Source A (date) says 100; source B (date) says 120, counting ...",
            ),
        ),
        Stage(
            id: "second-stage",
            title: "In court",
            narrative: [
                "A year question: the slider moves a year at a time, and points are lost per year off.",
            ],
            question: Estimate(
                prompt: "In which year did the court rule?",
                unit: "year",
                scale: Linear,
                truth: Value(2024),
                as_of: "2024-04-30",
                source: Source(
                    publisher: "The court",
                    title: "The judgment",
                    date: "2024-04-30",
                ),
                explanation: "Why it took that long, in your own words.",
            ),
        ),
    ],
)
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::read::read_case;

    #[test]
    fn slugs() {
        assert_eq!(slug("Sky ECC"), "sky-ecc");
        assert_eq!(
            slug("  ANOM / Trojan Shield (2021) "),
            "anom-trojan-shield-2021"
        );
        assert_eq!(slug("Exclu!"), "exclu");
        assert_eq!(slug("«»"), "");
    }

    #[test]
    fn the_template_passes_check() {
        let text = template("Operation \"Test\" ü", "operation-test");
        let case = read_case("t.ron", &text).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(case.id, "operation-test");
        assert_eq!(case.title, "Operation \"Test\" ü");
        assert_eq!(case.stage_count(), 2);
    }
}
