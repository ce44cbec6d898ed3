//! Keeping what the player did, in one place: progress after every answer, the finished run in
//! the player's results, and saved progress forgotten when a case starts afresh. Screens say
//! what happened with a message; they never save while they draw.

use bevy::prelude::*;

use super::{CurrentRun, Player, Storage};
use crate::report::lang::{say, word};
use crate::store::{Progress, RunRecord, now, say_all};

/// The player answered the question of the stage being played.
#[derive(Message, Debug, Clone, Copy)]
pub struct Answered;

/// The player left the last reveal: the run is at its debrief.
#[derive(Message, Debug, Clone, Copy)]
pub struct RunFinished;

/// The player began the case from its first stage: saved progress in it is forgotten.
#[derive(Message, Debug, Clone, Copy)]
pub struct StartedAfresh;

/// What became of the last finished run, for the debrief to say.
#[derive(Resource, Debug, Default, Clone)]
pub struct LastRunSaved(pub String);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Answered>();
    app.add_message::<RunFinished>();
    app.add_message::<StartedAfresh>();
    app.init_resource::<LastRunSaved>();
    // After every screen's Update, so a message sent there is kept in the same frame, before
    // the next screen is drawn.
    app.add_systems(
        PostUpdate,
        (forget_progress, save_progress, save_run).chain(),
    );
}

fn forget_progress(
    mut started: MessageReader<StartedAfresh>,
    run: Option<Res<CurrentRun>>,
    player: Res<Player>,
    storage: Res<Storage>,
) {
    if started.read().count() > 0
        && let Some(run) = run
    {
        storage.clear_progress(&player, &run.case().id);
    }
}

/// Progress is saved after every answer, so a class can stop and continue next week.
fn save_progress(
    mut answered: MessageReader<Answered>,
    run: Option<Res<CurrentRun>>,
    player: Res<Player>,
    storage: Res<Storage>,
) {
    if answered.read().count() > 0
        && let Some(run) = run
        && let Err(e) = storage.save_progress(&player, &Progress::of(&run, now()))
    {
        warn!("progress not saved: {e}");
    }
}

/// A finished run goes into the player's results, and its progress is forgotten.
fn save_run(
    mut finished: MessageReader<RunFinished>,
    run: Option<Res<CurrentRun>>,
    player: Res<Player>,
    storage: Res<Storage>,
    mut saved: ResMut<LastRunSaved>,
) {
    if finished.read().count() == 0 {
        return;
    }
    let Some(run) = run else {
        return;
    };
    let lang = run.lang();
    saved.0 = if run.answers().len() < run.stage_count() {
        word(lang, "saved-unfinished")
    } else {
        storage.clear_progress(&player, &run.case().id);
        match storage.add_run(&RunRecord::of(&run, &player, now())) {
            Ok(warnings) if warnings.is_empty() => say(
                lang,
                "saved-in-results",
                &[("profile", player.0.as_str().into())],
            ),
            Ok(warnings) => say(
                lang,
                "saved-with-note",
                &[("note", say_all(&warnings, lang).into())],
            ),
            Err(e) => say(lang, "saved-failed", &[("error", e.say(lang).into())]),
        }
    };
}
