//! Sound: a short chime when an answer is revealed, brighter for closer guesses, at the volume
//! set in Settings (0 is silent). The chime itself is made in code ([`chime`]), so there is no
//! sound file to license. Only the game window has sound; the headless tests count the
//! [`Chime`] messages instead.

use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings, Volume};
use bevy::prelude::*;

mod chime;

use super::CurrentRun;
use super::saving::Answered;
use super::settings::Settings;
use chime::{chime_wav, notes_for};

/// A chime is due for an answer worth these points.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chime {
    pub points: u32,
}

/// Which chime an answer gets: the game decides, with or without a sound device.
pub fn plugin(app: &mut App) {
    app.add_message::<Chime>();
    app.add_systems(PostUpdate, chime_for_answers);
}

/// Sound for the chimes, in the game window only.
pub fn sound_plugin(app: &mut App) {
    app.add_systems(Last, play);
}

fn chime_for_answers(
    mut answered: MessageReader<Answered>,
    run: Option<Res<CurrentRun>>,
    settings: Res<Settings>,
    mut chimes: MessageWriter<Chime>,
) {
    if answered.read().count() == 0 || settings.volume == 0 {
        return;
    }
    if let Some(points) = run.and_then(|r| r.current_answer().map(|a| a.points())) {
        chimes.write(Chime { points });
    }
}

/// The chimes made so far, one per pair of notes (made once, on first use).
#[derive(Default)]
struct Made(Vec<((u32, u32), Handle<AudioSource>)>);

fn play(
    mut commands: Commands,
    mut chimes: MessageReader<Chime>,
    settings: Res<Settings>,
    mut sources: ResMut<Assets<AudioSource>>,
    mut made: Local<Made>,
) {
    for chime in chimes.read() {
        let (first, second) = notes_for(chime.points);
        let key = (first.to_bits(), second.to_bits());
        let handle = match made.0.iter().find(|(k, _)| *k == key) {
            Some((_, handle)) => handle.clone(),
            None => {
                let handle = sources.add(AudioSource {
                    bytes: chime_wav(first, second, 0.45).into(),
                });
                made.0.push((key, handle.clone()));
                handle
            }
        };
        commands.spawn((
            Name::new("Reveal chime"),
            AudioPlayer(handle),
            PlaybackSettings::DESPAWN
                .with_volume(Volume::Linear(f32::from(settings.volume) / 100.0)),
        ));
    }
}
