//! A class session: one case played by a whole class, each student answering from their own
//! device while the teacher's window shows the stage and, at the reveal, the whole class's
//! answers. Plain Rust: the server and the window call these methods; nothing here knows about
//! networks or screens.
//!
//! The teacher moves the class through the stages: the lobby, then for each stage *open*
//! (students answer and may change their answer), *closed* (answers frozen), *revealed* (the
//! truth and the class's figures), and at the end the debrief. Students may join late and
//! answer from the current stage on. A student the teacher removes cannot come back under that
//! name, and their answers no longer count.

use serde::{Deserialize, Serialize};

use crate::content::lang::Lang;
use crate::content::{Case, Question};
use crate::rules::answer::AnswerError;
use crate::rules::hint::RangeMode;
use crate::rules::judge::{Answer, judge_text};
use crate::rules::progress::shown_orders;

mod names;
pub mod teams;
pub use names::{MAX_NAME_CHARS, NameProblem, name_key, normalise_name};
pub use teams::{Team, TeamAnswer, TeamForming, TeamId};

/// Most students in one class.
pub const MAX_STUDENTS: usize = 200;
/// Longest answer considered, in characters.
pub const MAX_ANSWER_CHARS: usize = 80;

/// Where the class is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClassPhase {
    /// Students join; no stage yet.
    Lobby,
    /// Stage `n` is asked: students answer, and may change their answer.
    Open(usize),
    /// Stage `n`'s team round ([`teams`]): the answers given alone are kept; each team agrees
    /// on one answer, sent from any member's phone.
    Teams(usize),
    /// Stage `n` after its team round: everyone may revise their own answer.
    Revise(usize),
    /// Stage `n` is closed: answers are frozen, nothing is shown yet.
    Closed(usize),
    /// Stage `n` is revealed: the truth and the class's answers.
    Revealed(usize),
    /// Every stage is done.
    Debrief,
}

impl ClassPhase {
    /// The stage being asked, closed or revealed.
    pub fn stage(self) -> Option<usize> {
        match self {
            ClassPhase::Open(n)
            | ClassPhase::Teams(n)
            | ClassPhase::Revise(n)
            | ClassPhase::Closed(n)
            | ClassPhase::Revealed(n) => Some(n),
            ClassPhase::Lobby | ClassPhase::Debrief => None,
        }
    }
}

/// A student's number in the session (in order of joining).
pub type StudentId = u32;

/// One student.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Student {
    pub id: StudentId,
    pub name: String,
    /// The secret the student's browser keeps to come back as this student.
    pub token: String,
    /// Removed by the teacher: cannot come back, answers no longer count.
    pub removed: bool,
    pub joined_at: String,
}

/// One student's answer to one stage.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassAnswer {
    pub student: StudentId,
    pub stage: usize,
    /// Exactly what the student typed.
    pub text: String,
    /// The language it was read in (the phone's: `6.558` is 6,558 in German).
    pub lang: Lang,
    /// How it was read and judged.
    pub answer: Answer,
    pub answered_at: String,
}

/// Which answers a [`SavedSession::langs`] entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    Alone,
    Revised,
    Team,
}

/// The language an answer kept in a [`SavedSession`] was typed in, for those not in English:
/// a student's (or for a team answer, a team's) answer to a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLang {
    pub kind: AnswerKind,
    /// The student, or the team.
    pub who: u32,
    pub stage: usize,
    pub lang: Lang,
}

fn is_english(lang: &Lang) -> bool {
    *lang == Lang::En
}

/// Why something a student or the teacher asked for could not be done. Each has a message for
/// the person who asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassError {
    WrongCode,
    Locked,
    Full,
    /// The name is not allowed; the reason says why.
    BadName(NameProblem),
    NameTaken,
    /// The name has characters the projector cannot draw (they are given).
    CannotShow(String),
    /// The name only looks like one already in the class ("Аna" with a Cyrillic А beside
    /// "Ana").
    NameLookalike,
    NameRemoved,
    /// No student has this token (never joined, or another session's).
    UnknownStudent,
    /// The teacher removed this student.
    Removed,
    /// Answers are not being taken now.
    NotOpen,
    /// The teacher ended the class.
    Ended,
    /// The answer could not be read.
    Answer(AnswerError),
    /// A team answer from a student in no team.
    NoTeam,
    /// No team has that number (or students do not pick teams now).
    UnknownTeam,
    /// The student is in a team already and a team round is under way (or over).
    TeamChosen,
    /// The team picked has its five students already.
    TeamFull,
    /// The team picked has sent its answer in this round already.
    TeamAnswered,
}

