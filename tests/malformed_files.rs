//! Malformed case files: each gets a clear message, never a panic. The fixtures are in
//! `tests/fixtures/malformed/`, with the message each must produce in `expected.txt`.
//! A property test then feeds the loader mutated copies of a valid file.

use std::path::Path;

use proptest::prelude::*;
use takedown::content::read::{MAX_FILE_BYTES, read_case_bytes, read_case_file};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn first_message(path: &Path) -> String {
    match read_case_file(path) {
        Ok(_) => panic!("{} should not load", path.display()),
        Err(problems) => problems[0].to_string(),
    }
}

#[test]
fn the_good_fixture_loads() {
    let case = read_case_file(&Path::new(FIXTURES).join("good/minimal.ron")).unwrap();
    assert_eq!(case.stage_count(), 2);
}

#[test]
fn every_malformed_fixture_gets_its_message() {
    let dir = Path::new(FIXTURES).join("malformed");
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let mut checked = 0;
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (name, fragment) = line.split_once('\t').unwrap();
        let path = dir.join(name);
        let message = first_message(&path);
        assert!(
            message.contains(fragment),
            "{name}: expected {fragment:?} in {message:?}"
        );
        // Every message names the file and a place in it.
        let prefix = format!("{}:", path.display());
        assert!(message.starts_with(&prefix), "{message}");
        checked += 1;
    }
    let fixtures = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "ron")
        })
        .count();
    assert_eq!(checked, fixtures, "every fixture has an expected message");
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let path = std::env::temp_dir().join(format!("takedown-huge-{}.ron", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let message = first_message(&path);
    assert!(message.contains("a case file may be at most"), "{message}");
    std::fs::remove_file(&path).ok();
}

#[test]
fn a_missing_file_is_a_message() {
    let message = first_message(Path::new("no/such/case.ron"));
    assert!(
        message.ends_with("cannot read the file: no such file"),
        "{message}"
    );
}

/// A mutation of a valid file: what an editor slip, a bad copy or a disk error might do.
#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tokens = prop::sample::select(vec![
        b"(".to_vec(),
        b")".to_vec(),
        b"[".to_vec(),
        b"]".to_vec(),
        b"\"".to_vec(),
        b",".to_vec(),
        b":".to_vec(),
        b"-1".to_vec(),
        b"1e999".to_vec(),
        b"NaN".to_vec(),
        b"Range(low: 5, high: 1)".to_vec(),
        b"//".to_vec(),
        b"/*".to_vec(),
        b"r#\"".to_vec(),
        b"\\u{0}".to_vec(),
        b"\xff".to_vec(),
        b"\xe2\x82".to_vec(),
        b"None".to_vec(),
        b"Some(".to_vec(),
        b"id: \"arrests\",".to_vec(),
        b"schema: 2,".to_vec(),
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Flip(at, b)),
        (any::<usize>(), tokens).prop_map(|(at, t)| Mutation::Insert(at, t)),
        (any::<usize>(), 1usize..200).prop_map(|(at, n)| Mutation::Delete(at, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 1usize..400).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match m {
        Mutation::Flip(at, b) => {
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] = *b;
            }
        }
        Mutation::Insert(at, t) => {
            let i = at % len;
            let i = i.min(bytes.len());
            bytes.splice(i..i, t.iter().copied());
        }
        Mutation::Delete(at, n) => {
            let i = (at % len).min(bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::Duplicate(at, n) => {
            let i = (at % len).min(bytes.len());
            let end = (i + n).min(bytes.len());
            let copy = bytes[i..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

/// How many mutated files the property test tries: 10,000 in a normal test run; set
/// TAKEDOWN_FUZZ_CASES=100000 for the long run (docs/robustness.md records the last one).
fn cases() -> u32 {
    std::env::var("TAKEDOWN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_never_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = std::fs::read(Path::new(FIXTURES).join("good/minimal.ron")).unwrap();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        match read_case_bytes("fuzz.ron", &bytes) {
            Ok(case) => prop_assert!(!case.stages.is_empty()),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(!p.message.is_empty());
                    prop_assert!(p.position.line >= 1 && p.position.column >= 1);
                }
            }
        }
    }
}
