//! What each student's phone shows, as JSON: the class's phase, the open stage with their own
//! answer, the reveal with their own verdict, and their debrief. The server sends it; the page
//! (`src/host/page/app.js`) only draws it.

use serde::Serialize;

use crate::content::lang::Lang;
use crate::content::{Question, Stage};
use crate::report::debrief::Debrief;
use crate::report::hints::hint;
use crate::report::reveal::{Mark, Reveal, source_line};
use crate::report::words::{read_as, truth_in_words};
use crate::rules::class::{ClassPhase, Session, StudentId, TeamForming};
use crate::rules::hint::{Input, RangeMode};
use crate::rules::judge::Answer;

/// What a student's phone shows, as JSON.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StudentView {
    /// `lobby`, `open`, `teams` (a team round: one answer per team), `revise` (after a team
    /// round: each may revise their own), `closed`, `revealed` or `debrief`.
    pub phase: &'static str,
    /// Goes up with every change in the class.
    pub version: u64,
    /// Goes up each time the class is resumed after the program stopped. A phone orders the
    /// states it receives by (epoch, version) and never shows an older one.
    pub epoch: u64,
    /// The teacher ended the class: nothing more will come.
    pub ended: bool,
    pub name: String,
    pub case_title: String,
    /// The case's places in words, in the lobby (empty elsewhere, and for a case without
    /// places).
    pub case_places: Vec<String>,
    /// Where the case's map is (`/api/map`), in the lobby, if it has places.
    pub case_map: Option<String>,
    pub stage_count: usize,
    /// The stage asked, closed or revealed.
    pub stage: Option<StageView>,
    /// At the end: the student's own debrief.
    pub debrief: Option<StudentDebrief>,
}

/// A stage on a phone.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StageView {
    /// 1-based.
    pub number: usize,
    pub id: String,
    pub title: String,
    pub narrative: Vec<String>,
    pub prompt: String,
    /// `estimate`, `choice` or `order`.
    pub kind: &'static str,
    /// The address of the icon of what the figure counts (`/icons/users.svg`), if it has one.
    pub icon: Option<String>,
    pub unit: String,
    pub hint: String,
    /// An 80% range to show as an example beside the range field: `500-5000`, or for a year
    /// `2015-2019` (empty for a choice or an order).
    pub range_example: String,
    /// A choice's options, as numbered on every phone.
    pub options: Vec<String>,
    /// An order's events, as lettered on every phone.
    pub events: Vec<String>,
    /// Whether the student's own answers are taken now (alone, or revised after a team
    /// round).
    pub open: bool,
    /// The student's answer so far: revised after a team round if they revised it.
    pub your_answer: Option<YourAnswer>,
    /// On a stage with a team round: the answer the student gave alone.
    pub alone_answer: Option<YourAnswer>,
    /// On a stage with a team round: the student's team, its members and its answer. No
    /// other team's answer is ever sent.
    pub team: Option<TeamView>,
    /// While students pick their teams and this one has none: the teams to pick from.
    pub pick: Vec<PickView>,
    /// After the reveal only.
    pub reveal: Option<StageReveal>,
}

/// The student's own team on a phone.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TeamView {
    pub number: u32,
    /// The members still in the class, the student among them.
    pub members: Vec<String>,
    /// Whether the team's answer is taken now (the team round of this stage).
    pub open: bool,
    /// The team's answer so far, and who sent it.
    pub answer: Option<YourAnswer>,
    pub sent_by: Option<String>,
}

/// A team a student may pick.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PickView {
    pub number: u32,
    pub members: Vec<String>,
}

/// A student's answer as typed and as read.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct YourAnswer {
    pub text: String,
    pub read_as: String,
}

/// One event of an order question at its reveal on a phone.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventLine {
    pub text: String,
    /// When it happened ("1 April 2020"), if the question dates its events.
    pub date: Option<String>,
    /// "you had it 3rd", "you had it in place"; `None` if the student did not answer.
    pub yours: Option<String>,
    /// Whether the student put it in its true place.
    pub in_place: bool,
}

