//! `takedown text`: a case in the terminal, on the same rules and scoring as the window.
//! One answer per line on standard input; end of input ends the game with the debrief of what
//! was answered.

use std::io::{BufRead, Write};

use std::time::SystemTime;

use crate::content::lang::Lang;
use crate::content::{Case, Question};
use crate::report::hints::{answer_error, hint};
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
        Some(id) => match library.find(id) {
            Some(case) => case.clone(),
            None => {
                let known: Vec<&str> = library.cases().map(|c| c.id.as_str()).collect();
                writeln!(
                    output,
                    "There is no case `{id}`. Cases: {}",
                    known.join(", ")
                )?;
                return Ok(2);
            }
        },
        None => match choose_case(library, input, output)? {
            Some(case) => case,
            None => return Ok(0),
        },
    };
    let mut run = Run::new(case, seed);
    run.set_lang(lang);
    let run = play(run, echo, input, output)?;
    if save.is_some() && run.answers().len() < run.stage_count() {
        writeln!(
            output,
            "Not saved: the terminal keeps a run once every stage is answered ({} of {} here).",
            run.answers().len(),
            run.stage_count()
        )?;
    }
    if let Some((store, profile)) = save
        && run.answers().len() == run.stage_count()
    {
        let record = RunRecord::of(&run, profile, SystemTime::now());
        match store.add_run(&record) {
            Ok(warnings) => {
                for warning in warnings {
                    writeln!(output, "Note: {warning}")?;
                }
                writeln!(
                    output,
                    "Saved for profile \"{profile}\" in {} (takedown export writes every answer as CSV).",
                    store.location()
                )?;
            }
            Err(e) => writeln!(output, "Your results could not be saved: {e}")?,
        }
    }
    Ok(0)
}

fn choose_case(
    library: &Library,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> std::io::Result<Option<Case>> {
    let cases: Vec<&Case> = library.cases().collect();
    if cases.is_empty() {
        writeln!(output, "No playable cases found.")?;
        return Ok(None);
    }
    writeln!(output, "Cases:")?;
    for (i, case) in cases.iter().enumerate() {
        writeln!(output, "  {}. {}: {}", i + 1, case.title, case.summary)?;
    }
    loop {
        write!(output, "Choose a case (number or id): ")?;
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
            Some(case) => return Ok(Some((*case).clone())),
            None => writeln!(
                output,
                "Type a number from 1 to {}, or a case id.",
                cases.len()
            )?,
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
    heading(output, &case.title)?;
    writeln!(output, "{}", case.countries.join(", "))?;
    writeln!(output)?;
    for paragraph in &case.briefing {
        wrap(output, paragraph, "")?;
        writeln!(output)?;
    }
    // The map, as a list of places.
    let places = crate::report::places::places_in_words(&case.places);
    if !places.is_empty() {
        writeln!(output, "Where it happened:")?;
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
            &format!("Stage {} of {}: {}", n + 1, case.stages.len(), stage.title),
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
        let hint = hint(
            run.lang(),
            &stage.question,
            RangeMode::Optional,
            Input::Terminal,
        );
        loop {
            write!(output, "Your answer ({hint}): ")?;
            output.flush()?;
            let Some(line) = read_line(input)? else {
                writeln!(output)?;
                writeln!(output, "(End of input: the game ends here.)")?;
                run.finish_early();
                break;
            };
            if echo {
                writeln!(output, "{line}")?;
            }
            match run.submit_text(&line) {
                Ok(_) => break,
                Err(ProgressError::Answer(e)) => {
                    writeln!(output, "  {}", answer_error(run.lang(), &e))?
                }
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
    writeln!(output)?;
    writeln!(output, "  The answer: {} ({})", r.truth, r.as_of)?;
    writeln!(
        output,
        "  {}: {}. {} points.",
        r.your_answer, r.verdict, r.points
    )?;
    if let Some(line) = &r.line {
        for row in text_line(line, 60) {
            writeln!(output, "    {row}")?;
        }
        let legend = if line.range.is_some() {
            "    (G your estimate, [ ] your 80% range, T the truth, * both)"
        } else {
            "    (G your estimate, T the truth, * both)"
        };
        writeln!(output, "{legend}")?;
    }
    if let Some(range) = &r.range {
        wrap(output, range, "  ")?;
    }
    for item in &r.items {
        let mark = match item.mark {
            Mark::Right => "[right]",
            Mark::PickedWrong => "[your pick]",
            Mark::Wrong => "[wrong]",
            Mark::InPlace => "[in place]",
            Mark::Moved => "[moved]",
        };
        let text = match &item.date {
            Some(date) => format!("{mark} {} ({date}): {}", item.text, item.note),
            None => format!("{mark} {}: {}", item.text, item.note),
        };
        wrap(output, &text, "    ")?;
    }
    writeln!(output)?;
    wrap(output, &r.explanation, "  ")?;
    if let Some((n, _)) = run.current_stage() {
        for line in crate::report::places::places_in_words(&run.case().stages[n].places) {
            wrap(output, &format!("Where: {line}"), "  ")?;
        }
    }
    if let Some(note) = &r.disagreement {
        wrap(output, &format!("Sources differ: {note}"), "  ")?;
    }
    let mut source = r.source.clone();
    if let Some(url) = &r.url {
        source.push_str(&format!(". {url}"));
    }
    wrap(output, &source, "  ")?;
    writeln!(
        output,
        "  Score so far: {} of {}",
        run.total_points(),
        run.max_points()
    )?;
    Ok(())
}

fn debrief(output: &mut impl Write, d: &Debrief) -> std::io::Result<()> {
    heading(output, &format!("Debrief: {} ({})", d.case_title, d.years))?;
    writeln!(output, "Total: {}", d.score_line())?;
    writeln!(output)?;
    for row in &d.rows {
        writeln!(output, "{:>2}. {}", row.number, row.title)?;
        writeln!(
            output,
            "    you {} | truth {} | {} | {} pts",
            row.guess, row.truth, row.verdict, row.points
        )?;
    }
    writeln!(output)?;
    wrap(output, &d.tendency, "")?;
    wrap(output, &d.calibration.sentence, "")?;
    if let Some(sharpness) = d.calibration.sharpness_sentence() {
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
