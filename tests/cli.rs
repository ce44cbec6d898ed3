//! The command line, run as a user would: `check`, `text`, `--help`, `--version`.

use std::io::Write;
mod common;

use std::process::{Command, Output, Stdio};

fn takedown(args: &[&str], stdin: &str) -> Output {
    takedown_with_data(
        args,
        stdin,
        &std::env::temp_dir().join(format!("takedown-cli-tests-data-{}", std::process::id())),
    )
}

/// Run takedown with its data folder (profiles, results) in `data`.
fn takedown_with_data(args: &[&str], stdin: &str, data: &std::path::Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .args(args)
        .env("TAKEDOWN_DATA_DIR", data)
        // English unless a test asks for another language, whatever the machine's.
        .env("LANGUAGE", "en")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("takedown runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_the_shipped_cases_strictly() {
    let out = takedown(&["check", "--strict", "levels"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("warning"),
        "no answer given away, no explanation too short or too long: {}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("levels/encrochat.ron: ok: encrochat \"EncroChat\", 17 stages")
    );
}

/// An answer shown before its question, and a one-sentence explanation: warnings with their
/// places, which do not fail the check unless --strict.
#[test]
fn check_warns_of_answers_given_away_and_strict_fails_on_them() {
    let file = "tests/fixtures/leaks/leaky.ron";
    let out = takedown(&["check", file], "");
    assert!(out.status.success(), "warnings alone pass");
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "{file}:15:60: warning: stage 1 (\u{201c}Arrests\u{201d}) asks for 6,558 arrests, but \u{201c}6,500\u{201d} already stands here"
        )),
        "{err}"
    );
    assert!(err.contains(" 15 | "), "the line is quoted: {err}");
    assert!(
        err.contains("warning: stage 2's explanation is one sentence"),
        "{err}"
    );
    assert!(
        !err.contains("2020"),
        "a year in a date that is not the answer is no leak: {err}"
    );
    assert!(
        err.contains("2 warnings (takedown check --strict fails on them)"),
        "{err}"
    );
    let strict = takedown(&["check", "--strict", file], "");
    assert_eq!(strict.status.code(), Some(1));
}

/// Cases checked together: an answer one case asks for, shown in a case played before it, is
/// a warning at its place in that earlier case, naming the later case's stage.
#[test]
fn check_warns_of_an_answer_another_case_gives_away() {
    let folder = "tests/fixtures/leaks-across";
    let out = takedown(&["check", folder], "");
    assert!(out.status.success(), "warnings alone pass");
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "{folder}/first.ron:24:68: warning: second stage 1 (\u{201c}Pills\u{201d}) asks for 30.5 million pills, but \u{201c}30.5 million\u{201d} stands here, and first is played before it"
        )),
        "{err}"
    );
    assert!(
        err.contains("1 warning (takedown check --strict fails on them)"),
        "only that one: the second case's own figures are not the first's answers: {err}"
    );
    // Each file alone has nothing to warn of.
    for file in ["first.ron", "second.ron"] {
        let alone = takedown(&["check", "--strict", &format!("{folder}/{file}")], "");
        assert!(alone.status.success(), "{}", text(&alone.stderr));
    }
}