impl std::fmt::Display for ClassError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClassError::WrongCode => {
                f.write_str("That is not the code on the screen; check it and try again")
            }
            ClassError::Locked => f.write_str("The teacher has closed the class to new students"),
            ClassError::Full => write!(f, "The class is full ({MAX_STUDENTS} students)"),
            ClassError::BadName(why) => f.write_str(why.message()),
            ClassError::NameTaken => {
                f.write_str("Someone in the class already has that name: choose another")
            }
            ClassError::CannotShow(chars) => write!(
                f,
                "The projector cannot show “{chars}” in a name: use letters it can show (Latin, Greek or Cyrillic), or press Suggest a nickname"
            ),
            ClassError::NameLookalike => {
                f.write_str("That name looks the same as one already in the class: choose another")
            }
            ClassError::NameRemoved => {
                f.write_str("That name was removed from the class by the teacher")
            }
            ClassError::UnknownStudent => f.write_str("You are not in this class: join it again"),
            ClassError::Removed => f.write_str("The teacher removed you from the class"),
            ClassError::NotOpen => f.write_str("The teacher is not taking answers now"),
            ClassError::Ended => f.write_str("The teacher has ended the class"),
            ClassError::Answer(e) => e.fmt(f),
            ClassError::NoTeam => f.write_str("You are not in a team yet: pick one first"),
            ClassError::UnknownTeam => {
                f.write_str("There is no such team to join now: pick one of those shown")
            }
            ClassError::TeamChosen => f.write_str(
                "You are in a team for this round already: teams cannot change until it is over",
            ),
            ClassError::TeamFull => write!(
                f,
                "That team has {} students already: pick another",
                teams::TEAM_SIZES.1
            ),
            ClassError::TeamAnswered => {
                f.write_str("That team has sent its answer already: pick another")
            }
        }
    }
}

impl std::error::Error for ClassError {}

/// Check a name a student chose ([`normalise_name`]): the name as it is kept.
pub fn check_name(name: &str) -> Result<String, ClassError> {
    normalise_name(name).map_err(ClassError::BadName)
}

/// A friendly two-word nickname, so students need not give their real names. `n` picks one
/// (the server passes a random number).
pub fn nickname(n: u64) -> String {
    const FIRST: [&str; 24] = [
        "Amber", "Brave", "Calm", "Clever", "Copper", "Daring", "Eager", "Gentle", "Golden",
        "Honest", "Jolly", "Keen", "Lucky", "Mellow", "Nimble", "Patient", "Quick", "Quiet",
        "Sharp", "Silver", "Steady", "Swift", "Tidy", "Witty",
    ];
    const SECOND: [&str; 24] = [
        "Badger", "Beaver", "Falcon", "Fox", "Gecko", "Heron", "Ibis", "Koala", "Lynx", "Marten",
        "Otter", "Owl", "Panda", "Puffin", "Raven", "Robin", "Seal", "Sparrow", "Stoat", "Swan",
        "Tern", "Turtle", "Walrus", "Wren",
    ];
    let first = FIRST[(n % FIRST.len() as u64) as usize];
    let second = SECOND[((n / FIRST.len() as u64) % SECOND.len() as u64) as usize];
    format!("{first} {second}")
}

/// One case played by a class.
#[derive(Debug, Clone)]
pub struct Session {
    case: Case,
    /// The case in other languages, for phones that speak them (words only: the figures,
    /// stages and options are the case's own). Not kept: given again when a class resumes.
    translations: Vec<(Lang, Case)>,
    /// The teacher's language: the projector's, and the printable report's. Not kept: given
    /// again when a class resumes.
    teacher_lang: Lang,
    seed: u64,
    code: String,
    locked: bool,
    phase: ClassPhase,
    students: Vec<Student>,
    /// Names the teacher removed, as compared ([`name_key`]): they cannot join again.
    banned: Vec<String>,
    answers: Vec<ClassAnswer>,
    /// The last stage revealed: every stage up to it has been shown with its truth, and its
    /// answers can no longer change.
    revealed: Option<usize>,
    /// The teacher ended the class: phones are told, nothing more is taken.
    ended: bool,
    /// The order each stage's options or events are shown in (the same for every student).
    shown: Vec<Vec<usize>>,
    /// Goes up by one with every change, so screens and phones know when to redraw.
    version: u64,
    /// How many times the session was brought back after the program stopped. Phones order
    /// states by (epoch, version): a resumed session's states are newer than anything sent
    /// before, even if its last changes were not saved.
    epoch: u64,
    /// When the session started, for its name and records.
    started_at: String,
    /// The teacher chose to show students' names with their totals (the printed report then
    /// lists them by name).
    names_shown: bool,
    /// The teams, once formed (kept from one team round to the next).
    teams: Vec<Team>,
    /// How the teams were made: at random by the teacher, or picked by the students.
    forming: TeamForming,
    /// Every stage gets a team round (otherwise only those the teacher starts).
    team_every_stage: bool,
    /// The stages that had a team round.
    teamed: Vec<usize>,
    /// The teams as they were in each stage's team round, taken as the round ends (teams can
    /// be formed anew later: a record says who was in which team then).
    stage_teams: Vec<(usize, Vec<Team>)>,
    /// Each team's answer per stage (one per team, the last sent).
    team_answers: Vec<TeamAnswer>,
    /// Answers revised after a team round (one per student and stage).
    revised: Vec<ClassAnswer>,
    /// The students' changes (joins, answers) not yet taken by [`Session::take_unsaved`].
    journal: Vec<JournalEntry>,
    /// A change that is not a student's (a teacher's step) happened since the session was
    /// last taken whole: the next save writes it whole.
    whole_due: bool,
}

