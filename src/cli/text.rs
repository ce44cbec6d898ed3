//! `takedown text`: a case in the terminal, on the same rules and scoring as the window.
//! One answer per line on standard input; end of input ends the game with the debrief of what
//! was answered.

use std::io::{BufRead, Write};

use std::time::SystemTime;

use crate::content::lang::Lang;
use crate::content::{Case, Question};
use crate::report::hints::{answer_error, hint};
use crate::report::lang::{say, word};
use crate::report::places::{countries, places_in_words};
use crate::rules::answer::letter;
use crate::rules::hint::{Input, RangeMode};

use crate::content::library::Library;
use crate::report::debrief::Debrief;
use crate::report::line::text_line;
use crate::report::reveal::{Mark, Reveal};
use crate::rules::progress::{Phase, ProgressError, Run};
use crate::store::{RunRecord, Store};

const WIDTH: usize = 78;

/// Play a case from `input` to `output`. Returns the exit code: 0 when a case was played (to
/// the end or until input ended), 2 when the case asked for does not exist. Answers are read
/// as `lang` writes numbers (`6.558` is 6,558 in German).
#[allow(clippy::too_many_arguments)]
pub fn run(
    library: &Library,
    case_id: Option<&str>,
    seed: u64,
    lang: Lang,
    echo: bool,
    save: Option<(&Store, &str)>,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> std::io::Result<i32> {
    let case = match case_id {
        Some(id) => match library.case_in(id, lang) {
            Some(case) => case,
            None => {
                let known: Vec<&str> = library.cases().map(|c| c.id.as_str()).collect();
                let cases = known.join(", ");
                let said = say(
                    lang,
                    "text-no-case",
                    &[("id", id.into()), ("cases", cases.into())],
                );
                writeln!(output, "{said}")?;
                return Ok(2);
            }
        },
        None => match choose_case(library, lang, input, output)? {
            Some(case) => case,
            None => return Ok(0),
        },
    };
    let mut run = Run::new(case, seed);
    run.set_lang(lang);
    let run = play(run, echo, input, output)?;
    if save.is_some() && run.answers().len() < run.stage_count() {
        let said = say(
            lang,
            "text-not-saved",
            &[
                ("answered", run.answers().len().into()),
                ("stages", run.stage_count().into()),
            ],
        );
        writeln!(output, "{said}")?;
    }
    if let Some((store, profile)) = save
        && run.answers().len() == run.stage_count()
    {
        let record = RunRecord::of(&run, profile, SystemTime::now());
        match store.add_run(&record) {
            Ok(warnings) => {
                for warning in warnings {
                    let said = say(lang, "text-note", &[("warning", warning.say(lang).into())]);
                    writeln!(output, "{said}")?;
                }
                let said = say(
                    lang,
                    "text-saved",
                    &[
                        ("profile", profile.into()),
                        ("place", store.location().say(lang).into()),
                    ],
                );
                writeln!(output, "{said}")?;
            }
            Err(e) => {
                let said = say(lang, "text-save-failed", &[("error", e.say(lang).into())]);
                writeln!(output, "{said}")?
            }
        }
    }
    Ok(0)
}

fn choose_case(
    library: &Library,
    lang: Lang,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> std::io::Result<Option<Case>> {
    let cases: Vec<Case> = library
        .cases()
        .filter_map(|c| library.case_in(&c.id, lang))
        .collect();
    if cases.is_empty() {
        writeln!(output, "{}", word(lang, "text-no-cases"))?;
        return Ok(None);
    }
    writeln!(output, "{}", word(lang, "text-cases"))?;
    for (i, case) in cases.iter().enumerate() {
        writeln!(output, "  {}. {}: {}", i + 1, case.title, case.summary)?;
    }
    loop {
        write!(output, "{} ", word(lang, "text-choose"))?;
        output.flush()?;
        let Some(line) = read_line(input)? else {
            writeln!(output)?;
            return Ok(None);
        };
        let choice = line.trim();
        let picked = choice
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| cases.get(n))
            .or_else(|| cases.iter().find(|c| c.id == choice));
        match picked {
            Some(case) => return Ok(Some(case.clone())),
            None => {
                let said = say(lang, "text-choose-again", &[("count", cases.len().into())]);
                writeln!(output, "{said}")?
            }
        }
    }
}

/// One line of input without its line ending; `None` at end of input. Bytes that are not
/// UTF-8 are replaced rather than ending the game.
fn read_line(input: &mut impl BufRead) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    if input.read_until(b'\n', &mut bytes)? == 0 {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(&bytes);
    Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()))
}