/// The reveal on a phone: the truth and the student's own verdict.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StageReveal {
    pub truth: String,
    /// An order question's events in the right order (empty for other kinds), so a phone
    /// can list them rather than print one long line: each with its date and where the
    /// student had put it.
    pub truth_events: Vec<EventLine>,
    pub as_of: String,
    /// "2.3x too low: right order of magnitude"; `None` if the student did not answer.
    pub verdict: Option<String>,
    pub points: Option<u32>,
    /// The points in words: `75 points`, `1 point`.
    pub points_said: Option<String>,
    /// How their 80% range did, if they gave one.
    pub range: Option<String>,
    pub explanation: String,
    pub disagreement: Option<String>,
    pub source: String,
    pub url: Option<String>,
    /// The stage's places in words, one line per role ("Servers: Roubaix (France)"); empty
    /// for a stage without places. The page shows them under the stage's map.
    pub places: Vec<String>,
    /// Where the stage's map is (`/api/map?stage=3`), if it has places.
    pub map: Option<String>,
}

/// A student's own debrief.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StudentDebrief {
    pub score: String,
    pub tendency: String,
    pub calibration: String,
    pub rows: Vec<StudentRow>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StudentRow {
    pub title: String,
    pub guess: String,
    pub truth: String,
    pub verdict: String,
    pub points: u32,
}

fn phase_name(phase: ClassPhase) -> &'static str {
    match phase {
        ClassPhase::Lobby => "lobby",
        ClassPhase::Open(_) => "open",
        ClassPhase::Teams(_) => "teams",
        ClassPhase::Revise(_) => "revise",
        ClassPhase::Closed(_) => "closed",
        ClassPhase::Revealed(_) => "revealed",
        ClassPhase::Debrief => "debrief",
    }
}

/// What the phone of `student` shows now. Nothing in it gives a truth or another student's
/// answer away before the reveal.
/// What `student`'s phone shows, in `lang` (the phone's language): the case's words in it
/// where translated, and every figure, verdict and message as it writes them.
pub fn student_view(session: &Session, student: StudentId, lang: Lang) -> StudentView {
    let case = session.case_in(lang);
    let name = session
        .student(student)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let stage = session
        .phase()
        .stage()
        .and_then(|n| Some((n, case.stages.get(n)?)))
        .map(|(n, stage)| stage_view(session, student, n, stage, lang));
    let debrief = (session.phase() == ClassPhase::Debrief).then(|| {
        let answers: Vec<Answer> = (0..case.stages.len())
            .filter_map(|n| {
                session
                    .final_answer_of(student, n)
                    .map(|a| a.answer.clone())
            })
            .collect();
        let d = Debrief::of_answers(lang, case, &answers);
        StudentDebrief {
            score: d.score_line(),
            tendency: d.tendency.clone(),
            calibration: d.calibration.sentence.clone(),
            rows: d
                .rows
                .into_iter()
                .map(|r| StudentRow {
                    title: format!("{}. {}", r.number, r.title),
                    guess: r.guess,
                    truth: r.truth,
                    verdict: r.verdict,
                    points: r.points,
                })
                .collect(),
        }
    });
    StudentView {
        phase: phase_name(session.phase()),
        version: session.version(),
        epoch: session.epoch(),
        ended: session.ended(),
        name,
        case_title: case.title.clone(),
        // Only the lobby shows the case's map (and 200 phones' states are made at once when a
        // stage opens: nothing they do not show).
        case_places: if session.phase() == ClassPhase::Lobby {
            crate::report::places::places_in_words(lang, &case.places)
        } else {
            Vec::new()
        },
        case_map: (session.phase() == ClassPhase::Lobby && !case.places.is_empty())
            .then(|| "/api/map".to_string()),
        stage_count: case.stages.len(),
        stage,
        debrief,
    }
}

