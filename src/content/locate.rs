//! Finding where a value sits in a RON file, so a problem found after parsing ("duplicate stage
//! id") can still be reported as `file:line:column`.
//!
//! The scanner walks the text structurally and records, for every field and list item, a path
//! (`stages[2].question.truth`) and the position where it starts. It never fails: on text it does
//! not understand it stops and keeps what it has.

use std::collections::HashMap;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Paths of a RON document and where each starts.
#[derive(Debug, Default, Clone)]
pub struct Locations {
    starts: HashMap<String, Position>,
}

/// Deepest nesting followed; deeper text is skipped.
const MAX_DEPTH: usize = 64;

impl Locations {
    /// Scan `text`.
    pub fn scan(text: &str) -> Locations {
        let mut scanner = Scanner {
            chars: text.chars().collect(),
            at: 0,
            line: 1,
            column: 1,
            found: HashMap::new(),
        };
        scanner.skip_space();
        scanner.value("", 0);
        Locations {
            starts: scanner.found,
        }
    }

    /// Where `path` starts, or where its nearest recorded ancestor starts (a missing field is
    /// reported at the struct that lacks it). `None` only for a document with nothing in it.
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut current = path;
        loop {
            if let Some(position) = self.starts.get(current) {
                return Some(*position);
            }
            if current.is_empty() {
                return None;
            }
            let cut = current.rfind(['.', '[']).unwrap_or(0);
            current = &current[..cut];
        }
    }
}

