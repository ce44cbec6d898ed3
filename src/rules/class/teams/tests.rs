//! Tests of team rounds: forming teams, one answer per team from any member, revising, the
//! final answer, going back, and saving.

use super::*;
use crate::rules::class::Unsaved;
use crate::rules::judge::Response;
use crate::testing::small_case;

const NOW: &str = "2026-11-30T10:00:00Z";

fn class(students: usize) -> Session {
    let mut s = Session::new(small_case(), 3, "1", "2026-11-30T09:00:00Z");
    for i in 0..students {
        s.join("1", &format!("S{i}"), &format!("t{i}"), NOW)
            .unwrap();
    }
    s
}

fn guess(answer: &Answer) -> f64 {
    match answer.response {
        Response::Estimate { guess, .. } => guess,
        _ => panic!("an estimate"),
    }
}

#[test]
fn teams_are_three_to_five_and_near_four() {
    let expected = [
        (0, 0),
        (1, 1),
        (2, 1),
        (5, 1),
        (6, 2),
        (7, 2),
        (9, 2),
        (11, 3),
        (12, 3),
        (16, 4),
        (31, 8),
        (200, 50),
    ];
    for (students, teams) in expected {
        assert_eq!(team_count(students), teams, "{students} students");
    }
    for students in 6..=200 {
        let teams = team_count(students);
        let (small, large) = (students / teams, students.div_ceil(teams));
        assert!(
            small >= 3 && large <= 5,
            "{students} students in {teams} teams: {small} to {large}"
        );
    }
}

#[test]
fn a_team_round_goes_alone_then_teams_then_revise_and_keeps_all_three_answers() {
    let mut s = class(8);
    s.advance(); // stage 1 open
    for i in 0..8 {
        s.answer(&format!("t{i}"), &format!("{}", 1000 * (i + 1)), NOW)
            .unwrap();
    }
    assert!(s.team_round(), "the teacher starts it");
    assert_eq!(s.phase(), ClassPhase::Teams(0));
    assert!(s.had_team_round(0));
    assert_eq!(s.teams().len(), 2);
    let mut everyone: Vec<StudentId> = s.teams().iter().flat_map(|t| t.members.clone()).collect();
    everyone.sort();
    assert_eq!(
        everyone,
        (1..=8).collect::<Vec<_>>(),
        "each student in one team"
    );
    // Answers alone are closed; each team sends one answer, from any member.
    assert_eq!(s.answer("t0", "1", NOW), Err(ClassError::NotOpen));
    let team = s.team_of(1).unwrap().clone();
    let other = team.members[1];
    s.team_answer("t0", "5000", NOW).unwrap();
    s.team_answer(&format!("t{}", other - 1), "6000 (4000-9000)", NOW)
        .unwrap();
    let sent = s.team_answer_of(team.id, 0).unwrap();
    assert_eq!(sent.by, other, "the last member to send replaces it");
    assert_eq!(guess(&sent.answer), 6000.0);
    assert_eq!(s.team_answers_to(0).count(), 1);
    // Then each may revise their own.
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Revise(0));
    assert_eq!(s.team_answer("t0", "1", NOW), Err(ClassError::NotOpen));
    s.answer("t0", "5500", NOW).unwrap();
    assert_eq!(
        guess(&s.answer_of(1, 0).unwrap().answer),
        1000.0,
        "alone kept"
    );
    assert_eq!(guess(&s.revised_of(1, 0).unwrap().answer), 5500.0);
    assert_eq!(guess(&s.final_answer_of(1, 0).unwrap().answer), 5500.0);
    assert_eq!(
        guess(&s.final_answer_of(2, 0).unwrap().answer),
        2000.0,
        "not revised"
    );
    assert_eq!(s.final_answers_to(0).len(), 8);
    // Points come from the final answer.
    let points = |s: &Session, name: &str| s.totals().into_iter().find(|t| t.0 == name).unwrap().1;
    let final_points = s.final_answer_of(1, 0).unwrap().answer.points();
    assert_eq!(points(&s, "S0"), final_points);
    // Back from closed returns to the revision, then to the team round.
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Closed(0));
    s.back();
    assert_eq!(s.phase(), ClassPhase::Revise(0));
    s.back();
    assert_eq!(s.phase(), ClassPhase::Teams(0));
    s.advance();
    s.advance();
    assert!(s.advance(), "revealed");
    assert_eq!(s.answer("t0", "1", NOW), Err(ClassError::NotOpen));
}

#[test]
fn every_stage_can_have_a_team_round_and_late_students_join_the_smallest_team() {
    let mut s = class(6);
    s.set_team_every_stage(true);
    s.advance();
    s.advance();
    assert_eq!(
        s.phase(),
        ClassPhase::Teams(0),
        "moving on from an open stage"
    );
    let before: Vec<Team> = s.teams().to_vec();
    s.advance(); // revise
    s.advance(); // closed
    s.advance(); // revealed
    s.join("1", "Late", "t-late", NOW).unwrap();
    s.advance(); // stage 2 open
    s.advance();
    assert_eq!(s.phase(), ClassPhase::Teams(1));
    assert_eq!(s.teams().len(), before.len(), "the same teams");
    assert!(s.team_of(7).is_some(), "the late student has a team");
    let sizes: Vec<usize> = s.teams().iter().map(|t| t.members.len()).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 7);
    assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1);
}

