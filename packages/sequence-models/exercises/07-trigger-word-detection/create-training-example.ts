import type { RandomState } from "@dlc/student-kit/check";
import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: quieten the background by 20 dB, insert 0–4 labelled activates then 0–2 negatives, bring the level to −20 dB.
  throw new NotImplemented("createTrainingExample");
}
