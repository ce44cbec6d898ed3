//! Reading one case file: parse, check, and report every problem as
//! `file:line:column: message`.

use std::fmt;
use std::path::Path;

use crate::content::locate::{Locations, Position};
use crate::content::validate::validate;
use crate::content::{Case, SCHEMA_VERSION};

/// Largest case file read, in bytes. A real case is a few tens of kilobytes.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Deepest nesting the parser follows.
const RECURSION_LIMIT: usize = 64;

/// A problem at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub position: Position,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.position.line, self.position.column, self.message
        )
    }
}

/// How case files are written: `Some(..)` written as its value, an enum's one struct written
/// as the variant (`Estimate(prompt: ..)`), nesting limited. [`crate::content::write`] uses the
/// same, so a file it writes reads back.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        .with_recursion_limit(RECURSION_LIMIT)
}

pub(crate) const START: Position = Position { line: 1, column: 1 };

/// Parse and check the text of a case file called `file`.
pub fn read_case(file: &str, text: &str) -> Result<Case, Vec<Diagnostic>> {
    let diag = |position: Position, message: String| Diagnostic {
        file: file.to_string(),
        position,
        message,
    };
    let locations = Locations::scan(text);
    if let Some(found) = declared_schema(text, &locations)
        && found != SCHEMA_VERSION
    {
        let position = locations.find("schema").unwrap_or(START);
        let message = if found > SCHEMA_VERSION {
            format!(
                "this file is written for schema {found}, newer than this version of Takedown reads ({SCHEMA_VERSION}): update Takedown, or rewrite the file for schema {SCHEMA_VERSION}"
            )
        } else {
            format!(
                "this file is written for schema {found}, older than this version of Takedown reads ({SCHEMA_VERSION}): see docs/authoring.md for what changed"
            )
        };
        return Err(vec![diag(position, message)]);
    }
    let case: Case = ron_options().from_str(text).map_err(|e| {
        let position = Position {
            line: e.span.start.line.max(1),
            column: e.span.start.col.max(1),
        };
        let end = Position {
            line: e.span.end.line.max(1),
            column: e.span.end.col.max(1),
        };
        let message = if nothing_after(text, position) || nothing_after(text, end) {
            describe_parse_error(&ron::Error::Eof)
        } else {
            describe_parse_error(&e.code)
        };
        vec![diag(position, message)]
    })?;
    let problems = validate(&case);
    if problems.is_empty() {
        Ok(case)
    } else {
        Err(problems
            .into_iter()
            .map(|p| diag(locations.find(&p.path).unwrap_or(START), p.message))
            .collect())
    }
}

/// What an author should look at but that does not stop a case from loading: answers given
/// away before their question, and explanations too short or too long. Each message starts
/// with `warning: `; positions point at the figure found where the text allows.
pub fn warnings(file: &str, text: &str, case: &Case) -> Vec<Diagnostic> {
    located(
        file,
        text,
        crate::content::leaks::warnings(case).into_iter(),
    )
}

/// Answers of each of `later` given away in `earlier` (file `file`, its text `text`), a case
/// played before them ([`crate::content::leaks::leaks_into`]), as warnings located in
/// `earlier`'s file. What `earlier` shows is read once, and its file scanned once, for all of
/// them.
pub fn warnings_across<'a>(
    file: &str,
    text: &str,
    earlier: &Case,
    later: impl IntoIterator<Item = &'a Case>,
) -> Vec<Diagnostic> {
    let shown = crate::content::leaks::Shown::of(earlier);
    located(
        file,
        text,
        later
            .into_iter()
            .flat_map(|later| crate::content::leaks::leaks_shown(&shown, later)),
    )
}

