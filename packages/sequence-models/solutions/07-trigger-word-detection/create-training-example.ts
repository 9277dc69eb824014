import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import {
  gain,
  matchTargetAmplitude,
  NOTEBOOK_TY,
  type Segment,
  type Sound,
  toRandomState,
} from "../../src/trigger-audio.ts";
import { insertAudioClip } from "./insert-audio-clip.ts";
import { insertOnes } from "./insert-ones.ts";

/**
 * One training example: the background 20 dB quieter, 0–4 random "activate"s inserted (each
 * labelled by insertOnes at its end), then 0–2 random other words, then the level brought to
 * −20 dB. Draws, from one random state in this order: randint(0, 5) activates, their indices
 * (randint(len(activates)) each), their segments, randint(0, 3) negatives, their indices,
 * their segments.
 *
 * @param background a 10 s sound, spec [n_freq, Tx]
 * @param activates the "activate" clips
 * @param negatives the other words
 * @param ty the number of label steps (the notebook's Ty = 1375)
 * @param rng the random state, or a seed for a fresh one (the notebook seeds 18)
 * @returns x, the example's spectrogram [n_freq, Tx], and y, its labels [1, Ty]
 */
export function createTrainingExample(
  background: Sound,
  activates: Sound[],
  negatives: Sound[],
  ty = NOTEBOOK_TY,
  rng: RandomState | number = 18,
): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const random = toRandomState(rng);
  let sound = gain(background, -20);
  let y = tf.zeros([1, ty]) as tf.Tensor2D;
  let previousSegments: Segment[] = [];
  const numberOfActivates = random.randint(0, 5);
  const randomActivates = Array.from(
    { length: numberOfActivates },
    () => activates[random.randint(0, activates.length)]!,
  );
  for (const oneRandomActivate of randomActivates) {
    const inserted = insertAudioClip(sound, oneRandomActivate, previousSegments, random);
    sound = inserted.newBackground;
    previousSegments = inserted.previousSegments;
    y = insertOnes(y, inserted.segmentTime[1]);
  }
  const numberOfNegatives = random.randint(0, 3);
  const randomNegatives = Array.from(
    { length: numberOfNegatives },
    () => negatives[random.randint(0, negatives.length)]!,
  );
  for (const randomNegative of randomNegatives) {
    const inserted = insertAudioClip(sound, randomNegative, previousSegments, random);
    sound = inserted.newBackground;
    previousSegments = inserted.previousSegments;
  }
  return { x: matchTargetAmplitude(sound, -20).spec, y };
}