fn stage_view(
    session: &Session,
    student: StudentId,
    n: usize,
    stage: &Stage,
    lang: Lang,
) -> StageView {
    let shown = session.shown_order(n);
    let (kind, unit, options, events) = match &stage.question {
        Question::Estimate(e) => ("estimate", e.unit.clone(), vec![], vec![]),
        Question::Choice(c) => (
            "choice",
            String::new(),
            shown.iter().map(|&i| c.options[i].text.clone()).collect(),
            vec![],
        ),
        Question::Order(o) => (
            "order",
            String::new(),
            vec![],
            shown.iter().map(|&i| o.events[i].clone()).collect(),
        ),
    };
    let mine = session.final_answer_of(student, n);
    let reveal = session.is_revealed(n).then(|| {
        let question = &stage.question;
        let source = question.source();
        let judged = mine.map(|a| Reveal::for_answer(lang, n, stage, &a.answer));
        StageReveal {
            truth: truth_in_words(lang, question),
            truth_events: match question {
                Question::Order(o) => o
                    .events
                    .iter()
                    .enumerate()
                    .map(|(i, text)| {
                        let item = judged.as_ref().and_then(|r| r.items.get(i));
                        EventLine {
                            text: text.clone(),
                            date: o
                                .dates
                                .get(i)
                                .map(|d| crate::report::numbers::date(lang, d)),
                            yours: item.map(|item| item.note.clone()),
                            in_place: item.is_some_and(|item| item.mark == Mark::InPlace),
                        }
                    })
                    .collect(),
                Question::Estimate(_) | Question::Choice(_) => Vec::new(),
            },
            as_of: crate::report::lang::say(
                lang,
                "reveal-as-of",
                &[(
                    "date",
                    crate::report::numbers::date(lang, question.as_of()).into(),
                )],
            ),
            verdict: judged.as_ref().map(|r| r.verdict.clone()),
            points: judged.as_ref().map(|r| r.points),
            points_said: judged.as_ref().map(|r| {
                crate::report::lang::say(lang, "phone-points", &[("points", r.points.into())])
            }),
            range: judged.and_then(|r| r.range),
            explanation: question.explanation().to_string(),
            disagreement: question.disagreement().map(str::to_string),
            source: source_line(lang, source),
            url: source.url.clone(),
            places: crate::report::places::places_in_words(lang, &stage.places),
            map: (!stage.places.is_empty()).then(|| format!("/api/map?stage={}", n + 1)),
        }
    });
    StageView {
        number: n + 1,
        id: stage.id.clone(),
        title: stage.title.clone(),
        narrative: stage.narrative.clone(),
        prompt: stage.question.prompt().to_string(),
        kind,
        icon: crate::content::kind::FigureKind::of(&stage.question)
            .map(|k| format!("/icons/{}.svg", crate::report::icons::name(k))),
        unit,
        hint: hint(lang, &stage.question, RangeMode::Optional, Input::Terminal),
        range_example: match &stage.question {
            crate::content::Question::Estimate(e) => crate::rules::hint::range_example(e.scale)
                .split_once(" (")
                .map(|(_, range)| range.trim_end_matches(')').to_string())
                .unwrap_or_default(),
            crate::content::Question::Choice(_) | crate::content::Question::Order(_) => {
                String::new()
            }
        },
        options,
        events,
        open: matches!(session.phase(), ClassPhase::Open(m) | ClassPhase::Revise(m) if m == n),
        your_answer: mine.map(|a| YourAnswer {
            text: a.text.clone(),
            read_as: read_as(lang, stage, &a.answer),
        }),
        alone_answer: session
            .had_team_round(n)
            .then(|| session.answer_of(student, n))
            .flatten()
            .map(|a| YourAnswer {
                text: a.text.clone(),
                read_as: read_as(lang, stage, &a.answer),
            }),
        team: team_view(session, student, n, stage, lang),
        pick: pick_view(session, student),
        reveal,
    }
}

/// The student's own team on stage `n`, if the stage has a team round and they are in a team.
fn team_view(
    session: &Session,
    student: StudentId,
    n: usize,
    stage: &Stage,
    lang: Lang,
) -> Option<TeamView> {
    if !session.had_team_round(n) {
        return None;
    }
    let team = session.team_of(student)?;
    let name = |id| {
        session
            .student(id)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    let answer = session.team_answer_of(team.id, n);
    Some(TeamView {
        number: team.id,
        members: session
            .team_members(team.id)
            .into_iter()
            .map(name)
            .collect(),
        open: session.phase() == ClassPhase::Teams(n),
        answer: answer.map(|a| YourAnswer {
            text: a.text.clone(),
            read_as: read_as(lang, stage, &a.answer),
        }),
        sent_by: answer.map(|a| name(a.by)),
    })
}

/// The teams a student in none may pick, while students pick their teams.
fn pick_view(session: &Session, student: StudentId) -> Vec<PickView> {
    if session.forming() != TeamForming::Picked
        || session.team_of(student).is_some()
        || session.phase() == ClassPhase::Debrief
        || session.ended()
    {
        return Vec::new();
    }
    session
        .teams()
        .iter()
        .map(|t| PickView {
            number: t.id,
            members: session
                .team_members(t.id)
                .into_iter()
                .filter_map(|id| session.student(id).map(|s| s.name.clone()))
                .collect(),
        })
        .collect()
}