/// Findings in the case file `file` (its text `text`) as warnings at their positions.
fn located(
    file: &str,
    text: &str,
    findings: impl Iterator<Item = crate::content::leaks::Finding>,
) -> Vec<Diagnostic> {
    let findings: Vec<crate::content::leaks::Finding> = findings.collect();
    if findings.is_empty() {
        // Nothing to place: the file's text is not scanned (`check` compares every pair).
        return Vec::new();
    }
    let locations = Locations::scan(text);
    let lines: Vec<&str> = text.lines().collect();
    findings
        .into_iter()
        .map(|finding| {
            let mut position = locations.find(&finding.path).unwrap_or(START);
            // Inside a one-line string with no escapes before it, point at the figure itself.
            if let Some(line) = lines.get(position.line.saturating_sub(1)) {
                let mut from: String = line.chars().skip(position.column - 1).collect();
                // A field is found at its name: its text starts after `name: `.
                if let Some((name, rest)) = from.split_once(':')
                    && !name.is_empty()
                    && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                {
                    let value = rest.trim_start();
                    position.column +=
                        name.chars().count() + 1 + rest.chars().count() - value.chars().count();
                    from = value.to_string();
                }
                if let Some(body) = from.strip_prefix('"') {
                    let before: String = body.chars().take(finding.offset).collect();
                    if !before.contains(['\\', '"']) && body.chars().count() > finding.offset {
                        position.column += 1 + finding.offset;
                    }
                }
            }
            Diagnostic {
                file: file.to_string(),
                position,
                message: format!("warning: {}", finding.message),
            }
        })
        .collect()
}

/// Read and check a case file from disk.
pub fn read_case_file(path: &Path) -> Result<Case, Vec<Diagnostic>> {
    let file = path.display().to_string();
    let one = |message: String| {
        vec![Diagnostic {
            file: file.clone(),
            position: START,
            message,
        }]
    };
    let size = std::fs::metadata(path)
        .map_err(|e| one(format!("cannot read the file: {}", io_reason(&e))))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(one(format!(
            "the file is {size} bytes; a case file may be at most {MAX_FILE_BYTES} bytes"
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|e| one(format!("cannot read the file: {}", io_reason(&e))))?;
    read_case_bytes(&file, &bytes)
}

/// Parse and check the bytes of a case file called `file`: they must be UTF-8 text of at most
/// [`MAX_FILE_BYTES`].
pub fn read_case_bytes(file: &str, bytes: &[u8]) -> Result<Case, Vec<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![Diagnostic {
            file: file.to_string(),
            position: START,
            message: format!(
                "the file is {} bytes; a case file may be at most {MAX_FILE_BYTES} bytes",
                bytes.len()
            ),
        }]);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        vec![Diagnostic {
            file: file.to_string(),
            position: Position { line, column },
            message: "the file is not UTF-8 text (is it a case file?): save it as UTF-8"
                .to_string(),
        }]
    })?;
    if text.contains('\0') {
        return Err(vec![Diagnostic {
            file: file.to_string(),
            position: START,
            message: "the file contains binary data (is it a case file?)".to_string(),
        }]);
    }
    read_case(file, text)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Whether only whitespace follows `position`: the parser ran out of file.
fn nothing_after(text: &str, position: Position) -> bool {
    let mut lines = text.split('\n').skip(position.line - 1);
    let Some(line) = lines.next() else {
        return true;
    };
    let rest_of_line: String = line.chars().skip(position.column - 1).collect();
    rest_of_line.trim().is_empty() && lines.all(|l| l.trim().is_empty())
}

/// The number after `schema:`, if the file has one.
fn declared_schema(text: &str, locations: &Locations) -> Option<u32> {
    let at = locations.find("schema")?;
    let line = text.lines().nth(at.line - 1)?;
    let after: String = line.chars().skip(at.column - 1).collect();
    let value = after
        .strip_prefix("schema")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A RON error in words for a case author.
fn describe_parse_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_name(
            "field",
            found,
            expected,
            outer.as_deref(),
            " in",
            "the fields are",
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_name(
            "choice",
            found,
            expected,
            outer.as_deref(),
            " for",
            "write one of",
        ),
        E::MissingStructField { field, outer } => {
            let place = outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default();
            format!("missing field `{field}`{place}")
        }
        E::DuplicateStructField { field, outer } => {
            let place = outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default();
            format!("field `{field}` appears twice{place}")
        }
        E::Eof => {
            "the file ends too early (is it cut short?): a bracket, parenthesis or quote is not closed"
                .into()
        }
        E::ExceededRecursionLimit => {
            format!("the file is nested more than {RECURSION_LIMIT} levels deep")
        }
        E::ExpectedString => "expected text in double quotes, like \"Europol\"".into(),
        E::ExpectedStringEnd => {
            "a quoted text is not closed: its closing \" is missing (is the file cut short?)"
                .into()
        }
        E::ExpectedFloat | E::ExpectedInteger => "expected a number, like 6558 or 3.5".into(),
        E::TrailingCharacters => "unexpected text after the end of the case".into(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "the file could not be read".into(),
            }
        }
    }
}

