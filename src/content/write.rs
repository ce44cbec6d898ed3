//! Writing a case file: the RON text `takedown import-sheet` saves, laid out like the shipped
//! cases (four-space indents, one field per line, empty optional fields and `false` flags left
//! out). [`crate::content::read::read_case`] reads it back as the same case.

use crate::content::Case;

/// `case` as the text of a case file, after `comment` written as `//` lines (one per line of
/// `comment`; nothing when it is empty).
///
/// # Errors
/// RON's own message when the case cannot be written; a case that passed
/// [`crate::content::validate::validate`] always can.
pub fn case_to_ron(case: &Case, comment: &str) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ");
    let body = crate::content::read::ron_options()
        .to_string_pretty(case, config)
        .map_err(|e| e.to_string())?
        // RON's writer escapes an apostrophe (`company\'s`), which a double-quoted string
        // does not need: written as an author would. (An escaped backslash before it stays
        // escaped: `\\\'` becomes `\\'`.)
        .replace("\\'", "'");
    let mut out = String::new();
    for line in comment.lines() {
        out.push_str(format!("// {line}").trim_end());
        out.push('\n');
    }
    out.push_str(&body);
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::case_to_ron;
    use crate::content::library::Library;
    use crate::content::read::read_case;

    /// Every shipped case, written and read back, is the same case; the text looks like a case
    /// file an author writes (struct names, no `None`, no `correct: false`).
    #[test]
    fn every_shipped_case_reads_back_as_itself() {
        let library = Library::load(None);
        let mut count = 0;
        for case in library.cases() {
            let text = case_to_ron(case, "Made by a test.\nSecond line.").unwrap();
            assert!(text.starts_with("// Made by a test.\n// Second line.\nCase(\n"));
            assert!(text.contains("\n    stages: [\n        Stage(\n"), "{text}");
            assert!(!text.contains("None") && !text.contains("correct: false"));
            assert!(!text.contains("\\'"), "{text}");
            let back = read_case(&format!("{}.ron", case.id), &text)
                .unwrap_or_else(|e| panic!("{}: {e:?}\n{text}", case.id));
            assert_eq!(&back, case);
            count += 1;
        }
        assert!(count >= 9, "only {count} shipped cases");
        // Apostrophes, quotes and backslashes next to each other read back as written.
        let mut case = library.cases().next().unwrap().clone();
        case.title = r#"It's a \'quoted\' "title" \\'"#.to_string();
        let text = case_to_ron(&case, "").unwrap();
        assert_eq!(read_case("t.ron", &text).unwrap(), case, "{text}");
    }
}