/// A change a student made, as it is appended to a saved session's journal: a small write
/// per change instead of the whole session, which is written only at the teacher's steps.
/// Replayed on top of the saved session ([`SavedSession::apply`]) when it is read back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum JournalEntry {
    /// A student joined.
    Join {
        /// The session's version once the change was made ([`Session::version`]).
        version: u64,
        student: Student,
    },
    /// A student answered a stage (or changed their answer).
    Answer {
        /// The session's version once the change was made.
        version: u64,
        student: StudentId,
        /// The stage's index in the case.
        stage: usize,
        /// Exactly what the student typed (trimmed).
        text: String,
        answered_at: String,
        /// A revised answer, after a team round (not the one given alone).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        revised: bool,
        /// The language it was typed in (English when absent).
        #[serde(default, skip_serializing_if = "is_english")]
        lang: Lang,
    },
    /// A team's answer to a stage, sent by one of its members.
    TeamAnswer {
        version: u64,
        team: TeamId,
        stage: usize,
        by: StudentId,
        text: String,
        answered_at: String,
        /// The language it was typed in (English when absent).
        #[serde(default, skip_serializing_if = "is_english")]
        lang: Lang,
    },
    /// A student picked a team on their phone.
    Pick {
        version: u64,
        student: StudentId,
        team: TeamId,
    },
}

impl JournalEntry {
    /// The session's version once the change was made.
    pub fn version(&self) -> u64 {
        match self {
            JournalEntry::Join { version, .. }
            | JournalEntry::Answer { version, .. }
            | JournalEntry::TeamAnswer { version, .. }
            | JournalEntry::Pick { version, .. } => *version,
        }
    }
}

/// What a save must write, taken from the session by [`Session::take_unsaved`].
#[derive(Debug, Clone, PartialEq)]
pub enum Unsaved {
    /// Write the whole session (it starts a new journal).
    Whole(Box<SavedSession>),
    /// Append these changes to the journal; the session is then at `version`.
    Journal {
        entries: Vec<JournalEntry>,
        version: u64,
    },
    /// Nothing to write: no student has joined yet (an empty class is not kept), or nothing
    /// changed. The session is at this version.
    Nothing(u64),
}

/// What is kept of a session to bring it back after a crash: everything but the case itself
/// (found again by its id) and the judging (done again from the answers as typed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSession {
    pub case_id: String,
    pub seed: u64,
    pub code: String,
    pub locked: bool,
    pub phase: ClassPhase,
    pub students: Vec<Student>,
    pub banned: Vec<String>,
    /// (student, stage, text, answered at).
    pub answers: Vec<(StudentId, usize, String, String)>,
    pub started_at: String,
    /// The last stage revealed (absent in files from before it was kept: then the phase
    /// says).
    #[serde(default)]
    pub revealed: Option<usize>,
    #[serde(default)]
    pub ended: bool,
    /// The session's version when it was saved (which of two saves is newer).
    #[serde(default)]
    pub version: u64,
    /// How many times the session was brought back ([`Session::epoch`]).
    #[serde(default)]
    pub epoch: u64,
    /// When it was written (RFC 3339 with milliseconds, UTC), filled in by whoever saves it:
    /// `host --resume` brings back the session written last.
    #[serde(default)]
    pub saved_at: String,
    /// The teacher chose to show names ([`Session::names_shown`]).
    #[serde(default)]
    pub names_shown: bool,
    /// The teams ([`Session::teams`]).
    #[serde(default)]
    pub teams: Vec<Team>,
    #[serde(default)]
    pub forming: TeamForming,
    #[serde(default)]
    pub team_every_stage: bool,
    /// The stages that had a team round.
    #[serde(default)]
    pub teamed: Vec<usize>,
    /// The teams in each stage's team round ([`Session::team_at`]).
    #[serde(default)]
    pub stage_teams: Vec<(usize, Vec<Team>)>,
    /// (team, stage, sent by, text, answered at).
    #[serde(default)]
    pub team_answers: Vec<(TeamId, usize, StudentId, String, String)>,
    /// Answers revised after a team round: (student, stage, text, answered at).
    #[serde(default)]
    pub revised: Vec<(StudentId, usize, String, String)>,
    /// The answers above typed in another language than English, and which.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub langs: Vec<AnswerLang>,
}

/// The language answer `(kind, who, stage)` was typed in, from a saved session's `langs`.
fn lang_in(langs: &[AnswerLang], kind: AnswerKind, who: u32, stage: usize) -> Lang {
    langs
        .iter()
        .find(|l| l.kind == kind && l.who == who && l.stage == stage)
        .map_or(Lang::En, |l| l.lang)
}

impl SavedSession {
    /// The language answer `(kind, who, stage)` was typed in.
    pub fn lang_of(&self, kind: AnswerKind, who: u32, stage: usize) -> Lang {
        lang_in(&self.langs, kind, who, stage)
    }