/// "unknown field `sorce` in Source, did you mean `source`?", or the list of known names.
fn unknown_name(
    what: &str,
    found: &str,
    expected: &[&str],
    outer: Option<&str>,
    preposition: &str,
    known: &str,
) -> String {
    let place = outer
        .map(|o| format!("{preposition} {o}"))
        .unwrap_or_default();
    match nearest(found, expected) {
        Some(near) => format!("unknown {what} `{found}`{place}, did you mean `{near}`?"),
        None => format!(
            "unknown {what} `{found}`{place}; {known} {}",
            list(expected)
        ),
    }
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The known name closest to `found`, if it is a likely typo.
pub fn nearest<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(&found.to_lowercase(), &k.to_lowercase()), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (prev + cost).min(row[j] + 1).min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"Case(
    schema: 1,
    id: "tiny",
    title: "Tiny",
    summary: "A tiny case",
    years: "2020",
    countries: ["France"],
    briefing: ["One paragraph."],
    lesson: "Small is fine.",
    stages: [
        Stage(
            id: "one",
            title: "One",
            narrative: ["Something happened."],
            question: Estimate(
                prompt: "How many?",
                unit: "things",
                scale: Log,
                truth: Value(42),
                as_of: "2020-01-01",
                source: Source(publisher: "P", title: "T", date: "2020-01-01", url: "https://example.org/x"),
                explanation: "Because.",
            ),
        ),
    ],
)
"#;

    fn errors(text: &str) -> Vec<String> {
        match read_case("t.ron", text) {
            Ok(_) => vec![],
            Err(d) => d.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_good_file_reads() {
        let case = read_case("t.ron", GOOD).unwrap();
        assert_eq!(case.id, "tiny");
        assert_eq!(case.stage_count(), 1);
    }

    #[test]
    fn unknown_field_suggests_the_nearest_name() {
        let e = errors(&GOOD.replace("source: Source(", "sorce: Source("));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("t.ron:21:17: unknown field `sorce`"),
            "{e:?}"
        );
        assert!(e[0].ends_with("did you mean `source`?"), "{e:?}");
    }

    #[test]
    fn missing_field_and_syntax_errors() {
        let e = errors(&GOOD.replace("explanation: \"Because.\",", ""));
        assert!(e[0].contains("missing field `explanation`"), "{e:?}");
        let e = errors(&GOOD[..GOOD.len() / 2]);
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("t.ron:"), "{e:?}");
        let e = errors(&GOOD.replace("truth: Value(42)", "truth: Value(\"many\")"));
        assert!(e[0].starts_with("t.ron:19:30: expected a number"), "{e:?}");
        let e = errors(&GOOD.replace("scale: Log", "scale: Lgo"));
        assert!(e[0].contains("did you mean `Log`?"), "{e:?}");
    }

    #[test]
    fn semantic_problems_point_at_their_line() {
        let e = errors(&GOOD.replace("truth: Value(42)", "truth: Value(-1)"));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("t.ron:19:17: the truth must be a positive number"),
            "{e:?}"
        );
        let e = errors(&GOOD.replace("publisher: \"P\"", "publisher: \"\""));
        assert!(
            e[0].starts_with("t.ron:21:32: the source's publisher is empty"),
            "{e:?}"
        );
    }

    #[test]
    fn other_schema_versions_get_a_clear_message() {
        let e = errors(&GOOD.replace("schema: 1", "schema: 2"));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("t.ron:2:5: this file is written for schema 2, newer"),
            "{e:?}"
        );
        // Even when the rest of the file would not parse under this schema.
        let e = errors(
            &GOOD
                .replace("schema: 1", "schema: 0")
                .replace("summary:", "blurb:"),
        );
        assert!(e[0].contains("schema 0, older"), "{e:?}");
    }

    #[test]
    fn nearest_names() {
        assert_eq!(nearest("sorce", &["source", "scale"]), Some("source"));
        assert_eq!(nearest("xyz", &["source", "scale"]), None);
        assert_eq!(nearest("Estimat", &["Estimate"]), Some("Estimate"));
    }
}