#[test]
fn students_can_pick_their_teams_and_a_student_in_none_cannot_answer_for_one() {
    let mut s = class(7);
    s.open_team_picking();
    assert_eq!(s.forming(), TeamForming::Picked);
    let ids: Vec<TeamId> = s.teams().iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), 2);
    s.pick_team("t0", ids[0]).unwrap();
    s.pick_team("t1", ids[0]).unwrap();
    s.pick_team("t1", ids[1]).unwrap();
    assert_eq!(s.team_members(ids[0]), vec![1]);
    assert_eq!(s.team_members(ids[1]), vec![2]);
    assert_eq!(s.pick_team("t0", 99), Err(ClassError::UnknownTeam));
    s.advance();
    assert!(s.team_round());
    assert_eq!(s.team_answer("t5", "100", NOW), Err(ClassError::NoTeam));
    s.team_answer("t1", "100", NOW).unwrap();
    // Random teams again: picking is over.
    s.form_random_teams();
    assert_eq!(
        s.pick_team("t0", s.teams()[0].id),
        Err(ClassError::UnknownTeam)
    );
    assert!(s.teams().iter().all(|t| t.id > ids[1]), "new numbers");
    assert_eq!(s.team_answers_to(0).count(), 1, "the answer sent stays");
}

#[test]
fn a_team_round_needs_an_open_stage_and_two_students() {
    let mut s = class(1);
    s.advance();
    assert!(!s.team_round());
    s.join("1", "Bo", "t-bo", NOW).unwrap();
    assert!(s.team_round());
    let mut lobby = class(4);
    assert!(!lobby.team_round(), "not in the lobby");
}

#[test]
fn team_answers_revisions_and_picks_survive_saving_and_resuming() {
    let mut s = class(6);
    s.open_team_picking();
    s.advance();
    s.answer("t0", "1000", NOW).unwrap();
    assert!(s.team_round());
    let Unsaved::Whole(mut saved) = s.take_unsaved() else {
        panic!("whole after the teacher's step");
    };
    let team = s.teams()[0].id;
    s.pick_team("t0", team).unwrap();
    s.team_answer("t0", "3000", NOW).unwrap();
    s.advance();
    assert!(
        matches!(s.take_unsaved(), Unsaved::Whole(_)),
        "whole after a step"
    );
    s.answer("t0", "2500", NOW).unwrap();
    let Unsaved::Journal { entries, .. } = s.take_unsaved() else {
        panic!("a revision is appended");
    };
    assert!(matches!(
        &entries[..],
        [JournalEntry::Answer { revised: true, .. }]
    ));
    let mut whole = s.saved();
    whole.saved_at.clear();
    let (back, dropped) = Session::restore(whole, small_case());
    assert_eq!(dropped, 0);
    assert_eq!(back.teams(), s.teams());
    assert_eq!(back.forming(), TeamForming::Picked);
    assert!(back.had_team_round(0));
    assert_eq!(guess(&back.team_answer_of(team, 0).unwrap().answer), 3000.0);
    assert_eq!(guess(&back.revised_of(1, 0).unwrap().answer), 2500.0);
    assert_eq!(guess(&back.answer_of(1, 0).unwrap().answer), 1000.0);
    // And the journal of picks and team answers replays on an older save.
    saved.apply(JournalEntry::Pick {
        version: saved.version + 1,
        student: 1,
        team,
    });
    saved.apply(JournalEntry::TeamAnswer {
        version: saved.version + 1,
        team,
        stage: 0,
        by: 1,
        text: "3000".into(),
        answered_at: NOW.into(),
        lang: crate::content::lang::Lang::En,
    });
    assert_eq!(saved.teams[0].members, vec![1]);
    assert_eq!(saved.team_answers.len(), 1);
}

/// Once a team round is under way, a student in a team cannot move to another (they would read
/// its answer before the reveal, and could answer for it); one in no team may still pick one.
#[test]
fn nobody_changes_team_during_a_round() {
    let mut s = class(6);
    s.set_forming(TeamForming::Picked);
    s.advance();
    assert!(s.team_round());
    let ids: Vec<TeamId> = s.teams().iter().map(|t| t.id).collect();
    s.pick_team("t0", ids[0]).unwrap();
    s.pick_team("t1", ids[1]).unwrap();
    s.team_answer("t1", "2000", NOW).unwrap();
    assert_eq!(s.pick_team("t0", ids[1]), Err(ClassError::TeamChosen));
    assert_eq!(s.team_of(1).unwrap().id, ids[0]);
    // One in no team may still pick, but not a team that has sent its answer.
    assert_eq!(s.pick_team("t2", ids[1]), Err(ClassError::TeamAnswered));
    s.pick_team("t2", ids[0]).unwrap();
    s.advance(); // revise
    assert_eq!(s.pick_team("t3", ids[1]), Err(ClassError::TeamChosen));
    s.advance(); // closed
    s.advance(); // revealed
    s.advance(); // stage 2 open: teams may change again before its round
    s.pick_team("t0", ids[1]).unwrap();
}

