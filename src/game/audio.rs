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

fn chime(
    mut commands: Commands,
    run: Option<Res<CurrentRun>>,
    settings: Res<Settings>,
    mut sources: ResMut<Assets<AudioSource>>,
) {
    if settings.volume == 0 {
        return;
    }
    let Some(points) = run.and_then(|r| r.0.current_answer().map(|a| a.points())) else {
        return;
    };
    let (first, second) = notes_for(points);
    let source = sources.add(AudioSource {
        bytes: chime_wav(first, second, 0.45).into(),
    });
    commands.spawn((
        Name::new("Reveal chime"),
        AudioPlayer(source),
        PlaybackSettings::DESPAWN.with_volume(Volume::Linear(f32::from(settings.volume) / 100.0)),
    ));
}