/// Play `run` from its briefing to its debrief, and return it. With `echo`, each answer read is
/// written back (for input from a file or a pipe, so the transcript shows what was answered).
pub fn play(
    mut run: Run,
    echo: bool,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> std::io::Result<Run> {
    let case = run.case().clone();
    let lang = run.lang();
    heading(output, &case.title)?;
    writeln!(output, "{}", countries(lang, &case.countries))?;
    writeln!(output)?;
    for paragraph in &case.briefing {
        wrap(output, paragraph, "")?;
        writeln!(output)?;
    }
    // The map, as a list of places.
    let places = places_in_words(lang, &case.places);
    if !places.is_empty() {
        writeln!(output, "{}", word(lang, "text-where"))?;
        for line in &places {
            wrap(output, line, "  ")?;
        }
        writeln!(output)?;
    }
    run.advance();
    while let Phase::Question(n) = run.phase() {
        let stage = case.stages[n].clone();
        heading(
            output,
            &say(
                lang,
                "text-stage",
                &[
                    ("number", (n + 1).into()),
                    ("count", case.stages.len().into()),
                    ("title", stage.title.as_str().into()),
                ],
            ),
        )?;
        for paragraph in &stage.narrative {
            wrap(output, paragraph, "")?;
            writeln!(output)?;
        }
        wrap(output, stage.question.prompt(), "")?;
        let shown = run.shown_order(n).to_vec();
        match &stage.question {
            Question::Estimate(_) => {}
            Question::Choice(choice) => {
                for (position, &i) in shown.iter().enumerate() {
                    wrap(
                        output,
                        &format!("{}. {}", position + 1, choice.options[i].text),
                        "  ",
                    )?;
                }
            }
            Question::Order(order) => {
                for (position, &i) in shown.iter().enumerate() {
                    wrap(
                        output,
                        &format!("{}. {}", letter(position), order.events[i]),
                        "  ",
                    )?;
                }
            }
        }
        let hint = hint(lang, &stage.question, RangeMode::Optional, Input::Terminal);
        let prompt = say(lang, "text-your-answer", &[("hint", hint.into())]);
        loop {
            write!(output, "{prompt} ")?;
            output.flush()?;
            let Some(line) = read_line(input)? else {
                writeln!(output)?;
                writeln!(output, "{}", word(lang, "text-end-of-input"))?;
                run.finish_early();
                break;
            };
            if echo {
                writeln!(output, "{line}")?;
            }
            match run.submit_text(&line) {
                Ok(_) => break,
                Err(ProgressError::Answer(e)) => writeln!(output, "  {}", answer_error(lang, &e))?,
                Err(e) => writeln!(output, "  {e}")?,
            }
        }
        if let Some(shown) = Reveal::of(&run) {
            reveal(output, &shown, &run)?;
            run.advance();
        }
    }
    debrief(output, &Debrief::of(&run))?;
    Ok(run)
}

fn reveal(output: &mut impl Write, r: &Reveal, run: &Run) -> std::io::Result<()> {
    let lang = run.lang();
    writeln!(output)?;
    let said = say(
        lang,
        "text-the-answer",
        &[
            ("truth", r.truth.as_str().into()),
            ("as-of", r.as_of.as_str().into()),
        ],
    );
    writeln!(output, "  {said}")?;
    let said = say(
        lang,
        "text-verdict",
        &[
            ("answer", r.your_answer.as_str().into()),
            ("verdict", r.verdict.as_str().into()),
            ("points", r.points.into()),
        ],
    );
    writeln!(output, "  {said}")?;
    if let Some(line) = &r.line {
        for row in text_line(line, 60) {
            writeln!(output, "    {row}")?;
        }
        let legend = if line.range.is_some() {
            "text-legend-range"
        } else {
            "text-legend"
        };
        writeln!(output, "    {}", word(lang, legend))?;
    }
    if let Some(range) = &r.range {
        wrap(output, range, "  ")?;
    }
    for item in &r.items {
        let mark = word(
            lang,
            match item.mark {
                Mark::Right => "text-mark-right",
                Mark::PickedWrong => "text-mark-your-pick",
                Mark::Wrong => "text-mark-wrong",
                Mark::InPlace => "text-mark-in-place",
                Mark::Moved => "text-mark-moved",
            },
        );
        let text = match &item.date {
            Some(date) => format!("{mark} {} ({date}): {}", item.text, item.note),
            None => format!("{mark} {}: {}", item.text, item.note),
        };
        wrap(output, &text, "    ")?;
    }
    writeln!(output)?;
    wrap(output, &r.explanation, "  ")?;
    if let Some((n, _)) = run.current_stage() {
        for line in places_in_words(lang, &run.case().stages[n].places) {
            wrap(
                output,
                &say(lang, "text-where-line", &[("places", line.into())]),
                "  ",
            )?;
        }
    }
    if let Some(note) = &r.disagreement {
        wrap(
            output,
            &say(lang, "text-sources-differ", &[("note", note.into())]),
            "  ",
        )?;
    }
    let mut source = r.source.clone();
    if let Some(url) = &r.url {
        source.push_str(&format!(". {url}"));
    }
    wrap(output, &source, "  ")?;
    let score = say(
        lang,
        "text-score",
        &[
            ("score", run.total_points().into()),
            ("max", run.max_points().into()),
        ],
    );
    writeln!(output, "  {score}")?;
    Ok(())
}

fn debrief(output: &mut impl Write, d: &Debrief) -> std::io::Result<()> {
    let lang = d.lang;
    let title = say(
        lang,
        "text-debrief",
        &[
            ("title", d.case_title.as_str().into()),
            ("years", d.years.as_str().into()),
        ],
    );
    heading(output, &title)?;
    let total = say(lang, "text-total", &[("score", d.score_line().into())]);
    writeln!(output, "{total}")?;
    writeln!(output)?;
    for row in &d.rows {
        writeln!(output, "{:>2}. {}", row.number, row.title)?;
        let said = say(
            lang,
            "text-row",
            &[
                ("guess", row.guess.as_str().into()),
                ("truth", row.truth.as_str().into()),
                ("verdict", row.verdict.as_str().into()),
                ("points", row.points.into()),
            ],
        );
        writeln!(output, "    {said}")?;
    }
    writeln!(output)?;
    wrap(output, &d.tendency, "")?;
    wrap(output, &d.calibration.sentence, "")?;
    if let Some(sharpness) = d.calibration.sharpness_sentence(lang) {
        writeln!(output, "{sharpness}")?;
    }
    writeln!(output)?;
    wrap(output, &d.lesson, "")?;
    Ok(())
}

fn heading(output: &mut impl Write, title: &str) -> std::io::Result<()> {
    writeln!(output)?;
    writeln!(output, "== {title} ==")?;
    writeln!(output)
}

/// Write `text` wrapped at [`WIDTH`] columns, each line starting with `indent`.
fn wrap(output: &mut impl Write, text: &str, indent: &str) -> std::io::Result<()> {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty()
            && indent.len() + line.chars().count() + 1 + word.chars().count() > WIDTH
        {
            writeln!(output, "{indent}{line}")?;
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        writeln!(output, "{indent}{line}")?;
    }
    Ok(())
}
