//! Sound: a short chime on each reveal, brighter for closer guesses, at the volume set in
//! Settings (0 is silent). Only the game window has sound; the headless tests do not.

use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings, Volume};
use bevy::prelude::*;

use super::CurrentRun;
use super::screens::Screen;
use super::settings::Settings;
use crate::rules::chime::{chime_wav, notes_for};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Reveal), chime);
}

/// The three chimes, made once on the first reveal: close, middling, far.
#[derive(Default)]
struct Chimes(Option<[Handle<AudioSource>; 3]>);

fn chime(
    mut commands: Commands,
    run: Option<Res<CurrentRun>>,
    settings: Res<Settings>,
    mut sources: ResMut<Assets<AudioSource>>,
    mut chimes: Local<Chimes>,
) {
    if settings.volume == 0 {
        return;
    }
    let Some(points) = run.and_then(|r| r.0.current_answer().map(|a| a.points())) else {
        return;
    };
    let handles = chimes.0.get_or_insert_with(|| {
        [100, 60, 0].map(|p| {
            let (first, second) = notes_for(p);
            sources.add(AudioSource {
                bytes: chime_wav(first, second, 0.45).into(),
            })
        })
    });
    let handle = match notes_for(points) {
        n if n == notes_for(100) => handles[0].clone(),
        n if n == notes_for(60) => handles[1].clone(),
        _ => handles[2].clone(),
    };
    commands.spawn((
        Name::new("Reveal chime"),
        AudioPlayer(handle),
        PlaybackSettings::DESPAWN.with_volume(Volume::Linear(f32::from(settings.volume) / 100.0)),
    ));
}
