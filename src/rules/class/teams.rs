//! Team rounds: students answer alone, then talk in small teams and send one answer per team,
//! then each may revise their own answer. Navajas et al. (2018, Nature Human Behaviour 2:126)
//! found that the median of small teams' consensus answers beats the crowd of answers given
//! alone; the reveal shows the class whether it did here.
//!
//! A stage's team round goes Open (alone) → Teams (one answer per team, from any member's
//! phone) → Revise (each may change their own) → Closed → Revealed. The teacher starts one on
//! an open stage, or sets every stage to have one. Teams are formed at random by the teacher
//! (3 to 5 students, 4 where the class divides so) or picked by the students on their phones;
//! they stay from one team round to the next, and a student who joined since is put in the
//! smallest random team.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

use super::{ClassAnswer, ClassError, ClassPhase, JournalEntry, Session, StudentId};
use crate::content::lang::Lang;
use crate::rules::judge::Answer;

/// A team's number in the session, from 1.
pub type TeamId = u32;

/// Fewest and most students in a team formed at random (when the class is large enough).
pub const TEAM_SIZES: (usize, usize) = (3, 5);

/// One team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: TeamId,
    /// Its students, removed ones included (they no longer count).
    pub members: Vec<StudentId>,
}

/// How the teams are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TeamForming {
    /// By the teacher, at random.
    #[default]
    Random,
    /// By the students, each picking a team on their phone.
    Picked,
}

/// A team's answer to one stage.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamAnswer {
    pub team: TeamId,
    pub stage: usize,
    /// The member whose phone sent it.
    pub by: StudentId,
    /// Exactly what was typed (trimmed).
    pub text: String,
    /// The language it was read in (the phone's).
    pub lang: Lang,
    pub answer: Answer,
    pub answered_at: String,
}

/// How many teams `students` make: teams of 3 to 5, as near 4 as the count allows; one team
/// for fewer than 6 students; none for none.
pub fn team_count(students: usize) -> usize {
    let (fewest, most) = TEAM_SIZES;
    if students == 0 {
        return 0;
    }
    let at_least = students.div_ceil(most);
    let at_most = students / fewest;
    if at_most < at_least {
        return at_least.max(1);
    }
    ((students as f64 / 4.0).round() as usize).clamp(at_least, at_most)
}

impl Session {
    /// The teams, once formed.
    pub fn teams(&self) -> &[Team] {
        &self.teams
    }

    /// How the teams are made.
    pub fn forming(&self) -> TeamForming {
        self.forming
    }

    /// The team `student` is in.
    pub fn team_of(&self, student: StudentId) -> Option<&Team> {
        self.teams.iter().find(|t| t.members.contains(&student))
    }

    /// The team `student` was in for stage `n`'s team round (`None` if the stage had none, or
    /// the student was in no team): as the round ended, or now while it runs.
    pub fn team_at(&self, student: StudentId, n: usize) -> Option<TeamId> {
        if !self.had_team_round(n) {
            return None;
        }
        let teams = self
            .stage_teams
            .iter()
            .find(|(stage, _)| *stage == n)
            .map_or(self.teams.as_slice(), |(_, teams)| teams.as_slice());
        teams
            .iter()
            .find(|t| t.members.contains(&student))
            .map(|t| t.id)
    }

