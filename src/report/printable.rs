//! The class session as a page to print or file: one HTML document with a print style for A4,
//! written beside the class's CSV after every reveal and opened from the class debrief.
//!
//! For every stage revealed so far: the question, the truth, the class's answers (a dot plot
//! of the estimates on the question's scale, drawn as inline SVG in black and grey so that it
//! prints legibly without colour; bars for a choice; the events in their order), the median
//! and how far it was from the truth, the ranges that caught it, the explanation and the
//! source. Then the class's calibration and tendency, and the totals with names only if the
//! teacher chose to show names. Every text is escaped (`maud`): a student's name is shown, never
//! run.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::content::Question;
use crate::content::lang::Lang;
use crate::report::class::{
    ClassLine, Figures, OptionCount, class_bias_sentence, class_calibration_sentence,
    class_debrief, median_text, stage_figures,
};
use crate::report::lang::{say, word};
use crate::report::numbers::date;
use crate::report::reveal::source_line;
use crate::report::words::{truth_in_words, when};
use crate::rules::class::Session;

/// The style: a readable page on screen, A4 on paper, no stage split across two pages, and
/// nothing that needs colour.
const STYLE: &str = r#"
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #000; background: #fff; margin: 0; }
main { max-width: 182mm; margin: 0 auto; }
@media screen { main { padding: 1.5em 1em 3em; } }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 0 0 1.5mm; }
p { margin: 0 0 1.8mm; }
.meta { color: #333; }
section { break-inside: avoid; page-break-inside: avoid; border-top: 0.4mm solid #000; padding-top: 3mm; margin-top: 5mm; }
.question { font-style: italic; }
.truth { font-weight: bold; }
.summary { font-weight: bold; }
.note, .source { font-size: 9pt; color: #222; }
.source a { color: #000; overflow-wrap: anywhere; }
svg { display: block; width: 100%; height: auto; margin: 1mm 0 2mm; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
th, td { text-align: left; padding: 1mm 2mm 1mm 0; border-bottom: 0.2mm solid #777; vertical-align: top; }
th { font-weight: bold; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.bar, th.bar { width: 46mm; }
td.bar svg { display: inline; width: 44mm; margin: 0; }
tr.right td { font-weight: bold; }
ol { margin: 0 0 2mm; padding-left: 6mm; }
"#;

/// The page for `session` as it is now, in `lang` (the case's words translated where the
/// session has the case in `lang`). `names`: the teacher chose to show students' names (the
/// totals are then listed by name; otherwise no name appears). `written_at`: RFC 3339, shown
/// as when the page was made.
pub fn class_report_html(session: &Session, lang: Lang, names: bool, written_at: &str) -> String {
    let case = session.case_in(lang);
    let revealed: Vec<usize> = (0..case.stages.len())
        .filter(|&n| session.is_revealed(n))
        .collect();
    let debrief = class_debrief(session, lang);
    let talked = debrief.rows.iter().any(|r| !r.talk.is_empty());
    let title = say(
        lang,
        "report-title",
        &[
            ("case", case.title.as_str().into()),
            ("code", session.code().into()),
        ],
    );
    let meta = say(
        lang,
        "report-meta",
        &[
            ("code", session.code().into()),
            ("started", when(session.started_at()).into()),
            ("students", debrief.students.into()),
            ("revealed", revealed.len().into()),
            ("stages", case.stages.len().into()),
            ("written", when(written_at).into()),
        ],
    );
    let w = |id: &str| word(lang, id);
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    h1 { (case.title) }
                    p.meta { (meta) }
                    @if revealed.is_empty() {
                        p { (w("report-none-revealed")) }
                    }
                    @for &n in &revealed {
                        (stage_section(session, lang, n))
                    }
                    @if !revealed.is_empty() {
                        section.class {
                            h2 { (w("report-the-class")) }
                            p { (class_calibration_sentence(lang, &debrief.calibration)) }
                            p { (class_bias_sentence(lang, debrief.median_log_error)) }
                            table {
                                thead { tr { th { (w("report-col-stage")) } th.n { (w("report-col-answers")) } th { (w("report-col-result")) } th { (w("report-col-beat")) } @if talked { th { (w("report-col-team")) } } } }
                                tbody {
                                    @for row in debrief.rows.iter().filter(|r| revealed.contains(&(r.number - 1))) {
                                        tr {
                                            td { (row.number) ". " (row.title) }
                                            td.n { (row.answered) }
                                            td { (row.result) }
                                            td { (row.beaten) }
                                            @if talked { td { (row.talk) } }
                                        }
                                    }
                                }
                            }
                            @if names {
                                h2 { (w("report-totals")) }
                                table {
                                    thead { tr { th { (w("report-col-student")) } th.n { (w("report-col-points")) } th.n { (w("report-col-answered")) } } }
                                    tbody {
                                        @for (name, points, answered) in &debrief.totals {
                                            tr { td { (name) } td.n { (points) } td.n { (answered) } }
                                        }
                                    }
                                }
                            } @else {
                                p.note { (w("report-names-hidden")) }
                            }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}

/// One revealed stage, in `lang`.
fn stage_section(session: &Session, lang: Lang, n: usize) -> Markup {
    let case = session.case_in(lang);
    let stage = &case.stages[n];
    let question = &stage.question;
    let figures = stage_figures(session, n, lang);
    let source = question.source();
    let heading = say(
        lang,
        "report-stage",
        &[
            ("number", (n + 1).into()),
            ("title", stage.title.as_str().into()),
        ],
    );
    let truth = say(
        lang,
        "report-truth",
        &[
            ("truth", truth_in_words(lang, question).into()),
            ("date", date(lang, question.as_of()).into()),
        ],
    );
    let w = |id: &str| word(lang, id);
    html! {
        section.stage id=(format!("stage-{}", n + 1)) {
            h2 { (heading) }
            p.question { (question.prompt()) }
            p.truth { (truth) }
            @if let Some(figures) = &figures {
                @match &figures.figures {
                    Figures::Estimate { line, median, .. } => {
                        @let label = match (median, question) {
                            (Some(m), Question::Estimate(e)) => say(lang, "report-class-median", &[("median", median_text(lang, e, *m).into())]),
                            _ => String::new(),
                        };
                        (dot_plot(lang, line, &label, figures.answered))
                    }
                    Figures::Choice { options } => (choice_bars(lang, options)),
                    Figures::Order { .. } => {
                        @if let Question::Order(order) = question {
                            p { (w("report-events-order")) }
                            ol { @for event in &order.events { li { (event) } } }
                        }
                    }
                }
                // "5 answered", not "of" today's class size: students who joined later were not
                // there to answer.
                p.summary { (say(lang, "report-answered", &[("count", figures.answered.into())])) " " (figures.summary) }
                @if let Some(teams) = &figures.teams {
                    table.rounds {
                        thead { tr { th { (w("report-col-team")) } th.n { (w("report-col-answers")) } th { (w("report-col-round-result")) } } }
                        tbody {
                            @for round in &teams.rounds {
                                tr { td { (round.round.words(lang)) } td.n { (round.answers) } td { (round.text) } }
                            }
                        }
                    }
                    p.summary { (teams.verdict) }
                }
            }
            p { (question.explanation()) }
            @if let Some(note) = question.disagreement() {
                p.note { (say(lang, "report-disagree", &[("note", note.into())])) }
            }
            p.source {
                (source_line(lang, source))
                @if let Some(url) = &source.url {
                    ". " a href=(url) { (url) }
                }
            }
        }
    }
}

/// Width of the drawing, in its own units (the page scales it to the text's width).
const WIDTH: f64 = 700.0;
const SIDE: f64 = 24.0;
/// Room for the stacked dots above the axis.
const STACK: f64 = 110.0;
const AXIS_Y: f64 = 18.0 + STACK;

fn x_of(at: f64) -> f64 {
    SIDE + at.clamp(0.0, 1.0) * (WIDTH - 2.0 * SIDE)
}

/// The class's estimates as a dot plot: one black dot per student, stacked where guesses
/// fall close together; the truth as a hatched band; the median as a triangle under the
/// axis; labelled ticks.
fn dot_plot(lang: Lang, line: &ClassLine, median_label: &str, answered: usize) -> Markup {
    // Dots fall into columns a dot wide; each column stacks upwards.
    let columns = 64.0;
    let mut heights = vec![0usize; columns as usize + 1];
    let mut placed = Vec::with_capacity(line.dots.len());
    for dot in &line.dots {
        let column = (dot.at.clamp(0.0, 1.0) * columns).round() as usize;
        placed.push((column, heights[column]));
        heights[column] += 1;
    }
    let tallest = heights.iter().copied().max().unwrap_or(0).max(1);
    let step = (STACK / tallest as f64).min((WIDTH - 2.0 * SIDE) / columns);
    let radius = step * 0.42;
    let (t0, t1) = (x_of(line.truth_low), x_of(line.truth_high));
    let (band_x, band_w) = if t1 - t0 < 4.0 {
        ((t0 + t1) / 2.0 - 2.0, 4.0)
    } else {
        (t0, t1 - t0)
    };
    let height = AXIS_Y + 58.0;
    let label = if median_label.is_empty() {
        say(lang, "report-dots", &[("count", answered.into())])
    } else {
        say(
            lang,
            "report-dots-median",
            &[("count", answered.into()), ("median", median_label.into())],
        )
    };
    html! {
        svg viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(label) xmlns="http://www.w3.org/2000/svg" {
            defs {
                pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                    rect width="6" height="6" fill="#fff" {}
                    line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2" {}
                }
            }
            rect x=(f1(band_x)) y="14" width=(f1(band_w)) height=(f1(AXIS_Y - 14.0)) fill="url(#hatch)" stroke="#000" stroke-width="1" {}
            text x=(f1(band_x + band_w / 2.0)) y="10" text-anchor="middle" font-size="12" font-weight="bold" { (word(lang, "report-truth-mark")) }
            line x1=(f1(SIDE)) y1=(f1(AXIS_Y)) x2=(f1(WIDTH - SIDE)) y2=(f1(AXIS_Y)) stroke="#000" stroke-width="1.5" {}
            @for tick in &line.ticks {
                line x1=(f1(x_of(tick.at))) y1=(f1(AXIS_Y)) x2=(f1(x_of(tick.at))) y2=(f1(AXIS_Y + 6.0)) stroke="#000" stroke-width="1" {}
                text x=(f1(x_of(tick.at))) y=(f1(AXIS_Y + 19.0)) text-anchor="middle" font-size="12" { (tick.label) }
            }
            @for (column, level) in &placed {
                circle cx=(f1(x_of(*column as f64 / columns))) cy=(f1(AXIS_Y - step * (*level as f64 + 0.5))) r=(f1(radius)) fill="#000" stroke="#fff" stroke-width="0.6" {}
            }
            @if let Some(m) = line.median {
                @let x = x_of(m);
                polygon points=(format!("{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}", x, AXIS_Y + 24.0, x - 7.0, AXIS_Y + 36.0, x + 7.0, AXIS_Y + 36.0)) fill="#fff" stroke="#000" stroke-width="1.5" {}
                text x=(f1(x.clamp(90.0, WIDTH - 90.0))) y=(f1(AXIS_Y + 52.0)) text-anchor="middle" font-size="12" { (median_label) }
            }
        }
    }
}

/// A choice's options as a table: each option in full (the right one ticked and in bold, not
/// only shaded), how many picked it, and a bar.
fn choice_bars(lang: Lang, options: &[OptionCount]) -> Markup {
    let most = options.iter().map(|o| o.count).max().unwrap_or(0).max(1);
    html! {
        table.choice {
            thead { tr { th { (word(lang, "report-col-option")) } th.n { (word(lang, "report-col-picked")) } th.bar { "" } } }
            tbody {
                @for option in options {
                    @let width = 160.0 * option.count as f64 / most as f64;
                    tr.right[option.correct] {
                        td {
                            @if option.correct { "✔ " }
                            (option.text)
                            @if option.correct { " (right)" }
                        }
                        td.n { (option.count) }
                        td.bar {
                            svg viewBox="0 0 164 14" width="164" height="14" role="presentation" xmlns="http://www.w3.org/2000/svg" {
                                rect x="1" y="1" width=(f1(width.max(1.0))) height="12"
                                    fill=(if option.correct { "#000" } else { "#fff" }) stroke="#000" stroke-width="1" {}
                            }
                        }
                    }
                }
            }
        }
    }
}

fn f1(x: f64) -> String {
    format!("{x:.1}")
}

#[cfg(test)]
mod tests;