    /// Keep the language answer `(kind, who, stage)` was typed in.
    fn set_lang(&mut self, kind: AnswerKind, who: u32, stage: usize, lang: Lang) {
        self.langs
            .retain(|l| !(l.kind == kind && l.who == who && l.stage == stage));
        if lang != Lang::En {
            self.langs.push(AnswerLang {
                kind,
                who,
                stage,
                lang,
            });
        }
    }
}

impl SavedSession {
    /// Replay a change from the session's journal: one made after the session was saved (a
    /// newer version) is applied, one already in it is skipped. Returns whether it applied.
    pub fn apply(&mut self, entry: JournalEntry) -> bool {
        if entry.version() <= self.version {
            return false;
        }
        self.version = entry.version();
        match entry {
            JournalEntry::Join { student, .. } => {
                if !self.students.iter().any(|s| s.id == student.id) {
                    self.students.push(student);
                }
            }
            JournalEntry::Answer {
                student,
                stage,
                text,
                answered_at,
                revised,
                lang,
                ..
            } => {
                let kind = if revised {
                    AnswerKind::Revised
                } else {
                    AnswerKind::Alone
                };
                self.set_lang(kind, student, stage, lang);
                let answers = if revised {
                    &mut self.revised
                } else {
                    &mut self.answers
                };
                match answers.iter_mut().find(|a| a.0 == student && a.1 == stage) {
                    Some(kept) => {
                        kept.2 = text;
                        kept.3 = answered_at;
                    }
                    None => answers.push((student, stage, text, answered_at)),
                }
            }
            JournalEntry::TeamAnswer {
                team,
                stage,
                by,
                text,
                answered_at,
                lang,
                ..
            } => {
                self.set_lang(AnswerKind::Team, team, stage, lang);
                match self
                    .team_answers
                    .iter_mut()
                    .find(|a| a.0 == team && a.1 == stage)
                {
                    Some(kept) => *kept = (team, stage, by, text, answered_at),
                    None => self.team_answers.push((team, stage, by, text, answered_at)),
                }
            }
            JournalEntry::Pick { student, team, .. } => {
                for t in &mut self.teams {
                    t.members.retain(|&m| m != student);
                }
                // A team made since the last whole save (every team was full) is made again.
                match self.teams.iter_mut().find(|t| t.id == team) {
                    Some(t) => t.members.push(student),
                    None => self.teams.push(Team {
                        id: team,
                        members: vec![student],
                    }),
                }
            }
        }
        true
    }
}

impl Session {
    /// A new session of `case` in its lobby, joined with `code`.
    pub fn new(case: Case, seed: u64, code: impl Into<String>, now: impl Into<String>) -> Self {
        Session {
            shown: shown_orders(&case, seed),
            case,
            translations: Vec::new(),
            teacher_lang: Lang::En,
            seed,
            code: code.into(),
            locked: false,
            phase: ClassPhase::Lobby,
            students: Vec::new(),
            banned: Vec::new(),
            answers: Vec::new(),
            revealed: None,
            ended: false,
            version: 0,
            epoch: 0,
            started_at: now.into(),
            names_shown: false,
            teams: Vec::new(),
            forming: TeamForming::Random,
            team_every_stage: false,
            teamed: Vec::new(),
            stage_teams: Vec::new(),
            team_answers: Vec::new(),
            revised: Vec::new(),
            journal: Vec::new(),
            whole_due: true,
        }
    }

    pub fn case(&self) -> &Case {
        &self.case
    }

