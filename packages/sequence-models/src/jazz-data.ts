/**
 * Jazz to learn from: the notebook reads a Pat Metheny solo (`original_metheny.mid`) and turns it
 * into 90 "values" with a music21 grammar; neither the MIDI file nor music21 is available
 * offline. Here a value is a note: one of 18 pitches of a C blues-dorian scale over two and a
 * half octaves, times one of 5 durations. A seeded Markov chain improvises the corpus: mostly
 * steps of one or two scale degrees, durations that tend to repeat, and eight motifs (short
 * figures a player returns to) quoted from wherever the line is. The motifs and the stepwise
 * motion are what a model can learn.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { N_VALUES } from "./jazz.ts";

/** MIDI pitches of the 18 scale degrees: C dorian with the blue note (♭5), from C4. */
const PITCHES = [60, 62, 63, 65, 66, 67, 69, 70, 72, 74, 75, 77, 78, 79, 81, 82, 84, 86];
/** Durations in beats (eighth, quarter, dotted quarter, half, whole). */
const BEATS = [0.5, 1, 1.5, 2, 4];
/** How often each duration starts a phrase: eighths and quarters swing, long notes end phrases. */
const BEAT_P = [0.45, 0.3, 0.1, 0.1, 0.05];
/** Motifs as (scale-degree step, duration index) pairs. */
const MOTIFS: [number, number][][] = [
  [
    [1, 0],
    [1, 0],
    [1, 0],
    [-2, 1],
  ],
  [
    [2, 0],
    [-1, 0],
    [2, 0],
    [-1, 1],
  ],
  [
    [-1, 0],
    [-1, 0],
    [-1, 0],
    [-1, 0],
    [3, 3],
  ],
  [
    [4, 1],
    [-1, 0],
    [-1, 0],
    [-2, 2],
  ],
  [
    [0, 0],
    [2, 0],
    [0, 0],
    [-2, 1],
  ],
  [
    [-3, 1],
    [1, 0],
    [1, 0],
    [1, 1],
    [0, 4],
  ],
  [
    [1, 2],
    [-2, 0],
    [3, 1],
  ],
  [
    [2, 0],
    [2, 0],
    [-1, 0],
    [-1, 0],
    [-2, 3],
  ],
];
const STEPS = [-3, -2, -1, 0, 1, 2, 3];
const STEP_P = [0.05, 0.17, 0.3, 0.06, 0.25, 0.12, 0.05];

/** The note a value stands for: value = 5 · degree + durationIndex. */
export function noteOf(value: number): { pitch: number; beats: number } {
  return { pitch: PITCHES[Math.floor(value / 5)]!, beats: BEATS[value % 5]! };
}

/** A solo of `length` values (each in [0, 90)), improvised from `seed`. */
function jazzCorpus(length: number, seed = 1): number[] {
  const rng = new RandomState(seed);
  const values: number[] = [];
  let degree = 7;
  let duration = 0;
  const reflect = (d: number) => (d < 0 ? -d : d > 17 ? 34 - d : d);
  while (values.length < length) {
    if (rng.nextDouble() < 0.35) {
      for (const [step, dur] of MOTIFS[rng.randint(0, MOTIFS.length)]!) {
        degree = reflect(degree + step);
        values.push(5 * degree + dur);
      }
      continue;
    }
    degree = reflect(degree + STEPS[rng.choice(STEPS.length, STEP_P)]!);
    if (rng.nextDouble() > 0.6) duration = rng.choice(BEATS.length, BEAT_P);
    values.push(5 * degree + duration);
  }
  return values.slice(0, length);
}

/**
 * The notebook's training data: m windows of Tx values cut at random places of a corpus, one-hot.
 * @returns X [m, Tx, 90]; Y [Tx, m, 90], Y[t] = X[:, t + 1] (the value to predict at step t;
 *   the last step wraps to the window's first value, as the notebook's `np.roll`); values [m, Tx]
 */
export function jazzDataset(
  m = 60,
  Tx = 30,
  seed = 1,
): { X: tf.Tensor3D; Y: tf.Tensor3D; values: number[][] } {
  const corpus = jazzCorpus(Math.max(40 * Tx, 2000), seed);
  const rng = new RandomState(seed + 7919);
  const values = Array.from({ length: m }, () => {
    const start = rng.randint(0, corpus.length - Tx);
    return corpus.slice(start, start + Tx);
  });
  const X = tf.tidy(() =>
    tf.oneHot(tf.tensor2d(values, [m, Tx], "int32"), N_VALUES).cast("float32"),
  ) as tf.Tensor3D;
  const Y = tf.tidy(() =>
    tf.transpose(
      tf.concat(
        [X.slice([0, 1, 0], [m, Tx - 1, N_VALUES]), X.slice([0, 0, 0], [m, 1, N_VALUES])],
        1,
      ),
      [1, 0, 2],
    ),
  ) as tf.Tensor3D;
  return { X, Y, values };
}
