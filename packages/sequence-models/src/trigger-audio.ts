/**
 * Offline stand-ins for the trigger-word notebook's audio (pydub clips of "activate", other
 * words and 10 s backgrounds): sounds generated directly as spectrogram-like power matrices on a
 * millisecond timeline, with the few pydub operations the notebook uses (`len(clip)`,
 * `overlay(clip, position=ms)`, `+ dB`, `match_target_amplitude`) and its given
 * `get_random_time_segment`. No audio is decoded: a sound's spectrogram is built from patterns.
 *
 * A sound of `ms` milliseconds has `framesFor(ms, tx)` columns, where `tx` is the number of
 * columns a 10 s background has (the notebook's spectrograms have Tx = 5511 columns of 101
 * frequencies).
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** Every background is 10 s long: the timeline the notebook inserts clips on. */
export const TIMELINE_MS = 10_000;
/** The notebook's spectrogram: Tx = 5511 columns of n_freq = 101 frequencies; Ty = 1375 labels. */
export const NOTEBOOK_TX = 5511;
export const NOTEBOOK_N_FREQ = 101;
export const NOTEBOOK_TY = 1375;

/** A sound: its length in milliseconds and its spectrogram, [n_freq, frames] of powers ≥ 0. */
export interface Sound {
  ms: number;
  spec: tf.Tensor2D;
}

/** A segment of the timeline in ms, both ends inclusive, as the notebook's tuples. */
export type Segment = [number, number];

/** Columns a sound of `ms` milliseconds takes on a spectrogram whose 10 s have `tx` columns. */
export function framesFor(ms: number, tx: number): number {
  return Math.max(1, Math.round((ms * tx) / TIMELINE_MS));
}

/** `rng` itself, or a fresh `RandomState(rng)` when it is a seed. */
export function toRandomState(rng: RandomState | number): RandomState {
  return typeof rng === "number" ? new RandomState(rng) : rng;
}

/**
 * The notebook's given `get_random_time_segment`: a segment of `segmentMs` that starts at
 * `np.random.randint(low=0, high=10000 - segment_ms)` and ends `segmentMs − 1` later.
 */
export function getRandomTimeSegment(segmentMs: number, rng: RandomState): Segment {
  const segmentStart = rng.randint(0, TIMELINE_MS - segmentMs);
  return [segmentStart, segmentStart + segmentMs - 1];
}

/**
 * pydub's `background.overlay(clip, position=positionMs)`: the clip's powers added to the
 * background's from the column of `positionMs` on, cut at the background's end. The result has
 * the background's length.
 */
export function overlay(background: Sound, clip: Sound, positionMs: number): Sound {
  const spec = tf.tidy(() => {
    const [nFreq, tx] = background.spec.shape;
    const start = Math.min(tx, Math.floor((positionMs * tx) / TIMELINE_MS));
    const width = Math.min(clip.spec.shape[1], tx - start);
    if (width <= 0) return background.spec.clone();
    const piece = clip.spec.slice([0, 0], [nFreq, width]);
    return background.spec.add(
      piece.pad([
        [0, 0],
        [start, tx - start - width],
      ]),
    ) as tf.Tensor2D;
  });
  return { ms: background.ms, spec };
}

/** pydub's `sound + dB` (or `- dB`): powers scaled by 10^(dB/10). */
export function gain(sound: Sound, dB: number): Sound {
  return { ms: sound.ms, spec: tf.tidy(() => sound.spec.mul(10 ** (dB / 10))) };
}

/** The level of a sound in dB: 10·log10 of its mean power (pydub's `dBFS`). */
export function levelDb(sound: Sound): number {
  const mean = tf.tidy(() => sound.spec.mean().dataSync()[0]!);
  return 10 * Math.log10(Math.max(mean, 1e-30));
}

/** The notebook's given `match_target_amplitude`: the sound with its level moved to `targetDb`. */
export function matchTargetAmplitude(sound: Sound, targetDb: number): Sound {
  return gain(sound, targetDb - levelDb(sound));
}

/** Sizes of the generated sounds: frequencies and the columns of a 10 s background. */
export interface AudioSizes {
  nFreq: number;
  tx: number;
}

/** The clips the notebook loads from raw_data/: backgrounds, "activate"s and other words. */
export interface TriggerClips {
  backgrounds: Sound[];
  activates: Sound[];
  negatives: Sound[];
}

/**
 * A band of power around a moving frequency: column j of `frames` peaks at bin
 * `from + (to − from)·j/frames` (a chirp), width `width` bins, times `amp`.
 */
function chirp(nFreq: number, frames: number, from: number, to: number, width: number, amp = 1) {
  const out = new Float32Array(nFreq * frames);
  for (let j = 0; j < frames; j++) {
    const centre = (from + ((to - from) * j) / Math.max(1, frames - 1)) * (nFreq - 1);
    const envelope = Math.sin((Math.PI * (j + 0.5)) / frames);
    for (let f = 0; f < nFreq; f++) {
      const d = (f - centre) / Math.max(1, width * nFreq);
      out[f * frames + j] = amp * envelope * Math.exp(-d * d);
    }
  }
  return out;
}

function sound(ms: number, nFreq: number, tx: number, data: (frames: number) => Float32Array) {
  const frames = framesFor(ms, tx);
  return { ms, spec: tf.tensor2d(data(frames), [nFreq, frames]) };
}

/**
 * Seeded stand-ins for raw_data/: `nBackgrounds` 10 s noise backgrounds (power falling with
 * frequency), `nActivates` "activate"s (a rising chirp, 500–1000 ms) and `nNegatives` other
 * words (a falling chirp or two steady tones, 300–900 ms). Every spectrogram is
 * [sizes.nFreq, frames]; a background has exactly sizes.tx frames.
 */
export function triggerClips(
  sizes: AudioSizes = { nFreq: NOTEBOOK_N_FREQ, tx: NOTEBOOK_TX },
  counts = { backgrounds: 2, activates: 4, negatives: 4 },
  seed = 0,
): TriggerClips {
  const { nFreq, tx } = sizes;
  const rng = new RandomState(seed);
  const backgrounds = Array.from({ length: counts.backgrounds }, () => {
    const noise = rng.rand(nFreq, tx);
    const data = new Float32Array(nFreq * tx);
    for (let i = 0; i < data.length; i++) {
      const f = Math.floor(i / tx);
      data[i] = (noise[i]! * 2) / (1 + (4 * f) / nFreq);
    }
    return { ms: TIMELINE_MS, spec: tf.tensor2d(data, [nFreq, tx]) };
  });
  const activates = Array.from({ length: counts.activates }, () => {
    const ms = 500 + rng.randint(0, 501);
    const low = 0.1 + 0.1 * rng.nextDouble();
    return sound(ms, nFreq, tx, (frames) => chirp(nFreq, frames, low, low + 0.5, 0.04));
  });
  const negatives = Array.from({ length: counts.negatives }, (_, k) => {
    const ms = 300 + rng.randint(0, 601);
    const high = 0.6 + 0.3 * rng.nextDouble();
    return sound(ms, nFreq, tx, (frames) => {
      if (k % 2 === 0) return chirp(nFreq, frames, high, high - 0.4, 0.04);
      const a = chirp(nFreq, frames, high, high, 0.02);
      const b = chirp(nFreq, frames, high / 3, high / 3, 0.02);
      return a.map((v, i) => v + b[i]!);
    });
  });
  return { backgrounds, activates, negatives };
}
