//! The reveal chime, made in code: a short sine tone with a soft attack and decay, written as a
//! 16-bit mono WAV. Closer guesses get a brighter, rising chime. No sound file to license.

/// Samples per second.
pub const SAMPLE_RATE: u32 = 22_050;

/// A chime of two notes (`first` then `second`, in Hz), `seconds` long in all, as WAV bytes.
pub fn chime_wav(first: f32, second: f32, seconds: f32) -> Vec<u8> {
    let total = (seconds * SAMPLE_RATE as f32) as usize;
    let half = total / 2;
    let mut samples = Vec::with_capacity(total);
    for i in 0..total {
        let (freq, start) = if i < half { (first, 0) } else { (second, half) };
        let t = (i - start) as f32 / SAMPLE_RATE as f32;
        let note_len = half as f32 / SAMPLE_RATE as f32;
        // 10 ms attack, then an exponential decay to silence by the end of the note.
        let attack = (t / 0.01).min(1.0);
        let decay = (-4.0 * t / note_len).exp() * (1.0 - t / note_len).max(0.0);
        let v = (2.0 * std::f32::consts::PI * freq * t).sin() * attack * decay * 0.4;
        samples.push((v * i16::MAX as f32) as i16);
    }
    let data_len = (samples.len() * 2) as u32;
    let mut wav = Vec::with_capacity(44 + data_len as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVE");
    wav.extend_from_slice(b"fmt ");
    wav.extend_from_slice(&16u32.to_le_bytes()); // chunk size
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    wav.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes()); // bytes per second
    wav.extend_from_slice(&2u16.to_le_bytes()); // block align
    wav.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        wav.extend_from_slice(&s.to_le_bytes());
    }
    wav
}

/// The notes for a reveal worth `points`: rising for close guesses, level for middling ones,
/// falling for far ones.
pub fn notes_for(points: u32) -> (f32, f32) {
    match points {
        85.. => (660.0, 880.0),
        50..=84 => (587.0, 587.0),
        _ => (440.0, 330.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_wav() {
        let wav = chime_wav(660.0, 880.0, 0.4);
        assert_eq!(&wav[0..4], b"RIFF");
        assert_eq!(&wav[8..12], b"WAVE");
        let data_len = u32::from_le_bytes(wav[40..44].try_into().unwrap()) as usize;
        assert_eq!(wav.len(), 44 + data_len);
        assert_eq!(data_len, 2 * (0.4 * SAMPLE_RATE as f32) as usize);
        let riff_len = u32::from_le_bytes(wav[4..8].try_into().unwrap()) as usize;
        assert_eq!(riff_len, wav.len() - 8);
        // It is not silent, and it never clips.
        let peak = wav[44..]
            .chunks(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]).unsigned_abs())
            .max()
            .unwrap();
        assert!(peak > 1000 && peak < i16::MAX as u16, "{peak}");
    }

    #[test]
    fn closer_guesses_sound_brighter() {
        assert!(notes_for(100).1 > notes_for(100).0);
        assert_eq!(notes_for(60).0, notes_for(60).1);
        assert!(notes_for(10).1 < notes_for(10).0);
    }
}