/// A student who joins during a team round with random teams goes to the smallest team at
/// once, and can answer for it.
#[test]
fn a_student_joining_during_a_round_gets_a_team() {
    let mut s = class(6);
    s.advance();
    assert!(s.team_round());
    s.join("1", "Late", "t-late", NOW).unwrap();
    let team = s.team_of(7).expect("placed in a team").id;
    assert_eq!(s.team_members(team).len(), 4);
    s.team_answer("t-late", "5000", NOW).unwrap();
    // And it is saved whole (the team changed), so it comes back.
    let mut whole = s.saved();
    whole.saved_at.clear();
    let (back, _) = Session::restore(whole, small_case());
    assert_eq!(back.team_of(7).map(|t| t.id), Some(team));
}

/// A newcomer's review: stage 1 with teams at random, then the teacher lets students pick for
/// stage 2. The export must keep who was in which team, and the team's answer, at stage 1.
#[test]
fn each_stage_keeps_the_teams_of_its_round_when_teams_are_formed_anew() {
    let mut s = class(8);
    s.advance(); // stage 1 open
    assert!(s.team_round());
    let first_teams = s.teams().to_vec();
    let team_of_s0 = s.team_of(1).unwrap().id;
    s.team_answer("t0", "4000", NOW).unwrap();
    s.advance(); // revise
    s.advance(); // closed
    s.advance(); // revealed
    assert_eq!(s.team_at(1, 0), Some(team_of_s0));
    // New teams, picked by the students.
    s.set_forming(TeamForming::Picked);
    s.advance(); // stage 2 open
    assert!(s.team_round());
    let picked: Vec<TeamId> = s.teams().iter().map(|t| t.id).collect();
    // S0 picks the team that does not hold the students S0 was with before.
    let mut partner = None;
    for i in 0..8 {
        let id = i + 1;
        let team = if first_teams[0].members.contains(&id) {
            picked[1]
        } else {
            picked[0]
        };
        s.pick_team(&format!("t{i}"), team).unwrap();
        if i == 0 {
            partner = Some(team);
        }
    }
    s.team_answer("t0", "2019", NOW).unwrap();
    s.advance();
    assert_eq!(
        s.team_at(1, 0),
        Some(team_of_s0),
        "stage 1's team, not today's"
    );
    assert_eq!(s.team_at(1, 1), partner);
    assert_eq!(s.team_at(1, 2), None, "no team round there");
    // Kept when saved and resumed.
    let (back, _) = Session::restore(s.saved(), small_case());
    assert_eq!(back.team_at(1, 0), Some(team_of_s0));
    assert_eq!(back.team_at(1, 1), partner);
    // The export's rows carry that stage's team and its answer.
    let rows = crate::store::export::class_rows(&back);
    let row = |stage: &str| rows.iter().find(|r| r[0] == "S0" && r[1] == stage).unwrap();
    let first = row(&small_case().stages[0].id);
    assert_eq!(first[15], team_of_s0.to_string());
    assert_eq!(first[16], "4000");
    let second = row(&small_case().stages[1].id);
    assert_eq!(second[15], partner.unwrap().to_string());
    assert_eq!(second[16], "2019");
}

#[test]
fn picked_teams_stay_within_five_and_a_team_that_answered_takes_nobody_new() {
    let mut s = class(6);
    s.open_team_picking();
    let ids: Vec<TeamId> = s.teams().iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), 2);
    for i in 0..5 {
        s.pick_team(&format!("t{i}"), ids[0]).unwrap();
    }
    assert_eq!(s.pick_team("t5", ids[0]), Err(ClassError::TeamFull));
    // Six join late; once every team is full there is one more to pick.
    s.pick_team("t5", ids[1]).unwrap();
    for i in 6..10 {
        s.join("1", &format!("S{i}"), &format!("t{i}"), NOW)
            .unwrap();
        s.pick_team(&format!("t{i}"), ids[1]).unwrap();
    }
    assert_eq!(s.teams().len(), 3, "both full: a third team");
    s.join("1", "S10", "t10", NOW).unwrap();
    let third = s.teams()[2].id;
    s.advance();
    assert!(s.team_round());
    s.team_answer("t0", "100", NOW).unwrap();
    // Someone in no team may still pick at the round's start, but not a team that answered.
    s.join("1", "S11", "t11", NOW).unwrap();
    assert_eq!(s.pick_team("t11", ids[0]), Err(ClassError::TeamFull));
    s.pick_team("t10", third).unwrap();
    s.team_answer("t10", "200", NOW).unwrap();
    assert_eq!(s.pick_team("t11", third), Err(ClassError::TeamAnswered));
    // The extra team survives saving and resuming through the journal.
    let (back, _) = Session::restore(s.saved(), small_case());
    assert_eq!(back.teams().len(), s.teams().len());
}