    pub fn phase(&self) -> ClassPhase {
        self.phase
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn locked(&self) -> bool {
        self.locked
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// How many times the session was resumed (see the field).
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Whether the teacher chose to show students' names (with their totals): only then does
    /// the printed report name them.
    pub fn names_shown(&self) -> bool {
        self.names_shown
    }

    /// The teacher shows names, or stops showing them.
    pub fn show_names(&mut self, shown: bool) {
        if self.names_shown != shown {
            self.names_shown = shown;
            self.changed();
        }
    }

    /// Whether the teacher ended the class.
    pub fn ended(&self) -> bool {
        self.ended
    }

    pub fn started_at(&self) -> &str {
        &self.started_at
    }

    /// The order stage `n`'s options or events are shown in (shown position → file index).
    pub fn shown_order(&self, n: usize) -> &[usize] {
        self.shown.get(n).map_or(&[], Vec::as_slice)
    }

    /// The students in the class now (not removed), in order of joining.
    pub fn present(&self) -> impl Iterator<Item = &Student> {
        self.students.iter().filter(|s| !s.removed)
    }

    /// Every student who ever joined, removed ones included.
    pub fn students(&self) -> &[Student] {
        &self.students
    }

    pub fn student(&self, id: StudentId) -> Option<&Student> {
        self.students.iter().find(|s| s.id == id)
    }

    /// A change that only a whole save keeps (the teacher's steps).
    fn changed(&mut self) {
        self.version += 1;
        self.whole_due = true;
    }

    /// A student's change, kept by appending `entry` (made for the new version) to the
    /// journal.
    fn student_changed(&mut self, entry: impl FnOnce(u64) -> JournalEntry) {
        self.version += 1;
        if !self.whole_due {
            self.journal.push(entry(self.version));
        }
    }

    /// What must be written to keep every change so far, and it is then counted as written:
    /// the whole session after a teacher's step (or at first), else the students' changes
    /// since the last call. If writing fails, call [`Session::save_whole_next`].
    pub fn take_unsaved(&mut self) -> Unsaved {
        if self.students.is_empty() {
            return Unsaved::Nothing(self.version);
        }
        if self.whole_due {
            self.whole_due = false;
            self.journal.clear();
            return Unsaved::Whole(Box::new(self.saved()));
        }
        if self.journal.is_empty() {
            return Unsaved::Nothing(self.version);
        }
        Unsaved::Journal {
            entries: std::mem::take(&mut self.journal),
            version: self.version,
        }
    }

    /// A write of what [`Session::take_unsaved`] gave failed: the next save writes the whole
    /// session, so nothing is missing from it.
    pub fn save_whole_next(&mut self) {
        self.whole_due = true;
        self.journal.clear();
    }

    /// A student joins with `name`, keeping `token` to come back. Returns their number. The
    /// same join again (same token and name: a phone that never heard the reply) is the same
    /// student, not a taken name.
    pub fn join(
        &mut self,
        code: &str,
        name: &str,
        token: &str,
        now: &str,
    ) -> Result<StudentId, ClassError> {
        if self.ended {
            return Err(ClassError::Ended);
        }
        if code.trim() != self.code {
            return Err(ClassError::WrongCode);
        }
        if self.locked {
            return Err(ClassError::Locked);
        }
        let name = check_name(name)?;
        let key = name_key(&name);
        if let Some(again) = self
            .students
            .iter()
            .find(|s| !token.is_empty() && s.token == token && name_key(&s.name) == key)
        {
            return if again.removed {
                Err(ClassError::Removed)
            } else {
                Ok(again.id)
            };
        }
        if self.banned.contains(&key) {
            return Err(ClassError::NameRemoved);
        }
        if let Some(other) = self.present().find(|s| name_key(&s.name) == key) {
            return Err(if names::same_letters(&other.name, &name) {
                ClassError::NameTaken
            } else {
                ClassError::NameLookalike
            });
        }
        if self.present().count() >= MAX_STUDENTS {
            return Err(ClassError::Full);
        }
        let id = self.students.len() as StudentId + 1;
        let student = Student {
            id,
            name,
            token: token.to_string(),
            removed: false,
            joined_at: now.to_string(),
        };
        self.students.push(student.clone());
        // Students pick their teams and all are full: one more to pick (made again from the
        // teams alone when the session is resumed).
        self.make_room();
        // Joining during a team round with teams made at random: into the smallest team, a
        // change the whole save keeps.
        if matches!(self.phase, ClassPhase::Teams(_)) && self.place_newcomers() {
            self.changed();
            return Ok(id);
        }
        self.student_changed(|version| JournalEntry::Join { version, student });
        Ok(id)
    }

    /// The student who holds `token`.
    pub fn by_token(&self, token: &str) -> Result<&Student, ClassError> {
        let student = self
            .students
            .iter()
            .find(|s| !token.is_empty() && s.token == token)
            .ok_or(ClassError::UnknownStudent)?;
        if student.removed {
            return Err(ClassError::Removed);
        }
        Ok(student)
    }

    /// The teacher removes a student: their answers stop counting, and nobody can join again
    /// under that name in this session.
    pub fn remove(&mut self, id: StudentId) {
        if let Some(student) = self.students.iter_mut().find(|s| s.id == id && !s.removed) {
            student.removed = true;
            self.banned.push(name_key(&student.name));
            self.changed();
        }
    }

    /// The teacher lets a removed student back in: their token and answers count again, and
    /// their name may be used again. Returns whether anything changed (not if another student
    /// has since joined under a name that looks the same).
    pub fn readmit(&mut self, id: StudentId) -> bool {
        let Some(student) = self.students.iter().find(|s| s.id == id && s.removed) else {
            return false;
        };
        let key = name_key(&student.name);
        if self.present().any(|s| name_key(&s.name) == key) {
            return false;
        }
        if let Some(student) = self.students.iter_mut().find(|s| s.id == id) {
            student.removed = false;
        }
        self.banned.retain(|k| *k != key);
        self.changed();
        true
    }

    /// The students the teacher removed, in order of joining.
    pub fn removed(&self) -> impl Iterator<Item = &Student> {
        self.students.iter().filter(|s| s.removed)
    }

    /// Lock the class (no new students) or open it again.
    pub fn set_locked(&mut self, locked: bool) {
        if self.locked != locked {
            self.locked = locked;
            self.changed();
        }
    }

    /// A new join code (students already in stay in).
    pub fn set_code(&mut self, code: impl Into<String>) {
        self.code = code.into();
        self.changed();
    }

    /// Set the teacher's language: the projector's, and the printable report's.
    pub fn set_teacher_lang(&mut self, lang: Lang) {
        self.teacher_lang = lang;
    }

    /// The teacher's language (English unless [`Session::set_teacher_lang`] said otherwise).
    pub fn teacher_lang(&self) -> Lang {
        self.teacher_lang
    }

    /// Give the case in other languages (each with the case's own stages, in the same order).
    pub fn set_translations(&mut self, translations: Vec<(Lang, Case)>) {
        self.translations = translations
            .into_iter()
            .filter(|(_, t)| t.id == self.case.id && t.stages.len() == self.case.stages.len())
            .collect();
    }

    /// The case in `lang`: its words translated where a translation was given, else the
    /// case itself.
    pub fn case_in(&self, lang: Lang) -> &Case {
        self.translations
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&self.case, |(_, case)| case)
    }

    /// A student answers the open stage with what they typed, in English; a second answer
    /// replaces the first. Returns the answer as read.
    pub fn answer(&mut self, token: &str, text: &str, now: &str) -> Result<&Answer, ClassError> {
        self.answer_in(token, text, now, Lang::En)
    }

    /// [`Session::answer`], with the numbers read as `lang` writes them (the phone's language:
    /// `6.558` is 6,558 in German). The language is kept with the answer.
    pub fn answer_in(
        &mut self,
        token: &str,
        text: &str,
        now: &str,
        lang: Lang,
    ) -> Result<&Answer, ClassError> {
        let student = self.by_token(token)?.id;
        if self.ended {
            return Err(ClassError::Ended);
        }
        let (n, revised) = match self.phase {
            ClassPhase::Open(n) => (n, false),
            ClassPhase::Revise(n) => (n, true),
            ClassPhase::Lobby
            | ClassPhase::Teams(_)
            | ClassPhase::Closed(_)
            | ClassPhase::Revealed(_)
            | ClassPhase::Debrief => return Err(ClassError::NotOpen),
        };
        // Once a stage's truth has been shown, its answers are final.
        if self.is_revealed(n) {
            return Err(ClassError::NotOpen);
        }
        let response = self.read(n, text, lang)?;
        let stage = &self.case.stages[n];
        let text = text.trim().to_string();
        let answer = ClassAnswer {
            student,
            stage: n,
            text: text.clone(),
            lang,
            answer: Answer {
                stage_id: stage.id.clone(),
                response,
            },
            answered_at: now.to_string(),
        };
        let answers = if revised {
            &mut self.revised
        } else {
            &mut self.answers
        };
        let at = match answers
            .iter()
            .position(|a| a.student == student && a.stage == n)
        {
            Some(i) => {
                answers[i] = answer;
                i
            }
            None => {
                answers.push(answer);
                answers.len() - 1
            }
        };
        let answered_at = now.to_string();
        self.student_changed(|version| JournalEntry::Answer {
            version,
            student,
            stage: n,
            text,
            answered_at,
            revised,
            lang,
        });
        let answers = if revised {
            &self.revised
        } else {
            &self.answers
        };
        Ok(&answers[at].answer)
    }

    /// `text` read as an answer to stage `n`, in `lang`.
    fn read(
        &self,
        n: usize,
        text: &str,
        lang: Lang,
    ) -> Result<crate::rules::judge::Response, ClassError> {
        if text.chars().count() > MAX_ANSWER_CHARS {
            return Err(ClassError::Answer(AnswerError::NotANumber));
        }
        let stage = &self.case.stages[n];
        judge_text(
            &stage.question,
            &self.shown[n],
            text,
            RangeMode::Optional,
            lang,
        )
        .map_err(ClassError::Answer)
    }

    /// The answers that count for stage `n`: one per student still in the class.
    pub fn answers_to(&self, n: usize) -> impl Iterator<Item = &ClassAnswer> {
        self.answers
            .iter()
            .filter(move |a| a.stage == n && self.student(a.student).is_some_and(|s| !s.removed))
    }

    /// A student's answer to stage `n`.
    pub fn answer_of(&self, student: StudentId, n: usize) -> Option<&ClassAnswer> {
        self.answers
            .iter()
            .find(|a| a.student == student && a.stage == n)
    }

    /// How many students in the class have answered stage `n`.
    pub fn answered(&self, n: usize) -> usize {
        self.answers_to(n).count()
    }

    /// The teacher moves on: lobby → first stage; open → closed → revealed → next stage; after
    /// the last reveal, the debrief. A stage revealed before (the teacher went back) is shown
    /// revealed again, never reopened. Returns whether a reveal just happened.
    pub fn advance(&mut self) -> bool {
        if self.ended {
            return false;
        }
        let last = self.case.stages.len().saturating_sub(1);
        let phase = match self.phase {
            ClassPhase::Lobby if self.case.stages.is_empty() => ClassPhase::Debrief,
            ClassPhase::Lobby => self.ask(0),
            ClassPhase::Open(n) if self.team_every_stage && self.teams_can_form() => {
                self.start_teams(n)
            }
            ClassPhase::Open(n) | ClassPhase::Revise(n) => ClassPhase::Closed(n),
            ClassPhase::Teams(n) => ClassPhase::Revise(n),
            ClassPhase::Closed(n) => ClassPhase::Revealed(n),
            ClassPhase::Revealed(n) if n < last => self.ask(n + 1),
            ClassPhase::Revealed(_) | ClassPhase::Debrief => ClassPhase::Debrief,
        };
        let revealed = matches!(phase, ClassPhase::Revealed(n) if !self.is_revealed(n));
        self.go(phase);
        revealed
    }

    /// Stage `n` as the class comes to it: open for answers, or shown revealed if it was
    /// revealed before.
    fn ask(&self, n: usize) -> ClassPhase {
        if self.is_revealed(n) {
            ClassPhase::Revealed(n)
        } else {
            ClassPhase::Open(n)
        }
    }

    /// Reveal the stage now, open or closed ("stop waiting"). Returns whether it revealed.
    pub fn reveal(&mut self) -> bool {
        if self.ended {
            return false;
        }
        match self.phase {
            ClassPhase::Open(n)
            | ClassPhase::Teams(n)
            | ClassPhase::Revise(n)
            | ClassPhase::Closed(n) => {
                self.go(ClassPhase::Revealed(n));
                true
            }
            ClassPhase::Lobby | ClassPhase::Revealed(_) | ClassPhase::Debrief => false,
        }
    }

    /// The teacher goes back a step: a closed stage opens again for answers; a reveal goes
    /// back to the reveal before it (the lobby before the first), an open stage to the
    /// previous reveal (or the lobby), the debrief to the last reveal. A revealed stage stays
    /// revealed: going back shows it again, it never reopens for answers.
    pub fn back(&mut self) {
        if self.ended {
            return;
        }
        let phase = match self.phase {
            ClassPhase::Lobby | ClassPhase::Open(0) | ClassPhase::Revealed(0) => ClassPhase::Lobby,
            ClassPhase::Open(n) | ClassPhase::Revealed(n) => ClassPhase::Revealed(n - 1),
            ClassPhase::Teams(n) => ClassPhase::Open(n),
            ClassPhase::Revise(n) => ClassPhase::Teams(n),
            ClassPhase::Closed(n) if self.had_team_round(n) => ClassPhase::Revise(n),
            ClassPhase::Closed(n) => ClassPhase::Open(n),
            ClassPhase::Debrief => match self.case.stages.len() {
                0 => ClassPhase::Lobby,
                n => ClassPhase::Revealed(n - 1),
            },
        };
        self.go(phase);
    }

    fn go(&mut self, phase: ClassPhase) {
        // A team round ends: who was in which team is kept with the stage.
        if let ClassPhase::Teams(n) = self.phase
            && phase != self.phase
        {
            self.stage_teams.retain(|(stage, _)| *stage != n);
            self.stage_teams.push((n, self.teams.clone()));
        }
        if let ClassPhase::Revealed(n) = phase {
            self.revealed = self.revealed.max(Some(n));
        }
        if phase == ClassPhase::Debrief {
            self.revealed = self.case.stages.len().checked_sub(1);
        }
        if self.phase != phase {
            self.phase = phase;
            self.changed();
        }
    }

    /// The teacher ends the class: no more joins, answers or steps; phones are told, and keep
    /// what they show.
    pub fn end(&mut self) {
        if !self.ended {
            self.ended = true;
            self.changed();
        }
    }

    /// Whether stage `n`'s truth may be shown (to the class and to phones): it has been
    /// revealed, now or before.
    pub fn is_revealed(&self, n: usize) -> bool {
        self.phase == ClassPhase::Debrief || self.revealed.is_some_and(|r| n <= r)
    }

    /// The question of stage `n`.
    pub fn question(&self, n: usize) -> Option<&Question> {
        self.case.stages.get(n).map(|s| &s.question)
    }

    /// What is kept to bring the session back.
    pub fn saved(&self) -> SavedSession {
        SavedSession {
            case_id: self.case.id.clone(),
            seed: self.seed,
            code: self.code.clone(),
            locked: self.locked,
            phase: self.phase,
            students: self.students.clone(),
            banned: self.banned.clone(),
            answers: self
                .answers
                .iter()
                .map(|a| (a.student, a.stage, a.text.clone(), a.answered_at.clone()))
                .collect(),
            started_at: self.started_at.clone(),
            revealed: self.revealed,
            ended: self.ended,
            version: self.version,
            epoch: self.epoch,
            saved_at: String::new(),
            names_shown: self.names_shown,
            teams: self.teams.clone(),
            forming: self.forming,
            team_every_stage: self.team_every_stage,
            teamed: self.teamed.clone(),
            stage_teams: self.stage_teams.clone(),
            team_answers: self
                .team_answers
                .iter()
                .map(|a| (a.team, a.stage, a.by, a.text.clone(), a.answered_at.clone()))
                .collect(),
            revised: self
                .revised
                .iter()
                .map(|a| (a.student, a.stage, a.text.clone(), a.answered_at.clone()))
                .collect(),
            langs: self
                .answers
                .iter()
                .map(|a| (AnswerKind::Alone, a.student, a.stage, a.lang))
                .chain(
                    self.revised
                        .iter()
                        .map(|a| (AnswerKind::Revised, a.student, a.stage, a.lang)),
                )
                .chain(
                    self.team_answers
                        .iter()
                        .map(|a| (AnswerKind::Team, a.team, a.stage, a.lang)),
                )
                .filter(|(_, _, _, lang)| *lang != Lang::En)
                .map(|(kind, who, stage, lang)| AnswerLang {
                    kind,
                    who,
                    stage,
                    lang,
                })
                .collect(),
        }
    }

    /// Bring a saved session back on `case` (found again by its id). Answers are judged again
    /// from what was typed; any that no longer read (the case file changed) are dropped and
    /// counted in the second value.
    pub fn restore(saved: SavedSession, case: Case) -> (Session, usize) {
        let mut session = Session::new(case, saved.seed, saved.code, saved.started_at);
        session.locked = saved.locked;
        session.students = saved.students;
        session.banned = saved.banned;
        session.ended = saved.ended;
        session.names_shown = saved.names_shown;
        session.teams = saved.teams;
        session.forming = saved.forming;
        session.team_every_stage = saved.team_every_stage;
        session.teamed = saved.teamed;
        session.stage_teams = saved.stage_teams;
        session.epoch = saved.epoch + 1;
        let stages = session.case.stages.len();
        session.phase = match saved.phase {
            ClassPhase::Open(n)
            | ClassPhase::Teams(n)
            | ClassPhase::Revise(n)
            | ClassPhase::Closed(n)
            | ClassPhase::Revealed(n)
                if n >= stages =>
            {
                ClassPhase::Debrief
            }
            phase => phase,
        };
        // Files from before the last revealed stage was kept: the phase says.
        let revealed = saved.revealed.or(match saved.phase {
            ClassPhase::Lobby => None,
            ClassPhase::Open(n)
            | ClassPhase::Teams(n)
            | ClassPhase::Revise(n)
            | ClassPhase::Closed(n) => n.checked_sub(1),
            ClassPhase::Revealed(n) => Some(n),
            ClassPhase::Debrief => stages.checked_sub(1),
        });
        session.revealed = revealed.map(|r| r.min(stages.saturating_sub(1)));
        let mut dropped = 0;
        let judge = |session: &Session, stage: usize, text: &str, lang: Lang| {
            session.case.stages.get(stage).and_then(|s| {
                judge_text(
                    &s.question,
                    &session.shown[stage],
                    text,
                    RangeMode::Optional,
                    lang,
                )
                .ok()
                .map(|response| Answer {
                    stage_id: s.id.clone(),
                    response,
                })
            })
        };
        let langs = saved.langs.clone();
        for (revised, answers) in [(false, saved.answers), (true, saved.revised)] {
            let kind = if revised {
                AnswerKind::Revised
            } else {
                AnswerKind::Alone
            };
            for (student, stage, text, answered_at) in answers {
                let lang = lang_in(&langs, kind, student, stage);
                let Some(answer) = judge(&session, stage, &text, lang) else {
                    dropped += 1;
                    continue;
                };
                let kept = ClassAnswer {
                    student,
                    stage,
                    text,
                    lang,
                    answer,
                    answered_at,
                };
                if revised {
                    session.revised.push(kept);
                } else {
                    session.answers.push(kept);
                }
            }
        }
        for (team, stage, by, text, answered_at) in saved.team_answers {
            let lang = lang_in(&langs, AnswerKind::Team, team, stage);
            match judge(&session, stage, &text, lang) {
                Some(answer) => session.team_answers.push(TeamAnswer {
                    team,
                    stage,
                    by,
                    text,
                    lang,
                    answer,
                    answered_at,
                }),
                None => dropped += 1,
            }
        }
        session.make_room();
        session.version = saved.version + 1;
        (session, dropped)
    }

    /// Points per student still in the class, highest first: (name, points, stages answered).
    /// A stage counts the student's final answer (revised after a team round, if they revised).
    pub fn totals(&self) -> Vec<(String, u32, usize)> {
        // Each student's final answer per stage: the one given alone, replaced by a revision.
        let mut last: std::collections::HashMap<(StudentId, usize), &ClassAnswer> =
            std::collections::HashMap::new();
        for a in self.answers.iter().chain(&self.revised) {
            last.insert((a.student, a.stage), a);
        }
        let mut per_student: std::collections::HashMap<StudentId, (u32, usize)> =
            std::collections::HashMap::new();
        for ((student, _), a) in &last {
            let entry = per_student.entry(*student).or_default();
            entry.0 += a.answer.points();
            entry.1 += 1;
        }
        let mut totals: Vec<(String, u32, usize)> = self
            .present()
            .map(|s| {
                let (points, answered) = per_student.get(&s.id).copied().unwrap_or_default();
                (s.name.clone(), points, answered)
            })
            .collect();
        totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        totals
    }
}

#[cfg(test)]
mod tests;