struct Scanner {
    chars: Vec<char>,
    at: usize,
    line: usize,
    column: usize,
    found: HashMap<String, Position>,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.at + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    /// Whitespace, comments and `#![enable(...)]` attributes.
    fn skip_space(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                (Some('/'), Some('*')) => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.bump(), self.peek()) {
                            (None, _) => return,
                            (Some('*'), Some('/')) => {
                                self.bump();
                                depth -= 1;
                            }
                            (Some('/'), Some('*')) => {
                                self.bump();
                                depth += 1;
                            }
                            _ => {}
                        }
                    }
                }
                (Some('#'), Some('!')) => {
                    while let Some(c) = self.bump() {
                        if c == ']' {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn identifier(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || c == '_' || (c == '#' && name == "r") {
                name.push(c);
                self.bump();
            } else {
                break;
            }
        }
        name
    }

    fn string(&mut self) {
        // Raw strings: r"...", r#"..."#.
        if self.peek() == Some('r') {
            self.bump();
            let mut hashes = 0;
            while self.peek() == Some('#') {
                self.bump();
                hashes += 1;
            }
            self.bump(); // opening quote
            loop {
                match self.bump() {
                    None => return,
                    Some('"') => {
                        let mut closing = 0;
                        while closing < hashes && self.peek() == Some('#') {
                            self.bump();
                            closing += 1;
                        }
                        if closing == hashes {
                            return;
                        }
                    }
                    _ => {}
                }
            }
        }
        self.bump(); // opening quote
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => return,
                _ => {}
            }
        }
    }

    fn value(&mut self, path: &str, depth: usize) {
        if depth > MAX_DEPTH {
            self.at = self.chars.len();
            return;
        }
        self.skip_space();
        match self.peek() {
            None => {}
            Some('"') => self.string(),
            Some('r') if matches!(self.peek_at(1), Some('"' | '#')) => self.string(),
            Some('\'') => {
                self.bump();
                while let Some(c) = self.bump() {
                    if c == '\\' {
                        self.bump();
                    } else if c == '\'' {
                        break;
                    }
                }
            }
            Some('[') => {
                self.bump();
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.peek() {
                        None => return,
                        Some(']') => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                            index += 1;
                        }
                        Some(_) => {
                            let item = format!("{path}[{index}]");
                            self.found.insert(item.clone(), self.position());
                            let before = self.at;
                            self.value(&item, depth + 1);
                            if self.at == before {
                                self.bump();
                            }
                        }
                    }
                }
            }
            Some('(') => self.fields(path, depth),
            Some('{') => {
                let mut level = 0;
                while let Some(c) = self.bump() {
                    match c {
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                return;
                            }
                        }
                        '"' => {
                            self.at -= 1;
                            self.column -= 1;
                            self.string();
                        }
                        _ => {}
                    }
                }
            }
            Some(c) if c.is_alphabetic() || c == '_' => {
                self.identifier();
                self.skip_space();
                if self.peek() == Some('(') {
                    self.fields(path, depth);
                }
            }
            Some(_) => {
                while let Some(c) = self.peek() {
                    if matches!(c, ',' | ')' | ']' | '}') || c.is_whitespace() {
                        break;
                    }
                    self.bump();
                }
            }
        }
    }

    /// The inside of `( ... )`: named fields or tuple items.
    fn fields(&mut self, path: &str, depth: usize) {
        self.bump(); // (
        let mut index = 0;
        loop {
            self.skip_space();
            match self.peek() {
                None => return,
                Some(')') => {
                    self.bump();
                    return;
                }
                Some(',') => {
                    self.bump();
                    index += 1;
                }
                Some(c) if c.is_alphabetic() || c == '_' => {
                    let start = (self.at, self.line, self.column);
                    let position = self.position();
                    let name = self.identifier();
                    self.skip_space();
                    if self.peek() == Some(':') {
                        self.bump();
                        let field = if path.is_empty() {
                            name
                        } else {
                            format!("{path}.{name}")
                        };
                        self.found.insert(field.clone(), position);
                        self.value(&field, depth + 1);
                    } else {
                        (self.at, self.line, self.column) = start;
                        let item = format!("{path}.{index}");
                        self.found.insert(item.clone(), position);
                        self.value(&item, depth + 1);
                    }
                }
                Some(_) => {
                    let item = format!("{path}.{index}");
                    self.found.insert(item.clone(), self.position());
                    let before = self.at;
                    self.value(&item, depth + 1);
                    if self.at == before {
                        self.bump();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"#![enable(implicit_some)]
// a comment with "quotes" and (parens
Case(
    id: "x",
    title: r#"raw ) string"#,
    stages: [
        Stage(
            id: "a",
            question: Estimate(truth: Value(5), unit: "a, b"),
        ),
        /* block ( */ Stage(id: "b", question: Estimate(truth: Range(low: 1, high: 2))),
    ],
)
"##;

    #[test]
    fn finds_fields_and_items() {
        let at = Locations::scan(DOC);
        let pos = |line, column| Some(Position { line, column });
        assert_eq!(at.find("id"), pos(4, 5));
        assert_eq!(at.find("stages"), pos(6, 5));
        assert_eq!(at.find("stages[0]"), pos(7, 9));
        assert_eq!(at.find("stages[0].id"), pos(8, 13));
        assert_eq!(at.find("stages[0].question.truth"), pos(9, 32));
        assert_eq!(at.find("stages[0].question.unit"), pos(9, 49));
        assert_eq!(at.find("stages[1].id"), pos(11, 29));
        assert_eq!(at.find("stages[1].question.truth.high"), pos(11, 78));
    }

    #[test]
    fn missing_paths_fall_back_to_the_parent() {
        let at = Locations::scan(DOC);
        assert_eq!(
            at.find("stages[0].question.source"),
            at.find("stages[0].question")
        );
        assert_eq!(at.find("nothing.here"), None);
    }

    #[test]
    fn never_panics_on_broken_text() {
        for text in [
            "",
            "(",
            "Case(id: ",
            "[[[[",
            "\"unterminated",
            "r#\"x",
            "/* open",
            "((((a:(b:[",
            "{",
            "a:b:c",
        ] {
            // Whatever is found lies inside the text.
            if let Some(at) = Locations::scan(text).find("a.b") {
                let lines: Vec<&str> = text.split('\n').collect();
                assert!(at.line >= 1 && at.line <= lines.len(), "{text:?}: {at:?}");
                assert!(
                    at.column >= 1 && at.column <= lines[at.line - 1].chars().count() + 1,
                    "{text:?}: {at:?}"
                );
            }
        }
        let deep = "(".repeat(10_000);
        assert_eq!(Locations::scan(&deep).find("a"), None);
    }
}