    /// A team's members still in the class.
    pub fn team_members(&self, team: TeamId) -> Vec<StudentId> {
        self.teams
            .iter()
            .find(|t| t.id == team)
            .map(|t| {
                t.members
                    .iter()
                    .copied()
                    .filter(|&m| self.student(m).is_some_and(|s| !s.removed))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether every stage gets a team round as the teacher moves on from it.
    pub fn team_every_stage(&self) -> bool {
        self.team_every_stage
    }

    /// Every stage gets a team round, or only those the teacher starts.
    pub fn set_team_every_stage(&mut self, every: bool) {
        if self.team_every_stage != every {
            self.team_every_stage = every;
            self.changed();
        }
    }

    /// Whether stage `n` had (or is having) a team round.
    pub fn had_team_round(&self, n: usize) -> bool {
        self.teamed.contains(&n)
    }

    /// Whether a team round can start: two students at least.
    pub(super) fn teams_can_form(&self) -> bool {
        self.present().nth(1).is_some()
    }

    /// How teams are made from now on. The teams there were are dissolved: the next team
    /// round forms new ones (at random, or empty for the students to pick).
    /// Not during a team round (its teams stay until it is over).
    pub fn set_forming(&mut self, forming: TeamForming) {
        if matches!(self.phase, ClassPhase::Teams(_) | ClassPhase::Revise(_)) {
            return;
        }
        if self.forming != forming || !self.teams.is_empty() {
            self.forming = forming;
            self.teams.clear();
            self.changed();
        }
    }

    /// The teacher forms new teams at random from the students in the class, replacing any
    /// teams there were. A team round's answers already sent stay with the teams that sent
    /// them.
    pub fn form_random_teams(&mut self) {
        let mut students: Vec<StudentId> = self.present().map(|s| s.id).collect();
        // The same class and moment give the same teams (tests); a new shuffle gives new ones.
        let mut rng = StdRng::seed_from_u64(self.seed ^ self.version.rotate_left(29));
        students.shuffle(&mut rng);
        let count = team_count(students.len());
        let first = self.next_team_id();
        let mut teams: Vec<Team> = (0..count)
            .map(|i| Team {
                id: first + i as TeamId,
                members: Vec::new(),
            })
            .collect();
        for (i, student) in students.into_iter().enumerate() {
            teams[i % count].members.push(student);
        }
        self.teams = teams;
        self.forming = TeamForming::Random;
        self.changed();
    }

    /// The students pick their teams on their phones: as many empty teams as random teams
    /// would be made.
    pub fn open_team_picking(&mut self) {
        let count = team_count(self.present().count()).max(1);
        let first = self.next_team_id();
        self.teams = (0..count)
            .map(|i| Team {
                id: first + i as TeamId,
                members: Vec::new(),
            })
            .collect();
        self.forming = TeamForming::Picked;
        self.changed();
    }

    /// When students pick their teams and every team is full (more students joined since
    /// the teams were made), one more empty team to pick. Returns whether one was added.
    pub(super) fn make_room(&mut self) -> bool {
        if self.forming != TeamForming::Picked
            || self.teams.is_empty()
            || self
                .teams
                .iter()
                .any(|t| self.team_members(t.id).len() < TEAM_SIZES.1)
        {
            return false;
        }
        let id = self.next_team_id();
        self.teams.push(Team {
            id,
            members: Vec::new(),
        });
        true
    }

    /// Team numbers go on rising, so a team answer kept from an earlier round never seems
    /// to be a new team's.
    fn next_team_id(&self) -> TeamId {
        self.teams
            .iter()
            .map(|t| t.id)
            .chain(self.team_answers.iter().map(|a| a.team))
            .max()
            .unwrap_or(0)
            + 1
    }

    /// The student with `token` picks team `team` (when students pick their teams), leaving
    /// the one they were in: before a team round, or during one if they are in no team yet.
    pub fn pick_team(&mut self, token: &str, team: TeamId) -> Result<(), ClassError> {
        let student = self.by_token(token)?.id;
        if self.ended {
            return Err(ClassError::Ended);
        }
        if self.forming != TeamForming::Picked || !self.teams.iter().any(|t| t.id == team) {
            return Err(ClassError::UnknownTeam);
        }
        let current = self.team_of(student).map(|t| t.id);
        if current == Some(team) {
            return Ok(());
        }
        // Teams are picked before a team round, or at its start by those in none; once a
        // round is under way nobody moves to another team (they would read its answer, and
        // could answer for it).
        let allowed = match self.phase {
            ClassPhase::Lobby | ClassPhase::Open(_) => true,
            ClassPhase::Teams(_) => current.is_none(),
            ClassPhase::Revise(_)
            | ClassPhase::Closed(_)
            | ClassPhase::Revealed(_)
            | ClassPhase::Debrief => false,
        };
        if !allowed {
            return Err(ClassError::TeamChosen);
        }
        if self.team_members(team).len() >= TEAM_SIZES.1 {
            return Err(ClassError::TeamFull);
        }
        if let ClassPhase::Teams(n) = self.phase
            && self.team_answer_of(team, n).is_some()
        {
            return Err(ClassError::TeamAnswered);
        }
        for t in &mut self.teams {
            t.members.retain(|&m| m != student);
        }
        if let Some(t) = self.teams.iter_mut().find(|t| t.id == team) {
            t.members.push(student);
        }
        // A full class of full teams gets one more to pick (the journal's replay of this
        // pick makes it again, as it is made from the teams alone).
        self.make_room();
        self.student_changed(|version| JournalEntry::Pick {
            version,
            student,
            team,
        });
        Ok(())
    }

    /// The teacher starts the open stage's team round. Returns whether it started (a stage
    /// must be open, with two students in the class at least).
    pub fn team_round(&mut self) -> bool {
        if self.ended {
            return false;
        }
        let ClassPhase::Open(n) = self.phase else {
            return false;
        };
        if !self.teams_can_form() {
            return false;
        }
        let phase = self.start_teams(n);
        self.go(phase);
        true
    }

    /// Stage `n`'s team round begins: teams formed if there are none, and anyone who joined
    /// since put in the smallest random team.
    pub(super) fn start_teams(&mut self, n: usize) -> ClassPhase {
        if self.teams.is_empty() {
            match self.forming {
                TeamForming::Random => self.form_random_teams(),
                TeamForming::Picked => self.open_team_picking(),
            }
        } else {
            self.place_newcomers();
        }
        if !self.teamed.contains(&n) {
            self.teamed.push(n);
        }
        ClassPhase::Teams(n)
    }

    /// With teams made at random, each student in no team (joined since) goes to the smallest
    /// team. Returns whether anyone moved.
    pub(super) fn place_newcomers(&mut self) -> bool {
        if self.forming != TeamForming::Random || self.teams.is_empty() {
            return false;
        }
        let newcomers: Vec<StudentId> = self
            .present()
            .map(|s| s.id)
            .filter(|&id| self.team_of(id).is_none())
            .collect();
        for &student in &newcomers {
            let smallest = (0..self.teams.len())
                .min_by_key(|&i| (self.team_members(self.teams[i].id).len(), i));
            if let Some(i) = smallest {
                self.teams[i].members.push(student);
            }
        }
        !newcomers.is_empty()
    }

    /// A student sends their team's answer to the stage in its team round; a second answer
    /// from any member replaces the first. Returns the answer as read.
    pub fn team_answer(
        &mut self,
        token: &str,
        text: &str,
        now: &str,
    ) -> Result<&Answer, ClassError> {
        self.team_answer_in(token, text, now, Lang::En)
    }

    /// [`Session::team_answer`], with numbers read as `lang` writes them.
    pub fn team_answer_in(
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
        let ClassPhase::Teams(n) = self.phase else {
            return Err(ClassError::NotOpen);
        };
        if self.is_revealed(n) {
            return Err(ClassError::NotOpen);
        }
        let team = self.team_of(student).ok_or(ClassError::NoTeam)?.id;
        let response = self.read(n, text, lang)?;
        let text = text.trim().to_string();
        let answer = TeamAnswer {
            team,
            stage: n,
            by: student,
            text: text.clone(),
            lang,
            answer: Answer {
                stage_id: self.case.stages[n].id.clone(),
                response,
            },
            answered_at: now.to_string(),
        };
        let at = match self
            .team_answers
            .iter()
            .position(|a| a.team == team && a.stage == n)
        {
            Some(i) => {
                self.team_answers[i] = answer;
                i
            }
            None => {
                self.team_answers.push(answer);
                self.team_answers.len() - 1
            }
        };
        let answered_at = now.to_string();
        self.student_changed(|version| JournalEntry::TeamAnswer {
            version,
            team,
            stage: n,
            by: student,
            text,
            answered_at,
            lang,
        });
        Ok(&self.team_answers[at].answer)
    }

    /// Team `team`'s answer to stage `n`.
    pub fn team_answer_of(&self, team: TeamId, n: usize) -> Option<&TeamAnswer> {
        self.team_answers
            .iter()
            .find(|a| a.team == team && a.stage == n)
    }

    /// The team answers that count for stage `n`: those of teams with a member still in the
    /// class.
    pub fn team_answers_to(&self, n: usize) -> impl Iterator<Item = &TeamAnswer> {
        self.team_answers.iter().filter(move |a| {
            a.stage == n
                && self
                    .teams
                    .iter()
                    .find(|t| t.id == a.team)
                    .is_none_or(|_| !self.team_members(a.team).is_empty())
        })
    }

    /// A student's revised answer to stage `n`.
    pub fn revised_of(&self, student: StudentId, n: usize) -> Option<&ClassAnswer> {
        self.revised
            .iter()
            .find(|a| a.student == student && a.stage == n)
    }

    /// The revised answers that count for stage `n`: one per student still in the class who
    /// revised.
    pub fn revised_to(&self, n: usize) -> impl Iterator<Item = &ClassAnswer> {
        self.revised
            .iter()
            .filter(move |a| a.stage == n && self.student(a.student).is_some_and(|s| !s.removed))
    }

    /// A student's final answer to stage `n`: revised after a team round if they revised it,
    /// else the one given alone. This is the one their points come from.
    pub fn final_answer_of(&self, student: StudentId, n: usize) -> Option<&ClassAnswer> {
        self.revised_of(student, n)
            .or_else(|| self.answer_of(student, n))
    }

    /// The final answers to stage `n` of the students still in the class (see
    /// [`Session::final_answer_of`]).
    pub fn final_answers_to(&self, n: usize) -> Vec<&ClassAnswer> {
        self.present()
            .filter_map(|s| self.final_answer_of(s.id, n))
            .collect()
    }
}

#[cfg(test)]
mod tests;