#[test]
fn check_reports_every_problem_with_its_place() {
    let dir = std::env::temp_dir().join(format!("takedown-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = std::fs::read_to_string("levels/encrochat.ron").unwrap();
    let bad = good
        .replacen("truth: Value(1500)", "truth: Value(-1500)", 1)
        .replacen("id: \"eurojust\"", "id: \"servers\"", 1)
        .replacen(
            "publisher: \"ITV News, reporting National Crime Agency figures\"",
            "publisher: \"\"",
            1,
        );
    std::fs::write(dir.join("bad.ron"), bad).unwrap();
    std::fs::write(
        dir.join("typo.ron"),
        good.replacen("source: Source(", "sorce: Source(", 1),
    )
    .unwrap();
    std::fs::write(dir.join("syntax.ron"), &good[..good.len() / 3]).unwrap();
    let out = takedown(&["check", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let bad_file = dir.join("bad.ron").display().to_string();
    for expected in [
        "the truth must be a positive number",
        "duplicate stage id `servers`: stage 2 already uses it",
        "the source's publisher is empty",
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with(&bad_file) && l.contains(expected)),
            "{expected:?} missing from:\n{err}"
        );
    }
    assert!(
        err.contains("unknown field `sorce` in Estimate, did you mean `source`?"),
        "{err}"
    );
    assert!(err.contains("syntax.ron:"), "{err}");
    // Each problem line is file:line:column: message.
    let first = err.lines().next().unwrap();
    let parts: Vec<&str> = first.splitn(4, ':').collect();
    assert!(
        parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(),
        "{first}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn text_mode_plays_a_whole_case_from_standard_input() {
    // The forms people type, and one unreadable line that gets a message and a new prompt.
    let answers = common::encrochat_answers(&[
        ("phones-in-raids", "2017\nnot a number"),
        ("messages", "115 million"),
        ("arrests", "6,558"),
        ("cash", "€739.7m"),
    ]);
    let out = takedown(&["text", "--case", "encrochat"], &answers);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Stage 17 of 17"), "{stdout}");
    assert!(stdout.contains("  Type a number, like 2500 or 3.5 million"));
    assert!(stdout.contains("The answer: €739.7 million (as of 27 June 2023)"));
    assert!(
        stdout.contains("Total: 1,700 points of 1,700 (17 of 17 stages answered)"),
        "{stdout}"
    );
}

/// A case file that cannot be read is named on standard error with its first problem, not
/// silently left out of the list (a newcomer broke `levels/ghost.ron` and Ghost just vanished).
#[test]
fn text_mode_says_which_case_files_are_left_out() {
    let dir = std::env::temp_dir().join(format!("takedown-cli-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ghost.ron"), "Case(id: \"ghost\", title: ").unwrap();
    let levels = dir.display().to_string();
    let out = takedown(&["--levels", &levels, "text", "--case", "encrochat"], "");
    let err = text(&out.stderr);
    assert!(
        err.contains("takedown text: ") && err.contains("ghost.ron:1:") && err.contains("left out"),
        "{err}"
    );
    assert!(
        text(&out.stdout).contains("EncroChat"),
        "the other cases still play"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn text_mode_ends_cleanly_at_end_of_input() {
    let out = takedown(&["text", "--case", "encrochat"], "2019\n");
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("(End of input: the game ends here.)"));
    assert!(
        stdout.contains("Total: 80 points of 100 (1 of 17 stages answered)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Not saved: the terminal keeps a run once every stage is answered (1 of 17 here)."
        ),
        "a part-played run says it is not kept: {stdout}"
    );
}

#[test]
fn text_mode_chooses_a_case_from_the_first_line_and_rejects_unknown_ids() {
    let out = takedown(&["text"], "99\n1\n");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Type a number from 1 to"));
    assert!(stdout.contains("== EncroChat =="));
    let out = takedown(&["text", "--case", "nope"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_and_version() {
    let out = takedown(&["--version"], "");
    // The version, and the commit it was built from (build.rs; "unknown commit" where the
    // source has no git history and no TAKEDOWN_COMMIT).
    let version = text(&out.stdout);
    let rest = version
        .strip_prefix(&format!("takedown {} (", env!("CARGO_PKG_VERSION")))
        .unwrap_or_else(|| panic!("{version}"));
    assert!(
        rest.trim_end().ends_with(')')
            && (rest.starts_with("commit ") || rest.starts_with("unknown commit")),
        "{version}"
    );
    let out = takedown(&["--help"], "");
    let help = text(&out.stdout);
    // Every command, with the line that says what it does.
    for (command, says) in [
        ("check", "Check case files"),
        ("new-case", "Write a commented template case"),
        ("export", "Every answer of every finished run"),
        ("text", "Play a case in the terminal"),
        ("import-sheet", "Read a case from a spreadsheet"),
        ("export-sheet", "Write a case as a spreadsheet"),
    ] {
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(command) && l.contains(says)),
            "`{command}` is listed with what it does:\n{help}"
        );
    }
}

#[test]
fn new_case_writes_a_template_that_passes_check_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("takedown-new-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let d = dir.to_str().unwrap();
    let out = takedown(&["new-case", "Operation Example", "--dir", d], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir.join("operation-example.ron").exists());
    let out = takedown(&["check", d], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("operation-example \"Operation Example\", 2 stages"));
    let out = takedown(&["new-case", "Operation Example", "--dir", d], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("already exists"));
    std::fs::remove_dir_all(&dir).ok();
}

/// A teacher starts from a shipped case: export it as a spreadsheet, import it into a folder
/// of their own, check and play it there. Import never writes over a case file without
/// --replace, and a sheet with problems writes nothing and lists each at its cell.
#[test]
fn a_case_goes_to_a_spreadsheet_and_back_from_the_command_line() {
    let dir = std::env::temp_dir().join(format!("takedown-sheet-cli-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    let d = dir.to_str().unwrap();
    let xlsx = dir.join("exclu.xlsx");
    let x = xlsx.to_str().unwrap();
    let out = takedown(&["export-sheet", "exclu", "--out", x], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Read me sheet"),
        "{}",
        text(&out.stdout)
    );
    // Never over a file without --replace.
    let out = takedown(&["export-sheet", "exclu", "--out", x], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("already exists: add --replace"));
    let out = takedown(&["export-sheet", "no-such-case", "--out", x], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no case `no-such-case`: the cases are"));

    let levels = dir.join("levels");
    let l = levels.to_str().unwrap();
    let out = takedown(&["import-sheet", x, "--dir", l], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(&format!("Wrote {l}/exclu.ron: Exclu, 5 stages")),
        "{}",
        text(&out.stdout)
    );
    let written = std::fs::read_to_string(levels.join("exclu.ron")).unwrap();
    assert!(written.starts_with("// Exclu: made from exclu.xlsx by `takedown import-sheet`."));
    let out = takedown(&["check", "--strict", l], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = takedown(&["--levels", l, "text", "--case", "exclu"], "48\n");
    assert!(
        text(&out.stdout).contains("48 arrests"),
        "{}",
        text(&out.stdout)
    );
    let out = takedown(&["import-sheet", x, "--dir", l], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("exclu.ron already exists: add --replace"));
    std::fs::write(levels.join("exclu.ron"), "changed").unwrap();
    let out = takedown(&["import-sheet", x, "--dir", l, "--replace"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(levels.join("exclu.ron")).unwrap(),
        written
    );

    // As .csv: the same case file.
    let csv = dir.join("exclu.csv");
    let c = csv.to_str().unwrap();
    let out = takedown(&["export-sheet", "exclu", "--out", c], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let other = dir.join("from-csv");
    let out = takedown(&["import-sheet", c, "--dir", other.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let from_csv = std::fs::read_to_string(other.join("exclu.ron")).unwrap();
    assert_eq!(from_csv, written.replace("exclu.xlsx", "exclu.csv"));

    // A sheet with problems: each at its cell, nothing written.
    let broken = std::fs::read_to_string(&csv)
        .unwrap()
        .replacen(",48,", ",0,", 1)
        .replacen("Id,exclu", "Id,broken", 1)
        .replacen(",2023-02-07,", ",7 Feb,", 1);
    let broken_csv = dir.join("broken.csv");
    std::fs::write(&broken_csv, broken).unwrap();
    let out = takedown(
        &["import-sheet", broken_csv.to_str().unwrap(), "--dir", d],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("broken.csv: H20: the truth must be a positive number"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.csv: L20: `7 Feb` is not a date"),
        "{stderr}"
    );
    assert!(stderr.contains("problems in"), "{stderr}");
    assert!(stderr.trim_end().ends_with("nothing written"), "{stderr}");
    assert!(!dir.join("broken.ron").exists());
    // The same with a blank line between the case and the stages (a spreadsheet shows a row
    // there): the same cells.
    let blank_line =
        std::fs::read_to_string(&broken_csv)
            .unwrap()
            .replacen("\r\n\"\"\r\n", "\r\n\r\n", 1);
    assert!(!blank_line.contains("\r\n\"\"\r\n"));
    std::fs::write(&broken_csv, blank_line).unwrap();
    let out = takedown(
        &["import-sheet", broken_csv.to_str().unwrap(), "--dir", d],
        "",
    );
    assert!(
        text(&out.stderr).contains("broken.csv: H20: the truth must be a positive number"),
        "{}",
        text(&out.stderr)
    );

    // Not a spreadsheet.
    let out = takedown(&["import-sheet", "README.md", "--dir", d], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("reads .xlsx, .ods and .csv"));
    std::fs::remove_dir_all(&dir).ok();
}

/// The template in docs/ is the new-case template as a spreadsheet, and imports as a case
/// that passes check.
#[test]
fn the_spreadsheet_template_in_docs_imports() {
    let dir = std::env::temp_dir().join(format!("takedown-template-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let d = dir.to_str().unwrap();
    let out = takedown(&["import-sheet", "docs/case-template.xlsx", "--dir", d], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = takedown(&["new-case", "My case", "--dir", &format!("{d}/new")], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let imported = takedown(
        &[
            "export-sheet",
            &format!("{d}/my-case.ron"),
            "--out",
            &format!("{d}/a.csv"),
        ],
        "",
    );
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    let template = takedown(
        &[
            "export-sheet",
            &format!("{d}/new/my-case.ron"),
            "--out",
            &format!("{d}/b.csv"),
        ],
        "",
    );
    assert!(template.status.success(), "{}", text(&template.stderr));
    assert_eq!(
        std::fs::read_to_string(dir.join("a.csv")).unwrap(),
        std::fs::read_to_string(dir.join("b.csv")).unwrap(),
        "docs/case-template.xlsx is not the new-case template: make it again as \
         docs/authoring.md says"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn text_mode_asks_choice_and_order_questions() {
    let out = takedown(
        &["--levels", "tests/fixtures/good", "text", "--case", "mixed"],
        "9\n1\nA A B\nA B C\n",
    );
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("  Type the number of an option, from 1 to 3"),
        "{stdout}"
    );
    assert!(stdout.contains("  Type each of the 3 letters once, earliest first, like C B A"));
    assert!(
        stdout.contains("[right] A joint investigation team: Members share evidence directly.")
    );
    assert!(stdout.contains("A. ") && stdout.contains("1. Phones found in raids"));
    assert!(stdout.contains("(2 of 2 stages answered)"), "{stdout}");
}

#[test]
fn finished_runs_are_saved_per_profile_and_exported() {
    let data = std::env::temp_dir().join(format!("takedown-export-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let answers = common::encrochat_answers(&[("phones-in-raids", "2017 (2016-2019)")]);
    let out = takedown_with_data(
        &["--profile", "Ana, B.", "text", "--case", "encrochat"],
        &answers,
        &data,
    );
    assert!(
        text(&out.stdout).contains("Saved for profile \"Ana, B.\""),
        "{}",
        text(&out.stdout)
    );
    // A run ended early is not a finished run.
    takedown_with_data(
        &["--profile", "Ana, B.", "text", "--case", "sky-ecc"],
        "2018\n",
        &data,
    );

    let out = takedown_with_data(&["export"], "", &data);
    assert!(out.status.success());
    let csv = text(&out.stdout);
    let csv = csv
        .strip_prefix('\u{feff}')
        .expect("every CSV starts with a byte-order mark, on standard output too");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("profile,case,stage,question,kind,guess,range_low,range_high,truth")
    );
    assert_eq!(
        lines.len(),
        1 + 17,
        "a header and one row per question: {csv}"
    );
    assert!(
        lines[1].starts_with("\"Ana, B.\",encrochat,phones-in-raids,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains(",2016,2019,"),
        "the range is exported: {}",
        lines[1]
    );

    let out = takedown_with_data(
        &["export", "--format", "json", "--case", "encrochat"],
        "",
        &data,
    );
    let json = text(&out.stdout);
    assert!(json.trim_start().starts_with('['));
    assert_eq!(json.matches("\"stage\":").count(), 17);
    let out = takedown_with_data(&["--profile", "nobody", "export"], "", &data);
    assert!(text(&out.stderr).contains("no finished runs"));
    std::fs::remove_dir_all(&data).ok();
}

/// `takedown export --class`: the session written last (not the last name), every cell safe
/// to open in a spreadsheet, a byte-order mark as in the saved file; `--class list` says when
/// each class started and was saved, and the name `--resume NAME` takes.
#[test]
fn class_exports_are_the_latest_session_and_safe_in_a_spreadsheet() {
    use takedown::content::library::Library;
    use takedown::rules::class::Session;
    use takedown::store::Store;
    let data = std::env::temp_dir().join(format!("takedown-class-export-{}", std::process::id()));
    std::fs::remove_dir_all(&data).ok();
    let store = Store::open(&data);
    let case = Library::load(None).find("encrochat").unwrap().clone();
    let mut class = Session::new(case.clone(), 1, "4821", "2026-11-29T09:05:00Z");
    let names = ["=cmd|' /C calc'!A0", "=1+2", "+SUM(1,2)", "@cmd", "José"];
    for (i, name) in names.iter().enumerate() {
        class.join("4821", name, &format!("t{i}"), "now").unwrap();
    }
    class.advance();
    for i in 0..names.len() {
        class.answer(&format!("t{i}"), "2015", "now").unwrap();
    }
    let mut saved = class.saved();
    saved.saved_at = "2026-11-29T09:30:00.000Z".into();
    let csv = takedown::store::class_csv(&class);
    store
        .save_class("2026-11-29-0905-encrochat-4821", &saved, &csv)
        .unwrap();
    // An older class whose name sorts later.
    let mut older = Session::new(case, 1, "9999", "2026-11-29T08:00:00Z").saved();
    older.saved_at = "2026-11-29T08:10:00.000Z".into();
    store
        .save_class("2026-11-29-0800-encrochat-9999", &older, "")
        .unwrap();
    store.save_class("zz-older", &older, "").unwrap();

    let out = takedown_with_data(&["export", "--class"], "", &data);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported = text(&out.stdout);
    assert!(exported.starts_with('\u{feff}'), "a byte-order mark");
    let firsts: Vec<String> = csv::ReaderBuilder::new()
        .from_reader(exported.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(
        firsts,
        [
            "'=cmd|' /C calc'!A0",
            "'=1+2",
            "'+SUM(1,2)",
            "'@cmd",
            "José"
        ],
        "the latest class, every formula neutralised"
    );
    let saved_file =
        std::fs::read_to_string(data.join("classes/2026-11-29-0905-encrochat-4821.csv")).unwrap();
    assert_eq!(saved_file, exported, "the saved file and the export agree");

    let out = takedown_with_data(&["export", "--class", "list"], "", &data);
    let list = text(&out.stdout);
    let last = list.lines().rev().nth(1).unwrap();
    assert!(
        last.starts_with("2026-11-29-0905-encrochat-4821")
            && last.contains("2026-11-29 09:05 UTC")
            && last.contains("2026-11-29 09:30 UTC")
            && last.contains("stage 1 open"),
        "{list}"
    );
    assert!(list.contains("--resume"), "{list}");
    // The teacher's language: the list's words, and what is said when nothing is there.
    let out = takedown_with_data(&["--lang", "fr", "export", "--class", "list"], "", &data);
    let list = text(&out.stdout);
    assert!(list.starts_with("NOM (pour --class NOM"), "{list}");
    assert!(list.contains("étape 1 ouverte"), "{list}");
    let out = takedown_with_data(&["--lang", "de", "export", "--class", "nobody"], "", &data);
    assert_eq!(
        text(&out.stderr).trim(),
        "takedown export: Es gibt keine gespeicherte Klassensitzung „nobody“ (takedown export \
         --class list listet sie auf)"
    );
    std::fs::remove_dir_all(&data).ok();
}

/// `scripts/test-packages.sh` plays EncroChat in the installed program (the .deb; the .exe
/// under Wine) with the right answers from this file: it must stay what the case asks.
#[test]
fn the_answers_the_package_tests_type_are_the_right_ones() {
    let expected = common::encrochat_answers(&[]);
    let path = "tests/fixtures/encrochat-right-answers.txt";
    if std::env::var_os("TAKEDOWN_BLESS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap_or_default(),
        expected,
        "{path} is out of date: TAKEDOWN_BLESS=1 cargo test --test cli writes it again"
    );
}

/// The data folder follows the system's convention (on Linux, XDG: `$XDG_DATA_HOME/takedown`,
/// else `~/.local/share/takedown`), and `TAKEDOWN_DATA_DIR` wins over it. (Windows' `%APPDATA%`
/// is tested under Wine by scripts/test-packages.sh.)
#[cfg(target_os = "linux")]
#[test]
fn results_are_kept_where_linux_keeps_a_programs_data() {
    let answers = std::fs::read_to_string("tests/fixtures/encrochat-right-answers.txt").unwrap();
    let root = std::env::temp_dir().join(format!("takedown-cli-xdg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let play = |env: &[(&str, &std::path::Path)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_takedown"));
        command
            .args(["text", "--case", "encrochat"])
            .env_remove("TAKEDOWN_DATA_DIR")
            .env_remove("XDG_DATA_HOME")
            .env("HOME", root.join("home"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answers.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(text(&out.stdout).contains("Total: 1,700 points of 1,700"));
    };
    let runs = "profiles/default/runs.json";

    play(&[]);
    assert!(root.join("home/.local/share/takedown").join(runs).is_file());

    play(&[("XDG_DATA_HOME", &root.join("xdg"))]);
    assert!(root.join("xdg/takedown").join(runs).is_file());

    play(&[
        ("XDG_DATA_HOME", &root.join("xdg2")),
        ("TAKEDOWN_DATA_DIR", &root.join("mine")),
    ]);
    assert!(root.join("mine").join(runs).is_file());
    assert!(!root.join("xdg2").exists(), "TAKEDOWN_DATA_DIR wins");
    let _ = std::fs::remove_dir_all(&root);
}

/// `translate` writes a translation to fill in; `check` reports what is missing or stale as
/// warnings, refuses a figure the English does not have, and a unit of another kind.
#[test]
fn translate_writes_a_file_that_check_holds_to_the_english() {
    let dir = std::env::temp_dir().join(format!("takedown-translate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A case of the teacher's own (the shipped Exclu under another id: no translation yet).
    let case = std::fs::read_to_string("levels/exclu.ron").unwrap();
    std::fs::write(
        dir.join("mine.ron"),
        case.replacen("id: \"exclu\"", "id: \"mine\"", 1),
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let out = takedown(
        &["translate", "mine", "--to", "de", "--dir", d, "--levels", d],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("mine.de.ron: Deutsch words of mine"),
        "{}",
        text(&out.stdout)
    );
    let file = dir.join("mine.de.ron");
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("lang: de"), "{written}");
    // As written, every text is the English: nothing stale, nothing missing.
    let out = takedown(&["check", "--strict", d], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("mine.de.ron: ok: Deutsch translation of mine"));
    // Translated, with the figure 49 where the English says 48: refused.
    let translated = written
        .replacen("text: \"Arrests\"", "text: \"Festnahmen\"", 1)
        .replacen("text: \"48 arrests.", "text: \"49 Festnahmen.", 1);
    std::fs::write(&file, &translated).unwrap();
    let out = takedown(&["check", d], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("the translation has the figure 49, which the English does not"),
        "{}",
        text(&out.stderr)
    );
    // The English changed since: a warning, which --strict fails on.
    std::fs::write(
        &file,
        translated.replacen("49 Festnahmen.", "48 Festnahmen.", 1),
    )
    .unwrap();
    let case = std::fs::read_to_string(dir.join("mine.ron")).unwrap();
    std::fs::write(
        dir.join("mine.ron"),
        case.replacen("title: \"Arrests\"", "title: \"The arrests\"", 1),
    )
    .unwrap();
    let out = takedown(&["check", d], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("the English changed since this was translated"),
        "{}",
        text(&out.stderr)
    );
    assert!(!takedown(&["check", "--strict", d], "").status.success());
    // Brought up to date: the stale title starts again from the English, the rest is kept.
    let out = takedown(
        &["translate", "mine", "--to", "de", "--dir", d, "--levels", d],
        "",
    );
    assert!(out.status.success());
    let updated = std::fs::read_to_string(&file).unwrap();
    assert!(
        updated.contains("text: \"The arrests\"") && updated.contains("48 Festnahmen."),
        "{updated}"
    );
    // A unit translated into a unit of another kind.
    std::fs::write(
        &file,
        updated.replacen("text: \"arrests\"", "text: \"Tonnen\"", 1),
    )
    .unwrap();
    let out = takedown(&["check", d], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("measures something else"),
        "{}",
        text(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `text --lang de`: answers typed the German way count as the figures they mean.
#[test]
fn text_mode_reads_numbers_in_the_language_asked() {
    let out = takedown(
        &["text", "--case", "exclu", "--lang", "de"],
        "48\n3.000\n850\n",
    );
    let shown = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !shown.contains("Geben Sie"),
        "every answer was read: {shown}"
    );
    // The case itself in German, its figures as German writes them.
    assert!(shown.contains("Ein kleiner Dienst"), "{shown}");
    assert!(shown.contains("Die Antwort: 3.000 Nutzer"), "{shown}");
    let out = takedown(&["text", "--case", "exclu", "--lang", "xx"], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("en, fr, nl, de"),
        "{}",
        text(&out.stderr)
    );
}
